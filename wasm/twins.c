/* twins.c — test-only exports: the fast kernels against their *_ref twins,
 * inside wasm. Linked into downhill-{simd,scalar}-test.wasm (the same core
 * objects as the page's builds plus this file), never into the page's .wasm,
 * which need not carry the twins and this harness (about 9 KB). The SIMD
 * kernels run only in wasm, so this is where they are checked; tests/node
 * load the test builds through wasm/node-loader.js ({ test: true }). */
#include <emscripten.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "nn.h"

#define DH_EXPORT EMSCRIPTEN_KEEPALIVE

static uint64_t dh__seed(double seed)
{
    return (seed >= 0.0 && seed < 18446744073709551616.0) ? (uint64_t)seed : 0u;
}

/* Fast kernels against their *_ref twins on seeded random inputs, inside wasm, so
 * the SIMD build's kernels are checked where they run. Sizes cover widths that
 * are not multiples of 4 and partial chunks. Writes the largest absolute
 * difference per check into out (dh_kernel_twin_count()), names from
 * dh_kernel_twin_name(i); returns the overall maximum, or -1 if out of memory. */

enum {
    DH_TWIN_LINEAR_FORWARD,
    DH_TWIN_LINEAR_BACKWARD_DIN,
    DH_TWIN_LINEAR_BACKWARD_DW,
    DH_TWIN_LINEAR_BACKWARD_DB,
    DH_TWIN_GATHER_COLUMNS,
    DH_TWIN_ACT_FORWARD,                            /* one per activation */
    DH_TWIN_ACT_BACKWARD = DH_TWIN_ACT_FORWARD + NN_ACT_COUNT,
    DH_TWIN_COUNT = DH_TWIN_ACT_BACKWARD + NN_ACT_COUNT
};

DH_EXPORT int dh_kernel_twin_count(void) { return DH_TWIN_COUNT; }

DH_EXPORT const char *dh_kernel_twin_name(int i)
{
    static char name[48];
    static const char *const fixed[] = {"linear_forward", "linear_backward.din",
                                        "linear_backward.dw", "linear_backward.db",
                                        "gather_columns"};
    if (i < 0 || i >= DH_TWIN_COUNT) return "";
    if (i < DH_TWIN_ACT_FORWARD) return fixed[i];
    int back = i >= DH_TWIN_ACT_BACKWARD;
    int act = i - (back ? DH_TWIN_ACT_BACKWARD : DH_TWIN_ACT_FORWARD);
    strcpy(name, back ? "activation_backward." : "activation_forward.");
    strncat(name, nn_activation_name((nn_activation)act), sizeof name - strlen(name) - 1);
    return name;
}

static float dh__max_diff(const float *a, const float *b, int rows, int stride, int cols,
                          float worst)
{
    for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) {
            float d = fabsf(a[r * stride + c] - b[r * stride + c]);
            if (!(d <= worst)) worst = d; /* NaN counts as worst */
        }
    }
    return worst;
}

static void dh__fill(float *x, int n, nn_rng *rng, float scale)
{
    for (int i = 0; i < n; i++) x[i] = scale * (2.0f * nn_rng_uniform(rng) - 1.0f);
}

DH_EXPORT float dh_kernel_twin_compare(double seed, float *out)
{
    enum { MAXU = NN_MAX_UNITS, TILE = NN_MAX_UNITS * NN_CHUNK };
    static const int widths[] = {1, 2, 3, 4, 5, 8, 13, 16, 33, 64};
    static const int batches[] = {1, 3, 4, 10, 32, 61, NN_CHUNK};
    const int nw = (int)(sizeof widths / sizeof widths[0]);
    const int nbs = (int)(sizeof batches / sizeof batches[0]);
    float *buf = malloc(sizeof(float) * (size_t)(10 * TILE + 4 * MAXU * MAXU + 4 * MAXU));
    if (!buf) return -1.0f;
    float *in = buf, *dout = in + TILE, *o1 = dout + TILE, *o2 = o1 + TILE;
    float *din1 = o2 + TILE, *din2 = din1 + TILE, *pre = din2 + TILE, *post = pre + TILE;
    float *d1 = post + TILE, *d2 = d1 + TILE, *w = d2 + TILE, *dw1 = w + MAXU * MAXU;
    float *dw2 = dw1 + MAXU * MAXU, *bias = dw2 + MAXU * MAXU, *db1 = bias + MAXU,
          *db2 = db1 + MAXU;
    nn_rng rng;
    nn_rng_seed(&rng, dh__seed(seed));
    for (int i = 0; i < DH_TWIN_COUNT; i++) out[i] = 0.0f;

    for (int a = 0; a < nw; a++) {
        for (int c = 0; c < nw; c++) {
            for (int q = 0; q < nbs; q++) {
                int nin = widths[a], nout = widths[c], nb = batches[q];
                dh__fill(in, nin * NN_CHUNK, &rng, 2.0f);
                dh__fill(w, nout * nin, &rng, 1.0f);
                dh__fill(bias, nout, &rng, 0.5f);
                /* Padding columns of dout must be zero (nn_kernels.h). */
                memset(dout, 0, sizeof(float) * (size_t)(nout * NN_CHUNK));
                for (int r = 0; r < nout; r++) dh__fill(dout + r * NN_CHUNK, nb, &rng, 1.0f);

                nn_linear_forward(o1, in, w, bias, nin, nout, nb);
                nn_linear_forward_ref(o2, in, w, bias, nin, nout, nb);
                out[DH_TWIN_LINEAR_FORWARD] =
                    dh__max_diff(o1, o2, nout, NN_CHUNK, nb, out[DH_TWIN_LINEAR_FORWARD]);

                /* Backward accumulates into dw, db: start both from the same values. */
                dh__fill(dw1, nout * nin, &rng, 0.25f);
                memcpy(dw2, dw1, sizeof(float) * (size_t)(nout * nin));
                dh__fill(db1, nout, &rng, 0.25f);
                memcpy(db2, db1, sizeof(float) * (size_t)nout);
                nn_linear_backward(din1, dw1, db1, dout, in, w, nin, nout, nb);
                nn_linear_backward_ref(din2, dw2, db2, dout, in, w, nin, nout, nb);
                out[DH_TWIN_LINEAR_BACKWARD_DIN] =
                    dh__max_diff(din1, din2, nin, NN_CHUNK, nb, out[DH_TWIN_LINEAR_BACKWARD_DIN]);
                out[DH_TWIN_LINEAR_BACKWARD_DW] =
                    dh__max_diff(dw1, dw2, 1, 0, nout * nin, out[DH_TWIN_LINEAR_BACKWARD_DW]);
                out[DH_TWIN_LINEAR_BACKWARD_DB] =
                    dh__max_diff(db1, db2, 1, 0, nout, out[DH_TWIN_LINEAR_BACKWARD_DB]);

                /* The gather: nb rows of w read as (rows, nin), in a seeded
                 * order, against the plain loop, padding columns included. */
                int rows = MAXU * MAXU / nin, nbp = (nb + 3) & ~3, order[NN_CHUNK];
                for (int b = 0; b < nb; b++) order[b] = (int)nn_rng_below(&rng, (uint32_t)rows);
                dh__fill(o1, nin * NN_CHUNK, &rng, 1.0f);
                nn_gather_columns(o1, w, order, nin, nb);
                for (int i = 0; i < nin; i++)
                    for (int b = 0; b < nbp; b++)
                        o2[i * NN_CHUNK + b] = b < nb ? w[(size_t)order[b] * nin + i] : 0.0f;
                out[DH_TWIN_GATHER_COLUMNS] =
                    dh__max_diff(o1, o2, nin, NN_CHUNK, nbp, out[DH_TWIN_GATHER_COLUMNS]);
            }
        }
    }

    for (int act = 0; act < NN_ACT_COUNT; act++) {
        for (int c = 0; c < nw; c++) {
            for (int q = 0; q < nbs; q++) {
                int units = widths[c], nb = batches[q];
                /* Wide range so the fast exp/tanh meet saturation too. */
                dh__fill(pre, units * NN_CHUNK, &rng, 12.0f);
                memset(dout, 0, sizeof(float) * (size_t)(units * NN_CHUNK));
                for (int r = 0; r < units; r++) dh__fill(dout + r * NN_CHUNK, nb, &rng, 1.0f);
                nn_activation_forward(o1, pre, units, nb, (nn_activation)act);
                nn_activation_forward_ref(o2, pre, units, nb, (nn_activation)act);
                out[DH_TWIN_ACT_FORWARD + act] =
                    dh__max_diff(o1, o2, units, NN_CHUNK, nb, out[DH_TWIN_ACT_FORWARD + act]);
                /* Both backward twins see the reference forward output. */
                memcpy(post, o2, sizeof(float) * (size_t)(units * NN_CHUNK));
                nn_activation_backward(d1, dout, pre, post, units, nb, (nn_activation)act);
                nn_activation_backward_ref(d2, dout, pre, post, units, nb, (nn_activation)act);
                out[DH_TWIN_ACT_BACKWARD + act] =
                    dh__max_diff(d1, d2, units, NN_CHUNK, nb, out[DH_TWIN_ACT_BACKWARD + act]);
                /* The fused dense + activation kernel: its sums against the
                 * reference sums, its outputs against the reference activation
                 * of its own sums (so the 1e-6 bound is not blurred by the sums'
                 * rounding). in, w and bias are left from the last linear case (64 x 64). */
                int nin = 8;
                nn_dense_forward(o1, d1, in, w, bias, nin, units, nb, (nn_activation)act);
                nn_linear_forward_ref(d2, in, w, bias, nin, units, nb);
                out[DH_TWIN_LINEAR_FORWARD] =
                    dh__max_diff(d1, d2, units, NN_CHUNK, nb, out[DH_TWIN_LINEAR_FORWARD]);
                nn_activation_forward_ref(o2, d1, units, nb, (nn_activation)act);
                out[DH_TWIN_ACT_FORWARD + act] =
                    dh__max_diff(o1, o2, units, NN_CHUNK, nb, out[DH_TWIN_ACT_FORWARD + act]);
            }
        }
    }
    free(buf);

    float worst = 0.0f;
    for (int i = 0; i < DH_TWIN_COUNT; i++) {
        if (!(out[i] <= worst)) worst = out[i];
    }
    return worst;
}

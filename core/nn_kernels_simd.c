/* nn_kernels_simd.c — the fast kernels with explicit wasm SIMD (f32x4), used
 * when the core is compiled with -msimd128. Same contracts and algorithms as
 * the portable versions in nn_kernels.c; tests compare both with the *_ref
 * twins. Columns come in multiples of 4 (nn_kernels.h), so there is no tail. */
#ifdef __wasm_simd128__

#include <string.h>
#include <wasm_simd128.h>

#include "nn_kernels.h"

#define LOAD(p) wasm_v128_load(p)
#define STORE(p, v) wasm_v128_store(p, v)
#define SPLAT(x) wasm_f32x4_splat(x)
#define MADD(acc, a, b) wasm_f32x4_add(acc, wasm_f32x4_mul(a, b))

/* e^x, the algorithm of nn_kernels.c's nn__exp four lanes at a time. Clamping
 * with compare+select (not min/max) lets NaN through unchanged. */
static inline v128_t nn__exp4(v128_t x)
{
    const v128_t hi = SPLAT(88.0f), lo = SPLAT(-87.0f), magic = SPLAT(12582912.0f);
    x = wasm_v128_bitselect(hi, x, wasm_f32x4_gt(x, hi));
    x = wasm_v128_bitselect(lo, x, wasm_f32x4_lt(x, lo));
    v128_t t = wasm_f32x4_add(wasm_f32x4_mul(x, SPLAT(1.44269504f)), magic);
    v128_t n = wasm_f32x4_sub(t, magic);
    v128_t r = wasm_f32x4_sub(x, wasm_f32x4_mul(n, SPLAT(0.693359375f)));
    r = wasm_f32x4_sub(r, wasm_f32x4_mul(n, SPLAT(-2.12194440e-4f)));
    v128_t p = SPLAT(1.0f / 720.0f);
    p = MADD(SPLAT(1.0f / 120.0f), p, r);
    p = MADD(SPLAT(1.0f / 24.0f), p, r);
    p = MADD(SPLAT(1.0f / 6.0f), p, r);
    p = MADD(SPLAT(0.5f), p, r);
    p = MADD(SPLAT(1.0f), p, r);
    p = MADD(SPLAT(1.0f), p, r);
    v128_t scale = wasm_i32x4_shl(
        wasm_i32x4_add(wasm_i32x4_sub(t, wasm_i32x4_splat(0x4B400000)), wasm_i32x4_splat(127)),
        23);
    return wasm_f32x4_mul(p, scale);
}

static inline v128_t nn__tanh4(v128_t x)
{
    v128_t e = nn__exp4(wasm_f32x4_add(x, x));
    return wasm_f32x4_sub(SPLAT(1.0f),
                          wasm_f32x4_div(SPLAT(2.0f), wasm_f32x4_add(e, SPLAT(1.0f))));
}

static inline v128_t nn__sigmoid4(v128_t x)
{
    v128_t e = nn__exp4(wasm_f32x4_neg(x));
    return wasm_f32x4_div(SPLAT(1.0f), wasm_f32x4_add(e, SPLAT(1.0f)));
}

void nn_linear_forward(float *out, const float *in, const float *w, const float *bias,
                       int nin, int nout, int nb)
{
    for (int o = 0; o < nout; o++) {
        const float *wo = w + o * nin;
        float *row = out + o * NN_CHUNK;
        v128_t b0 = SPLAT(bias[o]);
        int b = 0;
        /* 16 columns in four accumulators while the inputs stream past. */
        for (; b + 16 <= nb; b += 16) {
            v128_t a0 = b0, a1 = b0, a2 = b0, a3 = b0;
            for (int i = 0; i < nin; i++) {
                const float *x = in + i * NN_CHUNK + b;
                v128_t wi = SPLAT(wo[i]);
                a0 = MADD(a0, wi, LOAD(x));
                a1 = MADD(a1, wi, LOAD(x + 4));
                a2 = MADD(a2, wi, LOAD(x + 8));
                a3 = MADD(a3, wi, LOAD(x + 12));
            }
            STORE(row + b, a0);
            STORE(row + b + 4, a1);
            STORE(row + b + 8, a2);
            STORE(row + b + 12, a3);
        }
        for (; b < nb; b += 4) {
            v128_t a0 = b0;
            for (int i = 0; i < nin; i++)
                a0 = MADD(a0, SPLAT(wo[i]), LOAD(in + i * NN_CHUNK + b));
            STORE(row + b, a0);
        }
    }
}

static inline float nn__hsum(v128_t v)
{
    return (wasm_f32x4_extract_lane(v, 0) + wasm_f32x4_extract_lane(v, 1)) +
           (wasm_f32x4_extract_lane(v, 2) + wasm_f32x4_extract_lane(v, 3));
}

void nn_linear_backward(float *din, float *dw, float *db, const float *dout, const float *in,
                        const float *w, int nin, int nout, int nb)
{
    for (int o = 0; o < nout; o++) {
        const float *g = dout + o * NN_CHUNK;
        v128_t gs = SPLAT(0.0f);
        for (int b = 0; b < nb; b += 4) gs = wasm_f32x4_add(gs, LOAD(g + b));
        db[o] += nn__hsum(gs);
        float *dwo = dw + o * nin;
        int i = 0;
        /* Two weights at a time share each load of the output gradient. */
        for (; i + 2 <= nin; i += 2) {
            const float *x0 = in + i * NN_CHUNK, *x1 = x0 + NN_CHUNK;
            v128_t s0 = SPLAT(0.0f), s1 = SPLAT(0.0f);
            for (int b = 0; b < nb; b += 4) {
                v128_t gv = LOAD(g + b);
                s0 = MADD(s0, gv, LOAD(x0 + b));
                s1 = MADD(s1, gv, LOAD(x1 + b));
            }
            dwo[i] += nn__hsum(s0);
            dwo[i + 1] += nn__hsum(s1);
        }
        for (; i < nin; i++) {
            const float *x = in + i * NN_CHUNK;
            v128_t s = SPLAT(0.0f);
            for (int b = 0; b < nb; b += 4) s = MADD(s, LOAD(g + b), LOAD(x + b));
            dwo[i] += nn__hsum(s);
        }
    }
    if (!din) return;
    for (int i = 0; i < nin; i++) {
        float *row = din + i * NN_CHUNK;
        int b = 0;
        for (; b + 16 <= nb; b += 16) {
            v128_t a0 = SPLAT(0.0f), a1 = a0, a2 = a0, a3 = a0;
            for (int o = 0; o < nout; o++) {
                const float *g = dout + o * NN_CHUNK + b;
                v128_t wv = SPLAT(w[o * nin + i]);
                a0 = MADD(a0, wv, LOAD(g));
                a1 = MADD(a1, wv, LOAD(g + 4));
                a2 = MADD(a2, wv, LOAD(g + 8));
                a3 = MADD(a3, wv, LOAD(g + 12));
            }
            STORE(row + b, a0);
            STORE(row + b + 4, a1);
            STORE(row + b + 8, a2);
            STORE(row + b + 12, a3);
        }
        for (; b < nb; b += 4) {
            v128_t a0 = SPLAT(0.0f);
            for (int o = 0; o < nout; o++)
                a0 = MADD(a0, SPLAT(w[o * nin + i]), LOAD(dout + o * NN_CHUNK + b));
            STORE(row + b, a0);
        }
    }
}

void nn_activation_forward(float *out, const float *pre, int units, int nb, nn_activation act)
{
    const v128_t zero = SPLAT(0.0f), slope = SPLAT(NN_LEAKY_SLOPE);
    for (int u = 0; u < units; u++) {
        const float *x = pre + u * NN_CHUNK;
        float *y = out + u * NN_CHUNK;
        for (int b = 0; b < nb; b += 4) {
            v128_t v = LOAD(x + b), r;
            switch (act) {
            case NN_ACT_SIGMOID: r = nn__sigmoid4(v); break;
            case NN_ACT_TANH: r = nn__tanh4(v); break;
            case NN_ACT_RELU: r = wasm_v128_bitselect(v, zero, wasm_f32x4_gt(v, zero)); break;
            case NN_ACT_LEAKY_RELU:
                r = wasm_v128_bitselect(v, wasm_f32x4_mul(v, slope), wasm_f32x4_gt(v, zero));
                break;
            default: r = v;
            }
            STORE(y + b, r);
        }
    }
}

void nn_activation_backward(float *dpre, const float *dout, const float *pre, const float *out,
                            int units, int nb, nn_activation act)
{
    const v128_t zero = SPLAT(0.0f), one = SPLAT(1.0f), slope = SPLAT(NN_LEAKY_SLOPE);
    for (int u = 0; u < units; u++) {
        const float *g = dout + u * NN_CHUNK, *x = pre + u * NN_CHUNK, *y = out + u * NN_CHUNK;
        float *d = dpre + u * NN_CHUNK;
        for (int b = 0; b < nb; b += 4) {
            v128_t gv = LOAD(g + b), r;
            switch (act) {
            case NN_ACT_SIGMOID: {
                v128_t s = LOAD(y + b);
                r = wasm_f32x4_mul(gv, wasm_f32x4_mul(s, wasm_f32x4_sub(one, s)));
                break;
            }
            case NN_ACT_TANH: {
                v128_t t = LOAD(y + b);
                r = wasm_f32x4_mul(gv, wasm_f32x4_sub(one, wasm_f32x4_mul(t, t)));
                break;
            }
            case NN_ACT_RELU:
                r = wasm_v128_bitselect(gv, zero, wasm_f32x4_gt(LOAD(x + b), zero));
                break;
            case NN_ACT_LEAKY_RELU:
                r = wasm_v128_bitselect(gv, wasm_f32x4_mul(gv, slope),
                                        wasm_f32x4_gt(LOAD(x + b), zero));
                break;
            default: r = gv;
            }
            STORE(d + b, r);
        }
    }
}

#else
/* ISO C wants at least one declaration in a translation unit. */
typedef int nn__no_wasm_simd;
#endif /* __wasm_simd128__ */

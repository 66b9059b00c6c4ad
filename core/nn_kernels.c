/* nn_kernels.c — reference kernels, fast scalar math, outputs and losses, and
 * the portable fast kernels (the wasm SIMD ones are in nn_kernels_simd.c).
 * Layout and contracts: nn_kernels.h. */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "nn_internal.h"
#include "nn_kernels.h"

/* ---- names -------------------------------------------------------------- */

static const char *const nn__activation_names[NN_ACT_COUNT] = {
    "sigmoid", "tanh", "relu", "leaky-relu", "linear"};
static const char *const nn__loss_names[NN_LOSS_COUNT] = {"cross-entropy", "squared"};

const char *nn_activation_name(nn_activation act)
{
    return (unsigned)act < NN_ACT_COUNT ? nn__activation_names[act] : "?";
}

int nn_activation_parse(const char *name)
{
    for (int i = 0; name && i < NN_ACT_COUNT; i++)
        if (strcmp(name, nn__activation_names[i]) == 0) return i;
    if (name && strcmp(name, "leaky_relu") == 0) return NN_ACT_LEAKY_RELU;
    return nn__fail("unknown activation \"%.40s\"; use sigmoid, tanh, relu, leaky-relu or linear",
                    name ? name : "");
}

const char *nn_loss_name(nn_loss loss)
{
    return (unsigned)loss < NN_LOSS_COUNT ? nn__loss_names[loss] : "?";
}

int nn_loss_parse(const char *name)
{
    if (name) {
        if (!strcmp(name, "cross-entropy") || !strcmp(name, "ce") || !strcmp(name, "bce") ||
            !strcmp(name, "cross_entropy"))
            return NN_LOSS_CROSS_ENTROPY;
        if (!strcmp(name, "squared") || !strcmp(name, "mse") || !strcmp(name, "squared-error"))
            return NN_LOSS_SQUARED;
    }
    return nn__fail("unknown loss \"%.40s\"; use cross-entropy (bce) or squared (mse)",
                    name ? name : "");
}

/* ---- scalar math -------------------------------------------------------- */

float nn_sigmoid(float x) { return 1.0f / (1.0f + expf(-x)); }

float nn_cross_entropy_binary(const float *y, const float *p, int n)
{
    double sum = 0.0;
    for (int i = 0; i < n; i++) {
        float q = p[i] < 1e-7f ? 1e-7f : (p[i] > 1.0f - 1e-7f ? 1.0f - 1e-7f : p[i]);
        sum -= y[i] * log(q) + (1.0f - y[i]) * log(1.0f - q);
    }
    return (float)sum;
}

/* e^x = 2^n · e^r with n = round(x / ln 2) and |r| <= ln2 / 2; e^r by its
 * degree-6 Taylor polynomial (truncation error r^7/7! < 1.2e-7 relative).
 * Rounding uses the 1.5·2^23 trick so it vectorizes without SSE4.1; ln 2 is
 * split in two (Cody–Waite) so r keeps its precision. x is clamped to
 * [-87, 88] where 2^n stays a normal float. The ternaries (not fminf) keep NaN
 * flowing through, so divergence is detected rather than hidden. */
static inline float nn__exp(float x)
{
    x = x > 88.0f ? 88.0f : x;
    x = x < -87.0f ? -87.0f : x;
    const float magic = 12582912.0f; /* 1.5 · 2^23 */
    float t = x * 1.44269504f + magic;
    float n = t - magic;
    float r = x - n * 0.693359375f;   /* ln2 high part, exact in float */
    r = r - n * -2.12194440e-4f;      /* ln2 low part */
    float p = 1.0f / 720.0f;
    p = p * r + 1.0f / 120.0f;
    p = p * r + 1.0f / 24.0f;
    p = p * r + 1.0f / 6.0f;
    p = p * r + 0.5f;
    p = p * r + 1.0f;
    p = p * r + 1.0f;
    /* n + 127 into the exponent field; unsigned so NaN's garbage bits cannot
     * overflow a signed shift. */
    union { float f; uint32_t u; } tb = {t}, scale;
    scale.u = (tb.u - 0x4B400000u + 127u) << 23;
    return p * scale.f;
}

/* tanh(x) = 1 - 2 / (e^{2x} + 1): absolute error ~2e-7 (the cancellation near 0
 * costs relative accuracy, not absolute). */
static inline float nn__tanh(float x) { return 1.0f - 2.0f / (nn__exp(2.0f * x) + 1.0f); }

static inline float nn__sigmoid(float x) { return 1.0f / (1.0f + nn__exp(-x)); }

float nn_fast_exp(float x) { return nn__exp(x); }
float nn_fast_tanh(float x) { return nn__tanh(x); }
float nn_fast_sigmoid(float x) { return nn__sigmoid(x); }

/* ---- reference kernels: the obvious loops, libm ------------------------ */

void nn_linear_forward_ref(float *out, const float *in, const float *w, const float *bias,
                           int nin, int nout, int nb)
{
    for (int o = 0; o < nout; o++)
        for (int b = 0; b < nb; b++) {
            float sum = bias[o];
            for (int i = 0; i < nin; i++) sum += w[o * nin + i] * in[i * NN_CHUNK + b];
            out[o * NN_CHUNK + b] = sum;
        }
}

void nn_linear_backward_ref(float *din, float *dw, float *db, const float *dout, const float *in,
                            const float *w, int nin, int nout, int nb)
{
    for (int o = 0; o < nout; o++)
        for (int b = 0; b < nb; b++) {
            float g = dout[o * NN_CHUNK + b];
            db[o] += g;
            for (int i = 0; i < nin; i++) dw[o * nin + i] += g * in[i * NN_CHUNK + b];
        }
    if (!din) return;
    for (int i = 0; i < nin; i++)
        for (int b = 0; b < nb; b++) {
            float sum = 0.0f;
            for (int o = 0; o < nout; o++) sum += w[o * nin + i] * dout[o * NN_CHUNK + b];
            din[i * NN_CHUNK + b] = sum;
        }
}

static float nn__activate_ref(float x, nn_activation act)
{
    switch (act) {
    case NN_ACT_SIGMOID: return 1.0f / (1.0f + expf(-x));
    case NN_ACT_TANH: return tanhf(x);
    case NN_ACT_RELU: return x > 0.0f ? x : 0.0f;
    case NN_ACT_LEAKY_RELU: return x > 0.0f ? x : NN_LEAKY_SLOPE * x;
    default: return x;
    }
}

void nn_activation_forward_ref(float *out, const float *pre, int units, int nb, nn_activation act)
{
    for (int u = 0; u < units; u++)
        for (int b = 0; b < nb; b++)
            out[u * NN_CHUNK + b] = nn__activate_ref(pre[u * NN_CHUNK + b], act);
}

void nn_activation_backward_ref(float *dpre, const float *dout, const float *pre,
                                const float *out, int units, int nb, nn_activation act)
{
    for (int u = 0; u < units; u++)
        for (int b = 0; b < nb; b++) {
            int k = u * NN_CHUNK + b;
            float x = pre[k], d;
            switch (act) {
            case NN_ACT_SIGMOID: {
                float s = 1.0f / (1.0f + expf(-x));
                d = s * (1.0f - s);
                break;
            }
            case NN_ACT_TANH: {
                float t = tanhf(x);
                d = 1.0f - t * t;
                break;
            }
            case NN_ACT_RELU: d = x > 0.0f ? 1.0f : 0.0f; break;
            case NN_ACT_LEAKY_RELU: d = x > 0.0f ? 1.0f : NN_LEAKY_SLOPE; break;
            default: d = 1.0f;
            }
            (void)out;
            dpre[k] = dout[k] * d;
        }
}

/* ---- portable fast kernels --------------------------------------------- */
#ifndef __wasm_simd128__

/* Each output row is built as a sum of axpy's over the input rows: every inner
 * loop runs along the columns with unit stride, which compilers vectorize
 * without shuffles (blocking across i instead made GCC vectorize the wrong axis). */
void nn_linear_forward(float *restrict out, const float *restrict in, const float *restrict w,
                       const float *restrict bias, int nin, int nout, int nb)
{
    for (int o = 0; o < nout; o++) {
        const float *wo = w + o * nin;
        float *row = out + o * NN_CHUNK;
        for (int b = 0; b < nb; b++) row[b] = bias[o];
        for (int i = 0; i < nin; i++) {
            const float *x = in + i * NN_CHUNK;
            float wi = wo[i];
            for (int b = 0; b < nb; b++) row[b] += wi * x[b];
        }
    }
}

void nn_linear_backward(float *restrict din, float *restrict dw, float *restrict db,
                        const float *restrict dout, const float *restrict in,
                        const float *restrict w, int nin, int nout, int nb)
{
    /* dW: one dot product over columns per weight. The pragma (-fopenmp-simd, no
     * runtime) allows reordering these sums only, so they vectorize. */
    for (int o = 0; o < nout; o++) {
        const float *g = dout + o * NN_CHUNK;
        float gs = 0.0f;
#pragma omp simd reduction(+ : gs)
        for (int b = 0; b < nb; b++) gs += g[b];
        db[o] += gs;
        for (int i = 0; i < nin; i++) {
            const float *x = in + i * NN_CHUNK;
            float s = 0.0f;
#pragma omp simd reduction(+ : s)
            for (int b = 0; b < nb; b++) s += g[b] * x[b];
            dw[o * nin + i] += s;
        }
    }
    if (!din) return;
    /* dX = Wᵀ dOut, the same axpy pattern as the forward pass. */
    for (int i = 0; i < nin; i++) {
        float *row = din + i * NN_CHUNK;
        for (int b = 0; b < nb; b++) row[b] = 0.0f;
        for (int o = 0; o < nout; o++) {
            const float *g = dout + o * NN_CHUNK;
            float wv = w[o * nin + i];
            for (int b = 0; b < nb; b++) row[b] += wv * g[b];
        }
    }
}

void nn_activation_forward(float *out, const float *pre, int units, int nb, nn_activation act)
{
    for (int u = 0; u < units; u++) {
        const float *x = pre + u * NN_CHUNK;
        float *y = out + u * NN_CHUNK;
        switch (act) {
        case NN_ACT_SIGMOID:
            for (int b = 0; b < nb; b++) y[b] = nn__sigmoid(x[b]);
            break;
        case NN_ACT_TANH:
            for (int b = 0; b < nb; b++) y[b] = nn__tanh(x[b]);
            break;
        case NN_ACT_RELU:
            for (int b = 0; b < nb; b++) y[b] = x[b] > 0.0f ? x[b] : 0.0f;
            break;
        case NN_ACT_LEAKY_RELU:
            for (int b = 0; b < nb; b++) y[b] = x[b] > 0.0f ? x[b] : NN_LEAKY_SLOPE * x[b];
            break;
        default:
            if (y != x) memcpy(y, x, (size_t)nb * sizeof *y);
        }
    }
}

void nn_activation_backward(float *dpre, const float *dout, const float *pre, const float *out,
                            int units, int nb, nn_activation act)
{
    for (int u = 0; u < units; u++) {
        const float *g = dout + u * NN_CHUNK, *x = pre + u * NN_CHUNK, *y = out + u * NN_CHUNK;
        float *d = dpre + u * NN_CHUNK;
        switch (act) {
        case NN_ACT_SIGMOID:
            for (int b = 0; b < nb; b++) d[b] = g[b] * y[b] * (1.0f - y[b]);
            break;
        case NN_ACT_TANH:
            for (int b = 0; b < nb; b++) d[b] = g[b] * (1.0f - y[b] * y[b]);
            break;
        case NN_ACT_RELU:
            for (int b = 0; b < nb; b++) d[b] = x[b] > 0.0f ? g[b] : 0.0f;
            break;
        case NN_ACT_LEAKY_RELU:
            for (int b = 0; b < nb; b++) d[b] = x[b] > 0.0f ? g[b] : NN_LEAKY_SLOPE * g[b];
            break;
        default:
            if (d != g) memcpy(d, g, (size_t)nb * sizeof *d);
        }
    }
}

#endif /* !__wasm_simd128__ */

/* ---- output layer and loss (shared by both builds) --------------------- */

static inline float nn__clamp_prob(float p)
{
    return p < 1e-7f ? 1e-7f : (p > 1.0f - 1e-7f ? 1.0f - 1e-7f : p);
}

float nn_output_forward(float *probs, const float *logits, const int *y, int nout, int nvalid,
                        int nb, nn_loss loss, int *correct)
{
    float total = 0.0f;
    int right = 0;
    if (nout == 1) {
        for (int b = 0; b < nb; b++) probs[b] = nn__sigmoid(logits[b]);
        if (y)
            for (int b = 0; b < nvalid; b++) {
                float p = probs[b], t = (float)y[b];
                if (loss == NN_LOSS_CROSS_ENTROPY)
                    total -= logf(nn__clamp_prob(y[b] ? p : 1.0f - p));
                else
                    total += 0.5f * (p - t) * (p - t);
                right += (p >= 0.5f) == (y[b] != 0);
            }
    } else {
        /* Softmax down each column: subtract the column max for stability. */
        float mx[NN_CHUNK], sum[NN_CHUNK];
        for (int b = 0; b < nb; b++) mx[b] = logits[b];
        for (int o = 1; o < nout; o++)
            for (int b = 0; b < nb; b++) {
                float z = logits[o * NN_CHUNK + b];
                mx[b] = z > mx[b] ? z : mx[b];
            }
        for (int b = 0; b < nb; b++) sum[b] = 0.0f;
        for (int o = 0; o < nout; o++)
            for (int b = 0; b < nb; b++) {
                float e = nn__exp(logits[o * NN_CHUNK + b] - mx[b]);
                probs[o * NN_CHUNK + b] = e;
                sum[b] += e;
            }
        for (int b = 0; b < nb; b++) sum[b] = 1.0f / sum[b];
        for (int o = 0; o < nout; o++)
            for (int b = 0; b < nb; b++) probs[o * NN_CHUNK + b] *= sum[b];
        if (y)
            for (int b = 0; b < nvalid; b++) {
                int best = 0;
                for (int o = 1; o < nout; o++)
                    if (probs[o * NN_CHUNK + b] > probs[best * NN_CHUNK + b]) best = o;
                right += best == y[b];
                if (loss == NN_LOSS_CROSS_ENTROPY) {
                    total -= logf(nn__clamp_prob(probs[y[b] * NN_CHUNK + b]));
                } else {
                    for (int o = 0; o < nout; o++) {
                        float diff = probs[o * NN_CHUNK + b] - (o == y[b] ? 1.0f : 0.0f);
                        total += 0.5f * diff * diff;
                    }
                }
            }
    }
    if (correct) *correct += right;
    return total;
}

void nn_output_backward(float *dlogits, const float *probs, const int *y, int nout, int nvalid,
                        int nb, nn_loss loss, float scale)
{
    for (int o = 0; o < nout; o++) {
        float *d = dlogits + o * NN_CHUNK;
        const float *p = probs + o * NN_CHUNK;
        for (int b = 0; b < nvalid; b++) {
            float t = nout == 1 ? (float)y[b] : (y[b] == o ? 1.0f : 0.0f);
            d[b] = scale * (p[b] - t);
        }
        for (int b = nvalid; b < nb; b++) d[b] = 0.0f;
    }
    if (loss != NN_LOSS_SQUARED) return; /* cross-entropy: dz = p - t, done */
    if (nout == 1) {
        /* ½(p - y)² through σ: (p - y)·σ'(z), σ' = p(1 - p). */
        for (int b = 0; b < nvalid; b++) dlogits[b] *= probs[b] * (1.0f - probs[b]);
        return;
    }
    /* ½Σ(p - t)² through softmax: dz_j = p_j[(p_j - t_j) - Σ_o (p_o - t_o) p_o];
     * dlogits currently holds scale·(p - t). */
    for (int b = 0; b < nvalid; b++) {
        float dot = 0.0f;
        for (int o = 0; o < nout; o++) dot += dlogits[o * NN_CHUNK + b] * probs[o * NN_CHUNK + b];
        for (int o = 0; o < nout; o++) {
            float p = probs[o * NN_CHUNK + b];
            dlogits[o * NN_CHUNK + b] = p * (dlogits[o * NN_CHUNK + b] - dot);
        }
    }
}

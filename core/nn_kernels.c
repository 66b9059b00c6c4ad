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
/* What the page and the CLI show for each name. */
static const char *const nn__activation_labels[NN_ACT_COUNT] = {
    "Sigmoid", "Tanh", "ReLU", "Leaky ReLU", "Linear",
};
static const char *const nn__loss_names[NN_LOSS_COUNT] = {"cross-entropy", "squared"};
/* What the page and the CLI show for each name. */
static const char *const nn__loss_labels[NN_LOSS_COUNT] = {
    "Cross-entropy", "Squared error",
};

const char *nn_activation_name(nn_activation act)
{
    return (unsigned)act < NN_ACT_COUNT ? nn__activation_names[act] : "?";
}

const char *nn_activation_label(nn_activation kind)
{
    return (unsigned)kind < NN_ACT_COUNT ? nn__activation_labels[kind] : "?";
}

int nn_activation_parse(const char *name)
{
    static const nn__alias aliases[] = {{"leaky_relu", NN_ACT_LEAKY_RELU}};
    return nn__parse_name(name, nn__activation_names, NN_ACT_COUNT, aliases, 1, "activation");
}

const char *nn_loss_name(nn_loss loss)
{
    return (unsigned)loss < NN_LOSS_COUNT ? nn__loss_names[loss] : "?";
}

const char *nn_loss_label(nn_loss kind)
{
    return (unsigned)kind < NN_LOSS_COUNT ? nn__loss_labels[kind] : "?";
}

int nn_loss_parse(const char *name)
{
    /* The CLI's and the literature's short names. */
    static const nn__alias aliases[] = {
        {"ce", NN_LOSS_CROSS_ENTROPY}, {"bce", NN_LOSS_CROSS_ENTROPY},
        {"cross_entropy", NN_LOSS_CROSS_ENTROPY}, {"mse", NN_LOSS_SQUARED},
        {"squared-error", NN_LOSS_SQUARED},
    };
    return nn__parse_name(name, nn__loss_names, NN_LOSS_COUNT, aliases,
                          (int)(sizeof aliases / sizeof aliases[0]), "loss");
}

/* ---- scalar math -------------------------------------------------------- */

float nn_sigmoid(float x) { return 1.0f / (1.0f + expf(-x)); }

float nn_cross_entropy_binary(const float *y, const float *p, int n)
{
    double sum = 0.0;
    for (int i = 0; i < n; i++) {
        float q = p[i] < 1e-7f ? 1e-7f : (p[i] > 1.0f - 1e-7f ? 1.0f - 1e-7f : p[i]);
        /* logf, not log: the double log's tables cost the wasm build 4.5 KB,
         * and a float result needs no more than logf's half-ulp terms. */
        sum -= y[i] * (double)logf(q) + (1.0f - y[i]) * (double)logf(1.0f - q);
    }
    return (float)sum;
}

/* a·b + c as one fused multiply-add where the target has a fast one (x86 with
 * FMA, ARMv8): ISO C mode does not let the compiler contract a·b + c itself,
 * and without hardware FMA fmaf would be a slow library call. */
#ifdef FP_FAST_FMAF
#define NN__FMA(a, b, c) fmaf(a, b, c)
#else
#define NN__FMA(a, b, c) ((a) * (b) + (c))
#endif

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

/* 2^y for y <= 0, the e^{-2|x|} inside tanh: 2^n · 2^f with n = round(y),
 * |f| <= 1/2, and 2^f by a degree-5 polynomial with p(0) = 1, fitted (Remez)
 * to relative error 4.3e-7 on [-1/2, 1/2]; tanh's absolute error is at most
 * half of that. Below 2^-126 the result is 0 instead of a denormal: the biased
 * exponent n + 127 is clamped at 0 in integer arithmetic, one max, where a
 * float clamp costs gcc a compare and a blend on every later value. Reading t
 * as signed sends a negative t (y < -1.5·2^23) to that 0 too. NaN stays NaN. */
static inline float nn__exp2_nonpositive(float y)
{
    const float magic = 12582912.0f; /* 1.5 · 2^23: t's low bits hold round(y) */
    float t = y + magic;
    float f = y - (t - magic);
    float p = 1.1125507682416145e-3f;
    p = NN__FMA(p, f, 9.666282524680898e-3f);
    p = NN__FMA(p, f, 5.5574004733209545e-2f);
    p = NN__FMA(p, f, 2.4022350650686283e-1f);
    p = NN__FMA(p, f, 6.931428306083515e-1f);
    p = NN__FMA(p, f, 1.0f);
    union { float f; int32_t i; uint32_t u; } tb = {t}, scale;
    const int32_t zero_exp = 0x4B400000 - 127; /* t's bits when round(y) = -127 */
    int32_t bits = tb.i > zero_exp ? tb.i : zero_exp;
    scale.u = (uint32_t)(bits - zero_exp) << 23; /* unsigned: NaN's bits may shift out */
    return p * scale.f;
}

/* tanh|x| = 2 / (1 + e) - 1 with e = e^{-2|x|} = 2^{-2|x|·log2 e} in [0, 1],
 * then x's sign bit: absolute error ~4e-7 (the -1 costs relative accuracy
 * near 0, not absolute). Large |x| give e = 0 and exactly ±1; NaN flows
 * through so a diverged net stays visible. No float clamp at all. */
static inline float nn__tanh(float x)
{
    union { float f; uint32_t u; } v = {x}, r;
    uint32_t sign = v.u & 0x80000000u;
    v.u ^= sign;
    float e = nn__exp2_nonpositive(v.f * -2.88539008f);
    /* A plain divide: on this project's machines (AMD EPYC) vdivps is cheaper
     * than a bit-trick guess and three Newton steps, and correctly rounded. */
    r.f = 2.0f / (1.0f + e) - 1.0f;
    r.u |= sign;
    return r.f;
}

/* σ(x) = (1 + tanh(x/2)) / 2: the same kernel, half its error. */
static inline float nn__sigmoid(float x) { return NN__FMA(0.5f, nn__tanh(0.5f * x), 0.5f); }

/* ln x for a positive normal x (the clamped probabilities of the losses):
 * x = 2^e · m with m in [√½, √2), and ln m = 2 atanh(s) = 2(s + s³/3 + ... + s⁹/9)
 * with s = (m - 1)/(m + 1), |s| <= 0.172, truncation < 1e-9. Branch-free, so
 * the loss loops vectorize; relative error ~1e-7 (logf: half an ulp). */
static inline float nn__log(float x)
{
    union { float f; uint32_t u; } v = {x};
    uint32_t t = v.u - 0x3F3504F3u; /* bits of √½ */
    int32_t e = (int32_t)t >> 23;
    v.u = (t & 0x007FFFFFu) + 0x3F3504F3u;
    float m = v.f, s = (m - 1.0f) / (m + 1.0f), s2 = s * s;
    float p = s2 * (2.0f / 9.0f) + 2.0f / 7.0f;
    p = p * s2 + 2.0f / 5.0f;
    p = p * s2 + 2.0f / 3.0f;
    p = p * s2 + 2.0f;
    return (float)e * 0.693147181f + s * p;
}

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

void nn_dense_forward_ref(float *out, float *pre, const float *in, const float *w,
                          const float *bias, int nin, int nout, int nb, nn_activation act)
{
    float *sums = pre ? pre : out;
    nn_linear_forward_ref(sums, in, w, bias, nin, nout, nb);
    nn_activation_forward_ref(out, sums, nout, nb, act);
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

int nn_kernels_simd_level(void) { return 0; }

/* Column blocks. Each kernel walks the columns in blocks of a compile-time width
 * W (16, then 8, 4, 1 for the tail) and keeps a block of an output row in a local
 * float[W] while the inputs stream past: the c-loop is innermost and has a
 * constant trip count, so the compiler holds the block in vector registers
 * across the whole i (or o) loop instead of reloading and storing the row per
 * input, and vectorizes along the columns (never across i). */
#define NN__ALWAYS_INLINE inline __attribute__((always_inline))

/* The widest blocks (16 and 8 columns or inputs) only where there are vector
 * registers to hold them: in the scalar wasm build they are 16 scalar copies
 * of every loop body, a large part of that .wasm, for no speed. */
#ifdef __wasm__
#define NN__WIDE 0
#else
#define NN__WIDE 1
#endif

/* Elementwise kernels in column blocks of 16, 8, 4, 1, each loop with a
 * constant trip count so it becomes whole vectors (a runtime nb like 12 would
 * otherwise leave the tail to scalar code, a dozen scalar exps per row). */
static NN__ALWAYS_INLINE void nn__act_forward_block(float *y, const float *x, const int W,
                                                    nn_activation act)
{
    switch (act) {
    case NN_ACT_SIGMOID:
#pragma omp simd
        for (int c = 0; c < W; c++) y[c] = nn__sigmoid(x[c]);
        break;
    case NN_ACT_TANH:
#pragma omp simd
        for (int c = 0; c < W; c++) y[c] = nn__tanh(x[c]);
        break;
    case NN_ACT_RELU:
#pragma omp simd
        for (int c = 0; c < W; c++) y[c] = x[c] > 0.0f ? x[c] : 0.0f;
        break;
    case NN_ACT_LEAKY_RELU:
#pragma omp simd
        for (int c = 0; c < W; c++) y[c] = x[c] > 0.0f ? x[c] : NN_LEAKY_SLOPE * x[c];
        break;
    default:
#pragma omp simd
        for (int c = 0; c < W; c++) y[c] = x[c];
    }
}

/* Rows row0..row0+R-1 (R <= 4, a constant) of out, columns b0..b0+W-1:
 *   pre[row] = init[row] + Σ_k wt(row, k) · src[k]              (init NULL: 0)
 *   out[row] = act(pre[row])           (pre NULL: not stored; act a constant)
 * The dense layer's forward pass is this with wt(row, k) = w[row·n + k] and
 * init = bias; its input gradient Wᵀ·dout with wt(row, k) = w[k·n + row]
 * (T = 1) and no init. T is a constant so each weight's address is a fixed
 * offset from one stepped pointer. The R rows of a pass share each load of the
 * source block, and their sums are independent add chains that hide the adds'
 * latency. */
static NN__ALWAYS_INLINE void nn__combine_rows(float *restrict out, float *restrict pre,
                                               const float *restrict src,
                                               const float *restrict w, int n, const int T,
                                               const float *restrict init, int steps,
                                               int row0, int b0, const int W, const int R,
                                               const nn_activation act)
{
    float a[64]; /* (R, W), R·W <= 64 */
    for (int r = 0; r < R; r++) {
        float start = init ? init[row0 + r] : 0.0f;
#pragma omp simd
        for (int c = 0; c < W; c++) a[r * W + c] = start;
    }
    const float *wk = T ? w + row0 : w + row0 * n; /* weight (row0, k) */
    for (int k = 0; k < steps; k++, wk += T ? n : 1) {
        const float *x = src + k * NN_CHUNK + b0;
        for (int r = 0; r < R; r++) {
            float u = wk[T ? r : r * n];
#pragma omp simd
            for (int c = 0; c < W; c++) a[r * W + c] = NN__FMA(u, x[c], a[r * W + c]);
        }
    }
    for (int r = 0; r < R; r++) {
        int at = (row0 + r) * NN_CHUNK + b0;
        if (pre)
#pragma omp simd
            for (int c = 0; c < W; c++) pre[at + c] = a[r * W + c];
        nn__act_forward_block(out + at, a + r * W, W, act);
    }
}

/* Rows in passes of RB (4, or 2 for 32-column blocks: R·W <= 64). */
static NN__ALWAYS_INLINE void nn__combine_block(float *restrict out, float *restrict pre,
                                                const float *restrict src,
                                                const float *restrict w, int n, const int T,
                                                const float *restrict init, int steps,
                                                int rows, int b0, const int W, const int RB,
                                                const nn_activation act)
{
    int row = 0;
    for (; row + RB <= rows; row += RB)
        nn__combine_rows(out, pre, src, w, n, T, init, steps, row, b0, W, RB, act);
    if (RB == 4 && rows - row == 3)
        nn__combine_rows(out, pre, src, w, n, T, init, steps, row, b0, W, 3, act);
    else if (RB == 4 && rows - row == 2)
        nn__combine_rows(out, pre, src, w, n, T, init, steps, row, b0, W, 2, act);
    else if (rows - row == 1)
        nn__combine_rows(out, pre, src, w, n, T, init, steps, row, b0, W, 1, act);
}

/* out (rows, NN_CHUNK), first nb columns; see nn__combine_rows. */
static NN__ALWAYS_INLINE void nn__combine(float *restrict out, float *restrict pre,
                                          const float *restrict src,
                                          const float *restrict w, int n, const int T,
                                          const float *restrict init, int steps, int rows,
                                          int nb, const nn_activation act)
{
    int b = 0;
    /* A single row (the output of a binary classifier) is one chain of adds per
     * block: the whole chunk at once gives it eight. */
    if (NN__WIDE && rows == 1 && nb == NN_CHUNK) {
        nn__combine_rows(out, pre, src, w, n, T, init, steps, 0, 0, NN_CHUNK, 1, act);
        return;
    }
    /* Eight accumulators either way; measured side by side, the forward pass
     * is faster as 2 rows x 32 columns (200x200 grid of 2-8-8-1 tanh 0.44 ->
     * 0.40 ms), dX as 4 rows x 16 (as 2 x 32 it cost training 7%). */
    if (!T)
        for (; NN__WIDE && b + 32 <= nb; b += 32) nn__combine_block(out, pre, src, w, n, T, init, steps, rows, b, 32, 2, act);
    for (; NN__WIDE && b + 16 <= nb; b += 16) nn__combine_block(out, pre, src, w, n, T, init, steps, rows, b, 16, 4, act);
    if (NN__WIDE && b + 8 <= nb) nn__combine_block(out, pre, src, w, n, T, init, steps, rows, b, 8, 4, act), b += 8;
    if (b + 4 <= nb) nn__combine_block(out, pre, src, w, n, T, init, steps, rows, b, 4, 4, act), b += 4;
    for (; b < nb; b++) nn__combine_block(out, pre, src, w, n, T, init, steps, rows, b, 1, 4, act);
}

void nn_linear_forward(float *restrict out, const float *restrict in, const float *restrict w,
                       const float *restrict bias, int nin, int nout, int nb)
{
    nn__combine(out, NULL, in, w, nin, 0, bias, nin, nout, nb, NN_ACT_LINEAR);
}

void nn_dense_forward(float *restrict out, float *restrict pre, const float *restrict in,
                      const float *restrict w, const float *restrict bias, int nin, int nout,
                      int nb, nn_activation act)
{
#ifdef __wasm__
    /* The scalar wasm build (no SIMD, so little to gain from fusing) keeps one
     * copy of the product: an instance per activation would double its size. */
    float *sums = pre ? pre : out;
    nn_linear_forward(sums, in, w, bias, nin, nout, nb);
    nn_activation_forward(out, sums, nout, nb, act);
#else
    /* One instance per activation, each with its activation inlined. */
    switch (act) {
    case NN_ACT_SIGMOID:
        nn__combine(out, pre, in, w, nin, 0, bias, nin, nout, nb, NN_ACT_SIGMOID);
        break;
    case NN_ACT_TANH: nn__combine(out, pre, in, w, nin, 0, bias, nin, nout, nb, NN_ACT_TANH); break;
    case NN_ACT_RELU: nn__combine(out, pre, in, w, nin, 0, bias, nin, nout, nb, NN_ACT_RELU); break;
    case NN_ACT_LEAKY_RELU:
        nn__combine(out, pre, in, w, nin, 0, bias, nin, nout, nb, NN_ACT_LEAKY_RELU);
        break;
    default: nn__combine(out, pre, in, w, nin, 0, bias, nin, nout, nb, NN_ACT_LINEAR);
    }
#endif
}

/* A tile of dW += dout · inᵀ as a sum of outer products, one per column b of
 * the batch: R rows of "broadcast" values u (R, NN_CHUNK) times a block xt
 * (nb, W) transposed from the other operand, so the tile stays in registers
 * while the columns stream past and there are no horizontal sums. T says
 * which way the tile lies in dw (n = nin): T = 0, a[r][c] = dw[r·n + c] (rows
 * are outputs, the vector runs along inputs); T = 1, a[r][c] = dw[c·n + r]
 * (rows are inputs, the vector runs along outputs). */
static NN__ALWAYS_INLINE void nn__dw_tile(float *restrict dw, const float *restrict u,
                                          const float *restrict xt, int n, int nb, const int W,
                                          const int R, const int T)
{
    float a[4][16];
    for (int r = 0; r < R; r++)
#pragma omp simd
        for (int c = 0; c < W; c++) a[r][c] = dw[T ? c * n + r : r * n + c];
    for (int b = 0; b < nb; b++) {
        const float *x = xt + b * W;
        for (int r = 0; r < R; r++) {
            float ub = u[r * NN_CHUNK + b];
#pragma omp simd
            for (int c = 0; c < W; c++) a[r][c] = NN__FMA(ub, x[c], a[r][c]);
        }
    }
    for (int r = 0; r < R; r++)
#pragma omp simd
        for (int c = 0; c < W; c++) dw[T ? c * n + r : r * n + c] = a[r][c];
}

/* xt (nb, W) = rows 0..W-1 of src (W, NN_CHUNK), first nb columns, transposed
 * in tiles of 16 (then 4) columns: with every bound a constant the compiler
 * turns each tile into vector loads and permutes. */
static NN__ALWAYS_INLINE void nn__transpose_block(float *restrict xt, const float *restrict src,
                                                  int nb, const int W)
{
    int bt = 0;
    for (; NN__WIDE && bt + 16 <= nb; bt += 16)
        for (int b = 0; b < 16; b++)
            for (int c = 0; c < W; c++) xt[(bt + b) * W + c] = src[c * NN_CHUNK + bt + b];
    for (; bt + 4 <= nb; bt += 4)
        for (int b = 0; b < 4; b++)
            for (int c = 0; c < W; c++) xt[(bt + b) * W + c] = src[c * NN_CHUNK + bt + b];
    for (; bt < nb; bt++)
        for (int c = 0; c < W; c++) xt[bt * W + c] = src[c * NN_CHUNK + bt];
}

/* The dW (and, for T = 1, db) of W vector rows v0.. of vsrc against all nu
 * rows of usrc: T = 0, vsrc = in (v indexes inputs) and usrc = dout; T = 1,
 * vsrc = dout (v indexes outputs), usrc = in, and db[v] is the plain column
 * sum of the same transposed block. */
static NN__ALWAYS_INLINE void nn__dw_block(float *restrict dw, float *restrict db,
                                           const float *restrict vsrc,
                                           const float *restrict usrc, int nin, int nu,
                                           int nb, int v0, const int W, const int T)
{
    float xt[NN_CHUNK * 16];
    nn__transpose_block(xt, vsrc + v0 * NN_CHUNK, nb, W);
    if (T) {
        float s[16] = {0};
        for (int b = 0; b < nb; b++)
#pragma omp simd
            for (int c = 0; c < W; c++) s[c] += xt[b * W + c];
        for (int c = 0; c < W; c++) db[v0 + c] += s[c];
    }
    float *tile = T ? dw + v0 * nin : dw + v0;
    int step = T ? 1 : nin, r = 0; /* dw offset from one usrc row to the next */
    for (; r + 4 <= nu; r += 4)
        nn__dw_tile(tile + r * step, usrc + r * NN_CHUNK, xt, nin, nb, W, 4, T);
    switch (nu - r) {
    case 3: nn__dw_tile(tile + r * step, usrc + r * NN_CHUNK, xt, nin, nb, W, 3, T); break;
    case 2: nn__dw_tile(tile + r * step, usrc + r * NN_CHUNK, xt, nin, nb, W, 2, T); break;
    case 1: nn__dw_tile(tile + r * step, usrc + r * NN_CHUNK, xt, nin, nb, W, 1, T); break;
    default: break;
    }
}

/* nn__dw_block over all nv vector rows of vsrc, in blocks of 16, 8, 4, then 1. */
static NN__ALWAYS_INLINE void nn__dw_blocks(float *restrict dw, float *restrict db,
                                            const float *restrict vsrc,
                                            const float *restrict usrc, int nin, int nu,
                                            int nv, int nb, const int T)
{
    int v = 0;
    for (; NN__WIDE && v + 16 <= nv; v += 16) nn__dw_block(dw, db, vsrc, usrc, nin, nu, nb, v, 16, T);
    if (NN__WIDE && v + 8 <= nv) nn__dw_block(dw, db, vsrc, usrc, nin, nu, nb, v, 8, T), v += 8;
    if (v + 4 <= nv) nn__dw_block(dw, db, vsrc, usrc, nin, nu, nb, v, 4, T), v += 4;
    for (; v < nv; v++) nn__dw_block(dw, db, vsrc, usrc, nin, nu, nb, v, 1, T);
}

void nn_linear_backward(float *restrict din, float *restrict dw, float *restrict db,
                        const float *restrict dout, const float *restrict in,
                        const float *restrict w, int nin, int nout, int nb)
{
    if (NN__WIDE && nout >= 4 && nout >= nin) {
        /* Vectors along the outputs (T = 1): db falls out of the same pass,
         * and a narrow input (the 2 features of the first layer) costs no
         * horizontal sums. */
        nn__dw_blocks(dw, db, dout, in, nin, nin, nout, nb, 1);
    } else {
        for (int o = 0; o < nout; o++) {
            const float *g = dout + o * NN_CHUNK;
            float gs = 0.0f;
#pragma omp simd reduction(+ : gs)
            for (int b = 0; b < nb; b++) gs += g[b];
            db[o] += gs;
        }
        if (nin < 4) {
            /* Too narrow to vectorize along i: one dot product over columns per
             * weight. The pragma (-fopenmp-simd, no runtime) allows reordering
             * these sums only, so they vectorize. */
            for (int o = 0; o < nout; o++) {
                const float *g = dout + o * NN_CHUNK;
                for (int i = 0; i < nin; i++) {
                    const float *x = in + i * NN_CHUNK;
                    float s = 0.0f;
#pragma omp simd reduction(+ : s)
                    for (int b = 0; b < nb; b++) s += g[b] * x[b];
                    dw[o * nin + i] += s;
                }
            }
        } else {
            /* Vectors along the inputs (T = 0). */
            nn__dw_blocks(dw, NULL, in, dout, nin, nout, nin, nb, 0);
        }
    }
    /* dX = Wᵀ·dout: the forward combination with w read down its columns. */
    if (din) nn__combine(din, NULL, dout, w, nin, 1, NULL, nout, nin, nb, NN_ACT_LINEAR);
}

void nn_activation_forward(float *out, const float *pre, int units, int nb, nn_activation act)
{
    for (int u = 0; u < units; u++) {
        const float *x = pre + u * NN_CHUNK;
        float *y = out + u * NN_CHUNK;
        int b = 0;
        for (; NN__WIDE && b + 16 <= nb; b += 16) nn__act_forward_block(y + b, x + b, 16, act);
        if (NN__WIDE && b + 8 <= nb) nn__act_forward_block(y + b, x + b, 8, act), b += 8;
        if (b + 4 <= nb) nn__act_forward_block(y + b, x + b, 4, act), b += 4;
        for (; b < nb; b++) nn__act_forward_block(y + b, x + b, 1, act);
    }
}

static NN__ALWAYS_INLINE void nn__act_backward_block(float *d, const float *g, const float *x,
                                                     const float *y, const int W,
                                                     nn_activation act)
{
    switch (act) {
    case NN_ACT_SIGMOID:
#pragma omp simd
        for (int c = 0; c < W; c++) d[c] = g[c] * y[c] * (1.0f - y[c]);
        break;
    case NN_ACT_TANH:
#pragma omp simd
        for (int c = 0; c < W; c++) d[c] = g[c] * (1.0f - y[c] * y[c]);
        break;
    case NN_ACT_RELU:
#pragma omp simd
        for (int c = 0; c < W; c++) d[c] = x[c] > 0.0f ? g[c] : 0.0f;
        break;
    case NN_ACT_LEAKY_RELU:
#pragma omp simd
        for (int c = 0; c < W; c++) d[c] = x[c] > 0.0f ? g[c] : NN_LEAKY_SLOPE * g[c];
        break;
    default:
#pragma omp simd
        for (int c = 0; c < W; c++) d[c] = g[c];
    }
}

void nn_activation_backward(float *dpre, const float *dout, const float *pre, const float *out,
                            int units, int nb, nn_activation act)
{
    for (int u = 0; u < units; u++) {
        const float *g = dout + u * NN_CHUNK, *x = pre + u * NN_CHUNK, *y = out + u * NN_CHUNK;
        float *d = dpre + u * NN_CHUNK;
        int b = 0;
        for (; NN__WIDE && b + 16 <= nb; b += 16) nn__act_backward_block(d + b, g + b, x + b, y + b, 16, act);
        if (NN__WIDE && b + 8 <= nb) nn__act_backward_block(d + b, g + b, x + b, y + b, 8, act), b += 8;
        if (b + 4 <= nb) nn__act_backward_block(d + b, g + b, x + b, y + b, 4, act), b += 4;
        for (; b < nb; b++) nn__act_backward_block(d + b, g + b, x + b, y + b, 1, act);
    }
}

void nn_gather_columns(float *restrict dst, const float *restrict x,
                       const int *restrict order, int d, int nb)
{
    int nbp = (nb + 3) & ~3;
    for (int i = 0; i < d; i++) {
        float *row = dst + i * NN_CHUNK;
        for (int b = 0; b < nb; b++) row[b] = x[(size_t)order[b] * d + i];
        for (int b = nb; b < nbp; b++) row[b] = 0.0f;
    }
}

#endif /* !__wasm_simd128__ */

/* ---- output layer and loss (shared by both builds) --------------------- */

/* In the wasm builds the output layer is compiled for size: its loops run
 * over one row of the batch per update (a dozen logs at the page's batch of
 * 10, a few percent of an update), and vectorized and unrolled they were
 * 1.4 KB (SIMD) to 2.5 KB (scalar) of a .wasm that has to stay within 64 KB. */
#ifdef __wasm__
#define NN__OUTPUT_SIZE __attribute__((minsize))
/* Their `omp simd` loops stay scalar then, on purpose. */
#pragma clang diagnostic ignored "-Wpass-failed"
#else
#define NN__OUTPUT_SIZE
#endif

static inline float nn__clamp_prob(float p)
{
    return p < 1e-7f ? 1e-7f : (p > 1.0f - 1e-7f ? 1.0f - 1e-7f : p);
}

/* The labels of a chunk, -1 in the padding columns nvalid..nb, so that the
 * per-column loops below run over every column in whole vectors. A loop over
 * the nvalid columns alone leaves a scalar remainder: at the page's batch of
 * 10, two scalar logs per batch, more than the eight vector ones. */
static inline void nn__pad_labels(int *yp, const int *y, int nvalid, int nb)
{
    for (int b = 0; b < nvalid; b++) yp[b] = y[b];
    for (int b = nvalid; b < nb; b++) yp[b] = -1;
}

/* Per column b < nb rounded up to a multiple of 4 (the callers' padded
 * widths already are), in blocks of four: a constant trip count, so each
 * block is one vector and there is no scalar remainder. */
#define NN__COLUMNS4(b, nb) for (int b##4 = 0; b##4 < (nb); b##4 += 4) \
    _Pragma("omp simd") for (int b = b##4; b < b##4 + 4; b++)

NN__OUTPUT_SIZE float nn_output_forward(float *probs, const float *logits, const int *y, int nout, int nvalid,
                        int nb, nn_loss loss, int *correct)
{
    float total = 0.0f;
    int right = 0;
    if (nout == 1) {
        nn_activation_forward(probs, logits, 1, nb, NN_ACT_SIGMOID); /* the SIMD kernel in wasm */
        if (y) {
            /* Per-column losses in one branch-free (vectorizable) loop over
             * every column, padding included (its probabilities are finite),
             * then the valid ones summed in column order. */
            float l[NN_CHUNK];
            int yp[NN_CHUNK];
            nn__pad_labels(yp, y, nvalid, (nb + 3) & ~3);
            if (loss == NN_LOSS_CROSS_ENTROPY)
                NN__COLUMNS4(b, nb) l[b] = -nn__log(nn__clamp_prob(yp[b] > 0 ? probs[b] : 1.0f - probs[b]));
            else
                NN__COLUMNS4(b, nb) {
                    float d = probs[b] - (float)(yp[b] > 0);
                    l[b] = 0.5f * d * d;
                }
            for (int b = 0; b < nvalid; b++) {
                total += l[b];
                right += (probs[b] >= 0.5f) == (y[b] != 0);
            }
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
                    total -= nn__log(nn__clamp_prob(probs[y[b] * NN_CHUNK + b]));
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

NN__OUTPUT_SIZE void nn_output_backward(float *dlogits, const float *probs, const int *y, int nout, int nvalid,
                        int nb, nn_loss loss, float scale)
{
    int yp[NN_CHUNK];
    nn__pad_labels(yp, y, nvalid, (nb + 3) & ~3);
    for (int o = 0; o < nout; o++) {
        float *d = dlogits + o * NN_CHUNK;
        const float *p = probs + o * NN_CHUNK;
        /* t: the one-hot target (for one output, the label itself); 0 in the
         * padding columns (yp < 0). */
        NN__COLUMNS4(b, nb) {
            float t = (float)(nout == 1 ? yp[b] > 0 : yp[b] == o);
            d[b] = yp[b] < 0 ? 0.0f : scale * (p[b] - t);
        }
    }
    if (loss != NN_LOSS_SQUARED) return; /* cross-entropy: dz = p - t, done */
    if (nout == 1) {
        /* ½(p - y)² through σ: (p - y)·σ'(z), σ' = p(1 - p); padding stays 0. */
        NN__COLUMNS4(b, nb) dlogits[b] *= probs[b] * (1.0f - probs[b]);
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

float nn_regression_output_forward(float *out, const float *pre, const float *t, int nvalid,
                                   int nb)
{
    if (out != pre) memcpy(out, pre, (size_t)nb * sizeof *out);
    float total = 0.0f;
    if (t)
        for (int b = 0; b < nvalid; b++) {
            float e = out[b] - t[b];
            total += e * e;
        }
    return total;
}

void nn_regression_output_backward(float *dpre, const float *out, const float *t, int nvalid,
                                   int nb, float scale)
{
    /* d/dz (z - t)² = 2 (z - t): the identity output passes it straight through. */
    for (int b = 0; b < nvalid; b++) dpre[b] = scale * 2.0f * (out[b] - t[b]);
    for (int b = nvalid; b < nb; b++) dpre[b] = 0.0f;
}

/* nn_kernels_simd.c — the fast kernels with explicit wasm SIMD (f32x4), used
 * when the core is compiled with -msimd128. Same contracts as the portable
 * versions in nn_kernels.c, and the same column-block register tiling for the
 * forward and din products and the same exp2-based tanh/σ (arranged for
 * latency, see nn__tanh4); dW differs: four dot products at a time combined
 * by one transpose-add (nn__hsum4) instead of a transposed copy of the
 * inputs, since wasm has cheap shuffles but no permute-heavy transposes.
 * Tests compare both with the *_ref twins. Columns come in multiples of 4
 * (nn_kernels.h), so there is no tail. */
#ifdef __wasm_simd128__

#include <stddef.h>
#include <wasm_simd128.h>

#include "nn_kernels.h"

#define LOAD(p) wasm_v128_load(p)
#define STORE(p, v) wasm_v128_store(p, v)
#define SPLAT(x) wasm_f32x4_splat(x)
/* acc + a·b. With relaxed SIMD (-mrelaxed-simd, the downhill-relaxed build)
 * one f32x4.relaxed_madd: fused (one rounding) on engines whose CPU has FMA,
 * as x64 with FMA3 and arm64 do, else the two-rounding multiply and add.
 * Which one an engine picks is its choice, so results may differ between
 * engines in the last bit of each product; the kernel tests' tolerances
 * cover both (tests/node/wasm-helpers.js). */
#ifdef __wasm_relaxed_simd__
#define MADD(acc, a, b) wasm_f32x4_relaxed_madd(a, b, acc)
#define NMADD(acc, a, b) wasm_f32x4_relaxed_nmadd(a, b, acc) /* acc - a·b */
#else
#define MADD(acc, a, b) wasm_f32x4_add(acc, wasm_f32x4_mul(a, b))
#define NMADD(acc, a, b) wasm_f32x4_sub(acc, wasm_f32x4_mul(a, b))
#endif

/* The constants of the tanh and σ kernels, as vectors loaded once per kernel
 * call. V8 rebuilds a v128.const at every use (several instructions), so they
 * are read through a volatile pointer the compiler cannot fold back into
 * constants; stored already splatted, so each is one v128.load (at the
 * page's batch of 10 a call computes only three vectors per unit, so the
 * eleven splats were a measurable part of it). */
typedef struct nn__tanh_consts {
    v128_t c5, c4, c3, c2, c1, c0, k_tanh, k_sigmoid, hi, lo, magic;
} nn__tanh_consts;

#define NN__X4(x) {x, x, x, x}
static inline nn__tanh_consts nn__tanh_consts_load(void)
{
    /* c5..c0: 2·2^f, the degree-5 Remez fit of nn__exp2_nonpositive
     * (nn_kernels.c) doubled, which is exact. */
    static const float v[11][4] __attribute__((aligned(16))) = {
        NN__X4(2.0f * 1.1125507682416145e-3f), NN__X4(2.0f * 9.666282524680898e-3f),
        NN__X4(2.0f * 5.5574004733209545e-2f), NN__X4(2.0f * 2.4022350650686283e-1f),
        NN__X4(2.0f * 6.931428306083515e-1f),  NN__X4(2.0f),
        NN__X4(-2.88539008f) /* -2 log2 e */,  NN__X4(-1.44269504f) /* -log2 e */,
        NN__X4(127.0f),                        NN__X4(-126.0f),
        NN__X4(12583040.0f) /* 1.5 · 2^23 + 128 */};
    const float(*volatile src)[4] = v;
    const float(*f)[4] = src;
    nn__tanh_consts c;
    c.c5 = LOAD(f[0]);
    c.c4 = LOAD(f[1]);
    c.c3 = LOAD(f[2]);
    c.c2 = LOAD(f[3]);
    c.c1 = LOAD(f[4]);
    c.c0 = LOAD(f[5]);
    c.k_tanh = LOAD(f[6]);
    c.k_sigmoid = LOAD(f[7]);
    c.hi = LOAD(f[8]);
    c.lo = LOAD(f[9]);
    c.magic = LOAD(f[10]);
    return c;
}
#undef NN__X4

/* 2^y = P / S with S = 2^{1-n}, P = 2·2^f, n = round(y), |f| = |y - n| <= 1/2:
 * the two parts of the exponential as nn__tanh4 and nn__sigmoid4 use them, so
 * that no multiply by the scale 2^n sits on their dependency chain. These
 * loops are bound by that chain's latency more than by throughput (V8 emits
 * each vector's ~20 ops whole, one vector after the next), so it is kept
 * short: f comes from f32x4.nearest while S is formed beside it,
 * t = 1.5·2^23 + 128 - y holding 128 - n in its low 9 bits (those of
 * 1.5·2^23 are zero), so t << 23 is S; the offset 128 is even, so t rounds
 * half-integers as nearest does (to even). y is clamped to [-126, 127] for S
 * only, off the chain, keeping S a normal float; beyond it f and n disagree,
 * but S and P then differ by 2^120 or more, which saturates both callers. P
 * is the degree-5 Remez fit of nn__exp2_nonpositive (nn_kernels.c), doubled,
 * by Estrin's scheme (depth 4 instead of Horner's 10). NaN stays NaN
 * (pmin/pmax keep a NaN y, and f carries it); ±inf give NaN, as in nn__tanh.
 * (An integer clamp, i32x4.max_s, would be one op, but clang 14 emits a
 * compare and a bitselect, four x64 instructions.) */
static inline void nn__exp2_parts(v128_t y, const nn__tanh_consts *c, v128_t *s, v128_t *p)
{
    v128_t t = wasm_f32x4_sub(c->magic, wasm_f32x4_pmax(wasm_f32x4_pmin(y, c->hi), c->lo));
    v128_t f = wasm_f32x4_sub(y, wasm_f32x4_nearest(y));
    v128_t f2 = wasm_f32x4_mul(f, f);
    v128_t q0 = MADD(c->c0, c->c1, f), q1 = MADD(c->c2, c->c3, f), q2 = MADD(c->c4, c->c5, f);
    *p = MADD(q0, f2, MADD(q1, f2, q2));
    *s = wasm_i32x4_shl(t, 23);
}

/* tanh x = (1 - e) / (1 + e), e = e^{-2x} = P / S, so (S - P) / (S + P): as
 * nn__tanh in nn_kernels.c, but on x itself, not |x| and the sign bit (three
 * fewer ops on the chain; tanh(-0) = +0). S - P is exact near x = 0
 * (Sterbenz), and P's error reaches tanh halved at most. Large |x| give
 * exactly ±1. Measured against double tanh on every 37th float of
 * [-100, 100]: worst error 2.8e-7. */
static inline v128_t nn__tanh4(v128_t x, const nn__tanh_consts *c)
{
    v128_t s, p;
    nn__exp2_parts(wasm_f32x4_mul(x, c->k_tanh), c, &s, &p);
    return wasm_f32x4_div(wasm_f32x4_sub(s, p), wasm_f32x4_add(s, p));
}

/* σ(x) = 1 / (1 + e^{-x}) = S / (S + P) with e^{-x} = P / S; P's error
 * reaches σ quartered at most. (nn__sigmoid goes through tanh(x/2), three ops
 * more.) Worst error measured as for tanh: 1.8e-7; large negative x give
 * ~2^-126 / P instead of 0 (error < 1e-38). */
static inline v128_t nn__sigmoid4(v128_t x, const nn__tanh_consts *c)
{
    v128_t s, p;
    nn__exp2_parts(wasm_f32x4_mul(x, c->k_sigmoid), c, &s, &p);
    return wasm_f32x4_div(s, wasm_f32x4_add(s, p));
}

#define NN__ALWAYS_INLINE inline __attribute__((always_inline))

int nn_kernels_simd_level(void)
{
#ifdef __wasm_relaxed_simd__
    return 2;
#else
    return 1;
#endif
}

/* Rows row0..row0+R-1 (R = 2 or 1) of out on a block of NV vectors (NV = 4..1:
 * 16..4 columns), both constants after inlining so the accumulators live in
 * registers:
 *   out[row] = init[row] + Σ_k w[row·rs + k·ks] · src[k]      (init NULL: 0)
 * The forward pass is this with rs = nin, ks = 1, init = bias; the input
 * gradient Wᵀ·dout with rs = 1, ks = nin. Two rows per pass share every load of
 * the source block. */
static NN__ALWAYS_INLINE void nn__combine_rows(float *out, const float *src, const float *w,
                                               int rs, int ks, const float *init, int steps,
                                               int row0, int b0, const int NV, const int R)
{
    v128_t a[2][4];
    for (int r = 0; r < R; r++) {
        v128_t start = SPLAT(init ? init[row0 + r] : 0.0f);
        for (int k = 0; k < NV; k++) a[r][k] = start;
    }
    const float *wr[2];
    for (int r = 0; r < R; r++) wr[r] = w + (row0 + r) * rs;
    for (int j = 0; j < steps; j++) {
        const float *x = src + j * NN_CHUNK + b0;
        v128_t u[2];
        /* Stepped pointers: ks is not a constant here (forward and dX share
         * this code), and LLVM left the multiply j·ks in the loop. */
        for (int r = 0; r < R; r++) {
            u[r] = SPLAT(*wr[r]);
            wr[r] += ks;
        }
        for (int k = 0; k < NV; k++) {
            v128_t xv = LOAD(x + 4 * k);
            for (int r = 0; r < R; r++) a[r][k] = MADD(a[r][k], u[r], xv);
        }
    }
    for (int r = 0; r < R; r++)
        for (int k = 0; k < NV; k++) STORE(out + (row0 + r) * NN_CHUNK + b0 + 4 * k, a[r][k]);
}

static NN__ALWAYS_INLINE void nn__combine_block(float *out, const float *src, const float *w,
                                                int rs, int ks, const float *init, int steps,
                                                int rows, int b0, const int NV)
{
    int row = 0;
    for (; row + 2 <= rows; row += 2)
        nn__combine_rows(out, src, w, rs, ks, init, steps, row, b0, NV, 2);
    if (row < rows) nn__combine_rows(out, src, w, rs, ks, init, steps, row, b0, NV, 1);
}

/* out (rows, NN_CHUNK), first nb columns; see nn__combine_rows. */
static NN__ALWAYS_INLINE void nn__combine(float *out, const float *src, const float *w,
                                          int rs, int ks, const float *init, int steps,
                                          int rows, int nb)
{
    int b = 0;
    for (; b + 16 <= nb; b += 16) nn__combine_block(out, src, w, rs, ks, init, steps, rows, b, 4);
    /* The rest in one pass over the weights. Columns come in multiples of 4
     * (nn_kernels.h); a ragged nb is read and written up to the next multiple
     * of 4, as the padding allows. */
    switch ((nb - b + 3) >> 2) {
    case 4: nn__combine_block(out, src, w, rs, ks, init, steps, rows, b, 4); break;
    case 3: nn__combine_block(out, src, w, rs, ks, init, steps, rows, b, 3); break;
    case 2: nn__combine_block(out, src, w, rs, ks, init, steps, rows, b, 2); break;
    case 1: nn__combine_block(out, src, w, rs, ks, init, steps, rows, b, 1); break;
    default: break;
    }
}

/* One out-of-line copy of the product for the forward pass and dX: inlined
 * into both it cost ~3 KB of the .wasm for no measurable speed. */
static __attribute__((noinline)) void nn__combine_call(float *out, const float *src,
                                                       const float *w, int rs, int ks,
                                                       const float *init, int steps, int rows,
                                                       int nb)
{
    nn__combine(out, src, w, rs, ks, init, steps, rows, nb);
}

void nn_linear_forward(float *out, const float *in, const float *w, const float *bias,
                       int nin, int nout, int nb)
{
    nn__combine_call(out, in, w, nin, 1, bias, nin, nout, nb);
}

void nn_dense_forward(float *out, float *pre, const float *in, const float *w, const float *bias,
                      int nin, int nout, int nb, nn_activation act)
{
    /* Two passes over the block, the second while it is still in L1. An
     * instance of the product with an activation inlined costs 6-10 KB of the
     * .wasm (tanh alone: +12 KB linked) for a few percent of the grid time:
     * the .wasm size budget (64 KB) wins. */
    float *sums = pre ? pre : out;
    nn_linear_forward(sums, in, w, bias, nin, nout, nb);
    nn_activation_forward(out, sums, nout, nb, act);
}

static inline float nn__hsum(v128_t v)
{
    return (wasm_f32x4_extract_lane(v, 0) + wasm_f32x4_extract_lane(v, 1)) +
           (wasm_f32x4_extract_lane(v, 2) + wasm_f32x4_extract_lane(v, 3));
}

/* (Σ s0, Σ s1, Σ s2, Σ s3): four horizontal sums with one transpose-add tree,
 * 6 shuffles and adds instead of 3 lane extracts and adds per sum. */
static inline v128_t nn__hsum4(v128_t s0, v128_t s1, v128_t s2, v128_t s3)
{
    v128_t a = wasm_f32x4_add(wasm_i32x4_shuffle(s0, s1, 0, 4, 1, 5),
                              wasm_i32x4_shuffle(s0, s1, 2, 6, 3, 7)); /* s0 s1 s0 s1 */
    v128_t b = wasm_f32x4_add(wasm_i32x4_shuffle(s2, s3, 0, 4, 1, 5),
                              wasm_i32x4_shuffle(s2, s3, 2, 6, 3, 7)); /* s2 s3 s2 s3 */
    return wasm_f32x4_add(wasm_i32x4_shuffle(a, b, 0, 1, 4, 5),
                          wasm_i32x4_shuffle(a, b, 2, 3, 6, 7));
}

/* dW for rows o..o+NO-1 (NO = 2 or 1), inputs i..i+3: NO·4 dot products over
 * the columns at once, each load of dout and in shared, one hsum4 per row. */
static NN__ALWAYS_INLINE void nn__dw_block4(float *dw, const float *dout, const float *in,
                                            int nin, int o, int i, int nb, const int NO)
{
    const float *x = in + i * NN_CHUNK;
    v128_t s[2][4];
    for (int r = 0; r < NO; r++)
        for (int j = 0; j < 4; j++) s[r][j] = SPLAT(0.0f);
    for (int b = 0; b < nb; b += 4) {
        v128_t x0 = LOAD(x + b), x1 = LOAD(x + NN_CHUNK + b), x2 = LOAD(x + 2 * NN_CHUNK + b),
               x3 = LOAD(x + 3 * NN_CHUNK + b);
        for (int r = 0; r < NO; r++) {
            v128_t g = LOAD(dout + (o + r) * NN_CHUNK + b);
            s[r][0] = MADD(s[r][0], g, x0);
            s[r][1] = MADD(s[r][1], g, x1);
            s[r][2] = MADD(s[r][2], g, x2);
            s[r][3] = MADD(s[r][3], g, x3);
        }
    }
    for (int r = 0; r < NO; r++) {
        float *d = dw + (o + r) * nin + i;
        STORE(d, wasm_f32x4_add(LOAD(d), nn__hsum4(s[r][0], s[r][1], s[r][2], s[r][3])));
    }
}

void nn_linear_backward(float *din, float *dw, float *db, const float *dout, const float *in,
                        const float *w, int nin, int nout, int nb)
{
    /* db: four rows' sums per hsum4. */
    int o = 0;
    for (; o + 4 <= nout; o += 4) {
        const float *g = dout + o * NN_CHUNK;
        v128_t s0 = SPLAT(0.0f), s1 = s0, s2 = s0, s3 = s0;
        for (int b = 0; b < nb; b += 4) {
            s0 = wasm_f32x4_add(s0, LOAD(g + b));
            s1 = wasm_f32x4_add(s1, LOAD(g + NN_CHUNK + b));
            s2 = wasm_f32x4_add(s2, LOAD(g + 2 * NN_CHUNK + b));
            s3 = wasm_f32x4_add(s3, LOAD(g + 3 * NN_CHUNK + b));
        }
        STORE(db + o, wasm_f32x4_add(LOAD(db + o), nn__hsum4(s0, s1, s2, s3)));
    }
    for (; o < nout; o++) {
        const float *g = dout + o * NN_CHUNK;
        v128_t gs = SPLAT(0.0f);
        for (int b = 0; b < nb; b += 4) gs = wasm_f32x4_add(gs, LOAD(g + b));
        db[o] += nn__hsum(gs);
    }
    /* dW. */
    int i4 = nin & ~3;
    for (o = 0; o + 2 <= nout; o += 2)
        for (int i = 0; i < i4; i += 4) nn__dw_block4(dw, dout, in, nin, o, i, nb, 2);
    for (; o < nout; o++)
        for (int i = 0; i < i4; i += 4) nn__dw_block4(dw, dout, in, nin, o, i, nb, 1);
    /* The inputs past the last multiple of 4 (the first layer's two of the
     * 2-input nets): four outputs' sums per hsum4, then one at a time. */
    for (int i = i4; i < nin; i++) {
        const float *x = in + i * NN_CHUNK;
        for (o = 0; o + 4 <= nout; o += 4) {
            const float *g = dout + o * NN_CHUNK;
            v128_t s0 = SPLAT(0.0f), s1 = s0, s2 = s0, s3 = s0;
            for (int b = 0; b < nb; b += 4) {
                v128_t xv = LOAD(x + b);
                s0 = MADD(s0, LOAD(g + b), xv);
                s1 = MADD(s1, LOAD(g + NN_CHUNK + b), xv);
                s2 = MADD(s2, LOAD(g + 2 * NN_CHUNK + b), xv);
                s3 = MADD(s3, LOAD(g + 3 * NN_CHUNK + b), xv);
            }
            v128_t h = nn__hsum4(s0, s1, s2, s3);
            dw[o * nin + i] += wasm_f32x4_extract_lane(h, 0);
            dw[(o + 1) * nin + i] += wasm_f32x4_extract_lane(h, 1);
            dw[(o + 2) * nin + i] += wasm_f32x4_extract_lane(h, 2);
            dw[(o + 3) * nin + i] += wasm_f32x4_extract_lane(h, 3);
        }
        for (; o < nout; o++) {
            const float *g = dout + o * NN_CHUNK;
            v128_t s = SPLAT(0.0f);
            for (int b = 0; b < nb; b += 4) s = MADD(s, LOAD(g + b), LOAD(x + b));
            dw[o * nin + i] += nn__hsum(s);
        }
    }
    /* dX = Wᵀ·dout: the forward combination with w read down its columns. */
    if (din) nn__combine_call(din, dout, w, 1, nin, NULL, nout, nin, nb);
}

/* Four examples at a time: four features of each (one load per example, the
 * rows need no alignment), a 4x4 transpose by shuffles, and one store per
 * feature, instead of sixteen scalar loads and stores. */
void nn_gather_columns(float *dst, const float *x, const int *order, int d, int nb)
{
    int d4 = d & ~3, nbp = (nb + 3) & ~3;
    for (int b = 0; b < nbp; b += 4) {
        const float *r[4];
        int full = b + 4 <= nb;
        for (int k = 0; k < 4; k++) r[k] = b + k < nb ? x + (size_t)order[b + k] * d : NULL;
        int i = 0;
        if (full)
            for (; i < d4; i += 4) {
                v128_t v0 = LOAD(r[0] + i), v1 = LOAD(r[1] + i), v2 = LOAD(r[2] + i),
                       v3 = LOAD(r[3] + i);
                v128_t t0 = wasm_i32x4_shuffle(v0, v1, 0, 4, 1, 5),
                       t1 = wasm_i32x4_shuffle(v0, v1, 2, 6, 3, 7),
                       t2 = wasm_i32x4_shuffle(v2, v3, 0, 4, 1, 5),
                       t3 = wasm_i32x4_shuffle(v2, v3, 2, 6, 3, 7);
                float *o = dst + i * NN_CHUNK + b;
                STORE(o, wasm_i32x4_shuffle(t0, t2, 0, 1, 4, 5));
                STORE(o + NN_CHUNK, wasm_i32x4_shuffle(t0, t2, 2, 3, 6, 7));
                STORE(o + 2 * NN_CHUNK, wasm_i32x4_shuffle(t1, t3, 0, 1, 4, 5));
                STORE(o + 3 * NN_CHUNK, wasm_i32x4_shuffle(t1, t3, 2, 3, 6, 7));
            }
        /* The features past the last multiple of 4 (all of a 2-input net's),
         * and a ragged last group, whose missing examples are the padding. */
        for (; i < d; i++)
            for (int k = 0; k < 4; k++) dst[i * NN_CHUNK + b + k] = r[k] ? r[k][i] : 0.0f;
    }
}

void nn_activation_forward(float *out, const float *pre, int units, int nb, nn_activation act)
{
    const v128_t zero = SPLAT(0.0f), slope = SPLAT(NN_LEAKY_SLOPE);
    const nn__tanh_consts k = nn__tanh_consts_load();
    /* The switch outside the loops, so each loop is straight-line SIMD. */
    int nbp = (nb + 3) & ~3;
    for (int u = 0; u < units; u++) {
        const float *x = pre + u * NN_CHUNK;
        float *y = out + u * NN_CHUNK;
        switch (act) {
        case NN_ACT_SIGMOID:
            for (int b = 0; b < nbp; b += 4) STORE(y + b, nn__sigmoid4(LOAD(x + b), &k));
            break;
        case NN_ACT_TANH:
            for (int b = 0; b < nbp; b += 4) STORE(y + b, nn__tanh4(LOAD(x + b), &k));
            break;
        /* pmax(a, b) = a < b ? b : a, one maxps: max(0, v) and, the slope
         * being < 1, max(v, slope·v), bit for bit the reference's results
         * (NaN -> 0 and -0 -> +0 for relu, NaN stays NaN for leaky relu).
         * The compare and bitselect they replace were four x64
         * instructions. Not unrolled: that only added bytes. */
        case NN_ACT_RELU:
#pragma clang loop unroll(disable)
            for (int b = 0; b < nbp; b += 4) STORE(y + b, wasm_f32x4_pmax(zero, LOAD(x + b)));
            break;
        case NN_ACT_LEAKY_RELU:
#pragma clang loop unroll(disable)
            for (int b = 0; b < nbp; b += 4) {
                v128_t v = LOAD(x + b);
                STORE(y + b, wasm_f32x4_pmax(v, wasm_f32x4_mul(v, slope)));
            }
            break;
        default:
            if (y != x)
                for (int b = 0; b < nbp; b += 4) STORE(y + b, LOAD(x + b));
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
        /* Not unrolled: -funroll-loops made the five loops LLVM unswitches
         * from this one ~820 B of the .wasm, for no speed measured. */
#pragma clang loop unroll(disable)
        for (int b = 0; b < nb; b += 4) {
            v128_t gv = LOAD(g + b), r;
            switch (act) {
            case NN_ACT_SIGMOID: {
                v128_t s = LOAD(y + b);
                r = wasm_f32x4_mul(gv, wasm_f32x4_mul(s, wasm_f32x4_sub(one, s)));
                break;
            }
            case NN_ACT_TANH: { /* 1 - t², one fused op with relaxed SIMD */
                v128_t t = LOAD(y + b);
                r = wasm_f32x4_mul(gv, NMADD(one, t, t));
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

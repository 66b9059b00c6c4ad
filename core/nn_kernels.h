/* nn_kernels.h — the numeric kernels: dense layers, activations, losses.
 *
 * Layout. Activations are stored feature-major in chunks of NN_CHUNK examples:
 * a tensor of `units` features is (units, NN_CHUNK), row u holds feature u of
 * every example in the chunk. Only the first nb columns are meaningful; every
 * kernel loops over columns innermost, so the hot loops vectorize over examples
 * whatever the layer widths (the nets here are 2..64 units wide, too narrow to
 * vectorize across units). nb may be rounded up to a multiple of 4 by the
 * caller; the padding columns must hold finite values and zero gradients.
 *
 * Weights are (out, in) row-major, biases (out).
 *
 * Every kernel is pure (outputs first, then inputs, then sizes) and never
 * allocates. Each has a plain-C reference twin `*_ref` (libm, no tricks) that
 * the tests compare with the fast version. The fast versions use wasm_simd128.h
 * when compiled with -msimd128 (__wasm_simd128__) and otherwise plain C written
 * so compilers vectorize it.
 */
#ifndef NN_KERNELS_H
#define NN_KERNELS_H

#define NN_CHUNK 64

typedef enum nn_activation {
    NN_ACT_SIGMOID,
    NN_ACT_TANH,
    NN_ACT_RELU,
    NN_ACT_LEAKY_RELU, /* slope NN_LEAKY_SLOPE below zero */
    NN_ACT_LINEAR,
    NN_ACT_COUNT
} nn_activation;

#define NN_LEAKY_SLOPE 0.01f

typedef enum nn_loss {
    NN_LOSS_CROSS_ENTROPY, /* binary CE after sigmoid, categorical CE after softmax */
    NN_LOSS_SQUARED,       /* 1/2 * sum over outputs of (p - target)^2 */
    NN_LOSS_COUNT
} nn_loss;

/* Names for CLI/URL/JS: "sigmoid", "tanh", "relu", "leaky-relu", "linear". */
const char *nn_activation_name(nn_activation act);
const char *nn_activation_label(nn_activation kind); /* "Leaky ReLU" */
int nn_activation_parse(const char *name); /* NN_ERR + message if unknown */
/* "cross-entropy", "squared" (also accepts "bce", "ce", "mse"). */
const char *nn_loss_name(nn_loss loss);
const char *nn_loss_label(nn_loss kind);
int nn_loss_parse(const char *name);

/* ---- scalar math the lesson uses -------------------------------------- */

/* σ(x) = 1 / (1 + e^-x). */
float nn_sigmoid(float x);

/* Sum over points of binary cross-entropy -[y ln p + (1-y) ln(1-p)];
 * y (n) are 0/1 labels, p (n) probabilities. p is clamped to [1e-7, 1-1e-7]. */
float nn_cross_entropy_binary(const float *y, const float *p, int n);

/* Fast e^x, tanh(x), σ(x): branch-free, vectorizable, |error| <= 1e-6 absolute
 * for tanh and σ (relative ~2e-7 for exp) over all finite floats. NaN gives
 * NaN; so do ±inf for tanh and σ (only a diverged net produces them). */
float nn_fast_exp(float x);
float nn_fast_tanh(float x);
float nn_fast_sigmoid(float x);

/* Which fast kernels this build carries: 0 the portable C ones, 1 wasm SIMD
 * (nn_kernels_simd.c), 2 wasm SIMD whose multiply-adds are relaxed SIMD's
 * f32x4.relaxed_madd (compiled with -mrelaxed-simd). */
int nn_kernels_simd_level(void);

/* ---- dense layer -------------------------------------------------------- */

/* dst (d, NN_CHUNK) = rows order[0..nb) of x (n, d) row-major, transposed into
 * the feature-major layout: dst[i·NN_CHUNK + b] = x[order[b]·d + i], the
 * padding columns nb..round4(nb)-1 zeroed. A copy, so every build gives the
 * same bits. (The training gather: with 784 inputs it moves as many floats per
 * batch as the first layer has weights, and done one float at a time it was a
 * third of an update.) */
void nn_gather_columns(float *dst, const float *x, const int *order, int d, int nb);


/* out (nout, NN_CHUNK) = w (nout, nin) · in (nin, NN_CHUNK) + bias (nout). */
void nn_linear_forward(float *out, const float *in, const float *w, const float *bias,
                       int nin, int nout, int nb);
void nn_linear_forward_ref(float *out, const float *in, const float *w, const float *bias,
                           int nin, int nout, int nb);

/* The dense layer and its activation in one pass: the activation runs on the
 * sums while they are still in registers, so nothing is stored and read back.
 *   pre (nout, NN_CHUNK) = w (nout, nin) · in (nin, NN_CHUNK) + bias (nout)
 *   out (nout, NN_CHUNK) = f(pre)
 * pre may be NULL (not stored: evaluation needs only out). The twin is
 * nn_linear_forward_ref followed by nn_activation_forward_ref. */
void nn_dense_forward(float *out, float *pre, const float *in, const float *w, const float *bias,
                      int nin, int nout, int nb, nn_activation act);
void nn_dense_forward_ref(float *out, float *pre, const float *in, const float *w,
                          const float *bias, int nin, int nout, int nb, nn_activation act);

/* dw (nout, nin) += dout · inᵀ;  db (nout) += Σ_columns dout;
 * din (nin, NN_CHUNK) = wᵀ · dout (overwritten; pass NULL to skip, e.g. for the
 * first layer). dout (nout, NN_CHUNK), in (nin, NN_CHUNK). */
void nn_linear_backward(float *din, float *dw, float *db, const float *dout, const float *in,
                        const float *w, int nin, int nout, int nb);
void nn_linear_backward_ref(float *din, float *dw, float *db, const float *dout, const float *in,
                            const float *w, int nin, int nout, int nb);

/* ---- activations (elementwise on (units, NN_CHUNK), first nb columns) ---- */

/* out = f(pre). out may equal pre. */
void nn_activation_forward(float *out, const float *pre, int units, int nb, nn_activation act);
void nn_activation_forward_ref(float *out, const float *pre, int units, int nb, nn_activation act);

/* dpre = dout * f'(pre), with f' written from out = f(pre) where that is cheaper:
 * σ' = σ(1-σ), tanh' = 1 - tanh². dpre may equal dout. */
void nn_activation_backward(float *dpre, const float *dout, const float *pre, const float *out,
                            int units, int nb, nn_activation act);
void nn_activation_backward_ref(float *dpre, const float *dout, const float *pre,
                                const float *out, int units, int nb, nn_activation act);

/* ---- output + loss ------------------------------------------------------ */

/* probs (nout, NN_CHUNK) from logits: σ when nout == 1, softmax over the nout rows
 * otherwise. y (nb) class ids; valid columns are 0..nvalid-1 (the rest padding).
 * Returns the summed loss over valid columns and adds the number of correct
 * predictions to *correct (NULL to skip). Padding columns get probability values
 * but no loss. */
float nn_output_forward(float *probs, const float *logits, const int *y, int nout, int nvalid,
                        int nb, nn_loss loss, int *correct);

/* dlogits (nout, NN_CHUNK) = scale * ∂(summed loss)/∂logits for valid columns,
 * 0 for padding columns. Cross-entropy: p - onehot(y). Squared:
 * σ: (p - y)·p(1-p); softmax: p_j[(p_j - t_j) - Σ_o (p_o - t_o) p_o]. */
void nn_output_backward(float *dlogits, const float *probs, const int *y, int nout, int nvalid,
                        int nb, nn_loss loss, float scale);

/* Regression's identity output and its squared error, one output row:
 * out (1, NN_CHUNK) = pre; returns Σ over valid columns of (out - t)², t (nvalid)
 * the targets (NULL: no loss). The error is not halved, so its mean is the mean
 * squared error in the target's units. out may equal pre. */
float nn_regression_output_forward(float *out, const float *pre, const float *t, int nvalid,
                                   int nb);
/* dpre (1, NN_CHUNK) = scale · 2 (out - t) for valid columns, 0 for padding. */
void nn_regression_output_backward(float *dpre, const float *out, const float *t, int nvalid,
                                   int nb, float scale);

#endif

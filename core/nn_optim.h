/* nn_optim.h — optimizers and learning-rate schedules.
 *
 * An optimizer updates a flat parameter arena from a gradient arena of the same
 * layout, keeping its state in two more arenas m and v (also the same layout):
 *
 *   SGD        p -= lr·g
 *   momentum   m = μ·m + g;                 p -= lr·m
 *   Nesterov   m = μ·m + g;                 p -= lr·(g + μ·m)   (Sutskever et al.
 *              2013, in the form PyTorch and Keras use)
 *   AdaGrad    v += g²;                     p -= lr·g / (√v + ε)
 *   RMSProp    v = ρ·v + (1-ρ)·g²;          p -= lr·g / (√v + ε)
 *   Adam       m = β1·m + (1-β1)·g;  v = β2·v + (1-β2)·g²;
 *              p -= lr·m̂ / (√v̂ + ε),  m̂ = m/(1-β1^t), v̂ = v/(1-β2^t)  (Kingma & Ba 2015)
 *
 * t counts updates from 1. Changing the optimizer mid-run keeps the weights and
 * zeroes m and v (their meaning differs between optimizers).
 */
#ifndef NN_OPTIM_H
#define NN_OPTIM_H

typedef enum nn_optimizer_kind {
    NN_OPT_SGD,
    NN_OPT_MOMENTUM,
    NN_OPT_NESTEROV,
    NN_OPT_ADAGRAD,
    NN_OPT_RMSPROP,
    NN_OPT_ADAM,
    NN_OPT_COUNT
} nn_optimizer_kind;

typedef struct nn_optimizer {
    nn_optimizer_kind kind;
    float momentum; /* μ for momentum and Nesterov, [0, 1), default 0.9 */
    float rho;      /* ρ for RMSProp, [0, 1), default 0.9 */
    float beta1;    /* Adam, [0, 1), default 0.9 */
    float beta2;    /* Adam, [0, 1), default 0.999 */
    float eps;      /* AdaGrad, RMSProp, Adam, > 0, default 1e-8 */
} nn_optimizer;

/* Names: "sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam". */
const char *nn_optimizer_name(nn_optimizer_kind kind);
const char *nn_optimizer_label(nn_optimizer_kind kind);
int nn_optimizer_parse(const char *name);

/* Defaults above for `kind`. */
nn_optimizer nn_optimizer_default(nn_optimizer_kind kind);

/* NN_OK, or NN_ERR naming the hyperparameter out of range (NaN included). Only
 * the fields `kind` uses are checked. */
int nn_optimizer_validate(const nn_optimizer *opt);

/* One update of n parameters. params (n), grads (n), m (n), v (n); t >= 1 is
 * this update's number. */
void nn_optimizer_step(const nn_optimizer *opt, float lr, float *params, const float *grads,
                       float *m, float *v, int n, int t);

/* ---- learning-rate schedules ------------------------------------------- */

typedef enum nn_schedule_kind {
    NN_SCHED_CONSTANT,    /* lr */
    NN_SCHED_STEP,        /* lr · gamma^floor(epoch / step) */
    NN_SCHED_EXPONENTIAL, /* lr · gamma^epoch */
    NN_SCHED_PLATEAU,     /* lr · gamma each time the monitored loss has not improved
                             by 1e-4 (relative) for `patience` epochs; never below min_lr */
    NN_SCHED_COUNT
} nn_schedule_kind;

typedef struct nn_schedule {
    nn_schedule_kind kind;
    int step;      /* epochs between decays (step), >= 1, default 100 */
    float gamma;   /* decay factor, (0, 1], default 0.5 for step/plateau, 0.99 exponential */
    int patience;  /* plateau: epochs without improvement, >= 1, default 10 */
    float min_lr;  /* plateau floor, >= 0, default 1e-6 */
} nn_schedule;

/* "constant", "step", "exponential", "plateau". */
const char *nn_schedule_name(nn_schedule_kind kind);
const char *nn_schedule_label(nn_schedule_kind kind);
int nn_schedule_parse(const char *name);
nn_schedule nn_schedule_default(nn_schedule_kind kind);
/* NN_OK, or NN_ERR naming the field out of range; only fields `kind` uses. */
int nn_schedule_validate(const nn_schedule *s);

/* State a schedule keeps between epochs (plateau only). */
typedef struct nn_schedule_state {
    float lr;        /* rate in force */
    float best;      /* best monitored loss so far */
    int wait;        /* epochs since best */
} nn_schedule_state;

/* Start a schedule at base rate lr: st->lr = lr, best = +inf, wait = 0. */
void nn_schedule_start(nn_schedule_state *st, float lr);

/* The rate for `epoch` (0-based) from base rate `lr`, also stored in st->lr.
 * Call once at the start of each epoch with the monitored loss of the epoch that
 * just finished (NaN for epoch 0 or when unknown); only plateau reads it.
 * Plateau: a finite loss below best - 1e-4·|best| becomes the new best (wait = 0),
 * otherwise wait++; when wait reaches patience, st->lr = max(min_lr, st->lr·gamma)
 * (never raised, should the base rate be below min_lr) and wait = 0. A non-finite
 * loss changes nothing. Plateau returns st->lr and ignores `lr` after start. */
float nn_schedule_rate(const nn_schedule *s, nn_schedule_state *st, float lr, int epoch,
                       float monitored_loss);

#endif

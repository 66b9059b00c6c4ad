/* nn_optim.c — optimizers and learning-rate schedules (formulas in nn_optim.h).
 *
 * nn_optimizer_step is the hot loop of training: one switch picks the rule, then
 * each rule is a straight loop over the flat arenas with no branch inside, so the
 * compiler can vectorize it. Nothing here allocates.
 */
#include <assert.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "nn_internal.h"
#include "nn_optim.h"

/* ---- names ------------------------------------------------------------- */

static const char *const nn__optimizer_names[NN_OPT_COUNT] = {
    "sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam",
};
/* What the page and the CLI show for each name. */
static const char *const nn__optimizer_labels[NN_OPT_COUNT] = {
    "SGD", "Momentum", "Nesterov", "AdaGrad", "RMSProp", "Adam",
};

static const char *const nn__schedule_names[NN_SCHED_COUNT] = {
    "constant", "step", "exponential", "plateau",
};
/* What the page and the CLI show for each name. */
static const char *const nn__schedule_labels[NN_SCHED_COUNT] = {
    "Constant", "Step decay", "Exponential decay", "Reduce on plateau",
};

const char *nn_optimizer_name(nn_optimizer_kind kind)
{
    return (kind >= 0 && kind < NN_OPT_COUNT) ? nn__optimizer_names[kind] : "unknown";
}

const char *nn_optimizer_label(nn_optimizer_kind kind)
{
    return (unsigned)kind < NN_OPT_COUNT ? nn__optimizer_labels[kind] : "?";
}

int nn_optimizer_parse(const char *name)
{
    return nn__parse_name(name, nn__optimizer_names, NN_OPT_COUNT, NULL, 0, "optimizer");
}

const char *nn_schedule_name(nn_schedule_kind kind)
{
    return (kind >= 0 && kind < NN_SCHED_COUNT) ? nn__schedule_names[kind] : "unknown";
}

const char *nn_schedule_label(nn_schedule_kind kind)
{
    return (unsigned)kind < NN_SCHED_COUNT ? nn__schedule_labels[kind] : "?";
}

int nn_schedule_parse(const char *name)
{
    return nn__parse_name(name, nn__schedule_names, NN_SCHED_COUNT, NULL, 0, "schedule");
}

/* ---- optimizers -------------------------------------------------------- */

nn_optimizer nn_optimizer_default(nn_optimizer_kind kind)
{
    nn_optimizer opt;
    opt.kind = kind;
    opt.momentum = 0.9f;
    opt.rho = 0.9f;
    opt.beta1 = 0.9f;
    opt.beta2 = 0.999f;
    opt.eps = 1e-8f;
    return opt;
}

/* x in [0, 1); written so that NaN fails. */
static int nn__unit_interval(float x) { return x >= 0.0f && x < 1.0f; }

static int nn__fail_unit(const char *field, float x)
{
    return nn__fail("%s must be in [0, 1), got %g", field, (double)x);
}

int nn_optimizer_validate(const nn_optimizer *opt)
{
    if (!opt) return nn__fail("optimizer is NULL");
    if (opt->kind < 0 || opt->kind >= NN_OPT_COUNT)
        return nn__fail("optimizer kind must be in [0, %d), got %d", NN_OPT_COUNT, (int)opt->kind);
    /* Only the fields the rule reads are checked: an Adam run does not fail on
     * a stale momentum value it never uses. */
    switch (opt->kind) {
    case NN_OPT_MOMENTUM:
    case NN_OPT_NESTEROV:
        if (!nn__unit_interval(opt->momentum)) return nn__fail_unit("momentum", opt->momentum);
        break;
    case NN_OPT_RMSPROP:
        if (!nn__unit_interval(opt->rho)) return nn__fail_unit("rho", opt->rho);
        break;
    case NN_OPT_ADAM:
        if (!nn__unit_interval(opt->beta1)) return nn__fail_unit("beta1", opt->beta1);
        if (!nn__unit_interval(opt->beta2)) return nn__fail_unit("beta2", opt->beta2);
        break;
    default:
        break;
    }
    if (opt->kind == NN_OPT_ADAGRAD || opt->kind == NN_OPT_RMSPROP || opt->kind == NN_OPT_ADAM) {
        if (!nn__positive_finite(opt->eps))
            return nn__fail("eps must be a finite number > 0, got %g", (double)opt->eps);
    }
    return NN_OK;
}

/* The definition adds `restrict` (the prototype's parameter types match once
 * qualifiers are dropped, C11 6.7.6.3p15): the four arenas never overlap, and
 * saying so lets the loops vectorize without runtime alias checks. */
/* base^n for whole n >= 0 by repeated squaring, in double: every exponent here
 * (update count, epoch) is whole, and libm's pow would add ~11 KB to the wasm. */
static double nn__powi(double base, int n)
{
    double result = 1.0;
    while (n > 0) {
        if (n & 1) result *= base;
        base *= base;
        n >>= 1;
    }
    return result;
}

void nn_optimizer_step(const nn_optimizer *opt, float lr, float *restrict params,
                       const float *restrict grads, float *restrict m, float *restrict v, int n,
                       int t)
{
    assert(opt && n >= 0 && t >= 1);
    switch (opt->kind) {
    case NN_OPT_SGD:
        for (int i = 0; i < n; i++) params[i] -= lr * grads[i];
        break;
    case NN_OPT_MOMENTUM: {
        const float mu = opt->momentum;
        for (int i = 0; i < n; i++) {
            m[i] = mu * m[i] + grads[i];
            params[i] -= lr * m[i];
        }
        break;
    }
    case NN_OPT_NESTEROV: {
        /* Look-ahead folded into the gradient (PyTorch/Keras form): the step
         * uses g + μ·m with m already updated. */
        const float mu = opt->momentum;
        for (int i = 0; i < n; i++) {
            m[i] = mu * m[i] + grads[i];
            params[i] -= lr * (grads[i] + mu * m[i]);
        }
        break;
    }
    case NN_OPT_ADAGRAD: {
        const float eps = opt->eps;
        for (int i = 0; i < n; i++) {
            v[i] += grads[i] * grads[i];
            params[i] -= lr * grads[i] / (sqrtf(v[i]) + eps);
        }
        break;
    }
    case NN_OPT_RMSPROP: {
        const float rho = opt->rho, eps = opt->eps;
        for (int i = 0; i < n; i++) {
            v[i] = rho * v[i] + (1.0f - rho) * grads[i] * grads[i];
            params[i] -= lr * grads[i] / (sqrtf(v[i]) + eps);
        }
        break;
    }
    case NN_OPT_ADAM: {
        const float b1 = opt->beta1, b2 = opt->beta2, eps = opt->eps;
        /* Bias corrections 1 - β^t, once per update, in double so that β2^t
         * stays accurate when t is large. */
        const float inv_c1 = (float)(1.0 / (1.0 - nn__powi((double)b1, t)));
        const float inv_c2 = (float)(1.0 / (1.0 - nn__powi((double)b2, t)));
        for (int i = 0; i < n; i++) {
            m[i] = b1 * m[i] + (1.0f - b1) * grads[i];
            v[i] = b2 * v[i] + (1.0f - b2) * grads[i] * grads[i];
            params[i] -= lr * (m[i] * inv_c1) / (sqrtf(v[i] * inv_c2) + eps);
        }
        break;
    }
    default:
        assert(!"nn_optimizer_step: invalid optimizer kind");
        break;
    }
}

/* ---- learning-rate schedules ------------------------------------------ */

nn_schedule nn_schedule_default(nn_schedule_kind kind)
{
    nn_schedule s;
    s.kind = kind;
    s.step = 100;
    s.gamma = kind == NN_SCHED_EXPONENTIAL ? 0.99f : 0.5f;
    s.patience = 10;
    s.min_lr = 1e-6f;
    return s;
}

int nn_schedule_validate(const nn_schedule *s)
{
    if (!s) return nn__fail("schedule is NULL");
    if (s->kind < 0 || s->kind >= NN_SCHED_COUNT)
        return nn__fail("schedule kind must be in [0, %d), got %d", NN_SCHED_COUNT, (int)s->kind);
    if (s->kind == NN_SCHED_CONSTANT) return NN_OK; /* reads no field */
    if (s->kind == NN_SCHED_STEP && s->step < 1)
        return nn__fail("schedule step must be an integer >= 1, got %d", s->step);
    if (!(s->gamma > 0.0f && s->gamma <= 1.0f))
        return nn__fail("schedule gamma must be in (0, 1], got %g", (double)s->gamma);
    if (s->kind == NN_SCHED_PLATEAU) {
        if (s->patience < 1)
            return nn__fail("schedule patience must be an integer >= 1, got %d", s->patience);
        if (!(isfinite(s->min_lr) && s->min_lr >= 0.0f))
            return nn__fail("schedule min_lr must be a finite number >= 0, got %g",
                            (double)s->min_lr);
    }
    return NN_OK;
}

void nn_schedule_start(nn_schedule_state *st, float lr)
{
    st->lr = lr;
    st->best = INFINITY;
    st->wait = 0;
}

float nn_schedule_rate(const nn_schedule *s, nn_schedule_state *st, float lr, int epoch,
                       float monitored_loss)
{
    if (epoch < 0) epoch = 0;
    float rate = lr;
    switch (s->kind) {
    case NN_SCHED_STEP:
        rate = (float)((double)lr * nn__powi((double)s->gamma, epoch / s->step));
        break;
    case NN_SCHED_EXPONENTIAL:
        rate = (float)((double)lr * nn__powi((double)s->gamma, epoch));
        break;
    case NN_SCHED_PLATEAU:
        /* Like PyTorch's ReduceLROnPlateau (mode "min", threshold 1e-4 "rel",
         * no cooldown), except that it reduces once `wait` reaches patience. A
         * non-finite loss (unknown, or the first epoch) changes nothing. */
        if (isfinite(monitored_loss)) {
            if (isinf(st->best) || monitored_loss < st->best - 1e-4f * fabsf(st->best)) {
                st->best = monitored_loss;
                st->wait = 0;
            } else {
                st->wait++;
            }
            if (st->wait >= s->patience) {
                float reduced = fmaxf(s->min_lr, st->lr * s->gamma);
                st->lr = fminf(st->lr, reduced); /* a base rate below min_lr stays put */
                st->wait = 0;
            }
        }
        return st->lr;
    default: /* constant */
        break;
    }
    st->lr = rate;
    return rate;
}

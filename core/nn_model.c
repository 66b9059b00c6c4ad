/* nn_model.c — configuration, arenas, forward and backward passes. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "nn_internal.h"
#include "nn_model.h"

static const char *const nn__model_names[NN_MODEL_KIND_COUNT] = {"perceptron", "logistic",
                                                                 "softmax", "mlp"};
/* What the page and the CLI show for each name. */
static const char *const nn__model_labels[NN_MODEL_KIND_COUNT] = {
    "Perceptron", "Logistic regression", "Softmax regression", "Neural network",
};
static const char *const nn__reg_names[NN_REG_COUNT] = {"none", "l1", "l2"};
/* What the page and the CLI show for each name. */
static const char *const nn__reg_labels[NN_REG_COUNT] = {
    "None", "L1", "L2",
};

const char *nn_model_kind_name(nn_model_kind kind)
{
    return (unsigned)kind < NN_MODEL_KIND_COUNT ? nn__model_names[kind] : "?";
}

const char *nn_model_kind_label(nn_model_kind kind)
{
    return (unsigned)kind < NN_MODEL_KIND_COUNT ? nn__model_labels[kind] : "?";
}

int nn_model_kind_parse(const char *name)
{
    return nn__parse_name(name, nn__model_names, NN_MODEL_KIND_COUNT, NULL, 0, "model");
}

const char *nn_reg_name(nn_reg_kind kind)
{
    return (unsigned)kind < NN_REG_COUNT ? nn__reg_names[kind] : "?";
}

const char *nn_reg_label(nn_reg_kind kind)
{
    return (unsigned)kind < NN_REG_COUNT ? nn__reg_labels[kind] : "?";
}

int nn_reg_parse(const char *name)
{
    return nn__parse_name(name, nn__reg_names, NN_REG_COUNT, NULL, 0, "regularization");
}

void nn_config_default(nn_config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    cfg->kind = NN_MODEL_MLP;
    cfg->inputs = 2;
    cfg->classes = 2;
    cfg->hidden_layers = 2;
    cfg->hidden[0] = 4;
    cfg->hidden[1] = 4;
    cfg->activation = NN_ACT_TANH;
    cfg->loss = NN_LOSS_CROSS_ENTROPY;
    cfg->optimizer = nn_optimizer_default(NN_OPT_SGD);
    cfg->lr = 0.03f;
    cfg->schedule = nn_schedule_default(NN_SCHED_CONSTANT);
    cfg->batch = 10;
    cfg->reg = NN_REG_NONE;
    cfg->reg_rate = 0.0f;
    cfg->dropout = 0.0f;
    cfg->patience = 0;
    cfg->seed = 1;
}

int nn_check_lr(float lr)
{
    if (!nn__positive_finite(lr) || lr > NN_MAX_LR)
        return nn__fail("learning rate must be a finite number > 0 and at most %g, got %g",
                        (double)NN_MAX_LR, (double)lr);
    return NN_OK;
}

int nn_check_reg_rate(float rate)
{
    if (!isfinite(rate) || rate < 0.0f || rate > NN_MAX_REG_RATE)
        return nn__fail("regularization rate must be between 0 and %g, got %g",
                        (double)NN_MAX_REG_RATE, (double)rate);
    return NN_OK;
}

int nn_check_dropout(float dropout)
{
    if (!isfinite(dropout) || dropout < 0.0f || dropout > NN_MAX_DROPOUT)
        return nn__fail("dropout must be between 0 and %g, got %g", (double)NN_MAX_DROPOUT,
                        (double)dropout);
    return NN_OK;
}

int nn_config_validate(const nn_config *cfg)
{
    if (!cfg) return nn__fail("no configuration given");
    if ((unsigned)cfg->kind >= NN_MODEL_KIND_COUNT)
        return nn__fail("model kind %d is not one of perceptron, logistic, softmax, mlp",
                        (int)cfg->kind);
    if (cfg->inputs < 1 || cfg->inputs > NN_MAX_FEATURES)
        return nn__fail("inputs must be between 1 and %d, got %d", NN_MAX_FEATURES, cfg->inputs);
    if (cfg->classes < 2 || cfg->classes > NN_MAX_CLASSES)
        return nn__fail("classes must be between 2 and %d, got %d", NN_MAX_CLASSES,
                        cfg->classes);
    if (cfg->regression && cfg->kind == NN_MODEL_PERCEPTRON)
        return nn__fail("the perceptron sorts points into 2 classes, but this data set has a "
                        "continuous target to predict; pick a neural network or logistic "
                        "(linear) regression");
    if (!cfg->regression &&
        (cfg->kind == NN_MODEL_PERCEPTRON || cfg->kind == NN_MODEL_LOGISTIC) &&
        cfg->classes != 2)
        return nn__fail("the %s model separates 2 classes but the data has %d; use softmax "
                        "or an mlp",
                        nn_model_kind_name(cfg->kind), cfg->classes);
    if (cfg->kind == NN_MODEL_MLP) {
        if (cfg->hidden_layers < 0 || cfg->hidden_layers > NN_MAX_HIDDEN_LAYERS)
            return nn__fail("hidden layers must be between 0 and %d, got %d",
                            NN_MAX_HIDDEN_LAYERS, cfg->hidden_layers);
        for (int l = 0; l < cfg->hidden_layers; l++)
            if (cfg->hidden[l] < 1 || cfg->hidden[l] > NN_MAX_UNITS)
                return nn__fail("hidden layer %d must have between 1 and %d units, got %d",
                                l + 1, NN_MAX_UNITS, cfg->hidden[l]);
    }
    if ((unsigned)cfg->activation >= NN_ACT_COUNT)
        return nn__fail("activation %d is not a known activation", (int)cfg->activation);
    if ((unsigned)cfg->loss >= NN_LOSS_COUNT)
        return nn__fail("loss %d is not cross-entropy or squared", (int)cfg->loss);
    if (nn_check_lr(cfg->lr) != NN_OK) return NN_ERR;
    if (cfg->batch < 1)
        return nn__fail("batch size must be at least 1, got %d", cfg->batch);
    if ((unsigned)cfg->reg >= NN_REG_COUNT)
        return nn__fail("regularization %d is not none, l1 or l2", (int)cfg->reg);
    if (nn_check_reg_rate(cfg->reg_rate) != NN_OK) return NN_ERR;
    if (nn_check_dropout(cfg->dropout) != NN_OK) return NN_ERR;
    if (cfg->patience < 0)
        return nn__fail("early-stopping patience must be 0 (off) or more, got %d",
                        cfg->patience);
    if (nn_optimizer_validate(&cfg->optimizer) != NN_OK) return NN_ERR;
    if (nn_schedule_validate(&cfg->schedule) != NN_OK) return NN_ERR;
    return NN_OK;
}

/* Hidden layers actually built: only the mlp has any. */
static int nn__hidden_layers(const nn_config *cfg)
{
    return cfg->kind == NN_MODEL_MLP ? cfg->hidden_layers : 0;
}

nn_model *nn_model_create(const nn_config *cfg)
{
    if (nn_config_validate(cfg) != NN_OK) return NULL;
    nn_model *m = calloc(1, sizeof *m);
    if (!m) {
        nn__fail("out of memory creating the model");
        return NULL;
    }
    m->cfg = *cfg;
    m->cfg.hidden_layers = nn__hidden_layers(cfg);
    int hl = m->cfg.hidden_layers;
    m->n_layers = hl + 1;
    m->n_outputs = (!cfg->regression && (cfg->kind == NN_MODEL_SOFTMAX || cfg->classes > 2))
                       ? cfg->classes
                       : 1;
    if (cfg->regression) m->cfg.loss = NN_LOSS_SQUARED;
    m->sizes[0] = cfg->inputs;
    for (int l = 0; l < hl; l++) m->sizes[l + 1] = cfg->hidden[l];
    m->sizes[hl + 1] = m->n_outputs;

    int widest = cfg->inputs;
    size_t n_params = 0, act_rows = (size_t)cfg->inputs, hidden_rows = 0;
    for (int l = 0; l < m->n_layers; l++) {
        n_params += (size_t)m->sizes[l] * (size_t)m->sizes[l + 1] + (size_t)m->sizes[l + 1];
        act_rows += 2u * (size_t)m->sizes[l + 1];
        if (l < hl) hidden_rows += (size_t)m->sizes[l + 1];
        if (m->sizes[l + 1] > widest) widest = m->sizes[l + 1];
    }
    m->n_params = (int)n_params;
    /* Activation arena: input, pre/out per layer, two backward ping-pong rows of the
     * widest layer, and dropout masks and dropped outputs per hidden unit. */
    size_t act_floats = (act_rows + 2u * (size_t)widest + 2u * hidden_rows) * NN_CHUNK;

    m->params = calloc(n_params, sizeof(float));
    m->grads = calloc(n_params, sizeof(float));
    m->opt_m = calloc(n_params, sizeof(float));
    m->opt_v = calloc(n_params, sizeof(float));
    m->acts = calloc(act_floats, sizeof(float));
    if (!m->params || !m->grads || !m->opt_m || !m->opt_v || !m->acts) {
        nn_model_destroy(m);
        nn__fail("out of memory creating the model");
        return NULL;
    }

    float *p = m->params, *g = m->grads, *a = m->acts;
    m->input = a;
    a += (size_t)cfg->inputs * NN_CHUNK;
    for (int l = 0; l < m->n_layers; l++) {
        int in = m->sizes[l], out = m->sizes[l + 1];
        m->layers[l] = (nn_layer){p, p + in * out, in, out};
        m->grad_layers[l] = (nn_layer){g, g + in * out, in, out};
        p += in * out + out;
        g += in * out + out;
        m->pre[l] = a;
        a += (size_t)out * NN_CHUNK;
        m->out[l] = a;
        a += (size_t)out * NN_CHUNK;
    }
    m->delta[0] = a;
    a += (size_t)widest * NN_CHUNK;
    m->delta[1] = a;
    a += (size_t)widest * NN_CHUNK;
    for (int l = 0; l < hl; l++) {
        m->mask[l] = a;
        a += (size_t)m->sizes[l + 1] * NN_CHUNK;
        m->dropped[l] = a;
        a += (size_t)m->sizes[l + 1] * NN_CHUNK;
    }
    nn_model_init(m, cfg->seed);
    return m;
}

void nn_model_destroy(nn_model *m)
{
    if (!m) return;
    free(m->params);
    free(m->grads);
    free(m->opt_m);
    free(m->opt_v);
    free(m->acts);
    free(m);
}

void nn_model_init(nn_model *m, uint64_t seed)
{
    nn_rng rng;
    nn_rng_seed(&rng, seed);
    memset(m->params, 0, (size_t)m->n_params * sizeof(float));
    /* The perceptron and the regressions start from the zero line, as taught. */
    if (m->n_layers > 1) {
        for (int l = 0; l < m->n_layers; l++) {
            nn_layer *L = &m->layers[l];
            int hidden = l < m->n_layers - 1;
            nn_activation act = m->cfg.activation;
            if (hidden && (act == NN_ACT_RELU || act == NN_ACT_LEAKY_RELU)) {
                /* He et al. 2015: N(0, 2 / fan_in) keeps ReLU activations' variance. */
                float sd = sqrtf(2.0f / (float)L->in);
                for (int i = 0; i < L->in * L->out; i++) L->w[i] = sd * nn_rng_normal(&rng);
            } else {
                /* Glorot & Bengio 2010: U(±√(6 / (fan_in + fan_out))). */
                float r = sqrtf(6.0f / (float)(L->in + L->out));
                for (int i = 0; i < L->in * L->out; i++)
                    L->w[i] = r * (2.0f * nn_rng_uniform(&rng) - 1.0f);
            }
        }
    }
    nn_rng_seed(&m->rng, seed ^ 0x9E3779B97F4A7C15ULL);
    nn_model_zero_grad(m);
    memset(m->opt_m, 0, (size_t)m->n_params * sizeof(float));
    memset(m->opt_v, 0, (size_t)m->n_params * sizeof(float));
    m->t = 0;
}

void nn_model_zero_grad(nn_model *m) { memset(m->grads, 0, (size_t)m->n_params * sizeof(float)); }

static inline int nn__round4(int nb) { return (nb + 3) & ~3; }

/* Evaluation of a one-output model fuses σ into its last dense layer (no
 * loss is wanted, so the logits need not be kept). */
static int nn__eval_fuses_sigmoid(const nn_model *m)
{
    return m->n_outputs == 1 && m->cfg.kind != NN_MODEL_PERCEPTRON && !m->cfg.regression;
}

/* Forward from m->input (already filled for nbp columns). eval_only: the
 * hidden layers' sums, which only the backward pass reads, are not stored,
 * and the output is σ'd in the same pass where nn__eval_fuses_sigmoid says
 * so; otherwise the last layer leaves its logits in m->pre. */
static void nn__forward_input(nn_model *m, int nbp, int training, int eval_only)
{
    int sigmoid_out = eval_only && nn__eval_fuses_sigmoid(m);
    const float *in = m->input;
    int last = m->n_layers - 1;
    float keep = 1.0f - m->cfg.dropout;
    int drop = training && m->cfg.dropout > 0.0f;
    for (int l = 0; l <= last; l++) {
        nn_layer *L = &m->layers[l];
        if (l == last) {
            if (sigmoid_out)
                nn_dense_forward(m->out[l], NULL, in, L->w, L->b, L->in, L->out, nbp,
                                 NN_ACT_SIGMOID);
            else
                nn_linear_forward(m->pre[l], in, L->w, L->b, L->in, L->out, nbp);
            break;
        }
        nn_dense_forward(m->out[l], eval_only ? NULL : m->pre[l], in, L->w, L->b, L->in,
                         L->out, nbp, m->cfg.activation);
        in = m->out[l];
        if (drop) {
            /* Inverted dropout (Srivastava et al. 2014): keep with probability
             * 1-p and scale by 1/(1-p), so inference needs no rescaling. */
            float *mask = m->mask[l], *dropped = m->dropped[l];
            const float *o = m->out[l];
            for (int u = 0; u < L->out; u++)
                for (int b = 0; b < nbp; b++) {
                    int k = u * NN_CHUNK + b;
                    mask[k] = nn_rng_uniform(&m->rng) < keep ? 1.0f / keep : 0.0f;
                    dropped[k] = o[k] * mask[k];
                }
            in = dropped;
        }
    }
}

/* Output probabilities (or the perceptron's steps, or regression's values) and
 * the loss of a chunk. */
static float nn__output(nn_model *m, const int *y, const float *t, int nb, int nbp,
                        int *correct)
{
    int last = m->n_layers - 1;
    if (m->cfg.regression)
        return nn_regression_output_forward(m->out[last], m->pre[last], t, nb, nbp);
    if (m->cfg.kind != NN_MODEL_PERCEPTRON)
        return nn_output_forward(m->out[last], m->pre[last], y, m->n_outputs, nb, nbp,
                                 m->cfg.loss, correct);
    /* Perceptron: step(z); loss is the perceptron criterion max(0, -s·z). */
    const float *z = m->pre[last];
    float *out = m->out[last], loss = 0.0f;
    int right = 0;
    for (int b = 0; b < nbp; b++) out[b] = z[b] >= 0.0f ? 1.0f : 0.0f;
    if (y)
        for (int b = 0; b < nb; b++) {
            float s = y[b] ? 1.0f : -1.0f;
            loss += -s * z[b] > 0.0f ? -s * z[b] : 0.0f;
            right += (out[b] != 0.0f) == (y[b] != 0);
        }
    if (correct) *correct += right;
    return loss;
}

float nn__model_forward_filled(nn_model *m, const int *y, const float *t, int nb, int training,
                               int *correct)
{
    int nbp = nn__round4(nb);
    nn__forward_input(m, nbp, training, 0);
    return nn__output(m, y, t, nb, nbp, correct);
}

void nn__model_eval_filled(nn_model *m, int nb)
{
    int nbp = nn__round4(nb);
    nn__forward_input(m, nbp, 0, 1);
    if (!nn__eval_fuses_sigmoid(m)) nn__output(m, NULL, NULL, nb, nbp, NULL);
}

/* x (nb, inputs) row-major into the feature-major input, padding zeroed. */
static void nn__fill_input(nn_model *m, const float *x, int nb)
{
    int d = m->cfg.inputs, nbp = nn__round4(nb);
    for (int i = 0; i < d; i++) {
        float *row = m->input + i * NN_CHUNK;
        for (int b = 0; b < nb; b++) row[b] = x[b * d + i];
        for (int b = nb; b < nbp; b++) row[b] = 0.0f;
    }
}

float nn_model_forward(nn_model *m, const float *x, const int *y, int nb, int training,
                       int *correct)
{
    nn__fill_input(m, x, nb);
    return nn__model_forward_filled(m, y, NULL, nb, training, correct);
}

float nn_model_forward_regression(nn_model *m, const float *x, const float *t, int nb,
                                  int training)
{
    nn__fill_input(m, x, nb);
    return nn__model_forward_filled(m, NULL, t, nb, training, NULL);
}

void nn_model_backward(nn_model *m, const int *y, int nb, float scale)
{
    nn__model_backward(m, y, NULL, nb, scale);
}

void nn_model_backward_regression(nn_model *m, const float *t, int nb, float scale)
{
    nn__model_backward(m, NULL, t, nb, scale);
}

void nn__model_backward(nn_model *m, const int *y, const float *t, int nb, float scale)
{
    int last = m->n_layers - 1, nbp = nn__round4(nb), cur = 0;
    int drop = m->cfg.dropout > 0.0f;
    if (m->cfg.regression)
        nn_regression_output_backward(m->delta[cur], m->out[last], t, nb, nbp, scale);
    else
        nn_output_backward(m->delta[cur], m->out[last], y, m->n_outputs, nb, nbp, m->cfg.loss,
                           scale);
    for (int l = last; l >= 0; l--) {
        nn_layer *L = &m->layers[l], *G = &m->grad_layers[l];
        const float *in =
            l == 0 ? m->input : (drop ? m->dropped[l - 1] : m->out[l - 1]);
        float *din = l == 0 ? NULL : m->delta[cur ^ 1];
        nn_linear_backward(din, G->w, G->b, m->delta[cur], in, L->w, L->in, L->out, nbp);
        if (l == 0) break;
        if (drop) {
            const float *mask = m->mask[l - 1];
            for (int k = 0; k < L->in * NN_CHUNK; k++) din[k] *= mask[k];
        }
        nn_activation_backward(din, din, m->pre[l - 1], m->out[l - 1], L->in, nbp,
                               m->cfg.activation);
        cur ^= 1;
    }
}

void nn_model_add_reg_grad(nn_model *m)
{
    float rate = m->cfg.reg_rate;
    if (m->cfg.reg == NN_REG_NONE || rate == 0.0f) return;
    for (int l = 0; l < m->n_layers; l++) {
        const float *w = m->layers[l].w;
        float *g = m->grad_layers[l].w;
        int n = m->layers[l].in * m->layers[l].out;
        if (m->cfg.reg == NN_REG_L2)
            for (int i = 0; i < n; i++) g[i] += rate * w[i];
        else
            for (int i = 0; i < n; i++)
                g[i] += w[i] > 0.0f ? rate : (w[i] < 0.0f ? -rate : 0.0f);
    }
}

void nn_model_update(nn_model *m, float lr)
{
    m->t++;
    nn_optimizer_step(&m->cfg.optimizer, lr, m->params, m->grads, m->opt_m, m->opt_v,
                      m->n_params, m->t);
}

void nn_model_predict(nn_model *m, float *probs, const float *x, int n)
{
    int no = m->n_outputs, last = m->n_layers - 1;
    for (int s = 0; s < n; s += NN_CHUNK) {
        int nb = n - s < NN_CHUNK ? n - s : NN_CHUNK;
        nn_model_forward(m, x + (size_t)s * m->cfg.inputs, NULL, nb, 0, NULL);
        for (int b = 0; b < nb; b++)
            for (int o = 0; o < no; o++)
                probs[(size_t)(s + b) * no + o] = m->out[last][o * NN_CHUNK + b];
    }
}

void nn_model_classify(nn_model *m, int *classes, const float *x, int n)
{
    int no = m->n_outputs, last = m->n_layers - 1;
    for (int s = 0; s < n; s += NN_CHUNK) {
        int nb = n - s < NN_CHUNK ? n - s : NN_CHUNK;
        nn_model_forward(m, x + (size_t)s * m->cfg.inputs, NULL, nb, 0, NULL);
        const float *p = m->out[last];
        for (int b = 0; b < nb; b++) {
            int best = 0;
            if (no == 1) {
                best = p[b] >= 0.5f;
            } else {
                for (int o = 1; o < no; o++)
                    if (p[o * NN_CHUNK + b] > p[best * NN_CHUNK + b]) best = o;
            }
            classes[s + b] = best;
        }
    }
}

int nn_model_evaluate(nn_model *m, const nn_dataset *ds, float *loss, float *accuracy)
{
    if (!ds || ds->n < 1) return nn__fail("cannot evaluate on an empty dataset");
    if (ds->d != m->cfg.inputs)
        return nn__fail("the data has %d features but the model takes %d", ds->d,
                        m->cfg.inputs);
    if (m->cfg.regression && !ds->target)
        return nn__fail("this model predicts a continuous target but the data has classes");
    if (!m->cfg.regression && ds->target)
        return nn__fail("this model predicts classes but the data has a continuous target");
    double total = 0.0;
    int correct = 0;
    for (int s = 0; s < ds->n; s += NN_CHUNK) {
        int nb = ds->n - s < NN_CHUNK ? ds->n - s : NN_CHUNK;
        const float *x = ds->x + (size_t)s * ds->d;
        total += m->cfg.regression ? nn_model_forward_regression(m, x, ds->target + s, nb, 0)
                                   : nn_model_forward(m, x, ds->y + s, nb, 0, &correct);
    }
    if (loss) *loss = (float)(total / ds->n);
    if (accuracy) *accuracy = m->cfg.regression ? NAN : (float)correct / (float)ds->n;
    return NN_OK;
}

int nn_model_finite(const nn_model *m)
{
    /* Summing is cheaper than testing each value and NaN/Inf survive a sum,
     * in any order: so a vector reduction (it runs once per step call). */
    float sum = 0.0f;
#pragma omp simd reduction(+ : sum)
    for (int i = 0; i < m->n_params; i++) sum += m->params[i] * 0.0f;
    return sum == 0.0f;
}

/* nn_train.c — batches, epochs, history, early stopping, restarts, and the
 * loss surface / optimizer path over two parameters. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "nn_internal.h"
#include "nn_perceptron.h"
#include "nn_train.h"

static const char *const nn__status_names[NN_STATUS_COUNT] = {
    "ready", "running", "diverged", "early-stopped", "converged"};

const char *nn_status_name(nn_status s)
{
    return (unsigned)s < NN_STATUS_COUNT ? nn__status_names[s] : "?";
}

static int nn__has_test(const nn_trainer *t) { return t->test && t->test->n > 0; }

static void nn__restart(nn_trainer *t, uint64_t seed)
{
    t->model->cfg.seed = seed;
    nn_model_init(t->model, seed);
    nn_rng_seed(&t->rng, seed + 0x5DEECE66DULL);
    t->status = NN_STATUS_READY;
    t->epoch = 0;
    t->diverged_epoch = 0;
    t->best_epoch = 0;
    t->updates = 0;
    t->cursor = 0;
    t->best_loss = INFINITY;
    t->since_best = 0;
    t->run_loss = 0.0;
    t->run_correct = t->run_seen = 0;
    nn_schedule_start(&t->sched, t->lr);
    t->lr_now = t->lr;
    for (int i = 0; i < t->train->n; i++) t->order[i] = i;
}

nn_trainer *nn_trainer_create(const nn_config *cfg, const nn_dataset *train,
                              const nn_dataset *test)
{
    if (!train || train->n < 1) {
        nn__fail("the training set is empty; add some points");
        return NULL;
    }
    /* The data decides whether the model classifies or predicts a value. */
    nn_config c = *cfg;
    c.regression = train->target != NULL;
    if (nn_config_validate(&c) != NN_OK) return NULL;
    cfg = &c;
    if (test && test->n > 0 && (test->target != NULL) != (train->target != NULL)) {
        nn__fail("the training set and the test set must both have classes or both targets");
        return NULL;
    }
    if (cfg->inputs != train->d) {
        nn__fail("the model takes %d inputs but the data has %d features", cfg->inputs,
                 train->d);
        return NULL;
    }
    if (!cfg->regression && train->k > cfg->classes) {
        nn__fail("the data has %d classes but the model was set up for %d", train->k,
                 cfg->classes);
        return NULL;
    }
    if (test && test->n > 0 && test->d != train->d) {
        nn__fail("the test set has %d features but the training set has %d", test->d,
                 train->d);
        return NULL;
    }
    nn_trainer *t = calloc(1, sizeof *t);
    if (!t) {
        nn__fail("out of memory creating the trainer");
        return NULL;
    }
    t->model = nn_model_create(cfg);
    t->order = malloc((size_t)train->n * sizeof *t->order);
    t->best_params = t->model ? malloc((size_t)t->model->n_params * sizeof(float)) : NULL;
    t->history = malloc(NN_HISTORY_CAP * sizeof *t->history);
    t->ybuf = malloc(NN_CHUNK * sizeof(int));
    if (!t->model || !t->order || !t->best_params || !t->history || !t->ybuf) {
        if (t->model) nn__fail("out of memory creating the trainer");
        nn_trainer_destroy(t);
        return NULL;
    }
    t->train = train;
    t->test = test;
    /* Loss of a uniform guess: cross-entropy ln k; squared ½Σ(p - t)² at p = 1/k
     * (a single σ output guesses 0.5). The perceptron criterion has no scale. */
    nn_model *m = t->model;
    if (cfg->kind == NN_MODEL_PERCEPTRON) {
        t->diverge_loss = INFINITY;
    } else if (cfg->regression) {
        /* Squared error of always guessing 0 is the mean squared target;
         * the +1 keeps a near-zero target from calling a fresh net diverged. */
        double sq = 0.0;
        for (int i = 0; i < train->n; i++) sq += (double)train->target[i] * train->target[i];
        t->diverge_loss = NN_DIVERGE_FACTOR * 25.0f * (float)(sq / train->n + 1.0);
    } else if (cfg->loss == NN_LOSS_CROSS_ENTROPY) {
        t->diverge_loss = NN_DIVERGE_FACTOR * logf((float)cfg->classes);
    } else {
        t->diverge_loss = 3.0f * (m->n_outputs == 1 ? 0.125f
                                                    : 0.5f * (1.0f - 1.0f / (float)cfg->classes));
    }
    t->lr = cfg->lr;
    nn__restart(t, cfg->seed);
    return t;
}

void nn_trainer_destroy(nn_trainer *t)
{
    if (!t) return;
    nn_model_destroy(t->model);
    free(t->order);
    free(t->best_params);
    free(t->history);
    free(t->ybuf);
    free(t);
}

static int nn__stopped(const nn_trainer *t)
{
    return t->status == NN_STATUS_DIVERGED || t->status == NN_STATUS_EARLY_STOPPED ||
           t->status == NN_STATUS_CONVERGED;
}

static void nn__diverge(nn_trainer *t)
{
    t->status = NN_STATUS_DIVERGED;
    t->diverged_epoch = t->epoch + 1;
}

/* The epoch's record, then early stopping and the schedule's next rate. */
static void nn__end_epoch(nn_trainer *t)
{
    nn_model *m = t->model;
    nn_epoch_record r;
    r.train_loss = t->run_seen ? (float)(t->run_loss / t->run_seen) : 0.0f;
    r.train_acc = m->cfg.regression ? NAN
                  : t->run_seen   ? (float)t->run_correct / (float)t->run_seen
                                  : 0.0f;
    if (nn__has_test(t)) {
        nn_model_evaluate(m, t->test, &r.test_loss, &r.test_acc);
    } else {
        r.test_loss = r.train_loss;
        r.test_acc = r.train_acc;
    }
    r.lr = t->lr_now;
    r.updates = (float)t->updates;
    if (!isfinite(r.train_loss) || !isfinite(r.test_loss) || !nn_model_finite(m) ||
        r.train_loss > t->diverge_loss) {
        nn__diverge(t);
        return;
    }
    t->history[t->epoch % NN_HISTORY_CAP] = r;
    t->epoch++;
    t->cursor = 0;
    t->run_loss = 0.0;
    t->run_correct = t->run_seen = 0;

    float monitored = r.test_loss;
    if (m->cfg.patience > 0) {
        if (monitored < t->best_loss) {
            t->best_loss = monitored;
            t->best_epoch = t->epoch;
            t->since_best = 0;
            memcpy(t->best_params, m->params, (size_t)m->n_params * sizeof(float));
        } else if (++t->since_best >= m->cfg.patience) {
            memcpy(m->params, t->best_params, (size_t)m->n_params * sizeof(float));
            t->status = NN_STATUS_EARLY_STOPPED;
        }
    }
    t->lr_now = nn_schedule_rate(&m->cfg.schedule, &t->sched, t->lr, t->epoch, monitored);
}

/* Start of an epoch: a fresh seeded order. */
static void nn__begin_epoch(nn_trainer *t)
{
    int n = t->train->n;
    for (int i = n - 1; i > 0; i--) {
        int j = (int)nn_rng_below(&t->rng, (uint32_t)i + 1u);
        int tmp = t->order[i];
        t->order[i] = t->order[j];
        t->order[j] = tmp;
    }
}

/* Rows order[from .. from+nb) straight into the model's feature-major input
 * (padding columns zeroed), their labels into ybuf. */
static void nn__gather(nn_trainer *t, int from, int nb)
{
    const int *order = t->order + from;
    nn_gather_columns(t->model->input, t->train->x, order, t->train->d, nb);
    for (int b = 0; b < nb; b++) t->ybuf[b] = t->train->y[order[b]];
    if (t->train->target)
        for (int b = 0; b < nb; b++) t->tbuf[b] = t->train->target[order[b]];
}

/* The perceptron learns by the trick, one point at a time, whatever the batch. */
static void nn__perceptron_batch(nn_trainer *t, int bsz)
{
    nn_model *m = t->model;
    nn_layer *L = &m->layers[0];
    int d = t->train->d;
    for (int b = 0; b < bsz; b++) {
        int idx = t->order[t->cursor + b];
        const float *x = t->train->x + (size_t)idx * d;
        int y = t->train->y[idx];
        float z = L->b[0];
        for (int i = 0; i < d; i++) z += L->w[i] * x[i];
        float s = y ? 1.0f : -1.0f;
        t->run_loss += -s * z > 0.0f ? -s * z : 0.0f;
        t->run_correct += (z >= 0.0f) == (y != 0);
        if (nn_perceptron_trick(L->w, L->b, x, y, d, t->lr_now)) t->updates++;
    }
    t->run_seen += bsz;
}

/* One update on the next `batch` examples of the epoch's order. */
static void nn__train_batch(nn_trainer *t)
{
    nn_model *m = t->model;
    int n = t->train->n;
    if (t->cursor == 0) nn__begin_epoch(t);
    int bsz = m->cfg.batch < n - t->cursor ? m->cfg.batch : n - t->cursor;
    if (m->cfg.kind == NN_MODEL_PERCEPTRON) {
        nn__perceptron_batch(t, bsz);
    } else {
        nn_model_zero_grad(m);
        float scale = 1.0f / (float)bsz, loss = 0.0f;
        int correct = 0;
        for (int s = 0; s < bsz; s += NN_CHUNK) {
            int nb = bsz - s < NN_CHUNK ? bsz - s : NN_CHUNK;
            nn__gather(t, t->cursor + s, nb);
            const float *tg = m->cfg.regression ? t->tbuf : NULL;
            loss += nn__model_forward_filled(m, t->ybuf, tg, nb, 1, &correct);
            nn__model_backward(m, t->ybuf, tg, nb, scale);
        }
        if (!isfinite(loss)) {
            nn__diverge(t);
            return;
        }
        nn_model_add_reg_grad(m);
        nn_model_update(m, t->lr_now);
        t->updates++;
        t->run_loss += loss;
        t->run_correct += correct;
        t->run_seen += bsz;
    }
    t->status = NN_STATUS_RUNNING;
    t->cursor += bsz;
    if (t->cursor >= n) {
        nn__end_epoch(t);
        /* A perceptron epoch with no mistakes has converged. */
        if (m->cfg.kind == NN_MODEL_PERCEPTRON && t->status == NN_STATUS_RUNNING &&
            t->history[(t->epoch - 1) % NN_HISTORY_CAP].train_acc == 1.0f)
            t->status = NN_STATUS_CONVERGED;
    }
}

/* An update can overflow a weight without the next loss (or an epoch end) having
 * been seen yet; checked once per call so a caller never sees a "running"
 * trainer with NaN/Inf weights. */
static void nn__check_weights(nn_trainer *t)
{
    if (t->status == NN_STATUS_RUNNING && !nn_model_finite(t->model)) nn__diverge(t);
}

int nn_trainer_step_batches(nn_trainer *t, int batches)
{
    if (!t) return nn__fail("no trainer");
    if (batches < 0) return nn__fail("number of batches must be 0 or more, got %d", batches);
    for (int i = 0; i < batches && !nn__stopped(t); i++) nn__train_batch(t);
    nn__check_weights(t);
    return NN_OK;
}

int nn_trainer_step_epochs(nn_trainer *t, int epochs)
{
    if (!t) return nn__fail("no trainer");
    if (epochs < 0) return nn__fail("number of epochs must be 0 or more, got %d", epochs);
    int target = t->epoch + epochs;
    while (t->epoch < target && !nn__stopped(t)) nn__train_batch(t);
    nn__check_weights(t);
    return NN_OK;
}

int nn_trainer_set_lr(nn_trainer *t, float lr)
{
    if (nn_check_lr(lr) != NN_OK) return NN_ERR;
    t->lr = lr;
    t->model->cfg.lr = lr;
    nn_schedule_start(&t->sched, lr);
    t->lr_now = nn_schedule_rate(&t->model->cfg.schedule, &t->sched, lr, t->epoch, NAN);
    return NN_OK;
}

int nn_trainer_set_batch(nn_trainer *t, int batch)
{
    if (batch < 1) return nn__fail("batch size must be at least 1, got %d", batch);
    t->model->cfg.batch = batch;
    return NN_OK;
}

int nn_trainer_set_optimizer(nn_trainer *t, const nn_optimizer *opt)
{
    if (nn_optimizer_validate(opt) != NN_OK) return NN_ERR;
    nn_model *m = t->model;
    if (opt->kind != m->cfg.optimizer.kind) {
        memset(m->opt_m, 0, (size_t)m->n_params * sizeof(float));
        memset(m->opt_v, 0, (size_t)m->n_params * sizeof(float));
        m->t = 0;
    }
    m->cfg.optimizer = *opt;
    return NN_OK;
}

int nn_trainer_set_schedule(nn_trainer *t, const nn_schedule *s)
{
    if (nn_schedule_validate(s) != NN_OK) return NN_ERR;
    t->model->cfg.schedule = *s;
    nn_schedule_start(&t->sched, t->lr);
    t->lr_now = nn_schedule_rate(s, &t->sched, t->lr, t->epoch, NAN);
    return NN_OK;
}

int nn_trainer_set_regularization(nn_trainer *t, nn_reg_kind kind, float rate)
{
    if ((unsigned)kind >= NN_REG_COUNT) return nn__fail("regularization must be none, l1 or l2");
    if (nn_check_reg_rate(rate) != NN_OK) return NN_ERR;
    t->model->cfg.reg = kind;
    t->model->cfg.reg_rate = rate;
    return NN_OK;
}

int nn_trainer_set_dropout(nn_trainer *t, float dropout)
{
    if (nn_check_dropout(dropout) != NN_OK) return NN_ERR;
    t->model->cfg.dropout = dropout;
    return NN_OK;
}

int nn_trainer_set_patience(nn_trainer *t, int patience)
{
    if (patience < 0)
        return nn__fail("early-stopping patience must be 0 (off) or more, got %d", patience);
    t->model->cfg.patience = patience;
    t->since_best = 0;
    return NN_OK;
}

void nn_trainer_reset(nn_trainer *t) { nn__restart(t, t->model->cfg.seed); }

void nn_trainer_reseed(nn_trainer *t, uint64_t seed) { nn__restart(t, seed); }

int nn_trainer_restarts(nn_trainer *t, int restarts, int epochs, uint64_t *best_seed)
{
    if (restarts < 1 || restarts > NN_MAX_RESTARTS)
        return nn__fail("restarts must be between 1 and %d, got %d", NN_MAX_RESTARTS, restarts);
    if (epochs < 1) return nn__fail("epochs per restart must be at least 1, got %d", epochs);
    uint64_t first = t->model->cfg.seed, best = first;
    float best_loss = INFINITY;
    for (int r = 0; r < restarts; r++) {
        nn__restart(t, first + (uint64_t)r);
        nn_trainer_step_epochs(t, epochs);
        const nn_epoch_record *rec = nn_trainer_record(t, t->epoch - 1);
        float loss = rec && t->status != NN_STATUS_DIVERGED ? rec->test_loss : INFINITY;
        if (loss < best_loss) {
            best_loss = loss;
            best = first + (uint64_t)r;
        }
    }
    /* Runs are deterministic, so the winner is rebuilt rather than stored. */
    nn__restart(t, best);
    nn_trainer_step_epochs(t, epochs);
    if (best_seed) *best_seed = best;
    return NN_OK;
}

const nn_epoch_record *nn_trainer_record(const nn_trainer *t, int e)
{
    if (e < 0 || e >= t->epoch || e < t->epoch - NN_HISTORY_CAP) return NULL;
    return &t->history[e % NN_HISTORY_CAP];
}

void nn_trainer_layer_grad_norms(const nn_trainer *t, float *out)
{
    const nn_model *m = t->model;
    for (int l = 0; l < m->n_layers; l++) {
        const nn_layer *G = &m->grad_layers[l];
        double sum = 0.0;
        for (int i = 0; i < G->in * G->out; i++) sum += (double)G->w[i] * G->w[i];
        out[l] = (float)sqrt(sum);
    }
}

static int nn__check_pair(const nn_trainer *t, int p0, int p1)
{
    int n = t->model->n_params;
    if (p0 < 0 || p0 >= n || p1 < 0 || p1 >= n || p0 == p1)
        return nn__fail("pick two different parameters between 0 and %d, got %d and %d", n - 1,
                        p0, p1);
    return NN_OK;
}

int nn_trainer_loss_surface(nn_trainer *t, float *out, int p0, int p1, float lo0, float hi0,
                            float lo1, float hi1, int w, int h)
{
    if (nn__check_pair(t, p0, p1) != NN_OK) return NN_ERR;
    if (w < 1 || h < 1 || w > 1024 || h > 1024)
        return nn__fail("surface size must be between 1x1 and 1024x1024, got %dx%d", w, h);
    if (!isfinite(lo0) || !isfinite(hi0) || !isfinite(lo1) || !isfinite(hi1) || !(hi0 > lo0) ||
        !(hi1 > lo1))
        return nn__fail("surface ranges must be finite with low < high");
    nn_model *m = t->model;
    float keep0 = m->params[p0], keep1 = m->params[p1];
    for (int r = 0; r < h; r++) {
        m->params[p1] = hi1 - (r + 0.5f) * (hi1 - lo1) / (float)h;
        for (int c = 0; c < w; c++) {
            m->params[p0] = lo0 + (c + 0.5f) * (hi0 - lo0) / (float)w;
            float loss;
            nn_model_evaluate(m, t->train, &loss, NULL);
            out[r * w + c] = loss;
        }
    }
    m->params[p0] = keep0;
    m->params[p1] = keep1;
    return NN_OK;
}

/* Mean loss and gradient over the whole training set into m->grads. */
static float nn__full_gradient(nn_trainer *t)
{
    nn_model *m = t->model;
    int n = t->train->n, d = t->train->d;
    float scale = 1.0f / (float)n, loss = 0.0f;
    nn_model_zero_grad(m);
    for (int s = 0; s < n; s += NN_CHUNK) {
        int nb = n - s < NN_CHUNK ? n - s : NN_CHUNK;
        const float *x = t->train->x + (size_t)s * d;
        const float *tg = m->cfg.regression ? t->train->target + s : NULL;
        if (tg) {
            loss += nn_model_forward_regression(m, x, tg, nb, 0);
        } else {
            loss += nn_model_forward(m, x, t->train->y + s, nb, 0, NULL);
        }
        nn__model_backward(m, t->train->y + s, tg, nb, scale);
    }
    nn_model_add_reg_grad(m);
    return loss * scale;
}

int nn_trainer_optimizer_path(nn_trainer *t, float *path, int p0, int p1, float a, float b,
                              int steps)
{
    if (nn__check_pair(t, p0, p1) != NN_OK) return NN_ERR;
    if (steps < 0 || steps > 100000)
        return nn__fail("steps must be between 0 and 100000, got %d", steps);
    if (!isfinite(a) || !isfinite(b)) return nn__fail("the start point must be finite");
    if (t->model->cfg.kind == NN_MODEL_PERCEPTRON)
        return nn__fail("the perceptron has no gradient to follow; pick logistic or mlp");
    nn_model *m = t->model;
    float keep0 = m->params[p0], keep1 = m->params[p1];
    float p[2] = {a, b}, g[2], mo[2] = {0, 0}, v[2] = {0, 0};
    int written = 0;
    for (int s = 0; s <= steps; s++) {
        m->params[p0] = p[0];
        m->params[p1] = p[1];
        float loss = nn__full_gradient(t);
        path[written * 3 + 0] = p[0];
        path[written * 3 + 1] = p[1];
        path[written * 3 + 2] = loss;
        written++;
        if (!isfinite(loss) || !isfinite(p[0]) || !isfinite(p[1]) || s == steps) break;
        g[0] = m->grads[p0];
        g[1] = m->grads[p1];
        nn_optimizer_step(&m->cfg.optimizer, t->lr, p, g, mo, v, 2, s + 1);
    }
    m->params[p0] = keep0;
    m->params[p1] = keep1;
    nn_model_zero_grad(m);
    return written;
}

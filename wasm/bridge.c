/* bridge.c — the WebAssembly exports over the C core, for wasm/downhill.js.
 *
 * The only C file that includes emscripten.h. Every export is thin: it forwards
 * to an nn_* call, or reads one struct field, so JavaScript never hard-codes a
 * struct layout. Handles (datasets, trainers, configs) are pointers passed as
 * ints. Failures return NULL / NN_ERR and leave the reason in nn_last_error()
 * (exported as dh_last_error).
 *
 * 64-bit integers never cross the boundary (no BigInt needed): seeds and update
 * counts travel as doubles, exact below 2^53.
 *
 * Ownership. The dataset constructors and dh_trainer_create allocate; the
 * matching *_destroy frees. dh_config_create allocates the module's one scratch
 * config, which lives as long as the module. Buffers for grids and paths are
 * allocated by the JS side with malloc/free. Functions writing several values
 * take a caller-owned `out` array and say its shape.
 */
#define _DEFAULT_SOURCE /* sbrk in unistd.h under -std=c11 */
#include <emscripten.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "nn.h"

#define DH_EXPORT EMSCRIPTEN_KEEPALIVE

static uint64_t dh__seed(double seed)
{
    return (seed >= 0.0 && seed < 18446744073709551616.0) ? (uint64_t)seed : 0u;
}

/* ---- errors and names --------------------------------------------------- */

DH_EXPORT const char *dh_last_error(void) { return nn_last_error(); }

/* The core's named choices, one table: downhill.js builds `dh.names[table]`
 * and `dh.labels[table]` from it (dh_enum_*), so a new kind in the core
 * reaches the page's lists and <option>s with no other change. Statuses have
 * no label of their own: their names are what the page prints. */
#define DH_NAMED(fn, type) \
    static const char *dh__##fn(int i) { return fn((type)i); }
DH_NAMED(nn_data_kind_name, nn_data_kind)
DH_NAMED(nn_data_kind_label, nn_data_kind)
DH_NAMED(nn_model_kind_name, nn_model_kind)
DH_NAMED(nn_model_kind_label, nn_model_kind)
DH_NAMED(nn_activation_name, nn_activation)
DH_NAMED(nn_activation_label, nn_activation)
DH_NAMED(nn_loss_name, nn_loss)
DH_NAMED(nn_loss_label, nn_loss)
DH_NAMED(nn_optimizer_name, nn_optimizer_kind)
DH_NAMED(nn_optimizer_label, nn_optimizer_kind)
DH_NAMED(nn_schedule_name, nn_schedule_kind)
DH_NAMED(nn_schedule_label, nn_schedule_kind)
DH_NAMED(nn_reg_name, nn_reg_kind)
DH_NAMED(nn_reg_label, nn_reg_kind)
DH_NAMED(nn_status_name, nn_status)
DH_NAMED(nn_landscape_name, nn_landscape_kind)
DH_NAMED(nn_landscape_label, nn_landscape_kind)
DH_NAMED(nn_feature_name, int)
DH_NAMED(nn_feature_label, int)

/* The data kinds whose points carry a continuous target, in the datasets'
 * order: the page draws and scores them as regression. */
#define DH_REGRESSION_KINDS 2
static const char *dh__regression_kind(int i, const char *(*fn)(nn_data_kind))
{
    for (int k = 0; k < NN_DATA_KIND_COUNT; k++)
        if (nn_data_kind_regression((nn_data_kind)k) && i-- == 0) return fn((nn_data_kind)k);
    return "";
}
static const char *dh__regression_name(int i) { return dh__regression_kind(i, nn_data_kind_name); }
static const char *dh__regression_label(int i) { return dh__regression_kind(i, nn_data_kind_label); }

static const struct {
    const char *table;
    int count;
    const char *(*name)(int);
    const char *(*label)(int);
} dh__enums[] = {
    {"datasets", NN_DATA_KIND_COUNT, dh__nn_data_kind_name, dh__nn_data_kind_label},
    {"regressionDatasets", DH_REGRESSION_KINDS, dh__regression_name, dh__regression_label},
    {"models", NN_MODEL_KIND_COUNT, dh__nn_model_kind_name, dh__nn_model_kind_label},
    {"activations", NN_ACT_COUNT, dh__nn_activation_name, dh__nn_activation_label},
    {"losses", NN_LOSS_COUNT, dh__nn_loss_name, dh__nn_loss_label},
    {"optimizers", NN_OPT_COUNT, dh__nn_optimizer_name, dh__nn_optimizer_label},
    {"schedules", NN_SCHED_COUNT, dh__nn_schedule_name, dh__nn_schedule_label},
    {"regularizations", NN_REG_COUNT, dh__nn_reg_name, dh__nn_reg_label},
    {"statuses", NN_STATUS_COUNT, dh__nn_status_name, dh__nn_status_name},
    {"landscapes", NN_LAND_COUNT, dh__nn_landscape_name, dh__nn_landscape_label},
    {"features", NN_FEAT_COUNT, dh__nn_feature_name, dh__nn_feature_label},
};
#define DH_ENUMS ((int)(sizeof dh__enums / sizeof dh__enums[0]))
DH_EXPORT int dh_enum_count(void) { return DH_ENUMS; }
DH_EXPORT const char *dh_enum_table(int t) { return t >= 0 && t < DH_ENUMS ? dh__enums[t].table : ""; }
DH_EXPORT int dh_enum_size(int t) { return t >= 0 && t < DH_ENUMS ? dh__enums[t].count : 0; }
DH_EXPORT const char *dh_enum_name(int t, int i) { return dh_enum_size(t) > i && i >= 0 ? dh__enums[t].name(i) : ""; }
DH_EXPORT const char *dh_enum_label(int t, int i) { return dh_enum_size(t) > i && i >= 0 ? dh__enums[t].label(i) : ""; }
/* Names with aliases ("bce", "gaussian") go through the core's parsers. */
DH_EXPORT int dh_data_kind_parse(const char *name) { return nn_data_kind_parse(name); }
DH_EXPORT int dh_loss_parse(const char *name) { return nn_loss_parse(name); }
DH_EXPORT int dh_landscape_parse(const char *name) { return nn_landscape_parse(name); }

/* The module's CSV size bound, below the core's NN_MAX_CSV_BYTES (which the
 * CLI reads): the text is copied into the heap and becomes floats there, and
 * a page's heap holds a 16 MiB file (about 9,000 Kaggle digit rows) but not
 * a 73 MB one. */
#define DH_MAX_CSV_BYTES (16u * 1024u * 1024u)

/* The core's compile-time limits, one table: downhill.js builds `dh.limits`
 * from it by name (dh_limit_name(i) -> dh_limit_value(i) for i below
 * dh_limit_count()), so a new limit is added here and nowhere else. */
static const struct { const char *name; double value; } dh__limits[] = {
    {"maxFeatures", NN_MAX_FEATURES},
    {"maxClasses", NN_MAX_CLASSES},
    {"maxPoints", NN_MAX_POINTS},
    {"maxHiddenLayers", NN_MAX_HIDDEN_LAYERS},
    {"maxUnits", NN_MAX_UNITS},
    {"historyCap", NN_HISTORY_CAP},
    {"chunk", NN_CHUNK},
    {"maxNameLength", NN_NAME_LEN},
    {"maxCsvBytes", (double)DH_MAX_CSV_BYTES},
    {"maxLr", (double)NN_MAX_LR},
    {"maxRegRate", (double)NN_MAX_REG_RATE},
    {"maxDropout", (double)NN_MAX_DROPOUT},
    {"maxWeight", (double)NN_MAX_WEIGHT},
    {"maxEpochs", (double)NN_MAX_EPOCHS},
};
DH_EXPORT int dh_limit_count(void) { return (int)(sizeof dh__limits / sizeof dh__limits[0]); }
DH_EXPORT const char *dh_limit_name(int i) { return dh__limits[i].name; }
DH_EXPORT double dh_limit_value(int i) { return dh__limits[i].value; }

/* The allocator's break (sbrk(0)): leak tests check it stays put. */
DH_EXPORT uintptr_t dh_heap_top(void) { return (uintptr_t)sbrk(0); }

/* The kernels this build carries: 0 scalar, 1 SIMD, 2 relaxed SIMD
 * (nn_kernels_simd_level), for the loader to check a build is the one named. */
DH_EXPORT int dh_simd(void) { return nn_kernels_simd_level(); }

/* ---- datasets ----------------------------------------------------------- */

DH_EXPORT nn_dataset *dh_dataset_generate(int kind, int count, float noise, double seed)
{
    return nn_dataset_generate((nn_data_kind)kind, count, noise, dh__seed(seed));
}

/* ---- CSV (nn_csv.h) ------------------------------------------------------ */

/* Read text (len bytes, not NUL-terminated; it must outlive the handle) with
 * header an nn_csv_header and delimiter 0 (detect), ',', ';' or '\t'. */
DH_EXPORT nn_csv *dh_csv_create(const char *text, int len, int header, int delimiter)
{
    nn_csv_options opt = {NULL, NULL, header, (char)delimiter, 0, DH_MAX_CSV_BYTES};
    if (len < 0) len = 0;
    return nn_csv_create(text, (size_t)len, &opt);
}
DH_EXPORT void dh_csv_destroy(nn_csv *csv) { nn_csv_destroy(csv); }

/* out (9): encoding, bom, delimiter, delimiter_auto, decimal_comma, header,
 * header_auto, columns, rows (nn_csv_info's fields in order). */
DH_EXPORT void dh_csv_info(const nn_csv *csv, int *out)
{
    const nn_csv_info *in = nn_csv_get_info(csv);
    int v[9] = {(int)in->encoding, in->bom, in->delimiter, in->delimiter_auto, in->decimal_comma,
                in->header, in->header_auto, in->columns, in->rows};
    memcpy(out, v, sizeof v);
}
DH_EXPORT const char *dh_csv_encoding_name(int e) { return nn_csv_encoding_name((nn_csv_encoding)e); }
DH_EXPORT const char *dh_csv_column_name(const nn_csv *csv, int i) { return nn_csv_column_name(csv, i); }
DH_EXPORT int dh_csv_column_numeric(const nn_csv *csv, int i) { return nn_csv_column_numeric(csv, i); }

/* nn_csv_describe into the module's one buffer (valid until the next call). */
DH_EXPORT const char *dh_csv_describe(const nn_csv *csv)
{
    static char text[256];
    nn_csv_describe(nn_csv_get_info(csv), text, sizeof text);
    return text;
}

/* features and label are NUL-terminated strings or NULL. */
DH_EXPORT nn_dataset *dh_csv_dataset(const nn_csv *csv, const char *features, const char *label,
                                     int min_classes)
{
    nn_csv_options opt = {features, label, 0, 0, min_classes, 0};
    return nn_csv_dataset(csv, &opt);
}

DH_EXPORT nn_dataset *dh_dataset_create(int n, int d, int k) { return nn_dataset_create(n, d, k); }
/* out (n) = a seeded permutation of 0..n-1, by nn_dataset_shuffle's
 * Fisher–Yates: a split of data kept outside the heap (pixels) by row numbers,
 * so that only the rows a set needs are ever copied in. */
DH_EXPORT void dh_permutation(int *out, int n, double seed)
{
    nn_rng rng;
    nn_rng_seed(&rng, dh__seed(seed));
    for (int i = 0; i < n; i++) out[i] = i;
    for (int i = n - 1; i > 0; i--) {
        int j = (int)nn_rng_below(&rng, (uint32_t)i + 1u);
        int t = out[i];
        out[i] = out[j];
        out[j] = t;
    }
}
DH_EXPORT void dh_dataset_destroy(nn_dataset *ds) { nn_dataset_destroy(ds); }

/* out (2) receives the train and test handles. */
DH_EXPORT int dh_dataset_split(const nn_dataset *ds, float test_ratio, double seed,
                               nn_dataset **out)
{
    out[0] = out[1] = NULL;
    return nn_dataset_split(ds, test_ratio, dh__seed(seed), &out[0], &out[1]);
}

DH_EXPORT int dh_dataset_standardize(nn_dataset *ds) { return nn_dataset_standardize(ds); }
DH_EXPORT int dh_dataset_standardize_like(nn_dataset *ds, const nn_dataset *ref)
{
    return nn_dataset_standardize_like(ds, ref);
}
DH_EXPORT void dh_dataset_bounds(const nn_dataset *ds, float *lo, float *hi)
{
    nn_dataset_bounds(ds, lo, hi);
}
DH_EXPORT void dh_dataset_shuffle(nn_dataset *ds, double seed)
{
    nn_rng rng;
    nn_rng_seed(&rng, dh__seed(seed));
    nn_dataset_shuffle(ds, &rng);
}

DH_EXPORT int dh_dataset_n(const nn_dataset *ds) { return ds->n; }
DH_EXPORT int dh_dataset_d(const nn_dataset *ds) { return ds->d; }
DH_EXPORT int dh_dataset_k(const nn_dataset *ds) { return ds->k; }
DH_EXPORT float *dh_dataset_x(const nn_dataset *ds) { return ds->x; }
DH_EXPORT int *dh_dataset_y(const nn_dataset *ds) { return ds->y; }
/* The regression targets (n), or 0 for a dataset of classes. */
DH_EXPORT float *dh_dataset_target(const nn_dataset *ds) { return ds->target; }
DH_EXPORT const float *dh_dataset_mean(const nn_dataset *ds) { return ds->mean; }
DH_EXPORT const float *dh_dataset_std(const nn_dataset *ds) { return ds->std; }
DH_EXPORT const char *dh_dataset_feature_name(const nn_dataset *ds, int j)
{
    return (j >= 0 && j < ds->d) ? ds->feature_names[j] : "";
}
DH_EXPORT const char *dh_dataset_class_name(const nn_dataset *ds, int c)
{
    return (c >= 0 && c < NN_MAX_CLASSES) ? ds->class_names[c] : "";
}

/* ds with its inputs expanded into a feature set (nn_features_dataset). */
DH_EXPORT nn_dataset *dh_dataset_expand(const nn_dataset *ds, unsigned mask)
{
    return nn_features_dataset(ds, mask);
}

/* Rename feature j / class c (truncated to NN_NAME_LEN - 1 bytes). */
DH_EXPORT void dh_dataset_set_feature_name(nn_dataset *ds, int j, const char *name)
{
    if (j < 0 || j >= ds->d || !name) return;
    strncpy(ds->feature_names[j], name, NN_NAME_LEN - 1);
    ds->feature_names[j][NN_NAME_LEN - 1] = '\0';
}

/* ---- configs ------------------------------------------------------------ */

/* A heap nn_config holding nn_config_default's values. */
DH_EXPORT nn_config *dh_config_create(void)
{
    nn_config *cfg = malloc(sizeof *cfg);
    if (cfg) nn_config_default(cfg);
    return cfg;
}
DH_EXPORT void dh_config_reset(nn_config *cfg) { nn_config_default(cfg); }
DH_EXPORT int dh_config_validate(const nn_config *cfg) { return nn_config_validate(cfg); }

DH_EXPORT void dh_config_set_model(nn_config *cfg, int kind, int inputs, int classes)
{
    cfg->kind = (nn_model_kind)kind;
    cfg->inputs = inputs;
    cfg->classes = classes;
}

/* units (count) per hidden layer; count is clamped to the array, validation
 * reports a bad count. */
DH_EXPORT void dh_config_set_hidden(nn_config *cfg, const int *units, int count, int activation)
{
    cfg->hidden_layers = count;
    for (int i = 0; i < NN_MAX_HIDDEN_LAYERS; i++) cfg->hidden[i] = i < count ? units[i] : 0;
    cfg->activation = (nn_activation)activation;
}

DH_EXPORT void dh_config_set_training(nn_config *cfg, int loss, float lr, int batch, double seed)
{
    cfg->loss = (nn_loss)loss;
    cfg->lr = lr;
    cfg->batch = batch;
    cfg->seed = dh__seed(seed);
}

/* The optimizer's defaults for kind, then any argument that is not NaN. */
DH_EXPORT void dh_config_set_optimizer(nn_config *cfg, int kind, float momentum, float rho,
                                       float beta1, float beta2, float eps)
{
    nn_optimizer o = nn_optimizer_default((nn_optimizer_kind)kind);
    if (!isnan(momentum)) o.momentum = momentum;
    if (!isnan(rho)) o.rho = rho;
    if (!isnan(beta1)) o.beta1 = beta1;
    if (!isnan(beta2)) o.beta2 = beta2;
    if (!isnan(eps)) o.eps = eps;
    cfg->optimizer = o;
}

/* The schedule's defaults for kind, then any argument that is not NaN / < 0 (ints). */
DH_EXPORT void dh_config_set_schedule(nn_config *cfg, int kind, int step, float gamma,
                                      int patience, float min_lr)
{
    nn_schedule s = nn_schedule_default((nn_schedule_kind)kind);
    if (step >= 0) s.step = step;
    if (!isnan(gamma)) s.gamma = gamma;
    if (patience >= 0) s.patience = patience;
    if (!isnan(min_lr)) s.min_lr = min_lr;
    cfg->schedule = s;
}

/* The core's own defaults for schedule kind into out: {step, gamma, patience,
 * min_lr} as floats. The page shows and sends these per kind (the factor γ is
 * 0.99 for exponential decay, 0.5 for step and plateau). */
DH_EXPORT void dh_schedule_defaults(int kind, float *out)
{
    nn_schedule s = nn_schedule_default((nn_schedule_kind)kind);
    out[0] = (float)s.step;
    out[1] = s.gamma;
    out[2] = (float)s.patience;
    out[3] = s.min_lr;
}

/* An optimizer kind's default hyperparameters: out = {momentum, rho, beta1,
 * beta2, eps} as floats (nn_optimizer_default), so the page offers each
 * optimizer with the core's own values. */
DH_EXPORT void dh_optimizer_defaults(int kind, float *out)
{
    nn_optimizer o = nn_optimizer_default((nn_optimizer_kind)kind);
    out[0] = o.momentum;
    out[1] = o.rho;
    out[2] = o.beta1;
    out[3] = o.beta2;
    out[4] = o.eps;
}

DH_EXPORT void dh_config_set_regularization(nn_config *cfg, int reg, float rate, float dropout,
                                            int patience)
{
    cfg->reg = (nn_reg_kind)reg;
    cfg->reg_rate = rate;
    cfg->dropout = dropout;
    cfg->patience = patience;
}

DH_EXPORT int dh_optimizer_validate(const nn_config *cfg)
{
    return nn_optimizer_validate(&cfg->optimizer);
}
DH_EXPORT int dh_schedule_validate(const nn_config *cfg)
{
    return nn_schedule_validate(&cfg->schedule);
}

/* ---- trainers ----------------------------------------------------------- */

DH_EXPORT nn_trainer *dh_trainer_create(const nn_config *cfg, const nn_dataset *train,
                                        const nn_dataset *test)
{
    return nn_trainer_create(cfg, train, test);
}
DH_EXPORT void dh_trainer_destroy(nn_trainer *t) { nn_trainer_destroy(t); }

/* Train; the trainer's status afterwards (>= 0), or -1 with nn_last_error():
 * the status in the same call, as the page and the benchmarks read it after
 * every short step. */
DH_EXPORT int dh_trainer_step_batches(nn_trainer *t, int n)
{
    return nn_trainer_step_batches(t, n) == NN_OK ? (int)t->status : -1;
}
DH_EXPORT int dh_trainer_step_epochs(nn_trainer *t, int n)
{
    return nn_trainer_step_epochs(t, n) == NN_OK ? (int)t->status : -1;
}

DH_EXPORT int dh_trainer_status(const nn_trainer *t) { return (int)t->status; }
DH_EXPORT int dh_trainer_epoch(const nn_trainer *t) { return t->epoch; }
DH_EXPORT int dh_trainer_diverged_epoch(const nn_trainer *t) { return t->diverged_epoch; }
DH_EXPORT int dh_trainer_best_epoch(const nn_trainer *t) { return t->best_epoch; }
DH_EXPORT double dh_trainer_updates(const nn_trainer *t) { return (double)t->updates; }
DH_EXPORT float dh_trainer_lr(const nn_trainer *t) { return t->lr; }
DH_EXPORT float dh_trainer_lr_now(const nn_trainer *t) { return t->lr_now; }
DH_EXPORT int dh_trainer_batch(const nn_trainer *t) { return t->model->cfg.batch; }
DH_EXPORT int dh_trainer_cursor(const nn_trainer *t) { return t->cursor; }

/* History of epochs [from, from + count): out (count, 7) = epoch (0-based),
 * train_loss, test_loss, train_acc, test_acc, lr, updates. Evicted or missing
 * epochs are skipped; returns the number of rows written. */
DH_EXPORT int dh_trainer_history(const nn_trainer *t, int from, int count, int every, float *out)
{
    int rows = 0;
    for (int e = from; e < from + count; e++) {
        /* Every `every`-th epoch (1-based), and the last one asked for. */
        if ((e + 1) % every != 0 && e != from + count - 1) continue;
        const nn_epoch_record *r = nn_trainer_record(t, e);
        if (!r) continue;
        float *o = out + 7 * rows++;
        o[0] = (float)e;
        o[1] = r->train_loss;
        o[2] = r->test_loss;
        o[3] = r->train_acc;
        o[4] = r->test_acc;
        o[5] = r->lr;
        o[6] = r->updates;
    }
    return rows;
}

DH_EXPORT int dh_trainer_set_lr(nn_trainer *t, float lr) { return nn_trainer_set_lr(t, lr); }
DH_EXPORT int dh_trainer_set_batch(nn_trainer *t, int b) { return nn_trainer_set_batch(t, b); }
/* Optimizer / schedule from a config filled by dh_config_set_optimizer / _schedule. */
DH_EXPORT int dh_trainer_set_optimizer(nn_trainer *t, const nn_config *cfg)
{
    return nn_trainer_set_optimizer(t, &cfg->optimizer);
}
DH_EXPORT int dh_trainer_set_schedule(nn_trainer *t, const nn_config *cfg)
{
    return nn_trainer_set_schedule(t, &cfg->schedule);
}
DH_EXPORT int dh_trainer_set_regularization(nn_trainer *t, int kind, float rate)
{
    return nn_trainer_set_regularization(t, (nn_reg_kind)kind, rate);
}
DH_EXPORT int dh_trainer_set_dropout(nn_trainer *t, float p) { return nn_trainer_set_dropout(t, p); }
DH_EXPORT int dh_trainer_set_patience(nn_trainer *t, int p) { return nn_trainer_set_patience(t, p); }
DH_EXPORT void dh_trainer_reset(nn_trainer *t) { nn_trainer_reset(t); }
DH_EXPORT void dh_trainer_reseed(nn_trainer *t, double seed) { nn_trainer_reseed(t, dh__seed(seed)); }

/* Best seed (>= 0) or -1 on failure. */
DH_EXPORT double dh_trainer_restarts(nn_trainer *t, int restarts, int epochs)
{
    uint64_t best = 0;
    if (nn_trainer_restarts(t, restarts, epochs, &best) != NN_OK) return -1.0;
    return (double)best;
}

DH_EXPORT int dh_trainer_loss_surface(nn_trainer *t, float *out, int p0, int p1, float lo0,
                                      float hi0, float lo1, float hi1, int w, int h)
{
    return nn_trainer_loss_surface(t, out, p0, p1, lo0, hi0, lo1, hi1, w, h);
}
DH_EXPORT int dh_trainer_optimizer_path(nn_trainer *t, float *path, int p0, int p1, float a,
                                        float b, int steps)
{
    return nn_trainer_optimizer_path(t, path, p0, p1, a, b, steps);
}

/* ---- the model inside a trainer ----------------------------------------- */

DH_EXPORT int dh_trainer_n_layers(const nn_trainer *t) { return t->model->n_layers; }
/* sizes[i] for i in 0..n_layers: inputs, hidden..., outputs. */
DH_EXPORT int dh_trainer_size(const nn_trainer *t, int i)
{
    return (i >= 0 && i <= t->model->n_layers) ? t->model->sizes[i] : 0;
}
DH_EXPORT int dh_trainer_n_outputs(const nn_trainer *t) { return t->model->n_outputs; }
DH_EXPORT int dh_trainer_n_params(const nn_trainer *t) { return t->model->n_params; }
DH_EXPORT float *dh_trainer_params(const nn_trainer *t) { return t->model->params; }
DH_EXPORT float *dh_trainer_layer_w(const nn_trainer *t, int l) { return t->model->layers[l].w; }
DH_EXPORT float *dh_trainer_layer_b(const nn_trainer *t, int l) { return t->model->layers[l].b; }
/* ‖∂L/∂W‖₂ per weight layer at the last update: out (n_layers). */
DH_EXPORT void dh_trainer_layer_grad_norms(const nn_trainer *t, float *out)
{
    nn_trainer_layer_grad_norms(t, out);
}
DH_EXPORT int dh_trainer_hidden_units(const nn_trainer *t)
{
    return nn_model_hidden_units(t->model);
}

/* Decision grid for the trainer's model; hidden may be NULL. */
DH_EXPORT int dh_trainer_eval_grid(nn_trainer *t, float *out, float *hidden, float x0, float x1,
                                   float y0, float y1, int w, int h)
{
    return nn_eval_grid(t->model, out, hidden, x0, x1, y0, y1, w, h);
}

/* Decision grid through an input map (nn_eval.h nn_input_map), given flat:
 * held has n_raw floats, mean and std one per model input. */
DH_EXPORT int dh_trainer_eval_grid_map(nn_trainer *t, int n_raw, int axis_x, int axis_y,
                                       unsigned features, const float *held, const float *mean,
                                       const float *std, float *out, float *hidden, float x0,
                                       float x1, float y0, float y1, int w, int h)
{
    nn_input_map map = {.n_raw = n_raw, .axis_x = axis_x, .axis_y = axis_y, .features = features,
                        .held = held, .mean = mean, .std = std};
    return nn_eval_grid_map(t->model, &map, out, hidden, x0, x1, y0, y1, w, h);
}

/* Mean loss and accuracy over ds: out (2). */
DH_EXPORT int dh_trainer_evaluate(nn_trainer *t, const nn_dataset *ds, float *out)
{
    return nn_model_evaluate(t->model, ds, &out[0], &out[1]);
}

/* Class probabilities for n points: probs (n, n_outputs), x (n, inputs). */
DH_EXPORT void dh_trainer_predict(nn_trainer *t, float *probs, const float *x, int n)
{
    nn_model_predict(t->model, probs, x, n);
}

/* ---- perceptron, landscapes, scalar math ---------------------------------- */

/* One perceptron step. w (d) and *b are updated in place, *cursor advanced.
 * move (4) = index, predicted, label, sign. */
DH_EXPORT int dh_perceptron_step(float *w, float *b, const nn_dataset *ds, float a, int *cursor,
                                 float *move)
{
    nn_perceptron_move mv = {-1, 0, 0, 0.0f};
    int status = nn_perceptron_step(w, b, ds, a, cursor, &mv);
    move[0] = (float)mv.index;
    move[1] = (float)mv.predicted;
    move[2] = (float)mv.label;
    move[3] = mv.sign;
    return status;
}
DH_EXPORT int dh_perceptron_predict(const float *w, float b, const float *x, int d)
{
    return nn_perceptron_predict(w, b, x, d);
}

/* f(a, b) and its gradient: out (3) = f, ∂f/∂a, ∂f/∂b. */
DH_EXPORT void dh_landscape_eval(int kind, float a, float b, float *out)
{
    out[0] = nn_landscape_eval((nn_landscape_kind)kind, a, b, &out[1], &out[2]);
}
DH_EXPORT int dh_landscape_grid(int kind, float *out, float lo_a, float hi_a, float lo_b,
                                float hi_b, int w, int h)
{
    return nn_landscape_grid((nn_landscape_kind)kind, out, lo_a, hi_a, lo_b, hi_b, w, h);
}
/* Optimizer from cfg (dh_config_set_optimizer). */
DH_EXPORT int dh_landscape_path(int kind, const nn_config *cfg, float lr, float a, float b,
                                int steps, float *path)
{
    return nn_landscape_path((nn_landscape_kind)kind, &cfg->optimizer, lr, a, b, steps, path);
}

DH_EXPORT float dh_sigmoid(float x) { return nn_sigmoid(x); }
DH_EXPORT float dh_cross_entropy_binary(const float *y, const float *p, int n)
{
    return nn_cross_entropy_binary(y, p, n);
}

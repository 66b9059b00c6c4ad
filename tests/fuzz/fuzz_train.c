/* fuzz_train.c — libFuzzer target: training with arbitrary data, hyperparameters
 * and a sequence of live changes (the trainer API the playground drives).
 *
 * Input layout (reads past the end give 0):
 *   bytes 0-2     n = 1 + b0 % 64 points, d = 1 + b1 % 4 features, k = 1 + b2 % 4 classes
 *   byte 3        data flags: bit 0 make feature 0 constant, bit 1 standardize,
 *                 bit 2 hold out a test set (split 0.3), bit 3 all labels 0 (one class)
 *   n*d values    fuzz_value(): NaN, ±Inf, ±1e30, 3.4e38, tiny, ordinary
 *   n bytes       labels, y = byte % k
 *   config        model, hidden layers, units, activation, loss, optimizer and its
 *                 hyperparameters, lr, batch, schedule, reg, dropout, patience, seed
 *                 (a setting the core refuses falls back to its default, so most
 *                 inputs train)
 *   the rest      up to 24 operations, one byte each (op % 16) plus their arguments: steps,
 *                 epochs, every setter, reset, reseed, restarts, loss surface,
 *                 optimizer path, grid, evaluate and predict
 *
 * Checks after every operation: the status is known; unless it is "diverged"
 * every weight is finite; a diverged trainer does not move; history records
 * are finite with accuracies in [0, 1]; a refused setting leaves a message.
 */
#include "fuzz_input.h"
#include "nn.h"

static nn_optimizer fuzz__optimizer(fuzz_in *in)
{
    nn_optimizer o = nn_optimizer_default((nn_optimizer_kind)(fuzz_u8(in) % NN_OPT_COUNT));
    uint8_t which = fuzz_u8(in);
    if (which & 1) o.momentum = fuzz_value(in);
    if (which & 2) o.rho = fuzz_value(in);
    if (which & 4) o.beta1 = fuzz_value(in);
    if (which & 8) o.beta2 = fuzz_value(in);
    if (which & 16) o.eps = fuzz_rate(in);
    return o;
}

static nn_schedule fuzz__schedule(fuzz_in *in)
{
    nn_schedule s = nn_schedule_default((nn_schedule_kind)(fuzz_u8(in) % NN_SCHED_COUNT));
    uint8_t which = fuzz_u8(in);
    if (which & 1) s.step = (int)fuzz_u8(in) - 2;
    if (which & 2) s.gamma = fuzz_value(in);
    if (which & 4) s.patience = (int)fuzz_u8(in) - 2;
    if (which & 8) s.min_lr = fuzz_value(in);
    return s;
}

/* restarted: the operation was reset, reseed or restarts, which start over, so a
 * diverged trainer may move on. */
static void fuzz__invariants(const nn_trainer *t, int epoch_before, nn_status status_before,
                             int restarted)
{
    FUZZ_CHECK((unsigned)t->status < NN_STATUS_COUNT, "status %d", (int)t->status);
    if (t->status != NN_STATUS_DIVERGED)
        FUZZ_CHECK(nn_model_finite(t->model), "status %s but a weight is not finite",
                   nn_status_name(t->status));
    if (!restarted && status_before == NN_STATUS_DIVERGED)
        FUZZ_CHECK(t->epoch == epoch_before, "a diverged trainer moved from epoch %d to %d",
                   epoch_before, t->epoch);
    if (t->epoch > 0) {
        const nn_epoch_record *r = nn_trainer_record(t, t->epoch - 1);
        FUZZ_CHECK(r != NULL, "no record of the last epoch");
        FUZZ_CHECK(isfinite(r->train_loss) && isfinite(r->test_loss), "record loss %g %g",
                   (double)r->train_loss, (double)r->test_loss);
        FUZZ_CHECK(r->train_acc >= 0.0f && r->train_acc <= 1.0f && r->test_acc >= 0.0f &&
                       r->test_acc <= 1.0f,
                   "record accuracy %g %g", (double)r->train_acc, (double)r->test_acc);
    }
}

static void fuzz__refused(int status)
{
    if (status != NN_OK) FUZZ_CHECK(nn_last_error()[0] != '\0', "refused without a message");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_in in = {data, size};
    int n = 1 + fuzz_u8(&in) % 64, d = 1 + fuzz_u8(&in) % 4, k = 1 + fuzz_u8(&in) % 4;
    uint8_t flags = fuzz_u8(&in);
    nn_dataset *all = nn_dataset_create(n, d, k);
    FUZZ_CHECK(all != NULL, "create: %s", nn_last_error());
    for (int i = 0; i < n * d; i++) all->x[i] = fuzz_value(&in);
    for (int i = 0; i < n; i++) all->y[i] = (flags & 8) ? 0 : fuzz_u8(&in) % k;
    if (flags & 1)
        for (int i = 0; i < n; i++) all->x[i * d] = all->x[0];

    nn_dataset *train = all, *test = NULL, *tr = NULL, *te = NULL;
    if (flags & 4) {
        FUZZ_CHECK(nn_dataset_split(all, 0.3f, 7, &tr, &te) == NN_OK, "split: %s", nn_last_error());
        train = tr;
        test = te;
    }
    if (flags & 2) {
        FUZZ_CHECK(nn_dataset_standardize(train) == NN_OK, "standardize: %s", nn_last_error());
        if (test) fuzz__refused(nn_dataset_standardize_like(test, train));
    }

    nn_config cfg;
    nn_config_default(&cfg);
    cfg.kind = (nn_model_kind)(fuzz_u8(&in) % NN_MODEL_KIND_COUNT);
    cfg.inputs = d;
    cfg.classes = k < 2 ? 2 : k;
    if ((cfg.kind == NN_MODEL_PERCEPTRON || cfg.kind == NN_MODEL_LOGISTIC) && cfg.classes > 2)
        cfg.kind = NN_MODEL_SOFTMAX;
    cfg.hidden_layers = fuzz_u8(&in) % 4;
    for (int l = 0; l < cfg.hidden_layers; l++) cfg.hidden[l] = 1 + fuzz_u8(&in) % 16;
    if (cfg.kind == NN_MODEL_MLP && cfg.hidden_layers == 0) cfg.hidden_layers = 1;
    cfg.activation = (nn_activation)(fuzz_u8(&in) % NN_ACT_COUNT);
    cfg.loss = (nn_loss)(fuzz_u8(&in) % NN_LOSS_COUNT);
    cfg.optimizer = fuzz__optimizer(&in);
    if (nn_optimizer_validate(&cfg.optimizer) != NN_OK)
        cfg.optimizer = nn_optimizer_default(cfg.optimizer.kind);
    cfg.lr = fuzz_rate(&in);
    if (!(isfinite(cfg.lr) && cfg.lr > 0.0f && cfg.lr <= 1e6f)) cfg.lr = 0.03f;
    cfg.batch = 1 + fuzz_u8(&in) % 80;
    cfg.schedule = fuzz__schedule(&in);
    if (nn_schedule_validate(&cfg.schedule) != NN_OK)
        cfg.schedule = nn_schedule_default(cfg.schedule.kind);
    cfg.reg = (nn_reg_kind)(fuzz_u8(&in) % NN_REG_COUNT);
    cfg.reg_rate = fuzz_value(&in);
    if (!(isfinite(cfg.reg_rate) && cfg.reg_rate >= 0.0f && cfg.reg_rate <= 10.0f)) cfg.reg_rate = 0.0f;
    cfg.dropout = (float)(fuzz_u8(&in) % 100) / 100.0f;
    if (cfg.dropout > 0.95f) cfg.dropout = 0.0f;
    cfg.patience = fuzz_u8(&in) % 4;
    cfg.seed = fuzz_u32(&in);

    nn_clear_error();
    nn_trainer *t = nn_trainer_create(&cfg, train, test);
    if (!t) {
        /* Only an empty training set (a split of one point) may refuse. */
        FUZZ_CHECK(train->n == 0, "create refused a valid setup: %s", nn_last_error());
        goto done;
    }

    float buf[4 * 4 * 3 + 16];
    for (int ops = 0; ops < 24 && in.left > 0; ops++) {
        int epoch_before = t->epoch;
        nn_status status_before = t->status;
        int np = t->model->n_params;
        nn_clear_error();
        int op = fuzz_u8(&in) % 16;
        switch (op) {
        case 0: fuzz__refused(nn_trainer_step_batches(t, fuzz_u8(&in) % 8)); break;
        case 1: fuzz__refused(nn_trainer_step_epochs(t, fuzz_u8(&in) % 3)); break;
        case 2: fuzz__refused(nn_trainer_set_lr(t, fuzz_rate(&in))); break;
        case 3: fuzz__refused(nn_trainer_set_batch(t, (int)fuzz_u8(&in) - 2)); break;
        case 4: {
            nn_optimizer o = fuzz__optimizer(&in);
            fuzz__refused(nn_trainer_set_optimizer(t, &o));
            break;
        }
        case 5: {
            nn_schedule s = fuzz__schedule(&in);
            fuzz__refused(nn_trainer_set_schedule(t, &s));
            break;
        }
        case 6: {
            nn_reg_kind kind = (nn_reg_kind)(fuzz_u8(&in) % (NN_REG_COUNT + 1));
            fuzz__refused(nn_trainer_set_regularization(t, kind, fuzz_value(&in)));
            break;
        }
        case 7: fuzz__refused(nn_trainer_set_dropout(t, fuzz_value(&in))); break;
        case 8: fuzz__refused(nn_trainer_set_patience(t, (int)fuzz_u8(&in) % 6 - 1)); break;
        case 9: nn_trainer_reset(t); break;
        case 10: nn_trainer_reseed(t, fuzz_u32(&in)); break;
        case 11: {
            uint64_t best;
            int r = 1 + fuzz_u8(&in) % 3, e = 1 + fuzz_u8(&in) % 2;
            fuzz__refused(nn_trainer_restarts(t, r, e, &best));
            break;
        }
        case 12: {
            int p0 = fuzz_u8(&in) % (np + 1), p1 = fuzz_u8(&in) % (np + 1);
            float lo0 = fuzz_value(&in), hi0 = fuzz_value(&in), lo1 = fuzz_value(&in),
                  hi1 = fuzz_value(&in);
            int w = 1 + fuzz_u8(&in) % 4, h = 1 + fuzz_u8(&in) % 4;
            float *keep = malloc((size_t)np * sizeof *keep);
            if (!keep) abort();
            memcpy(keep, t->model->params, (size_t)np * sizeof *keep);
            fuzz__refused(nn_trainer_loss_surface(t, buf, p0, p1, lo0, hi0, lo1, hi1, w, h));
            FUZZ_CHECK(memcmp(keep, t->model->params, (size_t)np * sizeof *keep) == 0,
                       "the loss surface changed the weights");
            free(keep);
            break;
        }
        case 13: {
            int p0 = fuzz_u8(&in) % (np + 1), p1 = fuzz_u8(&in) % (np + 1);
            float a = fuzz_value(&in), b = fuzz_value(&in);
            int steps = fuzz_u8(&in) % 15;
            int got = nn_trainer_optimizer_path(t, buf, p0, p1, a, b, steps);
            if (got < 0) fuzz__refused(got);
            else FUZZ_CHECK(got >= 1 && got <= steps + 1, "path wrote %d of %d", got, steps + 1);
            break;
        }
        case 14: {
            float loss, acc, norms[NN_MAX_HIDDEN_LAYERS + 1], probs[NN_MAX_CLASSES];
            int cls;
            nn_trainer_layer_grad_norms(t, norms);
            fuzz__refused(nn_model_evaluate(t->model, train, &loss, &acc));
            nn_model_predict(t->model, probs, train->x, 1);
            nn_model_classify(t->model, &cls, train->x, 1);
            FUZZ_CHECK(cls >= 0 && cls < t->model->cfg.classes, "class %d", cls);
            break;
        }
        default: {
            float x0 = fuzz_value(&in), x1 = fuzz_value(&in), y0 = fuzz_value(&in),
                  y1 = fuzz_value(&in);
            int w = 1 + fuzz_u8(&in) % 4, h = 1 + fuzz_u8(&in) % 4;
            float *grid = malloc((size_t)(t->model->n_outputs + nn_model_hidden_units(t->model)) *
                                 (size_t)(w * h) * sizeof *grid);
            if (!grid) abort();
            fuzz__refused(nn_eval_grid(t->model, grid, grid + (size_t)t->model->n_outputs * w * h,
                                       x0, x1, y0, y1, w, h));
            free(grid);
            break;
        }
        }
        fuzz__invariants(t, epoch_before, status_before, op >= 9 && op <= 11);
    }
    nn_trainer_destroy(t);
done:
    nn_dataset_destroy(tr);
    nn_dataset_destroy(te);
    nn_dataset_destroy(all);
    return 0;
}

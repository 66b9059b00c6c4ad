/* The training loop: reproducibility, batch regimes, live settings, reset and
 * reseed, schedules, early stopping, restarts, divergence, the loss surface,
 * the optimizer path, per-layer gradient norms and grid evaluation. */
#include <math.h>
#include <string.h>

#include "check.h"
#include "nn.h"

static nn_dataset *train_set, *test_set;

static void make_data(nn_data_kind kind, int n, float noise)
{
    nn_dataset_destroy(train_set);
    nn_dataset_destroy(test_set);
    nn_dataset *all = nn_dataset_generate(kind, n, noise, 3);
    nn_dataset_split(all, 0.5f, 3, &train_set, &test_set);
    nn_dataset_destroy(all);
}

static nn_config xor_config(void)
{
    nn_config cfg;
    nn_config_default(&cfg);
    cfg.hidden[0] = 8;
    cfg.hidden[1] = 8;
    cfg.optimizer = nn_optimizer_default(NN_OPT_ADAM);
    cfg.lr = 0.01f;
    return cfg;
}

static int same_history(const nn_trainer *a, const nn_trainer *b)
{
    if (a->epoch != b->epoch) return 0;
    for (int e = 0; e < a->epoch; e++)
        if (memcmp(nn_trainer_record(a, e), nn_trainer_record(b, e), sizeof(nn_epoch_record)))
            return 0;
    return 1;
}

static void test_reproducible_and_learns(void)
{
    make_data(NN_DATA_XOR, 400, 0.1f);
    nn_config cfg = xor_config();
    nn_trainer *a = nn_trainer_create(&cfg, train_set, test_set);
    nn_trainer *b = nn_trainer_create(&cfg, train_set, test_set);
    nn_trainer_step_epochs(a, 60);
    nn_trainer_step_epochs(b, 60);
    CHECK(same_history(a, b));
    const nn_epoch_record *first = nn_trainer_record(a, 0), *last = nn_trainer_record(a, 59);
    CHECK(last->train_loss < 0.5f * first->train_loss);
    CHECK(last->test_acc >= 0.95f);
    CHECK(a->status == NN_STATUS_RUNNING && a->epoch == 60);
    /* Reset: same initial weights, same history again. */
    nn_trainer_reset(a);
    CHECK(a->epoch == 0 && a->status == NN_STATUS_READY);
    nn_trainer_step_epochs(a, 60);
    CHECK(same_history(a, b));
    /* Reseed: new initial weights. */
    nn_trainer_reseed(b, 12345);
    CHECK(memcmp(a->model->params, b->model->params, sizeof(float) * 4) != 0);
    nn_trainer_destroy(a);
    nn_trainer_destroy(b);
}

static void test_batch_regimes(void)
{
    make_data(NN_DATA_GAUSS, 100, 0.1f); /* 50 training points */
    nn_config cfg = xor_config();
    const int batches[3] = {1, 10, 1000}, expect[3] = {50, 5, 1};
    for (int i = 0; i < 3; i++) {
        cfg.batch = batches[i];
        nn_trainer *t = nn_trainer_create(&cfg, train_set, test_set);
        nn_trainer_step_epochs(t, 2);
        CHECK(t->updates == 2 * expect[i]);
        CHECK_NEAR(nn_trainer_record(t, 0)->updates, expect[i], 0);
        nn_trainer_destroy(t);
    }
    /* A batch of 7 on 50 points: 8 updates per epoch, the last one of 1 point. */
    cfg.batch = 7;
    nn_trainer *t = nn_trainer_create(&cfg, train_set, test_set);
    nn_trainer_step_batches(t, 9);
    CHECK(t->epoch == 1 && t->updates == 9 && t->cursor == 7);
    nn_trainer_destroy(t);
}

static void test_live_settings(void)
{
    make_data(NN_DATA_XOR, 200, 0.1f);
    nn_config cfg = xor_config();
    nn_trainer *t = nn_trainer_create(&cfg, train_set, test_set);
    nn_trainer_step_epochs(t, 5);
    float before[64];
    memcpy(before, t->model->params, sizeof before);
    CHECK(nn_trainer_set_lr(t, 0.3f) == NN_OK);
    CHECK(nn_trainer_set_batch(t, 25) == NN_OK);
    nn_optimizer sgd = nn_optimizer_default(NN_OPT_MOMENTUM);
    CHECK(nn_trainer_set_optimizer(t, &sgd) == NN_OK);
    CHECK(nn_trainer_set_regularization(t, NN_REG_L2, 0.001f) == NN_OK);
    CHECK(nn_trainer_set_dropout(t, 0.1f) == NN_OK);
    CHECK(memcmp(before, t->model->params, sizeof before) == 0);
    CHECK(t->epoch == 5);
    long long updates = t->updates;
    nn_trainer_step_epochs(t, 1);
    CHECK(t->epoch == 6);
    CHECK(t->updates - updates == 4); /* 100 points / batch 25 */
    CHECK_NEAR(nn_trainer_record(t, 5)->lr, 0.3, 1e-7);
    /* Bad values are refused and change nothing. */
    CHECK(nn_trainer_set_lr(t, -1.0f) == NN_ERR && strstr(nn_last_error(), "learning rate"));
    CHECK(nn_trainer_set_lr(t, NAN) == NN_ERR);
    CHECK(nn_trainer_set_batch(t, 0) == NN_ERR && strstr(nn_last_error(), "batch"));
    CHECK_NEAR(t->lr, 0.3, 1e-7);
    nn_trainer_destroy(t);
}

static void test_schedule_in_history(void)
{
    make_data(NN_DATA_GAUSS, 100, 0.1f);
    nn_config cfg = xor_config();
    cfg.optimizer = nn_optimizer_default(NN_OPT_SGD);
    cfg.lr = 0.1f;
    cfg.schedule = nn_schedule_default(NN_SCHED_STEP);
    cfg.schedule.step = 3;
    cfg.schedule.gamma = 0.5f;
    nn_trainer *t = nn_trainer_create(&cfg, train_set, test_set);
    nn_trainer_step_epochs(t, 7);
    CHECK_NEAR(nn_trainer_record(t, 0)->lr, 0.1, 1e-7);
    CHECK_NEAR(nn_trainer_record(t, 3)->lr, 0.05, 1e-7);
    CHECK_NEAR(nn_trainer_record(t, 6)->lr, 0.025, 1e-7);
    nn_trainer_destroy(t);
}

static void test_divergence(void)
{
    make_data(NN_DATA_SPIRAL, 200, 0.1f);
    nn_config cfg = xor_config();
    cfg.optimizer = nn_optimizer_default(NN_OPT_SGD);
    /* Linear units at a huge rate overflow to Inf/NaN. */
    cfg.activation = NN_ACT_LINEAR;
    cfg.lr = 1e6f;
    nn_trainer *lin = nn_trainer_create(&cfg, train_set, test_set);
    nn_trainer_step_epochs(lin, 50);
    CHECK(lin->status == NN_STATUS_DIVERGED);
    nn_trainer_destroy(lin);
    /* tanh at rate 10 stays finite but overshoots far above chance loss. */
    cfg.activation = NN_ACT_TANH;
    cfg.lr = 10.0f;
    nn_trainer *t = nn_trainer_create(&cfg, train_set, test_set);
    nn_trainer_step_epochs(t, 50);
    CHECK(t->status == NN_STATUS_DIVERGED);
    CHECK(t->diverged_epoch >= 1 && t->diverged_epoch <= 50);
    for (int e = 0; e < t->epoch; e++) CHECK(isfinite(nn_trainer_record(t, e)->train_loss));
    int epoch = t->epoch;
    nn_trainer_step_epochs(t, 5); /* stays stopped, no crash */
    CHECK(t->epoch == epoch);
    nn_trainer_set_lr(t, 0.01f);
    nn_trainer_reset(t);
    nn_trainer_step_epochs(t, 5);
    CHECK(t->status == NN_STATUS_RUNNING && t->epoch == 5);
    nn_trainer_destroy(t);
}

/* Fuzzing found a trainer left "running" with Inf weights: an update overflowed
 * mid-epoch, and the loss that would have shown it was never computed. One
 * SGD step on x = 1e33 at rate 1e6 moves the weight by 0.5e33 * 1e6 > FLT_MAX. */
static void test_divergence_mid_epoch(void)
{
    nn_dataset *ds = nn_dataset_create(2, 1, 2);
    ds->x[0] = 1e33f;
    ds->y[0] = 1;
    ds->x[1] = -1e33f;
    ds->y[1] = 0;
    nn_config cfg;
    nn_config_default(&cfg);
    cfg.kind = NN_MODEL_LOGISTIC;
    cfg.inputs = 1;
    cfg.hidden_layers = 0;
    cfg.lr = 1e6f;
    cfg.batch = 1;
    nn_trainer *t = nn_trainer_create(&cfg, ds, NULL);
    CHECK(t != NULL);
    nn_trainer_step_batches(t, 1);
    CHECK(t->epoch == 0 && t->cursor == 1); /* still inside the first epoch */
    CHECK(t->status == NN_STATUS_DIVERGED);
    CHECK(t->diverged_epoch == 1);
    nn_trainer_destroy(t);
    nn_dataset_destroy(ds);
}

static void test_early_stopping(void)
{
    make_data(NN_DATA_GAUSS, 60, 0.9f); /* few noisy points: the test loss turns up */
    nn_config cfg = xor_config();
    cfg.hidden[0] = 32;
    cfg.hidden[1] = 32;
    cfg.lr = 0.03f;
    cfg.patience = 10;
    nn_trainer *t = nn_trainer_create(&cfg, train_set, test_set);
    nn_trainer_step_epochs(t, 3000);
    CHECK(t->status == NN_STATUS_EARLY_STOPPED);
    CHECK(t->best_epoch > 0 && t->epoch == t->best_epoch + 10);
    float loss;
    nn_model_evaluate(t->model, test_set, &loss, NULL);
    CHECK_NEAR(loss, nn_trainer_record(t, t->best_epoch - 1)->test_loss, 1e-5);
    nn_trainer_destroy(t);
}

static void test_restarts(void)
{
    make_data(NN_DATA_XOR, 100, 0.2f);
    nn_config cfg = xor_config();
    cfg.hidden_layers = 1;
    cfg.hidden[0] = 2;
    float losses[4];
    for (int r = 0; r < 4; r++) {
        cfg.seed = 10 + (uint64_t)r;
        nn_trainer *t = nn_trainer_create(&cfg, train_set, test_set);
        nn_trainer_step_epochs(t, 20);
        losses[r] = nn_trainer_record(t, 19)->test_loss;
        nn_trainer_destroy(t);
    }
    cfg.seed = 10;
    nn_trainer *t = nn_trainer_create(&cfg, train_set, test_set);
    uint64_t best = 0;
    CHECK(nn_trainer_restarts(t, 4, 20, &best) == NN_OK);
    float lowest = fminf(fminf(losses[0], losses[1]), fminf(losses[2], losses[3]));
    CHECK_NEAR(losses[best - 10], lowest, 0);
    CHECK_NEAR(nn_trainer_record(t, 19)->test_loss, lowest, 0);
    nn_trainer_destroy(t);
}

static void test_surface_and_path(void)
{
    make_data(NN_DATA_GAUSS, 200, 0.2f);
    nn_config cfg;
    nn_config_default(&cfg);
    cfg.kind = NN_MODEL_LOGISTIC;
    cfg.lr = 0.5f;
    cfg.optimizer = nn_optimizer_default(NN_OPT_ADAM);
    cfg.lr = 0.1f;
    nn_trainer *t = nn_trainer_create(&cfg, train_set, test_set);
    nn_trainer_step_epochs(t, 3);
    float *p = t->model->params, keep0 = p[0], keep1 = p[1], surface[9], loss;
    /* The middle cell's centre is the current point. */
    CHECK(nn_trainer_loss_surface(t, surface, 0, 1, keep0 - 1, keep0 + 1, keep1 - 1, keep1 + 1,
                                  3, 3) == NN_OK);
    nn_model_evaluate(t->model, train_set, &loss, NULL);
    CHECK_NEAR(surface[4], loss, 1e-5);
    CHECK(p[0] == keep0 && p[1] == keep1);
    float path[3 * 201];
    int n = nn_trainer_optimizer_path(t, path, 0, 1, -3.0f, 3.0f, 200);
    CHECK(n == 201);
    CHECK(path[0] == -3.0f && path[1] == 3.0f);
    CHECK(path[3 * 200 + 2] < 0.5f * path[2]); /* downhill */
    CHECK(p[0] == keep0 && p[1] == keep1);
    CHECK(nn_trainer_optimizer_path(t, path, 0, 0, 0, 0, 10) == NN_ERR);
    nn_trainer_destroy(t);
}

static void test_vanishing_gradient(void)
{
    make_data(NN_DATA_CIRCLE, 200, 0.1f);
    nn_config cfg;
    nn_config_default(&cfg);
    cfg.hidden_layers = 6;
    for (int l = 0; l < 6; l++) cfg.hidden[l] = 8;
    cfg.activation = NN_ACT_SIGMOID;
    cfg.batch = 100;
    nn_trainer *t = nn_trainer_create(&cfg, train_set, test_set);
    nn_trainer_step_batches(t, 1);
    float norms[7];
    nn_trainer_layer_grad_norms(t, norms);
    CHECK(norms[0] > 0.0f && norms[0] < 0.1f * norms[6]);
    nn_trainer_destroy(t);
}

static void test_grid(void)
{
    make_data(NN_DATA_BLOBS3, 150, 0.1f);
    nn_config cfg = xor_config();
    cfg.classes = 3;
    nn_trainer *t = nn_trainer_create(&cfg, train_set, test_set);
    nn_trainer_step_epochs(t, 5);
    enum { W = 7, H = 5 };
    float out[3 * W * H], hidden[16 * W * H], probs[3], x[2];
    CHECK(nn_eval_grid(t->model, out, hidden, -2, 5, -1, 4, W, H) == NN_OK);
    CHECK(nn_model_hidden_units(t->model) == 16);
    /* Cell (row 1, col 2): centre x = -2 + 2.5, y = 4 - 1.5. */
    x[0] = 0.5f;
    x[1] = 2.5f;
    nn_model_predict(t->model, probs, x, 1);
    for (int c = 0; c < 3; c++) CHECK_NEAR(out[c * W * H + 1 * W + 2], probs[c], 1e-6);
    CHECK(nn_eval_grid(t->model, out, NULL, 1, 0, 0, 1, W, H) == NN_ERR);
    nn_trainer_destroy(t);
}

static void test_perceptron_model(void)
{
    nn_dataset *and_ = nn_dataset_generate(NN_DATA_AND, 4, 0, 1);
    nn_config cfg;
    nn_config_default(&cfg);
    cfg.kind = NN_MODEL_PERCEPTRON;
    cfg.lr = 0.1f;
    nn_trainer *t = nn_trainer_create(&cfg, and_, NULL);
    nn_trainer_step_epochs(t, 200);
    CHECK(t->status == NN_STATUS_CONVERGED);
    float acc;
    nn_model_evaluate(t->model, and_, NULL, &acc);
    CHECK_NEAR(acc, 1.0, 0);
    nn_trainer_destroy(t);
    nn_dataset_destroy(and_);
}

/* Regression: a linear model fits the plane down to its noise level, whose
 * variance is known (noise 0.2 adds N(0, 0.1²): MSE floor 0.01); a 2-8-1 net
 * learns the bumps; the grid carries the continuous output; accuracy is NaN. */
static void test_regression(void)
{
    make_data(NN_DATA_PLANE, 600, 0.2f);
    nn_config cfg;
    nn_config_default(&cfg);
    cfg.kind = NN_MODEL_LOGISTIC;
    cfg.optimizer = nn_optimizer_default(NN_OPT_ADAM);
    cfg.lr = 0.02f;
    nn_trainer *t = nn_trainer_create(&cfg, train_set, test_set);
    CHECK(t != NULL);
    if (!t) return;
    CHECK(t->model->cfg.regression && t->model->cfg.loss == NN_LOSS_SQUARED);
    nn_trainer_step_epochs(t, 150);
    const nn_epoch_record *last = nn_trainer_record(t, t->epoch - 1);
    CHECK(last && isnan(last->train_acc) && isnan(last->test_acc));
    float mse = 0.0f, acc = 0.0f;
    CHECK(nn_model_evaluate(t->model, test_set, &mse, &acc) == NN_OK);
    if (!(mse < 0.013f && mse > 0.006f))
        fprintf(stderr, "  plane: linear test MSE %g, noise variance 0.01\n", (double)mse);
    CHECK(mse < 0.013f && mse > 0.006f);
    CHECK(isnan(acc));
    /* The fitted plane is (2 x1 + x2) / 9. */
    CHECK_NEAR(t->model->layers[0].w[0], 2.0 / 9.0, 0.01);
    CHECK_NEAR(t->model->layers[0].w[1], 1.0 / 9.0, 0.01);
    CHECK_NEAR(t->model->layers[0].b[0], 0.0, 0.02);
    /* The grid is the predicted value itself: at (3, 0), about 2/3. */
    float grid[1];
    CHECK(nn_eval_grid(t->model, grid, NULL, 2.9f, 3.1f, -0.1f, 0.1f, 1, 1) == NN_OK);
    CHECK_NEAR(grid[0], 2.0 / 3.0, 0.05);
    nn_trainer_destroy(t);

    make_data(NN_DATA_GAUSS_REG, 600, 0.1f);
    double mean = 0.0, var = 0.0;
    for (int i = 0; i < test_set->n; i++) mean += test_set->target[i];
    mean /= test_set->n;
    for (int i = 0; i < test_set->n; i++)
        var += (test_set->target[i] - mean) * (test_set->target[i] - mean);
    var /= test_set->n;
    nn_config_default(&cfg);
    cfg.hidden_layers = 1;
    cfg.hidden[0] = 8;
    cfg.optimizer = nn_optimizer_default(NN_OPT_ADAM);
    cfg.lr = 0.02f;
    t = nn_trainer_create(&cfg, train_set, test_set);
    CHECK(t != NULL);
    if (!t) return;
    nn_trainer_step_epochs(t, 300);
    nn_model_evaluate(t->model, test_set, &mse, NULL);
    if (!(mse < 0.25 * var))
        fprintf(stderr, "  gauss-regression: 2-8-1 test MSE %g, target variance %g\n", (double)mse, var);
    CHECK(mse < 0.25 * var);
    nn_trainer_destroy(t);

    /* The perceptron refuses, in words; classes and targets do not mix. */
    cfg.kind = NN_MODEL_PERCEPTRON;
    CHECK(nn_trainer_create(&cfg, train_set, test_set) == NULL &&
          strstr(nn_last_error(), "continuous target"));
    nn_dataset *xor = nn_dataset_generate(NN_DATA_XOR, 20, 0.1f, 1);
    nn_config_default(&cfg);
    CHECK(nn_trainer_create(&cfg, train_set, xor) == NULL &&
          strstr(nn_last_error(), "both"));
    nn_dataset_destroy(xor);
}

int main(void)
{
    test_regression();
    test_reproducible_and_learns();
    test_batch_regimes();
    test_live_settings();
    test_schedule_in_history();
    test_divergence();
    test_divergence_mid_epoch();
    test_early_stopping();
    test_restarts();
    test_surface_and_path();
    test_vanishing_gradient();
    test_grid();
    test_perceptron_model();
    nn_dataset_destroy(train_set);
    nn_dataset_destroy(test_set);
    return check_summary("test_train");
}

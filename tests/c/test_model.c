/* Gradient checks by central differences for every activation, every loss and
 * a multi-layer net (each with a guard against an all-zero gradient), weight
 * initialisation, and the XOR story: a perceptron cannot separate it, an MLP
 * trained by backprop does. */
#include <math.h>
#include <string.h>

#include "check.h"
#include "nn.h"

/* Summed loss of the batch at the current parameters: labels y, or targets t
 * for a regression model. */
static double batch_loss(nn_model *m, const float *x, const int *y, const float *t, int nb)
{
    if (m->cfg.regression) return nn_model_forward_regression(m, x, t, nb, 0);
    return nn_model_forward(m, x, y, nb, 0, NULL);
}

/* Compare backprop with (L(θ+h) - L(θ-h)) / 2h for every parameter. */
static void gradcheck(const char *what, nn_config cfg, int nb)
{
    nn_model *m = nn_model_create(&cfg);
    CHECK(m != NULL);
    if (!m) return;
    nn_rng rng;
    nn_rng_seed(&rng, 99);
    static float x[NN_CHUNK * NN_MAX_FEATURES];
    int y[NN_CHUNK];
    float t[NN_CHUNK];
    for (int i = 0; i < nb * cfg.inputs; i++) x[i] = 2.0f * nn_rng_uniform(&rng) - 1.0f;
    for (int b = 0; b < nb; b++) y[b] = (int)nn_rng_below(&rng, (uint32_t)cfg.classes);
    for (int b = 0; b < nb; b++) t[b] = 3.0f * nn_rng_uniform(&rng) - 1.5f;
    /* Non-zero biases and larger weights so every path carries gradient. */
    for (int i = 0; i < m->n_params; i++) m->params[i] = 0.6f * nn_rng_normal(&rng);

    nn_model_zero_grad(m);
    if (cfg.regression) {
        nn_model_forward_regression(m, x, t, nb, 1);
        nn_model_backward_regression(m, t, nb, 1.0f);
    } else {
        nn_model_forward(m, x, y, nb, 1, NULL);
        nn_model_backward(m, y, nb, 1.0f);
    }
    double worst = 0.0, norm = 0.0;
    int worst_i = -1;
    for (int i = 0; i < m->n_params; i++) {
        float keep = m->params[i];
        const float h = 1e-2f;
        m->params[i] = keep + h;
        double up = batch_loss(m, x, y, t, nb);
        m->params[i] = keep - h;
        double down = batch_loss(m, x, y, t, nb);
        m->params[i] = keep;
        double numeric = (up - down) / (2.0 * h), analytic = m->grads[i];
        double err = fabs(numeric - analytic) / fmax(1.0, fabs(numeric));
        if (err > worst) {
            worst = err;
            worst_i = i;
        }
        norm += analytic * analytic;
    }
    if (worst > 2e-3)
        fprintf(stderr, "gradcheck %s: worst relative error %.3g at parameter %d\n", what, worst,
                worst_i);
    CHECK(worst <= 2e-3);
    CHECK(norm > 1e-6); /* a zero gradient would pass the comparison trivially */
    nn_model_destroy(m);
}

static void test_gradients(void)
{
    nn_config cfg;
    for (int act = 0; act < NN_ACT_COUNT; act++) {
        nn_config_default(&cfg);
        cfg.hidden_layers = 1;
        cfg.hidden[0] = 5;
        cfg.activation = (nn_activation)act;
        gradcheck(nn_activation_name(act), cfg, 9);
    }
    const nn_loss losses[2] = {NN_LOSS_CROSS_ENTROPY, NN_LOSS_SQUARED};
    for (int l = 0; l < 2; l++) {
        nn_config_default(&cfg);
        cfg.kind = NN_MODEL_LOGISTIC;
        cfg.loss = losses[l];
        gradcheck(l ? "logistic squared" : "logistic cross-entropy", cfg, 7);
        cfg.kind = NN_MODEL_SOFTMAX;
        cfg.classes = 3;
        gradcheck(l ? "softmax squared" : "softmax cross-entropy", cfg, 7);
        cfg.kind = NN_MODEL_SOFTMAX;
        cfg.classes = 2;
        gradcheck("softmax 2 classes", cfg, 5);
    }
    /* A deep net with every layer width different, 3 classes, more than a chunk. */
    nn_config_default(&cfg);
    cfg.inputs = 3;
    cfg.classes = 4;
    cfg.hidden_layers = 4;
    int widths[4] = {7, 5, 6, 3};
    memcpy(cfg.hidden, widths, sizeof widths);
    cfg.activation = NN_ACT_TANH;
    gradcheck("deep tanh 3-7-5-6-3-4", cfg, 37);
    cfg.activation = NN_ACT_SIGMOID;
    gradcheck("deep sigmoid", cfg, 12);

    /* Regression: identity output, squared error (z - t)², whatever cfg.loss says. */
    nn_config_default(&cfg);
    cfg.regression = 1;
    cfg.hidden_layers = 1;
    cfg.hidden[0] = 8;
    gradcheck("regression 2-8-1 tanh", cfg, 11);
    cfg.hidden_layers = 2;
    cfg.hidden[1] = 3;
    cfg.activation = NN_ACT_SIGMOID; /* smooth: ReLU's kinks would fool the differences */
    gradcheck("regression 2-8-3-1 sigmoid", cfg, 37);
    nn_config_default(&cfg);
    cfg.regression = 1;
    cfg.kind = NN_MODEL_LOGISTIC;
    gradcheck("linear regression", cfg, 9);
}

/* The identity output and its squared error on a worked example. */
static void test_regression_output(void)
{
    nn_config cfg;
    nn_config_default(&cfg);
    cfg.kind = NN_MODEL_LOGISTIC;
    cfg.regression = 1;
    nn_model *m = nn_model_create(&cfg);
    CHECK(m && m->n_outputs == 1 && m->cfg.loss == NN_LOSS_SQUARED);
    if (!m) return;
    /* z = 2 x1 - x2 + 0.5 at (1, 1) and (0, 2): 1.5 and -1.5; targets 1 and 0. */
    m->layers[0].w[0] = 2.0f;
    m->layers[0].w[1] = -1.0f;
    m->layers[0].b[0] = 0.5f;
    const float x[4] = {1, 1, 0, 2}, t[2] = {1.0f, 0.0f};
    CHECK_NEAR(nn_model_forward_regression(m, x, t, 2, 0), 0.25 + 2.25, 1e-6);
    float out[2];
    nn_model_predict(m, out, x, 2);
    CHECK_NEAR(out[0], 1.5, 1e-6);
    CHECK_NEAR(out[1], -1.5, 1e-6);
    nn_model_destroy(m);
    /* The perceptron only classifies. */
    cfg.kind = NN_MODEL_PERCEPTRON;
    CHECK(nn_model_create(&cfg) == NULL && strstr(nn_last_error(), "continuous target"));
}

static void test_regularization_gradient(void)
{
    nn_config cfg;
    nn_config_default(&cfg);
    cfg.reg = NN_REG_L2;
    cfg.reg_rate = 0.5f;
    nn_model *m = nn_model_create(&cfg);
    nn_model_zero_grad(m);
    nn_model_add_reg_grad(m);
    CHECK_NEAR(m->grad_layers[0].w[0], 0.5f * m->layers[0].w[0], 1e-7);
    CHECK_NEAR(m->grad_layers[0].b[0], 0.0f, 0.0); /* biases are not regularized */
    m->cfg.reg = NN_REG_L1;
    nn_model_zero_grad(m);
    nn_model_add_reg_grad(m);
    CHECK_NEAR(fabsf(m->grad_layers[1].w[0]), 0.5f, 1e-7);
    nn_model_destroy(m);
}

static void test_init(void)
{
    nn_config cfg;
    nn_config_default(&cfg);
    cfg.hidden[0] = 64;
    cfg.hidden[1] = 64;
    nn_model *a = nn_model_create(&cfg), *b = nn_model_create(&cfg);
    CHECK(memcmp(a->params, b->params, (size_t)a->n_params * sizeof(float)) == 0);
    nn_model_init(b, 2);
    CHECK(memcmp(a->params, b->params, (size_t)a->n_params * sizeof(float)) != 0);
    /* Xavier-uniform bound for the 64x64 tanh layer: sqrt(6/128). */
    float bound = sqrtf(6.0f / 128.0f), mx = 0.0f;
    for (int i = 0; i < 64 * 64; i++) mx = fmaxf(mx, fabsf(a->layers[1].w[i]));
    CHECK(mx <= bound && mx > 0.9f * bound);
    nn_model_destroy(a);
    nn_model_destroy(b);
    /* He-normal for ReLU: variance near 2 / fan_in. */
    cfg.activation = NN_ACT_RELU;
    nn_model *r = nn_model_create(&cfg);
    double var = 0.0;
    for (int i = 0; i < 64 * 64; i++) var += (double)r->layers[1].w[i] * r->layers[1].w[i];
    CHECK_NEAR(var / (64 * 64), 2.0 / 64.0, 0.004);
    nn_model_destroy(r);
}

static void test_xor(void)
{
    nn_dataset *xor4 = nn_dataset_generate(NN_DATA_XOR4, 4, 0.0f, 1);
    CHECK(xor4 && xor4->n == 4);
    if (!xor4) return;
    /* No line separates XOR: 1000 perceptron epochs never converge. */
    float w[2] = {0, 0}, b = 0;
    int moves = 0;
    for (int e = 0; e < 1000; e++) moves = nn_perceptron_epoch(w, &b, xor4, 0.1f);
    CHECK(moves > 0);
    int right = 0;
    for (int i = 0; i < 4; i++)
        right += nn_perceptron_predict(w, b, xor4->x + 2 * i, 2) == xor4->y[i];
    CHECK(right < 4);

    /* A 2-4-1 tanh net trained by backprop separates it from a fixed seed. */
    nn_config cfg;
    nn_config_default(&cfg);
    cfg.hidden_layers = 1;
    cfg.hidden[0] = 4;
    cfg.optimizer = nn_optimizer_default(NN_OPT_ADAM);
    cfg.lr = 0.05f;
    cfg.batch = 4;
    nn_trainer *t = nn_trainer_create(&cfg, xor4, NULL);
    nn_trainer_step_epochs(t, 500);
    float loss, acc;
    nn_model_evaluate(t->model, xor4, &loss, &acc);
    CHECK_NEAR(acc, 1.0, 0.0);
    CHECK(loss < 0.1f);
    nn_trainer_destroy(t);
    nn_dataset_destroy(xor4);
}

static void test_bad_configs(void)
{
    nn_config cfg;
    nn_config_default(&cfg);
    cfg.lr = -1.0f;
    CHECK(nn_model_create(&cfg) == NULL && strstr(nn_last_error(), "learning rate"));
    nn_config_default(&cfg);
    cfg.lr = NAN;
    CHECK(nn_model_create(&cfg) == NULL && strstr(nn_last_error(), "learning rate"));
    nn_config_default(&cfg);
    cfg.hidden[1] = 100000;
    CHECK(nn_model_create(&cfg) == NULL && strstr(nn_last_error(), "hidden layer 2"));
    nn_config_default(&cfg);
    cfg.batch = 0;
    CHECK(nn_model_create(&cfg) == NULL && strstr(nn_last_error(), "batch"));
    nn_config_default(&cfg);
    cfg.kind = NN_MODEL_PERCEPTRON;
    cfg.classes = 3;
    CHECK(nn_model_create(&cfg) == NULL && strstr(nn_last_error(), "softmax"));
    nn_config_default(&cfg);
    cfg.dropout = 1.0f;
    CHECK(nn_model_create(&cfg) == NULL && strstr(nn_last_error(), "dropout"));
}

int main(void)
{
    test_gradients();
    test_regression_output();
    test_regularization_gradient();
    test_init();
    test_xor();
    test_bad_configs();
    return check_summary("test_model");
}

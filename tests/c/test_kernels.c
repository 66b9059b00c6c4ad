/* Fast kernels against their reference twins, fast math accuracy, and the
 * lesson's scalar values (σ(2), σ', cross-entropy examples). */
#include <math.h>
#include <string.h>

#include "check.h"
#include "nn.h"

static float max_diff(const float *a, const float *b, int rows, int nb)
{
    float worst = 0.0f;
    for (int r = 0; r < rows; r++)
        for (int c = 0; c < nb; c++) {
            float d = fabsf(a[r * NN_CHUNK + c] - b[r * NN_CHUNK + c]);
            worst = d > worst ? d : worst;
        }
    return worst;
}

static void fill(nn_rng *rng, float *x, int n, float scale)
{
    for (int i = 0; i < n; i++) x[i] = scale * (2.0f * nn_rng_uniform(rng) - 1.0f);
}

static void test_fast_math(void)
{
    double worst_tanh = 0, worst_sig = 0, worst_exp_rel = 0;
    for (float x = -20.0f; x <= 20.0f; x += 0.00137f) {
        worst_tanh = fmax(worst_tanh, fabs((double)nn_fast_tanh(x) - tanh((double)x)));
        worst_sig = fmax(worst_sig, fabs((double)nn_fast_sigmoid(x) - 1.0 / (1.0 + exp(-(double)x))));
        worst_exp_rel = fmax(worst_exp_rel, fabs((double)nn_fast_exp(x) / exp((double)x) - 1.0));
    }
    CHECK_NEAR(worst_tanh, 0.0, 1e-6);
    CHECK_NEAR(worst_sig, 0.0, 1e-6);
    CHECK_NEAR(worst_exp_rel, 0.0, 1e-6);
    CHECK(nn_fast_tanh(1e30f) == 1.0f && nn_fast_tanh(-1e30f) == -1.0f);
    CHECK(nn_fast_sigmoid(1e30f) == 1.0f && nn_fast_sigmoid(-1e30f) == 0.0f);
    CHECK(nn_fast_tanh(0.0f) == 0.0f && nn_fast_sigmoid(0.0f) == 0.5f);
    CHECK(isnan(nn_fast_tanh(NAN))); /* divergence must stay visible */
    CHECK(isnan(nn_fast_sigmoid(NAN)));
    CHECK(isnan(nn_fast_tanh(INFINITY)) && isnan(nn_fast_tanh(-INFINITY))); /* as nn_kernels.h says */
    CHECK(isnan(nn_fast_sigmoid(INFINITY)) && isnan(nn_fast_sigmoid(-INFINITY)));
    CHECK(isnan(nn_fast_exp(NAN)));
}

static void test_lesson_values(void)
{
    CHECK_NEAR(nn_sigmoid(2.0f), 0.88, 0.005);
    /* σ'(x) = σ(x)(1 - σ(x)), checked by central difference at a few points. */
    for (float x = -3.0f; x <= 3.0f; x += 1.5f) {
        double h = 1e-3, s = nn_sigmoid(x);
        double numeric = (nn_sigmoid(x + (float)h) - nn_sigmoid(x - (float)h)) / (2 * h);
        CHECK_NEAR(numeric, s * (1 - s), 1e-4);
    }
    float y1[3] = {1, 1, 0}, p1[3] = {0.8f, 0.7f, 0.1f};
    float y2[3] = {0, 0, 1};
    CHECK_NEAR(nn_cross_entropy_binary(y1, p1, 3), 0.69, 0.005);
    CHECK_NEAR(nn_cross_entropy_binary(y2, p1, 3), 5.12, 0.005);
}

static void test_linear_twins(void)
{
    nn_rng rng;
    nn_rng_seed(&rng, 7);
    static float in[NN_MAX_UNITS * NN_CHUNK], w[NN_MAX_UNITS * NN_MAX_UNITS], bias[NN_MAX_UNITS];
    static float out_a[NN_MAX_UNITS * NN_CHUNK], out_b[NN_MAX_UNITS * NN_CHUNK];
    static float dout[NN_MAX_UNITS * NN_CHUNK];
    static float din_a[NN_MAX_UNITS * NN_CHUNK], din_b[NN_MAX_UNITS * NN_CHUNK];
    static float dw_a[NN_MAX_UNITS * NN_MAX_UNITS], dw_b[NN_MAX_UNITS * NN_MAX_UNITS];
    float db_a[NN_MAX_UNITS], db_b[NN_MAX_UNITS];
    const int shapes[][3] = {{2, 8, 12}, {8, 8, 32}, {16, 16, 64}, {16, 1, 4}, {3, 5, 20}, {64, 64, 64}};
    for (size_t s = 0; s < sizeof shapes / sizeof shapes[0]; s++) {
        int nin = shapes[s][0], nout = shapes[s][1], nb = shapes[s][2];
        fill(&rng, in, nin * NN_CHUNK, 2.0f);
        fill(&rng, w, nin * nout, 1.0f);
        fill(&rng, bias, nout, 1.0f);
        fill(&rng, dout, nout * NN_CHUNK, 1.0f);
        nn_linear_forward(out_a, in, w, bias, nin, nout, nb);
        nn_linear_forward_ref(out_b, in, w, bias, nin, nout, nb);
        CHECK_NEAR(max_diff(out_a, out_b, nout, nb), 0.0, 1e-4);
        memset(dw_a, 0, sizeof dw_a);
        memset(dw_b, 0, sizeof dw_b);
        memset(db_a, 0, sizeof db_a);
        memset(db_b, 0, sizeof db_b);
        nn_linear_backward(din_a, dw_a, db_a, dout, in, w, nin, nout, nb);
        nn_linear_backward_ref(din_b, dw_b, db_b, dout, in, w, nin, nout, nb);
        CHECK_NEAR(max_diff(din_a, din_b, nin, nb), 0.0, 1e-4);
        float worst = 0.0f;
        for (int i = 0; i < nin * nout; i++) worst = fmaxf(worst, fabsf(dw_a[i] - dw_b[i]));
        for (int o = 0; o < nout; o++) worst = fmaxf(worst, fabsf(db_a[o] - db_b[o]));
        CHECK_NEAR(worst, 0.0, 1e-4);
        /* Backward accumulates: a second call doubles the weight gradient. */
        nn_linear_backward(NULL, dw_a, db_a, dout, in, w, nin, nout, nb);
        CHECK_NEAR(dw_a[0], 2.0f * dw_b[0], 1e-4);
    }
}

static void test_activation_twins(void)
{
    nn_rng rng;
    nn_rng_seed(&rng, 11);
    static float pre[16 * NN_CHUNK], a[16 * NN_CHUNK], b[16 * NN_CHUNK], g[16 * NN_CHUNK];
    static float da[16 * NN_CHUNK], dbuf[16 * NN_CHUNK];
    for (int act = 0; act < NN_ACT_COUNT; act++) {
        fill(&rng, pre, 16 * NN_CHUNK, 6.0f);
        fill(&rng, g, 16 * NN_CHUNK, 1.0f);
        nn_activation_forward(a, pre, 16, 36, (nn_activation)act);
        nn_activation_forward_ref(b, pre, 16, 36, (nn_activation)act);
        CHECK_NEAR(max_diff(a, b, 16, 36), 0.0, 1e-6);
        nn_activation_backward(da, g, pre, a, 16, 36, (nn_activation)act);
        nn_activation_backward_ref(dbuf, g, pre, b, 16, 36, (nn_activation)act);
        if (max_diff(da, dbuf, 16, 36) > 2e-6f)
            fprintf(stderr, "activation %s backward differs\n", nn_activation_name(act));
        CHECK_NEAR(max_diff(da, dbuf, 16, 36), 0.0, 2e-6);
    }
}

/* The fused dense + activation kernel against its twin, with and without pre. */
static void test_dense_twins(void)
{
    nn_rng rng;
    nn_rng_seed(&rng, 13);
    static float in[64 * NN_CHUNK], w[64 * 64], bias[64];
    static float out_a[64 * NN_CHUNK], out_b[64 * NN_CHUNK], pre_a[64 * NN_CHUNK],
        pre_b[64 * NN_CHUNK], out_c[64 * NN_CHUNK];
    const int shapes[][3] = {{2, 8, 12}, {8, 8, 32}, {16, 16, 64}, {16, 1, 4}, {3, 5, 21}, {64, 64, 64}};
    for (int act = 0; act < NN_ACT_COUNT; act++)
        for (size_t s = 0; s < sizeof shapes / sizeof shapes[0]; s++) {
            int nin = shapes[s][0], nout = shapes[s][1], nb = shapes[s][2];
            fill(&rng, in, nin * NN_CHUNK, 2.0f);
            fill(&rng, w, nin * nout, 1.5f);
            fill(&rng, bias, nout, 1.0f);
            nn_dense_forward(out_a, pre_a, in, w, bias, nin, nout, nb, (nn_activation)act);
            nn_dense_forward_ref(out_b, pre_b, in, w, bias, nin, nout, nb, (nn_activation)act);
            float dpre = max_diff(pre_a, pre_b, nout, nb), dout = max_diff(out_a, out_b, nout, nb);
            if (dpre > 1e-4f || dout > 1e-4f)
                fprintf(stderr, "dense %s %dx%d nb %d: pre differs by %g, out by %g\n",
                        nn_activation_name(act), nout, nin, nb, dpre, dout);
            CHECK_NEAR(dpre, 0.0, 1e-4);
            CHECK_NEAR(dout, 0.0, 1e-4);
            /* The activation itself to the fast-math bound: out = f(pre) exactly
             * as the reference applies it to the same sums. */
            nn_activation_forward_ref(out_c, pre_a, nout, nb, (nn_activation)act);
            CHECK_NEAR(max_diff(out_a, out_c, nout, nb), 0.0, 2e-6);
            /* Without pre: the same outputs. */
            nn_dense_forward(out_c, NULL, in, w, bias, nin, nout, nb, (nn_activation)act);
            CHECK_NEAR(max_diff(out_a, out_c, nout, nb), 0.0, 0.0);
        }
}

static void test_names(void)
{
    for (int a = 0; a < NN_ACT_COUNT; a++) CHECK(nn_activation_parse(nn_activation_name(a)) == a);
    CHECK(nn_loss_parse("bce") == NN_LOSS_CROSS_ENTROPY);
    CHECK(nn_loss_parse("mse") == NN_LOSS_SQUARED);
    nn_clear_error();
    CHECK(nn_activation_parse("swish") == NN_ERR);
    CHECK(strstr(nn_last_error(), "swish") != NULL);
}

int main(void)
{
    test_fast_math();
    test_lesson_values();
    test_linear_twins();
    test_activation_twins();
    test_dense_twins();
    test_names();
    return check_summary("test_kernels");
}

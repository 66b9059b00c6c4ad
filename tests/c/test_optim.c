/* test_optim.c — optimizers and learning-rate schedules against worked examples.
 *
 * Every optimizer takes three steps on f(p) = p²/2 (so g = p) from p = 1 at
 * lr = 0.1; the expected values are worked out by hand from the formulas in
 * nn_optim.h and written in the comments, not computed by the library.
 */
#include <math.h>
#include <string.h>

#include "check.h"
#include "nn_error.h"
#include "nn_optim.h"

#define TOL 1e-5

/* Three steps of `opt` on f(p) = p²/2 from p = 1, lr 0.1; p after each in out. */
static void three_steps(const nn_optimizer *opt, float out[3])
{
    float p = 1.0f, g, m = 0.0f, v = 0.0f;
    for (int t = 1; t <= 3; t++) {
        g = p; /* f'(p) = p */
        nn_optimizer_step(opt, 0.1f, &p, &g, &m, &v, 1, t);
        out[t - 1] = p;
    }
}

static int contains(const char *haystack, const char *needle)
{
    return strstr(haystack, needle) != NULL;
}

static void test_sgd(void)
{
    /* p -= 0.1·p, i.e. p ← 0.9·p:  1 → 0.9 → 0.81 → 0.729 */
    nn_optimizer opt = nn_optimizer_default(NN_OPT_SGD);
    float p[3];
    three_steps(&opt, p);
    CHECK_NEAR(p[0], 0.9, TOL);
    CHECK_NEAR(p[1], 0.81, TOL);
    CHECK_NEAR(p[2], 0.729, TOL);

    /* Two parameters at once, arena style: p = (1, -2), g = (0.5, -4), lr 0.25
     * p0 = 1 - 0.25·0.5 = 0.875;  p1 = -2 - 0.25·(-4) = -1 */
    float ps[2] = {1.0f, -2.0f}, gs[2] = {0.5f, -4.0f}, ms[2] = {0}, vs[2] = {0};
    nn_optimizer_step(&opt, 0.25f, ps, gs, ms, vs, 2, 1);
    CHECK_NEAR(ps[0], 0.875, TOL);
    CHECK_NEAR(ps[1], -1.0, TOL);
}

static void test_momentum(void)
{
    /* μ = 0.9; m = 0.9·m + g; p -= 0.1·m
     * t=1: g = 1,    m = 1,                    p = 1    - 0.1   = 0.9
     * t=2: g = 0.9,  m = 0.9·1   + 0.9  = 1.8,  p = 0.9  - 0.18  = 0.72
     * t=3: g = 0.72, m = 0.9·1.8 + 0.72 = 2.34, p = 0.72 - 0.234 = 0.486 */
    nn_optimizer opt = nn_optimizer_default(NN_OPT_MOMENTUM);
    CHECK_NEAR(opt.momentum, 0.9, 1e-7);
    float p[3];
    three_steps(&opt, p);
    CHECK_NEAR(p[0], 0.9, TOL);
    CHECK_NEAR(p[1], 0.72, TOL);
    CHECK_NEAR(p[2], 0.486, TOL);
}

static void test_nesterov(void)
{
    /* μ = 0.9; m = 0.9·m + g; p -= 0.1·(g + 0.9·m)
     * t=1: g = 1,      m = 1,                          step = 1 + 0.9         = 1.9,
     *      p = 1 - 0.19 = 0.81
     * t=2: g = 0.81,   m = 0.9·1 + 0.81       = 1.71,   step = 0.81 + 1.539    = 2.349,
     *      p = 0.81 - 0.2349 = 0.5751
     * t=3: g = 0.5751, m = 0.9·1.71 + 0.5751 = 2.1141, step = 0.5751 + 1.90269 = 2.47779,
     *      p = 0.5751 - 0.247779 = 0.327321 */
    nn_optimizer opt = nn_optimizer_default(NN_OPT_NESTEROV);
    float p[3];
    three_steps(&opt, p);
    CHECK_NEAR(p[0], 0.81, TOL);
    CHECK_NEAR(p[1], 0.5751, TOL);
    CHECK_NEAR(p[2], 0.327321, TOL);
}

static void test_adagrad(void)
{
    /* v += g²; p -= 0.1·g / (√v + ε), ε = 1e-8 (below float resolution here)
     * t=1: g = 1,        v = 1,                 √v = 1,
     *      p = 1 - 0.1·1/1 = 0.9
     * t=2: g = 0.9,      v = 1 + 0.81 = 1.81,   √v = 1.3453624,
     *      p = 0.9 - 0.09/1.3453624 = 0.9 - 0.0668965 = 0.8331035
     * t=3: g = 0.8331035, v = 1.81 + 0.6940615 = 2.5040615, √v = 1.5824227,
     *      p = 0.8331035 - 0.08331035/1.5824227 = 0.8331035 - 0.0526473 = 0.7804562 */
    nn_optimizer opt = nn_optimizer_default(NN_OPT_ADAGRAD);
    float p[3];
    three_steps(&opt, p);
    CHECK_NEAR(p[0], 0.9, TOL);
    CHECK_NEAR(p[1], 0.8331035, TOL);
    CHECK_NEAR(p[2], 0.7804562, TOL);
}

static void test_rmsprop(void)
{
    /* ρ = 0.9; v = 0.9·v + 0.1·g²; p -= 0.1·g / (√v + ε)
     * t=1: g = 1,         v = 0.1,                              √v = 0.3162278,
     *      p = 1 - 0.1/0.3162278 = 1 - 0.3162278 = 0.6837722
     * t=2: g = 0.6837722, v = 0.09 + 0.1·0.4675445 = 0.1367545, √v = 0.3698033,
     *      p = 0.6837722 - 0.06837722/0.3698033 = 0.6837722 - 0.1849016 = 0.4988706
     * t=3: g = 0.4988706, v = 0.1230790 + 0.1·0.2488718 = 0.1479662, √v = 0.3846637,
     *      p = 0.4988706 - 0.04988706/0.3846637 = 0.4988706 - 0.1296901 = 0.3691806 */
    nn_optimizer opt = nn_optimizer_default(NN_OPT_RMSPROP);
    CHECK_NEAR(opt.rho, 0.9, 1e-7);
    float p[3];
    three_steps(&opt, p);
    CHECK_NEAR(p[0], 0.6837722, TOL);
    CHECK_NEAR(p[1], 0.4988706, TOL);
    CHECK_NEAR(p[2], 0.3691806, TOL);
}

static void test_adam(void)
{
    /* β1 = 0.9, β2 = 0.999; m = 0.9·m + 0.1·g; v = 0.999·v + 0.001·g²;
     * m̂ = m/(1 - 0.9^t), v̂ = v/(1 - 0.999^t), p -= 0.1·m̂/(√v̂ + ε)
     * t=1: g = 1,   m = 0.1,  v = 0.001,    m̂ = 0.1/0.1 = 1,  v̂ = 0.001/0.001 = 1,
     *      p = 1 - 0.1 = 0.9
     * t=2: g = 0.9, m = 0.09 + 0.09 = 0.18, v = 0.000999 + 0.00081 = 0.001809,
     *      m̂ = 0.18/0.19 = 0.9473684, v̂ = 0.001809/0.001999 = 0.9049525, √v̂ = 0.9512899,
     *      p = 0.9 - 0.1·0.9473684/0.9512899 = 0.9 - 0.0995878 = 0.8004122
     * t=3: g = 0.8004122, m = 0.162 + 0.08004122 = 0.2420412,
     *      v = 0.001807191 + 0.000640660 = 0.002447851,
     *      m̂ = 0.2420412/0.271 = 0.8931410, v̂ = 0.002447851/0.002997001 = 0.8167667,
     *      √v̂ = 0.9037515, p = 0.8004122 - 0.1·0.8931410/0.9037515 = 0.7015863 */
    nn_optimizer opt = nn_optimizer_default(NN_OPT_ADAM);
    CHECK_NEAR(opt.beta1, 0.9, 1e-7);
    CHECK_NEAR(opt.beta2, 0.999, 1e-7);
    CHECK_NEAR(opt.eps, 1e-8, 1e-12);
    float p[3];
    three_steps(&opt, p);
    CHECK_NEAR(p[0], 0.9, TOL);
    CHECK_NEAR(p[1], 0.8004122, TOL);
    CHECK_NEAR(p[2], 0.7015863, TOL);

    /* Bias correction: on the first step m̂ = g and v̂ = g², so every parameter
     * moves by lr·g/(|g| + ε) ≈ lr·sign(g), whatever the gradient's scale. */
    float ps[4] = {0.0f, 0.0f, 0.0f, 0.0f}, gs[4] = {1e-3f, -50.0f, 3.0f, 0.0f};
    float ms[4] = {0}, vs[4] = {0};
    nn_optimizer_step(&opt, 0.01f, ps, gs, ms, vs, 4, 1);
    CHECK_NEAR(ps[0], -0.01, 1e-6);
    CHECK_NEAR(ps[1], 0.01, 1e-6);
    CHECK_NEAR(ps[2], -0.01, 1e-6);
    CHECK(ps[3] == 0.0f); /* zero gradient: m = 0, no move and no NaN */

    /* Late in a run the correction fades: at t = 100000 both 1 - β^t ≈ 1. */
    float q = 1.0f, g = 1.0f, m = 0.0f, v = 0.0f;
    nn_optimizer_step(&opt, 0.1f, &q, &g, &m, &v, 1, 100000);
    /* m = 0.1, v = 0.001: q = 1 - 0.1·0.1/√0.001 = 1 - 0.3162278 = 0.6837722 */
    CHECK_NEAR(q, 0.6837722, TOL);
}

/* The vectorized body and the scalar remainder must agree: step an arena of 37
 * parameters at once and each parameter alone (n = 1), for every optimizer. */
static void test_arena_matches_scalar(void)
{
    enum { N = 37 };
    for (int k = 0; k < NN_OPT_COUNT; k++) {
        nn_optimizer opt = nn_optimizer_default((nn_optimizer_kind)k);
        float p[N], g[N], m[N], v[N], p1[N], m1[N], v1[N];
        for (int i = 0; i < N; i++) {
            p[i] = p1[i] = 0.1f * (float)(i - 18);
            m[i] = m1[i] = v[i] = v1[i] = 0.0f;
        }
        int same = 1;
        for (int t = 1; t <= 5; t++) {
            for (int i = 0; i < N; i++) g[i] = p[i] * (float)(1 + i % 3) - 0.05f;
            nn_optimizer_step(&opt, 0.05f, p, g, m, v, N, t);
            for (int i = 0; i < N; i++) {
                float gi = p1[i] * (float)(1 + i % 3) - 0.05f;
                nn_optimizer_step(&opt, 0.05f, &p1[i], &gi, &m1[i], &v1[i], 1, t);
            }
        }
        for (int i = 0; i < N; i++) same &= fabsf(p[i] - p1[i]) <= 1e-6f * (1.0f + fabsf(p1[i]));
        if (!same) fprintf(stderr, "optimizer %s: arena and scalar steps differ\n",
                           nn_optimizer_name((nn_optimizer_kind)k));
        CHECK(same);
    }
    /* n = 0 touches nothing. */
    nn_optimizer opt = nn_optimizer_default(NN_OPT_ADAM);
    float p = 5.0f, g = 1.0f, m = 0.0f, v = 0.0f;
    nn_optimizer_step(&opt, 0.1f, &p, &g, &m, &v, 0, 1);
    CHECK(p == 5.0f && m == 0.0f && v == 0.0f);
}

static void test_names(void)
{
    const char *names[NN_OPT_COUNT] = {"sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"};
    for (int k = 0; k < NN_OPT_COUNT; k++) {
        CHECK(strcmp(nn_optimizer_name((nn_optimizer_kind)k), names[k]) == 0);
        CHECK(nn_optimizer_parse(names[k]) == k);
    }
    nn_clear_error();
    CHECK(nn_optimizer_parse("adamw") == NN_ERR);
    CHECK(contains(nn_last_error(), "adamw"));
    for (int k = 0; k < NN_OPT_COUNT; k++) CHECK(contains(nn_last_error(), names[k]));
    CHECK(nn_optimizer_parse(NULL) == NN_ERR);
    CHECK(nn_optimizer_parse("") == NN_ERR);
    CHECK(nn_optimizer_parse("SGD") == NN_ERR); /* names are exact */

    const char *sched[NN_SCHED_COUNT] = {"constant", "step", "exponential", "plateau"};
    for (int k = 0; k < NN_SCHED_COUNT; k++) {
        CHECK(strcmp(nn_schedule_name((nn_schedule_kind)k), sched[k]) == 0);
        CHECK(nn_schedule_parse(sched[k]) == k);
    }
    nn_clear_error();
    CHECK(nn_schedule_parse("cosine") == NN_ERR);
    for (int k = 0; k < NN_SCHED_COUNT; k++) CHECK(contains(nn_last_error(), sched[k]));
}

/* Expect `opt` to be rejected with a message containing field and got. */
static void expect_bad_optimizer(nn_optimizer opt, const char *field, const char *got)
{
    nn_clear_error();
    CHECK(nn_optimizer_validate(&opt) == NN_ERR);
    if (!contains(nn_last_error(), field) || !contains(nn_last_error(), got))
        fprintf(stderr, "message \"%s\" should name %s and %s\n", nn_last_error(), field, got);
    CHECK(contains(nn_last_error(), field));
    CHECK(contains(nn_last_error(), got));
}

static void test_optimizer_validate(void)
{
    for (int k = 0; k < NN_OPT_COUNT; k++) {
        nn_optimizer opt = nn_optimizer_default((nn_optimizer_kind)k);
        CHECK(opt.kind == (nn_optimizer_kind)k);
        CHECK(nn_optimizer_validate(&opt) == NN_OK);
    }
    nn_optimizer o = nn_optimizer_default(NN_OPT_MOMENTUM);
    o.momentum = 1.5f;
    expect_bad_optimizer(o, "momentum", "1.5");
    CHECK(strcmp(nn_last_error(), "momentum must be in [0, 1), got 1.5") == 0);
    o.momentum = 1.0f; /* the interval is half-open */
    expect_bad_optimizer(o, "momentum", "[0, 1)");
    o.momentum = 0.0f; /* plain SGD with a buffer: allowed */
    CHECK(nn_optimizer_validate(&o) == NN_OK);

    o = nn_optimizer_default(NN_OPT_NESTEROV);
    o.momentum = -0.1f;
    expect_bad_optimizer(o, "momentum", "-0.1");

    o = nn_optimizer_default(NN_OPT_RMSPROP);
    o.rho = NAN;
    expect_bad_optimizer(o, "rho", "nan");

    o = nn_optimizer_default(NN_OPT_ADAM);
    o.beta1 = 1.0f;
    expect_bad_optimizer(o, "beta1", "1");
    o = nn_optimizer_default(NN_OPT_ADAM);
    o.beta2 = NAN;
    expect_bad_optimizer(o, "beta2", "nan");
    o = nn_optimizer_default(NN_OPT_ADAM);
    o.eps = 0.0f;
    expect_bad_optimizer(o, "eps", "0");
    o = nn_optimizer_default(NN_OPT_ADAGRAD);
    o.eps = INFINITY;
    expect_bad_optimizer(o, "eps", "inf");

    /* Fields a rule does not read are not checked. */
    o = nn_optimizer_default(NN_OPT_SGD);
    o.momentum = 7.0f;
    o.eps = -1.0f;
    CHECK(nn_optimizer_validate(&o) == NN_OK);

    o = nn_optimizer_default(NN_OPT_SGD);
    o.kind = NN_OPT_COUNT;
    expect_bad_optimizer(o, "kind", "6");
    nn_clear_error();
    CHECK(nn_optimizer_validate(NULL) == NN_ERR);
    CHECK(nn_last_error()[0] != '\0');
}

static void expect_bad_schedule(nn_schedule s, const char *field, const char *got)
{
    nn_clear_error();
    CHECK(nn_schedule_validate(&s) == NN_ERR);
    if (!contains(nn_last_error(), field) || !contains(nn_last_error(), got))
        fprintf(stderr, "message \"%s\" should name %s and %s\n", nn_last_error(), field, got);
    CHECK(contains(nn_last_error(), field));
    CHECK(contains(nn_last_error(), got));
}

static void test_schedule_defaults_and_validate(void)
{
    nn_schedule s = nn_schedule_default(NN_SCHED_STEP);
    CHECK(s.kind == NN_SCHED_STEP && s.step == 100 && s.patience == 10);
    CHECK_NEAR(s.gamma, 0.5, 1e-7);
    CHECK_NEAR(s.min_lr, 1e-6, 1e-12);
    CHECK_NEAR(nn_schedule_default(NN_SCHED_EXPONENTIAL).gamma, 0.99, 1e-7);
    CHECK_NEAR(nn_schedule_default(NN_SCHED_PLATEAU).gamma, 0.5, 1e-7);
    for (int k = 0; k < NN_SCHED_COUNT; k++) {
        nn_schedule d = nn_schedule_default((nn_schedule_kind)k);
        CHECK(d.kind == (nn_schedule_kind)k);
        CHECK(nn_schedule_validate(&d) == NN_OK);
    }

    s.step = 0;
    expect_bad_schedule(s, "step", "0");
    s = nn_schedule_default(NN_SCHED_STEP);
    s.gamma = 0.0f;
    expect_bad_schedule(s, "gamma", "(0, 1]");
    s.gamma = 1.5f;
    expect_bad_schedule(s, "gamma", "1.5");
    s = nn_schedule_default(NN_SCHED_EXPONENTIAL);
    s.gamma = NAN;
    expect_bad_schedule(s, "gamma", "nan");
    s.gamma = 1.0f; /* no decay: allowed */
    CHECK(nn_schedule_validate(&s) == NN_OK);
    s = nn_schedule_default(NN_SCHED_PLATEAU);
    s.patience = 0;
    expect_bad_schedule(s, "patience", "0");
    s = nn_schedule_default(NN_SCHED_PLATEAU);
    s.min_lr = -1.0f;
    expect_bad_schedule(s, "min_lr", "-1");
    s.min_lr = NAN;
    expect_bad_schedule(s, "min_lr", "nan");
    s = nn_schedule_default(NN_SCHED_CONSTANT);
    s.kind = (nn_schedule_kind)-1;
    expect_bad_schedule(s, "kind", "-1");
}

static void test_schedules(void)
{
    nn_schedule_state st;
    const float lr = 0.1f;

    /* constant: lr at every epoch. */
    nn_schedule s = nn_schedule_default(NN_SCHED_CONSTANT);
    nn_schedule_start(&st, lr);
    CHECK_NEAR(st.lr, 0.1, 1e-7);
    CHECK(isinf(st.best) && st.best > 0 && st.wait == 0);
    CHECK_NEAR(nn_schedule_rate(&s, &st, lr, 0, NAN), 0.1, 1e-7);
    CHECK_NEAR(nn_schedule_rate(&s, &st, lr, 5, 3.0f), 0.1, 1e-7);
    CHECK_NEAR(nn_schedule_rate(&s, &st, lr, 1000, 1.0f), 0.1, 1e-7);

    /* step 3, gamma 0.5: lr·0.5^floor(e/3)
     *   e 0,1,2 -> 0.1;  e 3,4,5 -> 0.05;  e 6 -> 0.025;  e 10 -> 0.1·0.125 = 0.0125 */
    s = nn_schedule_default(NN_SCHED_STEP);
    s.step = 3;
    nn_schedule_start(&st, lr);
    const int step_epochs[] = {0, 1, 2, 3, 5, 6, 10};
    const double step_rates[] = {0.1, 0.1, 0.1, 0.05, 0.05, 0.025, 0.0125};
    for (int i = 0; i < 7; i++) {
        CHECK_NEAR(nn_schedule_rate(&s, &st, lr, step_epochs[i], NAN), step_rates[i], 1e-7);
        CHECK_NEAR(st.lr, step_rates[i], 1e-7); /* the rate in force is stored */
    }

    /* exponential, gamma 0.9: 0.1, 0.09, 0.081, 0.0729; epoch 10 -> 0.1·0.9^10 = 0.0348678 */
    s = nn_schedule_default(NN_SCHED_EXPONENTIAL);
    s.gamma = 0.9f;
    nn_schedule_start(&st, lr);
    CHECK_NEAR(nn_schedule_rate(&s, &st, lr, 0, NAN), 0.1, 1e-7);
    CHECK_NEAR(nn_schedule_rate(&s, &st, lr, 1, NAN), 0.09, 1e-7);
    CHECK_NEAR(nn_schedule_rate(&s, &st, lr, 2, NAN), 0.081, 1e-7);
    CHECK_NEAR(nn_schedule_rate(&s, &st, lr, 3, NAN), 0.0729, 1e-7);
    CHECK_NEAR(nn_schedule_rate(&s, &st, lr, 10, NAN), 0.0348678, 1e-7);
    CHECK_NEAR(st.lr, 0.0348678, 1e-7);

    /* plateau, patience 2, gamma 0.5, min_lr 0.02. Each call passes the loss of
     * the epoch that just ended (NaN before epoch 0):
     *   e0  NaN      -> 0.1   (nothing known)
     *   e1  1.0      -> 0.1   best 1.0
     *   e2  0.99995  -> 0.1   not below 1.0·(1 - 1e-4) = 0.9999: wait 1
     *   e3  1.0      -> 0.05  wait 2 = patience: 0.1·0.5, wait 0
     *   e4  0.5      -> 0.05  best 0.5
     *   e5  NaN      -> 0.05  unknown loss changes nothing
     *   e6  0.6      -> 0.05  wait 1
     *   e7  0.6      -> 0.025 wait 2: 0.05·0.5
     *   e8  0.6      -> 0.025 wait 1
     *   e9  0.6      -> 0.02  wait 2: max(0.02, 0.0125)
     *   e10 0.6, e11 0.6 -> 0.02 (floor) */
    s = nn_schedule_default(NN_SCHED_PLATEAU);
    s.patience = 2;
    s.gamma = 0.5f;
    s.min_lr = 0.02f;
    nn_schedule_start(&st, lr);
    const float losses[] = {NAN, 1.0f, 0.99995f, 1.0f, 0.5f, NAN, 0.6f, 0.6f, 0.6f, 0.6f, 0.6f, 0.6f};
    const double rates[] = {0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.05, 0.025, 0.025, 0.02, 0.02, 0.02};
    for (int e = 0; e < 12; e++) {
        float r = nn_schedule_rate(&s, &st, lr, e, losses[e]);
        if (fabs(r - rates[e]) > 1e-7) fprintf(stderr, "plateau epoch %d\n", e);
        CHECK_NEAR(r, rates[e], 1e-7);
    }
    CHECK_NEAR(st.best, 0.5, 1e-7);

    /* A base rate already below min_lr is never raised by a reduction. */
    nn_schedule_start(&st, 0.01f);
    for (int e = 0; e < 6; e++) nn_schedule_rate(&s, &st, 0.01f, e, 1.0f);
    CHECK_NEAR(st.lr, 0.01, 1e-9);
}

int main(void)
{
    test_sgd();
    test_momentum();
    test_nesterov();
    test_adagrad();
    test_rmsprop();
    test_adam();
    test_arena_matches_scalar();
    test_names();
    test_optimizer_validate();
    test_schedule_defaults_and_validate();
    test_schedules();
    return check_summary("test_optim");
}

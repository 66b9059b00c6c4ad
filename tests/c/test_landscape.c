/* test_landscape.c — analytic landscapes: values, gradients by central
 * differences, the grid layout, and optimizer paths that show what each
 * optimizer does (Adam settles, too large a rate diverges, momentum escapes a
 * local minimum that plain SGD falls into).
 */
#include <math.h>
#include <string.h>

#include "check.h"
#include "nn_error.h"
#include "nn_landscape.h"

static float path[3 * 100001];

static void test_names(void)
{
    const char *names[NN_LAND_COUNT] = {"bowl", "ravine", "two-wells"};
    for (int k = 0; k < NN_LAND_COUNT; k++) {
        CHECK(strcmp(nn_landscape_name((nn_landscape_kind)k), names[k]) == 0);
        CHECK(nn_landscape_parse(names[k]) == k);
    }
    nn_clear_error();
    CHECK(nn_landscape_parse("saddle") == NN_ERR);
    for (int k = 0; k < NN_LAND_COUNT; k++) CHECK(strstr(nn_last_error(), names[k]) != NULL);
    CHECK(strstr(nn_last_error(), "saddle") != NULL);
    CHECK(nn_landscape_parse(NULL) == NN_ERR);
}

static void test_values(void)
{
    float ga, gb;
    /* bowl at (1, -2): 1 + 4 = 5, gradient (2, -4) */
    CHECK_NEAR(nn_landscape_eval(NN_LAND_BOWL, 1.0f, -2.0f, &ga, &gb), 5.0, 1e-6);
    CHECK_NEAR(ga, 2.0, 1e-6);
    CHECK_NEAR(gb, -4.0, 1e-6);
    /* ravine at (2, 0.5): 0.5·4 + 10·0.25 = 4.5, gradient (2, 10) */
    CHECK_NEAR(nn_landscape_eval(NN_LAND_RAVINE, 2.0f, 0.5f, &ga, &gb), 4.5, 1e-6);
    CHECK_NEAR(ga, 2.0, 1e-6);
    CHECK_NEAR(gb, 10.0, 1e-6);
    /* two-wells at (2, 1): (4 - 1)² + 0.6 + 0.31 + 1 = 10.91, gradient (4·2·3 + 0.3, 2) = (24.3, 2) */
    CHECK_NEAR(nn_landscape_eval(NN_LAND_TWO_WELLS, 2.0f, 1.0f, &ga, &gb), 10.91, 1e-5);
    CHECK_NEAR(ga, 24.3, 1e-5);
    CHECK_NEAR(gb, 2.0, 1e-6);
    /* Gradient pointers may be NULL. */
    CHECK_NEAR(nn_landscape_eval(NN_LAND_BOWL, 3.0f, 4.0f, NULL, NULL), 25.0, 1e-6);
    /* The wells: f'(a) = 4a³ - 4a + 0.3 changes sign around a ≈ 0.96 (local) and
     * a ≈ -1.04 (global), and the left one is lower. */
    float g_lo, g_hi;
    nn_landscape_eval(NN_LAND_TWO_WELLS, 0.95f, 0.0f, &g_lo, NULL);
    nn_landscape_eval(NN_LAND_TWO_WELLS, 0.97f, 0.0f, &g_hi, NULL);
    CHECK(g_lo < 0.0f && g_hi > 0.0f);
    nn_landscape_eval(NN_LAND_TWO_WELLS, -1.05f, 0.0f, &g_lo, NULL);
    nn_landscape_eval(NN_LAND_TWO_WELLS, -1.03f, 0.0f, &g_hi, NULL);
    CHECK(g_lo < 0.0f && g_hi > 0.0f);
    CHECK(nn_landscape_eval(NN_LAND_TWO_WELLS, -1.04f, 0.0f, NULL, NULL) <
          nn_landscape_eval(NN_LAND_TWO_WELLS, 0.96f, 0.0f, NULL, NULL));
    /* A loss: never below 0, at the bottom of the global well either. Its lowest
     * value, (a² - 1)² + 0.3a at a ≈ -1.0356, is ≈ -0.3054, lifted by 0.31. */
    CHECK_NEAR(nn_landscape_eval(NN_LAND_TWO_WELLS, -1.0356f, 0.0f, NULL, NULL), 0.0046, 1e-4);
    CHECK_NEAR(nn_landscape_eval(NN_LAND_TWO_WELLS, 0.9602f, 0.0f, NULL, NULL), 0.6041, 1e-4);
    for (int i = 0; i <= 400; i++) {
        const float a = -2.0f + 0.01f * (float)i;
        CHECK(nn_landscape_eval(NN_LAND_TWO_WELLS, a, 0.0f, NULL, NULL) > 0.0f);
    }
}

/* Analytic gradients against central differences (in double from the float f),
 * with a guard that the gradient checked is not all zero. */
static void test_gradients(void)
{
    const float pts[][2] = {{1.3f, -0.7f}, {-0.4f, 0.25f}, {0.8f, 1.9f}, {-1.6f, -0.3f}};
    const double h = 1e-2;
    for (int k = 0; k < NN_LAND_COUNT; k++) {
        double largest = 0.0;
        for (int i = 0; i < 4; i++) {
            float a = pts[i][0], b = pts[i][1], ga, gb;
            nn_landscape_eval((nn_landscape_kind)k, a, b, &ga, &gb);
            double fa1 = nn_landscape_eval((nn_landscape_kind)k, (float)(a + h), b, NULL, NULL);
            double fa0 = nn_landscape_eval((nn_landscape_kind)k, (float)(a - h), b, NULL, NULL);
            double fb1 = nn_landscape_eval((nn_landscape_kind)k, a, (float)(b + h), NULL, NULL);
            double fb0 = nn_landscape_eval((nn_landscape_kind)k, a, (float)(b - h), NULL, NULL);
            double na = (fa1 - fa0) / (2.0 * h), nb = (fb1 - fb0) / (2.0 * h);
            /* Central differences are exact for quadratics; the quartic's error
             * is h²·f'''/6 = 1e-4·4a, plus float rounding of f. */
            double tol_a = 2e-3 * (1.0 + fabs(na)), tol_b = 2e-3 * (1.0 + fabs(nb));
            if (fabs(ga - na) > tol_a || fabs(gb - nb) > tol_b)
                fprintf(stderr, "%s at (%g, %g)\n", nn_landscape_name((nn_landscape_kind)k),
                        (double)a, (double)b);
            CHECK_NEAR(ga, na, tol_a);
            CHECK_NEAR(gb, nb, tol_b);
            largest = fmax(largest, fmax(fabs(ga), fabs(gb)));
        }
        CHECK(largest > 0.1); /* not passing on an all-zero gradient */
    }
}

static void test_grid(void)
{
    /* 4 × 3 over a in [-2, 2], b in [-1.5, 1.5]: cell centres
     * a = -1.5, -0.5, 0.5, 1.5 (columns), b = 1, 0, -1 (rows, top first). */
    float out[12];
    CHECK(nn_landscape_grid(NN_LAND_BOWL, out, -2.0f, 2.0f, -1.5f, 1.5f, 4, 3) == NN_OK);
    CHECK_NEAR(out[0], 3.25, 1e-6);  /* (-1.5, 1):  2.25 + 1 */
    CHECK_NEAR(out[5], 0.25, 1e-6);  /* (-0.5, 0):  0.25 */
    CHECK_NEAR(out[11], 3.25, 1e-6); /* (1.5, -1):  2.25 + 1 */
    /* The bowl is symmetric in b, so check the row order on a b range above 0,
     * where f grows with b: rows b = 2.5, 1.5, 0.5 top to bottom. */
    CHECK(nn_landscape_grid(NN_LAND_TWO_WELLS, out, -2.0f, 2.0f, 0.0f, 3.0f, 4, 3) == NN_OK);
    const float as[4] = {-1.5f, -0.5f, 0.5f, 1.5f}, bs[3] = {2.5f, 1.5f, 0.5f};
    for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 4; j++) {
            double want = nn_landscape_eval(NN_LAND_TWO_WELLS, as[j], bs[i], NULL, NULL);
            CHECK_NEAR(out[i * 4 + j], want, 1e-5);
        }
    }
    CHECK(out[0] > out[8]); /* top row (b = 2.5) is higher than bottom (b = 0.5) */

    nn_clear_error();
    CHECK(nn_landscape_grid(NN_LAND_BOWL, out, -1.0f, 1.0f, -1.0f, 1.0f, 0, 3) == NN_ERR);
    CHECK(strstr(nn_last_error(), "size") != NULL);
    CHECK(nn_landscape_grid(NN_LAND_BOWL, out, 1.0f, -1.0f, -1.0f, 1.0f, 2, 2) == NN_ERR);
    CHECK(strstr(nn_last_error(), "lo_a") != NULL);
    CHECK(nn_landscape_grid(NN_LAND_BOWL, out, -1.0f, 1.0f, NAN, 1.0f, 2, 2) == NN_ERR);
    CHECK(strstr(nn_last_error(), "lo_b") != NULL);
    CHECK(nn_landscape_grid(NN_LAND_BOWL, NULL, -1.0f, 1.0f, -1.0f, 1.0f, 2, 2) == NN_ERR);
    CHECK(nn_landscape_grid(NN_LAND_COUNT, out, -1.0f, 1.0f, -1.0f, 1.0f, 2, 2) == NN_ERR);
}

static void test_path_basics(void)
{
    /* SGD on the bowl, lr 0.1: (a, b) -= 0.1·(2a, 2b), i.e. × 0.8 per step.
     * (1, 2) f 5 -> (0.8, 1.6) f 0.64 + 2.56 = 3.2 -> (0.64, 1.28) f 0.4096 + 1.6384 = 2.048 */
    nn_optimizer sgd = nn_optimizer_default(NN_OPT_SGD);
    CHECK(nn_landscape_path(NN_LAND_BOWL, &sgd, 0.1f, 1.0f, 2.0f, 2, path) == 3);
    const double want[9] = {1, 2, 5, 0.8, 1.6, 3.2, 0.64, 1.28, 2.048};
    for (int i = 0; i < 9; i++) CHECK_NEAR(path[i], want[i], 1e-5);

    /* Zero steps: just the start. */
    CHECK(nn_landscape_path(NN_LAND_RAVINE, &sgd, 0.1f, 2.0f, 0.5f, 0, path) == 1);
    CHECK_NEAR(path[2], 4.5, 1e-6);

    /* Argument errors name what is wrong. */
    nn_clear_error();
    CHECK(nn_landscape_path(NN_LAND_BOWL, &sgd, 0.1f, 1.0f, 1.0f, -1, path) == NN_ERR);
    CHECK(strstr(nn_last_error(), "steps") != NULL);
    CHECK(nn_landscape_path(NN_LAND_BOWL, &sgd, 0.1f, 1.0f, 1.0f, 100001, path) == NN_ERR);
    CHECK(strstr(nn_last_error(), "100000") != NULL);
    CHECK(nn_landscape_path(NN_LAND_BOWL, &sgd, 0.0f, 1.0f, 1.0f, 5, path) == NN_ERR);
    CHECK(strstr(nn_last_error(), "learning rate") != NULL);
    CHECK(nn_landscape_path(NN_LAND_BOWL, &sgd, NAN, 1.0f, 1.0f, 5, path) == NN_ERR);
    CHECK(strstr(nn_last_error(), "learning rate") != NULL);
    CHECK(nn_landscape_path(NN_LAND_BOWL, &sgd, 0.1f, NAN, 1.0f, 5, path) == NN_ERR);
    CHECK(strstr(nn_last_error(), "start") != NULL);
    CHECK(nn_landscape_path(NN_LAND_BOWL, &sgd, 0.1f, 1.0f, INFINITY, 5, path) == NN_ERR);
    CHECK(strstr(nn_last_error(), "start") != NULL);
    nn_optimizer bad = nn_optimizer_default(NN_OPT_MOMENTUM);
    bad.momentum = 2.0f;
    CHECK(nn_landscape_path(NN_LAND_BOWL, &bad, 0.1f, 1.0f, 1.0f, 5, path) == NN_ERR);
    CHECK(strstr(nn_last_error(), "momentum") != NULL);
    CHECK(nn_landscape_path(NN_LAND_COUNT, &sgd, 0.1f, 1.0f, 1.0f, 5, path) == NN_ERR);
    CHECK(nn_landscape_path(NN_LAND_BOWL, &sgd, 0.1f, 1.0f, 1.0f, 5, NULL) == NN_ERR);
}

static void test_path_adam_settles(void)
{
    nn_optimizer adam = nn_optimizer_default(NN_OPT_ADAM);
    int n = nn_landscape_path(NN_LAND_BOWL, &adam, 0.05f, 1.5f, -1.0f, 1000, path);
    CHECK(n == 1001);
    const float *end = path + 3 * (n - 1);
    CHECK_NEAR(end[0], 0.0, 1e-3);
    CHECK_NEAR(end[1], 0.0, 1e-3);
    CHECK(end[2] < 1e-5f);
}

static void test_path_diverges(void)
{
    /* SGD on the bowl multiplies (a, b) by 1 - 2·lr per step; lr 1.1 gives -1.2,
     * so |a| passes 1e6 after about log(1e6)/log(1.2) ≈ 76 steps. */
    nn_optimizer sgd = nn_optimizer_default(NN_OPT_SGD);
    int n = nn_landscape_path(NN_LAND_BOWL, &sgd, 1.1f, 1.0f, -1.0f, 1000, path);
    CHECK(n > 1 && n < 1001);
    CHECK(n >= 70 && n <= 80);
    int finite = 1;
    for (int i = 0; i < 3 * n; i++) finite &= isfinite(path[i]) != 0;
    CHECK(finite); /* the point that left is not written */
    CHECK(fabsf(path[3 * (n - 1)]) <= 1e6f);
    CHECK(fabsf(path[3 * (n - 1)]) > 1e5f); /* it was growing right up to the stop */
}

static void test_path_momentum_escapes(void)
{
    /* From a = 1.5 on the right of the tilted double well, plain SGD slides into
     * the nearer, local minimum at a ≈ 0.96 and stays there ... */
    nn_optimizer sgd = nn_optimizer_default(NN_OPT_SGD);
    int n = nn_landscape_path(NN_LAND_TWO_WELLS, &sgd, 0.01f, 1.5f, 0.0f, 2000, path);
    CHECK(n == 2001);
    CHECK_NEAR(path[3 * (n - 1)], 0.96, 0.01);
    /* ... also at the rate momentum uses below ... */
    n = nn_landscape_path(NN_LAND_TWO_WELLS, &sgd, 0.05f, 1.5f, 0.0f, 2000, path);
    CHECK(n == 2001);
    CHECK_NEAR(path[3 * (n - 1)], 0.96, 0.01);
    /* ... while momentum 0.9 carries enough speed over the hump at a ≈ 0.08 to
     * reach the global minimum at a ≈ -1.04 (it does for any lr in about
     * [0.025, 0.095]; 0.05 is in the middle). */
    nn_optimizer mom = nn_optimizer_default(NN_OPT_MOMENTUM);
    n = nn_landscape_path(NN_LAND_TWO_WELLS, &mom, 0.05f, 1.5f, 0.0f, 2000, path);
    CHECK(n == 2001);
    CHECK_NEAR(path[3 * (n - 1)], -1.04, 0.01);
    CHECK(path[3 * (n - 1) + 2] < 0.01f); /* f there ≈ 0.0046, below the local 0.604 */
}

int main(void)
{
    test_names();
    test_values();
    test_gradients();
    test_grid();
    test_path_basics();
    test_path_adam_settles();
    test_path_diverges();
    test_path_momentum_escapes();
    return check_summary("test_landscape");
}

/* The lesson's perceptron worked examples, exactly (to 1e-6). */
#include <string.h>

#include "check.h"
#include "nn.h"

static nn_dataset *one_point(float x1, float x2, int label)
{
    nn_dataset *ds = nn_dataset_create(1, 2, 2);
    ds->x[0] = x1;
    ds->x[1] = x2;
    ds->y[0] = label;
    return ds;
}

static void test_point_4_5(void)
{
    /* 3x1 + 4x2 - 10 = 0; (4, 5) labelled 0 is predicted 1 (3·4 + 4·5 - 10 = 22 >= 0),
     * so subtract 0.1·(4, 5, 1): 3 - 0.4 = 2.6, 4 - 0.5 = 3.5, -10 - 0.1 = -10.1. */
    float w[2] = {3, 4}, b = -10;
    nn_dataset *ds = one_point(4, 5, 0);
    int cursor = 0;
    nn_perceptron_move move;
    CHECK(nn_perceptron_step(w, &b, ds, 0.1f, &cursor, &move) == NN_OK);
    CHECK(move.index == 0 && move.predicted == 1 && move.sign == -1.0f);
    CHECK_NEAR(w[0], 2.6, 1e-6);
    CHECK_NEAR(w[1], 3.5, 1e-6);
    CHECK_NEAR(b, -10.1, 1e-6);
    nn_dataset_destroy(ds);
}

static void test_point_1_1(void)
{
    /* (1, 1) labelled 1 is predicted 0 (3 + 4 - 10 = -3), so add 0.1·(1, 1, 1). */
    float w[2] = {3, 4}, b = -10;
    nn_dataset *ds = one_point(1, 1, 1);
    CHECK(nn_perceptron_trick(w, &b, ds->x, 1, 2, 0.1f) == 1);
    CHECK_NEAR(w[0], 3.1, 1e-6);
    CHECK_NEAR(w[1], 4.1, 1e-6);
    CHECK_NEAR(b, -9.9, 1e-6);
    /* Each step raises the score by 0.3: -3 + 0.3k >= 0 first at k = 10. */
    float w2[2] = {3, 4}, b2 = -10;
    int steps = 0, cursor = 0;
    nn_perceptron_move move;
    for (;;) {
        nn_perceptron_step(w2, &b2, ds, 0.1f, &cursor, &move);
        if (move.index < 0) break;
        steps++;
        if (steps > 100) break;
    }
    CHECK(steps == 10);
    CHECK(nn_perceptron_predict(w2, b2, ds->x, 2) == 1);
    nn_dataset_destroy(ds);
}

static void test_logic_gates(void)
{
    /* AND: x1 + x2 - 1.5 = 0; OR: x1 + x2 - 0.5 = 0; NOT: -x + 0.5 = 0 (lesson lines). */
    float w[2] = {1, 1};
    nn_dataset *and_ = nn_dataset_generate(NN_DATA_AND, 4, 0, 1);
    nn_dataset *or_ = nn_dataset_generate(NN_DATA_OR, 4, 0, 1);
    nn_dataset *not_ = nn_dataset_generate(NN_DATA_NOT, 2, 0, 1);
    CHECK(and_ && or_ && not_);
    if (!and_ || !or_ || !not_) return;
    for (int i = 0; i < 4; i++) {
        CHECK(nn_perceptron_predict(w, -1.5f, and_->x + 2 * i, 2) == and_->y[i]);
        CHECK(nn_perceptron_predict(w, -0.5f, or_->x + 2 * i, 2) == or_->y[i]);
    }
    float wn = -1.0f;
    for (int i = 0; i < 2; i++) CHECK(nn_perceptron_predict(&wn, 0.5f, not_->x + i, 1) == not_->y[i]);
    /* The trick also finds separating lines for them from zero. */
    float w0[2] = {0, 0}, b0 = 0;
    int e = 0;
    while (nn_perceptron_epoch(w0, &b0, and_, 0.1f) > 0 && e < 1000) e++;
    CHECK(e < 1000);
    nn_dataset_destroy(and_);
    nn_dataset_destroy(or_);
    nn_dataset_destroy(not_);
}

static void test_bad_input(void)
{
    float w[2] = {0, 0}, b = 0;
    int cursor = 0;
    nn_perceptron_move move;
    nn_dataset *ds = one_point(1, 1, 1);
    CHECK(nn_perceptron_step(w, &b, ds, -0.1f, &cursor, &move) == NN_ERR);
    CHECK(strstr(nn_last_error(), "learning rate") != NULL);
    CHECK(nn_perceptron_step(w, &b, NULL, 0.1f, &cursor, &move) == NN_ERR);
    nn_dataset_destroy(ds);
}

static void test_decimals(void)
{
    /* The decimals a value was written with, float32 residue ignored. */
    CHECK(nn_decimals(3.0f) == 0);
    CHECK(nn_decimals(-10.1f) == 1);
    CHECK(nn_decimals(2.6f - 0.4f) == 1); /* 2.1999998 in float32 */
    CHECK(nn_decimals(0.0400001f) == 2);
    CHECK(nn_decimals(0.125f) == 3);
    CHECK(nn_decimals(1.0f / 3.0f) == 6);
    /* The lesson: start 3, 4, -10, rate 0.1, point (4, 5): one decimal. */
    float w[2] = {3, 4};
    nn_dataset *ds = one_point(4, 5, 0);
    CHECK(nn_perceptron_decimals(w, -10, ds, 0.1f) == 1);
    ds->x[0] = -1.7f; /* a·x: 1 + 1 decimals */
    CHECK(nn_perceptron_decimals(w, -10, ds, 0.1f) == 2);
    w[1] = -0.125f;   /* the start has 3 */
    CHECK(nn_perceptron_decimals(w, -10, ds, 0.1f) == 3);
    ds->x[1] = 1.0f / 3.0f; /* capped at 4 */
    CHECK(nn_perceptron_decimals(w, -10, ds, 0.1f) == 4);
    nn_dataset_destroy(ds);
}

int main(void)
{
    test_decimals();
    test_point_4_5();
    test_point_1_1();
    test_logic_gates();
    test_bad_input();
    return check_summary("test_perceptron");
}

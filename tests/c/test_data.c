/* test_data.c — generators, create, shuffle, split, standardization, bounds. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "nn_data.h"
#include "nn_error.h"
#include "nn_internal.h"

static int contains(const char *haystack, const char *needle)
{
    int ok = strstr(haystack, needle) != NULL;
    if (!ok) fprintf(stderr, "  message \"%s\" lacks \"%s\"\n", haystack, needle);
    return ok;
}

static int same_data(const nn_dataset *a, const nn_dataset *b)
{
    return a->n == b->n && a->d == b->d && a->k == b->k &&
           memcmp(a->x, b->x, (size_t)a->n * (size_t)a->d * sizeof(float)) == 0 &&
           memcmp(a->y, b->y, (size_t)a->n * sizeof(int)) == 0 &&
           (a->target == NULL) == (b->target == NULL) &&
           (!a->target || memcmp(a->target, b->target, (size_t)a->n * sizeof(float)) == 0);
}

static void test_kind_names(void)
{
    for (int i = 0; i < NN_DATA_KIND_COUNT; i++) {
        const char *name = nn_data_kind_name((nn_data_kind)i);
        int back = nn_data_kind_parse(name);
        if (back != i) fprintf(stderr, "  kind %d (\"%s\") parsed back as %d\n", i, name, back);
        CHECK(back == i);
    }
    CHECK(strcmp(nn_data_kind_name(NN_DATA_SPIRAL3), "spiral3") == 0);
    CHECK(strcmp(nn_data_kind_name(NN_DATA_KIND_COUNT), "unknown") == 0);
    nn_clear_error();
    CHECK(nn_data_kind_parse("foo") == NN_ERR);
    CHECK(contains(nn_last_error(), "\"foo\""));
    CHECK(contains(nn_last_error(), "xor"));
    CHECK(contains(nn_last_error(), "admissions"));
    CHECK(contains(nn_last_error(), "spiral3"));
    CHECK(nn_data_kind_parse(NULL) == NN_ERR);
}

static void test_create(void)
{
    nn_dataset *ds = nn_dataset_create(5, 3, 4);
    CHECK(ds != NULL);
    if (!ds) return;
    CHECK(ds->n == 5 && ds->d == 3 && ds->k == 4);
    for (int i = 0; i < 15; i++) CHECK(ds->x[i] == 0.0f);
    for (int i = 0; i < 5; i++) CHECK(ds->y[i] == 0);
    for (int j = 0; j < 3; j++) {
        CHECK(ds->mean[j] == 0.0f);
        CHECK(ds->std[j] == 1.0f);
    }
    CHECK(strcmp(ds->feature_names[0], "x1") == 0);
    CHECK(strcmp(ds->feature_names[2], "x3") == 0);
    CHECK(strcmp(ds->class_names[0], "0") == 0);
    CHECK(strcmp(ds->class_names[3], "3") == 0);
    nn_dataset_destroy(ds);

    ds = nn_dataset_create(0, 2, 2); /* an empty test set is allowed */
    CHECK(ds != NULL && ds->n == 0);
    nn_dataset_destroy(ds);
    nn_dataset_destroy(NULL);

    nn_clear_error();
    CHECK(nn_dataset_create(-1, 2, 2) == NULL);
    CHECK(contains(nn_last_error(), "-1"));
    CHECK(nn_dataset_create(NN_MAX_POINTS + 1, 2, 2) == NULL);
    CHECK(nn_dataset_create(10, 0, 2) == NULL);
    CHECK(contains(nn_last_error(), "features"));
    CHECK(nn_dataset_create(10, NN_MAX_FEATURES + 1, 2) == NULL);
    CHECK(nn_dataset_create(10, 2, 0) == NULL);
    CHECK(contains(nn_last_error(), "classes"));
    CHECK(nn_dataset_create(10, 2, NN_MAX_CLASSES + 1) == NULL);
}

/* Every generator: shape, reproducibility, seed sensitivity, ranges, balance. */
static void test_generators_common(void)
{
    for (int kind = 0; kind < NN_DATA_KIND_COUNT; kind++) {
        if (nn_data_kind_regression((nn_data_kind)kind)) continue; /* test_regression_sets */
        const char *name = nn_data_kind_name((nn_data_kind)kind);
        int truth = kind == NN_DATA_AND || kind == NN_DATA_OR || kind == NN_DATA_NOT ||
                    kind == NN_DATA_XOR4;
        float noises[3] = {0.0f, 0.3f, 1.0f};
        for (int t = 0; t < 3; t++) {
            int count = 301;
            nn_dataset *a = nn_dataset_generate((nn_data_kind)kind, count, noises[t], 7);
            nn_dataset *b = nn_dataset_generate((nn_data_kind)kind, count, noises[t], 7);
            nn_dataset *c = nn_dataset_generate((nn_data_kind)kind, count, noises[t], 8);
            CHECK(a && b && c);
            if (!a || !b || !c) {
                fprintf(stderr, "  %s: %s\n", name, nn_last_error());
                nn_dataset_destroy(a);
                nn_dataset_destroy(b);
                nn_dataset_destroy(c);
                continue;
            }
            if (!same_data(a, b)) fprintf(stderr, "  %s noise %g: same seed, different data\n", name, (double)noises[t]);
            CHECK(same_data(a, b));
            if (!truth) {
                if (same_data(a, c)) fprintf(stderr, "  %s: seeds 7 and 8 gave equal data\n", name);
                CHECK(!same_data(a, c));
                CHECK(a->n == count);
            }
            int want_k = (kind == NN_DATA_BLOBS3 || kind == NN_DATA_SPIRAL3) ? 3 : 2;
            CHECK(a->k == want_k);
            CHECK(a->d == (kind == NN_DATA_NOT ? 1 : 2));
            float lo = -6.0f, hi = 6.0f;
            if (kind == NN_DATA_ADMISSIONS) { lo = 0.0f; hi = 10.0f; }
            if (truth) { lo = 0.0f; hi = 1.0f; }
            int counts[3] = {0, 0, 0}, bad = 0;
            for (int i = 0; i < a->n; i++) {
                for (int j = 0; j < a->d; j++) {
                    float v = a->x[i * a->d + j];
                    if (!(v >= lo && v <= hi)) {
                        if (!bad) fprintf(stderr, "  %s noise %g: x[%d][%d] = %g outside [%g, %g]\n",
                                          name, (double)noises[t], i, j, (double)v, (double)lo, (double)hi);
                        bad++;
                    }
                }
                if (a->y[i] < 0 || a->y[i] >= a->k) bad++;
                else counts[a->y[i]]++;
            }
            CHECK(bad == 0);
            if (!truth && kind != NN_DATA_ADMISSIONS) { /* exact balance by construction */
                for (int cl = 0; cl < want_k; cl++) {
                    int expect = count / want_k;
                    if (counts[cl] < expect || counts[cl] > expect + 1)
                        fprintf(stderr, "  %s: class %d has %d of %d points\n", name, cl, counts[cl], count);
                    CHECK(counts[cl] >= expect && counts[cl] <= expect + 1);
                }
            }
            CHECK(strcmp(a->class_names[0], kind == NN_DATA_ADMISSIONS ? "rejected" : "0") == 0);
            CHECK(strcmp(a->feature_names[0], kind == NN_DATA_ADMISSIONS ? "test" : "x1") == 0);
            nn_dataset_destroy(a);
            nn_dataset_destroy(b);
            nn_dataset_destroy(c);
        }
    }
}

/* The regression sets: names, shape, determinism, ranges, the clean function
 * at noise 0, a target spread worth learning, and splits that keep each point's
 * target with it. */
static void test_regression_sets(void)
{
    CHECK(nn_data_kind_parse("plane") == NN_DATA_PLANE);
    CHECK(nn_data_kind_parse("gauss-regression") == NN_DATA_GAUSS_REG);
    CHECK(nn_data_kind_regression(NN_DATA_PLANE) && nn_data_kind_regression(NN_DATA_GAUSS_REG));
    CHECK(!nn_data_kind_regression(NN_DATA_GAUSS));
    const nn_data_kind kinds[2] = {NN_DATA_PLANE, NN_DATA_GAUSS_REG};
    /* Target ranges: the plane (2 x1 + x2) / 9 on [-6, 6]² lies in [-2, 2]; the
     * bumps' sum within ±1.2. Noise 1 adds N(0, 0.5²): 5 sd is 2.5 more. */
    const float reach[2] = {2.0f, 1.2f};
    for (int k = 0; k < 2; k++) {
        const char *name = nn_data_kind_name(kinds[k]);
        for (int t = 0; t < 2; t++) {
            float noise = t ? 1.0f : 0.0f;
            nn_dataset *a = nn_dataset_generate(kinds[k], 500, noise, 3);
            nn_dataset *b = nn_dataset_generate(kinds[k], 500, noise, 3);
            nn_dataset *c = nn_dataset_generate(kinds[k], 500, noise, 4);
            CHECK(a && b && c && a->target && c->target);
            if (!a || !b || !c || !a->target) {
                nn_dataset_destroy(a);
                nn_dataset_destroy(b);
                nn_dataset_destroy(c);
                continue;
            }
            CHECK(same_data(a, b));
            CHECK(!same_data(a, c));
            CHECK(a->n == 500 && a->d == 2 && a->k == 1);
            double mean = 0.0, var = 0.0;
            float lim = reach[k] + noise * 2.5f, lo = INFINITY, hi = -INFINITY;
            int bad = 0;
            for (int i = 0; i < a->n; i++) {
                float x1 = a->x[2 * i], x2 = a->x[2 * i + 1], v = a->target[i];
                if (!(x1 >= -6.0f && x1 <= 6.0f && x2 >= -6.0f && x2 <= 6.0f)) bad++;
                if (!(fabsf(v) <= lim)) bad++;
                if (a->y[i] != 0) bad++;
                if (kinds[k] == NN_DATA_PLANE && noise == 0.0f &&
                    fabsf(v - (2.0f * x1 + x2) / 9.0f) > 1e-6f)
                    bad++;
                lo = v < lo ? v : lo;
                hi = v > hi ? v : hi;
                mean += v;
            }
            mean /= a->n;
            for (int i = 0; i < a->n; i++) var += (a->target[i] - mean) * (a->target[i] - mean);
            var /= a->n;
            if (bad) fprintf(stderr, "  %s noise %g: %d values out of range\n", name, (double)noise, bad);
            CHECK(bad == 0);
            /* Both signs appear and the spread is far above float noise. */
            if (!(lo < -0.3f && hi > 0.3f && var > 0.05))
                fprintf(stderr, "  %s: targets %g..%g, variance %g\n", name, (double)lo, (double)hi, var);
            CHECK(lo < -0.3f && hi > 0.3f && var > 0.05);
            CHECK(strcmp(a->class_names[0], "target") == 0);

            nn_dataset *tr = NULL, *te = NULL;
            CHECK(nn_dataset_split(a, 0.3f, 5, &tr, &te) == NN_OK);
            CHECK(tr && te && tr->target && te->target && tr->n == 350 && te->n == 150);
            if (tr && te && tr->target && te->target && noise == 0.0f && kinds[k] == NN_DATA_PLANE) {
                int off = 0;
                for (int i = 0; i < te->n; i++)
                    off += fabsf(te->target[i] - (2.0f * te->x[2 * i] + te->x[2 * i + 1]) / 9.0f) > 1e-6f;
                for (int i = 0; i < tr->n; i++)
                    off += fabsf(tr->target[i] - (2.0f * tr->x[2 * i] + tr->x[2 * i + 1]) / 9.0f) > 1e-6f;
                CHECK(off == 0);
            }
            nn_dataset_destroy(tr);
            nn_dataset_destroy(te);
            nn_dataset_destroy(a);
            nn_dataset_destroy(b);
            nn_dataset_destroy(c);
        }
    }
}

static void test_generator_arguments(void)
{
    nn_clear_error();
    CHECK(nn_dataset_generate(NN_DATA_XOR, 0, 0.1f, 1) == NULL);
    CHECK(contains(nn_last_error(), "count must be between 1 and 100000, got 0"));
    CHECK(nn_dataset_generate(NN_DATA_XOR, NN_MAX_POINTS + 1, 0.1f, 1) == NULL);
    CHECK(contains(nn_last_error(), "100001"));
    CHECK(nn_dataset_generate(NN_DATA_CIRCLE, 10, -0.1f, 1) == NULL);
    CHECK(contains(nn_last_error(), "noise"));
    CHECK(nn_dataset_generate(NN_DATA_CIRCLE, 10, 1.5f, 1) == NULL);
    CHECK(contains(nn_last_error(), "1.5"));
    CHECK(nn_dataset_generate(NN_DATA_CIRCLE, 10, NAN, 1) == NULL);
    CHECK(contains(nn_last_error(), "noise"));
    CHECK(nn_dataset_generate(NN_DATA_CIRCLE, 10, INFINITY, 1) == NULL);
    CHECK(nn_dataset_generate((nn_data_kind)99, 10, 0.1f, 1) == NULL);
    CHECK(contains(nn_last_error(), "99"));
    /* Limits are inclusive. */
    nn_dataset *one = nn_dataset_generate(NN_DATA_SPIRAL3, 1, 1.0f, 1);
    CHECK(one && one->n == 1);
    nn_dataset_destroy(one);
    nn_dataset *big = nn_dataset_generate(NN_DATA_MOONS, NN_MAX_POINTS, 0.0f, 1);
    CHECK(big && big->n == NN_MAX_POINTS);
    nn_dataset_destroy(big);
}

static void expect_table(nn_data_kind kind, const int *labels)
{
    nn_dataset *ds = nn_dataset_generate(kind, 400, 0.9f, 3); /* count, noise ignored */
    CHECK(ds != NULL);
    if (!ds) return;
    CHECK(ds->n == 4 && ds->d == 2 && ds->k == 2);
    static const float corners[8] = {0, 0, 0, 1, 1, 0, 1, 1};
    for (int i = 0; i < 4 && ds->n == 4; i++) {
        CHECK(ds->x[2 * i] == corners[2 * i] && ds->x[2 * i + 1] == corners[2 * i + 1]);
        if (ds->y[i] != labels[i])
            fprintf(stderr, "  %s: (%g, %g) -> %d, expected %d\n", nn_data_kind_name(kind),
                    (double)ds->x[2 * i], (double)ds->x[2 * i + 1], ds->y[i], labels[i]);
        CHECK(ds->y[i] == labels[i]);
    }
    nn_dataset_destroy(ds);
}

static void test_truth_tables(void)
{
    static const int and_[4] = {0, 0, 0, 1}, or_[4] = {0, 1, 1, 1}, xor_[4] = {0, 1, 1, 0};
    expect_table(NN_DATA_AND, and_);
    expect_table(NN_DATA_OR, or_);
    expect_table(NN_DATA_XOR4, xor_);
    nn_dataset *ds = nn_dataset_generate(NN_DATA_NOT, 50, 0.5f, 9);
    CHECK(ds && ds->n == 2 && ds->d == 1 && ds->k == 2);
    if (ds && ds->n == 2) {
        CHECK(ds->x[0] == 0.0f && ds->y[0] == 1);
        CHECK(ds->x[1] == 1.0f && ds->y[1] == 0);
    }
    nn_dataset_destroy(ds);
}

static void test_shapes(void)
{
    /* XOR, clean: off the axes by the 0.3 gap, class 1 exactly where x1 * x2 < 0. */
    nn_dataset *ds = nn_dataset_generate(NN_DATA_XOR, 1000, 0.0f, 2);
    int bad = 0;
    for (int i = 0; ds && i < ds->n; i++) {
        float a = ds->x[2 * i], b = ds->x[2 * i + 1];
        if (fabsf(a) < 0.3f || fabsf(b) < 0.3f || ds->y[i] != (a * b < 0.0f)) bad++;
    }
    if (bad) fprintf(stderr, "  xor: %d points near an axis or on the wrong side\n", bad);
    CHECK(ds && bad == 0);
    nn_dataset_destroy(ds);

    /* Circle, clean: class 1 inside radius 2.5, class 0 in the ring 3.5..5. */
    ds = nn_dataset_generate(NN_DATA_CIRCLE, 1000, 0.0f, 2);
    bad = 0;
    for (int i = 0; ds && i < ds->n; i++) {
        float r = hypotf(ds->x[2 * i], ds->x[2 * i + 1]);
        if (ds->y[i] == 1 ? r > 2.5001f : (r < 3.4999f || r > 5.0001f)) bad++;
    }
    if (bad) fprintf(stderr, "  circle: %d points at the wrong radius\n", bad);
    CHECK(ds && bad == 0);
    nn_dataset_destroy(ds);

    /* Gauss: class means near (-2, -2) and (2, 2). */
    ds = nn_dataset_generate(NN_DATA_GAUSS, 2000, 0.0f, 2);
    double m[2][2] = {{0, 0}, {0, 0}};
    int cnt[2] = {0, 0};
    for (int i = 0; ds && i < ds->n; i++) {
        m[ds->y[i]][0] += ds->x[2 * i];
        m[ds->y[i]][1] += ds->x[2 * i + 1];
        cnt[ds->y[i]]++;
    }
    CHECK_NEAR(m[0][0] / cnt[0], -2.0, 0.1);
    CHECK_NEAR(m[0][1] / cnt[0], -2.0, 0.1);
    CHECK_NEAR(m[1][0] / cnt[1], 2.0, 0.1);
    CHECK_NEAR(m[1][1] / cnt[1], 2.0, 0.1);
    nn_dataset_destroy(ds);

    /* Noise moves the same points: with noise 0 and 0.2 most stay within 1. */
    nn_dataset *a = nn_dataset_generate(NN_DATA_SPIRAL, 500, 0.0f, 4);
    nn_dataset *b = nn_dataset_generate(NN_DATA_SPIRAL, 500, 0.2f, 4);
    double moved = 0.0;
    for (int i = 0; a && b && i < 500; i++) {
        CHECK(a->y[i] == b->y[i]);
        moved += hypot(a->x[2 * i] - b->x[2 * i], a->x[2 * i + 1] - b->x[2 * i + 1]);
    }
    CHECK(moved / 500.0 > 0.01 && moved / 500.0 < 0.5);
    nn_dataset_destroy(a);
    nn_dataset_destroy(b);

    /* blobs3: three distinct class means at radius ~3.5. */
    ds = nn_dataset_generate(NN_DATA_BLOBS3, 3000, 0.0f, 5);
    double bm[3][2] = {{0}};
    int bc[3] = {0};
    for (int i = 0; ds && i < ds->n; i++) {
        bm[ds->y[i]][0] += ds->x[2 * i];
        bm[ds->y[i]][1] += ds->x[2 * i + 1];
        bc[ds->y[i]]++;
    }
    for (int c = 0; c < 3; c++) CHECK_NEAR(hypot(bm[c][0] / bc[c], bm[c][1] / bc[c]), 3.5, 0.15);
    nn_dataset_destroy(ds);
}

static void test_admissions(void)
{
    nn_dataset *ds = nn_dataset_generate(NN_DATA_ADMISSIONS, 2000, 0.0f, 11);
    CHECK(ds != NULL);
    if (!ds) return;
    CHECK(strcmp(ds->feature_names[0], "test") == 0 && strcmp(ds->feature_names[1], "grades") == 0);
    CHECK(strcmp(ds->class_names[0], "rejected") == 0 && strcmp(ds->class_names[1], "accepted") == 0);
    int wrong = 0, accepted = 0;
    for (int i = 0; i < ds->n; i++) {
        float test = ds->x[2 * i], grades = ds->x[2 * i + 1];
        int rule = 2.0f * test + grades - 18.0f > 0.0f;
        if (ds->y[i] != rule) wrong++;
        accepted += ds->y[i];
    }
    if (wrong) fprintf(stderr, "  admissions noise 0: %d labels break the rule\n", wrong);
    CHECK(wrong == 0);
    /* The accepted region is 35% of the square. */
    CHECK_NEAR(accepted / 2000.0, 0.35, 0.04);

    /* With noise 1 some labels flip, but only near the line. */
    nn_dataset *noisy = nn_dataset_generate(NN_DATA_ADMISSIONS, 2000, 1.0f, 11);
    int flipped = 0, far_flips = 0;
    for (int i = 0; noisy && i < noisy->n; i++) {
        float score = 2.0f * noisy->x[2 * i] + noisy->x[2 * i + 1] - 18.0f;
        CHECK(noisy->x[2 * i] == ds->x[2 * i]); /* same points, only labels differ */
        if (noisy->y[i] != (score > 0.0f)) {
            flipped++;
            if (fabsf(score) / sqrtf(5.0f) > 4.0f) far_flips++;
        }
    }
    if (flipped < 20 || far_flips) fprintf(stderr, "  admissions noise 1: %d flips, %d far from the line\n", flipped, far_flips);
    CHECK(flipped >= 20);
    CHECK(far_flips == 0);
    nn_dataset_destroy(noisy);
    nn_dataset_destroy(ds);
}

/* Sort key for comparing point multisets. */
static int row_cmp(const void *pa, const void *pb)
{
    const float *a = pa, *b = pb;
    for (int j = 0; j < 3; j++)
        if (a[j] != b[j]) return a[j] < b[j] ? -1 : 1;
    return 0;
}

/* Rows of ds as (x1, x2, y) triples appended to out. */
static int append_rows(float *out, const nn_dataset *ds)
{
    for (int i = 0; i < ds->n; i++) {
        out[3 * i] = ds->x[2 * i];
        out[3 * i + 1] = ds->x[2 * i + 1];
        out[3 * i + 2] = (float)ds->y[i];
    }
    return ds->n;
}

static void test_shuffle(void)
{
    nn_dataset *ds = nn_dataset_generate(NN_DATA_MOONS, 200, 0.2f, 1);
    nn_dataset *s1 = nn_dataset_generate(NN_DATA_MOONS, 200, 0.2f, 1);
    nn_dataset *s2 = nn_dataset_generate(NN_DATA_MOONS, 200, 0.2f, 1);
    nn_dataset *s3 = nn_dataset_generate(NN_DATA_MOONS, 200, 0.2f, 1);
    nn_rng r1, r2, r3;
    nn_rng_seed(&r1, 5);
    nn_rng_seed(&r2, 5);
    nn_rng_seed(&r3, 6);
    nn_dataset_shuffle(s1, &r1);
    nn_dataset_shuffle(s2, &r2);
    nn_dataset_shuffle(s3, &r3);
    CHECK(same_data(s1, s2));
    CHECK(!same_data(s1, s3));
    CHECK(!same_data(s1, ds));
    float a[600], b[600];
    append_rows(a, ds);
    append_rows(b, s1);
    qsort(a, 200, 3 * sizeof(float), row_cmp);
    qsort(b, 200, 3 * sizeof(float), row_cmp);
    CHECK(memcmp(a, b, sizeof a) == 0); /* a permutation: same points, labels attached */
    nn_dataset_destroy(ds);
    nn_dataset_destroy(s1);
    nn_dataset_destroy(s2);
    nn_dataset_destroy(s3);
}

static void test_split(void)
{
    nn_dataset *ds = nn_dataset_generate(NN_DATA_ADMISSIONS, 400, 0.2f, 3);
    ds->mean[0] = 1.5f; /* pretend statistics must be copied */
    ds->std[1] = 2.5f;
    nn_dataset *tr = NULL, *te = NULL, *tr2 = NULL, *te2 = NULL;
    CHECK(nn_dataset_split(ds, 0.25f, 9, &tr, &te) == NN_OK);
    CHECK(tr && te);
    if (!tr || !te) return;
    CHECK(te->n == 100 && tr->n == 300);
    if (te->n != 100) fprintf(stderr, "  split 0.25 of 400: test %d, train %d\n", te->n, tr->n);
    CHECK(tr->d == 2 && te->k == 2);
    CHECK(strcmp(tr->feature_names[1], "grades") == 0 && strcmp(te->class_names[1], "accepted") == 0);
    CHECK(tr->mean[0] == 1.5f && te->std[1] == 2.5f);

    /* Partition: train + test is a permutation of the original points. */
    float *a = malloc(400 * 3 * sizeof(float)), *b = malloc(400 * 3 * sizeof(float));
    append_rows(a, ds);
    int m = append_rows(b, tr);
    append_rows(b + 3 * m, te);
    qsort(a, 400, 3 * sizeof(float), row_cmp);
    qsort(b, 400, 3 * sizeof(float), row_cmp);
    CHECK(memcmp(a, b, 400 * 3 * sizeof(float)) == 0);
    free(a);
    free(b);

    CHECK(nn_dataset_split(ds, 0.25f, 9, &tr2, &te2) == NN_OK);
    CHECK(tr2 && same_data(tr, tr2) && same_data(te, te2));
    nn_dataset_destroy(tr2);
    nn_dataset_destroy(te2);
    CHECK(nn_dataset_split(ds, 0.25f, 10, &tr2, &te2) == NN_OK);
    CHECK(tr2 && !same_data(tr, tr2));
    nn_dataset_destroy(tr2);
    nn_dataset_destroy(te2);
    nn_dataset_destroy(tr);
    nn_dataset_destroy(te);

    /* Rounding: round(0.5 * 5) = 3; ratio 0 gives an empty test set. */
    nn_dataset *five = nn_dataset_generate(NN_DATA_GAUSS, 5, 0.0f, 1);
    CHECK(nn_dataset_split(five, 0.5f, 1, &tr, &te) == NN_OK);
    CHECK(tr && te && te->n == 3 && tr->n == 2);
    nn_dataset_destroy(tr);
    nn_dataset_destroy(te);
    CHECK(nn_dataset_split(five, 0.0f, 1, &tr, &te) == NN_OK);
    CHECK(tr && te && te->n == 0 && tr->n == 5);
    nn_dataset_destroy(tr);
    nn_dataset_destroy(te);

    nn_clear_error();
    CHECK(nn_dataset_split(five, 1.0f, 1, &tr, &te) == NN_ERR);
    CHECK(tr == NULL && te == NULL);
    CHECK(contains(nn_last_error(), "test ratio"));
    CHECK(nn_dataset_split(five, -0.1f, 1, &tr, &te) == NN_ERR);
    CHECK(nn_dataset_split(five, NAN, 1, &tr, &te) == NN_ERR);
    CHECK(nn_dataset_split(NULL, 0.5f, 1, &tr, &te) == NN_ERR);
    nn_dataset_destroy(five);
    nn_dataset_destroy(ds);
}

static void feature_stats(const nn_dataset *ds, int j, double *mean, double *sd)
{
    double s = 0.0, ss = 0.0;
    for (int i = 0; i < ds->n; i++) s += ds->x[i * ds->d + j];
    *mean = s / ds->n;
    for (int i = 0; i < ds->n; i++) {
        double e = ds->x[i * ds->d + j] - *mean;
        ss += e * e;
    }
    *sd = sqrt(ss / ds->n);
}

static void test_standardize(void)
{
    nn_dataset *orig = nn_dataset_generate(NN_DATA_ADMISSIONS, 1000, 0.1f, 21);
    nn_dataset *ds = nn_dataset_generate(NN_DATA_ADMISSIONS, 1000, 0.1f, 21);
    double m0, s0;
    feature_stats(orig, 0, &m0, &s0);
    CHECK(nn_dataset_standardize(ds) == NN_OK);
    for (int j = 0; j < 2; j++) {
        double m, s;
        feature_stats(ds, j, &m, &s);
        CHECK_NEAR(m, 0.0, 1e-5);
        CHECK_NEAR(s, 1.0, 1e-5);
    }
    CHECK_NEAR(ds->mean[0], m0, 1e-4);
    CHECK_NEAR(ds->std[0], s0, 1e-4);
    /* original = standardized * std + mean */
    double worst = 0.0;
    for (int i = 0; i < ds->n; i++)
        for (int j = 0; j < 2; j++) {
            double back = ds->x[2 * i + j] * ds->std[j] + ds->mean[j];
            double err = fabs(back - orig->x[2 * i + j]);
            if (err > worst) worst = err;
        }
    CHECK_NEAR(worst, 0.0, 1e-5);

    /* Standardizing again keeps the map to the original units. */
    CHECK(nn_dataset_standardize(ds) == NN_OK);
    CHECK(isfinite(ds->mean[1]) && ds->std[1] > 0.0f);
    CHECK_NEAR(ds->x[6] * ds->std[0] + ds->mean[0], orig->x[6], 1e-4);

    /* standardize_like: a second set with the first one's statistics. */
    nn_dataset *other = nn_dataset_generate(NN_DATA_ADMISSIONS, 300, 0.1f, 22);
    float x0 = other->x[0];
    CHECK(nn_dataset_standardize_like(other, ds) == NN_OK);
    CHECK(other->mean[0] == ds->mean[0] && other->std[1] == ds->std[1]);
    CHECK_NEAR(other->x[0], (x0 - ds->mean[0]) / ds->std[0], 1e-5);
    nn_clear_error();
    CHECK(nn_dataset_standardize_like(other, ds) == NN_ERR); /* already standardized */
    CHECK(contains(nn_last_error(), "already standardized"));
    nn_dataset *one_d = nn_dataset_generate(NN_DATA_NOT, 1, 0.0f, 1);
    CHECK(nn_dataset_standardize_like(one_d, ds) == NN_ERR);
    CHECK(contains(nn_last_error(), "features"));

    /* A constant feature keeps std 1 and becomes 0. */
    nn_dataset *flat = nn_dataset_create(4, 2, 2);
    for (int i = 0; i < 4; i++) {
        flat->x[2 * i] = 3.25f;
        flat->x[2 * i + 1] = (float)i;
    }
    CHECK(nn_dataset_standardize(flat) == NN_OK);
    CHECK(flat->std[0] == 1.0f && flat->mean[0] == 3.25f);
    CHECK(flat->x[0] == 0.0f && flat->x[6] == 0.0f);
    CHECK_NEAR(flat->std[1], sqrt(1.25), 1e-6); /* population std of 0,1,2,3 */
    CHECK(isfinite(flat->x[1]));

    /* A spread only among the subnormals (found by fuzz_csv): the std would
     * round to 0 as a float, so the feature is treated as constant and the
     * test set can still be standardized like it. */
    nn_dataset *tiny = nn_dataset_create(2, 1, 2), *tiny_test = nn_dataset_create(2, 1, 2);
    tiny->x[0] = 1e-45f;
    tiny->x[1] = 4e-45f;
    tiny_test->x[0] = tiny_test->x[1] = 0.0f;
    CHECK(nn_dataset_standardize(tiny) == NN_OK);
    CHECK(tiny->std[0] == 1.0f);
    CHECK(nn_dataset_standardize_like(tiny_test, tiny) == NN_OK);
    CHECK(isfinite(tiny->x[0]) && isfinite(tiny_test->x[0]));
    nn_dataset_destroy(tiny);
    nn_dataset_destroy(tiny_test);

    nn_dataset_destroy(flat);
    nn_dataset_destroy(one_d);
    nn_dataset_destroy(other);
    nn_dataset_destroy(ds);
    nn_dataset_destroy(orig);
}

static void test_bounds(void)
{
    nn_dataset *ds = nn_dataset_create(3, 2, 2);
    float v[6] = {1, -2, -3, 5, 2, 0};
    memcpy(ds->x, v, sizeof v);
    float lo[2], hi[2];
    nn_dataset_bounds(ds, lo, hi);
    CHECK(lo[0] == -3.0f && hi[0] == 2.0f);
    CHECK(lo[1] == -2.0f && hi[1] == 5.0f);
    nn_dataset_destroy(ds);
}

/* The generators' sine and cosine against libm's sin and cos in double, on a
 * fine sweep of their angles and on larger ones out to 1e6. */
static void test_sincos(void)
{
    double worst = 0.0, worst_x = 0.0;
    int rounded_off = 0, count = 0;
    for (int i = -400000; i <= 400000; i++) {
        float x = (float)i * 2.5e-4f; /* [-100, 100] */
        if (i % 1000 == 0) x = (float)i * 2.5f;
        float s, c;
        nn__sincos(x, &s, &c);
        double es = fabs(s - sin((double)x)), ec = fabs(c - cos((double)x));
        if (es > worst) worst = es, worst_x = x;
        if (ec > worst) worst = ec, worst_x = x;
        rounded_off += s != (float)sin((double)x) || c != (float)cos((double)x);
        count++;
    }
    if (worst > 1e-7) fprintf(stderr, "  nn__sincos: error %.3g at x = %.9g\n", worst, worst_x);
    CHECK(worst <= 1e-7);
    /* Nearly always the correctly rounded float (musl's sinf: ~1 in 2000 off). */
    if (rounded_off > count / 10000)
        fprintf(stderr, "  nn__sincos: %d of %d not correctly rounded\n", rounded_off, count);
    CHECK(rounded_off <= count / 10000);
    float s, c;
    nn__sincos(0.0f, &s, &c);
    CHECK(s == 0.0f && c == 1.0f);
    nn__sincos(INFINITY, &s, &c);
    CHECK(isnan(s) && isnan(c));
    nn__sincos(NAN, &s, &c);
    CHECK(isnan(s) && isnan(c));
}

int main(void)
{
    test_kind_names();
    test_sincos();
    test_create();
    test_generators_common();
    test_regression_sets();
    test_generator_arguments();
    test_truth_tables();
    test_shapes();
    test_admissions();
    test_shuffle();
    test_split();
    test_standardize();
    test_bounds();
    return check_summary("test_data");
}

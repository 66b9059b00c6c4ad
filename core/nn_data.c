/* nn_data.c — datasets: create/destroy, the seeded generators, shuffle, split,
 * standardization and bounds. CSV parsing lives in nn_csv.c.
 *
 * Generator conventions (all seeded from one nn_rng; equal arguments give
 * byte-identical datasets):
 *   - Two-class sets alternate labels (point i has class i % 2), three-class sets
 *     use i % 3, so classes are balanced exactly (admissions excepted: its labels
 *     come from the rule). Class names are "0", "1" (and "2"); features "x1", "x2".
 *   - Every generator draws the same random numbers whatever the noise, so moving
 *     the noise slider jitters the same points instead of drawing new ones.
 *   - Coordinates are clamped to [-6, 6] (admissions: [0, 10]; truth tables: {0, 1}).
 *   - noise scales a Gaussian jitter (or, for admissions, label flips near the
 *     decision line); 0 gives the clean shape.
 *   - Regression sets (plane, gauss-regression) draw x1, x2 uniform on [-6, 6] and
 *     add Gaussian noise of standard deviation 0.5 noise to the target, not to the
 *     coordinates (as TensorFlow Playground's regression sets do).
 */
#include <float.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nn_data.h"
#include "nn_internal.h"

#define NN__PI 3.14159265358979f
#define NN__LIMIT 6.0f /* generated coordinates stay in [-NN__LIMIT, NN__LIMIT] */

static const char *const nn__kind_names[NN_DATA_KIND_COUNT] = {
    "xor", "circle", "gauss", "spiral", "moons", "admissions",
    "and", "or",     "not",   "xor4",   "blobs3", "spiral3",
    "plane", "gauss-regression",
};
/* What the page and the CLI show for each name. */
static const char *const nn__kind_labels[NN_DATA_KIND_COUNT] = {
    "XOR", "Circle", "Gaussians", "Spiral", "Moons", "Admissions", "AND", "OR", "NOT", "XOR table", "3 blobs", "3-arm spiral",
    "Plane (regression)", "Gaussians (regression)",
};

const char *nn_data_kind_name(nn_data_kind kind)
{
    if ((int)kind < 0 || kind >= NN_DATA_KIND_COUNT) return "unknown";
    return nn__kind_names[kind];
}

const char *nn_data_kind_label(nn_data_kind kind)
{
    return (unsigned)kind < NN_DATA_KIND_COUNT ? nn__kind_labels[kind] : "?";
}

int nn_data_kind_regression(nn_data_kind kind)
{
    return kind == NN_DATA_PLANE || kind == NN_DATA_GAUSS_REG;
}

int nn_data_kind_parse(const char *name)
{
    return nn__parse_name(name, nn__kind_names, NN_DATA_KIND_COUNT, NULL, 0, "dataset");
}

nn_dataset *nn_dataset_create(int n, int d, int k)
{
    if (n < 0 || n > NN_MAX_POINTS) {
        nn__fail("a dataset holds 0 to %d points, got %d", NN_MAX_POINTS, n);
        return NULL;
    }
    if (d < 1 || d > NN_MAX_FEATURES) {
        nn__fail("a dataset has 1 to %d features, got %d", NN_MAX_FEATURES, d);
        return NULL;
    }
    if (k < 1 || k > NN_MAX_CLASSES) {
        nn__fail("a dataset has 1 to %d classes, got %d", NN_MAX_CLASSES, k);
        return NULL;
    }
    nn_dataset *ds = calloc(1, sizeof *ds);
    if (!ds) { nn__fail("out of memory for a dataset"); return NULL; }
    /* At least one element each, so an empty dataset still has valid pointers. */
    ds->x = calloc((size_t)(n > 0 ? n : 1) * (size_t)d, sizeof *ds->x);
    ds->y = calloc((size_t)(n > 0 ? n : 1), sizeof *ds->y);
    ds->mean = calloc((size_t)d, sizeof *ds->mean);
    ds->std = malloc((size_t)d * sizeof *ds->std);
    ds->feature_names = calloc((size_t)d, sizeof *ds->feature_names);
    if (!ds->x || !ds->y || !ds->mean || !ds->std || !ds->feature_names) {
        nn_dataset_destroy(ds);
        nn__fail("out of memory for a dataset of %d points", n);
        return NULL;
    }
    ds->n = n;
    ds->d = d;
    ds->k = k;
    for (int j = 0; j < d; j++) ds->std[j] = 1.0f;
    for (int j = 0; j < d; j++) nn__format(ds->feature_names[j], NN_NAME_LEN, "x%d", j + 1);
    for (int c = 0; c < k; c++) nn__format(ds->class_names[c], NN_NAME_LEN, "%d", c);
    return ds;
}

nn_dataset *nn_dataset_create_regression(int n, int d)
{
    nn_dataset *ds = nn_dataset_create(n, d, 1);
    if (!ds) return NULL;
    ds->target = calloc((size_t)(n > 0 ? n : 1), sizeof *ds->target);
    if (!ds->target) {
        nn_dataset_destroy(ds);
        nn__fail("out of memory for a dataset of %d points", n);
        return NULL;
    }
    return ds;
}

void nn_dataset_destroy(nn_dataset *ds)
{
    if (!ds) return;
    free(ds->target);
    free(ds->x);
    free(ds->y);
    free(ds->mean);
    free(ds->std);
    free(ds->feature_names);
    free(ds);
}

/* ---- generators ------------------------------------------------------------ */

static float nn__clamp(float v, float lo, float hi) { return v < lo ? lo : (v > hi ? hi : v); }

/* Store point i with a Gaussian jitter of standard deviation sigma, clamped. */
static void nn__put2(nn_dataset *ds, int i, float a, float b, float sigma, nn_rng *rng, int label)
{
    float ja = nn_rng_normal(rng), jb = nn_rng_normal(rng);
    ds->x[2 * i + 0] = nn__clamp(a + sigma * ja, -NN__LIMIT, NN__LIMIT);
    ds->x[2 * i + 1] = nn__clamp(b + sigma * jb, -NN__LIMIT, NN__LIMIT);
    ds->y[i] = label;
}

/* Position of point i along its class, a fraction in [0, 1): point j of class
 * c = i % k lands uniformly in the j-th of the class's equal slots (stratified, so
 * arms are evenly covered yet the seed still moves the points). */
static float nn__class_fraction(int i, int k, int n, nn_rng *rng)
{
    int c = i % k, j = i / k;
    int members = (n - c + k - 1) / k;
    return ((float)j + nn_rng_uniform(rng)) / (float)members;
}

/* Four quadrants with a 0.3 gap around the axes (as TensorFlow Playground pads
 * its XOR); class 1 where x1 * x2 < 0, i.e. sign(x1) != sign(x2). */
static void nn__gen_xor(nn_dataset *ds, float noise, nn_rng *rng)
{
    for (int i = 0; i < ds->n; i++) {
        int label = i % 2;
        float sx = nn_rng_below(rng, 2) ? 1.0f : -1.0f;
        float sy = label ? -sx : sx;
        float a = 0.3f + 5.0f * nn_rng_uniform(rng);
        float b = 0.3f + 5.0f * nn_rng_uniform(rng);
        nn__put2(ds, i, sx * a, sy * b, 1.5f * noise, rng, label);
    }
}

/* Class 1: disc of radius 2.5; class 0: ring between radii 3.5 and 5. Radii are
 * drawn uniform in area (sqrt of a uniform) so the disc is evenly filled. */
static void nn__gen_circle(nn_dataset *ds, float noise, nn_rng *rng)
{
    for (int i = 0; i < ds->n; i++) {
        int label = (i + 1) % 2;
        float u = nn_rng_uniform(rng), t = 2.0f * NN__PI * nn_rng_uniform(rng);
        float r = label ? 2.5f * sqrtf(u) : sqrtf(3.5f * 3.5f + u * (5.0f * 5.0f - 3.5f * 3.5f));
        float s, c;
        nn__sincos(t, &s, &c);
        nn__put2(ds, i, r * c, r * s, 0.8f * noise, rng, label);
    }
}

/* Class 0 around (-2, -2), class 1 around (2, 2); sigma 0.5 (clean) to 2. */
static void nn__gen_gauss(nn_dataset *ds, float noise, nn_rng *rng)
{
    for (int i = 0; i < ds->n; i++) {
        int label = i % 2;
        float c = label ? 2.0f : -2.0f;
        nn__put2(ds, i, c, c, 0.5f + 1.5f * noise, rng, label);
    }
}

/* k arms r = 0.25 + 4.75 f, angle = turns * 2 pi f + 2 pi c / k, f in [0, 1]. */
static void nn__gen_spiral(nn_dataset *ds, float noise, nn_rng *rng, int k, float turns)
{
    for (int i = 0; i < ds->n; i++) {
        int label = i % k;
        float f = nn__class_fraction(i, k, ds->n, rng);
        if (f > 1.0f) f = 1.0f;
        float r = 0.25f + 4.75f * f;
        float t = turns * 2.0f * NN__PI * f + 2.0f * NN__PI * (float)label / (float)k;
        float s, c;
        nn__sincos(t, &s, &c);
        nn__put2(ds, i, r * s, r * c, 0.5f * noise, rng, label);
    }
}

/* The two half circles of scikit-learn's make_moons, (cos a, sin a) and
 * (1 - cos a, 1/2 - sin a) for a in [0, pi], centred and scaled by 3. */
static void nn__gen_moons(nn_dataset *ds, float noise, nn_rng *rng)
{
    for (int i = 0; i < ds->n; i++) {
        int label = i % 2;
        float a = NN__PI * nn_rng_uniform(rng), s, c;
        nn__sincos(a, &s, &c);
        float u = label ? 1.0f - c : c;
        float v = label ? 0.5f - s : s;
        nn__put2(ds, i, 3.0f * (u - 0.5f), 3.0f * (v - 0.25f), noise, rng, label);
    }
}

/* Test score and grades uniform on [0, 10); accepted (1) iff 2 test + grades - 18 > 0.
 * Noise flips a label with probability 0.5 noise exp(-dist^2 / 2), dist being the
 * point's distance to the line in score units: a coin flip on the line at noise 1,
 * about 7% two units away, essentially never beyond four. */
static void nn__gen_admissions(nn_dataset *ds, float noise, nn_rng *rng)
{
    for (int i = 0; i < ds->n; i++) {
        float test = 10.0f * nn_rng_uniform(rng);
        float grades = 10.0f * nn_rng_uniform(rng);
        float flip = nn_rng_uniform(rng);
        float score = 2.0f * test + grades - 18.0f;
        float dist = score / sqrtf(5.0f);
        int label = score > 0.0f;
        if (flip < 0.5f * noise * expf(-0.5f * dist * dist)) label = !label;
        ds->x[2 * i + 0] = test;
        ds->x[2 * i + 1] = grades;
        ds->y[i] = label;
    }
    nn__format(ds->feature_names[0], NN_NAME_LEN, "test");
    nn__format(ds->feature_names[1], NN_NAME_LEN, "grades");
    nn__format(ds->class_names[0], NN_NAME_LEN, "rejected");
    nn__format(ds->class_names[1], NN_NAME_LEN, "accepted");
}

/* The four rows (0,0), (0,1), (1,0), (1,1) with the given outputs. */
static void nn__truth_table(nn_dataset *ds, int y00, int y01, int y10, int y11)
{
    static const float corners[8] = {0, 0, 0, 1, 1, 0, 1, 1};
    memcpy(ds->x, corners, sizeof corners);
    ds->y[0] = y00;
    ds->y[1] = y01;
    ds->y[2] = y10;
    ds->y[3] = y11;
}

/* The regression sets' targets over x = (x1, x2) uniform on the square. */
static float nn__plane(float x1, float x2) { return (2.0f * x1 + x2) / 9.0f; }

/* Six bumps of different signs and heights, width 1.6, spread over the square
 * so that positive and negative regions alternate; the sum stays within about
 * ±1.1. Centre x1, x2 and height of each. */
static const float nn__bumps[6][3] = {
    {-3.5f, 3.0f, 1.0f}, {0.5f, 3.5f, -0.8f}, {3.5f, 1.0f, 0.6f},
    {-2.0f, -2.5f, -1.0f}, {2.5f, -3.0f, 0.9f}, {-0.5f, 0.0f, 0.5f},
};

static float nn__gauss_bumps(float x1, float x2)
{
    const float inv2s2 = 1.0f / (2.0f * 1.6f * 1.6f);
    float sum = 0.0f;
    for (int j = 0; j < 6; j++) {
        float a = x1 - nn__bumps[j][0], b = x2 - nn__bumps[j][1];
        sum += nn__bumps[j][2] * expf(-(a * a + b * b) * inv2s2);
    }
    return sum;
}

static void nn__gen_regression(nn_dataset *ds, float noise, nn_rng *rng,
                               float (*f)(float, float))
{
    for (int i = 0; i < ds->n; i++) {
        float a = NN__LIMIT * (2.0f * nn_rng_uniform(rng) - 1.0f);
        float b = NN__LIMIT * (2.0f * nn_rng_uniform(rng) - 1.0f);
        float e = nn_rng_normal(rng);
        ds->x[2 * i + 0] = a;
        ds->x[2 * i + 1] = b;
        ds->target[i] = f(a, b) + 0.5f * noise * e;
    }
    nn__format(ds->class_names[0], NN_NAME_LEN, "target");
}

nn_dataset *nn_dataset_generate(nn_data_kind kind, int count, float noise, uint64_t seed)
{
    if ((int)kind < 0 || kind >= NN_DATA_KIND_COUNT) {
        nn__fail("unknown dataset kind %d (valid: 0 to %d)", (int)kind, NN_DATA_KIND_COUNT - 1);
        return NULL;
    }
    if (count < 1 || count > NN_MAX_POINTS) {
        nn__fail("count must be between 1 and %d, got %d", NN_MAX_POINTS, count);
        return NULL;
    }
    if (!(isfinite(noise) && noise >= 0.0f && noise <= 1.0f)) {
        nn__fail("noise must be a number between 0 and 1, got %g", (double)noise);
        return NULL;
    }
    int n = count, d = 2, k = 2;
    if (kind == NN_DATA_AND || kind == NN_DATA_OR || kind == NN_DATA_XOR4) n = 4;
    if (kind == NN_DATA_NOT) { n = 2; d = 1; }
    if (kind == NN_DATA_BLOBS3 || kind == NN_DATA_SPIRAL3) k = 3;

    nn_dataset *ds = nn_data_kind_regression(kind) ? nn_dataset_create_regression(n, d)
                                                   : nn_dataset_create(n, d, k);
    if (!ds) return NULL;
    nn_rng rng;
    nn_rng_seed(&rng, seed);
    switch (kind) {
    case NN_DATA_XOR: nn__gen_xor(ds, noise, &rng); break;
    case NN_DATA_CIRCLE: nn__gen_circle(ds, noise, &rng); break;
    case NN_DATA_GAUSS: nn__gen_gauss(ds, noise, &rng); break;
    case NN_DATA_SPIRAL: nn__gen_spiral(ds, noise, &rng, 2, 1.75f); break;
    case NN_DATA_MOONS: nn__gen_moons(ds, noise, &rng); break;
    case NN_DATA_ADMISSIONS: nn__gen_admissions(ds, noise, &rng); break;
    case NN_DATA_AND: nn__truth_table(ds, 0, 0, 0, 1); break;
    case NN_DATA_OR: nn__truth_table(ds, 0, 1, 1, 1); break;
    case NN_DATA_XOR4: nn__truth_table(ds, 0, 1, 1, 0); break;
    case NN_DATA_NOT:
        ds->x[0] = 0.0f; ds->y[0] = 1;
        ds->x[1] = 1.0f; ds->y[1] = 0;
        break;
    case NN_DATA_BLOBS3:
        /* Centres on a circle of radius 3.5 at 90, 210 and 330 degrees. */
        for (int i = 0; i < n; i++) {
            int c = i % 3;
            float a = NN__PI * (0.5f + 2.0f * (float)c / 3.0f), sa, ca;
            nn__sincos(a, &sa, &ca);
            nn__put2(ds, i, 3.5f * ca, 3.5f * sa, 0.6f + 1.4f * noise, &rng, c);
        }
        break;
    case NN_DATA_SPIRAL3: nn__gen_spiral(ds, noise, &rng, 3, 1.25f); break;
    case NN_DATA_PLANE: nn__gen_regression(ds, noise, &rng, nn__plane); break;
    case NN_DATA_GAUSS_REG: nn__gen_regression(ds, noise, &rng, nn__gauss_bumps); break;
    case NN_DATA_KIND_COUNT: break;
    }
    return ds;
}

/* ---- shuffle, split ------------------------------------------------------------ */

void nn_dataset_shuffle(nn_dataset *ds, nn_rng *rng)
{
    if (!ds || !rng) return;
    int d = ds->d;
    for (int i = ds->n - 1; i > 0; i--) {
        int j = (int)nn_rng_below(rng, (uint32_t)i + 1u);
        if (j == i) continue;
        for (int f = 0; f < d; f++) {
            float t = ds->x[i * d + f];
            ds->x[i * d + f] = ds->x[j * d + f];
            ds->x[j * d + f] = t;
        }
        int t = ds->y[i];
        ds->y[i] = ds->y[j];
        ds->y[j] = t;
        if (ds->target) {
            float v = ds->target[i];
            ds->target[i] = ds->target[j];
            ds->target[j] = v;
        }
    }
}

/* Copy names and standardization (everything but the points). */
static void nn__copy_meta(nn_dataset *dst, const nn_dataset *src)
{
    size_t d = (size_t)src->d; /* dst has the same d */
    memcpy(dst->mean, src->mean, d * sizeof *dst->mean);
    memcpy(dst->std, src->std, d * sizeof *dst->std);
    memcpy(dst->feature_names, src->feature_names, d * sizeof *dst->feature_names);
    memcpy(dst->class_names, src->class_names, sizeof dst->class_names);
}

int nn_dataset_split(const nn_dataset *ds, float test_ratio, uint64_t seed,
                     nn_dataset **train, nn_dataset **test)
{
    if (train) *train = NULL;
    if (test) *test = NULL;
    if (!ds || !train || !test) return nn__fail("split needs a dataset and two result pointers");
    if (!(isfinite(test_ratio) && test_ratio >= 0.0f && test_ratio < 1.0f))
        return nn__fail("test ratio must be at least 0 and below 1, got %g", (double)test_ratio);

    int n = ds->n, d = ds->d;
    int n_test = (int)floor((double)test_ratio * (double)n + 0.5);
    if (n_test > n) n_test = n;
    int reg = ds->target != NULL;
    nn_dataset *all = reg ? nn_dataset_create_regression(n, d) : nn_dataset_create(n, d, ds->k);
    nn_dataset *tr = reg ? nn_dataset_create_regression(n - n_test, d)
                         : nn_dataset_create(n - n_test, d, ds->k);
    nn_dataset *te = reg ? nn_dataset_create_regression(n_test, d)
                         : nn_dataset_create(n_test, d, ds->k);
    if (!all || !tr || !te) {
        nn_dataset_destroy(all);
        nn_dataset_destroy(tr);
        nn_dataset_destroy(te);
        return NN_ERR; /* create said why */
    }
    memcpy(all->x, ds->x, (size_t)n * (size_t)d * sizeof *all->x);
    memcpy(all->y, ds->y, (size_t)n * sizeof *all->y);
    if (reg) memcpy(all->target, ds->target, (size_t)n * sizeof *all->target);
    nn_rng rng;
    nn_rng_seed(&rng, seed);
    nn_dataset_shuffle(all, &rng);

    /* The first n_test shuffled points are the test set, the rest train. */
    memcpy(te->x, all->x, (size_t)n_test * (size_t)d * sizeof *te->x);
    memcpy(te->y, all->y, (size_t)n_test * sizeof *te->y);
    memcpy(tr->x, all->x + (size_t)n_test * (size_t)d,
           (size_t)(n - n_test) * (size_t)d * sizeof *tr->x);
    memcpy(tr->y, all->y + n_test, (size_t)(n - n_test) * sizeof *tr->y);
    if (reg) {
        memcpy(te->target, all->target, (size_t)n_test * sizeof *te->target);
        memcpy(tr->target, all->target + n_test, (size_t)(n - n_test) * sizeof *tr->target);
    }
    nn__copy_meta(tr, ds);
    nn__copy_meta(te, ds);
    nn_dataset_destroy(all);
    *train = tr;
    *test = te;
    return NN_OK;
}

/* ---- standardization ----------------------------------------------------------- */

static int nn__is_standardized(const nn_dataset *ds)
{
    for (int j = 0; j < ds->d; j++)
        if (ds->mean[j] != 0.0f || ds->std[j] != 1.0f) return 1;
    return 0;
}

int nn_dataset_standardize(nn_dataset *ds)
{
    if (!ds) return nn__fail("standardize needs a dataset");
    int n = ds->n, d = ds->d;
    for (int j = 0; j < d; j++) {
        /* Two passes in double: mean, then population variance (divide by n). */
        double mean = 0.0, var = 0.0;
        for (int i = 0; i < n; i++) mean += ds->x[i * d + j];
        if (n > 0) mean /= n;
        for (int i = 0; i < n; i++) {
            double e = ds->x[i * d + j] - mean;
            var += e * e;
        }
        if (n > 0) var /= n;
        double sd = sqrt(var);
        /* A constant feature (spread below float resolution) keeps its scale;
         * so does a spread too small for a normal float (values that differ
         * only among the subnormals), whose std would round to 0 or lose
         * its precision as a float. */
        if (!(sd >= FLT_MIN) || sd <= 1e-7 * fabs(mean)) sd = 1.0;
        float m = (float)mean, s = (float)sd;
        for (int i = 0; i < n; i++)
            ds->x[i * d + j] = (float)(((double)ds->x[i * d + j] - m) / s);
        /* Standardizing twice composes: x = (z2 s2 + m2) s1 + m1. */
        ds->mean[j] = ds->mean[j] + m * ds->std[j];
        ds->std[j] = ds->std[j] * s;
    }
    return NN_OK;
}

int nn_dataset_standardize_like(nn_dataset *ds, const nn_dataset *reference)
{
    if (!ds || !reference) return nn__fail("standardize_like needs a dataset and a reference");
    if (ds->d != reference->d)
        return nn__fail("cannot standardize a dataset of %d features like one of %d features",
                        ds->d, reference->d);
    if (nn__is_standardized(ds)) return nn__fail("this dataset is already standardized");
    int n = ds->n, d = ds->d;
    for (int j = 0; j < d; j++) {
        float m = reference->mean[j], s = reference->std[j];
        if (!isfinite(m) || !nn__positive_finite(s))
            return nn__fail("the reference's feature %d has an invalid mean %g or std %g", j + 1,
                            (double)m, (double)s);
    }
    for (int j = 0; j < d; j++) {
        float m = reference->mean[j], s = reference->std[j];
        for (int i = 0; i < n; i++)
            ds->x[i * d + j] = (float)(((double)ds->x[i * d + j] - m) / s);
        ds->mean[j] = m;
        ds->std[j] = s;
    }
    return NN_OK;
}

void nn_dataset_bounds(const nn_dataset *ds, float *lo, float *hi)
{
    if (!ds || !lo || !hi) return;
    int n = ds->n, d = ds->d;
    for (int j = 0; j < d; j++) {
        float a = n > 0 ? ds->x[j] : 0.0f, b = a;
        for (int i = 1; i < n; i++) {
            float v = ds->x[i * d + j];
            if (v < a) a = v;
            if (v > b) b = v;
        }
        lo[j] = a;
        hi[j] = b;
    }
}

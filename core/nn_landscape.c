/* nn_landscape.c — analytic two-parameter landscapes (see nn_landscape.h). */
#include <limits.h>
#include <math.h>
#include <stddef.h>
#include <string.h>

#include "nn_internal.h"
#include "nn_landscape.h"

/* A path point with |a| or |b| above this counts as diverged. */
#define NN__LAND_BOUND 1e6f
#define NN__LAND_MAX_STEPS 100000

static const char *const nn__landscape_names[NN_LAND_COUNT] = {"bowl", "ravine", "two-wells"};
/* What the page and the CLI show for each name. */
static const char *const nn__landscape_labels[NN_LAND_COUNT] = {
    "Bowl", "Ravine", "Two wells",
};

const char *nn_landscape_name(nn_landscape_kind kind)
{
    return (kind >= 0 && kind < NN_LAND_COUNT) ? nn__landscape_names[kind] : "unknown";
}

const char *nn_landscape_label(nn_landscape_kind kind)
{
    return (unsigned)kind < NN_LAND_COUNT ? nn__landscape_labels[kind] : "?";
}

int nn_landscape_parse(const char *name)
{
    return nn__parse_name(name, nn__landscape_names, NN_LAND_COUNT, NULL, 0, "landscape");
}

float nn_landscape_eval(nn_landscape_kind kind, float a, float b, float *ga, float *gb)
{
    float f, da, db;
    switch (kind) {
    case NN_LAND_BOWL: /* a² + b² */
        f = a * a + b * b;
        da = 2.0f * a;
        db = 2.0f * b;
        break;
    case NN_LAND_RAVINE: /* ½a² + 10b²: curvatures 1 and 20 */
        f = 0.5f * a * a + 10.0f * b * b;
        da = a;
        db = 20.0f * b;
        break;
    case NN_LAND_TWO_WELLS: { /* (a² - 1)² + 0.3a + 0.31 + b²; the tilt 0.3a deepens the
                                * left well, and 0.31 lifts its bottom (≈ -0.305) above 0:
                                * a loss is never negative. */
        float q = a * a - 1.0f;
        f = q * q + 0.3f * a + 0.31f + b * b;
        da = 4.0f * a * q + 0.3f;
        db = 2.0f * b;
        break;
    }
    default:
        f = da = db = NAN;
        break;
    }
    if (ga) *ga = da;
    if (gb) *gb = db;
    return f;
}

int nn_landscape_grid(nn_landscape_kind kind, float *out, float lo_a, float hi_a, float lo_b,
                      float hi_b, int w, int h)
{
    if (kind < 0 || kind >= NN_LAND_COUNT)
        return nn__fail("landscape kind must be in [0, %d), got %d", NN_LAND_COUNT, (int)kind);
    if (!out) return nn__fail("landscape grid: output buffer is NULL");
    if (w < 1 || h < 1 || (long long)w * h > INT_MAX)
        return nn__fail("landscape grid size must be at least 1 x 1 and fit an int, got %d x %d",
                        w, h);
    if (!(isfinite(lo_a) && isfinite(hi_a) && lo_a < hi_a))
        return nn__fail("landscape grid needs finite lo_a < hi_a, got [%g, %g]", (double)lo_a,
                        (double)hi_a);
    if (!(isfinite(lo_b) && isfinite(hi_b) && lo_b < hi_b))
        return nn__fail("landscape grid needs finite lo_b < hi_b, got [%g, %g]", (double)lo_b,
                        (double)hi_b);
    const float da = (hi_a - lo_a) / (float)w, db = (hi_b - lo_b) / (float)h;
    for (int i = 0; i < h; i++) {
        const float b = hi_b - ((float)i + 0.5f) * db; /* row 0 is the top (hi_b) */
        for (int j = 0; j < w; j++) {
            const float a = lo_a + ((float)j + 0.5f) * da;
            out[(size_t)i * (size_t)w + (size_t)j] = nn_landscape_eval(kind, a, b, NULL, NULL);
        }
    }
    return NN_OK;
}

static int nn__land_inside(float a, float b, float f)
{
    return isfinite(f) && fabsf(a) <= NN__LAND_BOUND && fabsf(b) <= NN__LAND_BOUND;
}

int nn_landscape_path(nn_landscape_kind kind, const nn_optimizer *opt, float lr, float a,
                      float b, int steps, float *path)
{
    if (kind < 0 || kind >= NN_LAND_COUNT)
        return nn__fail("landscape kind must be in [0, %d), got %d", NN_LAND_COUNT, (int)kind);
    if (nn_optimizer_validate(opt) != NN_OK) return NN_ERR; /* message already set */
    if (!nn__positive_finite(lr))
        return nn__fail("learning rate must be a finite number > 0, got %g", (double)lr);
    if (steps < 0 || steps > NN__LAND_MAX_STEPS)
        return nn__fail("path steps must be in [0, %d], got %d", NN__LAND_MAX_STEPS, steps);
    if (!(isfinite(a) && isfinite(b) && fabsf(a) <= NN__LAND_BOUND && fabsf(b) <= NN__LAND_BOUND))
        return nn__fail("path start must be finite with |a|, |b| <= 1e6, got (%g, %g)",
                        (double)a, (double)b);
    if (!path) return nn__fail("landscape path: output buffer is NULL");

    /* The same arena layout a model uses, two parameters long. */
    float p[2] = {a, b}, g[2], m[2] = {0.0f, 0.0f}, v[2] = {0.0f, 0.0f};
    float f = nn_landscape_eval(kind, p[0], p[1], &g[0], &g[1]);
    path[0] = p[0];
    path[1] = p[1];
    path[2] = f;
    int points = 1;
    for (int t = 1; t <= steps; t++) {
        nn_optimizer_step(opt, lr, p, g, m, v, 2, t);
        f = nn_landscape_eval(kind, p[0], p[1], &g[0], &g[1]);
        if (!nn__land_inside(p[0], p[1], f)) break; /* diverged: this point is not written */
        path[3 * points + 0] = p[0];
        path[3 * points + 1] = p[1];
        path[3 * points + 2] = f;
        points++;
    }
    return points;
}

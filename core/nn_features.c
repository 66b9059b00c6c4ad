/* nn_features.c — input feature expansion (see nn_features.h). */
#include "nn_features.h"
#include "nn_error.h"
#include "nn_internal.h"

#include <string.h>

static const char *const feature_names[NN_FEAT_COUNT] = {
    "x1", "x2", "x1sq", "x2sq", "x1x2", "sinx1", "sinx2"};
static const char *const feature_labels[NN_FEAT_COUNT] = {
    "x\xe2\x82\x81", "x\xe2\x82\x82", "x\xe2\x82\x81\xc2\xb2", "x\xe2\x82\x82\xc2\xb2",
    "x\xe2\x82\x81\xc2\xb7x\xe2\x82\x82", "sin x\xe2\x82\x81", "sin x\xe2\x82\x82"};

const char *nn_feature_name(int f)
{
    return f >= 0 && f < NN_FEAT_COUNT ? feature_names[f] : NULL;
}

const char *nn_feature_label(int f)
{
    return f >= 0 && f < NN_FEAT_COUNT ? feature_labels[f] : NULL;
}

int nn_features_count(unsigned mask)
{
    if (mask == 0) return nn__fail("choose at least one input feature");
    if (mask >> NN_FEAT_COUNT)
        return nn__fail("input feature set %u names features beyond the %d known", mask,
                        NN_FEAT_COUNT);
    int n = 0;
    for (int f = 0; f < NN_FEAT_COUNT; f++) n += (int)((mask >> f) & 1u);
    return n;
}

/* One feature of one point; sin goes through the core's own sine so the wasm
 * build carries no libm reduction. */
static float feature_value(int f, float a, float b)
{
    float s, c;
    switch (f) {
    case NN_FEAT_X1: return a;
    case NN_FEAT_X2: return b;
    case NN_FEAT_X1SQ: return a * a;
    case NN_FEAT_X2SQ: return b * b;
    case NN_FEAT_X1X2: return a * b;
    case NN_FEAT_SINX1: nn__sincos(a, &s, &c); return s;
    default: nn__sincos(b, &s, &c); return s;
    }
}

int nn_features_expand(unsigned mask, const float *raw, int n, float *out)
{
    int k = nn_features_count(mask);
    if (k < 0) return NN_ERR;
    if (!raw || !out || n < 0) return nn__fail("feature expansion needs buffers and n >= 0");
    for (int i = 0; i < n; i++) {
        float a = raw[2 * i], b = raw[2 * i + 1];
        float *row = out + (size_t)i * (size_t)k;
        int j = 0;
        for (int f = 0; f < NN_FEAT_COUNT; f++)
            if ((mask >> f) & 1u) row[j++] = feature_value(f, a, b);
    }
    return NN_OK;
}

nn_dataset *nn_features_dataset(const nn_dataset *ds, unsigned mask)
{
    if (!ds) { nn__fail("feature expansion needs a dataset"); return NULL; }
    if (ds->d != 2) {
        nn__fail("input features are built from the two coordinates x1, x2; this data has %d", ds->d);
        return NULL;
    }
    int k = nn_features_count(mask);
    if (k < 0) return NULL;
    nn_dataset *out = ds->target ? nn_dataset_create_regression(ds->n, k) : nn_dataset_create(ds->n, k, ds->k);
    if (!out) return NULL;
    nn_features_expand(mask, ds->x, ds->n, out->x);
    memcpy(out->y, ds->y, (size_t)ds->n * sizeof *ds->y);
    if (ds->target) memcpy(out->target, ds->target, (size_t)ds->n * sizeof *ds->target);
    memcpy(out->class_names, ds->class_names, sizeof out->class_names);
    for (int f = 0, j = 0; f < NN_FEAT_COUNT; f++) {
        if (!((mask >> f) & 1u)) continue;
        strncpy(out->feature_names[j], feature_labels[f], NN_NAME_LEN - 1);
        out->feature_names[j++][NN_NAME_LEN - 1] = '\0';
    }
    return out;
}

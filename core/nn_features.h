/* nn_features.h — input features built from the two raw coordinates (x1, x2)
 * of the 2-D datasets, so that e.g. a circle is linearly separable in
 * (x1², x2²). One function expands points for the training data and, later,
 * for the grid evaluation, so the two can never disagree.
 *
 * A feature set is a bit mask over nn_feature; features are written in enum
 * order (lowest bit first). The names are the one table the page reads.
 */
#ifndef NN_FEATURES_H
#define NN_FEATURES_H

#include "nn_data.h"

typedef enum {
    NN_FEAT_X1,
    NN_FEAT_X2,
    NN_FEAT_X1SQ,
    NN_FEAT_X2SQ,
    NN_FEAT_X1X2,
    NN_FEAT_SINX1,
    NN_FEAT_SINX2,
    NN_FEAT_COUNT
} nn_feature;

/* The plain playground: x1, x2 as they are. */
#define NN_FEATURES_DEFAULT ((1u << NN_FEAT_X1) | (1u << NN_FEAT_X2))

/* URL name ("x1sq") and label ("x1²") of a feature; NULL if out of range. */
const char *nn_feature_name(int f);
const char *nn_feature_label(int f);

/* Number of features in mask; NN_ERR for an empty mask or unknown bits. */
int nn_features_count(unsigned mask);

/* Expand n points: raw is n × 2 (x1, x2 per row), out is n × count(mask),
 * row-major. NN_ERR (nothing written) for a bad mask, n < 0 or NULL buffers. */
int nn_features_expand(unsigned mask, const float *raw, int n, float *out);

/* A new dataset (the caller's, nn_dataset_destroy) of ds's points with their
 * inputs expanded into mask: the same labels, targets and class names, each
 * feature named by its label ("x₁²"). NULL with the reason when ds does not
 * have exactly the two raw coordinates or the mask is bad. */
nn_dataset *nn_features_dataset(const nn_dataset *ds, unsigned mask);

#endif

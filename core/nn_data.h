/* nn_data.h — datasets: seeded generators, shuffle, split, standardization
 * (reading CSV files: nn_csv.h).
 *
 * A dataset is n labelled points with d features:
 *   x       (n, d) row-major floats,
 *   y       (n)    class ids in [0, k),
 *   target  (n)    for a regression set only (NULL otherwise): the continuous
 *                  value to predict, in the data's own units (never standardized,
 *                  so errors read in those units). A regression set has k = 1 and
 *                  y all 0.
 * nn_dataset_create / _generate / _split (and nn_csv.h's readers) allocate; the caller frees
 * with nn_dataset_destroy. Class names live inside the struct; the per-feature
 * means, deviations and names (d of each) are allocated with it.
 *
 * Standardization replaces each feature by (x - mean) / std and keeps mean and
 * std so a view can map model coordinates back to the original units:
 *   original = standardized * std[j] + mean[j].
 * A dataset that was never standardized has mean 0 and std 1.
 */
#ifndef NN_DATA_H
#define NN_DATA_H

#include <stddef.h>
#include <stdint.h>

#include "nn_rng.h"

/* Per-feature arrays (mean, std, feature_names) are allocated by d, so a
 * 2-feature set carries 2 of each whatever this limit is; 1,024 covers a
 * 32x32 image. */
#define NN_MAX_FEATURES 1024
#define NN_MAX_CLASSES 100
#define NN_MAX_POINTS 100000
#define NN_NAME_LEN 32

typedef struct nn_dataset {
    int n;                                    /* points */
    int d;                                    /* features per point, 1..NN_MAX_FEATURES */
    int k;                                    /* classes, 1..NN_MAX_CLASSES */
    float *x;                                 /* (n, d) */
    int *y;                                   /* (n) */
    float *target;                            /* (n) regression targets, or NULL */
    float *mean;                              /* (d) subtracted by standardization */
    float *std;                               /* (d) divided by standardization */
    char (*feature_names)[NN_NAME_LEN];       /* (d) */
    char class_names[NN_MAX_CLASSES][NN_NAME_LEN];
} nn_dataset;

typedef enum nn_data_kind {
    NN_DATA_XOR,        /* four noisy quadrants, label = sign(x1) != sign(x2) */
    NN_DATA_CIRCLE,     /* inner disc vs outer ring */
    NN_DATA_GAUSS,      /* two Gaussian blobs */
    NN_DATA_SPIRAL,     /* two interleaved spirals */
    NN_DATA_MOONS,      /* two interleaved half circles */
    NN_DATA_ADMISSIONS, /* test score, grades on 0..10; accepted iff 2*test + grades - 18 > 0 */
    NN_DATA_AND,        /* truth table, the exact 4 points */
    NN_DATA_OR,         /* truth table, the exact 4 points */
    NN_DATA_NOT,        /* truth table, the exact 2 points, one feature */
    NN_DATA_XOR4,       /* truth table, the exact 4 points */
    NN_DATA_BLOBS3,     /* three Gaussian blobs, 3 classes */
    NN_DATA_SPIRAL3,    /* three-arm spiral, 3 classes */
    NN_DATA_PLANE,      /* regression: target (2 x1 + x2) / 9 + noise, in about -2..2 */
    NN_DATA_GAUSS_REG,  /* regression: target a sum of six Gaussian bumps, in about -1..1 */
    NN_DATA_KIND_COUNT
} nn_data_kind;

/* Lower-case name used by the CLI, the URL and JS ("xor", "spiral3", ...). */
const char *nn_data_kind_name(nn_data_kind kind);
const char *nn_data_kind_label(nn_data_kind kind); /* "Gaussians" for gauss */

/* 1 for the kinds whose points carry a continuous target (plane, gauss-regression). */
int nn_data_kind_regression(nn_data_kind kind);

/* Kind for a name, or NN_ERR with a message listing the valid names. */
int nn_data_kind_parse(const char *name);

/* An empty dataset with room for n points of d features and k classes; x, y zeroed,
 * mean 0, std 1, names "x1".."xd" and "0".."k-1". NULL (and an error) on bad sizes. */
nn_dataset *nn_dataset_create(int n, int d, int k);

/* The same with a target array (zeroed) for regression: k = 1, class name "0". */
nn_dataset *nn_dataset_create_regression(int n, int d);

/* Free a dataset; NULL is fine. */
void nn_dataset_destroy(nn_dataset *ds);

/* A seeded synthetic dataset of `count` points (truth tables ignore count and
 * noise). noise is in [0, 1]: 0 is clean, 1 is very noisy. Equal arguments give
 * equal datasets. Coordinates: admissions on 0..10, the rest roughly in -6..6. */
nn_dataset *nn_dataset_generate(nn_data_kind kind, int count, float noise, uint64_t seed);

/* Permute the points in place (Fisher–Yates) using rng. */
void nn_dataset_shuffle(nn_dataset *ds, nn_rng *rng);

/* Shuffle a copy with `seed`, then put round(test_ratio * n) points in *test and
 * the rest in *train (both new; caller destroys). test_ratio in [0, 1); a test set
 * of 0 points is allowed. Names and standardization are copied. */
int nn_dataset_split(const nn_dataset *ds, float test_ratio, uint64_t seed,
                     nn_dataset **train, nn_dataset **test);

/* Compute each feature's mean and standard deviation, store them in ds->mean /
 * ds->std and standardize x in place. A constant feature gets std 1. */
int nn_dataset_standardize(nn_dataset *ds);

/* Standardize ds with another dataset's statistics (e.g. a test set with its
 * training set's), storing them in ds. ds must be unstandardized. */
int nn_dataset_standardize_like(nn_dataset *ds, const nn_dataset *reference);

/* Smallest and largest value of each feature: lo (d), hi (d). */
void nn_dataset_bounds(const nn_dataset *ds, float *lo, float *hi);

#endif

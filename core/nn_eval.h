/* nn_eval.h — evaluation for the views: the decision-boundary grid and every
 * hidden unit's map.
 *
 * The grid covers the rectangle [x0, x1] × [y0, y1] of model input space with
 * w × h cells, evaluated at cell centres; row 0 is the top (y1), as images are
 * stored. Results are planes of w·h floats:
 *   out    (n_outputs, h, w)  P(class 1) for one output, else one plane per class
 *   hidden (H, h, w)          one plane per hidden unit, layer by layer, where H
 *                             is the total number of hidden units
 * For a 1-feature model y is ignored. Buffers are the caller's.
 */
#ifndef NN_EVAL_H
#define NN_EVAL_H

#include "nn_data.h"
#include "nn_model.h"

/* Total hidden units (the number of hidden planes). */
int nn_model_hidden_units(const nn_model *m);

/* Fill out (and hidden, if not NULL). NN_ERR if the model has more than 2 inputs
 * or the sizes are invalid (w, h in 1..4096). */
int nn_eval_grid(nn_model *m, float *out, float *hidden, float x0, float x1, float y0,
                 float y1, int w, int h);

/* How a grid cell becomes a model input vector, for the views that are not
 * the plain 2-feature playground: the cell's two coordinates (in the data's
 * own units) go into raw features axis_x and axis_y of n_raw, the others take
 * held[] (the slice); if features is not 0 the n_raw = 2 raw values are
 * expanded into that feature set (nn_features.h); then each model input j is
 * standardised as (v - mean[j]) / std[j], as the training data was.
 * The three arrays are the caller's, sized by the map (not by NN_MAX_FEATURES). */
typedef struct {
    int n_raw;                      /* raw features, 1..NN_MAX_FEATURES */
    int axis_x, axis_y;             /* which raw features are on the axes */
    unsigned features;              /* expansion mask, or 0 for none */
    const float *held;              /* (n_raw) raw value of each feature off the axes */
    const float *mean;              /* (model inputs) */
    const float *std;               /* (model inputs), each > 0 */
} nn_input_map;

/* nn_eval_grid through an input map; the rectangle is in raw units. NN_ERR if
 * the map does not fit the model. The plain case keeps nn_eval_grid, which
 * has no per-cell work beyond the forward pass. */
int nn_eval_grid_map(nn_model *m, const nn_input_map *map, float *out, float *hidden,
                     float x0, float x1, float y0, float y1, int w, int h);

#endif

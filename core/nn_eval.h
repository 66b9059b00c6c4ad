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

#include "nn_model.h"

/* Total hidden units (the number of hidden planes). */
int nn_model_hidden_units(const nn_model *m);

/* Fill out (and hidden, if not NULL). NN_ERR if the model has more than 2 inputs
 * or the sizes are invalid (w, h in 1..4096). */
int nn_eval_grid(nn_model *m, float *out, float *hidden, float x0, float x1, float y0,
                 float y1, int w, int h);

#endif

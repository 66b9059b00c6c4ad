/* nn_landscape.h — analytic two-parameter loss landscapes ("the hill").
 *
 * Small functions f(a, b) with known minima, for watching optimizers move and for
 * testing them against hand-computed steps:
 *   bowl       a² + b²                         one minimum at (0, 0)
 *   ravine     0.5·a² + 10·b²  (½(a² + 20b²))  narrow valley; SGD zig-zags
 *   two-wells  (a² - 1)² + 0.3·a + 0.31 + b²   a local minimum near a = +0.96
 *                                              (loss 0.604) and the global one near
 *                                              a = -1.04 (loss 0.0046, never below 0)
 */
#ifndef NN_LANDSCAPE_H
#define NN_LANDSCAPE_H

#include "nn_optim.h"

typedef enum nn_landscape_kind {
    NN_LAND_BOWL,
    NN_LAND_RAVINE,
    NN_LAND_TWO_WELLS,
    NN_LAND_COUNT
} nn_landscape_kind;

/* "bowl", "ravine", "two-wells". */
const char *nn_landscape_name(nn_landscape_kind kind);
const char *nn_landscape_label(nn_landscape_kind kind);
int nn_landscape_parse(const char *name);

/* f(a, b); gradient into ga, gb when not NULL. */
float nn_landscape_eval(nn_landscape_kind kind, float a, float b, float *ga, float *gb);

/* f over a w × h grid: out (h, w), row 0 at b = hi_b, cell centres. */
int nn_landscape_grid(nn_landscape_kind kind, float *out, float lo_a, float hi_a, float lo_b,
                      float hi_b, int w, int h);

/* The path of `steps` optimizer updates from (a, b) at rate lr:
 * path (steps + 1, 3) = (a, b, f). Stops when f or a point is no longer finite or
 * leaves |a|,|b| <= 1e6 (diverged); that point is not written, so every written
 * value is finite. Returns the number of points written or NN_ERR (steps outside
 * 0..100000, start not finite or outside the bound, lr not finite > 0, invalid
 * optimizer). */
int nn_landscape_path(nn_landscape_kind kind, const nn_optimizer *opt, float lr, float a,
                      float b, int steps, float *path);

#endif

/* nn_internal.h — private helpers shared by the core's .c files. Not installed. */
#ifndef NN_INTERNAL_H
#define NN_INTERNAL_H

#include <math.h>

#include "nn_error.h"

/* Record a printf-style failure reason; always returns NN_ERR so callers can
 * `return nn__fail("...")`. */
#if defined(__GNUC__)
__attribute__((format(printf, 1, 2)))
#endif
int nn__fail(const char *fmt, ...);

/* Finite and strictly positive. */
static inline int nn__positive_finite(float v) { return isfinite(v) && v > 0.0f; }

struct nn_model;

/* Forward (no dropout) the nbp columns already in m->input, through the output. */
void nn__model_forward_input(struct nn_model *m, int nbp);

#endif

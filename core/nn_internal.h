/* nn_internal.h — private helpers shared by the core's .c files. Not installed. */
#ifndef NN_INTERNAL_H
#define NN_INTERNAL_H

#include <math.h>

#include "nn_error.h"

/* Record a failure reason (nn__format's subset of printf); always returns NN_ERR so callers can
 * `return nn__fail("...")`. */
#if defined(__GNUC__)
__attribute__((format(printf, 1, 2)))
#endif
int nn__fail(const char *fmt, ...);

/* The value of the decimal number at s[0..len): [+-] digits [. digits]
 * [(e|E) [+-] digits], stopping at the first character that does not fit;
 * no words ("nan", "inf") and no hex. Rounded to double with a relative error
 * of a few 1e-16, so (float) of it is the correctly rounded float except for
 * values within that distance of a midpoint between two floats. Overflow
 * gives ±HUGE_VAL, underflow ±0. Replaces strtod, which costs the wasm build
 * its float128 arithmetic. */
#include <stddef.h>
double nn__decimal(const char *s, size_t len);

/* CSV bytes as UTF-8 text (nn_csv_text.c, the rules of nn_csv.h): *text is
 * bytes past a UTF-8 byte-order mark, or *owned (malloc'd; the caller frees
 * it) decoded from UTF-16 or Windows-1252; *encoding is an nn_csv_encoding
 * and *bom says a mark was skipped. NN_ERR, and nothing owned, for bytes that
 * are not text. */
int nn__csv_decode(const char *bytes, size_t len, const char **text, size_t *text_len,
                   char **owned, int *encoding, int *bom);

/* snprintf for the core's messages and names (nn_error.c): %d %u %ld %zu
 * %s %.Ns %g %% only. Returns the length the full text needs, as snprintf. */
#include <stdarg.h>
int nn__vformat(char *buf, size_t cap, const char *fmt, va_list args);
#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
int nn__format(char *buf, size_t cap, const char *fmt, ...);

/* Another spelling a parser accepts for names[index] ("bce" for cross-entropy). */
typedef struct {
    const char *alias;
    int index;
} nn__alias;

/* The one name parser of the core: the index of `name` in names[0..count)
 * or among the aliases (n_aliases of them, may be NULL), else NN_ERR with
 * one message style for every kind, e.g.
 *   unknown optimizer "adamw"; valid: sgd, momentum, nesterov, adagrad, rmsprop, adam */
int nn__parse_name(const char *name, const char *const *names, int count,
                   const nn__alias *aliases, int n_aliases, const char *what);

/* *s = sin x, *c = cos x for |x| < 2^20 (NaN beyond), absolute error < 1e-7;
 * for the generators' angles (< 100) almost always the correctly rounded
 * float. Replaces sinf/cosf, whose huge-argument reduction the core never
 * needs but the wasm build would carry (nn_sincos.c). */
void nn__sincos(float x, float *s, float *c);

/* Finite and strictly positive. */
static inline int nn__positive_finite(float v) { return isfinite(v) && v > 0.0f; }

struct nn_model;

/* Forward the nb examples already in m->input (the caller fills the padding
 * columns up to the next multiple of 4 with finite values) through the output.
 * Returns the summed loss for labels y, or for a regression model targets t
 * (NULL: none), and adds correct predictions to *correct (NULL to skip);
 * training != 0 applies dropout. */
float nn__model_forward_filled(struct nn_model *m, const int *y, const float *t, int nb,
                               int training, int *correct);
/* Backward for the chunk just forwarded: labels y, or targets t (regression). */
void nn__model_backward(struct nn_model *m, const int *y, const float *t, int nb, float scale);

/* The same for evaluation only (no labels, no dropout): the output's σ, when
 * there is one output, is fused into its dense layer. */
void nn__model_eval_filled(struct nn_model *m, int nb);

#endif

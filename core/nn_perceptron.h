/* nn_perceptron.h — the perceptron and the perceptron trick, as the lesson
 * teaches them.
 *
 * A perceptron with weights w (d) and bias b predicts
 *   ŷ = step(w·x + b) = 1 if w·x + b >= 0 else 0.
 * The trick moves the line towards a misclassified point x with learning rate a:
 *   predicted 0 (label 1): w_i += a·x_i,  b += a
 *   predicted 1 (label 0): w_i -= a·x_i,  b -= a
 * Example (lesson): 3x1 + 4x2 - 10 = 0, point (4, 5) labelled 0, a = 0.1
 *   -> 2.6x1 + 3.5x2 - 10.1 = 0.
 * Pure functions on caller-owned arrays; nothing allocates.
 */
#ifndef NN_PERCEPTRON_H
#define NN_PERCEPTRON_H

#include "nn_data.h"

/* step(w·x + b) for one point x (d). */
int nn_perceptron_predict(const float *w, float b, const float *x, int d);

/* Apply the trick for point x (d) with label y (0 or 1) if it is misclassified.
 * Returns 1 if the line moved, 0 if the point was already correct. */
int nn_perceptron_trick(float *w, float *b, const float *x, int y, int d, float a);

/* What one step did, for the step-by-step teaching view. */
typedef struct nn_perceptron_move {
    int index;       /* point used, or -1 if every point is classified */
    int predicted;   /* its prediction before the move */
    int label;
    float sign;      /* +1 (predicted 0) or -1 (predicted 1) */
} nn_perceptron_move;

/* Starting at *cursor (wrapping round), find the next misclassified point of ds,
 * apply the trick to it and advance *cursor past it. ds must have 2 classes and
 * a finite positive rate. Returns NN_OK with move->index = -1 when nothing is
 * misclassified. */
int nn_perceptron_step(float *w, float *b, const nn_dataset *ds, float a, int *cursor,
                       nn_perceptron_move *move);

/* One pass over ds in order, applying the trick to each misclassified point.
 * Returns the number of moves (0 = converged), or NN_ERR. */
int nn_perceptron_epoch(float *w, float *b, const nn_dataset *ds, float a);

/* ---- printing the trick's arithmetic as the lesson writes it --------------
 * float32 cannot hold 2.2 or 10.2: 2.6 - 0.4 lands on 2.1999998. The lesson's
 * numbers are decimals, and the trick only adds and subtracts a·x, so every
 * weight it makes has at most max(decimals of the start, decimals of a +
 * decimals of x) decimals; printing to that many removes the float residue
 * and nothing else. */

/* The decimals v was written with: the fewest d in 0..6 for which v is within
 * float32 rounding (1e-6 relative) of a number of d decimals. */
int nn_decimals(float v);

/* The decimals the trick's results justify from start line (w (d), b), rate a
 * and ds's points: max(decimals of w and b, decimals of a + decimals of x), at
 * most 4 (no lesson number needs more). */
int nn_perceptron_decimals(const float *w, float b, const nn_dataset *ds, float a);

#endif

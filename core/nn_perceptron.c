/* nn_perceptron.c — the perceptron trick (see nn_perceptron.h). */
#include "nn_internal.h"
#include "nn_perceptron.h"

int nn_perceptron_predict(const float *w, float b, const float *x, int d)
{
    float z = b;
    for (int i = 0; i < d; i++) z += w[i] * x[i];
    return z >= 0.0f;
}

int nn_perceptron_trick(float *w, float *b, const float *x, int y, int d, float a)
{
    int predicted = nn_perceptron_predict(w, *b, x, d);
    if (predicted == (y != 0)) return 0;
    /* Predicted 0 for a positive point: move the line towards it (+); predicted 1
     * for a negative point: away (-). */
    float s = predicted ? -a : a;
    for (int i = 0; i < d; i++) w[i] += s * x[i];
    *b += s;
    return 1;
}

static int nn__check_args(const nn_dataset *ds, float a)
{
    if (!ds || ds->n < 1) return nn__fail("the perceptron needs at least one point");
    if (ds->k > 2)
        return nn__fail("the perceptron separates 2 classes but the data has %d", ds->k);
    if (!nn__positive_finite(a))
        return nn__fail("learning rate must be a finite number > 0, got %g", (double)a);
    return NN_OK;
}

int nn_perceptron_step(float *w, float *b, const nn_dataset *ds, float a, int *cursor,
                       nn_perceptron_move *move)
{
    if (nn__check_args(ds, a) != NN_OK) return NN_ERR;
    int start = (*cursor % ds->n + ds->n) % ds->n;
    move->index = -1;
    for (int k = 0; k < ds->n; k++) {
        int i = (start + k) % ds->n;
        const float *x = ds->x + (size_t)i * ds->d;
        int predicted = nn_perceptron_predict(w, *b, x, ds->d);
        if (predicted == (ds->y[i] != 0)) continue;
        nn_perceptron_trick(w, b, x, ds->y[i], ds->d, a);
        move->index = i;
        move->predicted = predicted;
        move->label = ds->y[i];
        move->sign = predicted ? -1.0f : 1.0f;
        *cursor = (i + 1) % ds->n;
        break;
    }
    return NN_OK;
}

int nn_perceptron_epoch(float *w, float *b, const nn_dataset *ds, float a)
{
    if (nn__check_args(ds, a) != NN_OK) return NN_ERR;
    int moves = 0;
    for (int i = 0; i < ds->n; i++)
        moves += nn_perceptron_trick(w, b, ds->x + (size_t)i * ds->d, ds->y[i], ds->d, a);
    return moves;
}

int nn_decimals(float v)
{
    double x = fabs((double)v), scale = 1.0;
    for (int d = 0; d < 6; d++, scale *= 10.0) {
        double r = floor(x * scale + 0.5) / scale;
        if (fabs(x - r) <= 1e-6 * (x > 1.0 ? x : 1.0)) return d;
    }
    return 6;
}

int nn_perceptron_decimals(const float *w, float b, const nn_dataset *ds, float a)
{
    int start = nn_decimals(b), px = 0;
    for (int i = 0; i < ds->d; i++)
        if (nn_decimals(w[i]) > start) start = nn_decimals(w[i]);
    for (size_t i = 0; i < (size_t)ds->n * (size_t)ds->d; i++)
        if (nn_decimals(ds->x[i]) > px) px = nn_decimals(ds->x[i]);
    int moved = nn_decimals(a) + px;
    int dec = start > moved ? start : moved;
    return dec < 4 ? dec : 4;
}

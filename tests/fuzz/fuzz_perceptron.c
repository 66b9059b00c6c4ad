/* fuzz_perceptron.c — libFuzzer target: the perceptron step API
 * (nn_perceptron_step, nn_perceptron_epoch, nn_perceptron_predict).
 *
 * Input layout (reads past the end give 0):
 *   bytes 0-2     n = 1 + b0 % 32 points, d = 1 + b1 % 4 features, k = 1 + b2 % 3 classes
 *   n*d values    fuzz_value(): NaN, ±Inf, ±1e30, 3.4e38, tiny, ordinary
 *   n bytes       labels, y = byte % k
 *   d + 1 values  starting weights and bias (fuzz_value)
 *   4 bytes       learning rate (fuzz_rate: usually 1e-10..1e9, sometimes NaN, 0, < 0)
 *   4 bytes       starting cursor, any int32 (negative and huge included)
 *   byte          steps to take, 0..63
 *
 * Checks: a step is refused (with a message) exactly when the data has more
 * than 2 classes or the rate is not finite and > 0; a move names a point that
 * was misclassified, with sign +1 for predicted 0 and -1 for predicted 1; the
 * cursor stays in [0, n); index -1 only when every point is classified.
 */
#include "fuzz_input.h"
#include "nn.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_in in = {data, size};
    int n = 1 + fuzz_u8(&in) % 32, d = 1 + fuzz_u8(&in) % 4, k = 1 + fuzz_u8(&in) % 3;
    nn_dataset *ds = nn_dataset_create(n, d, k);
    FUZZ_CHECK(ds != NULL, "create: %s", nn_last_error());
    for (int i = 0; i < n * d; i++) ds->x[i] = fuzz_value(&in);
    for (int i = 0; i < n; i++) ds->y[i] = fuzz_u8(&in) % k;
    float w[NN_MAX_FEATURES], b;
    for (int j = 0; j < d; j++) w[j] = fuzz_value(&in);
    b = fuzz_value(&in);
    float a = fuzz_rate(&in);
    int cursor = (int)fuzz_i32(&in);
    int steps = fuzz_u8(&in) % 64;
    int allowed = k <= 2 && isfinite(a) && a > 0.0f;

    for (int s = 0; s < steps; s++) {
        nn_perceptron_move mv;
        float w_before[NN_MAX_FEATURES], b_before = b;
        memcpy(w_before, w, sizeof w_before);
        nn_clear_error();
        int rc = nn_perceptron_step(w, &b, ds, a, &cursor, &mv);
        if (!allowed) {
            FUZZ_CHECK(rc == NN_ERR && nn_last_error()[0], "a bad step was not refused (k %d, a %g)",
                       k, (double)a);
            break;
        }
        FUZZ_CHECK(rc == NN_OK, "step refused: %s", nn_last_error());
        FUZZ_CHECK(mv.index >= -1 && mv.index < n, "index %d of %d", mv.index, n);
        if (mv.index < 0) {
            for (int i = 0; i < n; i++)
                FUZZ_CHECK(nn_perceptron_predict(w, b, ds->x + (size_t)i * d, d) == (ds->y[i] != 0),
                           "index -1 but point %d is misclassified", i);
            break;
        }
        FUZZ_CHECK(cursor >= 0 && cursor < n, "cursor %d of %d", cursor, n);
        const float *x = ds->x + (size_t)mv.index * d;
        FUZZ_CHECK(mv.predicted == nn_perceptron_predict(w_before, b_before, x, d),
                   "predicted %d", mv.predicted);
        FUZZ_CHECK(mv.predicted != (mv.label != 0), "moved for a correct point");
        FUZZ_CHECK(mv.label == ds->y[mv.index], "label %d", mv.label);
        FUZZ_CHECK(mv.sign == (mv.predicted ? -1.0f : 1.0f), "sign %g", (double)mv.sign);
    }
    nn_clear_error();
    int moves = nn_perceptron_epoch(w, &b, ds, a);
    FUZZ_CHECK(allowed ? (moves >= 0 && moves <= n) : (moves == NN_ERR && nn_last_error()[0]),
               "epoch returned %d (allowed %d)", moves, allowed);
    nn_dataset_destroy(ds);
    return 0;
}

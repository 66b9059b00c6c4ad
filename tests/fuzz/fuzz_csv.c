/* fuzz_csv.c — libFuzzer target: nn_dataset_from_csv on arbitrary bytes.
 *
 * Input layout:
 *   byte 0        option mode: bit 0 = pass a features option, bit 1 = a label option
 *   byte 1        (only if the mode is not 0) length L of the option text
 *   L bytes       option text; with both options it is "features|label"
 *   the rest      the CSV text (not NUL-terminated, as the core must accept it)
 *
 * A parse either fails with a message or gives a dataset that keeps the
 * invariants nn_data.h promises (sizes in range, finite x, y in [0, k),
 * NUL-terminated names); the dataset is then split, standardized and bounded.
 */
#include "fuzz_input.h"
#include "nn.h"

static char *fuzz__strndup(const uint8_t *s, size_t len)
{
    char *out = malloc(len + 1);
    if (!out) abort();
    memcpy(out, s, len);
    out[len] = '\0';
    return out;
}

static void fuzz__check_dataset(const nn_dataset *ds)
{
    FUZZ_CHECK(ds->n >= 1 && ds->n <= NN_MAX_POINTS, "n = %d", ds->n);
    FUZZ_CHECK(ds->d >= 1 && ds->d <= NN_MAX_FEATURES, "d = %d", ds->d);
    FUZZ_CHECK(ds->k >= 2 && ds->k <= NN_MAX_CLASSES, "k = %d", ds->k);
    for (int i = 0; i < ds->n * ds->d; i++) FUZZ_CHECK(isfinite(ds->x[i]), "x[%d] = %g", i, (double)ds->x[i]);
    for (int i = 0; i < ds->n; i++) FUZZ_CHECK(ds->y[i] >= 0 && ds->y[i] < ds->k, "y[%d] = %d", i, ds->y[i]);
    for (int j = 0; j < ds->d; j++) FUZZ_CHECK(memchr(ds->feature_names[j], 0, NN_NAME_LEN), "feature name %d", j);
    for (int c = 0; c < ds->k; c++) FUZZ_CHECK(memchr(ds->class_names[c], 0, NN_NAME_LEN), "class name %d", c);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_in in = {data, size};
    uint8_t mode = fuzz_u8(&in) & 3;
    char *opt_text = NULL;
    nn_csv_options opt = {NULL, NULL};
    if (mode) {
        size_t len = fuzz_u8(&in);
        if (len > in.left) len = in.left;
        opt_text = fuzz__strndup(in.p, len);
        in.p += len;
        in.left -= len;
        if (mode == 1) opt.features = opt_text;
        else if (mode == 2) opt.label = opt_text;
        else {
            char *bar = strchr(opt_text, '|');
            opt.features = opt_text;
            if (bar) { *bar = '\0'; opt.label = bar + 1; }
        }
    }
    /* The CSV text in its own allocation, so ASan sees any read past its end. */
    char *text = in.left ? malloc(in.left) : NULL;
    if (in.left && !text) abort();
    if (in.left) memcpy(text, in.p, in.left);

    nn_clear_error();
    nn_dataset *ds = nn_dataset_from_csv(text ? text : "", in.left, mode ? &opt : NULL);
    if (!ds) {
        FUZZ_CHECK(nn_last_error()[0] != '\0', "a failed parse set no message");
    } else {
        fuzz__check_dataset(ds);
        nn_dataset *train = NULL, *test = NULL;
        FUZZ_CHECK(nn_dataset_split(ds, 0.5f, 1, &train, &test) == NN_OK, "split: %s", nn_last_error());
        FUZZ_CHECK(nn_dataset_standardize(train) == NN_OK, "standardize: %s", nn_last_error());
        FUZZ_CHECK(nn_dataset_standardize_like(test, train) == NN_OK, "standardize_like: %s", nn_last_error());
        for (int i = 0; i < train->n * train->d; i++)
            FUZZ_CHECK(isfinite(train->x[i]), "standardized x[%d] = %g", i, (double)train->x[i]);
        float lo[NN_MAX_FEATURES], hi[NN_MAX_FEATURES];
        nn_dataset_bounds(ds, lo, hi);
        for (int j = 0; j < ds->d; j++) FUZZ_CHECK(lo[j] <= hi[j], "bounds of feature %d", j);
        nn_dataset_destroy(train);
        nn_dataset_destroy(test);
        nn_dataset_destroy(ds);
    }
    free(text);
    free(opt_text);
    return 0;
}

/* fuzz_csv.c — libFuzzer target: the CSV reader (nn_csv.h) on arbitrary bytes.
 *
 * Input layout:
 *   byte 0        bit 0 = pass a features option, bit 1 = a label option;
 *                 bits 2-3 header (0 auto, 1 yes, 2 no, 3 auto);
 *                 bits 4-5 delimiter (0 detect, 1 ',', 2 ';', 3 tab);
 *                 bit 6 min_classes = 1 (as the perceptron asks)
 *   byte 1        (only if bit 0 or 1 is set) length L of the option text
 *   L bytes       option text; with both options it is "features|label"
 *   the rest      the CSV bytes (not NUL-terminated, as the core must accept them)
 *
 * nn_csv_create either fails with a message or reports facts that hold
 * (2..1024 columns, 1..NN_MAX_POINTS rows, a known delimiter and encoding,
 * distinct NUL-terminated column names, a describe text that fits), and
 * reading the same bytes again with the detected header and delimiter forced
 * finds the same columns and rows. A dataset keeps the invariants nn_data.h
 * promises (sizes in range, finite x, y in [0, k), distinct NUL-terminated
 * names) and is then split, standardized and bounded.
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

static void fuzz__check_dataset(const nn_dataset *ds, int min_classes)
{
    FUZZ_CHECK(ds->n >= 1 && ds->n <= NN_MAX_POINTS, "n = %d", ds->n);
    FUZZ_CHECK(ds->d >= 1 && ds->d <= NN_MAX_FEATURES, "d = %d", ds->d);
    FUZZ_CHECK(ds->k >= min_classes && ds->k <= NN_MAX_CLASSES, "k = %d", ds->k);
    for (int i = 0; i < ds->n * ds->d; i++) FUZZ_CHECK(isfinite(ds->x[i]), "x[%d] = %g", i, (double)ds->x[i]);
    for (int i = 0; i < ds->n; i++) FUZZ_CHECK(ds->y[i] >= 0 && ds->y[i] < ds->k, "y[%d] = %d", i, ds->y[i]);
    for (int j = 0; j < ds->d; j++) FUZZ_CHECK(memchr(ds->feature_names[j], 0, NN_NAME_LEN), "feature name %d", j);
    for (int c = 0; c < ds->k; c++) FUZZ_CHECK(memchr(ds->class_names[c], 0, NN_NAME_LEN), "class name %d", c);
    for (int c = 0; c < ds->k; c++)
        for (int e = c + 1; e < ds->k; e++)
            FUZZ_CHECK(strcmp(ds->class_names[c], ds->class_names[e]) != 0, "classes %d and %d are both \"%s\"", c, e,
                       ds->class_names[c]);
}

/* The facts nn_csv_create reports. */
static void fuzz__check_csv(const nn_csv *csv)
{
    const nn_csv_info *in = nn_csv_get_info(csv);
    FUZZ_CHECK(in->columns >= 2 && in->columns <= 1024, "columns = %d", in->columns);
    FUZZ_CHECK(in->rows >= 1 && in->rows <= NN_MAX_POINTS, "rows = %d", in->rows);
    FUZZ_CHECK(in->delimiter == ',' || in->delimiter == ';' || in->delimiter == '\t', "delimiter %d", in->delimiter);
    FUZZ_CHECK((unsigned)in->encoding < NN_CSV_ENCODING_COUNT, "encoding %d", (int)in->encoding);
    FUZZ_CHECK(!in->decimal_comma || in->delimiter != ',', "decimal commas in a comma-separated file");
    for (int i = 0; i < in->columns; i++) {
        const char *name = nn_csv_column_name(csv, i);
        size_t len = strlen(name);
        FUZZ_CHECK(len >= 1 && len < NN_NAME_LEN, "column %d's name has %zu bytes", i, len);
    }
    if (in->columns <= 256) /* distinct (quadratic: checked on the smaller headers) */
        for (int i = 0; i < in->columns; i++)
            for (int j = i + 1; j < in->columns; j++)
                FUZZ_CHECK(strcmp(nn_csv_column_name(csv, i), nn_csv_column_name(csv, j)) != 0,
                           "columns %d and %d are both \"%s\"", i, j, nn_csv_column_name(csv, i));
    FUZZ_CHECK(nn_csv_column_name(csv, in->columns)[0] == '\0', "a name past the last column");
    char text[256];
    int need = nn_csv_describe(in, text, sizeof text);
    FUZZ_CHECK(need > 0 && need < (int)sizeof text && strlen(text) == (size_t)need, "describe: %d", need);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_in in = {data, size};
    uint8_t flags = fuzz_u8(&in), mode = flags & 3;
    static const char delims[4] = {0, ',', ';', '\t'};
    char *opt_text = NULL;
    nn_csv_options opt = {NULL, NULL, (flags >> 2 & 3) % 3, delims[flags >> 4 & 3], flags >> 6 & 1, 0};
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
    nn_csv *csv = nn_csv_create(text ? text : "", in.left, &opt);
    if (!csv) {
        FUZZ_CHECK(nn_last_error()[0] != '\0', "a failed read set no message");
        free(text);
        free(opt_text);
        return 0;
    }
    fuzz__check_csv(csv);
    {
        /* The detected format, forced, reads the same. */
        const nn_csv_info *in1 = nn_csv_get_info(csv);
        nn_csv_options again = opt;
        again.header = in1->header ? NN_CSV_HEADER_YES : NN_CSV_HEADER_NO;
        again.delimiter = in1->delimiter;
        nn_csv *csv2 = nn_csv_create(text, in.left, &again);
        FUZZ_CHECK(csv2 != NULL, "forcing the detected format fails: %s", nn_last_error());
        const nn_csv_info *in2 = nn_csv_get_info(csv2);
        FUZZ_CHECK(in2->rows == in1->rows && in2->columns == in1->columns && in2->header == in1->header &&
                       in2->decimal_comma == in1->decimal_comma && in2->encoding == in1->encoding,
                   "forced format reads differently");
        for (int i = 0; i < in1->columns; i++)
            FUZZ_CHECK(strcmp(nn_csv_column_name(csv, i), nn_csv_column_name(csv2, i)) == 0, "column %d renamed", i);
        nn_csv_destroy(csv2);
    }
    nn_clear_error();
    nn_dataset *ds = nn_csv_dataset(csv, &opt);
    int min_classes = opt.min_classes ? 1 : 2;
    if (!ds) {
        FUZZ_CHECK(nn_last_error()[0] != '\0', "a failed parse set no message");
    } else {
        fuzz__check_dataset(ds, min_classes);
        FUZZ_CHECK(ds->n == nn_csv_get_info(csv)->rows, "n = %d of %d rows", ds->n, nn_csv_get_info(csv)->rows);
        if (ds->n >= 2) {
            nn_dataset *train = NULL, *test = NULL;
            FUZZ_CHECK(nn_dataset_split(ds, 0.5f, 1, &train, &test) == NN_OK, "split: %s", nn_last_error());
            FUZZ_CHECK(nn_dataset_standardize(train) == NN_OK, "standardize: %s", nn_last_error());
            FUZZ_CHECK(nn_dataset_standardize_like(test, train) == NN_OK, "standardize_like: %s", nn_last_error());
            for (int i = 0; i < train->n * train->d; i++)
                FUZZ_CHECK(isfinite(train->x[i]), "standardized x[%d] = %g", i, (double)train->x[i]);
            nn_dataset_destroy(train);
            nn_dataset_destroy(test);
        }
        float lo[NN_MAX_FEATURES], hi[NN_MAX_FEATURES];
        nn_dataset_bounds(ds, lo, hi);
        for (int j = 0; j < ds->d; j++) FUZZ_CHECK(lo[j] <= hi[j], "bounds of feature %d", j);
        nn_dataset_destroy(ds);
    }
    nn_csv_destroy(csv);
    free(text);
    free(opt_text);
    return 0;
}

/* test_csv.c — nn_dataset_from_csv: happy paths, every refusal, and random
 * garbage (run under ASan: every buffer is heap-allocated at its exact size, so
 * a read past len is caught). */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "nn_data.h"
#include "nn_error.h"
#include "nn_internal.h"
#include "nn_rng.h"

/* Parse from an exact-size heap copy (no NUL after the text). */
static nn_dataset *parse(const char *text, const char *features, const char *label)
{
    size_t len = strlen(text);
    char *buf = malloc(len ? len : 1);
    memcpy(buf, text, len);
    nn_csv_options opt = {features, label};
    nn_clear_error();
    nn_dataset *ds = nn_dataset_from_csv(buf, len, &opt);
    free(buf);
    return ds;
}

static int contains(const char *haystack, const char *needle)
{
    int ok = strstr(haystack, needle) != NULL;
    if (!ok) fprintf(stderr, "  message \"%s\" lacks \"%s\"\n", haystack, needle);
    return ok;
}

/* The parse must fail and the message must contain each given piece. */
static void expect_error(const char *text, const char *features, const char *label,
                         const char *piece1, const char *piece2)
{
    nn_dataset *ds = parse(text, features, label);
    if (ds) fprintf(stderr, "  parsed but should have failed: \"%.60s\"\n", text);
    CHECK(ds == NULL);
    nn_dataset_destroy(ds);
    CHECK(nn_last_error()[0] != '\0');
    if (piece1) CHECK(contains(nn_last_error(), piece1));
    if (piece2) CHECK(contains(nn_last_error(), piece2));
}

static void test_basic(void)
{
    const char *csv = "test,grades,admitted\n9,8,1\n3,4,0\n7.5,6.25,1\n";
    nn_dataset *ds = parse(csv, NULL, NULL);
    CHECK(ds != NULL);
    if (!ds) { fprintf(stderr, "  %s\n", nn_last_error()); return; }
    CHECK(ds->n == 3 && ds->d == 2 && ds->k == 2);
    CHECK(strcmp(ds->feature_names[0], "test") == 0);
    CHECK(strcmp(ds->feature_names[1], "grades") == 0);
    CHECK(strcmp(ds->class_names[0], "0") == 0 && strcmp(ds->class_names[1], "1") == 0);
    CHECK(ds->x[0] == 9.0f && ds->x[1] == 8.0f && ds->x[4] == 7.5f && ds->x[5] == 6.25f);
    CHECK(ds->y[0] == 1 && ds->y[1] == 0 && ds->y[2] == 1);
    CHECK(ds->mean[0] == 0.0f && ds->std[0] == 1.0f);
    nn_dataset_destroy(ds);

    /* Features by name, reordered; label by name in the middle. */
    ds = parse("a,y,b,c\n1,0,2,3\n4,1,5,6\n", "c, a", "y");
    CHECK(ds && ds->d == 2 && ds->n == 2);
    if (ds) {
        CHECK(strcmp(ds->feature_names[0], "c") == 0 && strcmp(ds->feature_names[1], "a") == 0);
        CHECK(ds->x[0] == 3.0f && ds->x[1] == 1.0f && ds->x[2] == 6.0f && ds->x[3] == 4.0f);
        CHECK(ds->y[0] == 0 && ds->y[1] == 1);
    }
    nn_dataset_destroy(ds);

    /* By 0-based indices, label by index; "every other column" by default. */
    ds = parse("a,y,b,c\n1,0,2,3\n4,1,5,6\n", "2,0", "1");
    CHECK(ds && ds->d == 2 && ds->x[0] == 2.0f && ds->x[1] == 1.0f && ds->y[1] == 1);
    nn_dataset_destroy(ds);
    ds = parse("a,y,b,c\n1,0,2,3\n4,1,5,6\n", "", "y");
    CHECK(ds && ds->d == 3 && ds->x[2] == 3.0f && strcmp(ds->feature_names[1], "b") == 0);
    nn_dataset_destroy(ds);
    /* Names match case-insensitively when nothing matches exactly. */
    ds = parse("Test,Grades,Admitted\n1,2,0\n3,4,1\n", "test,grades", "admitted");
    CHECK(ds && ds->d == 2);
    nn_dataset_destroy(ds);
}

static void test_labels(void)
{
    /* Text labels: ids in order of first appearance, names kept. */
    nn_dataset *ds = parse("x,species\n1,setosa\n2,virginica\n3,setosa\n4,versicolor\n", NULL, NULL);
    CHECK(ds && ds->k == 3);
    if (ds) {
        CHECK(strcmp(ds->class_names[0], "setosa") == 0);
        CHECK(strcmp(ds->class_names[1], "virginica") == 0);
        CHECK(strcmp(ds->class_names[2], "versicolor") == 0);
        CHECK(ds->y[0] == 0 && ds->y[1] == 1 && ds->y[2] == 0 && ds->y[3] == 2);
    }
    nn_dataset_destroy(ds);

    /* Integer labels are class ids: k = max + 1 even with a gap. */
    ds = parse("x,y\n1,0\n2,4\n3,2\n", NULL, NULL);
    CHECK(ds && ds->k == 5 && ds->y[1] == 4);
    if (ds) CHECK(strcmp(ds->class_names[4], "4") == 0);
    nn_dataset_destroy(ds);
    ds = parse("x,y\n1,0.0\n2,1.0\n", NULL, NULL); /* pandas-style floats */
    CHECK(ds && ds->k == 2 && ds->y[1] == 1);
    nn_dataset_destroy(ds);

    /* Mixed integers and text, or negative numbers: all text. */
    ds = parse("x,y\n1,-1\n2,1\n3,-1\n", NULL, NULL);
    CHECK(ds && ds->k == 2 && strcmp(ds->class_names[0], "-1") == 0 && ds->y[1] == 1);
    nn_dataset_destroy(ds);
    ds = parse("x,y\n1,2\n2,cat\n", NULL, NULL);
    CHECK(ds && ds->k == 2 && strcmp(ds->class_names[0], "2") == 0 && strcmp(ds->class_names[1], "cat") == 0);
    nn_dataset_destroy(ds);

    /* Long names are cut to NN_NAME_LEN - 1 bytes, never inside a UTF-8 character. */
    ds = parse("x,y\n1,aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n2,"
               "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\xc3\xa9\xc3\xa9\n", NULL, NULL);
    CHECK(ds && ds->k == 2);
    if (ds) {
        CHECK(strlen(ds->class_names[0]) == NN_NAME_LEN - 1);
        CHECK(strlen(ds->class_names[1]) == 30); /* the split e-acute is dropped */
    }
    nn_dataset_destroy(ds);
}

static void test_tolerance(void)
{
    /* Quotes with commas and "" escapes, spaces around fields, CRLF, a BOM,
     * blank trailing lines, a quoted line break. */
    const char *csv = "\xEF\xBB\xBF \"first, name\" , \"size\"\"\" ,label\r\n"
                      "  1.5 , \" 2 \",\"yes, really\"\r\n"
                      "\"3\",4e1,  no  \r\n"
                      "5,6,\"multi\nline\"\r\n"
                      "\r\n\r\n   \n";
    nn_dataset *ds = parse(csv, NULL, NULL);
    CHECK(ds != NULL);
    if (!ds) { fprintf(stderr, "  %s\n", nn_last_error()); return; }
    CHECK(ds->n == 3 && ds->d == 2 && ds->k == 3);
    CHECK(strcmp(ds->feature_names[0], "first, name") == 0);
    CHECK(strcmp(ds->feature_names[1], "size\"") == 0);
    CHECK(strcmp(ds->class_names[0], "yes, really") == 0);
    CHECK(strcmp(ds->class_names[1], "no") == 0);
    CHECK(strcmp(ds->class_names[2], "multi\nline") == 0);
    CHECK(ds->x[0] == 1.5f && ds->x[1] == 2.0f && ds->x[2] == 3.0f && ds->x[3] == 40.0f);
    nn_dataset_destroy(ds);

    /* No final newline; bare CR line ends; blank lines in the middle. */
    ds = parse("a,b\r1,0\r\n\n2,1", NULL, NULL);
    CHECK(ds && ds->n == 2 && ds->x[1] == 2.0f && ds->y[1] == 1);
    nn_dataset_destroy(ds);

    /* Numbers: signs, exponents, leading dot. */
    ds = parse("a,b,y\n-1.25,+.5,0\n1e-3,-2E+2,1\n", NULL, NULL);
    CHECK(ds && ds->x[0] == -1.25f && ds->x[1] == 0.5f && ds->x[2] == 1e-3f && ds->x[3] == -200.0f);
    nn_dataset_destroy(ds);
}

static void test_errors(void)
{
    nn_clear_error();
    CHECK(nn_dataset_from_csv("", 0, NULL) == NULL);
    CHECK(contains(nn_last_error(), "empty"));
    CHECK(nn_dataset_from_csv(NULL, 5, NULL) == NULL);
    CHECK(nn_last_error()[0] != '\0');
    expect_error("\n\n  \r\n", NULL, NULL, "empty", NULL);
    expect_error("\xEF\xBB\xBF", NULL, NULL, "empty", NULL);
    expect_error("a,b,y\n", NULL, NULL, "no data rows", NULL);
    expect_error("a,b,y\n\n\n", NULL, NULL, "no data rows", NULL);

    /* Bad cells name the row (header = row 1) and the column. */
    expect_error("test,grades,y\n1,2,0\n3,4,1\n1,2,0\n3,4,1\n1,2,0\n5,abc,1\n", NULL, NULL,
                 "row 7, column \"grades\": \"abc\" is not a number", NULL);
    expect_error("a,b,y\n1,,0\n", NULL, NULL, "row 2, column \"b\"", "empty");
    expect_error("a,b,y\n1,2,0\n1,nan,1\n", NULL, NULL, "row 3, column \"b\"", "not a finite number");
    expect_error("a,b,y\n-inf,2,0\n", NULL, NULL, "row 2, column \"a\"", "finite");
    expect_error("a,b,y\n1,1e39,0\n", NULL, NULL, "row 2, column \"b\"", "out of range");
    expect_error("a,b,y\n1,0x10,0\n", NULL, NULL, "\"0x10\" is not a number", NULL);
    expect_error("a,b,y\n1,\"1,5\",0\n", NULL, NULL, "\"1,5\" is not a number", NULL);
    expect_error("a,b,y\n1,2,\n", NULL, NULL, "row 2", "label is empty");

    /* Ragged rows. */
    expect_error("a,b,y\n1,2,0\n1,2\n", NULL, NULL, "row 3 has 2 fields but the header has 3 columns", NULL);
    expect_error("a,b,y\n1,2,0,9\n", NULL, NULL, "row 2 has 4 fields", NULL);

    /* Classes. */
    expect_error("a,y\n1,yes\n2,yes\n", NULL, NULL, "only one class (\"yes\"); need at least 2", NULL);
    expect_error("a,y\n1,1\n2,1\n", NULL, NULL, "only one class (\"1\")", NULL);
    expect_error("a,y\n1,0\n2,100\n", NULL, NULL, "row 3", "too large");
    {
        char *big = malloc(8192), *p = big;
        p += sprintf(p, "a,y\n");
        for (int i = 0; i <= NN_MAX_CLASSES; i++) p += sprintf(p, "%d,c%d\n", i, i);
        expect_error(big, NULL, NULL, "more than 100 different values", "row 102");
        free(big);
    }

    /* Columns. */
    expect_error("test,grades,y\n1,2,0\n", "test,gardes", NULL, "unknown feature column \"gardes\"",
                 "\"test\", \"grades\", \"y\"");
    expect_error("test,grades,y\n1,2,0\n", NULL, "admitted", "unknown label column \"admitted\"", "\"grades\"");
    expect_error("test,grades,y\n1,2,0\n", "test,y", "y", "\"y\" is the label", NULL);
    expect_error("test,grades,y\n1,2,0\n", "test", "0", "\"test\" is the label", NULL);
    expect_error("test,grades,y\n1,2,0\n", "test,test", NULL, "listed twice", NULL);
    expect_error("test,grades,y\n1,2,0\n", "test,,grades", NULL, "empty entry", NULL);
    expect_error("test,grades,y\n1,2,0\n", "5", NULL, "index 5 is out of range", "3 columns");
    expect_error("justone\n1\n2\n", NULL, NULL, "at least 2 columns", NULL);

    /* Separators and encodings. */
    expect_error("a;b;y\n1,5;2;0\n", NULL, NULL, "semicolon", "only commas");
    expect_error("a\tb\ty\n1\t2\t0\n", NULL, NULL, "tab-separated", NULL);
    expect_error("\xff\xfe" "a\0,\0b\0", NULL, NULL, "UTF-16", NULL); /* strlen stops at 4 bytes */
    {
        /* Whole UTF-16 files (2 columns, so the header alone looks fine) and NUL
         * bytes used to fail later with a misleading cell message. */
        static const char le[] = "\xff\xfe" "a\0,\0b\0\n\0" "1\0,\0" "0\0\n\0";
        static const char nul[] = "x,y,label\n1,2,0\n3,4\0,1\n";
        nn_clear_error();
        CHECK(nn_dataset_from_csv(le, sizeof le - 1, NULL) == NULL);
        CHECK(contains(nn_last_error(), "UTF-16"));
        nn_clear_error();
        CHECK(nn_dataset_from_csv(nul, sizeof nul - 1, NULL) == NULL);
        CHECK(contains(nn_last_error(), "row 3 contains a NUL byte"));
    }

    /* A name two columns share is ambiguous when it chooses a column. */
    expect_error("a,a,y\n1,2,0\n3,4,1\n", "a", NULL, "two columns named \"a\"", "indices 0 and 1");
    expect_error("a,b,y,y\n1,2,0,1\n3,4,1,0\n", NULL, "y", "two columns named \"y\"", "label column by its 0-based index");
    {
        nn_dataset *ds = parse("a,a,y\n1,2,0\n3,4,1\n", "1", NULL); /* by index it is fine */
        CHECK(ds && ds->d == 1 && ds->x[0] == 2.0f);
        nn_dataset_destroy(ds);
    }

    /* Quotes. */
    expect_error("a,b,y\n1,\"2,0\n", NULL, NULL, "row 2", "never closed");
    expect_error("a,b,y\n1,\"2\"x,0\n", NULL, NULL, "row 2", "after a closing quote");

    /* Limits. */
    {
        char *big = malloc(64 * 1024), *p = big;
        for (int j = 0; j <= NN_MAX_FEATURES; j++) p += sprintf(p, "f%d,", j);
        p += sprintf(p, "y\n");
        for (int j = 0; j <= NN_MAX_FEATURES; j++) p += sprintf(p, "1,");
        sprintf(p, "0\n");
        expect_error(big, NULL, NULL, "17 feature columns", "limit is 16");
        free(big);
    }
    {
        size_t rows = NN_MAX_POINTS + 1, len = 4 + rows * 4;
        char *big = malloc(len), *p = big;
        memcpy(p, "a,y\n", 4);
        p += 4;
        for (size_t i = 0; i < rows; i++, p += 4) memcpy(p, i % 2 ? "1,1\n" : "2,0\n", 4);
        nn_clear_error();
        nn_dataset *ds = nn_dataset_from_csv(big, len, NULL);
        CHECK(ds == NULL);
        CHECK(contains(nn_last_error(), "more than 100000 data rows"));
        /* Exactly the limit parses. */
        ds = nn_dataset_from_csv(big, len - 4, NULL);
        CHECK(ds && ds->n == NN_MAX_POINTS);
        nn_dataset_destroy(ds);
        free(big);
    }
    {
        size_t len = (size_t)NN_MAX_CSV_BYTES + 1;
        char *big = calloc(len, 1);
        nn_clear_error();
        CHECK(nn_dataset_from_csv(big, len, NULL) == NULL);
        CHECK(contains(nn_last_error(), "limit"));
        free(big);
    }
}

/* Random garbage and mutations of a valid file: never crash, and every NULL
 * comes with a message. */
static void test_fuzz(void)
{
    const char *seed_text = "\xEF\xBB\xBF\"a,1\",b , y\r\n1,2,yes\n\"3\",4,\"n\"\"o\"\n5,6,\"x\ny\"\n\n";
    const char alphabet[] = ",\"\r\n 0123456789.e-+;\tabnif\xEF\xBB\xBF";
    nn_rng rng;
    nn_rng_seed(&rng, 123);
    int parsed = 0, silent = 0;
    for (int trial = 0; trial < 20000; trial++) {
        size_t len;
        char *buf;
        if (trial % 2) {
            len = strlen(seed_text);
            buf = malloc(len);
            memcpy(buf, seed_text, len);
            int edits = 1 + (int)nn_rng_below(&rng, 4);
            for (int e = 0; e < edits; e++)
                buf[nn_rng_below(&rng, (uint32_t)len)] = alphabet[nn_rng_below(&rng, sizeof alphabet - 1)];
            len = nn_rng_below(&rng, (uint32_t)len + 1); /* and cut anywhere */
        } else {
            len = nn_rng_below(&rng, 64);
            buf = malloc(len ? len : 1);
            for (size_t i = 0; i < len; i++)
                buf[i] = trial % 4 ? alphabet[nn_rng_below(&rng, sizeof alphabet - 1)] : (char)nn_rng_u32(&rng);
        }
        nn_clear_error();
        nn_csv_options opt = {trial % 3 ? NULL : "0", trial % 5 ? NULL : "b"};
        nn_dataset *ds = nn_dataset_from_csv(buf, len, &opt);
        if (ds) {
            parsed++;
            CHECK(ds->n >= 1 && ds->d >= 1 && ds->k >= 2 && ds->k <= NN_MAX_CLASSES);
            for (int i = 0; i < ds->n; i++) {
                if (ds->y[i] < 0 || ds->y[i] >= ds->k) silent++;
                for (int j = 0; j < ds->d; j++)
                    if (!isfinite(ds->x[i * ds->d + j])) silent++;
            }
        } else if (nn_last_error()[0] == '\0') {
            silent++;
        }
        nn_dataset_destroy(ds);
        free(buf);
    }
    if (silent) fprintf(stderr, "  fuzz: %d bad results\n", silent);
    CHECK(silent == 0);
    CHECK(parsed > 0); /* the mutations sometimes stay valid */
}

/* nn__decimal (the CSV loader's number parser) against the C library's
 * strtof, which rounds correctly: the floats must be identical. */
static int decimal_agrees(const char *text)
{
    float mine = (float)nn__decimal(text, strlen(text)), libc = strtof(text, NULL);
    if (memcmp(&mine, &libc, sizeof mine) == 0) return 1;
    fprintf(stderr, "nn__decimal(\"%s\") = %.9g, strtof = %.9g\n", text, mine, libc);
    return 0;
}

static void test_decimal(void)
{
    static const char *const fixed[] = {
        "0", "-0", "+0.0", "1", "-1", "0.1", ".5", "5.", "-.25e1", "1e0", "1E+3", "2.5e-3",
        "123456789", "0.000123", "000123.4500", "3.14159265358979323846264338327950288",
        "16777216", "16777217", "16777218", "16777219", /* ties to even around 2^24 */
        "0.1000000014901161193847656250", "3.4028234663852886e38", "3.4028235e38",
        "1.17549435e-38", "1.4e-45", "7e-46", "1e-50", "1e39", "12345678901234567890123",
        "0.00000000000000000000000000000000000000000001401298464324817",
        "9999999999999999999999999e-10", "1e400", "1e-400"};
    int bad = 0;
    for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++) bad += !decimal_agrees(fixed[i]);
    /* Random digit strings: 1..25 digits, a point anywhere (or none), an
     * exponent from -60 to 50 (or none), either sign. */
    nn_rng rng;
    nn_rng_seed(&rng, 3);
    char text[64];
    for (int n = 0; n < 200000 && bad < 10; n++) {
        int len = 0, digits = 1 + (int)nn_rng_below(&rng, 25);
        int dot = (int)nn_rng_below(&rng, (uint32_t)digits + 2) - 1;
        if (nn_rng_below(&rng, 2)) text[len++] = '-';
        for (int d = 0; d < digits; d++) {
            if (d == dot) text[len++] = '.';
            text[len++] = (char)('0' + nn_rng_below(&rng, 10));
        }
        if (nn_rng_below(&rng, 3))
            len += snprintf(text + len, sizeof text - (size_t)len, "e%d",
                            (int)nn_rng_below(&rng, 111) - 60);
        text[len] = '\0';
        bad += !decimal_agrees(text);
    }
    CHECK(bad == 0);
    /* The parser stops at len, not at a NUL. */
    CHECK(nn__decimal("2.5e3xyz", 5) == 2500.0 && nn__decimal("2.5e3", 3) == 2.5);
}

int main(void)
{
    test_decimal();
    test_basic();
    test_labels();
    test_tolerance();
    test_errors();
    test_fuzz();
    return check_summary("test_csv");
}

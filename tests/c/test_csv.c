/* test_csv.c — the CSV reader (nn_csv.h): happy paths, every detection rule
 * (encoding, delimiter, decimal commas, header, names) as a worked example,
 * every refusal, and random garbage (run under ASan: every buffer is
 * heap-allocated at its exact size, so a read past len is caught). */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "nn_csv.h"
#include "nn_data.h"
#include "nn_error.h"
#include "nn_internal.h"
#include "nn_rng.h"

/* Parse len bytes from an exact-size heap copy (no NUL after the text). */
static nn_dataset *parse_bytes(const char *text, size_t len, const nn_csv_options *opt)
{
    char *buf = malloc(len ? len : 1);
    memcpy(buf, text, len);
    nn_clear_error();
    nn_dataset *ds = nn_dataset_from_csv(buf, len, opt);
    free(buf);
    return ds;
}

static nn_dataset *parse(const char *text, const char *features, const char *label)
{
    nn_csv_options opt = {features, label, NN_CSV_HEADER_AUTO, 0, 0, 0};
    return parse_bytes(text, strlen(text), &opt);
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
    expect_error("justone\n1\n2\n", NULL, NULL, "at least 2 columns", "commas, semicolons or tabs");
    expect_error("a|b|y\n1|2|0\n", NULL, NULL, "the first row has 1 (\"a|b|y\")", NULL);

    /* Binary and broken encodings (the detected ones: test_encoding). */
    {
        static const char nul[] = "x,y,label\n1,2,0\n3,4\0,1\n";
        static const char zip[] = "PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0";
        static const char odd[] = "\xff\xfe" "a\0,\0b\0\n";
        nn_clear_error();
        CHECK(nn_dataset_from_csv(nul, sizeof nul - 1, NULL) == NULL);
        CHECK(contains(nn_last_error(), "this file is not text: row 3 holds the control byte 0x00"));
        nn_clear_error();
        CHECK(nn_dataset_from_csv(zip, sizeof zip - 1, NULL) == NULL);
        CHECK(contains(nn_last_error(), "this file is not text but a ZIP archive (an .xlsx"));
        nn_clear_error();
        CHECK(nn_dataset_from_csv(odd, sizeof odd - 1, NULL) == NULL);
        CHECK(contains(nn_last_error(), "UTF-16 file ends in the middle of a character"));
        expect_error("a,b\n1,\x01\n", NULL, NULL, "row 2 holds the control byte 0x01", NULL);
        expect_error("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", NULL, NULL, "old Office document", NULL);
    }

    /* A name two columns share is ambiguous when it chooses a column. */
    expect_error("a,a,y\n1,2,0\n3,4,1\n", "a", NULL, "two columns named \"a\"", "indices 0 and 1");
    expect_error("a,a,y\n1,2,0\n3,4,1\n", "a", NULL, "or as \"a_2\" for index 1", NULL);
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
        char cols[64], limit[64];
        snprintf(cols, sizeof cols, "%d feature columns", NN_MAX_FEATURES + 1);
        snprintf(limit, sizeof limit, "limit is %d", NN_MAX_FEATURES);
        expect_error(big, NULL, NULL, cols, limit);
        free(big);
    }
    {
        /* A caller's lower size bound (the wasm module's), and the core's as a cap. */
        const char *text = "a,y\n1,0\n2,1\n"; /* 12 bytes */
        nn_csv_options opt = {NULL, NULL, NN_CSV_HEADER_AUTO, 0, 0, 11};
        CHECK(parse_bytes(text, strlen(text), &opt) == NULL);
        CHECK(contains(nn_last_error(), "the CSV text is 12 bytes; the limit is 11 bytes (0 MiB)"));
        opt.max_bytes = 12;
        nn_dataset *ds = parse_bytes(text, strlen(text), &opt);
        CHECK(ds && ds->n == 2);
        nn_dataset_destroy(ds);
    }
    {
        /* Kaggle's digit-recognizer layout: a label first, then 784 pixel columns. */
        char *text = malloc(64 * 1024), *p = text;
        p += sprintf(p, "label");
        for (int j = 0; j < 784; j++) p += sprintf(p, ",pixel%d", j);
        for (int r = 0; r < 3; r++) {
            p += sprintf(p, "\n%d", r);
            for (int j = 0; j < 784; j++) p += sprintf(p, ",%d", (j * 7 + r) % 256);
        }
        sprintf(p, "\n");
        nn_dataset *ds = parse(text, NULL, "label");
        CHECK(ds && ds->n == 3 && ds->d == 784 && ds->k == 3);
        if (ds) {
            CHECK(strcmp(ds->feature_names[0], "pixel0") == 0 && strcmp(ds->feature_names[783], "pixel783") == 0);
            CHECK(ds->x[784 + 10] == 71.0f && ds->y[2] == 2);
        }
        nn_dataset_destroy(ds);
        free(text);
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

/* The reader's facts for a text (asserting nn_csv_create succeeds). */
static nn_csv *open_csv(const char *text, size_t len, int header, char delimiter)
{
    nn_csv_options opt = {NULL, NULL, header, delimiter, 0, 0};
    nn_clear_error();
    nn_csv *c = nn_csv_create(text, len, &opt);
    if (!c) fprintf(stderr, "  nn_csv_create(\"%.40s\"): %s\n", text, nn_last_error());
    return c;
}

static nn_csv *open_text(const char *text, int header, char delimiter)
{
    return open_csv(text, strlen(text), header, delimiter);
}

static int describes(const nn_csv *c, const char *expected)
{
    char buf[160];
    nn_csv_describe(nn_csv_get_info(c), buf, sizeof buf);
    int ok = strcmp(buf, expected) == 0;
    if (!ok) fprintf(stderr, "  described as \"%s\"\n  expected     \"%s\"\n", buf, expected);
    return ok;
}

static int names_are(const nn_csv *c, const char *const *names, int n)
{
    int ok = nn_csv_get_info(c)->columns == n;
    for (int i = 0; i < n && ok; i++) ok = strcmp(nn_csv_column_name(c, i), names[i]) == 0;
    if (!ok) {
        fprintf(stderr, "  columns:");
        for (int i = 0; i < nn_csv_get_info(c)->columns; i++) fprintf(stderr, " \"%s\"", nn_csv_column_name(c, i));
        fputc('\n', stderr);
    }
    return ok;
}

/* Header detection: a first row of numbers is data (the course's files), a
 * cell of text or an empty cell above numbers makes it a header. */
static void test_header(void)
{
    /* The course's headerless 100-point file, in small: all 3 rows are data. */
    const char *course = "0.78051,-0.063669,1\n0.28774,0.29139,1\n0.40714,0.17878,0\n";
    nn_csv *c = open_text(course, NN_CSV_HEADER_AUTO, 0);
    CHECK(c != NULL);
    if (c) {
        const nn_csv_info *in = nn_csv_get_info(c);
        CHECK(in->header == 0 && in->header_auto == 1 && in->rows == 3 && in->columns == 3);
        CHECK(in->delimiter == ',' && in->delimiter_auto && !in->decimal_comma);
        CHECK(in->encoding == NN_CSV_UTF8 && !in->bom);
        static const char *const x[] = {"x1", "x2", "x3"};
        CHECK(names_are(c, x, 3));
        CHECK(nn_csv_column_numeric(c, 0) && nn_csv_column_numeric(c, 2));
        CHECK(describes(c, "comma-separated, no header row: columns named x1, x2, \xE2\x80\xA6"));
        nn_csv_destroy(c);
    }
    /* Indices choose the columns (the header has no names "0", "1", "2"). */
    nn_dataset *ds = parse(course, "0,1", "2");
    CHECK(ds && ds->n == 3 && ds->d == 2 && ds->k == 2);
    if (ds) {
        CHECK(ds->x[0] == 0.78051f && ds->x[1] == -0.063669f && ds->y[0] == 1 && ds->y[2] == 0);
        CHECK(strcmp(ds->feature_names[0], "x1") == 0 && strcmp(ds->feature_names[1], "x2") == 0);
    }
    nn_dataset_destroy(ds);
    ds = parse(course, "x2", "x3"); /* or the given names */
    CHECK(ds && ds->d == 1 && ds->x[0] == -0.063669f);
    nn_dataset_destroy(ds);
    /* Messages name row 1 for the first line when it is data. */
    expect_error("1,2,0\n3,x,1\n", NULL, NULL, "row 2, column \"x2\": \"x\" is not a number", NULL);
    expect_error("1,2,0\n3,4\n", NULL, NULL, "row 2 has 2 fields but the first row has 3", NULL);
    expect_error("1,2,0\n3,4,1\n", "x9", NULL, "no header row, so its columns are: \"x1\", \"x2\", \"x3\"", NULL);
    expect_error("1,2,0\n3,4,1\n", "7", NULL, "index 7 is out of range; the file has 3 columns", NULL);

    /* A header row: text above numbers. */
    c = open_text("test,grades,admitted\n9,8,1\n3,4,0\n", NN_CSV_HEADER_AUTO, 0);
    CHECK(c && nn_csv_get_info(c)->header == 1 && nn_csv_get_info(c)->rows == 2);
    if (c) CHECK(describes(c, "comma-separated, the first row names the columns"));
    nn_csv_destroy(c);
    /* A headerless file with a text label column (iris without its header). */
    const char *iris = "5.1,3.5,setosa\n7.0,3.2,versicolor\n6.3,3.3,virginica\n";
    c = open_text(iris, NN_CSV_HEADER_AUTO, 0);
    CHECK(c && nn_csv_get_info(c)->header == 0 && nn_csv_get_info(c)->rows == 3);
    if (c) CHECK(nn_csv_column_numeric(c, 0) && !nn_csv_column_numeric(c, 2));
    nn_csv_destroy(c);
    ds = parse(iris, NULL, NULL);
    CHECK(ds && ds->n == 3 && ds->k == 3 && strcmp(ds->class_names[0], "setosa") == 0);
    nn_dataset_destroy(ds);
    /* pandas' index column: an empty header cell above numbers. */
    c = open_text(",0,1,2\n0,0.5,0.25,1\n1,0.75,0.5,0\n", NN_CSV_HEADER_AUTO, 0);
    CHECK(c && nn_csv_get_info(c)->header == 1);
    if (c) {
        static const char *const x[] = {"column 1", "0", "1", "2"};
        CHECK(names_are(c, x, 4));
    }
    nn_csv_destroy(c);
    /* A header of numbers is a header when the columns below are text. */
    c = open_text("1,2,3\na,b,c\nd,e,f\n", NN_CSV_HEADER_AUTO, 0);
    CHECK(c && nn_csv_get_info(c)->header == 0); /* numbers above text: no header cell is text */
    nn_csv_destroy(c);
    /* Text above text only: the first row is data, and a bad cell there says why. */
    expect_error("name,city,label\nBob,Paris,yes\nAnn,Rome,no\n", "0", NULL,
                 "row 1, column \"x1\": \"name\" is not a number (the first row was read as data", "read it as a header");
    /* Mostly numbers below ("NA" here and there) still make a header. */
    c = open_text("a,b,y\n1,NA,0\n2,3,1\n4,5,0\n", NN_CSV_HEADER_AUTO, 0);
    CHECK(c && nn_csv_get_info(c)->header == 1);
    if (c) CHECK(!nn_csv_column_numeric(c, 1) && nn_csv_column_numeric(c, 0));
    nn_csv_destroy(c);
    /* A lone header row, a lone data row. */
    expect_error("x1,x2,label\n", NULL, NULL, "a header row but no data rows", NULL);
    c = open_text("4,5,0\n", NN_CSV_HEADER_AUTO, 0);
    CHECK(c && nn_csv_get_info(c)->header == 0 && nn_csv_get_info(c)->rows == 1);
    nn_csv_destroy(c);

    /* Forcing: a header of numbers; no header over text names. */
    c = open_text(course, NN_CSV_HEADER_YES, 0);
    CHECK(c && nn_csv_get_info(c)->header == 1 && nn_csv_get_info(c)->header_auto == 0 && nn_csv_get_info(c)->rows == 2);
    if (c) {
        CHECK(strcmp(nn_csv_column_name(c, 0), "0.78051") == 0);
        CHECK(describes(c, "comma-separated, the first row names the columns (as chosen)"));
    }
    nn_csv_destroy(c);
    c = open_text("a,b,y\n1,2,0\n", NN_CSV_HEADER_NO, 0);
    CHECK(c && nn_csv_get_info(c)->header == 0 && nn_csv_get_info(c)->rows == 2);
    if (c) {
        CHECK(!nn_csv_column_numeric(c, 0)); /* "a" is a data cell now */
        CHECK(describes(c, "comma-separated, no header row (as chosen): columns named x1, x2, \xE2\x80\xA6"));
    }
    nn_csv_destroy(c);
    {
        nn_csv_options opt = {NULL, NULL, NN_CSV_HEADER_NO, 0, 0, 0};
        nn_clear_error();
        CHECK(nn_dataset_from_csv("a,b,y\n1,2,0\n", 12, &opt) == NULL);
        CHECK(contains(nn_last_error(), "row 1, column \"x1\": \"a\" is not a number"));
        opt.header = 7;
        CHECK(nn_csv_create("a,b\n1,0\n", 8, &opt) == NULL);
        CHECK(contains(nn_last_error(), "header option must be auto (0), yes (1) or no (2), got 7"));
    }
}

/* Delimiters and decimal commas. */
static void test_delimiter(void)
{
    /* A European spreadsheet's export: semicolons and decimal commas. */
    const char *eu = "L\xC3\xA4nge;Breite;Klasse\n1,5;2,25;0\n-0,5;3;1\n4,0e1;,5;0\n";
    nn_csv *c = open_text(eu, NN_CSV_HEADER_AUTO, 0);
    CHECK(c != NULL);
    if (c) {
        const nn_csv_info *in = nn_csv_get_info(c);
        CHECK(in->delimiter == ';' && in->decimal_comma && in->header && in->rows == 3);
        CHECK(describes(c, "semicolon-separated, decimal commas, the first row names the columns"));
        CHECK(strcmp(nn_csv_column_name(c, 0), "L\xC3\xA4nge") == 0);
    }
    nn_csv_destroy(c);
    nn_dataset *ds = parse(eu, NULL, NULL);
    CHECK(ds && ds->n == 3 && ds->d == 2);
    if (ds) CHECK(ds->x[0] == 1.5f && ds->x[1] == 2.25f && ds->x[2] == -0.5f && ds->x[4] == 40.0f && ds->x[5] == 0.5f);
    nn_dataset_destroy(ds);

    /* Headerless and every number with a decimal comma: splitting at the commas
     * would be consistent too, but leaves cells like "78;-0". */
    const char *eu2 = "0,78;-0,06;0,5\n0,28;0,29;1,5\n0,40;0,17;0,5\n";
    c = open_text(eu2, NN_CSV_HEADER_AUTO, 0);
    CHECK(c && nn_csv_get_info(c)->delimiter == ';' && nn_csv_get_info(c)->header == 0);
    if (c) CHECK(describes(c, "semicolon-separated, decimal commas, no header row: columns named x1, x2, \xE2\x80\xA6"));
    nn_csv_destroy(c);
    ds = parse(eu2, NULL, NULL); /* labels "0,5", "1,5" are text */
    CHECK(ds && ds->n == 3 && ds->k == 2 && ds->x[0] == 0.78f && strcmp(ds->class_names[1], "1,5") == 0);
    nn_dataset_destroy(ds);
    ds = parse("a;y\n1;1,0\n2;0,0\n", NULL, NULL); /* integer labels with a decimal comma */
    CHECK(ds && ds->k == 2 && ds->y[0] == 1 && ds->y[1] == 0);
    nn_dataset_destroy(ds);

    /* Tab-separated (with decimal commas, and spaces and commas in the text). */
    const char *tsv = "name, first\tsize\tclass\nSmith, J\t1,5\tcat\nDoe, A\t2\tdog\n";
    c = open_text(tsv, NN_CSV_HEADER_AUTO, 0);
    CHECK(c && nn_csv_get_info(c)->delimiter == '\t' && nn_csv_get_info(c)->decimal_comma);
    if (c) CHECK(describes(c, "tab-separated, decimal commas, the first row names the columns"));
    nn_csv_destroy(c);
    ds = parse(tsv, "size", NULL);
    CHECK(ds && ds->n == 2 && ds->x[0] == 1.5f && ds->x[1] == 2.0f && strcmp(ds->class_names[1], "dog") == 0);
    nn_dataset_destroy(ds);
    /* An empty cell between tabs stays a cell. */
    expect_error("a\tb\ty\n1\t\t0\n2\t3\t1\n", "b", NULL, "row 2, column \"b\": the cell is empty", NULL);

    /* A comma file is not mistaken: trailing tabs; semicolons inside text. */
    c = open_text("a,b,y\t\n1,2,0\t\n3,4,1\t\n", NN_CSV_HEADER_AUTO, 0);
    CHECK(c && nn_csv_get_info(c)->delimiter == ',' && nn_csv_get_info(c)->columns == 3);
    nn_csv_destroy(c);
    c = open_text("a,b,note\n1,2,x;y\n3,4,z;w\n", NN_CSV_HEADER_AUTO, 0);
    CHECK(c && nn_csv_get_info(c)->delimiter == ',' && nn_csv_get_info(c)->columns == 3);
    nn_csv_destroy(c);
    /* Quoted delimiters are text; a decimal comma in a comma file must be quoted and is refused. */
    ds = parse("a;b;y\n\"1;5\";2;0\nx;3;1\n", "b", NULL);
    CHECK(ds && ds->x[0] == 2.0f);
    nn_dataset_destroy(ds);
    expect_error("a,y\n\"1,5\",0\n2,1\n", NULL, NULL, "row 2, column \"a\": \"1,5\" is not a number", NULL);
    /* Thousands separators are not read. */
    expect_error("a;y\n1.234,5;0\n2;1\n", NULL, NULL, "\"1.234,5\" is not a number (write numbers without thousands separators)", NULL);
    /* Lines of only delimiters (rows a spreadsheet left empty) are skipped. */
    ds = parse("a;b;y\n1;2;0\n;;\n3;4;1\n;;\n", NULL, NULL);
    CHECK(ds && ds->n == 2 && ds->x[2] == 3.0f);
    nn_dataset_destroy(ds);

    /* Forced: a semicolon file read with commas has one column. */
    c = open_text("a;b\n1;0\n", NN_CSV_HEADER_AUTO, ';');
    CHECK(c && nn_csv_get_info(c)->delimiter_auto == 0);
    nn_csv_destroy(c);
    {
        nn_csv_options opt = {NULL, NULL, 0, ',', 0, 0};
        nn_clear_error();
        CHECK(nn_csv_create("a;b\n1;0\n", 8, &opt) == NULL);
        CHECK(contains(nn_last_error(), "the first row has 1 (\"a;b\")"));
        opt.delimiter = '|';
        CHECK(nn_csv_create("a|b\n1|0\n", 8, &opt) == NULL);
        CHECK(contains(nn_last_error(), "delimiter must be a comma, a semicolon or a tab"));
    }
}

/* Encodings: UTF-8 (BOM or not), UTF-16 LE/BE (BOM or not), Windows-1252. */
static void test_encoding(void)
{
    /* "Größe,y\n1,0\n2,1\n" in each encoding. */
    static const char u8[] = "Gr\xC3\xB6\xC3\x9F" "e,y\n1,0\n2,1\n";
    static const char u8bom[] = "\xEF\xBB\xBF" "Gr\xC3\xB6\xC3\x9F" "e,y\n1,0\n2,1\n";
    static const char le[] = "\xFF\xFEG\0r\0\xF6\0\xDF\0e\0,\0y\0\n\0" "1\0,\0" "0\0\n\0" "2\0,\0" "1\0\n\0";
    static const char be[] = "\xFE\xFF\0G\0r\0\xF6\0\xDF\0e\0,\0y\0\n\0" "1\0,\0" "0\0\n\0" "2\0,\0" "1\0\n";
    static const char le_nobom[] = "G\0r\0\xF6\0\xDF\0e\0,\0y\0\n\0" "1\0,\0" "0\0\n\0" "2\0,\0" "1\0\n\0";
    static const char be_nobom[] = "\0G\0r\0\xF6\0\xDF\0e\0,\0y\0\n\0" "1\0,\0" "0\0\n\0" "2\0,\0" "1\0\n";
    static const char cp1252[] = "Gr\xF6\xDF" "e \x80,y\n1,0\n2,1\n";
    const struct { const char *text; size_t len; nn_csv_encoding enc; int bom; const char *name; } cases[] = {
        {u8, sizeof u8 - 1, NN_CSV_UTF8, 0, "Gr\xC3\xB6\xC3\x9F" "e"},
        {u8bom, sizeof u8bom - 1, NN_CSV_UTF8, 1, "Gr\xC3\xB6\xC3\x9F" "e"},
        {le, sizeof le - 1, NN_CSV_UTF16LE, 1, "Gr\xC3\xB6\xC3\x9F" "e"},
        {be, sizeof be - 1, NN_CSV_UTF16BE, 1, "Gr\xC3\xB6\xC3\x9F" "e"},
        {le_nobom, sizeof le_nobom - 1, NN_CSV_UTF16LE, 0, "Gr\xC3\xB6\xC3\x9F" "e"},
        {be_nobom, sizeof be_nobom - 1, NN_CSV_UTF16BE, 0, "Gr\xC3\xB6\xC3\x9F" "e"},
        {cp1252, sizeof cp1252 - 1, NN_CSV_WINDOWS1252, 0, "Gr\xC3\xB6\xC3\x9F" "e \xE2\x82\xAC"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        nn_csv *c = open_csv(cases[i].text, cases[i].len, NN_CSV_HEADER_AUTO, 0);
        CHECK(c != NULL);
        if (!c) continue;
        const nn_csv_info *in = nn_csv_get_info(c);
        if (in->encoding != cases[i].enc || in->bom != cases[i].bom)
            fprintf(stderr, "  case %zu: encoding %s bom %d\n", i, nn_csv_encoding_name(in->encoding), in->bom);
        CHECK(in->encoding == cases[i].enc && in->bom == cases[i].bom);
        CHECK(in->header == 1 && in->rows == 2 && in->columns == 2);
        CHECK(strcmp(nn_csv_column_name(c, 0), cases[i].name) == 0);
        nn_csv_destroy(c);
        nn_dataset *ds = parse_bytes(cases[i].text, cases[i].len, NULL);
        CHECK(ds && ds->n == 2 && ds->x[1] == 2.0f && ds->y[1] == 1);
        nn_dataset_destroy(ds);
    }
    nn_csv *c = open_csv(le, sizeof le - 1, NN_CSV_HEADER_AUTO, 0);
    if (c) CHECK(describes(c, "comma-separated, UTF-16LE with a byte-order mark, the first row names the columns"));
    nn_csv_destroy(c);
    c = open_csv(cp1252, sizeof cp1252 - 1, NN_CSV_HEADER_AUTO, 0);
    if (c) CHECK(describes(c, "comma-separated, Windows-1252, the first row names the columns"));
    nn_csv_destroy(c);
    /* A UTF-16 surrogate pair (U+1F600) in a label; an unpaired one reads as U+FFFD. */
    static const char emoji[] = "\xFF\xFE" "a\0,\0y\0\n\0" "1\0,\0\x3D\xD8\x00\xDE\n\0" "2\0,\0\x3D\xD8\n\0";
    nn_dataset *ds = parse_bytes(emoji, sizeof emoji - 1, NULL);
    CHECK(ds && ds->k == 2);
    if (ds) {
        CHECK(strcmp(ds->class_names[0], "\xF0\x9F\x98\x80") == 0);
        CHECK(strcmp(ds->class_names[1], "\xEF\xBF\xBD") == 0);
    }
    nn_dataset_destroy(ds);
    CHECK(strcmp(nn_csv_encoding_name(NN_CSV_UTF16BE), "UTF-16BE") == 0);
    CHECK(strcmp(nn_csv_encoding_name((nn_csv_encoding)99), "?") == 0);
}

/* Names: distinct, cut to the name limit; labels kept apart past it. */
static void test_names(void)
{
    nn_csv *c = open_text("x,x,,y\n1,2,3,0\n4,5,6,1\n", NN_CSV_HEADER_AUTO, 0);
    if (c) {
        static const char *const x[] = {"x", "x_2", "column 3", "y"};
        CHECK(names_are(c, x, 4));
    }
    nn_csv_destroy(c);
    c = open_text("x,x,x_2,y\n1,2,3,0\n", NN_CSV_HEADER_AUTO, 0);
    if (c) {
        static const char *const x[] = {"x", "x_3", "x_2", "y"};
        CHECK(names_are(c, x, 4));
    }
    nn_csv_destroy(c);
    /* The names a dataset gets, and how they choose columns. */
    nn_dataset *ds = parse("x,x,y\n1,2,0\n3,4,1\n", NULL, NULL);
    CHECK(ds && ds->d == 2 && strcmp(ds->feature_names[1], "x_2") == 0);
    nn_dataset_destroy(ds);
    ds = parse("x,x,y\n1,2,0\n3,4,1\n", "x_2", NULL);
    CHECK(ds && ds->d == 1 && ds->x[0] == 2.0f);
    nn_dataset_destroy(ds);
    ds = parse("x,x,y\n1,2,0\n3,4,1\n", "#1,#0", "#2");
    CHECK(ds && ds->d == 2 && ds->x[0] == 2.0f && ds->x[1] == 1.0f);
    nn_dataset_destroy(ds);
    expect_error("x,x,y\n1,2,0\n", "#3", NULL, "feature column index 3 is out of range", NULL);
    ds = parse("a,,y\n1,2,0\n3,4,1\n", "column 2", NULL);
    CHECK(ds && ds->x[0] == 2.0f);
    nn_dataset_destroy(ds);

    /* Long header names: cut, kept distinct, still chosen by their full text. */
    const char *longer = "a_rather_long_feature_name_number_1,a_rather_long_feature_name_number_2,y\n1,2,0\n3,4,1\n";
    c = open_text(longer, NN_CSV_HEADER_AUTO, 0);
    if (c) {
        static const char *const x[] = {"a_rather_long_feature_name_numb", "a_rather_long_feature_name_nu_2", "y"};
        CHECK(names_are(c, x, 3));
    }
    nn_csv_destroy(c);
    ds = parse(longer, "a_rather_long_feature_name_number_2", NULL);
    CHECK(ds && ds->d == 1 && ds->x[0] == 2.0f);
    nn_dataset_destroy(ds);

    /* Labels differing only after NN_NAME_LEN - 1 bytes are two classes with
     * distinct names; after 255 bytes the label is refused, not merged. */
    ds = parse("a,y\n1,aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-1\n2,aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-2\n"
               "3,aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-1\n", NULL, NULL);
    CHECK(ds && ds->k == 2 && ds->y[0] == 0 && ds->y[1] == 1 && ds->y[2] == 0);
    if (ds) {
        CHECK(strcmp(ds->class_names[0], "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa") == 0);
        CHECK(strcmp(ds->class_names[1], "aaaaaaaaaaaaaaaaaaaaaaaaaaaaa_2") == 0);
    }
    nn_dataset_destroy(ds);
    {
        char *text = malloc(1024), *p = text;
        p += sprintf(p, "a,y\n1,");
        for (int i = 0; i < 300; i++) *p++ = 'b';
        sprintf(p, "1\n2,0\n");
        expect_error(text, NULL, NULL, "row 2, column \"y\": the label is longer than 255 bytes", NULL);
        free(text);
    }
}

/* Choosing columns: names before indices, ambiguity refused, case ignored. */
static void test_choosing(void)
{
    /* Names equal to their own indices (pandas' default header, forced here:
     * numbers above numbers read as data) are no ambiguity. */
    nn_csv_options opt = {"1", "2", NN_CSV_HEADER_YES, 0, 0, 0};
    nn_dataset *ds = parse_bytes("0,1,2\n0.5,0.25,0\n1.5,2,1\n", 25, &opt);
    CHECK(ds && ds->n == 2 && ds->d == 1 && ds->x[0] == 0.25f && ds->y[1] == 1);
    nn_dataset_destroy(ds);
    ds = parse(",0,1,2\n0,0.5,0.25,1\n1,0.75,0.5,0\n", "0,1", "#3");
    CHECK(ds == NULL);
    CHECK(contains(nn_last_error(), "feature column \"0\" is ambiguous: it names the column at index 1 and is the "
                                    "index of column \"column 1\"; write #1 or #0 to say which"));
    ds = parse(",0,1,2\n0,0.5,0.25,1\n1,0.75,0.5,0\n", "#1,#2", "#3");
    CHECK(ds && ds->d == 2 && ds->x[0] == 0.5f && ds->y[0] == 1);
    nn_dataset_destroy(ds);
    ds = parse(",0,1,2\n0,0.5,0.25,1\n1,0.75,0.5,0\n", "#1,#2", "2"); /* "2" names index 3, index 2 is "1" */
    CHECK(ds == NULL && contains(nn_last_error(), "label column \"2\" is ambiguous"));
    nn_dataset_destroy(ds);
    ds = parse("a,b,3\n1,2,0\n3,4,1\n", "0", "3"); /* "3" is a name only: index 3 is out of range */
    CHECK(ds && ds->d == 1 && ds->y[1] == 1);
    nn_dataset_destroy(ds);
    /* Case is ignored only when nothing matches exactly, and only when one column matches. */
    expect_error("Test,TEST,y\n1,2,0\n", "test", NULL, "matches \"Test\" and \"TEST\" when case is ignored", NULL);
    ds = parse("Test,TEST,y\n1,2,0\n3,4,1\n", "TEST", NULL);
    CHECK(ds && ds->x[0] == 2.0f);
    nn_dataset_destroy(ds);
}

/* One point and one class, for the perceptron trick (min_classes = 1). */
static void test_one_class(void)
{
    nn_csv_options opt = {NULL, NULL, 0, 0, 1, 0};
    nn_dataset *ds = parse_bytes("4,5,0\n", 6, &opt);
    CHECK(ds && ds->n == 1 && ds->d == 2 && ds->k == 1 && ds->x[0] == 4.0f && ds->x[1] == 5.0f && ds->y[0] == 0);
    nn_dataset_destroy(ds);
    ds = parse_bytes("x1,x2,label\n4,5,yes\n", 20, &opt);
    CHECK(ds && ds->n == 1 && ds->k == 1 && strcmp(ds->class_names[0], "yes") == 0);
    nn_dataset_destroy(ds);
    opt.min_classes = 0;
    nn_clear_error();
    CHECK(parse_bytes("4,5,0\n", 6, &opt) == NULL);
    CHECK(contains(nn_last_error(), "only one class (\"0\"); need at least 2"));
}

/* Random garbage and mutations of a valid file: never crash, and every NULL
 * comes with a message. */
static void test_fuzz(void)
{
    const char *seed_text = "\xEF\xBB\xBF\"a,1\",b , y\r\n1,2,yes\n\"3\",4,\"n\"\"o\"\n5,6,\"x\ny\"\n\n";
    const char alphabet[] = ",\"\r\n 0123456789.e-+;\tabnif#\xEF\xBB\xBF\xFF\xFE";
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
        nn_csv_options opt = {trial % 3 ? NULL : "0", trial % 5 ? NULL : "b", trial % 7 % 3, 0, 0, 0};
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
    test_header();
    test_delimiter();
    test_encoding();
    test_names();
    test_choosing();
    test_one_class();
    test_fuzz();
    return check_summary("test_csv");
}

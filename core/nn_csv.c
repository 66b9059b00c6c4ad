/* nn_csv.c — nn_dataset_from_csv: a bounded, forgiving CSV reader.
 *
 * Accepted: a UTF-8 byte-order mark, LF / CRLF / CR line ends, double-quoted
 * fields ("" is a quote, commas and line breaks allowed inside), spaces around
 * fields (trimmed, also inside quotes), blank lines (skipped anywhere).
 * Only commas separate fields: a header that looks semicolon- or tab-separated
 * is refused with a message saying so (no guessing, so a file always means one
 * thing). Row numbers in messages are line numbers, header = row 1, as an
 * editor or spreadsheet shows them.
 *
 * Two passes over the text: the first checks the shape and counts rows, then
 * nn_dataset_create allocates, the second parses numbers and labels. Every read
 * is bounded by the end pointer; the text need not be NUL-terminated.
 */
#include <float.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nn_data.h"
#include "nn_internal.h"

#define NN__MAX_COLUMNS 1024 /* header columns, used or not */
#define NN__CELL 256         /* scratch for one unescaped cell */

typedef struct nn__field {
    const char *s; /* raw bytes: for a quoted field, between the quotes, "" still doubled */
    size_t len;
    int quoted;
} nn__field;

typedef struct nn__reader {
    const char *p, *end;
    int line; /* 1-based line number of p */
} nn__reader;

static int nn__blank(char c) { return c == ' ' || c == '\t'; }
static int nn__space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
static int nn__digit(char c) { return c >= '0' && c <= '9'; }

/* Step over one line end (LF, CRLF or CR) at r->p, if there is one. */
static void nn__eat_newline(nn__reader *r)
{
    if (r->p < r->end && *r->p == '\r') {
        r->p++;
        if (r->p < r->end && *r->p == '\n') r->p++;
        r->line++;
    } else if (r->p < r->end && *r->p == '\n') {
        r->p++;
        r->line++;
    }
}

/* Read the next non-blank record into fields (at most cap). Returns 1 with *nf and
 * *row set, 0 at the end of the text, NN_ERR on a malformed record. */
static int nn__next_record(nn__reader *r, nn__field *fields, int cap, int *nf, int *row)
{
    for (;;) { /* skip lines holding only spaces */
        const char *q = r->p;
        while (q < r->end && nn__blank(*q)) q++;
        if (q == r->end) { r->p = q; return 0; }
        if (*q != '\r' && *q != '\n') break;
        r->p = q;
        nn__eat_newline(r);
    }
    *row = r->line;
    *nf = 0;
    for (;;) {
        nn__field f;
        while (r->p < r->end && nn__blank(*r->p)) r->p++;
        if (r->p < r->end && *r->p == '"') {
            const char *start = ++r->p;
            for (;;) {
                if (r->p == r->end)
                    return nn__fail("row %d: a quoted field is never closed (missing '\"')", *row);
                char c = *r->p;
                if (c == '"') {
                    if (r->p + 1 < r->end && r->p[1] == '"') { r->p += 2; continue; }
                    break;
                }
                if (c == '\n' || (c == '\r' && !(r->p + 1 < r->end && r->p[1] == '\n'))) r->line++;
                r->p++;
            }
            f.s = start;
            f.len = (size_t)(r->p - start);
            f.quoted = 1;
            r->p++; /* the closing quote */
            while (r->p < r->end && nn__blank(*r->p)) r->p++;
            if (r->p < r->end && *r->p != ',' && *r->p != '\r' && *r->p != '\n')
                return nn__fail("row %d, field %d: unexpected text after a closing quote "
                                "(write a quote inside a quoted field as \"\")", *row, *nf + 1);
        } else {
            const char *start = r->p, *stop;
            while (r->p < r->end && *r->p != ',' && *r->p != '\r' && *r->p != '\n') r->p++;
            stop = r->p;
            while (stop > start && nn__blank(stop[-1])) stop--;
            f.s = start;
            f.len = (size_t)(stop - start);
            f.quoted = 0;
        }
        if (*nf >= cap) return nn__fail("row %d has more than %d fields", *row, cap);
        fields[(*nf)++] = f;
        if (r->p < r->end && *r->p == ',') { r->p++; continue; }
        nn__eat_newline(r);
        return 1;
    }
}

/* Unescape a field into buf (cap bytes, NUL-terminated) with surrounding spaces
 * trimmed. Returns the length; *cut (if given) says the cell did not fit. */
static size_t nn__cell(const nn__field *f, char *buf, size_t cap, int *cut)
{
    size_t o = 0, i = 0;
    for (; i < f->len && o + 1 < cap; i++) {
        if (f->quoted && f->s[i] == '"' && i + 1 < f->len && f->s[i + 1] == '"') i++;
        buf[o++] = f->s[i];
    }
    if (cut) *cut = i < f->len;
    size_t a = 0;
    while (a < o && nn__space(buf[a])) a++;
    while (o > a && nn__space(buf[o - 1])) o--;
    memmove(buf, buf + a, o - a);
    o -= a;
    buf[o] = '\0';
    return o;
}

/* Copy a NUL-terminated string into a name slot, cut to NN_NAME_LEN - 1 bytes
 * without splitting a UTF-8 sequence. */
static void nn__copy_name(char *dst, const char *src)
{
    size_t len = strlen(src);
    if (len > NN_NAME_LEN - 1) {
        len = NN_NAME_LEN - 1;
        while (len > 0 && ((unsigned char)src[len] & 0xC0u) == 0x80u) len--;
    }
    memcpy(dst, src, len);
    dst[len] = '\0';
}

/* Column i's display name: the header cell, or "col<i>" when it is empty. */
static void nn__header_name(const nn__field *header, int i, char *buf, size_t cap)
{
    if (nn__cell(&header[i], buf, cap, NULL) == 0) nn__format(buf, cap, "col%d", i);
}

/* "a", "b", "c" (cut with ... to fit cap). */
static void nn__column_list(const nn__field *header, int ncols, char *out, size_t cap)
{
    char name[NN__CELL];
    size_t used = 0;
    out[0] = '\0';
    for (int i = 0; i < ncols; i++) {
        nn__header_name(header, i, name, sizeof name);
        int w = nn__format(out + used, cap - used, "%s\"%.24s\"", i ? ", " : "", name);
        if (w < 0 || used + (size_t)w + 6 >= cap) {
            nn__format(out + used, cap - used, ", ...");
            return;
        }
        used += (size_t)w;
    }
}

static int nn__ieq(const char *a, const char *b)
{
    for (; *a && *b; a++, b++) {
        char x = *a, y = *b;
        if (x >= 'A' && x <= 'Z') x = (char)(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = (char)(y - 'A' + 'a');
        if (x != y) return 0;
    }
    return *a == *b;
}

/* The column a token names: an exact header name, else a case-insensitive one,
 * else a 0-based index. NN_ERR with the header's columns listed otherwise. */
static int nn__find_column(const nn__field *header, int ncols, const char *tok, const char *what)
{
    char name[NN__CELL];
    int loose = -1;
    for (int i = 0; i < ncols; i++) {
        nn__cell(&header[i], name, sizeof name, NULL);
        if (strcmp(name, tok) == 0) {
            /* Two columns of one name: picking the first would be a silent guess. */
            for (int j = i + 1; j < ncols; j++) {
                nn__cell(&header[j], name, sizeof name, NULL);
                if (strcmp(name, tok) == 0)
                    return nn__fail("the header has two columns named \"%.40s\" (indices %d and "
                                    "%d); choose the %s column by its 0-based index",
                                    tok, i, j, what);
            }
            return i;
        }
        if (loose < 0 && nn__ieq(name, tok)) loose = i;
    }
    if (loose >= 0) return loose;
    size_t ndig = strspn(tok, "0123456789");
    if (ndig > 0 && tok[ndig] == '\0') {
        long idx = 0;
        for (const char *c = tok; *c && idx <= NN__MAX_COLUMNS; c++) idx = idx * 10 + (*c - '0');
        if (idx < ncols) return (int)idx;
        return nn__fail("%s column index %.20s is out of range; the header has %d columns "
                        "(indices 0 to %d)", what, tok, ncols, ncols - 1);
    }
    char list[160];
    nn__column_list(header, ncols, list, sizeof list);
    return nn__fail("unknown %s column \"%.40s\"; the header's columns are: %s", what, tok, list);
}

/* Copy [s, s+len) trimmed into buf (cap bytes). */
static void nn__trim_copy(const char *s, size_t len, char *buf, size_t cap)
{
    while (len > 0 && nn__space(*s)) { s++; len--; }
    while (len > 0 && nn__space(s[len - 1])) len--;
    if (len > cap - 1) len = cap - 1;
    memcpy(buf, s, len);
    buf[len] = '\0';
}

/* Resolve the label and feature columns from the options. */
static int nn__resolve_columns(const nn__field *header, int ncols, const nn_csv_options *opt,
                               int *label, int *feat, int *nfeat)
{
    char tok[NN__CELL], name[NN__CELL];
    const char *lab = opt ? opt->label : NULL;
    const char *fs = opt ? opt->features : NULL;

    *label = ncols - 1;
    if (lab) {
        nn__trim_copy(lab, strlen(lab), tok, sizeof tok);
        if (tok[0]) {
            *label = nn__find_column(header, ncols, tok, "label");
            if (*label < 0) return NN_ERR;
        }
    }
    *nfeat = 0;
    if (fs) {
        nn__trim_copy(fs, strlen(fs), tok, sizeof tok);
        if (!tok[0]) fs = NULL;
    }
    if (!fs) { /* every column but the label */
        for (int i = 0; i < ncols; i++) {
            if (i == *label) continue;
            if (*nfeat == NN_MAX_FEATURES)
                return nn__fail("the CSV has %d feature columns; the limit is %d (choose some "
                                "with the features option)", ncols - 1, NN_MAX_FEATURES);
            feat[(*nfeat)++] = i;
        }
        return NN_OK;
    }
    for (const char *s = fs;;) {
        const char *comma = strchr(s, ',');
        size_t len = comma ? (size_t)(comma - s) : strlen(s);
        nn__trim_copy(s, len, tok, sizeof tok);
        if (!tok[0]) return nn__fail("the features option \"%.60s\" has an empty entry", fs);
        int col = nn__find_column(header, ncols, tok, "feature");
        if (col < 0) return NN_ERR;
        nn__header_name(header, col, name, sizeof name);
        if (col == *label)
            return nn__fail("column \"%.40s\" is the label, so it cannot also be a feature", name);
        for (int j = 0; j < *nfeat; j++)
            if (feat[j] == col)
                return nn__fail("column \"%.40s\" is listed twice as a feature", name);
        if (*nfeat == NN_MAX_FEATURES)
            return nn__fail("more than %d features listed; the limit is %d", NN_MAX_FEATURES,
                            NN_MAX_FEATURES);
        feat[(*nfeat)++] = col;
        if (!comma) break;
        s = comma + 1;
    }
    return NN_OK;
}

/* A header with one column: explain why (wrong separator, or too few). */
static int nn__one_column(const nn__field *header)
{
    char cell[NN__CELL];
    nn__cell(&header[0], cell, sizeof cell, NULL);
    if (memchr(header[0].s, ';', header[0].len))
        return nn__fail("the header \"%.60s\" looks semicolon-separated; only commas separate "
                        "columns here, so save the file as comma-separated CSV", cell);
    if (memchr(header[0].s, '\t', header[0].len))
        return nn__fail("the header looks tab-separated; only commas separate columns here, "
                        "so save the file as comma-separated CSV");
    return nn__fail("the CSV needs at least 2 columns (features and a label), but the header "
                    "has 1 (\"%.60s\")", cell);
}

/* Parse a finite float32 from a trimmed cell, or fail naming row and column. */
static int nn__number(const char *s, size_t len, int cut, int row, const char *col, float *out)
{
    if (len == 0) return nn__fail("row %d, column \"%.40s\": the cell is empty, expected a number", row, col);
    if (cut) return nn__fail("row %d, column \"%.40s\": \"%.24s...\" is not a number", row, col, s);
    /* [+-] (digits [. digits] | . digits) [(e|E) [+-] digits], checked by hand so
     * the parser never sees words like "nan", "inf" or hex. */
    size_t i = 0, digits = 0;
    if (s[i] == '+' || s[i] == '-') i++;
    const char *word = s + i;
    while (i < len && nn__digit(s[i])) { i++; digits++; }
    if (i < len && s[i] == '.') {
        i++;
        while (i < len && nn__digit(s[i])) { i++; digits++; }
    }
    if (digits && i < len && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < len && (s[i] == '+' || s[i] == '-')) i++;
        size_t e = i;
        while (i < len && nn__digit(s[i])) i++;
        if (i == e) digits = 0;
    }
    if (!digits || i != len) {
        if (nn__ieq(word, "nan") || nn__ieq(word, "inf") || nn__ieq(word, "infinity"))
            return nn__fail("row %d, column \"%.40s\": \"%.40s\" is not a finite number", row, col, s);
        return nn__fail("row %d, column \"%.40s\": \"%.40s\" is not a number", row, col, s);
    }
    double v = nn__decimal(s, len);
    if (!isfinite(v) || fabs(v) > (double)FLT_MAX)
        return nn__fail("row %d, column \"%.40s\": %.40s is out of range (32-bit floats reach "
                        "about 3.4e38)", row, col, s);
    *out = (float)v;
    return NN_OK;
}

/* A label that is a non-negative integer ("3", "3.0") as a value capped at
 * 1e9, else -1. */
static long nn__int_label(const char *s, size_t len)
{
    size_t i = 0;
    long v = 0;
    while (i < len && nn__digit(s[i])) {
        if (v < 1000000000L) v = v * 10 + (s[i] - '0');
        i++;
    }
    if (i == 0) return -1;
    if (i < len && s[i] == '.') {
        i++;
        while (i < len && s[i] == '0') i++;
    }
    return i == len ? v : -1;
}

typedef struct nn__labels {
    int all_int;            /* every label so far is a non-negative integer */
    long max_int;           /* the largest integer label */
    int max_row;            /* where it was */
    char present[NN_MAX_CLASSES];
    int nclass;             /* distinct text labels */
    char (*keys)[NN__CELL]; /* (NN_MAX_CLASSES) text labels, first-appearance order */
    int overflow_row;       /* row of the first text label past NN_MAX_CLASSES, or 0 */
} nn__labels;

static void nn__label(nn__labels *lb, const char *s, size_t len, int row, int *y, int *id)
{
    long v = nn__int_label(s, len);
    if (v < 0) {
        lb->all_int = 0;
    } else {
        if (v > lb->max_int) { lb->max_int = v; lb->max_row = row; }
        if (v < NN_MAX_CLASSES) lb->present[v] = 1;
        *y = (int)(v < NN_MAX_CLASSES ? v : 0);
    }
    for (int c = 0; c < lb->nclass; c++)
        if (strcmp(lb->keys[c], s) == 0) { *id = c; return; }
    if (lb->nclass == NN_MAX_CLASSES) {
        if (!lb->overflow_row) lb->overflow_row = row;
        *id = 0;
        return;
    }
    memcpy(lb->keys[lb->nclass], s, len + 1);
    *id = lb->nclass++;
}

nn_dataset *nn_dataset_from_csv(const char *text, size_t len, const nn_csv_options *opt)
{
    if (!text && len > 0) { nn__fail("no CSV text was given"); return NULL; }
    if (len > NN_MAX_CSV_BYTES) {
        nn__fail("the CSV text is %zu bytes; the limit is %u bytes (16 MiB)", len,
                 (unsigned)NN_MAX_CSV_BYTES);
        return NULL;
    }
    if (len == 0) { nn__fail("the CSV text is empty"); return NULL; }
    /* UTF-16 (every other byte of ASCII text is 0) or a binary file: say so,
     * rather than report the cells the zero bytes would break up. */
    if (len >= 2 && (((unsigned char)text[0] == 0xFF && (unsigned char)text[1] == 0xFE) ||
                     ((unsigned char)text[0] == 0xFE && (unsigned char)text[1] == 0xFF))) {
        nn__fail("the text looks UTF-16 encoded; save the file as UTF-8 CSV");
        return NULL;
    }
    const char *nul = memchr(text, 0, len);
    if (nul) {
        int line = 1;
        for (const char *c = text; c < nul; c++) /* line ends as the reader counts them */
            line += *c == '\n' || (*c == '\r' && (c + 1 == nul || c[1] != '\n'));
        nn__fail("row %d contains a NUL byte: this looks like a binary or UTF-16 file, not "
                 "UTF-8 CSV text", line);
        return NULL;
    }

    nn__reader r = {text, text + len, 1};
    if (len >= 3 && (unsigned char)text[0] == 0xEF && (unsigned char)text[1] == 0xBB &&
        (unsigned char)text[2] == 0xBF)
        r.p += 3;

    nn_dataset *ds = NULL;
    nn__field *header = malloc(2 * NN__MAX_COLUMNS * sizeof *header);
    nn__field *fields = header + NN__MAX_COLUMNS;
    int *ids = NULL;
    nn__labels lb;
    memset(&lb, 0, sizeof lb);
    lb.keys = malloc(NN_MAX_CLASSES * sizeof *lb.keys);
    if (!header || !lb.keys) { nn__fail("out of memory reading CSV"); goto fail; }

    int ncols, row, nf;
    int got = nn__next_record(&r, header, NN__MAX_COLUMNS, &ncols, &row);
    if (got < 0) goto fail;
    if (got == 0) { nn__fail("the CSV text is empty"); goto fail; }
    if (ncols < 2) { nn__one_column(header); goto fail; }

    int label, feat[NN_MAX_FEATURES], d;
    if (nn__resolve_columns(header, ncols, opt, &label, feat, &d) < 0) goto fail;

    /* Pass 1: shape. */
    nn__reader body = r;
    int rows = 0;
    while ((got = nn__next_record(&r, fields, NN__MAX_COLUMNS, &nf, &row)) > 0) {
        if (nf != ncols) {
            nn__fail("row %d has %d field%s but the header has %d columns", row, nf,
                     nf == 1 ? "" : "s", ncols);
            goto fail;
        }
        if (++rows > NN_MAX_POINTS) {
            nn__fail("the CSV has more than %d data rows", NN_MAX_POINTS);
            goto fail;
        }
    }
    if (got < 0) goto fail;
    if (rows == 0) { nn__fail("the CSV has a header row but no data rows"); goto fail; }

    ds = nn_dataset_create(rows, d, 1);
    ids = malloc((size_t)rows * sizeof *ids);
    if (!ds || !ids) { if (ds) nn__fail("out of memory reading CSV"); goto fail; }

    char colname[NN_MAX_FEATURES][NN__CELL], labname[NN__CELL], cell[NN__CELL];
    for (int j = 0; j < d; j++) {
        nn__header_name(header, feat[j], colname[j], sizeof colname[j]);
        nn__copy_name(ds->feature_names[j], colname[j]);
    }
    nn__header_name(header, label, labname, sizeof labname);

    /* Pass 2: values. */
    lb.all_int = 1;
    lb.max_int = -1;
    r = body;
    for (int i = 0; i < rows; i++) {
        nn__next_record(&r, fields, NN__MAX_COLUMNS, &nf, &row); /* checked in pass 1 */
        for (int j = 0; j < d; j++) {
            int cut;
            size_t n = nn__cell(&fields[feat[j]], cell, sizeof cell, &cut);
            if (nn__number(cell, n, cut, row, colname[j], &ds->x[i * d + j]) < 0) goto fail;
        }
        size_t n = nn__cell(&fields[label], cell, sizeof cell, NULL);
        if (n == 0) {
            nn__fail("row %d, column \"%.40s\": the label is empty", row, labname);
            goto fail;
        }
        nn__label(&lb, cell, n, row, &ds->y[i], &ids[i]);
    }

    if (lb.all_int) {
        if (lb.max_int >= NN_MAX_CLASSES) {
            nn__fail("row %d, column \"%.40s\": integer label %ld is too large; integer labels are "
                     "class ids 0 to %d", lb.max_row, labname, lb.max_int, NN_MAX_CLASSES - 1);
            goto fail;
        }
        ds->k = (int)lb.max_int + 1;
        int distinct = 0, only = 0;
        for (int c = 0; c < ds->k; c++)
            if (lb.present[c]) { distinct++; only = c; }
        if (distinct < 2) {
            nn__fail("the label column \"%.40s\" has only one class (\"%d\"); need at least 2",
                     labname, only);
            goto fail;
        }
        for (int c = 0; c < ds->k; c++) nn__format(ds->class_names[c], NN_NAME_LEN, "%d", c);
    } else {
        if (lb.overflow_row) {
            nn__fail("the label column \"%.40s\" has more than %d different values (row %d adds "
                     "one more); is it really a class label?", labname, NN_MAX_CLASSES,
                     lb.overflow_row);
            goto fail;
        }
        if (lb.nclass < 2) {
            nn__fail("the label column \"%.40s\" has only one class (\"%.40s\"); need at least 2",
                     labname, lb.keys[0]);
            goto fail;
        }
        ds->k = lb.nclass;
        memcpy(ds->y, ids, (size_t)rows * sizeof *ids);
        for (int c = 0; c < ds->k; c++) nn__copy_name(ds->class_names[c], lb.keys[c]);
    }
    free(ids);
    free(lb.keys);
    free(header);
    return ds;

fail:
    nn_dataset_destroy(ds);
    free(ids);
    free(lb.keys);
    free(header);
    return NULL;
}

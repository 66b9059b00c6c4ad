/* nn_csv.c — the CSV reader of nn_csv.h; decoding lives in nn_csv_text.c.
 *
 * nn_csv_create: decode; try each delimiter on the first records; read the
 * first record; pass 1 over the rest (shape, per-column number counts, decimal
 * commas, rows); decide whether the first record is a header; name the
 * columns. nn_csv_dataset: resolve the chosen columns, allocate, pass 2
 * (numbers and labels). Every read is bounded by the end pointer.
 */
#include <float.h>
#include <stdlib.h>
#include <string.h>

#include "nn_csv.h"
#include "nn_internal.h"

#define NN__MAX_COLUMNS 4096 /* fields per row, used or not (4 x NN_MAX_FEATURES) */
#define NN__CELL 256         /* scratch for one unescaped cell: longer labels are refused */
#define NN__SNIFF 20         /* records read to choose the delimiter */

typedef struct nn__field {
    const char *s; /* raw bytes: for a quoted field, between the quotes, "" still doubled */
    size_t len;
    int quoted;
} nn__field;

typedef struct nn__reader {
    const char *p, *end;
    int line;   /* 1-based line number of p */
    char delim; /* ',', ';' or '\t' */
} nn__reader;

struct nn_csv {
    nn_csv_info info;
    char *owned;                /* the decoded text when it was not UTF-8, else NULL */
    const char *text;           /* UTF-8 text (len bytes) */
    size_t len;
    nn__reader body;            /* at the first data record */
    int first_row;              /* line number of the first record */
    nn__field *first;           /* (columns) the first record's fields */
    char (*names)[NN_NAME_LEN]; /* (columns) distinct column names */
    int *numeric;               /* (columns) 1 if every data cell is a number */
};

static const char nn__delims[3] = {',', ';', '\t'};

/* Spaces around fields are trimmed; so are tabs, unless they separate fields. */
static int nn__blank(const nn__reader *r, char c) { return c == ' ' || (c == '\t' && r->delim != '\t'); }
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

/* Read the next non-blank line's record into fields (at most cap). Returns 1
 * with *nf and *row set, 0 at the end of the text, NN_ERR when malformed. */
static int nn__read_record(nn__reader *r, nn__field *fields, int cap, int *nf, int *row)
{
    const char d = r->delim;
    for (;;) { /* skip lines holding only spaces */
        const char *q = r->p;
        while (q < r->end && nn__blank(r, *q)) q++;
        if (q == r->end) { r->p = q; return 0; }
        if (*q != '\r' && *q != '\n') break;
        r->p = q;
        nn__eat_newline(r);
    }
    *row = r->line;
    *nf = 0;
    for (;;) {
        nn__field f;
        while (r->p < r->end && nn__blank(r, *r->p)) r->p++;
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
            while (r->p < r->end && nn__blank(r, *r->p)) r->p++;
            if (r->p < r->end && *r->p != d && *r->p != '\r' && *r->p != '\n')
                return nn__fail("row %d, field %d: unexpected text after a closing quote "
                                "(write a quote inside a quoted field as \"\")", *row, *nf + 1);
        } else {
            const char *start = r->p, *stop;
            while (r->p < r->end && *r->p != d && *r->p != '\r' && *r->p != '\n') r->p++;
            stop = r->p;
            while (stop > start && nn__blank(r, stop[-1])) stop--;
            f.s = start;
            f.len = (size_t)(stop - start);
            f.quoted = 0;
        }
        if (*nf >= cap) return nn__fail("row %d has more than %d fields", *row, cap);
        fields[(*nf)++] = f;
        if (r->p < r->end && *r->p == d) { r->p++; continue; }
        nn__eat_newline(r);
        return 1;
    }
}

/* The next record, passing over lines of only delimiters (",,," as
 * spreadsheets write for rows left empty) as blank lines are. */
static int nn__next_record(nn__reader *r, nn__field *fields, int cap, int *nf, int *row)
{
    for (;;) {
        int got = nn__read_record(r, fields, cap, nf, row);
        if (got <= 0) return got;
        for (int i = 0; i < *nf; i++)
            if (fields[i].len || fields[i].quoted) return 1;
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

/* 0 if s[0..len) is not a decimal number [+-] (digits [m digits] | m digits)
 * [(e|E) [+-] digits], m being '.' or, when comma_ok, ','; else 1, or 2 when
 * the mark was a comma. No words ("nan", "inf"), no hex, no thousands marks. */
static int nn__numeric(const char *s, size_t len, int comma_ok)
{
    size_t i = 0, digits = 0;
    int kind = 1;
    if (i < len && (s[i] == '+' || s[i] == '-')) i++;
    while (i < len && nn__digit(s[i])) { i++; digits++; }
    if (i < len && (s[i] == '.' || (comma_ok && s[i] == ','))) {
        kind = s[i] == ',' ? 2 : 1;
        i++;
        while (i < len && nn__digit(s[i])) { i++; digits++; }
    }
    if (!digits) return 0;
    if (i < len && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < len && (s[i] == '+' || s[i] == '-')) i++;
        size_t e = i;
        while (i < len && nn__digit(s[i])) i++;
        if (i == e) return 0;
    }
    return i == len ? kind : 0;
}

/* What a field holds: NN__EMPTY, 0 (text), 1 (a number) or 2 (a number with
 * a decimal comma). */
#define NN__EMPTY (-1)
static int nn__field_kind(const nn__field *f, int comma_ok)
{
    char cell[NN__CELL];
    int cut;
    size_t n = nn__cell(f, cell, sizeof cell, &cut);
    if (n == 0) return NN__EMPTY;
    return cut ? 0 : nn__numeric(cell, n, comma_ok);
}

/* ---- delimiter ------------------------------------------------------------ */

/* A cell a delimiter leaves odd: empty, or unquoted text (not a number) that
 * holds another candidate delimiter. */
static int nn__odd_cell(const nn__field *f, char delim)
{
    int kind = nn__field_kind(f, delim != ',');
    if (kind == NN__EMPTY) return 1;
    if (f->quoted || kind > 0) return 0;
    for (int k = 0; k < 3; k++)
        if (nn__delims[k] != delim && memchr(f->s, nn__delims[k], f->len)) return 1;
    return 0;
}

/* The rule of nn_csv.h ("Delimiter") on the first NN__SNIFF records. */
static char nn__detect_delimiter(const char *text, size_t len, nn__field *fields)
{
    int best = -1, widest = 0, widest_nf = -1;
    long best_odd = 0;
    for (int k = 0; k < 3; k++) {
        nn__reader r = {text, text + len, 1, nn__delims[k]};
        int nf0 = -1, nf, row, ok = 1;
        long odd = 0;
        for (int rec = 0; rec < NN__SNIFF && ok; rec++) {
            int got = nn__next_record(&r, fields, NN__MAX_COLUMNS, &nf, &row);
            if (got <= 0) {
                ok = got == 0 && rec > 0;
                break;
            }
            if (rec == 0) {
                nf0 = nf;
                if (nf > widest_nf) { widest_nf = nf; widest = k; }
            }
            ok = nf == nf0;
            for (int i = 0; i < nf; i++) odd += nn__odd_cell(&fields[i], nn__delims[k]);
        }
        if (ok && nf0 >= 2 && (best < 0 || odd < best_odd)) { best = k; best_odd = odd; }
    }
    return nn__delims[best >= 0 ? best : widest];
}

/* ---- names ---------------------------------------------------------------- */

/* How many of src's len bytes fit in room bytes without splitting a UTF-8 character. */
static size_t nn__fit(const char *src, size_t len, size_t room)
{
    if (len <= room) return len;
    len = room;
    while (len > 0 && ((unsigned char)src[len] & 0xC0u) == 0x80u) len--;
    return len;
}

static void nn__set_name(char *dst, const char *src)
{
    size_t n = nn__fit(src, strlen(src), NN_NAME_LEN - 1);
    memcpy(dst, src, n);
    dst[n] = '\0';
}

static int nn__name_in(char (*names)[NN_NAME_LEN], int from, int to, const char *name)
{
    for (int j = from; j < to; j++)
        if (strcmp(names[j], name) == 0) return 1;
    return 0;
}

/* Make names[0..n) distinct: a later copy of an earlier name becomes name_2,
 * name_3, ... (the name cut to leave room), skipping any name in use. */
static void nn__distinct(char (*names)[NN_NAME_LEN], int n)
{
    for (int i = 1; i < n; i++) {
        int copies = 0;
        for (int j = 0; j < i; j++) copies += strcmp(names[j], names[i]) == 0;
        if (!copies) continue;
        char base[NN_NAME_LEN];
        memcpy(base, names[i], NN_NAME_LEN);
        for (int s = copies + 1;; s++) {
            char suffix[16];
            int sl = nn__format(suffix, sizeof suffix, "_%d", s);
            size_t bl = nn__fit(base, strlen(base), NN_NAME_LEN - 1 - (size_t)sl);
            memcpy(names[i], base, bl);
            memcpy(names[i] + bl, suffix, (size_t)sl + 1);
            if (!nn__name_in(names, 0, i, names[i]) && !nn__name_in(names, i + 1, n, names[i])) break;
        }
    }
}

/* ---- nn_csv --------------------------------------------------------------- */

/* A first record of one field: say what was expected. */
static int nn__one_column(const nn__field *first)
{
    char cell[NN__CELL];
    nn__cell(first, cell, sizeof cell, NULL);
    return nn__fail("the CSV needs at least 2 columns (features and a label), but the first row "
                    "has 1 (\"%.60s\"); columns are separated by commas, semicolons or tabs",
                    cell);
}

/* Pass 1 over the records after the first: their count (stopping past
 * NN_MAX_POINTS), the first ragged one, per-column counts of non-empty and
 * numeric cells, and whether a number used a decimal comma. */
typedef struct nn__shape {
    int rows, ragged_row, ragged_nf, comma;
    int *filled, *numbers; /* (columns) */
} nn__shape;

static int nn__measure(nn__reader *r, nn__field *fields, int ncols, nn__shape *sh)
{
    int nf, row, got, comma_ok = r->delim != ',';
    while ((got = nn__next_record(r, fields, NN__MAX_COLUMNS, &nf, &row)) > 0) {
        if (nf != ncols) {
            sh->ragged_row = row;
            sh->ragged_nf = nf;
            return NN_OK;
        }
        if (++sh->rows > NN_MAX_POINTS) return NN_OK;
        for (int j = 0; j < ncols; j++) {
            int kind = nn__field_kind(&fields[j], comma_ok);
            if (kind == NN__EMPTY) continue;
            sh->filled[j]++;
            sh->numbers[j] += kind > 0;
            sh->comma |= kind == 2;
        }
    }
    return got;
}

nn_csv *nn_csv_create(const char *text, size_t len, const nn_csv_options *opt)
{
    if (!text && len > 0) { nn__fail("no CSV text was given"); return NULL; }
    size_t max = opt && opt->max_bytes && opt->max_bytes < NN_MAX_CSV_BYTES ? opt->max_bytes
                                                                           : NN_MAX_CSV_BYTES;
    if (len > max) {
        nn__fail("the CSV text is %zu bytes; the limit is %zu bytes (%zu MiB)", len, max,
                 max >> 20);
        return NULL;
    }
    if (len == 0) { nn__fail("the CSV text is empty"); return NULL; }
    int want_header = opt ? opt->header : NN_CSV_HEADER_AUTO;
    char want_delim = opt ? opt->delimiter : 0;
    if (want_header < NN_CSV_HEADER_AUTO || want_header > NN_CSV_HEADER_NO) {
        nn__fail("the header option must be auto (%d), yes (%d) or no (%d), got %d", NN_CSV_HEADER_AUTO,
                 NN_CSV_HEADER_YES, NN_CSV_HEADER_NO, want_header);
        return NULL;
    }
    if (want_delim && !memchr(nn__delims, want_delim, sizeof nn__delims)) {
        nn__fail("the delimiter must be a comma, a semicolon or a tab");
        return NULL;
    }

    nn_csv *c = calloc(1, sizeof *c);
    nn__field *fields = malloc(NN__MAX_COLUMNS * sizeof *fields);
    nn__shape sh = {0, 0, 0, 0, NULL, NULL};
    if (!c || !fields) { nn__fail("out of memory reading CSV"); goto fail; }
    int encoding;
    if (nn__csv_decode(text, len, &c->text, &c->len, &c->owned, &encoding, &c->info.bom) != NN_OK)
        goto fail;
    c->info.encoding = (nn_csv_encoding)encoding;
    c->info.delimiter_auto = !want_delim;
    c->info.delimiter = want_delim ? want_delim : nn__detect_delimiter(c->text, c->len, fields);

    nn__reader r = {c->text, c->text + c->len, 1, c->info.delimiter};
    const nn__reader start = r;
    int ncols, row1;
    int got = nn__next_record(&r, fields, NN__MAX_COLUMNS, &ncols, &row1);
    if (got < 0) goto fail;
    if (got == 0) { nn__fail("the CSV text is empty"); goto fail; }
    if (ncols < 2) { nn__one_column(&fields[0]); goto fail; }
    c->info.columns = ncols;
    c->first_row = row1;
    c->first = malloc((size_t)ncols * sizeof *c->first);
    c->names = malloc((size_t)ncols * sizeof *c->names);
    c->numeric = calloc((size_t)ncols, sizeof *c->numeric);
    sh.filled = calloc((size_t)ncols, sizeof *sh.filled);
    sh.numbers = calloc((size_t)ncols, sizeof *sh.numbers);
    if (!c->first || !c->names || !c->numeric || !sh.filled || !sh.numbers) {
        nn__fail("out of memory reading CSV");
        goto fail;
    }
    memcpy(c->first, fields, (size_t)ncols * sizeof *fields);
    const nn__reader after_first = r;
    if (nn__measure(&r, fields, ncols, &sh) < 0) goto fail;

    /* Header: a cell that is empty or text above a column of mostly numbers. */
    int comma_ok = c->info.delimiter != ',', header = 0, first_comma = 0;
    for (int j = 0; j < ncols; j++) {
        int kind = nn__field_kind(&c->first[j], comma_ok);
        int numbers_below = sh.numbers[j] * 2 > sh.filled[j];
        first_comma |= kind == 2;
        if (kind == 0 && (numbers_below || sh.filled[j] == 0)) header = 1;      /* text */
        if (kind == NN__EMPTY && numbers_below) header = 1;                     /* empty */
    }
    c->info.header_auto = want_header == NN_CSV_HEADER_AUTO;
    if (!c->info.header_auto) header = want_header == NN_CSV_HEADER_YES;
    c->info.header = header;

    if (sh.ragged_row) {
        if (header)
            nn__fail("row %d has %d field%s but the header has %d columns", sh.ragged_row, sh.ragged_nf,
                     sh.ragged_nf == 1 ? "" : "s", ncols);
        else
            nn__fail("row %d has %d field%s but the first row has %d", sh.ragged_row, sh.ragged_nf,
                     sh.ragged_nf == 1 ? "" : "s", ncols);
        goto fail;
    }
    int rows = sh.rows + !header;
    if (rows > NN_MAX_POINTS) { nn__fail("the CSV has more than %d data rows", NN_MAX_POINTS); goto fail; }
    if (rows == 0) { nn__fail("the CSV has a header row but no data rows"); goto fail; }
    c->info.rows = rows;
    c->info.decimal_comma = sh.comma || (!header && first_comma);
    c->body = header ? after_first : start;

    char cell[NN__CELL];
    for (int j = 0; j < ncols; j++) {
        int first_number = !header && nn__field_kind(&c->first[j], comma_ok) > 0;
        c->numeric[j] = sh.numbers[j] + first_number == rows;
        if (!header) nn__format(cell, sizeof cell, "x%d", j + 1);
        else if (nn__cell(&c->first[j], cell, sizeof cell, NULL) == 0) nn__format(cell, sizeof cell, "column %d", j + 1);
        nn__set_name(c->names[j], cell);
    }
    nn__distinct(c->names, ncols);
    free(sh.filled);
    free(sh.numbers);
    free(fields);
    return c;

fail:
    free(sh.filled);
    free(sh.numbers);
    free(fields);
    nn_csv_destroy(c);
    return NULL;
}

void nn_csv_destroy(nn_csv *c)
{
    if (!c) return;
    free(c->owned);
    free(c->first);
    free(c->names);
    free(c->numeric);
    free(c);
}

const nn_csv_info *nn_csv_get_info(const nn_csv *c) { return &c->info; }

const char *nn_csv_column_name(const nn_csv *c, int i)
{
    return i >= 0 && i < c->info.columns ? c->names[i] : "";
}

int nn_csv_column_numeric(const nn_csv *c, int i)
{
    return i >= 0 && i < c->info.columns ? c->numeric[i] : 0;
}

int nn_csv_describe(const nn_csv_info *info, char *buf, size_t cap)
{
    const char *sep = info->delimiter == ';' ? "semicolon" : info->delimiter == '\t' ? "tab" : "comma";
    char enc[64] = "";
    if (info->encoding != NN_CSV_UTF8)
        nn__format(enc, sizeof enc, ", %s%s", nn_csv_encoding_name(info->encoding),
                   info->bom ? " with a byte-order mark" : "");
    const char *chosen = info->header_auto ? "" : " (as chosen)";
    if (info->header)
        return nn__format(buf, cap, "%s-separated%s%s, the first row names the columns%s", sep,
                          info->decimal_comma ? ", decimal commas" : "", enc, chosen);
    return nn__format(buf, cap, "%s-separated%s%s, no header row%s: columns named x1, x2, \xE2\x80\xA6",
                      sep, info->decimal_comma ? ", decimal commas" : "", enc, chosen);
}

/* ---- choosing columns ----------------------------------------------------- */

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

static int nn__all_digits(const char *s) { return s[0] && strspn(s, "0123456789") == strlen(s); }

/* The value of a digit string, capped just past any column index. */
static long nn__index_of(const char *s)
{
    long v = 0;
    for (; *s && v <= NN__MAX_COLUMNS; s++) v = v * 10 + (*s - '0');
    return v;
}

/* "a", "b", "c" (cut with ... to fit cap). */
static void nn__column_list(const nn_csv *c, char *out, size_t cap)
{
    size_t used = 0;
    out[0] = '\0';
    for (int i = 0; i < c->info.columns; i++) {
        int w = nn__format(out + used, cap - used, "%s\"%.24s\"", i ? ", " : "", c->names[i]);
        if (w < 0 || used + (size_t)w + 6 >= cap) {
            nn__format(out + used, cap - used, ", ...");
            return;
        }
        used += (size_t)w;
    }
}

static int nn__index_column(const nn_csv *c, const char *tok, long idx, const char *what)
{
    if (idx < c->info.columns) return (int)idx;
    return nn__fail("%s column index %.20s is out of range; the %s has %d columns (indices 0 to %d)", what,
                    tok, c->info.header ? "header" : "file", c->info.columns, c->info.columns - 1);
}

/* The column a token chooses (the rules in nn_csv.h), or NN_ERR saying why not. */
static int nn__find_column(const nn_csv *c, const char *tok, const char *what)
{
    const int n = c->info.columns;
    char cell[NN__CELL];
    if (tok[0] == '#' && nn__all_digits(tok + 1)) return nn__index_column(c, tok + 1, nn__index_of(tok + 1), what);
    int found = -1;
    if (c->info.header) { /* a header text two columns share names neither */
        for (int i = 0; i < n && found < 0; i++) {
            nn__cell(&c->first[i], cell, sizeof cell, NULL);
            if (strcmp(cell, tok) != 0) continue;
            for (int j = i + 1; j < n; j++) {
                nn__cell(&c->first[j], cell, sizeof cell, NULL);
                if (strcmp(cell, tok) == 0)
                    return nn__fail("the header has two columns named \"%.40s\" (indices %d and %d); choose "
                                    "the %s column by its 0-based index, or as \"%s\" for index %d",
                                    tok, i, j, what, c->names[j], j);
            }
            found = i;
        }
    }
    for (int i = 0; i < n && found < 0; i++)
        if (strcmp(c->names[i], tok) == 0) found = i;
    for (int i = 0; i < n && found < 0; i++) {
        if (!nn__ieq(c->names[i], tok)) continue;
        for (int j = i + 1; j < n; j++)
            if (nn__ieq(c->names[j], tok))
                return nn__fail("%s column \"%.40s\" matches \"%s\" and \"%s\" when case is ignored; "
                                "write the name exactly", what, tok, c->names[i], c->names[j]);
        found = i;
    }
    if (nn__all_digits(tok)) {
        long idx = nn__index_of(tok);
        if (found < 0) return nn__index_column(c, tok, idx, what);
        if (idx < n && idx != found)
            return nn__fail("%s column \"%.20s\" is ambiguous: it names the column at index %d and is the "
                            "index of column \"%s\"; write #%d or #%ld to say which",
                            what, tok, found, c->names[idx], found, idx);
    }
    if (found >= 0) return found;
    char list[160];
    nn__column_list(c, list, sizeof list);
    if (c->info.header)
        return nn__fail("unknown %s column \"%.40s\"; the header's columns are: %s", what, tok, list);
    return nn__fail("unknown %s column \"%.40s\"; the file has no header row, so its columns are: %s "
                    "(or choose by 0-based index)", what, tok, list);
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
static int nn__resolve_columns(const nn_csv *c, const nn_csv_options *opt, int *label, int *feat, int *nfeat)
{
    char tok[NN__CELL];
    const char *lab = opt ? opt->label : NULL;
    const char *fs = opt ? opt->features : NULL;
    const int ncols = c->info.columns;

    *label = ncols - 1;
    if (lab) {
        nn__trim_copy(lab, strlen(lab), tok, sizeof tok);
        if (tok[0]) {
            *label = nn__find_column(c, tok, "label");
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
        int col = nn__find_column(c, tok, "feature");
        if (col < 0) return NN_ERR;
        if (col == *label)
            return nn__fail("column \"%s\" is the label, so it cannot also be a feature", c->names[col]);
        for (int j = 0; j < *nfeat; j++)
            if (feat[j] == col) return nn__fail("column \"%s\" is listed twice as a feature", c->names[col]);
        if (*nfeat == NN_MAX_FEATURES)
            return nn__fail("more than %d features listed; the limit is %d", NN_MAX_FEATURES,
                            NN_MAX_FEATURES);
        feat[(*nfeat)++] = col;
        if (!comma) break;
        s = comma + 1;
    }
    return NN_OK;
}

/* ---- the dataset ---------------------------------------------------------- */

/* Parse a finite float32 from a trimmed cell, or fail naming row and column. */
static int nn__number(char *s, size_t len, int cut, int comma_ok, int row, const char *col, float *out)
{
    if (len == 0) return nn__fail("row %d, column \"%s\": the cell is empty, expected a number", row, col);
    if (cut) return nn__fail("row %d, column \"%s\": \"%.24s...\" is not a number", row, col, s);
    int kind = nn__numeric(s, len, comma_ok);
    if (!kind) {
        const char *word = s + (s[0] == '+' || s[0] == '-');
        if (nn__ieq(word, "nan") || nn__ieq(word, "inf") || nn__ieq(word, "infinity"))
            return nn__fail("row %d, column \"%s\": \"%.40s\" is not a finite number", row, col, s);
        if (comma_ok && strchr(s, '.') && strchr(s, ','))
            return nn__fail("row %d, column \"%s\": \"%.40s\" is not a number (write numbers without "
                            "thousands separators)", row, col, s);
        return nn__fail("row %d, column \"%s\": \"%.40s\" is not a number", row, col, s);
    }
    if (kind == 2) *strchr(s, ',') = '.';
    double v = nn__decimal(s, len);
    if (kind == 2) *strchr(s, '.') = ',';
    if (!isfinite(v) || fabs(v) > (double)FLT_MAX)
        return nn__fail("row %d, column \"%s\": %.40s is out of range (32-bit floats reach "
                        "about 3.4e38)", row, col, s);
    *out = (float)v;
    return NN_OK;
}

/* A label that is a non-negative integer ("3", "3.0", with comma_ok "3,0") as
 * a value capped at 1e9, else -1. */
static long nn__int_label(const char *s, size_t len, int comma_ok)
{
    size_t i = 0;
    long v = 0;
    while (i < len && nn__digit(s[i])) {
        if (v < 1000000000L) v = v * 10 + (s[i] - '0');
        i++;
    }
    if (i == 0) return -1;
    if (i < len && (s[i] == '.' || (comma_ok && s[i] == ','))) {
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

static void nn__label(nn__labels *lb, const char *s, size_t len, int comma_ok, int row, int *y, int *id)
{
    long v = nn__int_label(s, len, comma_ok);
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

/* Class ids and names from the labels read: integers as themselves, text in
 * order of first appearance. */
static int nn__classes(nn_dataset *ds, nn__labels *lb, const int *ids, int min_classes, const char *labname)
{
    if (lb->all_int) {
        if (lb->max_int >= NN_MAX_CLASSES)
            return nn__fail("row %d, column \"%s\": integer label %ld is too large; integer labels are "
                            "class ids 0 to %d", lb->max_row, labname, lb->max_int, NN_MAX_CLASSES - 1);
        ds->k = (int)lb->max_int + 1;
        int distinct = 0, only = 0;
        for (int c = 0; c < ds->k; c++)
            if (lb->present[c]) { distinct++; only = c; }
        if (distinct < min_classes)
            return nn__fail("the label column \"%s\" has only one class (\"%d\"); need at least %d",
                            labname, only, min_classes);
        for (int c = 0; c < ds->k; c++) nn__format(ds->class_names[c], NN_NAME_LEN, "%d", c);
        return NN_OK;
    }
    if (lb->overflow_row)
        return nn__fail("the label column \"%s\" has more than %d different values (row %d adds "
                        "one more); is it really a class label?", labname, NN_MAX_CLASSES, lb->overflow_row);
    if (lb->nclass < min_classes)
        return nn__fail("the label column \"%s\" has only one class (\"%.40s\"); need at least %d",
                        labname, lb->keys[0], min_classes);
    ds->k = lb->nclass;
    memcpy(ds->y, ids, (size_t)ds->n * sizeof *ids);
    for (int c = 0; c < ds->k; c++) nn__set_name(ds->class_names[c], lb->keys[c]);
    nn__distinct(ds->class_names, ds->k);
    return NN_OK;
}

/* A cell of the first row that is not a number, in a file whose first row was
 * judged data: say why, since it may be a header after all. */
static void nn__first_row_hint(const nn_csv *c, int row)
{
    if (c->info.header || !c->info.header_auto || row != c->first_row) return;
    char msg[256];
    nn__format(msg, sizeof msg, "%s", nn_last_error());
    nn__fail("%s (the first row was read as data, as none of its cells is text above a column of "
             "numbers; if it names the columns, read it as a header)", msg);
}

nn_dataset *nn_csv_dataset(const nn_csv *c, const nn_csv_options *opt)
{
    if (!c) { nn__fail("no CSV was given"); return NULL; }
    int label, feat[NN_MAX_FEATURES], d;
    if (nn__resolve_columns(c, opt, &label, feat, &d) < 0) return NULL;
    int min_classes = opt && opt->min_classes > 0 ? opt->min_classes : 2;
    const int rows = c->info.rows, ncols = c->info.columns, comma_ok = c->info.delimiter != ',';
    const char *labname = c->names[label];

    nn_dataset *ds = nn_dataset_create(rows, d, 1);
    int *ids = malloc((size_t)rows * sizeof *ids);
    nn__field *fields = malloc((size_t)ncols * sizeof *fields);
    nn__labels lb;
    memset(&lb, 0, sizeof lb);
    lb.keys = malloc(NN_MAX_CLASSES * sizeof *lb.keys);
    if (!ds || !ids || !fields || !lb.keys) {
        if (ds) nn__fail("out of memory reading CSV");
        goto fail;
    }
    for (int j = 0; j < d; j++) memcpy(ds->feature_names[j], c->names[feat[j]], NN_NAME_LEN);

    lb.all_int = 1;
    lb.max_int = -1;
    nn__reader r = c->body;
    char cell[NN__CELL];
    for (int i = 0; i < rows; i++) {
        int nf, row, cut;
        nn__next_record(&r, fields, ncols, &nf, &row); /* its shape was checked by nn_csv_create */
        for (int j = 0; j < d; j++) {
            size_t n = nn__cell(&fields[feat[j]], cell, sizeof cell, &cut);
            if (nn__number(cell, n, cut, comma_ok, row, c->names[feat[j]], &ds->x[i * d + j]) < 0) {
                nn__first_row_hint(c, row);
                goto fail;
            }
        }
        size_t n = nn__cell(&fields[label], cell, sizeof cell, &cut);
        if (n == 0) {
            nn__fail("row %d, column \"%s\": the label is empty", row, labname);
            goto fail;
        }
        if (cut) {
            nn__fail("row %d, column \"%s\": the label is longer than %d bytes; is it really a class label?",
                     row, labname, NN__CELL - 1);
            goto fail;
        }
        nn__label(&lb, cell, n, comma_ok, row, &ds->y[i], &ids[i]);
    }
    if (nn__classes(ds, &lb, ids, min_classes, labname) != NN_OK) goto fail;
    free(ids);
    free(fields);
    free(lb.keys);
    return ds;

fail:
    nn_dataset_destroy(ds);
    free(ids);
    free(fields);
    free(lb.keys);
    return NULL;
}

nn_dataset *nn_dataset_from_csv(const char *text, size_t len, const nn_csv_options *opt)
{
    nn_csv *c = nn_csv_create(text, len, opt);
    if (!c) return NULL;
    nn_dataset *ds = nn_csv_dataset(c, opt);
    nn_csv_destroy(c);
    return ds;
}

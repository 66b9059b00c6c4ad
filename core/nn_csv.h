/* nn_csv.h — reading CSV files as spreadsheets and the course's files write
 * them: one reader for the CLI, the page (through wasm) and the tests.
 *
 *   nn_csv_create        decode the bytes, detect the format, read the first row;
 *                        what a column chooser shows (nn_csv_info, column names);
 *   nn_csv_dataset       a dataset of the chosen columns (allocates; caller frees
 *                        with nn_dataset_destroy);
 *   nn_dataset_from_csv  both in one call.
 *
 * What is detected (and reported in nn_csv_info, worded by nn_csv_describe):
 *   - Encoding. UTF-8 with or without a byte-order mark; UTF-16 LE or BE with a
 *     BOM, or without one when the first bytes alternate with zero bytes (as
 *     text mostly in ASCII does); text that is not valid UTF-8 is read as
 *     Windows-1252 (what Excel's plain "CSV" writes on Western Windows). Bytes
 *     that are not text at all (a ZIP such as an .xlsx workbook, an image, any
 *     file holding control bytes other than tab, CR, LF, FF, VT) are refused:
 *     "this file is not text".
 *   - Delimiter: comma, semicolon or tab. Each is tried on the first 20
 *     records; those that split every one of them into the same number (>= 2)
 *     of fields qualify, and of those the one leaving the fewest odd cells
 *     (empty, or unquoted text holding another candidate delimiter, a number
 *     excepted) wins; ties go to comma, then semicolon, then tab. When none
 *     qualifies, the one splitting the first record most is used, so the
 *     message names the row that does not fit.
 *   - Decimal commas. When the delimiter is not a comma a number may be
 *     written "1,5" as well as "1.5" (not both marks in one number: no
 *     thousands separators); info.decimal_comma says a cell did so.
 *   - Header. The first row names the columns when one of its cells is empty
 *     or text above a column whose other cells are mostly (more than half)
 *     numbers. Otherwise it is data, as in the course's headerless files (a
 *     first row of numbers) or a headerless file with a text label column;
 *     the columns are then named x1, x2, ... Force either with opt->header.
 *   - Names. Header cells are cut to NN_NAME_LEN - 1 bytes (never inside a
 *     UTF-8 character) and made distinct: an empty cell is "column N" (N its
 *     1-based position), a repeated name gets "_2", "_3", ... ("x,x,y" ->
 *     x, x_2, y). Class names are cut and made distinct the same way, so
 *     labels that differ only after NN_NAME_LEN - 1 bytes stay two classes.
 *     Labels are compared in full up to 255 bytes; a longer label is refused.
 *
 * Also accepted: LF / CRLF / CR line ends, double-quoted fields ("" is a
 * quote; delimiters and line breaks allowed inside), spaces around fields
 * (trimmed, also inside quotes), blank lines and lines of only delimiters
 * (skipped anywhere). Row numbers in messages are line numbers, the first line
 * being row 1, as an editor or spreadsheet shows them.
 *
 * Choosing columns (opt->features, a comma-separated list, and opt->label):
 *   "#N"    the column at 0-based index N, always;
 *   a name  a column's name (nn_csv_column_name) or its full header text, or
 *           either ignoring case when nothing matches exactly;
 *   "N"     0-based index N when no column has that name. A bare number that
 *           names one column and indexes another is refused as ambiguous, as
 *           is a header text two columns share ("x,x,y": choose x_2 or #1).
 * Headerless files are best chosen by index ("0,1" and "2").
 *
 * Memory: nn_csv_create reads `text` in place when it is UTF-8 (it must then
 * outlive the nn_csv) and owns a decoded copy otherwise. Every read is bounded
 * by len; the text need not be NUL-terminated.
 */
#ifndef NN_CSV_H
#define NN_CSV_H

#include <stddef.h>

#include "nn_data.h"

/* CSV text larger than this is refused before parsing: room for Kaggle's
 * digit-recognizer train.csv (42,000 rows of 785 columns, 73 MB). A caller
 * with less memory sets a lower bound (nn_csv_options.max_bytes). */
#define NN_MAX_CSV_BYTES (128u * 1024u * 1024u)

typedef enum nn_csv_header {
    NN_CSV_HEADER_AUTO = 0, /* detect (the default) */
    NN_CSV_HEADER_YES,      /* the first row names the columns */
    NN_CSV_HEADER_NO        /* the first row is data; columns are x1, x2, ... */
} nn_csv_header;

typedef enum nn_csv_encoding {
    NN_CSV_UTF8,
    NN_CSV_UTF16LE,
    NN_CSV_UTF16BE,
    NN_CSV_WINDOWS1252,
    NN_CSV_ENCODING_COUNT
} nn_csv_encoding;

/* "UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252". */
const char *nn_csv_encoding_name(nn_csv_encoding e);

typedef struct nn_csv_options {
    /* Feature columns, comma-separated names or indices (see above), e.g.
     * "test,grades" or "0,1". NULL or "" = every column except the label. */
    const char *features;
    /* Label column, a name or an index. NULL or "" = the last column. */
    const char *label;
    int header;          /* nn_csv_header; 0 = detect */
    char delimiter;      /* 0 = detect, else ',', ';' or '\t' */
    int min_classes;     /* distinct labels needed: 0 means 2; 1 suits the perceptron trick */
    size_t max_bytes;    /* largest text accepted: 0 means NN_MAX_CSV_BYTES, larger is capped to it */
} nn_csv_options;

/* What nn_csv_create found. */
typedef struct nn_csv_info {
    nn_csv_encoding encoding;
    int bom;             /* a byte-order mark was skipped */
    char delimiter;      /* ',', ';' or '\t' */
    int delimiter_auto;  /* 1 if detected, 0 if given */
    int decimal_comma;   /* some number used a decimal comma (delimiter not a comma) */
    int header;          /* 1: the first row names the columns; 0: it is data */
    int header_auto;     /* 1 if detected, 0 if given */
    int columns;         /* fields per row, 2..4096 */
    int rows;            /* data rows, 1..NN_MAX_POINTS */
} nn_csv_info;

typedef struct nn_csv nn_csv;

/* Decode and read the text's format (opt->header and opt->delimiter; the column
 * choice is nn_csv_dataset's). NULL with a message naming the row for text
 * that is empty, not text, too large, ragged (a row with a different number of
 * fields), badly quoted, or without 2 columns or a data row. */
nn_csv *nn_csv_create(const char *text, size_t len, const nn_csv_options *opt);

/* Free it; NULL is fine. */
void nn_csv_destroy(nn_csv *csv);

/* The detected facts (valid while csv lives). */
const nn_csv_info *nn_csv_get_info(const nn_csv *csv);

/* Column i's distinct name (at most NN_NAME_LEN - 1 bytes), "" out of range. */
const char *nn_csv_column_name(const nn_csv *csv, int i);

/* 1 if every data cell of column i is a number (so it can be a feature). */
int nn_csv_column_numeric(const nn_csv *csv, int i);

/* The facts in words for the user, e.g. "semicolon-separated, decimal commas,
 * no header row: columns named x1, x2, …" (UTF-8; encoding named when not
 * UTF-8). Returns the length the full text needs, as snprintf. */
int nn_csv_describe(const nn_csv_info *info, char *buf, size_t cap);

/* The dataset of opt->features and opt->label (opt may be NULL). Labels that
 * are all integers (also "3.0") become those class ids (k = max + 1, names
 * "0".."k-1"); any other labels are text, mapped to ids in order of first
 * appearance with the names kept. Fewer than opt->min_classes distinct labels
 * (default 2) is an error. A bad cell fails with a message naming its row and
 * column. */
nn_dataset *nn_csv_dataset(const nn_csv *csv, const nn_csv_options *opt);

/* nn_csv_create, nn_csv_dataset and nn_csv_destroy in one call. */
nn_dataset *nn_dataset_from_csv(const char *text, size_t len, const nn_csv_options *opt);

#endif

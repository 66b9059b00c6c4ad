/* nn_csv_text.c — a CSV file's bytes as UTF-8 text (see nn_csv.h, "Encoding").
 *
 * Order of the checks: a byte-order mark (UTF-8, UTF-16LE, UTF-16BE); else
 * UTF-16 without one when the first bytes alternate with zeros; else UTF-8 if
 * the bytes are valid UTF-8, else Windows-1252. Then the decoded text must
 * hold no control bytes but tab, LF, CR, FF and VT: a binary file (a ZIP, an
 * image, a NUL-padded dump) is refused here, before any cell is read.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "nn_csv.h"
#include "nn_internal.h"

static const char *const nn__encoding_names[NN_CSV_ENCODING_COUNT] = {"UTF-8", "UTF-16LE", "UTF-16BE",
                                                                      "Windows-1252"};

const char *nn_csv_encoding_name(nn_csv_encoding e)
{
    return (unsigned)e < NN_CSV_ENCODING_COUNT ? nn__encoding_names[e] : "?";
}

/* Windows-1252's 0x80..0x9F (the rest of its upper half is Latin-1); 0 where
 * the code page leaves a byte undefined (read as U+FFFD). */
static const uint16_t nn__cp1252[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

/* Append code point c (below 0x110000, not a surrogate) as UTF-8. */
static char *nn__put_utf8(char *o, uint32_t c)
{
    if (c < 0x80) {
        *o++ = (char)c;
    } else if (c < 0x800) {
        *o++ = (char)(0xC0 | (c >> 6));
        *o++ = (char)(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        *o++ = (char)(0xE0 | (c >> 12));
        *o++ = (char)(0x80 | ((c >> 6) & 0x3F));
        *o++ = (char)(0x80 | (c & 0x3F));
    } else {
        *o++ = (char)(0xF0 | (c >> 18));
        *o++ = (char)(0x80 | ((c >> 12) & 0x3F));
        *o++ = (char)(0x80 | ((c >> 6) & 0x3F));
        *o++ = (char)(0x80 | (c & 0x3F));
    }
    return o;
}

/* Well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, at most U+10FFFF). */
static int nn__utf8_valid(const unsigned char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        unsigned c = s[i];
        if (c < 0x80) { i++; continue; }
        size_t need;
        unsigned lo = 0x80, hi = 0xBF; /* range of the second byte */
        if (c >= 0xC2 && c <= 0xDF) need = 1;
        else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            if (c == 0xE0) lo = 0xA0;
            if (c == 0xED) hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;
        } else return 0;
        if (len - i <= need) return 0;
        if (s[i + 1] < lo || s[i + 1] > hi) return 0;
        for (size_t k = 2; k <= need; k++)
            if ((s[i + k] & 0xC0) != 0x80) return 0;
        i += need + 1;
    }
    return 1;
}

/* UTF-16 (little-endian if le) to UTF-8; an unpaired surrogate becomes U+FFFD.
 * len is even. out has room for len / 2 * 3 bytes. */
static size_t nn__from_utf16(const unsigned char *s, size_t len, int le, char *out)
{
    char *o = out;
    for (size_t i = 0; i + 1 < len; i += 2) {
        uint32_t u = le ? (uint32_t)(s[i] | s[i + 1] << 8) : (uint32_t)(s[i] << 8 | s[i + 1]);
        if (u >= 0xD800 && u <= 0xDBFF && i + 3 < len) {
            uint32_t v = le ? (uint32_t)(s[i + 2] | s[i + 3] << 8) : (uint32_t)(s[i + 2] << 8 | s[i + 3]);
            if (v >= 0xDC00 && v <= 0xDFFF) {
                o = nn__put_utf8(o, 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00));
                i += 2;
                continue;
            }
        }
        if (u >= 0xD800 && u <= 0xDFFF) u = 0xFFFD;
        o = nn__put_utf8(o, u);
    }
    return (size_t)(o - out);
}

/* Windows-1252 to UTF-8; out has room for len * 3 bytes. */
static size_t nn__from_cp1252(const unsigned char *s, size_t len, char *out)
{
    char *o = out;
    for (size_t i = 0; i < len; i++) {
        uint32_t c = s[i];
        if (c >= 0x80 && c < 0xA0) c = nn__cp1252[c - 0x80] ? nn__cp1252[c - 0x80] : 0xFFFD;
        o = nn__put_utf8(o, c);
    }
    return (size_t)(o - out);
}

/* UTF-16 without a byte-order mark: in the first 1 KiB every byte at one parity
 * is non-zero and at least half of those at the other are zero (ASCII text). 1
 * for little-endian, 2 for big-endian, 0 for neither. */
static int nn__utf16_guess(const unsigned char *s, size_t len)
{
    size_t n = (len < 1024 ? len : 1024) & ~(size_t)1, zero[2] = {0, 0};
    if (n == 0) return 0;
    for (size_t i = 0; i < n; i++) zero[i & 1] += s[i] == 0;
    if (zero[0] == 0 && zero[1] * 2 >= n / 2) return 1;
    if (zero[1] == 0 && zero[0] * 2 >= n / 2) return 2;
    return 0;
}

/* Refuse text holding a control byte (other than tab, LF, VT, FF, CR), naming
 * the row and, for a few well-known binary formats, what the file is. */
static int nn__check_text(const unsigned char *raw, size_t raw_len, const char *t, size_t len)
{
    size_t i = 0;
    while (i < len && ((unsigned char)t[i] >= 0x20 || (t[i] >= '\t' && t[i] <= '\r'))) i++;
    if (i == len) return NN_OK;
    if (raw_len >= 4 && raw[0] == 'P' && raw[1] == 'K' && raw[2] < 9 && raw[3] < 9)
        return nn__fail("this file is not text but a ZIP archive (an .xlsx or .ods workbook is "
                        "one); save the sheet as CSV and open that");
    if (raw_len >= 4 && raw[0] == 0xD0 && raw[1] == 0xCF && raw[2] == 0x11 && raw[3] == 0xE0)
        return nn__fail("this file is not text but an old Office document (such as an .xls "
                        "workbook); save the sheet as CSV and open that");
    int row = 1;
    for (size_t j = 0; j < i; j++) row += t[j] == '\n' || (t[j] == '\r' && (j + 1 == i || t[j + 1] != '\n'));
    static const char hex[] = "0123456789ABCDEF";
    unsigned char c = (unsigned char)t[i];
    char code[3] = {hex[c >> 4], hex[c & 15], '\0'};
    return nn__fail("this file is not text: row %d holds the control byte 0x%s, which CSV text "
                    "never does (is it a workbook, an image or another binary file? save the "
                    "data as CSV)", row, code);
}

int nn__csv_decode(const char *bytes, size_t len, const char **text, size_t *text_len,
                   char **owned, int *encoding, int *bom)
{
    const unsigned char *s = (const unsigned char *)bytes;
    size_t raw_len = len;
    int le = 0, utf16 = 0;
    *owned = NULL;
    *bom = 0;
    *encoding = NN_CSV_UTF8;
    if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) {
        *bom = 1;
        s += 3;
        len -= 3;
    } else if (len >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF))) {
        *bom = 1;
        utf16 = 1;
        le = s[0] == 0xFF;
        s += 2;
        len -= 2;
    } else if (memchr(s, 0, len)) {
        int guess = nn__utf16_guess(s, len);
        utf16 = guess != 0;
        le = guess == 1;
    }
    if (utf16) {
        if (len % 2)
            return nn__fail("this UTF-16 file ends in the middle of a character (it has an odd "
                            "number of bytes); is it cut short?");
        *encoding = le ? NN_CSV_UTF16LE : NN_CSV_UTF16BE;
        *owned = malloc(len / 2 * 3 + 1);
        if (!*owned) return nn__fail("out of memory reading CSV");
        *text_len = nn__from_utf16(s, len, le, *owned);
    } else if (!nn__utf8_valid(s, len)) {
        *encoding = NN_CSV_WINDOWS1252;
        *owned = malloc(len * 3 + 1);
        if (!*owned) return nn__fail("out of memory reading CSV");
        *text_len = nn__from_cp1252(s, len, *owned);
    } else {
        *text_len = len;
    }
    *text = *owned ? *owned : (const char *)s;
    if (nn__check_text((const unsigned char *)bytes, raw_len, *text, *text_len) != NN_OK) {
        free(*owned);
        *owned = NULL;
        return NN_ERR;
    }
    return NN_OK;
}

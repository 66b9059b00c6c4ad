/* nn_error.c — the last-error buffer, and the small formatter behind it.
 *
 * The core formats only short messages and names, so it carries its own
 * formatter instead of the C library's printf family: in the wasm build
 * vsnprintf with floating-point support is several KB. */
#include <assert.h>
#include <stdarg.h>
#include <stdint.h>
#include <string.h>

#include "nn_internal.h"

static char nn__error_text[256];

const char *nn_last_error(void) { return nn__error_text; }

void nn_clear_error(void) { nn__error_text[0] = '\0'; }

/* Output that counts every character and stores those that fit. */
typedef struct nn__sink {
    char *buf;
    size_t cap, len;
} nn__sink;

static void nn__put(nn__sink *o, char c)
{
    if (o->len + 1 < o->cap) o->buf[o->len] = c;
    o->len++;
}

static void nn__puts(nn__sink *o, const char *s, size_t max)
{
    for (size_t i = 0; i < max && s[i]; i++) nn__put(o, s[i]);
}

static void nn__put_uint(nn__sink *o, uint64_t v, int min_digits)
{
    char d[24];
    int n = 0;
    do {
        d[n++] = (char)('0' + v % 10u);
        v /= 10u;
    } while (v || n < min_digits);
    while (n) nn__put(o, d[--n]);
}

static void nn__put_int(nn__sink *o, int64_t v)
{
    if (v < 0) nn__put(o, '-');
    nn__put_uint(o, v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v, 1);
}

/* 10^k, exact for 0 <= k <= 22. */
static double nn__p10(int k)
{
    double p = 1.0;
    for (; k >= 22; k -= 22) p *= 1e22;
    for (; k > 0; k--) p *= 10.0;
    return p;
}

/* As printf's %g: 6 significant digits (rounded half to even from one exact
 * scaling where the power of ten is exact, as for every float in [1e-17,
 * 1e28)), trailing zeros dropped, exponent form below 1e-4 and from 1e6 on;
 * but the exponent is written as people and JavaScript write it: 1e9, 1e-5
 * (printf: 1e+09, 1e-05). */
static void nn__put_g(nn__sink *o, double v)
{
    if (v != v) {
        nn__puts(o, "nan", 3);
        return;
    }
    if (v < 0.0 || (v == 0.0 && 1.0 / v < 0.0)) {
        nn__put(o, '-');
        v = -v;
    }
    if (v > 1.7976931348623157e308) {
        nn__puts(o, "inf", 3);
        return;
    }
    if (v == 0.0) {
        nn__put(o, '0');
        return;
    }
    int shift = 0; /* tiny doubles scaled up first, so the powers stay normal */
    if (v < 1e-280) v *= 1e280, shift = -280;
    int e = 0;
    while (e < 308 && v >= nn__p10(e + 1)) e++;
    while (e > -330 && v < 1.0 / nn__p10(-e)) e--;
    double x = e >= 5 ? v / nn__p10(e - 5) : v * nn__p10(5 - e); /* in [1e5, 1e6) */
    uint32_t digits = (uint32_t)x;
    double frac = x - (double)digits;
    if (frac > 0.5 || (frac == 0.5 && (digits & 1u))) digits++;
    if (digits >= 1000000u) digits /= 10u, e++;
    e += shift;
    char d[6];
    for (int i = 5; i >= 0; i--) d[i] = (char)('0' + digits % 10u), digits /= 10u;
    int n = 6;
    while (n > 1 && d[n - 1] == '0') n--;
    if (e < -4 || e >= 6) {
        nn__put(o, d[0]);
        if (n > 1) nn__put(o, '.');
        for (int i = 1; i < n; i++) nn__put(o, d[i]);
        nn__put(o, 'e');
        if (e < 0) nn__put(o, '-');
        nn__put_uint(o, (uint64_t)(e < 0 ? -e : e), 1);
    } else if (e < 0) {
        nn__puts(o, "0.", 2);
        for (int i = -1; i > e; i--) nn__put(o, '0');
        for (int i = 0; i < n; i++) nn__put(o, d[i]);
    } else {
        for (int i = 0; i < n || i <= e; i++) {
            if (i == e + 1) nn__put(o, '.');
            nn__put(o, i < n ? d[i] : '0');
        }
    }
}

int nn__vformat(char *buf, size_t cap, const char *fmt, va_list args)
{
    nn__sink o = {buf, cap, 0};
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') {
            nn__put(&o, *p);
            continue;
        }
        p++;
        size_t precision = (size_t)-1;
        if (*p == '.') {
            precision = 0;
            for (p++; *p >= '0' && *p <= '9'; p++) precision = precision * 10 + (size_t)(*p - '0');
        }
        switch (*p) {
        case 'd': nn__put_int(&o, va_arg(args, int)); break;
        case 'u': nn__put_uint(&o, va_arg(args, unsigned), 1); break;
        case 'l': /* %ld */
            p++;
            nn__put_int(&o, va_arg(args, long));
            break;
        case 'z': /* %zu */
            p++;
            nn__put_uint(&o, va_arg(args, size_t), 1);
            break;
        case 's': nn__puts(&o, va_arg(args, const char *), precision); break;
        case 'g': nn__put_g(&o, va_arg(args, double)); break;
        case '%': nn__put(&o, '%'); break;
        default: assert(!"nn__vformat: unsupported conversion"); return -1;
        }
    }
    if (cap) buf[o.len < cap ? o.len : cap - 1] = '\0';
    return (int)o.len;
}

int nn__format(char *buf, size_t cap, const char *fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    int n = nn__vformat(buf, cap, fmt, args);
    va_end(args);
    return n;
}

int nn__parse_name(const char *name, const char *const *names, int count,
                   const nn__alias *aliases, int n_aliases, const char *what)
{
    if (name) {
        for (int i = 0; i < count; i++)
            if (strcmp(name, names[i]) == 0) return i;
        for (int i = 0; i < n_aliases; i++)
            if (strcmp(name, aliases[i].alias) == 0) return aliases[i].index;
    }
    char valid[200];
    size_t len = 0;
    valid[0] = '\0';
    for (int i = 0; i < count && len < sizeof valid; i++) {
        int k = nn__format(valid + len, sizeof valid - len, "%s%s", i ? ", " : "", names[i]);
        if (k < 0) break;
        len += (size_t)k;
    }
    return nn__fail("unknown %s \"%.40s\"; valid: %s", what, name ? name : "(none)", valid);
}

int nn__fail(const char *fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    nn__vformat(nn__error_text, sizeof nn__error_text, fmt, args);
    va_end(args);
    return NN_ERR;
}

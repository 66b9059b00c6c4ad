/* nn__format, the core's own small snprintf, against the C library's on the
 * conversions it supports; its %g writes exponents as people do (1e9, 1e-5
 * where printf writes 1e+09, 1e-05), so the library's output is rewritten so
 * before comparing. */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "nn_internal.h"
#include "nn_rng.h"

static int bad;

static void same(const char *mine, const char *libc, int mine_len, int libc_len)
{
    if (strcmp(mine, libc) != 0 || mine_len != libc_len) {
        if (bad++ < 10) fprintf(stderr, "nn__format: \"%s\" (%d), snprintf: \"%s\" (%d)\n", mine, mine_len, libc, libc_len);
    }
}

/* printf's exponent "e+09" / "e-05" as "e9" / "e-5", in place; returns the new length. */
static int plain_exponents(char *s)
{
    char *out = s;
    for (const char *p = s; *p;) {
        int exponent = *p == 'e' && (p[1] == '+' || p[1] == '-');
        *out++ = *p++;
        if (!exponent) continue;
        if (*p++ == '-') *out++ = '-';
        while (*p == '0' && p[1] >= '0' && p[1] <= '9') p++;
    }
    *out = '\0';
    return (int)(out - s);
}

#define COMPARE(...)                                                   \
    do {                                                               \
        char a_[128], b_[128];                                         \
        int na_ = nn__format(a_, sizeof a_, __VA_ARGS__);              \
        snprintf(b_, sizeof b_, __VA_ARGS__);                          \
        int nb_ = plain_exponents(b_);                                 \
        same(a_, b_, na_, nb_);                                        \
    } while (0)

int main(void)
{
    COMPARE("plain text, 100%% sure");
    COMPARE("%d %d %d %u %ld %zu", 0, -7, 2147483647, 4000000000u, -1234567890L, (size_t)42);
    COMPARE("[%s] [%.3s] [%.40s] [%s]", "abc", "abcdef", "short", "");
    static const double values[] = {0.0, -0.0, 1.0, -1.0, 1.5, 0.99, 0.95, 0.1, 1e-4, 9.99999e-5,
                                    1e-5, 123456.0, 999999.0, 999999.5, 1e6, 1234567.0, 1e38,
                                    3.4e38, 1e-38, 0.03, 1e300, 6.25e-2, 100.0, 1e-310};
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) COMPARE("got %g", values[i]);
    COMPARE("%g %g %g", (double)NAN, (double)INFINITY, (double)-INFINITY);
    /* Random floats over the whole range, as the messages print them. */
    nn_rng rng;
    nn_rng_seed(&rng, 5);
    for (int i = 0; i < 20000; i++) {
        uint32_t bits = nn_rng_u32(&rng);
        float f;
        memcpy(&f, &bits, sizeof f);
        if (f == f && f - f == 0.0f) COMPARE("%g", (double)f);
    }
    CHECK(bad == 0);
    /* The exponent form itself, written out. */
    char e[32];
    nn__format(e, sizeof e, "%g %g %g %g", 1e9, 1e-5, 2.5e-300, 1e6);
    CHECK(strcmp(e, "1e9 1e-5 2.5e-300 1e6") == 0);
    /* Truncation keeps the terminator and reports the full length. */
    char small[5];
    CHECK(nn__format(small, sizeof small, "%s-%d", "abcdef", 12) == 9 && strcmp(small, "abcd") == 0);
    return check_summary("test_format");
}

/* nn_decimal.c — decimal text to a number without strtod (which brings
 * float128 soft-float into the wasm build). See nn_internal.h. */
#include <stdint.h>

#include "nn_internal.h"

/* The powers of ten a double holds exactly (10^22 < 2^53 · 2^22). */
static const double nn__pow10[23] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                     1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                     1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

double nn__decimal(const char *s, size_t len)
{
    size_t i = 0;
    int negative = 0;
    if (i < len && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
    /* The first 19 significant digits, exact in a uint64; later ones only move
     * the decimal exponent (their relative weight is below 1e-18). */
    uint64_t mant = 0;
    int kept = 0, exp10 = 0, seen_dot = 0;
    for (; i < len; i++) {
        if (s[i] == '.' && !seen_dot) {
            seen_dot = 1;
            continue;
        }
        if (s[i] < '0' || s[i] > '9') break;
        if (kept < 19) {
            if (mant || s[i] != '0') {
                mant = mant * 10u + (uint64_t)(s[i] - '0');
                kept++;
            }
            if (seen_dot) exp10--;
        } else if (!seen_dot) {
            exp10++;
        }
    }
    if (i < len && (s[i] == 'e' || s[i] == 'E')) {
        int esign = 1, e = 0;
        i++;
        if (i < len && (s[i] == '+' || s[i] == '-')) esign = s[i++] == '-' ? -1 : 1;
        for (; i < len && s[i] >= '0' && s[i] <= '9'; i++)
            if (e < 100000) e = e * 10 + (s[i] - '0');
        exp10 += esign * e;
    }
    double v = (double)mant;
    if (mant == 0 || exp10 < -400) {
        v = 0.0;
    } else if (exp10 > 400) {
        v = HUGE_VAL;
    } else {
        /* Exact powers only, so each step rounds once: within 22 (the usual
         * case, one rounding overall when mant < 2^53) and a few more steps
         * otherwise, a relative error of a few 1e-16. The float the caller
         * makes of it is then correctly rounded unless the value lies within
         * that distance of a midpoint between two floats. */
        for (; exp10 > 22; exp10 -= 22) v *= 1e22;
        for (; exp10 < -22; exp10 += 22) v /= 1e22;
        v = exp10 >= 0 ? v * nn__pow10[exp10] : v / nn__pow10[-exp10];
    }
    return negative ? -v : v;
}

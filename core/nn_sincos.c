/* nn_sincos.c — sine and cosine for the data generators and the normal
 * sampler, in place of sinf/cosf: libm's reduction for huge arguments (a
 * 2/π table and multi-word arithmetic) costs the wasm build ~5 KB, while the
 * angles here are below 100 radians. See nn_internal.h. */
#include <math.h>

#include "nn_internal.h"

void nn__sincos(float x, float *s, float *c)
{
    if (!(fabsf(x) < 1048576.0f)) { /* 2^20; also NaN and ±inf */
        *s = *c = NAN;
        return;
    }
    /* x = n·π/2 + r, |r| <= π/4, in double: n·(π/2 rounded) is off by at most
     * 2^20 · 6e-17, far below a float's resolution. */
    double n = floor((double)x * 0.63661977236758134 + 0.5);
    double r = (double)x - n * 1.5707963267948966;
    double r2 = r * r;
    /* Taylor series to r^11 and r^12: truncation < 1e-11 for |r| <= π/4. */
    double sr = r + r * r2 * (-1.0 / 6 + r2 * (1.0 / 120 + r2 * (-1.0 / 5040 + r2 * (1.0 / 362880 +
                                          r2 * (-1.0 / 39916800)))));
    double cr = 1.0 + r2 * (-1.0 / 2 + r2 * (1.0 / 24 + r2 * (-1.0 / 720 + r2 * (1.0 / 40320 +
                                          r2 * (-1.0 / 3628800 + r2 * (1.0 / 479001600))))));
    int q = (int)(n - 4.0 * floor(n * 0.25)); /* n mod 4 */
    double sv = q & 1 ? cr : sr, cv = q & 1 ? sr : cr;
    *s = (float)(q & 2 ? -sv : sv);
    *c = (float)((q + 1) & 2 ? -cv : cv);
}

/* nn_rng.c — PCG32 (XSH RR variant), M. E. O'Neill, "PCG: A Family of Simple
 * Fast Space-Efficient Statistically Good Algorithms for Random Number
 * Generation", 2014. Constants are the reference implementation's. */
#include <math.h>

#include "nn_internal.h"
#include "nn_rng.h"

void nn_rng_seed(nn_rng *rng, uint64_t seed)
{
    rng->state = 0u;
    rng->inc = (seed << 1u) | 1u;
    nn_rng_u32(rng);
    rng->state += 0x853c49e6748fea9bULL ^ seed;
    nn_rng_u32(rng);
}

float nn_rng_uniform(nn_rng *rng)
{
    /* 24 random bits fill a float mantissa exactly; result in [0, 1). */
    return (float)(nn_rng_u32(rng) >> 8) * (1.0f / 16777216.0f);
}

float nn_rng_normal(nn_rng *rng)
{
    float u1 = nn_rng_uniform(rng);
    float u2 = nn_rng_uniform(rng);
    if (u1 < 1e-12f) u1 = 1e-12f;
    float s, c;
    nn__sincos(6.28318530718f * u2, &s, &c);
    return sqrtf(-2.0f * logf(u1)) * c;
}

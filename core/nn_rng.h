/* nn_rng.h — explicit, seeded random numbers (PCG32, O'Neill 2014).
 *
 * Every random choice in Downhill (data, initial weights, shuffles, dropout)
 * draws from an nn_rng the caller owns, so a seed reproduces a run exactly on
 * every platform. Never rand().
 */
#ifndef NN_RNG_H
#define NN_RNG_H

#include <stdint.h>

typedef struct nn_rng {
    uint64_t state;
    uint64_t inc;
} nn_rng;

/* Start the stream for `seed`; equal seeds give equal streams. */
void nn_rng_seed(nn_rng *rng, uint64_t seed);

/* Uniform 32-bit integer: PCG32's XSH RR output of the old state. Inline:
 * the epoch shuffle calls it once per example. */
static inline uint32_t nn_rng_u32(nn_rng *rng)
{
    uint64_t old = rng->state;
    rng->state = old * 6364136223846793005ULL + rng->inc;
    uint32_t xorshifted = (uint32_t)(((old >> 18u) ^ old) >> 27u);
    uint32_t rot = (uint32_t)(old >> 59u);
    return (xorshifted >> rot) | (xorshifted << ((-rot) & 31u));
}

/* Uniform integer in [0, n), unbiased; n >= 1. The high half of r·n (Lemire
 * 2019, "Fast Random Integer Generation in an Interval"): the low half says
 * whether r fell in the small biased part, and only then is there a division,
 * so a typical call has none (the epoch shuffle makes one call per example). */
static inline uint32_t nn_rng_below(nn_rng *rng, uint32_t n)
{
    uint64_t m = (uint64_t)nn_rng_u32(rng) * n;
    if ((uint32_t)m < n) {
        uint32_t threshold = (uint32_t)(-n) % n; /* 2^32 mod n */
        while ((uint32_t)m < threshold) m = (uint64_t)nn_rng_u32(rng) * n;
    }
    return (uint32_t)(m >> 32);
}

/* Uniform float in [0, 1). */
float nn_rng_uniform(nn_rng *rng);

/* Standard normal N(0, 1) (Box–Muller). */
float nn_rng_normal(nn_rng *rng);

#endif

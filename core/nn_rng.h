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

/* Uniform 32-bit integer. */
uint32_t nn_rng_u32(nn_rng *rng);

/* Uniform integer in [0, n), unbiased; n >= 1. */
uint32_t nn_rng_below(nn_rng *rng, uint32_t n);

/* Uniform float in [0, 1). */
float nn_rng_uniform(nn_rng *rng);

/* Standard normal N(0, 1) (Box–Muller). */
float nn_rng_normal(nn_rng *rng);

#endif

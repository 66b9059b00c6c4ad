/* fuzz_input.h — reading typed values from a libFuzzer input, for tests/fuzz.
 *
 * A reader walks the input front to back; once it is used up every read
 * returns 0, so any input (the empty one included) decodes to something.
 * FUZZ_CHECK aborts with a message when an invariant of the core is broken:
 * libFuzzer then saves the input as a crash.
 */
#ifndef FUZZ_INPUT_H
#define FUZZ_INPUT_H

#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct fuzz_in {
    const uint8_t *p;
    size_t left;
} fuzz_in;

static inline uint8_t fuzz_u8(fuzz_in *in)
{
    if (!in->left) return 0;
    in->left--;
    return *in->p++;
}

static inline uint32_t fuzz_u32(fuzz_in *in)
{
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) v |= (uint32_t)fuzz_u8(in) << (8 * i);
    return v;
}

static inline int32_t fuzz_i32(fuzz_in *in)
{
    uint32_t u = fuzz_u32(in);
    int32_t v;
    memcpy(&v, &u, sizeof v);
    return v;
}

/* Any float bit pattern: NaN, ±Inf, subnormals included. */
static inline float fuzz_float_bits(fuzz_in *in)
{
    uint32_t u = fuzz_u32(in);
    float v;
    memcpy(&v, &u, sizeof v);
    return v;
}

/* A value a user might type or a file might hold: one byte picks a class
 * (special values, tiny, huge, ordinary), the next byte(s) refine it. */
static inline float fuzz_value(fuzz_in *in)
{
    uint8_t c = fuzz_u8(in);
    switch (c & 15) {
    case 0: return 0.0f;
    case 1: return NAN;
    case 2: return INFINITY;
    case 3: return -INFINITY;
    case 4: return 1e30f;
    case 5: return -1e30f;
    case 6: return 3.4e38f;
    case 7: return 1e-30f;
    case 8: return fuzz_float_bits(in);
    case 9: return (float)(int8_t)fuzz_u8(in);                 /* small integers */
    case 10: return (float)(int8_t)fuzz_u8(in) * 1e-3f;        /* small fractions */
    default: return ((float)fuzz_u8(in) - 128.0f) / 16.0f;     /* ordinary, -8..8 */
    }
}

/* A positive rate over many decades, or now and then a bad one. */
static inline float fuzz_rate(fuzz_in *in)
{
    uint8_t c = fuzz_u8(in);
    if (c < 24) return fuzz_value(in);
    return powf(10.0f, ((float)c - 140.0f) / 12.0f); /* ~1e-10 .. ~1e9 */
}

#define FUZZ_CHECK(cond, ...)                                                                  \
    do {                                                                                       \
        if (!(cond)) {                                                                         \
            fprintf(stderr, "fuzz check failed at %s:%d: %s\n  ", __FILE__, __LINE__, #cond);  \
            fprintf(stderr, __VA_ARGS__);                                                      \
            fputc('\n', stderr);                                                               \
            abort();                                                                           \
        }                                                                                      \
    } while (0)

#endif

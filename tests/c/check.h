/* check.h — the tiny assertion kit the C tests share.
 *
 * CHECK(cond) and CHECK_NEAR(actual, expected, tol) print what differed and by
 * how much, count the failure and carry on, so one run shows every problem.
 * A test's main ends with `return check_summary("name");`.
 */
#ifndef CHECK_H
#define CHECK_H

#include <math.h>
#include <stdio.h>

static int check_failures;
static int check_count;

#define CHECK(cond)                                                              \
    do {                                                                         \
        check_count++;                                                           \
        if (!(cond)) {                                                           \
            check_failures++;                                                    \
            fprintf(stderr, "%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond); \
        }                                                                        \
    } while (0)

#define CHECK_NEAR(actual, expected, tol)                                        \
    do {                                                                         \
        double check_a_ = (double)(actual), check_e_ = (double)(expected);       \
        check_count++;                                                           \
        if (!(fabs(check_a_ - check_e_) <= (double)(tol))) {                     \
            check_failures++;                                                    \
            fprintf(stderr, "%s:%d: %s = %.9g, expected %.9g (diff %.3g > tol %.3g)\n", \
                    __FILE__, __LINE__, #actual, check_a_, check_e_,             \
                    fabs(check_a_ - check_e_), (double)(tol));                   \
        }                                                                        \
    } while (0)

static inline int check_summary(const char *name)
{
    printf("%s: %d checks, %d failed\n", name, check_count, check_failures);
    return check_failures ? 1 : 0;
}

#endif

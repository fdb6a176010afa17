/*
 * check.h - the smallest test harness: CHECK prints "ok - ..." or
 * "not ok - ..." (tests/run.sh counts them), and remembers failures for the
 * exit status.  Header-only, shared by the unit test programs.
 */
#ifndef HAYKAL_CHECK_H
#define HAYKAL_CHECK_H

#include <stdio.h>

static int check_failures;

#define CHECK(cond, ...)                                              \
    do {                                                              \
        if (cond) {                                                   \
            printf("ok - ");                                          \
        } else {                                                      \
            printf("not ok - %s:%d: ", __FILE__, __LINE__);           \
            check_failures++;                                         \
        }                                                             \
        printf(__VA_ARGS__);                                          \
        printf("\n");                                                 \
    } while (0)

#endif

/*
 * check.h - the smallest test harness: CHECK prints "ok - ..." or
 * "not ok - ..." (tests/run.sh counts them), and remembers failures for the
 * exit status.  Header-only, shared by the unit test programs.
 */
#ifndef HAYKAL_CHECK_H
#define HAYKAL_CHECK_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

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

/* A generator of the tests' own, so that runs are the same everywhere:
   a number below n. */
static inline uint32_t check_rnd(uint32_t *state, uint32_t n)
{
    *state = *state * 1103515245u + 12345u;
    return (*state >> 8) % n;
}

/* Writes text to dir/rel (rule sets built in a temporary folder). */
static inline void check_write_file(const char *dir, const char *rel,
                                    const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, rel);
    FILE *f = fopen(path, "w");
    if (f) {
        fputs(text, f);
        fclose(f);
    }
}

/* A whole file, NUL-terminated (malloc'd; NULL when it cannot be read),
   its length in *len. */
static inline char *check_slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    if (buf) {
        buf[n] = '\0';
        *len = (size_t)n;
    }
    return buf;
}

#endif

/*
 * fuzz.h - what the libFuzzer targets of tests/fuzz/ share: the CHECK macro,
 * where the rules are (rules_dir), loading them once at start-up
 * (load_rules) and UTF-8 validation (seq_len, valid_utf8).
 *
 * Each target is one file: it defines FUZZ_NAME (its executable's name,
 * which starts every message) and then includes this header, e.g.
 *
 *     #define FUZZ_NAME "fuzz_extract"
 *     #include "fuzz.h"
 *
 * It includes haykal.h and the C headers the targets all use (stdbool.h,
 * stdint.h, stdio.h, stdlib.h, string.h, unistd.h).  The functions are
 * static inline, so a target that does not use one of them gets no warning.
 */
#ifndef HAYKAL_FUZZ_H
#define HAYKAL_FUZZ_H

#ifndef FUZZ_NAME
#error "define FUZZ_NAME (the target's name) before including fuzz.h"
#endif

#include "haykal.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The libFuzzer entry points (declared for -Wmissing-prototypes). */
int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A failed check prints "<target>: check failed: <cond> (line N)" and
   traps, so libFuzzer records the input as a crash. */
#define CHECK(cond)                                                          \
    do {                                                                     \
        if (!(cond)) {                                                       \
            fprintf(stderr, FUZZ_NAME ": check failed: %s (line %d)\n",      \
                    #cond, __LINE__);                                        \
            __builtin_trap();                                                \
        }                                                                    \
    } while (0)

/* The rules directory: $HAYKAL_RULES, else rules/ of the repository
   (../rules beside the executable's folder, build-fuzz/), else "rules".
   buf (size bytes) may hold the result. */
static inline const char *rules_dir(char *buf, size_t size)
{
    const char *env = getenv("HAYKAL_RULES");
    if (env && *env)
        return env;
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0)
        return "rules";
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (slash)
        *slash = '\0';
    snprintf(buf, size, "%s/../rules", exe);
    return buf;
}

/* Loads the rules of rules_dir() into *rules and, when ex is not NULL, an
   extractor over them into *ex.  On failure prints "<target>: cannot load
   rules from DIR: FILE:LINE:COLUMN: MESSAGE" and exits with status 2. */
static inline void load_rules(hk_rules **rules, hk_extractor **ex)
{
    char buf[4200];
    const char *dir = rules_dir(buf, sizeof buf);
    hk_error err = {0};
    if (hk_rules_load(dir, rules, &err) != HK_OK ||
        (ex && hk_extractor_new(*rules, ex, &err) != HK_OK)) {
        fprintf(stderr, FUZZ_NAME ": cannot load rules from %s: %s:%u:%u: %s\n",
                dir, err.file, err.line, err.column, err.message);
        exit(2);
    }
}

/* Length of the well-formed UTF-8 sequence at s[i] (RFC 3629: no overlong
   forms, no surrogates, nothing above U+10FFFF), or 0 when there is none. */
static inline size_t seq_len(const unsigned char *s, size_t n, size_t i)
{
    unsigned char c = s[i];
    size_t need;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        need = 1;
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else
        return 0;
    if (n - i <= need)
        return 0;
    if (s[i + 1] < lo || s[i + 1] > hi)
        return 0;
    for (size_t k = 2; k <= need; k++)
        if ((s[i + k] & 0xC0) != 0x80)
            return 0;
    return need + 1;
}

/* Well-formed UTF-8 (as seq_len) over s[0..n); NUL bytes are fine. */
static inline bool valid_utf8(const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        size_t k = seq_len(s, n, i);
        if (!k)
            return false;
        i += k;
    }
    return true;
}

#endif

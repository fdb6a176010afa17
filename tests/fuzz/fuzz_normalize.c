/*
 * fuzz_normalize.c - libFuzzer target for hk_normalize on arbitrary bytes.
 *
 * Checks the contract of haykal.h on every input: the output is
 * NUL-terminated with strlen(out) == len and is valid UTF-8; the map has
 * len + 1 entries, never decreases, gives every byte of one output
 * character the same origin, points inside the original (map[i] < map[len]
 * for i < len) and ends at the number of code points of the input, counted
 * as the normaliser counts them (an invalid byte is one code point).  It
 * also checks what the normalised form promises: no tatweel, no hamza forms
 * of alef, no ھ, no Arabic-Indic digits, and white space collapsed to single
 * spaces or newlines, never at either end.  A failed check traps.
 *
 * Rules: $HAYKAL_RULES, else rules/ of the repository (../rules beside the
 * executable's folder, build-fuzz/).
 */
#include "haykal.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static hk_rules *rules;

#define CHECK(cond)                                                          \
    do {                                                                     \
        if (!(cond)) {                                                       \
            fprintf(stderr, "fuzz_normalize: check failed: %s (line %d)\n",  \
                    #cond, __LINE__);                                        \
            __builtin_trap();                                                \
        }                                                                    \
    } while (0)

static const char *rules_dir(char *buf, size_t size)
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

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    char buf[4200];
    const char *dir = rules_dir(buf, sizeof buf);
    hk_error err = {0};
    if (hk_rules_load(dir, &rules, &err) != HK_OK) {
        fprintf(stderr, "fuzz_normalize: cannot load rules from %s: %s:%u:%u: %s\n",
                dir, err.file, err.line, err.column, err.message);
        exit(2);
    }
    return 0;
}

/* Length of the well-formed UTF-8 sequence at s[i] (RFC 3629: no overlong
   forms, no surrogates, nothing above U+10FFFF), or 0 when there is none. */
static size_t seq_len(const unsigned char *s, size_t n, size_t i)
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

/* Code point at s[i] of a sequence of length k. */
static uint32_t decode(const unsigned char *s, size_t i, size_t k)
{
    if (k == 1)
        return s[i];
    uint32_t c = s[i] & (0xFF >> (k + 1));
    for (size_t j = 1; j < k; j++)
        c = (c << 6) | (s[i + j] & 0x3F);
    return c;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* Code points as the normaliser counts them: an invalid byte is one. */
    size_t ncp = 0;
    for (size_t i = 0; i < size; ncp++) {
        size_t k = seq_len(data, size, i);
        i += k ? k : 1;
    }

    char *out = NULL;
    size_t len = 0, *map = NULL;
    hk_status st = hk_normalize(rules, (const char *)data, size, &out, &len,
                                &map, NULL);
    if (st == HK_ERR_NOMEM)
        return 0;
    CHECK(st == HK_OK);
    CHECK(out != NULL && map != NULL);
    CHECK(out[len] == '\0');
    CHECK(strlen(out) == len);
    CHECK(map[len] == ncp);
    for (size_t i = 0; i < len; i++) {
        CHECK(map[i] <= map[i + 1]);
        CHECK(map[i] < map[len]);
    }

    const unsigned char *o = (const unsigned char *)out;
    uint32_t prev = 0;          /* previous output character, 0 at start */
    for (size_t i = 0; i < len;) {
        size_t k = seq_len(o, len, i);
        CHECK(k != 0);          /* valid UTF-8 */
        for (size_t j = 1; j < k; j++)
            CHECK(map[i + j] == map[i]);
        uint32_t c = decode(o, i, k);
        /* What the normalised form promises (haykal.h, normalize.c). */
        CHECK(c != 0x0640);                             /* tatweel */
        CHECK(c != 0x0622 && c != 0x0623 && c != 0x0625 && c != 0x0671);
        CHECK(c != 0x06BE);                             /* ھ */
        CHECK(!(c >= 0x0660 && c <= 0x0669));           /* Arabic-Indic */
        CHECK(!(c >= 0x06F0 && c <= 0x06F9));           /* Persian digits */
        CHECK(c != 0xFEFF && c != 0x200E && c != 0x200F);
        CHECK(!(c >= 0x202A && c <= 0x202E));           /* bidi embeddings */
        CHECK(c == '\n' || c >= 0x20);                  /* controls gone */
        CHECK(c != 0x85 && c != 0xA0);                  /* NEL, NBSP */
        bool sep = c == ' ' || c == '\n';
        if (sep) {
            CHECK(i > 0);                               /* not at the start */
            CHECK(prev != ' ' && prev != '\n');         /* collapsed */
        }
        prev = c;
        i += k;
    }
    if (len)
        CHECK(prev != ' ' && prev != '\n');             /* not at the end */

    free(out);
    free(map);
    return 0;
}

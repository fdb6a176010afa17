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
#define FUZZ_NAME "fuzz_normalize"
#include "fuzz.h"

static hk_rules *rules;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    load_rules(&rules, NULL);
    return 0;
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

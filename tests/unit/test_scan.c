/*
 * test_scan.c - what match.c's bounded scan relies on: PCRE2's start bytes
 * (hk_i_regex_start_bytes) cover every position where the unanchored
 * search finds a match, and a search bounded to [first, last] of them
 * finds what the unanchored search from `first` finds, when that starts
 * at or before `last`.  Checked at every offset of many random texts.
 */
#include "internal.h"
#include "check.h"

#include <string.h>

static unsigned long rng = 4242;
static unsigned next_rand(void)
{
    rng = rng * 6364136223846793005ul + 1442695040888963407ul;
    return (unsigned)(rng >> 33);
}

static const char *const pieces[] = {
    "1", "2", "0", "3", "9", "19", "20", "/", ".", "-", " ", "\n", "و",
    "ماي", "أكتوبر", "ب", "ا", "ab", "X", "x", "\xdf\x80" /* U+07C0 */,
    "\xe2\x80\x93" /* – */, "\xd9\xa1" /* ١ */, "،"};

static const char *const patterns[] = {
    "(?=[0-9\\x{7C0}-\\x{7C9}\\x{800}-\\x{10FFFF}])(?<![\\p{N}/.])"
    "(?<day>[0-3]?\\d)(?:\\s*(?:و|-)\\s*[0-3]?\\d)?\\s+(?:ماي|أكتوبر)"
    "(?:\\s*[,،]?\\s*(?:19|20)\\d\\d(?!\\d))?",
    "(?<![\\p{N}])(?:19|20)\\d\\d-[01]\\d(?![\\p{N}])",
    "(?i)x+b?",
    "ab|[0-9]/[0-9]",
    "(?<=ب)[0-9]+|x",
};

/* No start bytes: PCRE2 knows none (the first two), or a match may
   depend on where the search began.  These are scanned as before. */
static const char *const unbounded[] = {"(?m)^\\d", "\\p{N}+",
                                        "(*COMMIT)x", "\\Gx"};

int main(void)
{
    for (size_t pi = 0; pi < sizeof patterns / sizeof *patterns; pi++) {
        size_t off;
        char msg[256];
        const char *pat = patterns[pi];
        hk_regex *re = hk_i_regex_compile(pat, strlen(pat), HK_RE_BOUNDED,
                                          true, &off, msg, sizeof msg);
        CHECK(re != NULL, "pattern %zu compiles", pi);
        if (!re)
            continue;
        const uint8_t *map = hk_i_regex_start_bytes(re);
        CHECK(map != NULL, "pattern %zu has start bytes", pi);
        hk_match_data *md = hk_i_match_data_new();
        bool ok = map != NULL;
        for (int round = 0; ok && round < 300; round++) {
            char text[400];
            size_t len = 0;
            while (len < 300) {
                const char *p = pieces[next_rand() % (sizeof pieces /
                                                      sizeof *pieces)];
                memcpy(text + len, p, strlen(p));
                len += strlen(p);
            }
            for (size_t from = 0; ok && from < len; from++) {
                const size_t *ov;
                size_t want0 = SIZE_MAX, want1 = 0;
                if (hk_i_regex_match(re, text, len, from, md, &ov) ==
                    HK_M_FOUND) {
                    want0 = ov[0];
                    want1 = ov[1];
                    /* A match starts at one of the start bytes. */
                    unsigned char c = (unsigned char)text[want0];
                    ok = map[c / 8] >> (c % 8) & 1;
                }
                /* Bounded at a random limit: found iff it starts there
                   or before, and the same. */
                size_t limit = from + next_rand() % 40;
                size_t got0 = SIZE_MAX, got1 = 0;
                if (hk_i_regex_match_bounded(re, text, len, from, limit, md,
                                             &ov) == HK_M_FOUND) {
                    got0 = ov[0];
                    got1 = ov[1];
                }
                if (want0 != SIZE_MAX && want0 > limit)
                    want0 = SIZE_MAX, want1 = 0;
                if (got0 != want0 || got1 != want1) {
                    printf("# %s at %zu..%zu: %zu,%zu want %zu,%zu\n", pat,
                           from, limit, got0, got1, want0, want1);
                    ok = false;
                }
            }
        }
        CHECK(ok, "pattern %zu: bounded searches find what the scan finds",
              pi);
        hk_i_match_data_free(md);
        hk_i_regex_free(re);
    }
    for (size_t pi = 0; pi < sizeof unbounded / sizeof *unbounded; pi++) {
        size_t off;
        char msg[256];
        const char *pat = unbounded[pi];
        hk_regex *re = hk_i_regex_compile(pat, strlen(pat), HK_RE_BOUNDED,
                                          true, &off, msg, sizeof msg);
        CHECK(re && !hk_i_regex_start_bytes(re), "%s: no start bytes", pat);
        hk_i_regex_free(re);
    }
    return check_failures != 0;
}

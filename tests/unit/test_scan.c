/*
 * test_scan.c - what match.c's bounded scan relies on: PCRE2's start bytes
 * (hk_i_regex_start_bytes) cover every position where the unanchored
 * search finds a match, and a search bounded to [first, last] of them
 * finds what the unanchored search from `first` finds, when that starts
 * at or before `last`.  Checked at every offset of many random texts.
 * Then match.c's driver of those searches (clusters of start bytes, the
 * rewind after a match): on random texts whose matches span clusters and
 * overlap, it must find what the plain scan from each match's end finds.
 */
#include "extract.h"
#include "check.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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

/* Scan rules whose matches run past the next clusters of start bytes
   (CLUSTER_GAP is 24 bytes), overlap, or end inside a cluster. */
static const char *const driver_rules =
    "rule DATE long\nmatch x[^\\n]{0,60}?y\n"
    "rule DATE overlap\nmatch xx|x[^\\n]{20,40}z|zz\n"
    "rule DATE behind\nmatch (?<=a)x+|bx\n"
    "rule DATE arabic\nmatch y[^ب\\n]{0,30}ب\n"
    "rule DATE digits\nmatch [0-9]+(?:\\s[0-9]+)*\n";

static const char *const driver_pieces[] = {
    "x", "y", "z", "a", "b", "xx", "zz", " ", "\n", "1", "22", "ب", "ا",
    "قال", "---------", "..................", "وفي المجلس الجهوي"};

static char dir[64];

static void write_file(const char *rel, const char *text)
{
    check_write_file(dir, rel, text);
}

static void remove_tree(void)
{
    static const char *const files[] = {
        "lexicons/honorifics.lex", "gazetteer/territories.tsv",
        "gazetteer/aliases.tsv", "gazetteer/common-words.lex",
        "10-scan.rules", "lexicons", "gazetteer", ""};
    char path[256];
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, files[i]);
        remove(path);
    }
}

/* The scan stage's mentions (rule, start, end) of text, bounded or not,
   in out[0..*n). */
static bool scan_text(hk_extractor *ex, const char *text, size_t len,
                      bool plain, size_t (*out)[3], size_t *n,
                      size_t max)
{
    hk_error err = {0};
    hk_i_arena_reset(ex->arena);
    ex->mentions.len = 0;
    ex->scan_unbounded = plain;
    if (hk_i_normalize(ex->rules->norm, text, len, &ex->nt, &err) != HK_OK ||
        hk_i_tag(ex, &err) != HK_OK ||
        hk_i_match_rules(ex, HK_AT_SCAN, &err) != HK_OK)
        return false;
    *n = 0;
    for (size_t i = 0; i < ex->mentions.len && *n < max; i++) {
        const hk_mention *m = &HK_VEC_AT(&ex->mentions, hk_mention, i);
        out[*n][0] = (size_t)(uintptr_t)m->source;
        out[*n][1] = m->ms;
        out[*n][2] = m->me;
        ++*n;
    }
    return *n == ex->mentions.len;
}

static void check_driver(void)
{
    snprintf(dir, sizeof dir, "/tmp/haykal-test-scan-XXXXXX");
    if (!mkdtemp(dir)) {
        CHECK(false, "mkdtemp");
        return;
    }
    char path[256];
    snprintf(path, sizeof path, "%s/lexicons", dir);
    mkdir(path, 0755);
    snprintf(path, sizeof path, "%s/gazetteer", dir);
    mkdir(path, 0755);
    write_file("lexicons/honorifics.lex", "السيد\n");
    write_file("gazetteer/territories.tsv",
               "# code kind parent name_ar name_fr\n"
               "03\tregion\t\tفاس-مكناس\tFès-Meknès\n");
    write_file("gazetteer/aliases.tsv", "");
    write_file("gazetteer/common-words.lex", "");
    write_file("10-scan.rules", driver_rules);
    hk_rules *r = NULL;
    hk_extractor *ex = NULL;
    hk_error err = {0};
    hk_status st = hk_rules_load(dir, &r, &err);
    CHECK(st == HK_OK, "scan rules load: %s", err.message);
    if (st == HK_OK)
        st = hk_extractor_new(r, &ex, &err);
    size_t bounded = 0;
    for (size_t i = 0; st == HK_OK && i < r->n_rules; i++) {
        bounded += r->rules[i].scan_bit != 0;
        if (!r->rules[i].scan_bit)
            printf("# rule %s is not bounded\n", r->rules[i].name);
    }
    CHECK(st != HK_OK || bounded == r->n_rules,
          "every test rule is scanned bounded (%zu of %zu)", bounded,
          r->n_rules);
    static size_t got[400][3], want[400][3];
    bool ok = st == HK_OK;
    size_t matches = 0;
    for (int round = 0; ok && round < 3000; round++) {
        char text[600];
        size_t len = 0;
        /* A run of filler of 0..40 bytes first: the texts start at
           many offsets from the clusters. */
        for (int f = round % 41; f > 0; f--)
            text[len++] = '.';
        while (len < 400) {
            const char *p = driver_pieces[next_rand() %
                                          (sizeof driver_pieces /
                                           sizeof *driver_pieces)];
            memcpy(text + len, p, strlen(p));
            len += strlen(p);
        }
        size_t ng, nw;
        ok = scan_text(ex, text, len, false, got, &ng, 400) &&
             scan_text(ex, text, len, true, want, &nw, 400);
        if (!ok) {
            printf("# round %d: extraction failed\n", round);
            break;
        }
        matches += nw;
        ok = ng == nw && !memcmp(got, want, nw * sizeof *want);
        if (!ok)
            printf("# round %d: %zu matches bounded, %zu unbounded\n", round,
                   ng, nw);
    }
    CHECK(ok && matches > 10000,
          "the bounded scan finds what the plain scan finds (%zu matches)",
          matches);
    hk_extractor_free(ex);
    hk_rules_free(r);
    remove_tree();
    remove(dir);
}

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
    check_driver();
    return check_failures != 0;
}

/*
 * test_pairs.c - resolution and linking read the pairs of a long list of
 * mentions through an index (spans.c: spans that overlap or hold one;
 * groups.c: equal strings) instead of every pair.  Checked here:
 *   - hk_i_spans_find/any against a loop over every span, and
 *     hk_i_first_equal against a loop over every pair, on many random
 *     lists;
 *   - whole extraction with every pair loop forced plain
 *     (HK_PAIRS_PLAIN) against every one forced indexed
 *     (HK_PAIRS_INDEXED), on each file given, on random documents made of
 *     their lines, and on one document of several MB made of all of them
 *     repeated (where the default picks the index): the JSON must be the
 *     same byte for byte.
 */
#include "extract.h"
#include "check.h"

#include <stdlib.h>
#include <string.h>

static uint32_t rnd_state = 777;
static uint32_t rnd(uint32_t n)
{
    return check_rnd(&rnd_state, n);
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
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


/* Random lists of spans, short and long, sparse and dense, empty spans
   included: every query of both kinds against the plain loop. */
static void check_spans(void)
{
    enum { MAXN = 300 };
    static uint32_t s[MAXN], e[MAXN], got[MAXN], want[MAXN];
    size_t bad = 0, queries = 0;
    for (int round = 0; round < 400; round++) {
        hk_arena arena = {0};
        size_t n = rnd(MAXN);
        uint32_t room = 1 + rnd(round % 2 ? 40 : 3000);
        uint32_t longest = 1 + rnd(round % 3 ? 10 : 400);
        for (size_t i = 0; i < n; i++) {
            s[i] = rnd(room);
            e[i] = s[i] + rnd(longest);
        }
        hk_spans sp;
        if (!hk_i_spans_build(&sp, &arena, s, e, n)) {
            CHECK(0, "spans: out of memory");
            return;
        }
        for (int q = 0; q < 50; q++) {
            uint32_t below = rnd(room + longest + 2);
            uint32_t from = rnd(room + longest + 2);
            size_t c = hk_i_spans_find(&sp, below, from, got), w = 0;
            for (size_t i = 0; i < n; i++)
                if (s[i] < below && e[i] >= from)
                    want[w++] = (uint32_t)i;
            queries++;
            bad += c != w || memcmp(got, want, w * sizeof *got) ||
                   hk_i_spans_any(&sp, below, from) != (w > 0);
        }
        hk_i_arena_free(&arena);
    }
    CHECK(!bad, "spans: find and any = every span read (%zu queries, %zu differ)",
          queries, bad);
}

/* Random lists of short strings with many repeats. */
static void check_groups(void)
{
    enum { MAXN = 200 };
    static char pool[MAXN][8];
    static const char *str[MAXN];
    static size_t len[MAXN];
    static uint32_t first[MAXN];
    size_t bad = 0;
    for (int round = 0; round < 300; round++) {
        hk_arena arena = {0};
        size_t n = rnd(MAXN);
        uint32_t letters = 1 + rnd(4), longest = 1 + rnd(4);
        for (size_t i = 0; i < n; i++) {
            len[i] = rnd(longest + 1);
            for (size_t k = 0; k < len[i]; k++)
                pool[i][k] = (char)('a' + rnd(letters));
            pool[i][len[i]] = '\0';
            str[i] = pool[i];
        }
        bool with_len = round % 2;
        if (!hk_i_first_equal(&arena, str, with_len ? len : NULL, n, first)) {
            CHECK(0, "groups: out of memory");
            return;
        }
        for (size_t i = 0; i < n; i++) {
            size_t j = 0;
            while (strcmp(str[j], str[i]))
                j++;
            bad += first[i] != j;
        }
        hk_i_arena_free(&arena);
    }
    CHECK(!bad, "groups: first equal string = every pair compared (%zu differ)",
          bad);
}

/* The JSON line of text extracted with the pair loops set to `pairs`
   (malloc'd, NULL on failure). */
static char *extract(hk_extractor *ex, int pairs, const char *text, size_t n)
{
    hk_doc_info info = {.id = "pairs"};
    hk_doc *doc = NULL;
    hk_error err = {0};
    char *line = NULL;
    size_t len = 0;
    ex->pairs = pairs;
    if (hk_extract(ex, &info, text, n, &doc, &err) != HK_OK ||
        hk_doc_to_json(doc, &line, &len) != HK_OK)
        line = NULL;
    hk_doc_free(doc);
    return line;
}

/* Plain and indexed (and the default) give one JSON line. */
static bool same_ways(hk_extractor *ex, const char *text, size_t n,
                      bool with_default)
{
    char *plain = extract(ex, HK_PAIRS_PLAIN, text, n);
    char *ix = extract(ex, HK_PAIRS_INDEXED, text, n);
    char *dflt = with_default ? extract(ex, 0, text, n) : NULL;
    bool ok = plain && ix && !strcmp(plain, ix) &&
              (!with_default || (dflt && !strcmp(plain, dflt)));
    free(plain);
    free(ix);
    free(dflt);
    return ok;
}

typedef struct line {
    const char *s;
    size_t n;
} line;

int main(int argc, char **argv)
{
    check_spans();
    check_groups();
    hk_rules *rules = NULL;
    hk_extractor *ex = NULL;
    hk_error err = {0};
    if (argc < 3 || hk_rules_load(argv[1], &rules, &err) != HK_OK ||
        hk_extractor_new(rules, &ex, &err) != HK_OK) {
        printf("not ok - usage: test_pairs RULES FILE... (%s)\n", err.message);
        return 1;
    }
    /* Each file, and its lines for the random documents. */
    char **texts = calloc((size_t)argc, sizeof *texts);
    size_t *lens = calloc((size_t)argc, sizeof *lens);
    line *lines = NULL;
    size_t n_lines = 0, cap = 0, total = 0, files = 0, bad = 0;
    for (int a = 2; a < argc; a++) {
        texts[a] = slurp(argv[a], &lens[a]);
        if (!texts[a]) {
            CHECK(0, "cannot read %s", argv[a]);
            continue;
        }
        files++;
        total += lens[a];
        if (!same_ways(ex, texts[a], lens[a], true)) {
            bad++;
            printf("# %s: plain and indexed differ\n", argv[a]);
        }
        for (const char *p = texts[a], *end = p + lens[a]; p < end;) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            const char *stop = nl ? nl + 1 : end;
            if (n_lines == cap) {
                cap = cap ? 2 * cap : 1024;
                lines = realloc(lines, cap * sizeof *lines);
            }
            lines[n_lines++] = (line){p, (size_t)(stop - p)};
            p = stop;
        }
    }
    CHECK(!bad && files, "plain = indexed = default pair loops on %zu files", files);

    /* Random documents of 20 to 400 random lines: the same names, titles
       and places meet in new orders and overlaps. */
    char *doc = NULL;
    size_t docs = 0;
    bad = 0;
    for (int round = 0; n_lines && round < 60; round++) {
        size_t want = 20 + rnd(380), n = 0;
        doc = realloc(doc, 1);
        for (size_t k = 0; k < want; k++) {
            const line *l = &lines[rnd((uint32_t)n_lines)];
            doc = realloc(doc, n + l->n + 2);
            memcpy(doc + n, l->s, l->n);
            n += l->n;
            if (!n || doc[n - 1] != '\n')
                doc[n++] = '\n';
        }
        docs++;
        bad += !same_ways(ex, doc, n, false);
    }
    CHECK(!bad, "plain = indexed pair loops on %zu random documents (%zu differ)",
          docs, bad);

    /* One document of about 2.5 MB: every file given, repeated. */
    size_t big = 0, target = 2500000;
    doc = realloc(doc, target + total + 1);
    while (total && big < target)
        for (int a = 2; a < argc; a++)
            if (texts[a]) {
                memcpy(doc + big, texts[a], lens[a]);
                big += lens[a];
            }
    CHECK(total && same_ways(ex, doc, big, true),
          "plain = indexed = default pair loops on one document of %zu bytes", big);
    free(doc);
    free(lines);
    for (int a = 2; a < argc; a++)
        free(texts[a]);
    free(texts);
    free(lens);
    hk_extractor_free(ex);
    hk_rules_free(rules);
    return check_failures ? 1 : 0;
}

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

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static uint32_t rnd_state = 777;
static uint32_t rnd(uint32_t n)
{
    return check_rnd(&rnd_state, n);
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

/* ------------------------------------------ random mentions, stage by stage */

/* Words for the random texts (surnames of three letters and more, titles,
   places, «و», commas and stops between). */
static const char *const words[] = {
    "محمد", "العلمي", "أحمد", "التوفيق", "فاطمة", "الزهراء", "بنسليمان",
    "الكاتب", "الإقليمي", "للحزب", "بإقليم", "تيزنيت", "الأمين", "الجهوي",
    "و", "،", ".", "عضو", "المكتب", "السياسي", "الحجيرة", "ليموري", "في"};

/* Person forms, several to a key (hk_i_fold_key drops spaces and
   punctuation, reads أ as ا and ة as ه), of different lengths. */
static const char *const forms[] = {
    "محمد العلمي", "محمد  العلمي", "محمد، العلمي", "أحمد التوفيق",
    "احمد التوفيق", "أحمد  التوفيق", "فاطمة الزهراء", "فاطمه الزهراء",
    "ليموري", "الحجيرة", "محمد الحجيرة"};

static const char *const roles[] = {"الكاتب الإقليمي", "الأمين الجهوي",
                                    "عضو المكتب السياسي", "المنسق المحلي"};
static const char *const party_names[] = {"PAM", "RNI", "PI", "USFP"};

static void dump_str(char **buf, size_t *n, size_t *cap, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void dump_str(char **buf, size_t *n, size_t *cap, const char *fmt, ...)
{
    for (;;) {
        va_list ap;
        va_start(ap, fmt);
        int k = vsnprintf(*buf ? *buf + *n : NULL, *buf ? *cap - *n : 0, fmt, ap);
        va_end(ap);
        if (k < 0)
            return;
        if (*buf && *n + (size_t)k < *cap) {
            *n += (size_t)k;
            return;
        }
        *cap = 2 * (*cap + (size_t)k + 64);
        *buf = realloc(*buf, *cap);
    }
}

#define S(x) ((x) ? (x) : "-")

/* Everything resolution and linking decided, as text. */
static char *dump(hk_extractor *ex)
{
    char *b = NULL;
    size_t n = 0, cap = 0;
    for (size_t i = 0; i < ex->mentions.len; i++) {
        const hk_mention *m = &HK_VEC_AT(&ex->mentions, hk_mention, i);
        dump_str(&b, &n, &cap, "m%zu %d %d %u-%u %u-%u ref %d terr %d linked %d norm %s party %s\n",
                 i, (int)m->type, m->dead, m->s, m->e, m->ms, m->me, m->ref,
                 m->territory, m->linked, S(m->norm), S(m->party));
    }
    for (size_t i = 0; i < ex->roles.len; i++) {
        const hk_role_i *r = &HK_VEC_AT(&ex->roles, hk_role_i, i);
        dump_str(&b, &n, &cap, "r %d %d %s %d %d %d %d %s %u-%u\n", r->person,
                 r->title, S(r->role), r->territory, (int)r->level, r->kind,
                 r->status, S(r->party), r->s, r->e);
    }
    for (size_t i = 0; i < ex->units.len; i++) {
        const hk_unit_i *u = &HK_VEC_AT(&ex->units, hk_unit_i, i);
        dump_str(&b, &n, &cap, "u %d %d %s %s\n", (int)u->level, u->territory,
                 S(u->party), S(u->name));
    }
    dump_str(&b, &n, &cap, "main %s %d %d %d units %d %d %d %d %d\n",
             S(ex->main_party), ex->main_region, ex->main_province,
             ex->main_local, ex->unit_territory[0], ex->unit_territory[1],
             ex->unit_territory[2], ex->unit_territory[3],
             ex->unit_territory[4]);
    return b;
}

/* Random mentions of every type on a random text, dense or sparse, with
   person forms that share keys, parties that share names under other
   pointers, territories with alternatives, titles inside titles and
   bodies inside titles: the stages run with plain pair loops and with
   indexed ones must decide alike. */
static void check_stages(hk_extractor *ex)
{
    const hk_rules *r = ex->rules;
    static char copies[8][16];
    const char *party_ptr[8];
    for (size_t i = 0; i < 8; i++) {
        snprintf(copies[i], sizeof copies[i], "%s", party_names[i % 4]);
        party_ptr[i] = copies[i];
    }
    size_t rounds = 0, bad = 0, unified = 0, nested = 0;
    char *text = NULL;
    for (int round = 0; round < 300; round++) {
        size_t nw = 50 + rnd(1500), len = 0;
        text = realloc(text, nw * 24 + 1);
        for (size_t k = 0; k < nw; k++) {
            const char *w = words[rnd(sizeof words / sizeof *words)];
            len += (size_t)sprintf(text + len, "%s ", w);
        }
        hk_error err = {0};
        hk_i_arena_reset(ex->arena);
        ex->mentions.len = 0;
        if (hk_i_normalize(r->norm, text, len, &ex->nt, &err) != HK_OK ||
            hk_i_tag(ex, &err) != HK_OK || !ex->tokens.len) {
            CHECK(0, "stages: text %d: %s", round, err.message);
            break;
        }
        const hk_token *tok = ex->tokens.items;
        size_t ntok = ex->tokens.len;
        size_t nm = 20 + rnd(round % 3 ? 120 : 600);
        /* Dense rounds pile the mentions on a few tokens. */
        size_t spread = round % 2 ? ntok : 1 + ntok / 8;
        for (size_t i = 0; i < nm; i++) {
            static const hk_entity_type types[] = {
                HK_PERSON, HK_PERSON, HK_PERSON, HK_TITLE, HK_TITLE, HK_BODY,
                HK_PARTY, HK_TERRITORY, HK_TERRITORY, HK_DATE};
            hk_mention *m = hk_i_mention_new(ex, types[rnd(10)]);
            size_t t = rnd((uint32_t)spread), l = 1 + rnd(4);
            if (t + l > ntok)
                l = ntok - t;
            m->s = tok[t].s;
            m->e = tok[t + l - 1].e;
            /* Every fourth round, spans that start or end inside a word
               (one byte in included) and empty ones: the bounds the
               indexes are asked with must be the plain tests' exactly. */
            if (round % 4 == 3 && rnd(2)) {
                const hk_token *a = &tok[t], *z = &tok[t + l - 1];
                m->s = a->s + rnd(a->e - a->s + 1);
                m->e = z->s + rnd(z->e - z->s + 1);
                if (m->e < m->s)
                    m->e = m->s;
            }
            m->ms = t && rnd(3) == 0 ? tok[t - 1].s : m->s;
            m->me = m->e;
            m->dead = rnd(12) == 0;
            m->source = "test";
            switch (m->type) {
            case HK_PERSON:
                m->weak = rnd(6) == 0;
                m->norm = rnd(4) ? forms[rnd(sizeof forms / sizeof *forms)] : NULL;
                break;
            case HK_TITLE:
            case HK_BODY:
                m->level = (hk_level)rnd(5);
                m->kind = (int)rnd(3) - 1;
                m->number = 1 + (int)rnd(3) / 2;
                m->role = roles[rnd(4)];
                break;
            case HK_PARTY:
                m->generic_party = rnd(8) == 0;
                m->party = m->generic_party ? NULL : party_ptr[rnd(8)];
                m->norm = m->party;
                m->adjective = rnd(6) == 0;
                break;
            case HK_TERRITORY:
                m->territory = (int)rnd((uint32_t)r->n_territories);
                m->norm = r->territories[m->territory].name;
                m->typed = rnd(3) == 0;
                /* Names several territories share. */
                for (m->n_alts = 0; rnd(4) == 0 && m->n_alts < 3; m->n_alts++)
                    m->alts[m->n_alts] = (int)rnd((uint32_t)r->n_territories);
                break;
            default:
                break;
            }
        }
        size_t n0 = ex->mentions.len;
        hk_mention *saved = malloc(n0 * sizeof *saved);
        memcpy(saved, ex->mentions.items, n0 * sizeof *saved);
        char *got[2] = {NULL, NULL};
        for (int way = 0; way < 2; way++) {
            ex->mentions.len = n0;
            memcpy(ex->mentions.items, saved, n0 * sizeof *saved);
            ex->pairs = way ? HK_PAIRS_INDEXED : HK_PAIRS_PLAIN;
            if (hk_i_resolve_titles(ex, &err) != HK_OK ||
                hk_i_resolve(ex, &err) != HK_OK || hk_i_link(ex, &err) != HK_OK)
                break;
            got[way] = dump(ex);
        }
        /* Did the round reach what the documents seldom do? */
        for (size_t i = 0; i < n0; i++) {
            const hk_mention *m = &HK_VEC_AT(&ex->mentions, hk_mention, i);
            const hk_mention *o = &saved[i];
            unified += m->type == HK_PERSON && o->norm && m->norm &&
                       strlen(m->norm) != strlen(o->norm);
            nested += m->type == HK_BODY && m->ref >= 0;
        }
        rounds++;
        bad += !got[0] || !got[1] || strcmp(got[0], got[1]);
        free(got[0]);
        free(got[1]);
        free(saved);
    }
    free(text);
    ex->pairs = 0;
    CHECK(!bad, "stages: plain = indexed pair loops on %zu random mention sets (%zu differ)",
          rounds, bad);
    CHECK(unified && nested,
          "stages: the random sets unify forms (%zu) and nest bodies in titles (%zu)",
          unified, nested);
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
        texts[a] = check_slurp(argv[a], &lens[a]);
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
    check_stages(ex);

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

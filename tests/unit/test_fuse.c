/*
 * test_fuse.c - two rules' patterns fused into one (fuse.c) find what each
 * finds alone: for pairs of patterns with backtracking in the common
 * beginning and in both rests, every offset of many random texts gives
 * each rule its own match and groups; pairs the split must refuse are
 * refused.  Then whole documents (the files given) come out the same, and
 * with their mentions in the same order, with fused rules as apart.
 */
#include "extract.h"
#include "check.h"

#include <stdlib.h>
#include <string.h>

/* Pairs that fuse: {a, b}. */
static const char *const fused[][2] = {
    {"(?:x|xa)?\?(?<p>a+(?:b|ab)(?<q>c+)?)",
     "(?:x|xa)?\?(?<p>a+(?:b|ab)c?b)"},
    {"(a|ab)(?<n>b*)c", "(a|ab)(?<n>b)+"},
    {"(?<p>(a|ab)(?:b+c|bc?))", "(?<p>(a|ab)(?<z>c|b)b?)"},
    {"(?<p>a+(?:b|c)*)(?=a|b|$)", "(?<p>a+(?:bc|cb))(?=a|b|$)"},
    {"(?<p>(?:a|b)(a|c)+(x|))", "(?<p>(?:a|b)(b|c)+)"},
    {"ب(?<w>[اب]{2,}+)ا?", "ب(?<w>[اب]+?)(?<v>ب)"},
    {"(?:(?<p>a)|b)c+?(?<r>a|ab)", "(?:(?<p>a)|b)c+?(?<r>b|ba)a"},
};

/* Pairs to fuse or not. */
static const char *const apart[][2] = {
    {"(a|b)\\1", "(a|b)c"},              /* a backreference */
    {"(?:a(?:b|c))*d", "(?:a(?:b|e))*d"},  /* only inside a repeated group */
    {"x(?:a(?:b|c))*d", "x(?:a(?:b|e))*d"},/* ... or before it */
    {"(?:a|bc)x", "(?:a|bd)x"},          /* before the '|' */
    {"(?=ab)c", "(?=ab)d"},              /* after the lookahead */
    {"(?=ab|a)b", "(?=ab|ac)b"},         /* only inside a lookahead */
    {"a(*COMMIT)b", "a(*COMMIT)c"},      /* a verb */
    {"(?x)a b", "(?x)a c"},              /* extended mode */
    {"(a(?:b|c)", "d"},                  /* not a pattern */
};
static const bool apart_fuses[] = {false, false, true, true, true, false,
                                   false, false, false};

static const char *const pieces[] = {"a", "b", "c", "x", "ab", "ba", "ca",
                                     "ب", "ا", "بب", "cc"};

static unsigned rng = 99;

static void check_patterns(void)
{
    hk_match_data *md = hk_i_match_data_new();
    /* With the JIT and with PCRE2's interpreter (the rules loaded
       HK_RULES_NO_JIT). */
    for (size_t run = 0; run < 2 * sizeof fused / sizeof *fused; run++) {
        size_t pi = run / 2;
        bool jit = run % 2 == 0;
        const char *a = fused[pi][0], *b = fused[pi][1];
        hk_buf pat = {0};
        hk_fuse_map map;
        bool ok = hk_i_fuse_patterns(a, b, &pat, &map);
        CHECK(ok, "pair %zu fuses (%s)", pi, jit ? "JIT" : "interpreter");
        size_t off;
        char msg[256];
        hk_regex *ra = hk_i_regex_compile(a, strlen(a), HK_RE_ANCHORED, jit,
                                          &off, msg, sizeof msg);
        hk_regex *rb = hk_i_regex_compile(b, strlen(b), HK_RE_ANCHORED, jit,
                                          &off, msg, sizeof msg);
        hk_regex *rf = ok ? hk_i_regex_compile_fused(pat.data, pat.len, &map,
                                                     jit)
                          : NULL;
        CHECK(rf && ra && rb && map.groups[0] == hk_i_regex_groups(ra) &&
                  map.groups[1] == hk_i_regex_groups(rb),
              "pair %zu compiles, with the groups of each: %.*s", pi,
              (int)pat.len, pat.data ? pat.data : "");
        size_t found[2] = {0, 0};
        for (int round = 0; rf && ra && rb && ok && round < 400; round++) {
            char text[200];
            size_t len = 0;
            while (len < 40) {
                const char *p = pieces[check_rnd(&rng, sizeof pieces /
                                                           sizeof *pieces)];
                memcpy(text + len, p, strlen(p));
                len += strlen(p);
            }
            for (size_t at = 0; ok && at < len; at++) {
                if (((unsigned char)text[at] & 0xC0) == 0x80)
                    continue;
                size_t ova[2 * HK_FUSE_GROUPS], ovb[2 * HK_FUSE_GROUPS];
                size_t *ov[2] = {ova, ovb};
                bool got[2];
                ok = hk_i_regex_match_fused(rf, text, len, at, md, ov, got) ==
                     HK_M_FOUND;
                const hk_regex *alone[2] = {ra, rb};
                for (int k = 0; ok && k < 2; k++) {
                    const size_t *want;
                    bool w = hk_i_regex_match(alone[k], text, len, at, md,
                                              &want) == HK_M_FOUND;
                    ok = w == got[k];
                    found[k] += w;
                    for (int g = 0; ok && w && g <= map.groups[k]; g++)
                        ok = want[2 * g] == ov[k][2 * g] &&
                             want[2 * g + 1] == ov[k][2 * g + 1];
                    if (!ok)
                        printf("# pair %zu, rule %d at %zu of %.*s: %s\n", pi,
                               k, at, (int)len, text,
                               w == got[k] ? "other groups" : "found or not");
                }
            }
        }
        CHECK(ok && found[0] > 50 && found[1] > 50,
              "pair %zu: fused = apart (%s: %zu and %zu matches)", pi,
              jit ? "JIT" : "interpreter", found[0], found[1]);
        hk_i_regex_free(ra);
        hk_i_regex_free(rb);
        hk_i_regex_free(rf);
        hk_i_buf_free(&pat);
    }
    hk_i_match_data_free(md);
    for (size_t pi = 0; pi < sizeof apart / sizeof *apart; pi++) {
        hk_buf pat = {0};
        hk_fuse_map map;
        bool ok = hk_i_fuse_patterns(apart[pi][0], apart[pi][1], &pat, &map);
        CHECK(ok == apart_fuses[pi], "%s and %s: %s", apart[pi][0],
              apart[pi][1], apart_fuses[pi] ? "fused" : "apart");
        hk_i_buf_free(&pat);
    }
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

/* The mentions of the last extraction, as text. */
static void mentions_text(const hk_extractor *ex, hk_buf *out)
{
    for (size_t i = 0; i < ex->mentions.len; i++) {
        const hk_mention *m = &HK_VEC_AT(&ex->mentions, hk_mention, i);
        hk_i_buf_printf(out, "%s %u %u %u %u", m->source, m->ms, m->me, m->s,
                        m->e);
        for (size_t a = 0; a < m->n_attrs; a++)
            hk_i_buf_printf(out, " %s=%s", m->attrs[a].key,
                            m->attrs[a].value);
        hk_i_buf_printf(out, "\n");
    }
}

int main(int argc, char **argv)
{
    check_patterns();
    hk_rules *rules = NULL;
    hk_extractor *ex = NULL;
    hk_error err = {0};
    if (argc < 3 || hk_rules_load(argv[1], &rules, &err) != HK_OK ||
        hk_extractor_new(rules, &ex, &err) != HK_OK) {
        printf("not ok - usage: test_fuse RULES FILE... (%s)\n", err.message);
        return 1;
    }
    size_t pairs = 0;
    for (size_t i = 0; i < rules->n_rules; i++)
        pairs += rules->rules[i].fused != NULL;
    CHECK(pairs > 0, "the rules have %zu fused pairs", pairs);
    size_t same = 0, mentions = 0;
    for (int a = 2; a < argc; a++) {
        size_t len = 0;
        char *text = slurp(argv[a], &len);
        hk_buf out[2] = {{0}, {0}}, ms[2] = {{0}, {0}};
        bool ok = text != NULL;
        for (int k = 0; ok && k < 2; k++) {
            hk_doc *doc = NULL;
            hk_doc_info info = {.id = argv[a]};
            char *json = NULL;
            size_t jlen = 0;
            ex->no_fuse = k == 1;
            ok = hk_extract(ex, &info, text, len, &doc, &err) == HK_OK &&
                 hk_doc_to_json(doc, &json, &jlen) == HK_OK;
            if (ok) {
                hk_i_buf_append(&out[k], json, jlen);
                mentions_text(ex, &ms[k]);
            }
            free(json);
            hk_doc_free(doc);
        }
        ok = ok && out[0].len == out[1].len &&
             !memcmp(out[0].data, out[1].data, out[0].len) &&
             ms[0].len == ms[1].len &&
             !memcmp(ms[0].data, ms[1].data, ms[0].len);
        if (!ok)
            printf("# %s: fused and apart differ\n", argv[a]);
        same += ok;
        mentions += ms[0].len;
        for (int k = 0; k < 2; k++) {
            hk_i_buf_free(&out[k]);
            hk_i_buf_free(&ms[k]);
        }
        free(text);
    }
    CHECK(same == (size_t)(argc - 2),
          "%zu of %d documents the same with fused rules as apart "
          "(%zu bytes of mentions)",
          same, argc - 2, mentions);
    hk_extractor_free(ex);
    hk_rules_free(rules);
    return check_failures != 0;
}

/*
 * rules.c - loading a rule set: lexicons, gazetteer, then the pattern rules
 * of the rules/NAME.rules files, whose language rules/README.md documents.
 *
 * A pattern may use {MACRO} (a `define` of the same file or an earlier one)
 * and @lexicon (every form of a lexicon, longest first, as one PCRE2
 * alternation written out where it is used).  Errors in a pattern
 * are reported at the column of the source line they come from, counted
 * in characters.
 */
#include "internal.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>

typedef struct macro {
    const char *name;
    const char *text;
    const char *file;
    unsigned line;
} macro;

typedef struct ruleload {
    hk_rules *r;
    const char *path;
    hk_vec *macros;          /* macro, shared by all files in order */
    hk_vec *rules;           /* hk_rule */
    hk_vec examples;         /* hk_example of the current rule */
    hk_vec sets;             /* hk_attr of the current rule */
    bool in_rule;
    hk_buf lexalt[HK_MAX_LEXICONS];  /* each lexicon's pattern, once built */
} ruleload;

/* ------------------------------------------------------ pattern builder */

/* A named group opening with a lexicon, "(?<name>@lexicon...": the first
   such group of each name gives its matches the entry's attributes when
   the lexicon is its whole content. */
typedef struct lexgroup {
    size_t name_at, name_len;    /* the name, in the output */
    int lexicon;
    bool whole;
} lexgroup;

typedef struct pbuild {
    hk_buf out;
    hk_vec src;              /* size_t: source offset of each output byte */
    hk_vec lexgroups;        /* lexgroup, in output order */
} pbuild;

static bool emit(pbuild *b, const char *s, size_t n, size_t srcoff)
{
    if (!hk_i_buf_append(&b->out, s, n))
        return false;
    for (size_t i = 0; i < n; i++) {
        size_t *p = hk_i_vec_push(&b->src);
        if (!p)
            return false;
        *p = srcoff;
    }
    return true;
}

static bool is_name_char(char c)
{
    return isalnum((unsigned char)c) || c == '-' || c == '_';
}

static const hk_buf *lexicon_pattern(ruleload *ld, int li);

/* Is the output's tail a named group's opening, "(?<name>"?  Sets the
   name's offset and length. */
static bool opens_group(const hk_buf *out, size_t *at, size_t *len)
{
    size_t n = out->len;
    if (n < 4 || out->data[n - 1] != '>')
        return false;
    size_t k = n - 1;
    while (k > 0 && (isalnum((unsigned char)out->data[k - 1]) ||
                     out->data[k - 1] == '_'))
        k--;
    if (k == n - 1 || k < 3 || memcmp(out->data + k - 3, "(?<", 3))
        return false;
    *at = k;
    *len = n - 1 - k;
    return true;
}

/* The longest a pattern may grow to by macro expansion (the longest real
   one is a few kilobytes). */
#define MAX_EXPANDED (1 << 20)

/* Is item[0..n) a word item, !@a@b... or =@a...? */
static bool is_word_item(const char *item, size_t n)
{
    if (n < 3 || (item[0] != '!' && item[0] != '=') || item[1] != '@')
        return false;
    for (size_t k = 2; k < n; k++)
        if (item[k] != '@' && !is_name_char(item[k]))
            return false;
    return item[n - 1] != '@';
}

/* The macro called name[0..n), the last defined if several; NULL if none. */
static const macro *find_macro(const ruleload *ld, const char *name, size_t n)
{
    const macro *m = NULL;
    for (size_t k = 0; k < ld->macros->len; k++) {
        const macro *mk = &HK_VEC_AT(ld->macros, macro, k);
        if (strlen(mk->name) == n && !memcmp(mk->name, name, n))
            m = mk;
    }
    return m;
}

/* The index of the lexicon called name[0..n), written at column `at` of
   line; -1, with err filled, when there is none. */
static int lexicon_named(ruleload *ld, const char *name, size_t n,
                         const char *line, size_t at, unsigned lineno,
                         hk_error *err)
{
    char buf[128];
    snprintf(buf, sizeof buf, "%.*s", (int)n, name);
    int li = hk_i_lexicon_find(ld->r, buf);
    if (li < 0)
        hk_i_fail(err, HK_ERR_RULES, ld->path, lineno, hk_i_column(line, at),
                  "unknown lexicon @%s", buf);
    return li;
}

/* Expands {MACRO} and @lexicon in src[0..n).  `base` is the offset of src
   in the source line (for error columns); inside a macro, every byte maps
   to the reference's offset `at`. */
static hk_status expand(ruleload *ld, pbuild *b, const char *src, size_t n,
                        bool in_macro, size_t at, int depth, unsigned lineno,
                        const char *line, hk_error *err)
{
    if (depth > 16)
        return hk_i_fail(err, HK_ERR_RULES, ld->path, lineno,
                         hk_i_column(line, at), "macros nest too deeply");
    bool in_class = false;   /* inside [...] */
    for (size_t i = 0; i < n;) {
        size_t here = in_macro ? at : at + i;
        char c = src[i];
        if (c == '\\' && i + 1 < n && src[i + 1] == 's' && !in_class) {
            /* White space in normalised text is a space or a newline
               (normalize.c collapses every other), so \s matches there as
               [\n ] does; under UCP the JIT code for \s tests a Unicode
               property, some 160 bytes each time. */
            if (!emit(b, "[\\n ]", 5, here))
                goto oom;
            i += 2;
            continue;
        }
        if (c == '[' && !in_class) {
            /* A class: a ] right after [ or [^ is a member. */
            size_t k = 1;
            if (i + k < n && src[i + k] == '^')
                k++;
            if (i + k < n && src[i + k] == ']')
                k++;
            if (!emit(b, src + i, k, here))
                goto oom;
            in_class = true;
            i += k;
            continue;
        }
        if (c == '[' && in_class && i + 1 < n && src[i + 1] == ':') {
            /* A POSIX class inside it, [:name:], whole. */
            size_t k = 2;
            while (i + k + 1 < n && !(src[i + k] == ':' && src[i + k + 1] == ']'))
                k++;
            k = i + k + 1 < n ? k + 2 : n - i;
            if (!emit(b, src + i, k, here))
                goto oom;
            i += k;
            continue;
        }
        if (c == ']' && in_class)
            in_class = false;
        if (c == '\\' && i + 1 < n) {
            /* An escape; \p{..} and \P{..} whole, so {L} is no macro. */
            size_t k = 2;
            if ((src[i + 1] == 'p' || src[i + 1] == 'P') && i + 2 < n &&
                src[i + 2] == '{') {
                while (i + k < n && src[i + k] != '}')
                    k++;
                k = i + k < n ? k + 1 : k;
            }
            if (!emit(b, src + i, k, here))
                goto oom;
            i += k;
            continue;
        }
        if (c == '{' && i + 1 < n && isupper((unsigned char)src[i + 1])) {
            size_t j = i + 1;
            while (j < n && (isupper((unsigned char)src[j]) ||
                             isdigit((unsigned char)src[j]) || src[j] == '_'))
                j++;
            if (j < n && src[j] == '}') {
                const macro *m = find_macro(ld, src + i + 1, j - i - 1);
                if (!m)
                    return hk_i_fail(err, HK_ERR_RULES, ld->path, lineno,
                                     hk_i_column(line, here),
                                     "unknown macro {%.*s}", (int)(j - i - 1),
                                     src + i + 1);
                /* Macros used many times over, nested, grow a pattern
                   geometrically: bound what they may add up to. */
                if (b->out.len + strlen(m->text) > MAX_EXPANDED)
                    return hk_i_fail(err, HK_ERR_RULES, ld->path, lineno,
                                     hk_i_column(line, here),
                                     "pattern longer than %d bytes once "
                                     "macros are expanded", MAX_EXPANDED);
                /* In a group, unless it is one word item (which stands
                   alone, and whose callout a group would only wrap). */
                size_t mn = strlen(m->text);
                bool group = !is_word_item(m->text, mn);
                if (group && !emit(b, "(?:", 3, here))
                    goto oom;
                hk_status st = expand(ld, b, m->text, mn, true, here,
                                      depth + 1, lineno, line, err);
                if (st != HK_OK)
                    return st;
                if (group && !emit(b, ")", 1, here))
                    goto oom;
                i = j + 1;
                continue;
            }
        }
        if ((c == '!' || c == '=') && i + 2 < n && src[i + 1] == '@' &&
            is_name_char(src[i + 2])) {
            /* A word test: !@a@b... - no entry of these lexicons starts at
               this word; =@a... - one does.  One PCRE2 callout per distinct
               test; tests back to back (=@a!@b..., as in {GIVEN}) are one,
               with one = test at most (two would ask for both). */
            uint64_t set = 0, starts = 0;
            size_t j = i;
            while (j + 2 < n && (src[j] == '!' || src[j] == '=') &&
                   src[j + 1] == '@' && is_name_char(src[j + 2]) &&
                   !(src[j] == '=' && starts)) {
                bool positive = src[j] == '=';
                uint64_t these = 0;
                j++;
                while (j < n && src[j] == '@') {
                    size_t k = j + 1;
                    while (k < n && is_name_char(src[k]))
                        k++;
                    int li = lexicon_named(ld, src + j + 1, k - j - 1, line,
                                           in_macro ? at : at + j, lineno, err);
                    if (li < 0)
                        return HK_ERR_RULES;
                    these |= (uint64_t)1 << li;
                    j = k;
                }
                if (positive)
                    starts = these;
                else
                    set |= these;
            }
            size_t t = 1;
            while (t <= ld->r->n_word_tests &&
                   (ld->r->word_tests[t] != set ||
                    ld->r->word_test_starts[t] != starts))
                t++;
            if (t > ld->r->n_word_tests) {
                if (t > HK_MAX_WORD_TESTS)
                    return hk_i_fail(err, HK_ERR_RULES, ld->path, lineno,
                                     hk_i_column(line, here),
                                     "too many different word tests (at most %d)",
                                     HK_MAX_WORD_TESTS);
                ld->r->word_tests[t] = set;
                ld->r->word_test_starts[t] = starts;
                ld->r->n_word_tests = t;
            }
            char call[16];
            snprintf(call, sizeof call, "(?C%zu)", t);
            if (!emit(b, call, strlen(call), here))
                goto oom;
            i = j;
            continue;
        }
        if (c == '@' && i + 1 < n && is_name_char(src[i + 1])) {
            size_t j = i + 1;
            while (j < n && is_name_char(src[j]))
                j++;
            int li = lexicon_named(ld, src + i + 1, j - i - 1, line, here,
                                   lineno, err);
            if (li < 0)
                return HK_ERR_RULES;
            if (!ld->r->lexicons[li].n_entries)
                return hk_i_fail(err, HK_ERR_RULES, ld->path, lineno,
                                 hk_i_column(line, here),
                                 "lexicon @%s is empty",
                                 ld->r->lexicons[li].name);
            lexgroup g;
            if (opens_group(&b->out, &g.name_at, &g.name_len)) {
                g.lexicon = li;
                g.whole = j < n && src[j] == ')';
                lexgroup *slot = hk_i_vec_push(&b->lexgroups);
                if (!slot)
                    goto oom;
                *slot = g;
            }
            /* Written out in place rather than called as a subroutine: a
               call saves and restores PCRE2's captures, and the group it
               calls is one more capture for every word test's callout to
               copy. */
            const hk_buf *alt = lexicon_pattern(ld, li);
            if (!alt || !emit(b, "(?:", 3, here) ||
                !emit(b, alt->data, alt->len, here) || !emit(b, ")", 1, here))
                goto oom;
            i = j;
            continue;
        }
        if (!emit(b, src + i, 1, here))
            goto oom;
        i++;
    }
    return HK_OK;
oom:
    return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
}

/* A form's length in bytes, a marked ending (hk_i_form_marked) counted as
   the two of the letters it stands for. */
static size_t form_length(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += *s == HK_MARK_HA || *s == HK_MARK_YA ? 2 : 1;
    return n;
}

static int by_length_desc(const void *a, const void *b)
{
    const char *x = *(const char *const *)a, *y = *(const char *const *)b;
    size_t lx = form_length(x), ly = form_length(y);
    if (lx != ly)
        return lx > ly ? -1 : 1;
    return strcmp(x, y);
}

/* Lexicon li as an alternation (lexpattern.c): forms escaped, longest
   first, a space inside a form matching any run of spaces or hyphens, then
   the end of a word.  Built once per load, NULL when out of memory. */
static const hk_buf *lexicon_pattern(ruleload *ld, int li)
{
    hk_buf *alt = &ld->lexalt[li];
    if (alt->len)
        return alt;
    const hk_lexicon *l = &ld->r->lexicons[li];
    /* Each form with the endings the press may spell otherwise marked, as
       the word index has them (hk_i_form_marked). */
    const char **forms = malloc(l->n_entries * sizeof *forms);
    if (!forms)
        return NULL;
    size_t all = l->n_entries;
    for (size_t i = 0; i < all; i++)
        if (!(forms[i] = hk_i_form_marked(l->entries[i], &ld->r->arena))) {
            free(forms);
            return NULL;
        }
    qsort(forms, all, sizeof *forms, by_length_desc);
    size_t n = 0;
    for (size_t i = 0; i < all; i++)
        if (!i || strcmp(forms[i], forms[i - 1]))
            forms[n++] = forms[i];
    /* A lexicon word ends where a word ends. */
    static const char eow[] = ")(?![\\p{L}\\p{N}])";
    bool ok = hk_i_buf_append(alt, "(?:", 3) &&
              hk_i_lexicon_pattern(alt, forms, n) &&
              hk_i_buf_append(alt, eow, sizeof eow - 1);
    free(forms);
    if (!ok) {
        hk_i_buf_free(alt);
        *alt = (hk_buf){0};
        return NULL;
    }
    return alt;
}

/* The compile flags of the pattern a rule runs: tried only at chosen
   positions, it is anchored; a scan rule may be searched between bounds
   (match.c). */
static unsigned run_flags(const hk_rule *rule)
{
    return rule->at == HK_AT_SCAN ? HK_RE_BOUNDED : HK_RE_ANCHORED;
}

/* Builds and compiles one pattern; fills rule->re and the group map.
   A whole rule's pattern must not match the empty string (a macro may). */
static hk_status compile_pattern(ruleload *ld, hk_rule *rule,
                                 const char *line, size_t off, unsigned lineno,
                                 bool whole, hk_error *err)
{
    pbuild b = {0};
    b.src.size = sizeof(size_t);
    b.lexgroups.size = sizeof(lexgroup);
    hk_status st = HK_OK;
    /* Patterns are matched against normalised text, so they are
       normalised the same way (ASCII syntax is left as it is). */
    const char *pat = line + off;
    st = expand(ld, &b, pat, strlen(pat), false, off, 0, lineno, line, err);
    if (st != HK_OK)
        goto done;
    char *norm = hk_i_normalize_str(ld->r->norm, &ld->r->arena,
                                    b.out.data ? b.out.data : "", b.out.len);
    if (!norm)
        goto oom;
    /* Normalising only removes or folds Arabic characters, so offsets past
       the first change are approximate; errors are rare there. */
    size_t eoff;
    char msg[256];
    rule->pattern = norm;
    /* Compiled here to check it and read its groups, anchored as it will
       run when its `at` line came first: close_rule then adds the JIT
       (else it compiles the pattern again). */
    rule->re = hk_i_regex_compile(norm, strlen(norm),
                                  whole ? run_flags(rule) : 0, false, &eoff,
                                  msg, sizeof msg);
    if (whole && rule->re && hk_i_regex_matches_empty(rule->re)) {
        /* A pattern that matches nothing at all finds nothing useful and
           would be tried at every position. */
        hk_i_regex_free(rule->re);
        rule->re = NULL;
        snprintf(msg, sizeof msg, "the pattern can match the empty string");
        eoff = 0;
    }
    if (!rule->re) {
        size_t srcoff = eoff < b.src.len ? HK_VEC_AT(&b.src, size_t, eoff)
                        : strlen(line);
        st = hk_i_fail(err, HK_ERR_RULES, ld->path, lineno,
                       hk_i_column(line, srcoff), "%s", msg);
        goto done;
    }
    /* Named groups whose whole content is one @lexicon take that lexicon's
       attributes when they match. */
    hk_vec groups = {.size = sizeof(hk_group_lex)};
    const char *name;
    int number;
    for (size_t i = 0; hk_i_regex_name(rule->re, i, &name, &number); i++) {
        hk_group_lex *g = hk_i_vec_push(&groups);
        if (!g) {
            hk_i_vec_free(&groups);
            goto oom;
        }
        g->group = number;
        g->name = hk_i_arena_strdup(&ld->r->arena, name);
        g->lexicon = -1;
        /* A group opening with a word test wanting an entry of one
           lexicon, "(?<name>(?Cn)...", reads its attributes from it. */
        char probe2[160];
        snprintf(probe2, sizeof probe2, "(?<%s>(?C", name);
        const char *p2 = strstr(norm, probe2);
        if (p2) {
            unsigned long t = strtoul(p2 + strlen(probe2), NULL, 10);
            uint64_t set =
                t && t <= ld->r->n_word_tests ? ld->r->word_test_starts[t] : 0;
            if (set && !(set & (set - 1)))
                g->lexicon = __builtin_ctzll(set);
        }
        /* Else the first group of this name that opens with a lexicon,
           if that lexicon is all it holds. */
        for (size_t k = 0; g->lexicon < 0 && k < b.lexgroups.len; k++) {
            const lexgroup *lg = &HK_VEC_AT(&b.lexgroups, lexgroup, k);
            if (lg->name_len == strlen(name) &&
                !memcmp(b.out.data + lg->name_at, name, lg->name_len)) {
                if (lg->whole)
                    g->lexicon = lg->lexicon;
                break;
            }
        }
    }
    rule->n_groups = groups.len;
    rule->groups = hk_i_arena_alloc(&ld->r->arena,
                                    (groups.len + 1) * sizeof(hk_group_lex));
    if (!rule->groups) {
        hk_i_vec_free(&groups);
        goto oom;
    }
    if (groups.len)
        memcpy(rule->groups, groups.items, groups.len * sizeof(hk_group_lex));
    hk_i_vec_free(&groups);
    goto done;
oom:
    st = hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
done:
    hk_i_buf_free(&b.out);
    hk_i_vec_free(&b.src);
    hk_i_vec_free(&b.lexgroups);
    return st;
}

/* ------------------------------------------------------ the rule files */

static const char *const emit_names[] = {"PERSON", "TITLE", "BODY", "PARTY",
                                         "DATE", "TERRITORY"};
/* The group that holds the entity's span, by type. */
static const char *const span_groups[] = {"person", "title", "body", "party",
                                          "date", "territory"};

static hk_rule *current(ruleload *ld)
{
    return ld->in_rule ? &HK_VEC_AT(ld->rules, hk_rule, ld->rules->len - 1)
                       : NULL;
}

/* hk_rules.scan_bytes as ranges of bytes, when four or fewer. */
static void scan_ranges(hk_rules *r)
{
    unsigned n = 0;
    for (unsigned b = 0; b < 256;) {
        if (!r->scan_bytes[b]) {
            b++;
            continue;
        }
        unsigned e = b;
        while (e + 1 < 256 && r->scan_bytes[e + 1])
            e++;
        if (n == 4) {
            r->n_scan_ranges = 0;
            return;
        }
        r->scan_lo[n] = (uint8_t)b;
        r->scan_span[n++] = (uint8_t)(e - b);
        b = e + 1;
    }
    r->n_scan_ranges = n;
}

/* Is each !@ item of the rule's needs refused by a word test of its
   pattern (one that refuses all its lexicons), and each =@ item wanted by
   one (one that wants an entry of these lexicons only)?  Only then can
   the item be a necessary condition (rules/README.md says when it is):
   not a proof, but a pattern edited since cannot leave an item behind
   unnoticed. */
static bool word_items_tested(const hk_rules *r, const hk_rule *rule)
{
    for (size_t k = 0; k < rule->n_needs; k++) {
        uint64_t none = rule->needs[k].none,
                 want = rule->needs[k].tested | rule->needs[k].seen;
        bool refused = !none, wanted = !want;
        for (const char *c = rule->pattern;
             !(refused && wanted) && (c = strstr(c, "(?C")) != NULL;
             c += 3) {
            unsigned long t = strtoul(c + 3, NULL, 10);
            if (!t || t > r->n_word_tests)
                continue;
            refused = refused || (r->word_tests[t] & none) == none;
            wanted = wanted || (r->word_test_starts[t] &&
                                !(r->word_test_starts[t] & ~want));
        }
        if (!refused || !wanted)
            return false;
    }
    return true;
}

/* Moves the current rule's examples and attributes into the arena. */
static hk_status close_rule(ruleload *ld, hk_error *err)
{
    hk_rule *rule = current(ld);
    if (!rule)
        return HK_OK;
    ld->in_rule = false;
    if (!rule->re)
        return hk_i_fail(err, HK_ERR_RULES, ld->path, rule->line, 1,
                         "rule %s has no match line", rule->name);
    if (!word_items_tested(ld->r, rule))
        return hk_i_fail(err, HK_ERR_RULES, ld->path, rule->line, 1,
                         "rule %s: a needs !@ or =@ item names lexicons no "
                         "word test of its pattern refuses or wants",
                         rule->name);
    if (rule->n_needs && rule->at == HK_AT_SCAN)
        return hk_i_fail(err, HK_ERR_RULES, ld->path, rule->line, 1,
                         "rule %s: a needs line wants an at line (it counts "
                         "words from where the rule is tried)", rule->name);
    /* A rule whose pattern and anchoring are an earlier rule's (two
       rules tried from different words) runs that rule's code: one copy
       of it for the instruction cache, and one JIT compile fewer. */
    for (size_t k = 0; k + 1 < ld->rules->len; k++) {
        hk_rule *o = &HK_VEC_AT(ld->rules, hk_rule, k);
        if (!o->shares_re && (o->at == HK_AT_SCAN) == (rule->at == HK_AT_SCAN) &&
            !strcmp(o->pattern, rule->pattern)) {
            hk_i_regex_free(rule->re);
            rule->re = o->re;
            rule->shares_re = true;
            break;
        }
    }
    if (!rule->shares_re &&
        !hk_i_regex_finish(rule->re, rule->pattern, strlen(rule->pattern),
                           run_flags(rule), ld->r->jit)) {
        size_t eoff;
        char msg[256];
        hk_regex *re = hk_i_regex_compile(
            rule->pattern, strlen(rule->pattern), run_flags(rule),
            ld->r->jit, &eoff, msg, sizeof msg);
        if (!re)
            return hk_i_fail(err, HK_ERR_RULES, ld->path, rule->line, 1,
                             "rule %s: %s", rule->name, msg);
        hk_i_regex_free(rule->re);
        rule->re = re;
    }
    const uint8_t *map = rule->at == HK_AT_SCAN
                             ? hk_i_regex_start_bytes(rule->re) : NULL;
    if (map && ld->r->n_scan_bits < 32) {
        /* The bytes where its matches may start join those of the other
           scan rules: match.c finds them all in one pass. */
        rule->scan_bit = (uint32_t)1 << ld->r->n_scan_bits++;
        for (unsigned b = 0; b < 256; b++)
            if (map[b / 8] >> (b % 8) & 1)
                ld->r->scan_bytes[b] |= rule->scan_bit;
        scan_ranges(ld->r);
    }
    for (size_t g = 0; g < rule->n_groups; g++)
        rule->groups[g].span =
            !strcmp(rule->groups[g].name, span_groups[rule->emit]);
    hk_arena *a = &ld->r->arena;
    rule->examples = hk_i_arena_alloc(a, (ld->examples.len + 1) *
                                             sizeof(hk_example));
    rule->set = hk_i_arena_alloc(a, (ld->sets.len + 1) * sizeof(hk_attr));
    if (!rule->examples || !rule->set)
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    if (ld->examples.len)
        memcpy(rule->examples, ld->examples.items,
               ld->examples.len * sizeof(hk_example));
    if (ld->sets.len)
        memcpy(rule->set, ld->sets.items, ld->sets.len * sizeof(hk_attr));
    rule->n_examples = ld->examples.len;
    rule->n_set = ld->sets.len;
    ld->r->n_examples += ld->examples.len;
    ld->examples.len = ld->sets.len = 0;
    return HK_OK;
}

/* Splits "keyword rest": returns the keyword length; *rest_off is where
   the rest begins. */
static size_t keyword(const char *line, size_t len, size_t *rest_off)
{
    size_t k = 0;
    while (k < len && !isspace((unsigned char)line[k]))
        k++;
    size_t r = k;
    while (r < len && isspace((unsigned char)line[r]))
        r++;
    *rest_off = r;
    return k;
}

static bool is_kw(const char *line, size_t k, const char *kw)
{
    return strlen(kw) == k && !memcmp(line, kw, k);
}

/* Is the character at s[*i] (n bytes in all) an Arabic letter: in
   U+0600-U+06FF (two bytes, led by D8-DB, as needs.c reads them) and of
   category L, which a pattern's \p{L} takes and the tagger keeps in a
   word (digits and marks are not letters)?  Advances *i past it. */
static bool arabic_letter(const char *s, size_t n, size_t *i)
{
    uint32_t c = hk_i_utf8_next(s, n, i);
    return c >= 0x0600 && c <= 0x06FF && u_isalpha((UChar32)c);
}

/* Can the tagger be trusted to find every place where the pattern's
   @lexicon matches (needs.c)?  Only if each form is words of letters
   (Arabic, or ASCII digits), two characters at least, apart by spaces or
   hyphens: a form with other characters («م.ح») or a one-letter word
   would be read differently by the tagger.  *words: the most words in
   a form. */
static bool needs_lexicon_ok(const hk_lexicon *l, unsigned *words,
                             const char **bad)
{
    *words = 1;
    for (size_t i = 0; i < l->n_entries; i++) {
        const char *f = l->entries[i]->nform;
        size_t n = strlen(f);
        unsigned nw = 0, wlen = 0;
        for (size_t j = 0;;) {
            char c = f[j];
            if (!c || c == ' ' || c == '-') {
                if (wlen) {
                    if (wlen < 2)
                        goto refuse;
                    nw++;
                }
                wlen = 0;
                if (!c)
                    break;
                j++;
                continue;
            }
            if (c >= '0' && c <= '9')
                j++;
            else if (!arabic_letter(f, n, &j))
                goto refuse;
            wlen++;
        }
        if (!nw)
            goto refuse;
        if (nw > *words)
            *words = nw;
        continue;
    refuse:
        *bad = l->entries[i]->form;
        return false;
    }
    return true;
}

/* A needs item about the word tried, item[0..n), written at line column
   col (itself, or a {MACRO} standing for it): !@a@b..., it holds no entry
   of these lexicons; =@a..., an entry of one starts there (close_rule
   checks the pattern). */
static hk_status word_item(ruleload *ld, hk_need *nd, const char *item,
                           size_t n, const char *line, size_t col,
                           unsigned lineno, hk_error *err)
{
    bool none = item[0] == '!';
    const char *p = item + 1, *end = item + n;
    while (p < end && *p == '@') {
        const char *q = p + 1;
        while (q < end && *q != '@')
            q++;
        int li = lexicon_named(ld, p + 1, (size_t)(q - p - 1), line,
                               item == line + col ? (size_t)(p - line) : col,
                               lineno, err);
        if (li < 0)
            return HK_ERR_RULES;
        if (none)
            nd->none |= (uint64_t)1 << li;
        else
            nd->tested |= (uint64_t)1 << li;
        p = q;
    }
    return HK_OK;
}

/* "needs @lexicon... word... within N" (rules/README.md). */
static hk_status needs_line(ruleload *ld, hk_rule *rule, const char *line,
                            size_t roff, size_t rlen, unsigned lineno,
                            hk_error *err)
{
    const char *rest = line + roff;
    if (rule->n_needs == HK_MAX_NEEDS)
        return hk_i_fail(err, HK_ERR_RULES, ld->path, lineno, 1,
                         "rule %s has more than %d needs lines", rule->name,
                         HK_MAX_NEEDS);
    hk_need *nd = &rule->needs[rule->n_needs];
    memset(nd, 0, sizeof *nd);
    hk_status st;
    unsigned words = 1;
    bool within = false;
    for (size_t i = 0; i < rlen;) {
        size_t j = i;
        while (j < rlen && !isspace((unsigned char)rest[j]))
            j++;
        size_t col = roff + i;
        if (j - i == 6 && !memcmp(rest + i, "within", 6)) {
            size_t a = j;
            while (a < rlen && isspace((unsigned char)rest[a]))
                a++;
            char *end;
            unsigned long n = strtoul(rest + a, &end, 10);
            while (end < rest + rlen && isspace((unsigned char)*end))
                end++;
            if (a == rlen || !isdigit((unsigned char)rest[a]) ||
                end != rest + rlen || n > 32)
                return hk_i_fail(err, HK_ERR_RULES, ld->path, lineno,
                                 hk_i_column(line, roff + a),
                                 "expected a number of words (0 to 32) "
                                 "after within, and nothing more");
            nd->within = (unsigned)n;
            within = true;
            break;
        }
        /* A {MACRO} may stand for a word item, so that a needs line and
           the pattern's word test share one list of lexicons. */
        const char *item = rest + i;
        size_t item_n = j - i;
        if (item_n > 2 && item[0] == '{' && item[item_n - 1] == '}') {
            const macro *m = find_macro(ld, item + 1, item_n - 2);
            if (!m || !is_word_item(m->text, strlen(m->text)))
                return hk_i_fail(err, HK_ERR_RULES, ld->path, lineno,
                                 hk_i_column(line, col),
                                 m ? "{%.*s} in a needs line must stand for "
                                     "one word item (!@a@b... or =@a...)"
                                   : "unknown macro {%.*s}",
                                 (int)(item_n - 2), item + 1);
            item = m->text;
            item_n = strlen(m->text);
        }
        if ((item[0] == '!' || item[0] == '=') && item_n > 1 &&
            item[1] == '@') {
            /* The items of a line are alternatives, but two !@ items
               would make one mask, none of all their lexicons: both
               would have to hold. */
            if (item[0] == '!' && nd->none)
                return hk_i_fail(err, HK_ERR_RULES, ld->path, lineno,
                                 hk_i_column(line, col),
                                 "one !@ item per needs line (!@a@b: no "
                                 "entry of a or b starts at the word)");
            st = word_item(ld, nd, item, item_n, line, col, lineno, err);
            if (st != HK_OK)
                return st;
        } else if (rest[i] == '@') {
            int li = lexicon_named(ld, rest + i + 1, j - i - 1, line, col,
                                   lineno, err);
            if (li < 0)
                return HK_ERR_RULES;
            unsigned nw;
            const char *bad = NULL;
            if (!needs_lexicon_ok(&ld->r->lexicons[li], &nw, &bad))
                return hk_i_fail(err, HK_ERR_RULES, ld->path, lineno,
                                 hk_i_column(line, col),
                                 "@%s cannot be needed: the tagger may miss "
                                 "its form «%s» (only letters or digits, two "
                                 "at least in each word, and spaces or "
                                 "hyphens)",
                                 ld->r->lexicons[li].name, bad);
            if (nw > words)
                words = nw;
            nd->lexicons |= (uint64_t)1 << li;
            if (nw > 1)
                ld->r->needs_multi |= (uint64_t)1 << li;
        } else {
            char *t = hk_i_normalize_str(ld->r->norm, &ld->r->arena, rest + i,
                                         j - i);
            if (!t)
                return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0,
                                 "out of memory");
            size_t tn = strlen(t);
            bool letters = tn > 0;
            for (size_t q = 0; letters && q < tn;)
                letters = arabic_letter(t, tn, &q);
            if (!letters)
                return hk_i_fail(err, HK_ERR_RULES, ld->path, lineno,
                                 hk_i_column(line, col),
                                 "expected @lexicon or a word of Arabic "
                                 "letters");
            hk_rules *r = ld->r;
            size_t x = 0;
            while (x < r->n_needs_texts && strcmp(r->needs_texts[x], t))
                x++;
            if (x == r->n_needs_texts) {
                if (x == 64)
                    return hk_i_fail(err, HK_ERR_RULES, ld->path, lineno,
                                     hk_i_column(line, col),
                                     "more than 64 different needed words");
                r->needs_text_len[r->n_needs_texts] = strlen(t);
                r->needs_texts[r->n_needs_texts++] = t;
                const unsigned char *q = (const unsigned char *)t;
                if (q[2])
                    r->needs_pair[hk_i_needs_pair(q)] |= (uint64_t)1 << x;
                else {
                    r->needs_single[q[0] - 0xD8][q[1] & 0x3F] |=
                        (uint64_t)1 << x;
                    r->needs_one |= (uint64_t)1 << x;
                }
                if (q[2] && q[4] >= 0xD8 && q[4] <= 0xDB)
                    r->needs_third[q[4] - 0xD8][q[5] & 0x3F] |=
                        (uint64_t)1 << x;
                else
                    r->needs_short |= (uint64_t)1 << x;
            }
            nd->texts |= (uint64_t)1 << x;
        }
        while (j < rlen && isspace((unsigned char)rest[j]))
            j++;
        i = j;
    }
    if (!within || (!nd->lexicons && !nd->texts && !nd->none && !nd->tested))
        return hk_i_fail(err, HK_ERR_RULES, ld->path, lineno,
                         hk_i_column(line, roff),
                         "expected: needs @lexicon... word... within N");
    if (nd->none && nd->within)
        return hk_i_fail(err, HK_ERR_RULES, ld->path, lineno,
                         hk_i_column(line, roff),
                         "a !@ item is about the word tried: within 0");
    if (nd->within) {
        /* =@a within N: an entry of a starts in reach, read from the
           window of the tagger's bits. */
        nd->seen = nd->tested;
        nd->tested = 0;
    }
    rule->needs_words = rule->needs_words || nd->none || nd->tested;
    rule->needs_words_only = (rule->needs_words_only || !rule->n_needs) &&
                             !nd->lexicons && !nd->texts && !nd->seen;
    nd->reach = nd->within + words - 1;
    if (nd->reach > ld->r->needs_span)
        ld->r->needs_span = nd->reach;
    rule->n_needs++;
    return HK_OK;
}

static hk_status rule_line(void *user, const char *line, size_t len,
                           unsigned lineno, hk_error *err)
{
    ruleload *ld = user;
    hk_arena *a = &ld->r->arena;
    size_t lead = 0;
    while (lead < len && isspace((unsigned char)line[lead]))
        lead++;
    if (lead == len || line[lead] == '#')
        return HK_OK;
    if (lead)
        return hk_i_fail(err, HK_ERR_RULES, ld->path, lineno, 1,
                         "lines start with a keyword (rule, at, needs, match, "
                         "set, yes, no, define), not with spaces");
    size_t roff;
    size_t k = keyword(line, len, &roff);
    const char *rest = line + roff;
    size_t rlen = len - roff;
    while (rlen && isspace((unsigned char)rest[rlen - 1]))
        rlen--;

    if (is_kw(line, k, "define")) {
        hk_status st = close_rule(ld, err);
        if (st != HK_OK)
            return st;
        size_t n = 0;
        while (n < rlen && (isupper((unsigned char)rest[n]) ||
                            isdigit((unsigned char)rest[n]) || rest[n] == '_'))
            n++;
        if (!n || n == rlen || !isspace((unsigned char)rest[n]))
            return hk_i_fail(err, HK_ERR_RULES, ld->path, lineno,
                             hk_i_column(line, roff),
                             "expected: define NAME pattern (NAME in "
                             "capitals)");
        size_t t = n;
        while (t < rlen && isspace((unsigned char)rest[t]))
            t++;
        macro *m = hk_i_vec_push(ld->macros);
        if (!m)
            return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
        m->name = hk_i_arena_strndup(a, rest, n);
        m->text = hk_i_arena_strndup(a, rest + t, rlen - t);
        m->file = ld->path;
        m->line = lineno;
        /* Check the macro alone now, so its errors point at its line. */
        hk_rule probe = {0};
        char *src = hk_i_arena_strndup(a, line, roff + rlen);
        if (!src)
            return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
        hk_status st2 = compile_pattern(ld, &probe, src, roff + t, lineno,
                                        false, err);
        hk_i_regex_free(probe.re);
        return st2;
    }
    if (is_kw(line, k, "rule")) {
        hk_status st = close_rule(ld, err);
        if (st != HK_OK)
            return st;
        size_t t = 0;
        while (t < rlen && !isspace((unsigned char)rest[t]))
            t++;
        int emitk = -1;
        for (int i = 0; i < 6; i++)
            if (strlen(emit_names[i]) == t && !memcmp(emit_names[i], rest, t))
                emitk = i;
        if (emitk < 0)
            return hk_i_fail(err, HK_ERR_RULES, ld->path, lineno,
                             hk_i_column(line, roff),
                             "expected: rule TYPE name, with TYPE one of "
                             "PERSON TITLE BODY PARTY DATE TERRITORY");
        size_t s = t;
        while (s < rlen && isspace((unsigned char)rest[s]))
            s++;
        if (s == rlen)
            return hk_i_fail(err, HK_ERR_RULES, ld->path, lineno,
                             hk_i_column(line, roff + t), "the rule needs a name");
        hk_rule *rule = hk_i_vec_push(ld->rules);
        if (!rule)
            return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
        rule->name = hk_i_arena_strndup(a, rest + s, rlen - s);
        rule->file = ld->path;
        rule->line = lineno;
        rule->emit = (hk_rule_emit)emitk;
        rule->at = HK_AT_SCAN;
        rule->at_lexicon = -1;
        for (size_t i = 0; i + 1 < ld->rules->len; i++)
            if (!strcmp(HK_VEC_AT(ld->rules, hk_rule, i).name, rule->name))
                return hk_i_fail(err, HK_ERR_RULES, ld->path, lineno,
                                 hk_i_column(line, roff + s),
                                 "a rule named %s already exists", rule->name);
        ld->in_rule = true;
        return HK_OK;
    }
    hk_rule *rule = current(ld);
    if (!rule)
        return hk_i_fail(err, HK_ERR_RULES, ld->path, lineno, 1,
                         "'%.*s' outside a rule (start one with: rule TYPE "
                         "name)", (int)k, line);
    if (is_kw(line, k, "match")) {
        if (rule->re)
            return hk_i_fail(err, HK_ERR_RULES, ld->path, lineno, 1,
                             "rule %s already has a match line", rule->name);
        if (!rlen)
            return hk_i_fail(err, HK_ERR_RULES, ld->path, lineno,
                             hk_i_column(line, roff), "empty pattern");
        char *src = hk_i_arena_strndup(a, line, roff + rlen);
        if (!src)
            return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
        return compile_pattern(ld, rule, src, roff, lineno, true, err);
    }
    if (is_kw(line, k, "at")) {
        /* "at @lexicon before": from the word before each tagged one. */
        if (rlen > 7 && !memcmp(rest + rlen - 7, " before", 7)) {
            rule->before = true;
            rlen -= 7;
            while (rlen && isspace((unsigned char)rest[rlen - 1]))
                rlen--;
        }
        if (rlen == 5 && !memcmp(rest, "title", 5)) {
            rule->at = HK_AT_TITLE_END;
            return HK_OK;
        }
        if (rlen == 4 && !memcmp(rest, "scan", 4)) {
            rule->at = HK_AT_SCAN;
            return HK_OK;
        }
        if (rlen > 1 && rest[0] == '@') {
            int li = lexicon_named(ld, rest + 1, rlen - 1, line, roff, lineno,
                                   err);
            if (li < 0)
                return HK_ERR_RULES;
            rule->at = HK_AT_LEXICON;
            rule->at_lexicon = li;
            return HK_OK;
        }
        return hk_i_fail(err, HK_ERR_RULES, ld->path, lineno,
                         hk_i_column(line, roff),
                         "expected: at @lexicon [before], at title or at scan");
    }
    if (is_kw(line, k, "needs"))
        return needs_line(ld, rule, line, roff, rlen, lineno, err);
    if (is_kw(line, k, "set")) {
        size_t i = 0;
        while (i < rlen) {
            size_t j = i;
            while (j < rlen && !isspace((unsigned char)rest[j]))
                j++;
            const char *eq = memchr(rest + i, '=', j - i);
            if (!eq || eq == rest + i)
                return hk_i_fail(err, HK_ERR_RULES, ld->path, lineno,
                                 hk_i_column(line, roff + i),
                                 "expected key=value");
            hk_attr *at = hk_i_vec_push(&ld->sets);
            if (!at)
                return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
            at->key = hk_i_arena_strndup(a, rest + i, (size_t)(eq - rest - i));
            at->value = hk_i_arena_strndup(a, eq + 1,
                                           (size_t)(rest + j - eq - 1));
            if (at->key && at->value && !strcmp(at->key, "borrows") &&
                strcmp(at->value, "council") && strcmp(at->value, "post") &&
                strcmp(at->value, "head") && strcmp(at->value, "organ"))
                return hk_i_fail(err, HK_ERR_RULES, ld->path, lineno,
                                 hk_i_column(line, roff + i),
                                 "borrows= takes council, post, head or organ, "
                                 "not '%s'", at->value);
            while (j < rlen && isspace((unsigned char)rest[j]))
                j++;
            i = j;
        }
        return HK_OK;
    }
    if (is_kw(line, k, "yes") || is_kw(line, k, "no")) {
        bool yes = line[0] == 'y';
        if (!rlen)
            return hk_i_fail(err, HK_ERR_RULES, ld->path, lineno,
                             hk_i_column(line, roff), "empty example");
        hk_example *ex = hk_i_vec_push(&ld->examples);
        if (!ex)
            return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
        ex->yes = yes;
        ex->line = lineno;
        const char *arrow = NULL;
        for (size_t i = 0; i + 1 < rlen; i++)
            if (rest[i] == '=' && rest[i + 1] == '>')
                arrow = rest + i;
        if (yes && !arrow)
            return hk_i_fail(err, HK_ERR_RULES, ld->path, lineno,
                             hk_i_column(line, roff + rlen),
                             "expected: yes SENTENCE => EXPECTED SPAN");
        size_t tlen = arrow ? (size_t)(arrow - rest) : rlen;
        while (tlen && isspace((unsigned char)rest[tlen - 1]))
            tlen--;
        ex->text = hk_i_arena_strndup(a, rest, tlen);
        if (arrow) {
            const char *e = arrow + 2, *end = rest + rlen;
            while (e < end && *e == ' ')
                e++;
            if (e == end)
                return hk_i_fail(err, HK_ERR_RULES, ld->path, lineno,
                                 hk_i_column(line, roff + rlen),
                                 "nothing after =>: expected: %s SENTENCE "
                                 "=> EXPECTED SPAN", yes ? "yes" : "no");
            ex->expect = hk_i_arena_strndup(a, e, (size_t)(end - e));
        }
        return HK_OK;
    }
    return hk_i_fail(err, HK_ERR_RULES, ld->path, lineno, 1,
                     "unknown keyword '%.*s' (rule, at, needs, match, set, "
                     "yes, no, define)", (int)k, line);
}

static int str_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

hk_status hk_i_rulefiles_load(hk_rules *r, const char *dir, hk_error *err)
{
    DIR *d = opendir(dir);
    if (!d)
        return hk_i_fail(err, HK_ERR_IO, dir, 0, 0, "cannot open: %s",
                         strerror(errno));
    hk_vec names = {.size = sizeof(char *)};
    struct dirent *de;
    hk_status st = HK_OK;
    while ((de = readdir(d))) {
        size_t n = strlen(de->d_name);
        if (n > 6 && !strcmp(de->d_name + n - 6, ".rules")) {
            char **slot = hk_i_vec_push(&names);
            if (!slot || !(*slot = hk_i_arena_strdup(&r->arena, de->d_name))) {
                st = hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
                break;
            }
        }
    }
    closedir(d);
    if (names.len)
        qsort(names.items, names.len, sizeof(char *), str_cmp);
    hk_vec macros = {.size = sizeof(macro)};
    hk_vec rules = {.size = sizeof(hk_rule)};
    ruleload ld = {.r = r, .macros = &macros, .rules = &rules};
    ld.examples.size = sizeof(hk_example);
    ld.sets.size = sizeof(hk_attr);
    for (size_t i = 0; st == HK_OK && i < names.len; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir,
                 HK_VEC_AT(&names, char *, i));
        ld.path = hk_i_arena_strdup(&r->arena, path);
        ld.in_rule = false;
        st = hk_i_read_lines(path, rule_line, &ld, err);
        if (st == HK_OK)
            st = close_rule(&ld, err);
    }
    if (st == HK_OK && !rules.len)
        st = hk_i_fail(err, HK_ERR_RULES, dir, 0, 0,
                       "no pattern rules (*.rules) found");
    r->rules = rules.items;
    r->n_rules = rules.len;
    if (st != HK_OK) {
        /* The last rule may hold a compiled pattern not yet counted. */
        for (size_t i = 0; i < rules.len; i++)
            if (!HK_VEC_AT(&rules, hk_rule, i).shares_re)
                hk_i_regex_free(HK_VEC_AT(&rules, hk_rule, i).re);
        free(rules.items);
        r->rules = NULL;
        r->n_rules = 0;
    }
    hk_i_vec_free(&macros);
    hk_i_vec_free(&ld.examples);
    hk_i_vec_free(&ld.sets);
    for (size_t i = 0; i < HK_MAX_LEXICONS; i++)
        hk_i_buf_free(&ld.lexalt[i]);
    hk_i_vec_free(&names);
    return st;
}

/* ------------------------------------------------------------ the set */

static void find_known(hk_rules *r)
{
    hk_known *k = &r->known;
    k->honorifics = hk_i_lexicon_find(r, "honorifics");
    k->given_names = hk_i_lexicon_find(r, "given-names");
    k->title_heads = hk_i_lexicon_find(r, "title-heads");
    k->levels = hk_i_lexicon_find(r, "levels");
    k->bodies = hk_i_lexicon_find(r, "bodies");
    k->offices = hk_i_lexicon_find(r, "offices");
    k->parties = hk_i_lexicon_find(r, "parties");
    k->status = hk_i_lexicon_find(r, "status");
    k->months = hk_i_lexicon_find(r, "months");
    k->weekdays = hk_i_lexicon_find(r, "weekdays");
    k->stopwords = hk_i_lexicon_find(r, "stopwords");
    k->territory_types = hk_i_lexicon_find(r, "territory-types");
    k->territories = hk_i_lexicon_find(r, "territories");
    k->common_places = hk_i_lexicon_find(r, "common-places");
    k->name_particles = hk_i_lexicon_find(r, "name-particles");
    k->relative_dates = hk_i_lexicon_find(r, "relative-dates");
    k->connectors = hk_i_lexicon_find(r, "connectors");
    k->party_words = hk_i_lexicon_find(r, "party-words");
    k->place_cues = hk_i_lexicon_find(r, "place-cues");
    k->list_intro = hk_i_lexicon_find(r, "list-intro");
    k->capacity = hk_i_lexicon_find(r, "capacity");
    k->succession = hk_i_lexicon_find(r, "succession");
    k->place_blockers = hk_i_lexicon_find(r, "place-blockers");
    k->this_territory = hk_i_lexicon_find(r, "this-territory");
    k->handover = hk_i_lexicon_find(r, "handover");
    k->councils = hk_i_lexicon_find(r, "councils");
    k->joins = hk_i_lexicon_find(r, "joins");
    k->in_place = hk_i_lexicon_find(r, "in-place");
    k->led_by = hk_i_lexicon_find(r, "led-by");
    k->anaphors = hk_i_lexicon_find(r, "anaphors");
    k->assemblies = hk_i_lexicon_find(r, "assemblies");
    k->organisations = hk_i_lexicon_find(r, "organisations");
    k->public_sectors = hk_i_lexicon_find(r, "public-sectors");
    k->outlet_marks = hk_i_lexicon_find(r, "outlet-marks");
    k->card_labels = hk_i_lexicon_find(r, "card-labels");
    k->lead_verbs = hk_i_lexicon_find(r, "lead-verbs");
    k->hold_verbs = hk_i_lexicon_find(r, "hold-verbs");
    k->succeed_verbs = hk_i_lexicon_find(r, "succeed-verbs");
    k->ordinals = hk_i_lexicon_find(r, "ordinals");
    k->negations = hk_i_lexicon_find(r, "negations");
    k->no_party = hk_i_lexicon_find(r, "no-party");
    k->speech_verbs = hk_i_lexicon_find(r, "speech-verbs");
}

/* A table of distinct strings (open addressing): intern returns the one
   equal to s, entering s when it is new. */
typedef struct strtab {
    const char **slot;
    size_t mask;
} strtab;

static const char *intern(strtab *t, const char *s, bool add)
{
    uint32_t h = 2166136261u;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        h = (h ^ *p) * 16777619u;
    for (size_t i = h & t->mask;; i = (i + 1) & t->mask) {
        if (!t->slot[i]) {
            if (add)
                t->slot[i] = s;
            return add ? s : NULL;
        }
        if (!strcmp(t->slot[i], s))
            return t->slot[i];
    }
}

/* Makes equal attribute keys one pointer (hk_rules.keys), and equal
   values: a few dozen strings ("party", "national", "1") that every match
   reads, in a few cache lines rather than one line per entry. */
static bool intern_attrs(hk_rules *r)
{
    size_t n = 16;
    for (size_t l = 0; l < r->n_lexicons; l++)
        for (size_t i = 0; i < r->lexicons[l].n_entries; i++)
            n += r->lexicons[l].entries[i]->n_attrs;
    for (size_t i = 0; i < r->n_rules; i++)
        n += r->rules[i].n_set + r->rules[i].n_groups;
    n *= 2;
    size_t cap = 64;
    while (cap < 2 * n)
        cap *= 2;
    strtab t = {calloc(cap, sizeof *t.slot), cap - 1};
    if (!t.slot)
        return false;
    for (size_t l = 0; l < r->n_lexicons; l++)
        for (size_t i = 0; i < r->lexicons[l].n_entries; i++) {
            hk_entry *e = r->lexicons[l].entries[i];
            for (size_t a = 0; a < e->n_attrs; a++) {
                e->attrs[a].key = intern(&t, e->attrs[a].key, true);
                e->attrs[a].value = intern(&t, e->attrs[a].value, true);
                e->key_bits |= hk_i_key_bit(e->attrs[a].key);
            }
        }
    for (size_t i = 0; i < r->n_rules; i++) {
        hk_rule *rule = &r->rules[i];
        for (size_t a = 0; a < rule->n_set; a++) {
            rule->set[a].key = intern(&t, rule->set[a].key, true);
            rule->set[a].value = intern(&t, rule->set[a].value, true);
        }
        for (size_t g = 0; g < rule->n_groups; g++)
            rule->groups[g].name = intern(&t, rule->groups[g].name, true);
    }
    r->keys.def = intern(&t, "def", false);
    r->keys.level = intern(&t, "level", false);
    r->keys.kind = intern(&t, "kind", false);
    r->keys.status = intern(&t, "status", false);
    r->keys.number = intern(&t, "number", false);
    r->keys.party = intern(&t, "party", false);
    r->keys.common = intern(&t, "common", false);
    r->keys.pron = intern(&t, "pron", false);
    r->keys.takes = intern(&t, "takes", false);
    r->keys.titled = intern(&t, "titled", false);
    r->keys.speaker = intern(&t, "speaker", false);
    r->keys.unit = intern(&t, "unit", false);
    r->keys.gcase = intern(&t, "case", false);
    r->keys.day = intern(&t, "day", false);
    r->keys.day2 = intern(&t, "day2", false);
    r->keys.plural = intern(&t, "plural", false);
    r->keys.loose = intern(&t, "loose", false);
    r->keys.cue = intern(&t, "cue", false);
    r->keys.adjective = intern(&t, "adjective", false);
    r->keys.generic = intern(&t, "generic", false);
    r->keys.num = intern(&t, "num", false);
    r->keys.mnum = intern(&t, "mnum", false);
    r->keys.year = intern(&t, "year", false);
    r->keys.rel = intern(&t, "rel", false);
    r->keys.borrows = intern(&t, "borrows", false);
    r->keys.council = intern(&t, "council", false);
    r->keys.org = intern(&t, "org", false);
    r->keys.post = intern(&t, "post", false);
    r->keys.assembly = intern(&t, "assembly", false);
    r->keys.town = intern(&t, "town", false);
    r->keys.head = intern(&t, "head", false);
    r->keys.trade = intern(&t, "trade", false);
    r->keys.congress = intern(&t, "congress", false);
    r->keys.placename = intern(&t, "placename", false);
    r->keys.setoff = intern(&t, "setoff", false);
    free(t.slot);
    return true;
}

/* Lists the rules by where they are tried (hk_rules.by_at), so that a
   match pass reads only its own rules. */
static bool rules_by_at(hk_rules *r)
{
    r->by_at = hk_i_arena_alloc(&r->arena,
                                (r->n_rules ? r->n_rules : 1) * sizeof *r->by_at);
    if (!r->by_at)
        return false;
    size_t k = 0;
    for (int at = HK_AT_SCAN; at <= HK_AT_TITLE_END; at++) {
        r->at_off[at] = k;
        for (size_t i = 0; i < r->n_rules; i++)
            if (r->rules[i].at == (hk_rule_at)at)
                r->by_at[k++] = (uint32_t)i;
    }
    r->at_off[HK_AT_TITLE_END + 1] = k;
    return true;
}

hk_status hk_rules_load(const char *dir, hk_rules **out, hk_error *err)
{
    return hk_rules_load_flags(dir, 0, out, err);
}

hk_status hk_rules_load_flags(const char *dir, unsigned flags, hk_rules **out,
                              hk_error *err)
{
    if (!dir || !out)
        return hk_i_fail(err, HK_ERR_ARG, NULL, 0, 0, "NULL argument");
    *out = NULL;
    hk_rules *r = calloc(1, sizeof *r);
    if (!r)
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    r->jit = !(flags & HK_RULES_NO_JIT);
    hk_status st = hk_i_normalizer_new(&r->norm, err);
    if (st == HK_OK && !(r->index = hk_i_index_new()))
        st = hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    if (st == HK_OK)
        st = hk_i_lexicons_load(r, dir, err);
    if (st == HK_OK)
        st = hk_i_gazetteer_load(r, dir, err);
    if (st == HK_OK && !hk_i_index_finish(r->index))
        st = hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    if (st == HK_OK)
        st = hk_i_rulefiles_load(r, dir, err);
    if (st == HK_OK && (!intern_attrs(r) || !rules_by_at(r)))
        st = hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    if (st != HK_OK) {
        hk_rules_free(r);
        return st;
    }
    find_known(r);
    hk_i_jit_settle();
    *out = r;
    return HK_OK;
}

void hk_rules_free(hk_rules *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n_rules; i++)
        if (!r->rules[i].shares_re)
            hk_i_regex_free(r->rules[i].re);
    free(r->rules);
    free(r->lexicons);
    free(r->territories);
    free(r->terr_by_code);
    hk_i_index_free(r->index);
    hk_i_normalizer_free(r->norm);
    hk_i_arena_free(&r->arena);
    free(r);
}

void hk_rules_get_info(const hk_rules *r, hk_rules_info *info)
{
    memset(info, 0, sizeof *info);
    if (!r)
        return;
    info->rules = r->n_rules;
    info->lexicons = r->n_lexicons;
    info->entries = r->n_entries;
    info->territories = r->n_territories;
    info->examples = r->n_examples;
}

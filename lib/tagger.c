/*
 * tagger.c - splits the normalised text into tokens and finds every lexicon
 * entry in it (territories, titles, names, months ...) through the word
 * index, with Arabic proclitics (و ف ب ل ك, and لل for ل + ال) peeled off
 * so that «بإقليم», «للحزب» and «وعضوي» find إقليم, الحزب and عضوي.
 * Entries of several words are read on while the index says a longer key
 * starts with what has been read.
 */
#include "extract.h"

#include <stdlib.h>
#include <string.h>

/* The letters in UTF-8 (second byte; all start with 0xD8 or 0xD9). */
#define IS_AR(p, b1, b2) ((unsigned char)(p)[0] == (b1) && \
                          (unsigned char)(p)[1] == (b2))
#define IS_WAW(p) IS_AR(p, 0xD9, 0x88)
#define IS_FA(p) IS_AR(p, 0xD9, 0x81)
#define IS_BA(p) IS_AR(p, 0xD8, 0xA8)
#define IS_LAM(p) IS_AR(p, 0xD9, 0x84)
#define IS_KAF(p) IS_AR(p, 0xD9, 0x83)

bool hk_i_keybuf_reserve(hk_extractor *ex, size_t n)
{
    if (ex->keycap >= n)
        return true;
    size_t cap = ex->keycap ? ex->keycap : 256;
    while (cap < n)
        cap *= 2;
    char *k = realloc(ex->keybuf, cap);
    if (!k)
        return false;
    ex->keybuf = k;
    ex->keycap = cap;
    return true;
}

/* True when the text between two tokens may sit inside one lexicon entry:
   spaces and hyphens only. */
static bool joinable(const char *s, uint32_t a, uint32_t b)
{
    for (uint32_t i = a; i < b; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '-')
            continue;
        /* En and em dashes: E2 80 93 / E2 80 94. */
        if (c == 0xE2 && i + 2 < b && (unsigned char)s[i + 1] == 0x80 &&
            ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94)) {
            i += 2;
            continue;
        }
        return false;
    }
    return b - a <= 6;
}

bool hk_i_tokens_key(hk_extractor *ex, size_t a, size_t b, size_t skip,
                     const char **key, size_t *len)
{
    const hk_token *tok = ex->tokens.items;
    size_t need = 2;
    for (size_t t = a; t < b; t++)
        need += tok[t].e - tok[t].s;
    if (!hk_i_keybuf_reserve(ex, need))
        return false;
    size_t o = 0;
    for (size_t t = a; t < b; t++) {
        size_t from = tok[t].s + (t == a ? skip : 0);
        memcpy(ex->keybuf + o, ex->nt.s + from, tok[t].e - from);
        o += tok[t].e - from;
    }
    *key = ex->keybuf;
    *len = o;
    return true;
}

size_t hk_i_token_at(const hk_extractor *ex, uint32_t off)
{
    const hk_token *tok = ex->tokens.items;
    size_t lo = 0, hi = ex->tokens.len;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (tok[mid].s < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

size_t hk_i_tag_first(const hk_extractor *ex, size_t tok)
{
    const hk_tag *tags = ex->tags.items;
    size_t lo = 0, hi = ex->tags.len;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (tags[mid].tok < tok)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

const hk_tag *hk_i_tag_of(const hk_extractor *ex, size_t tok, int lex)
{
    const hk_tag *tags = ex->tags.items;
    size_t lo = hk_i_tag_first(ex, tok);
    const hk_tag *best = NULL;
    for (size_t i = lo; i < ex->tags.len && tags[i].tok == tok; i++)
        if ((int)tags[i].entry->lexicon == lex &&
            (!best || tags[i].tok_end > best->tok_end ||
             (tags[i].tok_end == best->tok_end && tags[i].s < best->s)))
            best = &tags[i];
    return best;
}

static bool push_tags(hk_extractor *ex, const hk_hits *h, size_t t, size_t j,
                      uint32_t s)
{
    const hk_token *tok = ex->tokens.items;
    for (size_t k = 0; k < h->n; k++) {
        hk_tag *tag = hk_i_vec_push(&ex->tags);
        if (!tag)
            return false;
        tag->tok = (uint32_t)t;
        tag->tok_end = (uint32_t)(j + 1);
        tag->ts = tok[t].s;
        tag->s = s;
        tag->e = tok[j].e;
        tag->entry = h->entries[k];
    }
    return true;
}

/* Looks up token t with `skip` clitic bytes removed (and an alef put back
   when ل + ال lost it), reading on over following tokens. */
static bool lookup(hk_extractor *ex, size_t t, size_t skip, bool alef)
{
    const hk_token *tok = ex->tokens.items;
    const hk_index *ix = ex->rules->index;
    size_t ntok = ex->tokens.len;
    size_t first = tok[t].e - tok[t].s - skip;
    if (!hk_i_keybuf_reserve(ex, first + 3))
        return false;
    size_t len = 0;
    if (alef) {
        ex->keybuf[0] = (char)0xD8;
        ex->keybuf[1] = (char)0xA7;
        len = 2;
    }
    memcpy(ex->keybuf + len, ex->nt.s + tok[t].s + skip, first);
    len += first;
    uint32_t s = tok[t].s + (uint32_t)skip;
    for (size_t j = t;;) {
        const hk_hits *h = hk_i_index_get(ix, ex->keybuf, len);
        if (!h)
            return true;
        if (h->n && !push_tags(ex, h, t, j, s))
            return false;
        if (!h->is_prefix || j + 1 >= ntok ||
            !joinable(ex->nt.s, tok[j].e, tok[j + 1].s))
            return true;
        j++;
        size_t add = tok[j].e - tok[j].s;
        if (!hk_i_keybuf_reserve(ex, len + add + 1))
            return false;
        memcpy(ex->keybuf + len, ex->nt.s + tok[j].s, add);
        len += add;
    }
}

static bool tag_token(hk_extractor *ex, size_t t)
{
    const hk_token *tok = &HK_VEC_AT(&ex->tokens, hk_token, t);
    const char *p = ex->nt.s + tok->s;
    size_t n = tok->e - tok->s;
    if (!lookup(ex, t, 0, false))
        return false;
    /* Peel proclitics, keeping at least two letters. */
    if (n >= 6 && (IS_WAW(p) || IS_FA(p))) {
        if (!lookup(ex, t, 2, false))
            return false;
        if (n >= 8 && (IS_BA(p + 2) || IS_LAM(p + 2) || IS_KAF(p + 2))) {
            if (!lookup(ex, t, 4, false))
                return false;
            if (IS_LAM(p + 2) && IS_LAM(p + 4) && !lookup(ex, t, 4, true))
                return false;
        }
    } else if (n >= 6 && (IS_BA(p) || IS_LAM(p) || IS_KAF(p))) {
        if (!lookup(ex, t, 2, false))
            return false;
        if (IS_LAM(p) && IS_LAM(p + 2) && !lookup(ex, t, 2, true))
            return false;
    }
    return true;
}

/* Word test n at byte pos (see hk_word_tests).  A negative test looks at
   the token holding pos (clitics peeled: «بالنيابة» holds a status word);
   a positive one wants an entry starting exactly at pos («وزكرياء»: the
   name starts after و). */
static int word_test(void *ctx, size_t pos, unsigned n)
{
    const hk_extractor *ex = ctx;
    const uint32_t *ts = ex->tok_start.items, *te = ex->tok_end.items;
    size_t lo = 0, hi = ex->tok_start.len;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (ts[mid] <= pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    uint64_t set = ex->rules->word_tests[n];
    bool in_token = lo && pos < te[lo - 1];
    if (!ex->rules->word_test_positive[n]) {
        bool hit = in_token &&
                   (HK_VEC_AT(&ex->starts, uint64_t, lo - 1) & set);
        return hit ? 1 : 0;
    }
    if (!in_token || !(HK_VEC_AT(&ex->starts, uint64_t, lo - 1) & set))
        return 1;
    const hk_tag *tags = ex->tags.items;
    for (size_t i = hk_i_tag_first(ex, lo - 1);
         i < ex->tags.len && tags[i].tok == lo - 1; i++)
        if (tags[i].s == pos && ((set >> tags[i].entry->lexicon) & 1))
            return 0;
    return 1;
}

hk_status hk_i_tag(hk_extractor *ex, hk_error *err)
{
    const char *s = ex->nt.s;
    size_t n = ex->nt.len;
    const hk_normalizer *norm = ex->rules->norm;
    ex->tokens.len = 0;
    ex->tags.len = 0;
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        bool word;
        size_t next = i;
        if (c < 0x80) {
            word = (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z');
            next = i + 1;
        } else {
            uint32_t cp = hk_i_utf8_next(s, n, &next);
            word = hk_i_is_word_cp(norm, cp);
        }
        if (!word) {
            i = next;
            continue;
        }
        hk_token *t = hk_i_vec_push(&ex->tokens);
        if (!t)
            return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
        t->s = (uint32_t)i;
        i = next;
        while (i < n) {
            c = (unsigned char)s[i];
            next = i;
            if (c < 0x80) {
                word = (c >= '0' && c <= '9') ||
                       ((c | 32) >= 'a' && (c | 32) <= 'z');
                next = i + 1;
            } else {
                uint32_t cp = hk_i_utf8_next(s, n, &next);
                word = hk_i_is_word_cp(norm, cp);
            }
            if (!word)
                break;
            i = next;
        }
        t->e = (uint32_t)i;
    }
    for (size_t t = 0; t < ex->tokens.len; t++)
        if (!tag_token(ex, t))
            return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    /* Lexicon bits per token, for word tests and quick lookups. */
    size_t ntok = ex->tokens.len;
    ex->tok_start.len = ex->tok_end.len = ex->starts.len = ex->words.len = 0;
    for (size_t t = 0; t < ntok; t++) {
        uint32_t *te = hk_i_vec_push(&ex->tok_end);
        uint32_t *ts = hk_i_vec_push(&ex->tok_start);
        uint64_t *st = hk_i_vec_push(&ex->starts);
        uint64_t *wd = hk_i_vec_push(&ex->words);
        if (!ts || !te || !st || !wd)
            return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
        *ts = HK_VEC_AT(&ex->tokens, hk_token, t).s;
        *te = HK_VEC_AT(&ex->tokens, hk_token, t).e;
    }
    for (size_t k = 0; k < ex->tags.len; k++) {
        const hk_tag *g = &HK_VEC_AT(&ex->tags, hk_tag, k);
        uint64_t bit = (uint64_t)1 << g->entry->lexicon;
        HK_VEC_AT(&ex->starts, uint64_t, g->tok) |= bit;
        if (g->tok_end == g->tok + 1)
            HK_VEC_AT(&ex->words, uint64_t, g->tok) |= bit;
    }
    ex->tests = (hk_word_tests){.test = word_test, .ctx = ex};
    hk_i_match_data_tests(ex->md, &ex->tests);
    return HK_OK;
}

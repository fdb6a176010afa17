/*
 * needs.c - a rule's `needs` lines, tested before PCRE2 runs: a match at
 * an anchor is impossible unless a lexicon entry starts at, or a text lies
 * in, one of the next few words.  The test reads the tagger's per-word
 * lexicon bits, a few instructions, where a failed PCRE2 attempt costs a
 * thousand or more.
 *
 * It must never skip a match.  A text is safe: the pattern spells its
 * letters, which never straddle two words.  A lexicon is safe where the
 * tagger finds every entry that the pattern's @lexicon alternation matches
 * after a space or a proclitic; rules.c accepts only lexicons whose forms
 * are letters and separators, and a lexicon whose entries the tagger may
 * have missed in the words near the anchor (token_missed below) is taken
 * as found there.
 */
#include "extract.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Where the window of an anchor word lies, and the window (extract.h). */
typedef hk_needs_memo word_memo;
typedef hk_needs_window window;

/* May the characters from a to b (between two words) hold something that
   the pattern's [\n -]* (inside a multi-word form) crosses but the tagger
   does not join (a newline, a long run of hyphens)?  Not when the tagger
   joins them (hk_i_joinable), nor when one is surely neither white space
   nor '-'. */
static bool gap_safe(const char *text, uint32_t a, uint32_t b)
{
    if (hk_i_joinable(text, a, b))
        return true;
    const unsigned char *s = (const unsigned char *)text;
    for (uint32_t i = a; i < b; i++) {
        unsigned char c = s[i];
        /* ASCII other than white space and '-'; a two-byte character
           other than U+0085 and U+00A0 (\s under UCP).  Bytes of longer
           characters may be white space (U+2000...). */
        if (c < 0x80 ? !(c == ' ' || c == '-' || c == '\t' || c == '\n' ||
                         c == '\v' || c == '\f' || c == '\r')
                     : (c >= 0xC3 && c <= 0xDF) ||
                           (c == 0xC2 && i + 1 < b && s[i + 1] != 0x85 &&
                            s[i + 1] != 0xA0))
            return true;
    }
    return false;
}

/* Do bytes s[a..b) hold a lead byte from U+0300 on, Arabic letters
   (D8..DB) aside?  Sixteen at a time where the text (n bytes and its
   NUL) goes on that far. */
static bool may_mark(const unsigned char *s, uint32_t a, uint32_t b,
                     size_t n)
{
#ifdef __SSE2__
    for (; a < b && (size_t)a + 16 <= n + 1; a += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(s + a));
        __m128i high =
            _mm_cmpeq_epi8(_mm_max_epu8(x, _mm_set1_epi8((char)0xCC)), x);
        __m128i arabic =
            _mm_cmpeq_epi8(_mm_and_si128(x, _mm_set1_epi8((char)0xFC)),
                           _mm_set1_epi8((char)0xD8));
        uint32_t m =
            (uint32_t)_mm_movemask_epi8(_mm_andnot_si128(arabic, high));
        if (b - a < 16)
            return m & ((1u << (b - a)) - 1);
        if (m)
            return true;
    }
#else
    (void)n;
#endif
    for (uint32_t i = a; i < b; i++)
        if (s[i] >= 0xCC && (s[i] & 0xFC) != 0xD8)
            return true;
    return false;
}


/* The lexicons whose entries the tagger may miss at the start of word t.
   A pattern's {CL} (or ل, لل) may take the whole «لل» of «[وف]?للX» and
   match a form from X on; the tagger looks up «للX», «لX» and «الX» (and
   reads on from them), never X.  A form matched from X ends at a word end
   (the pattern's (?![\p{L}\p{N}])), so its key, its letters without
   separators, is X, or goes on past X where the form has a separator
   after its first words: the index has X as an entry's key, or as the
   start of a longer one (hk_hits.longer).  Neither: nothing is missed. */
static uint64_t lam_missed(const hk_extractor *ex, size_t t)
{
    const hk_token *tok = ex->tokens.items;
    const unsigned char *s = (const unsigned char *)ex->nt.s;
    uint32_t i = tok[t].s, b = tok[t].e;
    /* و ف, passed over with no branch (half the letters start with D9;
       the byte after a word is there to read, the text ending in NUL). */
    bool conj = (b - i >= 2) & (s[i] == 0xD9) &
                ((s[i + 1] == 0x88) | (s[i + 1] == 0x81));
    i += 2 * conj;
    if (b - i < 4 || memcmp(s + i, "\xD9\x84\xD9\x84", 4))
        return 0;
    i += 4;
    if (i == b)
        return 0;
    const hk_hits *h = hk_i_index_get(ex->rules->index, ex->nt.s + i, b - i);
    return h ? h->lexicons | h->longer : 0;
}

/* The lexicons whose entries the tagger may miss where the pattern finds
   them, in word t: all, when it holds a character that may be a combining
   mark (a lead byte from U+0300 on, Arabic letters aside): the pattern's
   word end (?![\p{L}\p{N}]) lets a mark follow a form, the tagger's word
   goes on; those with forms of several words, when the gap after it may
   split a form for the tagger only (gap_safe); and those lam_missed
   finds after a «لل». */
static uint64_t token_missed(const hk_extractor *ex, size_t t)
{
    const hk_token *tok = ex->tokens.items;
    const unsigned char *s = (const unsigned char *)ex->nt.s;
    uint32_t a = tok[t].s, b = tok[t].e;
    if (may_mark(s, a, b, ex->nt.len))
        return ~(uint64_t)0;
    uint64_t m = lam_missed(ex, t);
    if (t + 1 < ex->tokens.len) {
        uint32_t n = tok[t + 1].s;
        if (!(n == b + 1 && s[b] == ' ') && !gap_safe(ex->nt.s, b, n))
            m |= ex->rules->needs_multi;
    }
    return m;
}

/* Are p[0..n) and q[0..n) the same bytes?  Texts are short: two or
   four loads, overlapping, for up to sixteen bytes. */
static inline bool same_bytes(const unsigned char *p, const char *q, size_t n)
{
    if (n >= 8 && n <= 16) {
        uint64_t x, y, u, v;
        memcpy(&x, p, 8);
        memcpy(&y, q, 8);
        memcpy(&u, p + n - 8, 8);
        memcpy(&v, q + n - 8, 8);
        return x == y && u == v;
    }
    if (n >= 4 && n < 8) {
        uint32_t x, y, u, v;
        memcpy(&x, p, 4);
        memcpy(&y, q, 4);
        memcpy(&u, p + n - 4, 4);
        memcpy(&v, q + n - 4, 4);
        return x == y && u == v;
    }
    return !memcmp(p, q, n);
}

/* The needed texts word t holds: at each letter, those that start with
   it (a text found twice in a word is compared twice: rarer than the
   test that would skip it is dear). */
static uint64_t token_texts(const hk_extractor *ex, size_t t)
{
    const hk_rules *r = ex->rules;
    const hk_token *tok = &HK_VEC_AT(&ex->tokens, hk_token, t);
    const unsigned char *s = (const unsigned char *)ex->nt.s;
    const unsigned char *p = s + tok->s, *end = s + tok->e;
    uint64_t found = 0;
    bool one = r->needs_one != 0;
    while (p + 1 < end) {
        unsigned lead = (unsigned)p[0] - 0xD8;
        if (lead > 3) {
            p++;
            continue;
        }
        /* Texts of two letters or more by this letter and the next (the
           bytes after a word are there to read, the text ending in NUL),
           those of one by this one alone. */
        uint64_t m = p + 3 < end ? r->needs_pair[hk_i_needs_pair(p)] : 0;
        if (one)
            m |= r->needs_single[lead][p[1] & 0x3F];
        if (m) {
            /* Those of three letters or more want this third one: «ال»
               starts four texts, and most words. */
            unsigned lead3 = (unsigned)p[4] - 0xD8;
            m &= r->needs_short | (p + 5 < end && lead3 <= 3
                                       ? r->needs_third[lead3][p[5] & 0x3F]
                                       : 0);
            while (m) {
                unsigned x = (unsigned)__builtin_ctzll(m);
                m &= m - 1;
                size_t n = r->needs_text_len[x];
                if (n <= (size_t)(end - p) &&
                    same_bytes(p, r->needs_texts[x], n))
                    found |= (uint64_t)1 << x;
            }
        }
        p += 2;
    }
    return found;
}

static word_memo *memo(hk_extractor *ex, size_t t)
{
    word_memo *w = &HK_VEC_AT(&ex->plain, word_memo, t);
    if (w->doc != ex->needs_doc) {
        w->doc = ex->needs_doc;
        w->window = 0;
    }
    return w;
}

/* A new window for t0; NULL when out of memory. */
static __attribute__((noinline)) window *new_window(hk_extractor *ex,
                                                    size_t t0)
{
    size_t span = ex->rules->needs_span;
    size_t words = (sizeof(window) + (span + 1) * 3 * sizeof(uint64_t)) /
                   sizeof(uint64_t);
    word_memo *m = memo(ex, t0);
    size_t at = ex->needs_win.len;
    if (at + words > ex->needs_win.cap &&
        !hk_i_vec_reserve(&ex->needs_win, at + words))
        return NULL;
    ex->needs_win.len = at + words;
    window *w = (window *)((uint64_t *)ex->needs_win.items + at);
    const uint64_t *starts = ex->starts.items;
    size_t ntok = ex->tokens.len;
    uint64_t lex = 0;
    size_t j = 0, in = ntok - t0;   /* words from t0 on, at least 1 */
    for (; j <= span && j < in; j++) {
        lex |= starts[t0 + j];
        w->at[j].lex = lex;
    }
    for (; j <= span; j++)
        w->at[j].lex = lex;   /* past the last word: nothing more */
    w->texts = w->missed = 0;
    m->window = (uint32_t)(at + 1);
    return w;
}

/* The texts held by words t0..t0+j, when not yet known. */
static __attribute__((noinline)) uint64_t more_texts(hk_extractor *ex,
                                                     window *w, size_t t0,
                                                     size_t j)
{
    size_t n = w->texts, in = ex->tokens.len - t0;
    uint64_t texts = n ? w->at[n - 1].texts : 0;
    for (; n <= j && n < in; n++)
        w->at[n].texts = texts |= token_texts(ex, t0 + n);
    for (; n <= j; n++)
        w->at[n].texts = texts;   /* past the last word */
    w->texts = (uint32_t)(j + 1);
    return w->at[j].texts;
}

/* The lexicons the tagger may miss at words t0..t0+j, when not yet
   known. */
static __attribute__((noinline)) uint64_t more_missed(hk_extractor *ex,
                                                      window *w, size_t t0,
                                                      size_t j)
{
    size_t n = w->missed, in = ex->tokens.len - t0;
    uint64_t missed = n ? w->at[n - 1].missed : 0;
    for (; n <= j && n < in; n++)
        w->at[n].missed = missed |= token_missed(ex, t0 + n);
    for (; n <= j; n++)
        w->at[n].missed = missed;   /* past the last word */
    w->missed = (uint32_t)(j + 1);
    return w->at[j].missed;
}

bool hk_i_needs_reset(hk_extractor *ex)
{
    /* A new document number voids the memo, without clearing it. */
    size_t n = ex->tokens.len, had = ex->plain.cap;
    ex->plain.size = sizeof(word_memo);
    if (!hk_i_vec_reserve(&ex->plain, n ? n : 1))
        return false;
    if (ex->plain.cap > had)
        memset((word_memo *)ex->plain.items + had, 0,
               (ex->plain.cap - had) * sizeof(word_memo));
    ex->plain.len = n;
    ex->needs_win.size = sizeof(uint64_t);
    ex->needs_win.len = 0;
    if (++ex->needs_doc == 0) {
        memset(ex->plain.items, 0, ex->plain.cap * sizeof(word_memo));
        ex->needs_doc = 1;
    }
    return true;
}

bool hk_i_needs_slow(hk_extractor *ex, const hk_rule *rule, size_t t0)
{
    /* First the items about the word tried alone (=@a, !@a@b), which
       need no window: a line they hold is held, a line of nothing else
       they do not hold rules the rule out. */
    unsigned held = 0, all = (1u << rule->n_needs) - 1;
    if (rule->needs_words) {
        held = hk_i_needs_words(ex, rule, t0);
        if (held == all)
            return true;
        for (size_t k = 0; k < rule->n_needs; k++)
            if (!(held >> k & 1) && !rule->needs[k].lexicons &&
                !rule->needs[k].texts && !rule->needs[k].seen)
                return false;
    }
    const word_memo *m = &HK_VEC_AT(&ex->plain, word_memo, t0);
    window *w = m->doc == ex->needs_doc && m->window
                    ? (window *)((uint64_t *)ex->needs_win.items +
                                 (m->window - 1))
                    : new_window(ex, t0);
    if (!w)
        return true;    /* out of memory: try the rule */
    for (size_t k = 0; k < rule->n_needs; k++) {
        const hk_need *nd = &rule->needs[k];
        /* A lexicon's entry starts in reach, or a text lies there, or
           the tagger may have missed an entry there (not of a seen
           lexicon: the pattern's word test reads the same bits). */
        if ((held >> k & 1) ||
            (w->at[nd->within].lex & (nd->lexicons | nd->seen)))
            continue;
        if (nd->texts &&
            ((nd->within < w->texts ? w->at[nd->within].texts
                                    : more_texts(ex, w, t0, nd->within)) &
             nd->texts))
            continue;
        if (nd->lexicons &&
            ((nd->reach < w->missed ? w->at[nd->reach].missed
                                    : more_missed(ex, w, t0, nd->reach)) &
             nd->lexicons))
            continue;
        return false;
    }
    return true;
}

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
 * are letters and separators, and the words near the anchor must be
 * "plain" (token_plain below), or the rule is tried as if it had no needs.
 */
#include "extract.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* What is known of a word, found when first asked (ex->plain). */
typedef struct word_memo {
    uint64_t texts;          /* needed texts the word holds */
    uint32_t doc;            /* the memo is of document ex->needs_doc */
    uint32_t window;         /* 1 + its window's index in ex->needs_win,
                                0 when not yet found */
    uint8_t known;           /* KNOW_* */
} word_memo;
enum { KNOW_TEXTS = 1, KNOW_PLAIN = 2, IS_PLAIN = 4 };

/* May the characters from a to b (between two words) hold something that
   the pattern's [\s-]* (inside a multi-word form) crosses but the tagger
   does not join (a newline, a long run of hyphens)?  Joinable text (what
   tagger.c's joinable() takes) is safe, and so is text with a character
   surely neither white space nor '-'. */
static bool gap_safe(const unsigned char *s, uint32_t a, uint32_t b)
{
    bool joinable = b - a <= 6;
    for (uint32_t i = a; i < b; i++) {
        unsigned char c = s[i];
        if (c == ' ' || c == '-')
            continue;
        if (c == 0xE2 && i + 2 < b && s[i + 1] == 0x80 &&
            (s[i + 2] == 0x93 || s[i + 2] == 0x94)) {
            i += 2;
            continue;
        }
        joinable = false;
        /* ASCII other than white space; a two-byte character other
           than U+0085 and U+00A0 (\s under UCP). */
        if (c < 0x80 ? !(c == '\t' || c == '\n' || c == '\v' || c == '\f' ||
                         c == '\r')
                     : (c >= 0xC3 && c <= 0xDF) ||
                           (c == 0xC2 && i + 1 < b && s[i + 1] != 0x85 &&
                            s[i + 1] != 0xA0))
            return true;
    }
    return joinable;
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

/* Does the tagger read word t as the patterns do?  Not when it starts with
   «لل» (after «و» or «ف»): the tagger reads ل + ال, a pattern's {CL} may
   take «لل» whole; not when it holds a character that may be a combining
   mark (a lead byte from U+0300 on, Arabic letters aside): the pattern's
   word end (?![\p{L}\p{N}]) lets a mark follow a form, the tagger's word
   goes on; and not when the gap after it may split a form for the tagger
   only (gap_safe). */
static bool token_plain(const hk_extractor *ex, size_t t)
{
    const hk_token *tok = ex->tokens.items;
    const unsigned char *s = (const unsigned char *)ex->nt.s;
    uint32_t a = tok[t].s, b = tok[t].e;
    uint32_t i = a;
    if (b - i >= 2 && s[i] == 0xD9 && (s[i + 1] == 0x88 || s[i + 1] == 0x81))
        i += 2;   /* و ف */
    if (b - i >= 4 && s[i] == 0xD9 && s[i + 1] == 0x84 && s[i + 2] == 0xD9 &&
        s[i + 3] == 0x84)
        return false;
    if (may_mark(s, a, b, ex->nt.len))
        return false;
    if (t + 1 < ex->tokens.len) {
        uint32_t n = tok[t + 1].s;
        if (!(n == b + 1 && s[b] == ' ') && !gap_safe(s, b, n))
            return false;
    }
    return true;
}

/* The needed texts word t holds: at each letter, those that start with
   it. */
static uint64_t token_texts(const hk_extractor *ex, size_t t)
{
    const hk_rules *r = ex->rules;
    const hk_token *tok = ex->tokens.items;
    const unsigned char *s = (const unsigned char *)ex->nt.s;
    uint32_t b = tok[t].e;
    uint64_t found = 0;
    for (uint32_t i = tok[t].s; i + 1 < b; i++) {
        if (s[i] < 0xD8 || s[i] > 0xDB)
            continue;
        uint64_t m = r->needs_first[s[i] - 0xD8][s[i + 1] & 0x3F] & ~found;
        /* Texts are letters: those of two or more want this second one. */
        if (m)
            m &= r->needs_one |
                 (i + 3 < b && s[i + 2] >= 0xD8 && s[i + 2] <= 0xDB
                      ? r->needs_second[s[i + 2] - 0xD8][s[i + 3] & 0x3F]
                      : 0);
        while (m) {
            unsigned x = (unsigned)__builtin_ctzll(m);
            m &= m - 1;
            const char *text = r->needs_texts[x];
            size_t n = r->needs_text_len[x];
            if (n <= b - i && !memcmp(s + i + 2, text + 2, n - 2))
                found |= (uint64_t)1 << x;
        }
        i++;
    }
    return found;
}

static word_memo *memo(hk_extractor *ex, size_t t)
{
    word_memo *w = &HK_VEC_AT(&ex->plain, word_memo, t);
    if (w->doc != ex->needs_doc) {
        w->doc = ex->needs_doc;
        w->known = 0;
        w->window = 0;
    }
    return w;
}

static word_memo *memo_texts(hk_extractor *ex, size_t t)
{
    word_memo *w = memo(ex, t);
    if (!(w->known & KNOW_TEXTS)) {
        w->texts = token_texts(ex, t);
        w->known |= KNOW_TEXTS;
    }
    return w;
}

static bool plain(hk_extractor *ex, size_t t)
{
    word_memo *w = memo(ex, t);
    if (!(w->known & KNOW_PLAIN))
        w->known |= KNOW_PLAIN | (token_plain(ex, t) ? IS_PLAIN : 0);
    return w->known & IS_PLAIN;
}

/* The window of anchor word t0, kept for all the rules tried there
   (they test overlapping windows).  With S = hk_rules.needs_span:
   w[j], j <= S: the lexicons with an entry starting at words t0..t0+j;
   w[S + 1 + j]: the texts those words hold, for j < w[W_TEXTS];
   w[W_PLAIN]: how many words from t0 on are known plain, and
   w[W_STOP]: 1 when the word after those is known not to be.
   Texts and plain words are found when first asked, as before the
   window; words past the last count as holding nothing, and plain.
   NULL when out of memory. */
#define W_TEXTS (2 * span + 2)
#define W_PLAIN (2 * span + 3)
#define W_STOP (2 * span + 4)

static uint64_t *window(hk_extractor *ex, size_t t0, size_t span)
{
    size_t stride = 2 * span + 5;
    word_memo *m = memo(ex, t0);
    if (m->window)
        return (uint64_t *)ex->needs_win.items + (m->window - 1) * stride;
    size_t at = ex->needs_win.len;
    if (!hk_i_vec_reserve(&ex->needs_win, at + stride))
        return NULL;
    ex->needs_win.len = at + stride;
    uint64_t *w = (uint64_t *)ex->needs_win.items + at;
    const uint64_t *starts = ex->starts.items;
    size_t ntok = ex->tokens.len;
    uint64_t lex = 0;
    for (size_t j = 0; j <= span; j++) {
        if (t0 + j < ntok)
            lex |= starts[t0 + j];
        w[j] = lex;
    }
    w[W_TEXTS] = w[W_PLAIN] = w[W_STOP] = 0;
    m->window = (uint32_t)(at / stride + 1);
    return w;
}

/* The texts held by words t0..t0+j. */
static uint64_t window_texts(hk_extractor *ex, uint64_t *w, size_t t0,
                             size_t span, size_t j)
{
    size_t ntok = ex->tokens.len;
    for (size_t n = w[W_TEXTS]; n <= j; n++) {
        uint64_t prev = n ? w[span + n] : 0;
        w[span + 1 + n] =
            prev | (t0 + n < ntok ? memo_texts(ex, t0 + n)->texts : 0);
        w[W_TEXTS] = n + 1;
    }
    return w[span + 1 + j];
}

/* Are words t0..t0+j all plain? */
static bool window_plain(hk_extractor *ex, uint64_t *w, size_t t0, size_t j)
{
    size_t span = ex->rules->needs_span, ntok = ex->tokens.len;
    while (w[W_PLAIN] <= j && !w[W_STOP]) {
        size_t t = t0 + w[W_PLAIN];
        if (t < ntok && !plain(ex, t))
            w[W_STOP] = 1;
        else
            w[W_PLAIN]++;
    }
    return w[W_PLAIN] > j;
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

bool hk_i_needs_met(hk_extractor *ex, const hk_rule *rule, size_t pos)
{
    size_t ntok = ex->tokens.len;
    size_t t0 = pos < ex->tok_of.len ? HK_VEC_AT(&ex->tok_of, uint32_t, pos)
                                     : ntok;
    if (t0 >= ntok)
        return false;   /* no word left for what the pattern needs */
    size_t span = ex->rules->needs_span;
    uint64_t *w = window(ex, t0, span);
    if (!w)
        return true;    /* out of memory: try the rule */
    for (size_t k = 0; k < rule->n_needs; k++) {
        const hk_need *nd = &rule->needs[k];
        /* A lexicon's entry starts in reach, or a text lies there, or
           the tagger may have read the words differently. */
        if (!(w[nd->within] & nd->lexicons) &&
            !(nd->texts &&
              (window_texts(ex, w, t0, span, nd->within) & nd->texts)) &&
            !(nd->lexicons && !window_plain(ex, w, t0, nd->reach)))
            return false;
    }
    return true;
}

/*
 * tagger.c - splits the normalised text into tokens and finds every lexicon
 * entry in it (territories, titles, names, months ...) through the word
 * index, with Arabic proclitics (و ف ب ل ك, and لل for ل + ال) peeled off
 * so that «بإقليم», «للحزب» and «وعضوي» find إقليم, الحزب and عضوي.
 * Entries of several words are read on while the index says a longer key
 * starts with what has been read.  The tags are also listed by lexicon,
 * for the rules tried at a lexicon and for resolution.
 */
#include "extract.h"
#include "simd.h"

#include <stdlib.h>
#include <string.h>

/* The proclitics' letters in UTF-8, a letter's two bytes as one number
   (letter_at). */
enum {
    L_WAW = 0xD988, L_FA = 0xD981, L_BA = 0xD8A8, L_LAM = 0xD984,
    L_KAF = 0xD983,
};

static inline unsigned letter_at(const char *p)
{
    return (unsigned)(unsigned char)p[0] << 8 | (unsigned char)p[1];
}

bool hk_i_joinable(const char *s, uint32_t a, uint32_t b)
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
    char *kb = hk_i_keybuf(ex, need);
    if (!kb)
        return false;
    size_t o = 0;
    for (size_t t = a; t < b; t++) {
        size_t from = tok[t].s + (t == a ? skip : 0);
        memcpy(kb + o, ex->nt.s + from, tok[t].e - from);
        o += tok[t].e - from;
    }
    *key = kb;
    *len = o;
    return true;
}

const hk_tag *hk_i_tag_of(const hk_extractor *ex, size_t tok, int lex)
{
    const hk_tag *tags = ex->tags.items;
    size_t lo = hk_i_tag_first(ex, tok);
    const hk_tag *best = NULL;
    for (size_t i = lo; i < ex->tags.len && tags[i].tok == tok; i++)
        if ((int)tags[i].lex == lex &&
            (!best || tags[i].tok_end > best->tok_end ||
             (tags[i].tok_end == best->tok_end && tags[i].s < best->s)))
            best = &tags[i];
    return best;
}

/* Tags the entries of h on tokens [t, j] (at byte s of the text), and
   marks their lexicons in ex->starts and ex->words (made ready by
   hk_i_tag). */
static inline bool push_tags(hk_extractor *ex, const hk_hits *h, size_t t,
                             size_t j, uint32_t s, bool exact)
{
    const hk_token *tok = ex->tokens.items;
    /* Read once: the tags written below might be h as far as the
       compiler knows. */
    size_t n = h->n;
    const hk_entry *const *entries = h->entries;
    uint64_t lexicons = h->lexicons;
    if (ex->tags.len + n > ex->tags.cap &&
        !hk_i_vec_reserve(&ex->tags, ex->tags.len + n))
        return false;
    hk_tag *tag = (hk_tag *)ex->tags.items + ex->tags.len;
    hk_tag g = {.tok = (uint32_t)t, .tok_end = (uint32_t)(j + 1),
                .ts = tok[t].s, .s = s, .e = tok[j].e, .exact = exact};
    /* One entry (most): its lexicon is the hits' only one. */
    if (n == 1) {
        g.entry = entries[0];
        g.lex = (uint8_t)__builtin_ctzll(lexicons);
        tag[0] = g;
    } else {
        const unsigned char *lex = hk_i_hits_lexicons(h);
        for (size_t k = 0; k < n; k++) {
            g.entry = entries[k];
            g.lex = lex[k];
            tag[k] = g;
        }
    }
    ex->tags.len += n;
    ((uint64_t *)ex->starts.items)[t] |= lexicons;
    if (j == t)
        ((uint64_t *)ex->words.items)[t] |= lexicons;
    return true;
}

/* Spaces and hyphens only between a and b: what match.c's span keys
   remove. */
static bool plain_gap(const char *s, uint32_t a, uint32_t b)
{
    for (uint32_t i = a; i < b; i++)
        if (s[i] != ' ' && s[i] != '-')
            return false;
    return true;
}

/* The key key[0..len) read from token t (at byte s of the text) found
   hits h: tags its entries, and reads on over the following tokens while
   the index says a longer key starts with it.  A key read in place in
   the text is exact (see hk_tag), lookup_alef's in ex->keybuf is not.
   Out of line: most words are in no lexicon,
   and their lookups stay short. */
static __attribute__((noinline)) bool found(hk_extractor *ex, const hk_hits *h,
                                            size_t t, uint32_t s,
                                            const char *key, size_t len)
{
    bool exact = key != ex->keybuf.items;   /* not lookup_alef's */
    const hk_token *tok = ex->tokens.items;
    const hk_index *ix = ex->rules->index;
    size_t ntok = ex->tokens.len;
    for (size_t j = t;;) {
        if (h->n && !push_tags(ex, h, t, j, s, exact))
            return false;
        if (!h->is_prefix || j + 1 >= ntok)
            return true;
        /* Mostly one space, which hk_i_joinable and plain_gap pass. */
        uint32_t a = tok[j].e, b = tok[j + 1].s;
        if (!(b == a + 1 && ex->nt.s[a] == ' ')) {
            if (!hk_i_joinable(ex->nt.s, a, b))
                return true;
            exact = exact && plain_gap(ex->nt.s, a, b);
        }
        j++;
        size_t add = tok[j].e - tok[j].s;
        /* The key read so far, in the text or already in keybuf (which
           a reserve may move). */
        bool in_text = key != ex->keybuf.items;
        char *kb = hk_i_keybuf(ex, len + add + 1);
        if (!kb)
            return false;
        if (in_text)
            hk_i_copy_small(kb, key, len);
        key = kb;
        hk_i_copy_small(kb + len, ex->nt.s + tok[j].s, add);
        len += add;
        if (!(h = hk_i_index_get(ix, key, len)))
            return true;
    }
}

/* Looks up token t with `skip` clitic bytes removed (p: the token's text,
   n: its length), reading on over following tokens.  The key is read in
   place in the text until a second token joins it. */
static inline bool lookup(hk_extractor *ex, const hk_index *ix, size_t t,
                          const char *p, size_t n, size_t skip)
{
    const hk_hits *h = hk_i_index_get(ix, p + skip, n - skip);
    uint32_t s = (uint32_t)(p + skip - ex->nt.s);
    if (!h)
        return true;
    /* Most hits are one word's entries, which found would only tag. */
    if (!h->is_prefix)
        return push_tags(ex, h, t, t, s, true);
    return found(ex, h, t, s, p + skip, n - skip);
}

/* The same with ل + ال: an alef put back after the two lams' first. */
static bool lookup_alef(hk_extractor *ex, const hk_index *ix, size_t t,
                        const char *p, size_t n, size_t skip)
{
    size_t len = n - skip;
    char *kb = hk_i_keybuf(ex, len + 3);
    if (!kb)
        return false;
    kb[0] = (char)0xD8;
    kb[1] = (char)0xA7;
    memcpy(kb + 2, p + skip, len);
    const hk_hits *h = hk_i_index_get(ix, kb, len + 2);
    return !h || found(ex, h, t, (uint32_t)(p + skip - ex->nt.s), kb, len + 2);
}

static inline bool tag_token(hk_extractor *ex, const hk_index *ix, size_t t)
{
    const hk_token *tok = &HK_VEC_AT(&ex->tokens, hk_token, t);
    const char *p = ex->nt.s + tok->s;
    size_t n = tok->e - tok->s;
    if (!lookup(ex, ix, t, p, n, 0))
        return false;
    /* Peel proclitics, keeping at least two letters.  Whether a word
       starts with one is as the text goes: one branch on the letter's
       class, not one per letter tried.  A word of one byte ends at the
       text's NUL or before a separator: p[1] is in the text. */
    unsigned c = letter_at(p);
    bool conj = (c == L_WAW) | (c == L_FA);
    bool prep = (c == L_BA) | (c == L_LAM) | (c == L_KAF);
    if (!((conj | prep) & (n >= 6)))
        return true;
    if (!lookup(ex, ix, t, p, n, 2))
        return false;
    if (conj) {
        /* p[2], p[3] are in the word: n >= 6. */
        unsigned c2 = letter_at(p + 2);
        if (n >= 8 && ((c2 == L_BA) | (c2 == L_LAM) | (c2 == L_KAF))) {
            if (!lookup(ex, ix, t, p, n, 4))
                return false;
            if (c2 == L_LAM && letter_at(p + 4) == L_LAM &&
                !lookup_alef(ex, ix, t, p, n, 4))
                return false;
        }
    } else if (c == L_LAM && letter_at(p + 2) == L_LAM &&
               !lookup_alef(ex, ix, t, p, n, 2)) {
        return false;
    }
    return true;
}

/* Word test n at byte pos (see hk_word_tests, hk_rules.word_tests).  Its
   "no entry" part looks at the token holding pos (clitics peeled:
   «بالنيابة» holds a status word); its "an entry" part wants one
   starting exactly at pos («وزكرياء»: the name starts after و). */
static int word_test(void *ctx, size_t pos, unsigned n)
{
    const hk_extractor *ex = ctx;
    const hk_token *tok = ex->tokens.items;
    size_t t = pos < ex->tok_of.len ? HK_VEC_AT(&ex->tok_of, uint32_t, pos)
                                    : ex->tokens.len;
    bool in_token = t < ex->tokens.len && tok[t].s <= pos;
    uint64_t here = in_token ? HK_VEC_AT(&ex->starts, uint64_t, t) : 0;
    uint64_t set = ex->rules->word_test_starts[n];
    if (here & ex->rules->word_tests[n])
        return 1;
    if (!set)
        return 0;
    if (!(here & set))
        return 1;
    const hk_tag *tags = ex->tags.items;
    for (size_t i = hk_i_tag_first(ex, t); i < ex->tags.len && tags[i].tok == t;
         i++)
        if (tags[i].s == pos && ((set >> tags[i].lex) & 1))
            return 0;
    return 1;
}

/* Is the character at s[i] a word character?  Sets *len to its length.
   Text is mostly Arabic: two-byte characters are decoded here (s[n] is the
   terminating NUL, never a continuation byte). */
static inline bool word_char(const char *s, size_t n, size_t i,
                             const uint8_t *word_cp, const hk_normalizer *norm,
                             size_t *len)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        *len = 1;
        return word_cp[c];
    }
    unsigned char c1 = (unsigned char)s[i + 1];
    if ((unsigned)(c - 0xC2) <= 0xDF - 0xC2 && (c1 & 0xC0) == 0x80) {
        *len = 2;
        return word_cp[((c & 0x1F) << 6) | (c1 & 0x3F)];
    }
    size_t j = i;
    bool word = hk_i_is_word_cp(norm, hk_i_utf8_next(s, n, &j));
    *len = j - i;
    return word;
}

/* Sets p[0..n) to v, four at a time and at least FILL_MIN (a word and
   the space before it, mostly, so that the loop after them seldom runs
   and its exit seldom mispredicts): may write up to FILL_MIN - 1 items
   past p + n (the caller leaves room, and writes them again later). */
#define FILL_MIN 16
static inline void fill_u32(uint32_t *p, size_t n, uint32_t v)
{
    const uint32_t v4[4] = {v, v, v, v};
    for (size_t k = 0; k < FILL_MIN; k += 4)
        memcpy(p + k, v4, sizeof v4);
    for (size_t k = FILL_MIN; k < n; k += 4)
        memcpy(p + k, v4, sizeof v4);
}

/* The edges of a block at byte i, from its word characters (bit k for
   byte i + k) and the first lim of its bytes known (see classify16): the
   places where a run of word characters starts or ends, written to
   edge[ne..] (ne: the edges so far, odd inside a token); returns the new
   count.  A block has a few edges, mostly: `unroll` are written whether
   there are or not (without a branch that the text decides; those past
   the last are written over later), and a loop takes any more. */
static inline __attribute__((always_inline)) size_t
block_edges(uint32_t *edge, size_t ne, size_t i, uint64_t word, unsigned lim,
            const int unroll)
{
    uint64_t in = ne & 1;
    uint64_t edges = (word ^ (word << 1 | in)) & (((uint64_t)1 << lim) - 1);
#pragma GCC unroll 8
    for (int k = 0; k < unroll; k++) {
        edge[ne] = (uint32_t)(i + (unsigned)__builtin_ctzll(
                                      edges | (uint64_t)1 << 63));
        ne += edges != 0;
        edges &= edges - 1;
    }
    while (edges) {
        edge[ne++] = (uint32_t)(i + (unsigned)__builtin_ctzll(edges));
        edges &= edges - 1;
    }
    return ne;
}

#ifdef __SSE2__
/* The sixteen bytes at p (a character boundary) as bit masks.  *word gets
   the bytes of the common word characters: ASCII letters and digits and
   the letters of simd.h, which hk_i_word_run_ok says word_char takes too
   (bit 16 set when byte 15 starts a letter).  Returned: the bytes of
   every character known here, those and the other ASCII characters and
   the Arabic comma, which are never word characters (hk_i_word_table,
   hk_i_word_run_ok).  Reads p[0..16]. */
static inline uint32_t classify16(const char *p, uint32_t *word)
{
    __m128i x = _mm_loadu_si128((const __m128i *)p);
    __m128i y = _mm_loadu_si128((const __m128i *)(p + 1));
    __m128i alnum = _mm_or_si128(
        hk_i_in_range8(_mm_or_si128(x, _mm_set1_epi8(0x20)), 'a', 'z' - 'a'),
        hk_i_in_range8(x, '0', 9));
    /* A lead byte at k whose letter's second byte is y[k] = p[k + 1]. */
    uint32_t lead = (uint32_t)_mm_movemask_epi8(hk_i_plain_lead(x, y));
    uint32_t ascii = ~(uint32_t)_mm_movemask_epi8(x) & 0xFFFF;
    uint32_t comma = (uint32_t)_mm_movemask_epi8(hk_i_comma_lead(x, y));
    *word = (uint32_t)_mm_movemask_epi8(alnum) | lead | lead << 1;
    return *word | ascii | comma | comma << 1;
}
#endif

#ifdef HK_AVX2
/* classify16 on the 32 bytes at p (bit 32 set when byte 31 starts a
   letter).  Reads p[0..32]. */
HK_AVX2_FN uint64_t classify32(const char *p, uint64_t *word)
{
    __m256i x = _mm256_loadu_si256((const __m256i *)p);
    __m256i y = _mm256_loadu_si256((const __m256i *)(p + 1));
    __m256i alnum = _mm256_or_si256(
        hk_i_in_range8x2(_mm256_or_si256(x, _mm256_set1_epi8(0x20)), 'a',
                         'z' - 'a'),
        hk_i_in_range8x2(x, '0', 9));
    uint64_t lead = (uint32_t)_mm256_movemask_epi8(hk_i_plain_lead2(x, y));
    uint64_t ascii = ~(uint32_t)_mm256_movemask_epi8(x);
    uint64_t comma = (uint32_t)_mm256_movemask_epi8(hk_i_comma_lead2(x, y));
    *word = (uint32_t)_mm256_movemask_epi8(alnum) | lead | lead << 1;
    return *word | ascii | comma | comma << 1;
}

/* hk_i_tokenize's block loop 32 bytes at a time: from byte i, with ne
   edges so far; returns where it stopped, fewer than 32 bytes before the
   end, with the count in *ne.  s[n] is the text's NUL: the byte after a
   block is there.  A block's edges (as block_edges finds them; none past
   its 32 bytes) are written eight places at a time from the table of
   bit places, without a chain of steps from one edge to the next. */
HK_AVX2_TARGET static size_t
token_blocks32(const char *s, size_t n, size_t i, uint32_t *edge, size_t *ne,
               const uint8_t *word_cp, const hk_normalizer *norm)
{
    size_t e = *ne, len;
    const uint8_t (*places)[8] = hk_i_bit_places(norm);
    while (i + 32 <= n) {
        uint64_t word, known = classify32(s + i, &word);
        /* Up to the first character not known here (33: the block and
           the second byte of a letter starting at its last). */
        unsigned lim = (unsigned)__builtin_ctzll(~known);
        uint64_t edges = (word ^ (word << 1 | (e & 1))) &
                         (((uint64_t)1 << lim) - 1);
        __m256i at = _mm256_set1_epi32((int)i);
#pragma GCC unroll 4
        for (unsigned g = 0; g < 32; g += 8) {
            unsigned bits = (unsigned)(edges >> g) & 0xFF;
            _mm256_storeu_si256(
                (__m256i *)(edge + e),
                _mm256_add_epi32(_mm256_cvtepu8_epi32(_mm_loadl_epi64(
                                     (const __m128i *)places[bits])),
                                 _mm256_add_epi32(at, _mm256_set1_epi32((int)g))));
            e += (unsigned)__builtin_popcount(bits);
        }
        i += lim;
        if (lim < 32) {
            bool w = word_char(s, n, i, word_cp, norm, &len);
            if (w != (e & 1))
                edge[e++] = (uint32_t)i;
            i += len;
        }
    }
    *ne = e;
    return i;
}
#endif

/* Tokens are the runs of word characters, so the places where the text
   turns from separators to a word and back alternate: token t starts at
   the (2t)th and ends at the (2t+1)th.  The tokenizer writes them one
   after the other into the token array, read as uint32_t. */
_Static_assert(sizeof(hk_token) == 2 * sizeof(uint32_t),
               "hk_token is a start and an end");

bool hk_i_tokenize_path(hk_extractor *ex, int path)
{
    const char *s = ex->nt.s;
    size_t n = ex->nt.len;
    const hk_normalizer *norm = ex->rules->norm;
    /* A token takes a byte and ends at one: at most (n + 1) / 2 of them,
       and room for the block loops' eight edges past the last.  tok_of
       has room for fill_u32 to run over. */
    if (!hk_i_vec_reserve(&ex->tokens, n / 2 + 8) ||
        !hk_i_vec_reserve(&ex->tok_of, n + FILL_MIN))
        return false;
    uint32_t *edge = ex->tokens.items;
    const uint8_t *word_cp = hk_i_word_table(norm);
    size_t ne = 0;            /* edges so far: odd inside a token */
    size_t i = 0, len = 0;
    bool blocks = hk_i_word_run_ok(norm);
#ifdef HK_AVX2
    if (blocks && path >= HK_SIMD_AVX2)
        i = token_blocks32(s, n, i, edge, &ne, word_cp, norm);
#endif
#ifdef __SSE2__
    /* s[n] is the text's NUL: the sixteen bytes after a block are there. */
    if (blocks && path >= HK_SIMD_SSE2)
        while (i + 16 <= n) {
            uint32_t word, known = classify16(s + i, &word);
            /* Up to the first character not known here (17: the block and
               the second byte of a letter starting at its last). */
            unsigned lim = (unsigned)__builtin_ctz(~known);
            ne = block_edges(edge, ne, i, word, lim, 4);
            i += lim;
            if (lim < 16) {
                bool w = word_char(s, n, i, word_cp, norm, &len);
                if (w != (ne & 1))
                    edge[ne++] = (uint32_t)i;
                i += len;
            }
        }
#else
    (void)path;
    (void)blocks;
#endif
    while (i < n) {
        bool w = word_char(s, n, i, word_cp, norm, &len);
        if (w != (ne & 1))
            edge[ne++] = (uint32_t)i;
        i += len;
    }
    if (ne & 1)
        edge[ne++] = (uint32_t)n;
    /* The separators before a token and the token both map to it. */
    const hk_token *tok = ex->tokens.items;
    uint32_t *tok_of = ex->tok_of.items;
    uint32_t ntok = (uint32_t)(ne / 2), from = 0;
    for (uint32_t t = 0; t < ntok; t++) {
        fill_u32(tok_of + from, tok[t].e - from, t);
        from = tok[t].e;
    }
    fill_u32(tok_of + from, n - from, ntok);
    tok_of[n] = ntok;
    ex->tokens.len = ntok;
    ex->tok_of.len = n + 1;
    return true;
}

bool hk_i_tokenize(hk_extractor *ex)
{
    return hk_i_tokenize_path(ex, hk_i_simd_best());
}

/* The tags of each lexicon, in text order (ex->tags_by_lex from
   ex->tags_lex_off[l]): rules tried at a lexicon, and resolve.c, read
   only the tags they want. */
static bool index_by_lexicon(hk_extractor *ex)
{
    const hk_tag *tags = ex->tags.items;
    size_t ntags = ex->tags.len;
    uint32_t *off = ex->tags_lex_off;
    if (!hk_i_vec_reserve(&ex->tags_by_lex, ntags ? ntags : 1))
        return false;
    memset(off, 0, sizeof ex->tags_lex_off);
    for (size_t t = 0; t < ntags; t++)
        off[tags[t].lex + 1]++;
    for (size_t l = 0; l < HK_MAX_LEXICONS; l++)
        off[l + 1] += off[l];
    uint32_t fill[HK_MAX_LEXICONS];
    memcpy(fill, off, sizeof fill);
    uint32_t *out = ex->tags_by_lex.items;
    for (size_t t = 0; t < ntags; t++)
        out[fill[tags[t].lex]++] = (uint32_t)t;
    ex->tags_by_lex.len = ntags;
    return true;
}

hk_status hk_i_tag(hk_extractor *ex, hk_error *err)
{
    ex->tags.len = 0;
    if (!hk_i_tokenize(ex))
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    size_t ntok = ex->tokens.len;
    /* Lexicon bits per token, for word tests and quick lookups, and each
       token's first tag (tags come in token order), filled as the tokens
       are tagged. */
    if (!hk_i_vec_reserve(&ex->starts, ntok) ||
        !hk_i_vec_reserve(&ex->words, ntok) ||
        !hk_i_vec_reserve(&ex->tag_first, ntok + 1))
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    if (ntok) {
        memset(ex->starts.items, 0, ntok * sizeof(uint64_t));
        memset(ex->words.items, 0, ntok * sizeof(uint64_t));
    }
    ex->starts.len = ex->words.len = ntok;
    uint32_t *first = ex->tag_first.items;
    const hk_index *ix = ex->rules->index;
    for (size_t t = 0; t < ntok; t++) {
        first[t] = (uint32_t)ex->tags.len;
        if (!tag_token(ex, ix, t))
            return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    }
    first[ntok] = (uint32_t)ex->tags.len;
    ex->tag_first.len = ntok + 1;
    if (!index_by_lexicon(ex))
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    ex->tests = (hk_word_tests){.test = word_test, .ctx = ex};
    hk_i_match_data_tests(ex->md, &ex->tests);
    return HK_OK;
}

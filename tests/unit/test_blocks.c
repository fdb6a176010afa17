/*
 * test_blocks.c - the block paths (sixteen bytes at a time, simd.h) of the
 * normaliser and the tagger against their one-character-at-a-time loops:
 * a normaliser made with the block paths and one made without
 * (hk_i_normalizer_new_blocks) must give the same document text, maps,
 * counts and code point offsets, the same short-string forms (matching,
 * display, key) and the same tokens, on random strings of every length
 * from 0 to 300, each at every offset of its content and in an allocation
 * of exactly its size (so that sanitizers see any read past it); the
 * tagger's tokens also with each of its block paths (SSE2, and AVX2 when
 * the CPU has it) alone.  Also simd.h's letter mask against its one-letter
 * test on every byte pair, and its 32-byte masks against the 16-byte ones.
 */
#include "extract.h"
#include "simd.h"
#include "check.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* check.h's generator, with this test's own seed. */
static uint32_t rnd_state = 4242;
static uint32_t rnd(uint32_t n)
{
    return check_rnd(&rnd_state, n);
}

/* Plain pieces (what the block paths take) first, then the rest. */
static const char *const pieces[] = {
    "\xd8\xa7", "\xd9\x84", "\xd9\x85", "\xd8\xb1", "\xd8\xa8", "\xd9\x8a",
    "\xd8\xa1", "\xd8\xba", "\xd9\x81", "\xd9\x8a", "\xd9\x88", "\xd9\x86",
    "\xd8\xa3", "\xd8\xa5", "\xd8\xa2", "\xd8\xa9", "\xd9\x89",  /* أ إ آ ة ى */
    "\xd8\x8c",                                                 /* ، */
    "a", "Z", "k", "0", "9", ".", "-", "~", " ", " ",
    "/", ":", "@", "[", "`", "{",          /* next to letters and digits */
    /* not plain */
    "  ", "\n", "\t", "\r\n", "\xd9\x80",                        /* tatweel */
    "\xd9\x8e", "\xd9\x91", "\xd9\x8b",                          /* diacritics */
    "\xd9\xb1", "\xda\xbe", "\xdb\x8c", "\xd9\xa1", "\xdb\xb5",  /* ٱ ھ ی ١ ۵ */
    "\xd8\xa0", "\xd8\xbb", "\xd9\x80", "\xd9\x8b", "\xc2\xa0",  /* edges */
    "\xe2\x80\x8f", "\xe2\x80\x93", "\xef\xbb\xbb", "\xef\xad\x90",
    "\xf0\x9f\x98\x80", "\xef\xbf\xbd", "e\xcc\x81", "\x01", "\x7f",
    /* invalid */
    "\xff", "\x80", "\xd8", "\xd9", "\xe2\x80", "\xc0\x80", "\xed\xa0\x80",
};
enum { N_PIECES = sizeof pieces / sizeof *pieces, N_PLAIN = 34 };

/* Random text of up to max bytes: plain runs, long or short, between the
   other pieces. */
static size_t make_text(char *out, size_t max, uint32_t odd)
{
    size_t n = 0;
    for (;;) {
        uint32_t p = rnd(odd) ? rnd(N_PLAIN) : rnd(N_PIECES);
        size_t len = strlen(pieces[p]);
        if (n + len > max)
            return n;
        memcpy(out + n, pieces[p], len);
        n += len;
    }
}

/* The ends of the map (to[] is written only where from[] says so). */
static bool same_to(const hk_ntext *a, const hk_ntext *b)
{
    for (size_t i = 0; i < a->len; i++)
        if (hk_i_map_to(a, i) != hk_i_map_to(b, i))
            return false;
    return true;
}

/* Two full maps (hk_i_normalize_full): the same text, from and to. */
static bool same_maps(const hk_ntext *a, const hk_ntext *b)
{
    return a->len == b->len && memcmp(a->s, b->s, a->len + 1) == 0 &&
           memcmp(a->from, b->from, (a->len + 1) * sizeof *a->from) == 0 &&
           memcmp(a->to, b->to, a->len * sizeof *a->to) == 0;
}

/* A document's map (sparse to[]) against the full one of the same text:
   the same from and to everywhere; counts in *marked the bytes whose
   to[] the sparse map holds. */
static bool same_full(const hk_ntext *sp, const hk_ntext *full,
                      size_t *marked)
{
    if (sp->len != full->len || memcmp(sp->s, full->s, sp->len + 1) != 0)
        return false;
    for (size_t i = 0; i < sp->len; i++) {
        *marked += (sp->from[i] & HK_MAP_TO) != 0;
        if (hk_i_map_from(sp, i) != full->from[i] ||
            hk_i_map_to(sp, i) != full->to[i])
            return false;
    }
    return hk_i_map_from(sp, sp->len) == full->from[sp->len];
}

static bool same_ntext(const hk_ntext *a, const hk_ntext *b)
{
    return a->len == b->len && memcmp(a->s, b->s, a->len + 1) == 0 &&
           memcmp(a->from, b->from, (a->len + 1) * sizeof *a->from) == 0 &&
           same_to(a, b) &&
           a->orig_cps == b->orig_cps && a->invalid == b->invalid &&
           a->controls == b->controls && a->arabic == b->arabic &&
           a->cp_ready && b->cp_ready &&
           memcmp(a->cp_byte, b->cp_byte,
                  (a->orig_cps + 1) * sizeof *a->cp_byte) == 0;
}

static bool same_str(const char *a, const char *b)
{
    return a && b && strcmp(a, b) == 0;
}

/* The tokens of t (n bytes, in an allocation of n + 1 with its NUL),
   with the block paths up to `path`. */
static bool tokens(hk_extractor *ex, const hk_rules *r, const char *t,
                   size_t n, hk_simd path)
{
    ex->rules = r;
    ex->nt.s = (char *)t;
    ex->nt.len = n;
    return hk_i_tokenize_path(ex, path);
}

static bool same_tokens(const hk_extractor *a, const hk_extractor *b)
{
    return a->tokens.len == b->tokens.len &&
           memcmp(a->tokens.items, b->tokens.items,
                  a->tokens.len * sizeof(hk_token)) == 0 &&
           a->tok_of.len == b->tok_of.len &&
           memcmp(a->tok_of.items, b->tok_of.items,
                  a->tok_of.len * sizeof(uint32_t)) == 0;
}

/* The public hk_normalize (no code point offsets) against the document
   normaliser's text and map. */
static bool same_public(const hk_rules *r, const char *t, size_t n,
                        const hk_ntext *want)
{
    char *out = NULL;
    size_t len = 0, *map = NULL;
    bool ok = hk_normalize(r, t, n, &out, &len, &map, NULL) == HK_OK &&
              len == want->len && memcmp(out, want->s, len + 1) == 0;
    for (size_t i = 0; ok && i <= len; i++)
        ok = map[i] == hk_i_map_from(want, i);
    free(out);
    free(map);
    return ok;
}

#ifdef HK_AVX2
/* The same for the 32-byte masks (hk_i_plain_lead2, hk_i_comma_lead2),
   each pair of bytes at each place in a block of zeros, against the
   16-byte ones on each half. */
HK_AVX2_TARGET static void lead_mask2(void)
{
    size_t differ = 0;
    for (unsigned pair = 0; pair < 0x10000; pair++)
        for (unsigned at = 0; at < 32; at++) {
            unsigned char b[33] = {0};
            b[at] = (unsigned char)(pair >> 8);
            b[at + 1] = (unsigned char)pair;
            __m256i x = _mm256_loadu_si256((const __m256i *)b);
            __m256i y = _mm256_loadu_si256((const __m256i *)(b + 1));
            uint32_t lead = (uint32_t)_mm256_movemask_epi8(
                hk_i_plain_lead2(x, y));
            uint32_t comma = (uint32_t)_mm256_movemask_epi8(
                hk_i_comma_lead2(x, y));
            uint32_t want_lead = 0, want_comma = 0;
            for (unsigned h = 0; h < 32; h += 16) {
                __m128i x1 = _mm_loadu_si128((const __m128i *)(b + h));
                __m128i y1 = _mm_loadu_si128((const __m128i *)(b + h + 1));
                want_lead |= (uint32_t)_mm_movemask_epi8(
                                 hk_i_plain_lead(x1, y1)) << h;
                want_comma |= (uint32_t)_mm_movemask_epi8(
                                  hk_i_comma_lead(x1, y1)) << h;
            }
            differ += lead != want_lead || comma != want_comma;
        }
    CHECK(differ == 0, "hk_i_plain_lead2 and hk_i_comma_lead2 agree with "
          "the 16-byte masks on every byte pair (%zu differ)", differ);
}
#endif

static void lead_mask(void)
{
#ifdef __SSE2__
    size_t differ = 0;
    /* Each pair of bytes at each place in a block of zeros. */
    for (unsigned pair = 0; pair < 0x10000; pair++)
        for (unsigned at = 0; at < 16; at++) {
            unsigned char b[17] = {0};
            b[at] = (unsigned char)(pair >> 8);
            b[at + 1] = (unsigned char)pair;
            unsigned got = (unsigned)_mm_movemask_epi8(hk_i_plain_lead(
                _mm_loadu_si128((const __m128i *)b),
                _mm_loadu_si128((const __m128i *)(b + 1))));
            unsigned want = 0;
            for (unsigned k = 0; k < 16; k++)
                if ((b[k] & 0xE0) == 0xC0 && (b[k + 1] & 0xC0) == 0x80 &&
                    hk_i_plain_letter((uint32_t)(b[k] & 0x1F) << 6 |
                                      (b[k + 1] & 0x3F)))
                    want |= 1u << k;
            differ += got != want;
        }
    CHECK(differ == 0, "hk_i_plain_lead agrees with hk_i_plain_letter on "
          "every byte pair (%zu differ)", differ);
#ifdef HK_AVX2
    if (hk_i_simd_best() >= HK_SIMD_AVX2)
        lead_mask2();
    else
        CHECK(1, "no AVX2 here: its letter mask not tried");
#endif
#else
    CHECK(1, "no SSE2: no block paths to check");
#endif
}

/* The normaliser `on` (with block paths) against `off` (without) on
   random texts, paragraph breaks and short strings, and the tokens of
   each text; `what` names `on` in the messages. */
static void compare(hk_normalizer *on, hk_normalizer *off, const char *what)
{
    hk_rules r_on = {.norm = on}, r_off = {.norm = off};
    hk_ntext a = {0}, b = {0}, full = {0};
    hk_arena arena = {0};
    hk_extractor ea = {0}, eb = {0};
    ea.tokens.size = eb.tokens.size = sizeof(hk_token);
    ea.tok_of.size = eb.tok_of.size = sizeof(uint32_t);
    size_t total = 0, d_doc = 0, d_pub = 0, d_str = 0, d_tok = 0, plain = 0;
    size_t d_full = 0, marked = 0, d_tok_path[HK_SIMD_AVX2 + 1] = {0};
    hk_simd best = hk_i_simd_best();
    char text[320];
    for (size_t max = 0; max <= 300; max++) {
        /* Mostly plain, or one piece in three not. */
        size_t n = make_text(text, max, max % 2 ? 24 : 3);
        for (size_t from = 0; from <= n; from++) {
            size_t len = n - from, pad = from % 16;
            /* Exactly its size (a NUL after it for the tagger only). */
            char *buf = malloc(pad + len + 1);
            char *t = buf + pad;
            memcpy(t, text + from, len);
            total++;
            bool ok = hk_i_normalize(on, t, len, &a, NULL) == HK_OK &&
                      hk_i_normalize(off, t, len, &b, NULL) == HK_OK;
            d_doc += !ok || !same_ntext(&a, &b);
            d_pub += !ok || !same_public(&r_on, t, len, &a);
            d_full += !ok ||
                      hk_i_normalize_full(off, t, len, &full, NULL) != HK_OK ||
                      !same_full(&a, &full, &marked) ||
                      hk_i_normalize_full(on, t, len, &b, NULL) != HK_OK ||
                      !same_maps(&b, &full);
            plain += ok && a.len == len;
            if (ok) {
                /* The tokens of the normalised text, exactly sized. */
                char *s = malloc(a.len + 1);
                memcpy(s, a.s, a.len + 1);
                bool off_ok = tokens(&eb, &r_off, s, a.len, best);
                for (hk_simd p = HK_SIMD_NONE; p <= best; p++)
                    d_tok_path[p] += !off_ok ||
                                     !tokens(&ea, &r_on, s, a.len, p) ||
                                     !same_tokens(&ea, &eb);
                d_tok += !off_ok || !tokens(&ea, &r_on, s, a.len, best) ||
                         !hk_i_tokenize(&ea) || !same_tokens(&ea, &eb);
                free(s);
            }
            char *exact = malloc(len ? len : 1);
            memcpy(exact, t, len);
            d_str += !same_str(hk_i_normalize_str(on, &arena, exact, len),
                               hk_i_normalize_str(off, &arena, exact, len)) ||
                     !same_str(hk_i_display_form(on, &arena, exact, len),
                               hk_i_display_form(off, &arena, exact, len)) ||
                     !same_str(hk_i_fold_key(on, &arena, exact, len),
                               hk_i_fold_key(off, &arena, exact, len));
            free(exact);
            free(buf);
            hk_i_arena_reset(&arena);
        }
    }
    /* Paragraph breaks, which plain_run takes between plain characters:
       every pair of what can stand before and after "\n\n", at every
       offset of a block. */
    static const char *const around[] = {
        "", "a", " ", "  ", "\n", "\xd8\xa8", "\xd8\x8c", "\xd9\x8e",
        "\xd8\xa3", "\xef\xbb\xbb", "\x01", "\xd9\x80", "\xd9",
    };
    enum { N_AROUND = sizeof around / sizeof *around };
    size_t nl_texts = 0, d_nl = 0;
    for (size_t x = 0; x < N_AROUND; x++)
        for (size_t y = 0; y < N_AROUND; y++)
            for (size_t pre = 0; pre < 40; pre++) {
                char nl[160];
                size_t len = 0;
                for (size_t k = 0; k < pre; k++)
                    nl[len++] = k % 3 ? 'x' : ' ';
                len += (size_t)sprintf(nl + len, "%s\n\n%s", around[x],
                                       around[y]);
                memset(nl + len, 'y', 80);
                len += 80;
                char *t = malloc(len);
                memcpy(t, nl, len);
                nl_texts++;
                size_t m = 0;
                d_nl += hk_i_normalize(on, t, len, &a, NULL) != HK_OK ||
                        hk_i_normalize(off, t, len, &b, NULL) != HK_OK ||
                        !same_ntext(&a, &b) ||
                        hk_i_normalize_full(off, t, len, &full,
                                            NULL) != HK_OK ||
                        !same_full(&a, &full, &m) ||
                        hk_i_normalize_full(on, t, len, &b, NULL) != HK_OK ||
                        !same_maps(&b, &full) ||
                        !same_public(&r_on, t, len, &a);
                free(t);
            }
    CHECK(d_nl == 0, "%s: paragraph breaks: blocks on = off on %zu texts (%zu "
          "differ)", what, nl_texts, d_nl);
    CHECK(plain > total / 10, "%s: %zu of %zu texts normalise to themselves",
          what, plain, total);
    CHECK(d_doc == 0, "%s: document normaliser: blocks on = off on %zu "
          "texts (text, maps, counts, offsets; %zu differ)", what, total, d_doc);
    CHECK(d_pub == 0, "%s: hk_normalize = the document normaliser on %zu "
          "texts (%zu differ)", what, total, d_pub);
    CHECK(d_full == 0 && marked > 0, "%s: the document map (to[] where "
          "marked, %zu bytes) = the full map, blocks on = off, on %zu texts "
          "(%zu differ)", what, marked, total, d_full);
    CHECK(d_str == 0, "%s: matching, display and key forms: blocks on = off "
          "on %zu strings (%zu differ)", what, total, d_str);
    CHECK(d_tok == 0, "%s: tokens: blocks on = off on %zu texts (%zu differ)",
          what, total, d_tok);
    CHECK(d_tok_path[HK_SIMD_NONE] == 0 && d_tok_path[HK_SIMD_SSE2] == 0 &&
              d_tok_path[HK_SIMD_AVX2] == 0,
          "%s: tokens: each block path = characters alone: none (%zu "
          "differ), SSE2 (%zu), AVX2 (%zu)%s", what, d_tok_path[HK_SIMD_NONE],
          d_tok_path[HK_SIMD_SSE2], d_tok_path[HK_SIMD_AVX2],
          best < HK_SIMD_AVX2 ? " (no AVX2 here: not tried)" : "");
    hk_i_vec_free(&ea.tokens);
    hk_i_vec_free(&ea.tok_of);
    hk_i_vec_free(&eb.tokens);
    hk_i_vec_free(&eb.tok_of);
    hk_i_arena_free(&arena);
    hk_i_ntext_free(&a);
    hk_i_ntext_free(&b);
    hk_i_ntext_free(&full);
}

int main(void)
{
    hk_normalizer *on = NULL, *on16 = NULL, *off = NULL;
    hk_simd best = hk_i_simd_best();
    if (hk_i_normalizer_new_blocks(&on, best, NULL) != HK_OK ||
        hk_i_normalizer_new_blocks(&on16, HK_SIMD_SSE2, NULL) != HK_OK ||
        hk_i_normalizer_new_blocks(&off, false, NULL) != HK_OK) {
        CHECK(0, "normalisers made");
        return 1;
    }
#ifdef __SSE2__
    CHECK(hk_i_word_run_ok(on) && hk_i_word_run_ok(on16) &&
              !hk_i_word_run_ok(off),
          "the tagger's block path is on with blocks only");
#endif
    lead_mask();
    compare(on16, off, "SSE2 blocks");
    if (best >= HK_SIMD_AVX2)
        compare(on, off, "AVX2 and SSE2 blocks");
    else
        CHECK(1, "no AVX2 here: its blocks not tried");
    hk_i_normalizer_free(on);
    hk_i_normalizer_free(on16);
    hk_i_normalizer_free(off);
    return check_failures != 0;
}

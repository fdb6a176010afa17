/*
 * simd.h - the byte tests that the SSE2 paths of the normaliser, the
 * tagger, match.c's scan and the JSON writers share, and the one letter
 * set the first two take sixteen bytes at a time: the Arabic letters
 * U+0621..U+063A and U+0641..U+064A, written in UTF-8 as D8 A1..D8 BA and
 * D9 81..D9 8A (and beside them the Arabic comma, D8 8C).
 *
 * hk_i_plain_letter is that set one code point at a time: each user
 * checks, when the rules load, that its own tables treat every character
 * of the set as its block path does, and leaves the block path off if
 * not.  Without SSE2 (no __SSE2__) only hk_i_plain_letter is defined and
 * the users keep to their one-character-at-a-time loops, which give the
 * same output (tests/unit/test_blocks.c compares the two).
 */
#ifndef HK_SIMD_H
#define HK_SIMD_H

#include <stdbool.h>
#include <stdint.h>

/* The Arabic letters the block paths take whole (no hamza forms above
   U+064A, no tatweel U+0640). */
static inline bool hk_i_plain_letter(uint32_t c)
{
    return (c >= 0x0621 && c <= 0x063A) || (c >= 0x0641 && c <= 0x064A);
}

/* The Arabic comma U+060C (D8 8C), the commonest character of Arabic
   news that is neither ASCII nor a letter: the normaliser's matching and
   display forms keep it as it is and the tagger knows it is no word
   character, so both take it in their blocks too (each checks its tables
   agree when the rules load). */
#define HK_ARABIC_COMMA 0x060Cu

/* The block paths a CPU may take: SSE2 is part of x86-64, AVX2 is not,
   so a path with an AVX2 version (compiled with the target attribute,
   HK_AVX2) asks hk_i_simd_best at each call, which reads what the CPU
   said at start-up (a load and a test); the tests take each path in
   turn (see hk_i_utf8_valid_path). */
typedef enum hk_simd { HK_SIMD_NONE, HK_SIMD_SSE2, HK_SIMD_AVX2 } hk_simd;

#if defined(__x86_64__) && defined(__GNUC__)
#define HK_AVX2 1
#endif

static inline hk_simd hk_i_simd_best(void)
{
#ifdef HK_AVX2
    /* (Every CPU with AVX2 has POPCNT, which the AVX2 paths use too.) */
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("popcnt"))
        return HK_SIMD_AVX2;
#endif
#ifdef __SSE2__
    return HK_SIMD_SSE2;
#else
    return HK_SIMD_NONE;
#endif
}

/* hk_i_utf8_valid taking the block paths up to `path` only (the widest
   first, then the narrower ones, then one character at a time), for the
   tests to compare them. */
#include <stddef.h>
bool hk_i_utf8_valid_path(const char *s, size_t n, hk_simd path);

#ifdef __SSE2__
#include <emmintrin.h>

/* Bytes of x in the unsigned range [lo, lo + span], as 0xFF; lo and
   span each sixteen copies of the byte (set once before a loop). */
static inline __m128i hk_i_in_range8v(__m128i x, __m128i lo, __m128i span)
{
    __m128i t = _mm_sub_epi8(x, lo);
    return _mm_cmpeq_epi8(_mm_min_epu8(t, span), t);
}

/* Bytes of x in the unsigned range [lo, lo + span], as 0xFF. */
static inline __m128i hk_i_in_range8(__m128i x, unsigned char lo,
                                     unsigned char span)
{
    return hk_i_in_range8v(x, _mm_set1_epi8((char)lo),
                           _mm_set1_epi8((char)span));
}

/* 0xFF at each byte of b that starts a letter of hk_i_plain_letter, bn
   being the sixteen bytes after b's first (b shifted by one byte, loaded
   from the text: the letter's second byte at the same index). */
static inline __m128i hk_i_plain_lead(__m128i b, __m128i bn)
{
    __m128i d8 = _mm_cmpeq_epi8(b, _mm_set1_epi8((char)0xD8));
    __m128i d9 = _mm_cmpeq_epi8(b, _mm_set1_epi8((char)0xD9));
    return _mm_or_si128(_mm_and_si128(d8, hk_i_in_range8(bn, 0xA1, 0xBA - 0xA1)),
                        _mm_and_si128(d9, hk_i_in_range8(bn, 0x81, 0x8A - 0x81)));
}

/* One bit for each of the sixteen bytes of v that a JSON string must
   escape: the control characters (NUL among them), the quote and the
   backslash. */
static inline unsigned hk_i_json_stops(__m128i v)
{
    /* Below 0x20 (unsigned) when min(v, 0x1F) is v. */
    __m128i stop = _mm_or_si128(
        _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v),
        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                     _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
    return (unsigned)_mm_movemask_epi8(stop);
}

/* 0xFF at each byte of b that starts an Arabic comma (b and bn as for
   hk_i_plain_lead). */
static inline __m128i hk_i_comma_lead(__m128i b, __m128i bn)
{
    return _mm_and_si128(_mm_cmpeq_epi8(b, _mm_set1_epi8((char)0xD8)),
                         _mm_cmpeq_epi8(bn, _mm_set1_epi8((char)0x8C)));
}
#endif

#ifdef HK_AVX2
#include <immintrin.h>

/* hk_i_in_range8, hk_i_plain_lead and hk_i_comma_lead on 32 bytes, for
   the AVX2 paths (test_blocks compares the letter masks). */
/* The target of the AVX2 paths' functions (hk_i_simd_best checks both),
   and of their always inlined helpers. */
#define HK_AVX2_TARGET __attribute__((target("avx2,popcnt")))
#define HK_AVX2_FN static inline HK_AVX2_TARGET __attribute__((always_inline))

HK_AVX2_FN __m256i hk_i_in_range8x2(__m256i x, unsigned char lo,
                                    unsigned char span)
{
    __m256i t = _mm256_sub_epi8(x, _mm256_set1_epi8((char)lo));
    return _mm256_cmpeq_epi8(_mm256_min_epu8(t, _mm256_set1_epi8((char)span)),
                             t);
}

HK_AVX2_FN __m256i hk_i_plain_lead2(__m256i b, __m256i bn)
{
    __m256i d8 = _mm256_cmpeq_epi8(b, _mm256_set1_epi8((char)0xD8));
    __m256i d9 = _mm256_cmpeq_epi8(b, _mm256_set1_epi8((char)0xD9));
    return _mm256_or_si256(
        _mm256_and_si256(d8, hk_i_in_range8x2(bn, 0xA1, 0xBA - 0xA1)),
        _mm256_and_si256(d9, hk_i_in_range8x2(bn, 0x81, 0x8A - 0x81)));
}

HK_AVX2_FN __m256i hk_i_comma_lead2(__m256i b, __m256i bn)
{
    return _mm256_and_si256(
        _mm256_cmpeq_epi8(b, _mm256_set1_epi8((char)0xD8)),
        _mm256_cmpeq_epi8(bn, _mm256_set1_epi8((char)0x8C)));
}
#endif

#endif

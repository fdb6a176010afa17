/*
 * utf8.c - decoding and encoding UTF-8 by hand, because it sits on the hot
 * path of every document and must treat invalid bytes predictably.
 */
#include "internal.h"
#include "simd.h"

uint32_t hk_i_utf8_next_slow(const char *str, size_t n, size_t *i)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t k = *i;
    unsigned char c = s[k];
    if (c < 0x80) {
        *i = k + 1;
        return c;
    }
    uint32_t cp;
    size_t need;
    uint32_t min;
    if ((c & 0xE0) == 0xC0) {
        cp = c & 0x1F; need = 1; min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        cp = c & 0x0F; need = 2; min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        cp = c & 0x07; need = 3; min = 0x10000;
    } else {
        *i = k + 1;
        return 0xFFFD;
    }
    if (n - k <= need) {
        *i = k + 1;
        return 0xFFFD;
    }
    for (size_t j = 1; j <= need; j++) {
        if ((s[k + j] & 0xC0) != 0x80) {
            *i = k + 1;
            return 0xFFFD;
        }
        cp = (cp << 6) | (s[k + j] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        *i = k + 1;
        return 0xFFFD;
    }
    *i = k + need + 1;
    return cp;
}

size_t hk_i_utf8_put(uint32_t c, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (c < 0x80) {
        o[0] = (unsigned char)c;
        return 1;
    }
    if (c < 0x800) {
        o[0] = (unsigned char)(0xC0 | (c >> 6));
        o[1] = (unsigned char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (c >> 12));
        o[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (c & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (c >> 18));
    o[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (c & 0x3F));
    return 4;
}

size_t hk_i_utf8_count(const char *s, size_t n)
{
    size_t i = 0, count = 0;
    while (i < n) {
        hk_i_utf8_next(s, n, &i);
        count++;
    }
    return count;
}

#ifdef __SSE2__
#include <emmintrin.h>
#endif
#ifdef HK_AVX2
#include <immintrin.h>
#endif

/* One character at s[*i], of the block loops' rare cases or their tail:
   false when it is invalid. */
static inline bool valid_char(const char *str, size_t n, size_t *i)
{
    size_t j = *i;
    if (hk_i_utf8_next(str, n, &j) == 0xFFFD && j == *i + 1)
        return false;
    *i = j;
    return true;
}

/* The last bytes one character at a time, from i. */
static bool valid_tail(const char *str, size_t n, size_t i)
{
    const unsigned char *s = (const unsigned char *)str;
    while (i < n) {
        if (s[i] < 0x80) {
            i++;
        } else if (s[i] >= 0xC2 && s[i] <= 0xDF && i + 1 < n &&
                   (s[i + 1] & 0xC0) == 0x80) {
            i += 2;     /* two bytes (Arabic) without the call */
        } else if (!valid_char(str, n, &i)) {
            return false;
        }
    }
    return true;
}

/* A block of w bytes at a character boundary as bit masks (one bit per
   byte; w is 16 or 32): high, its bytes from 0x80; cont, continuation
   bytes; lead, the lead bytes of two-byte forms.  Every lead must be
   followed by a continuation and every continuation preceded by a lead,
   up to the first byte that is neither ASCII nor either (the three- and
   four-byte forms, and invalid bytes), which goes through valid_char; a
   lead in the block's last byte waits for the next block.  Returns the
   bytes taken (at least one), or 0 when the block is invalid. */
static inline size_t valid_block(const char *str, size_t n, size_t i,
                                 uint64_t high, uint64_t cont, uint64_t lead,
                                 unsigned w)
{
    uint64_t other = high & ~cont & ~lead;  /* C0, C1, E0..FF */
    unsigned k = other ? (unsigned)__builtin_ctzll(other) : w;
    uint64_t keep = ((uint64_t)1 << k) - 1;
    uint64_t follow = (lead & keep) << 1 & (((uint64_t)1 << w) - 1);
    if (follow != (cont & keep))
        return 0;
    if (k == w)
        return w - (size_t)(lead >> (w - 1));
    size_t j = i + k;
    return valid_char(str, n, &j) ? j - i : 0;
}

#ifdef HK_AVX2
/* hk_i_utf8_valid's block loop 32 bytes at a time, when the CPU has AVX2;
   returns where it stopped (fewer than 32 bytes before the end), or n + 1
   when the text is invalid. */
HK_AVX2_TARGET static size_t
valid_blocks32(const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    while (n - i >= 32) {
        __m256i v = _mm256_loadu_si256((const __m256i *)(s + i));
        uint64_t high = (uint32_t)_mm256_movemask_epi8(v);
        if (!high) {
            i += 32;
            continue;
        }
        /* As signed bytes: 80..BF are below -64, C2..DF from -62 to -33. */
        uint64_t cont = (uint32_t)_mm256_movemask_epi8(
            _mm256_cmpgt_epi8(_mm256_set1_epi8(-64), v));
        uint64_t lead = (uint32_t)_mm256_movemask_epi8(
            _mm256_and_si256(_mm256_cmpgt_epi8(v, _mm256_set1_epi8(-63)),
                             _mm256_cmpgt_epi8(_mm256_set1_epi8(-32), v)));
        size_t took = valid_block(str, n, i, high, cont, lead, 32);
        if (!took)
            return n + 1;
        i += took;
    }
    return i;
}
#endif

/* The same sixteen bytes at a time with SSE2. */
static size_t valid_blocks16(const char *str, size_t n, size_t i)
{
#ifdef __SSE2__
    const unsigned char *s = (const unsigned char *)str;
    while (n - i >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
        uint64_t high = (unsigned)_mm_movemask_epi8(v);
        if (!high) {
            i += 16;
            continue;
        }
        uint64_t cont = (unsigned)_mm_movemask_epi8(
            _mm_cmplt_epi8(v, _mm_set1_epi8(-64)));
        uint64_t lead = (unsigned)_mm_movemask_epi8(
            _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(-63)),
                          _mm_cmplt_epi8(v, _mm_set1_epi8(-32))));
        size_t took = valid_block(str, n, i, high, cont, lead, 16);
        if (!took)
            return n + 1;
        i += took;
    }
#else
    (void)str;
    (void)n;
#endif
    return i;
}

bool hk_i_utf8_valid_path(const char *str, size_t n, hk_simd path)
{
    size_t i = 0;
#ifdef HK_AVX2
    if (path >= HK_SIMD_AVX2)
        i = valid_blocks32(str, n);
#endif
    if (path >= HK_SIMD_SSE2 && i <= n)
        i = valid_blocks16(str, n, i);
    return i <= n && valid_tail(str, n, i);
}

bool hk_i_utf8_valid(const char *str, size_t n)
{
    return hk_i_utf8_valid_path(str, n, hk_i_simd_best());
}

/*
 * utf8.c - decoding and encoding UTF-8 by hand, because it sits on the hot
 * path of every document and must treat invalid bytes predictably.
 */
#include "internal.h"

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

bool hk_i_utf8_valid(const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
#ifdef __SSE2__
    /* Sixteen bytes at a time, each block starting on a character
       boundary: a block of ASCII and two-byte characters (Arabic) is
       checked whole, with one bit per byte; a three- or four-byte
       character goes through hk_i_utf8_next. */
    while (n - i >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
        unsigned high = (unsigned)_mm_movemask_epi8(v);
        if (!high) {
            i += 16;
            continue;
        }
        /* As signed bytes: 80..BF are below -64, C2..DF from -62 to -33. */
        unsigned cont = (unsigned)_mm_movemask_epi8(
            _mm_cmplt_epi8(v, _mm_set1_epi8(-64)));
        unsigned lead = (unsigned)_mm_movemask_epi8(
            _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(-63)),
                          _mm_cmplt_epi8(v, _mm_set1_epi8(-32))));
        unsigned other = high & ~cont & ~lead;  /* C0, C1, E0..FF */
        unsigned k = other ? (unsigned)__builtin_ctz(other) : 16;
        unsigned keep = (1u << k) - 1;
        /* Every lead followed by a continuation, every continuation
           preceded by a lead; a lead in the last byte waits for the next
           block, one before another byte goes wrong here. */
        unsigned follow = (lead & keep) << 1;
        if (k == 16)
            follow &= 0xFFFF;
        if (follow != (cont & keep))
            return false;
        if (k == 16) {
            i += 16 - (lead >> 15);
            continue;
        }
        i += k;
        size_t j = i;
        if (hk_i_utf8_next(str, n, &j) == 0xFFFD && j == i + 1)
            return false;
        i = j;
    }
#endif
    while (i < n) {
        if (s[i] < 0x80) {
            i++;
        } else if (s[i] >= 0xC2 && s[i] <= 0xDF && i + 1 < n &&
                   (s[i + 1] & 0xC0) == 0x80) {
            i += 2;     /* two bytes (Arabic) without the call */
        } else {
            size_t k = i;
            if (hk_i_utf8_next(str, n, &k) == 0xFFFD && k == i + 1)
                return false;
            i = k;
        }
    }
    return true;
}

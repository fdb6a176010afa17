/*
 * lstr.h - the strings of a result (hk_doc), made by hk_i_arena_lstr:
 * n bytes, none of them NUL, and a NUL, with n kept in the size_t just
 * before them, so that the JSON writer needs no strlen.  Each starts
 * sixteen-byte aligned and is followed by zeros to the end of its last
 * block of sixteen, so that the writer reads it in aligned blocks (which
 * never leave its allocation): one masked test per block, no size
 * classes.  Every string of a result is one, "" too.
 */
#ifndef HK_LSTR_H
#define HK_LSTR_H

#include "internal.h"
#include "simd.h"

/* The length of s. */
static inline size_t hk_i_lstr_len(const char *s)
{
    size_t n;
    memcpy(&n, s - sizeof n, sizeof n);
    return n;
}

/* hk_i_json_put for s of length n; needs 6 * n + 18 bytes at o (up to
   fifteen past the string may be written over). */
static inline char *hk_i_json_put_lstr(char *o, const char *s, size_t n)
{
#ifdef __SSE2__
    /* Past the string only zeros, which the mask leaves out; a byte to
       escape hands the rest to the general path. */
    *o++ = '"';
    for (size_t i = 0; i < n; i += 16) {
        __m128i v = _mm_load_si128((const __m128i *)(s + i));
        _mm_storeu_si128((__m128i *)(o + i), v);
        unsigned keep = n - i < 16 ? (1u << (n - i)) - 1 : 0xFFFFu;
        unsigned m = hk_i_json_stops(v) & keep;
        if (m) {
            size_t j = i + (size_t)__builtin_ctz(m);
            return hk_i_json_put_from(o + j, s, j, n);
        }
    }
    o += n;
    *o++ = '"';
    return o;
#else
    return hk_i_json_put(o, s, n);
#endif
}

/* hk_i_json_put for any string, with the common case inline: nothing to
   escape, read in sixteen-byte pieces (the last one overlapping the one
   before), or, shorter, in two overlapping pieces of eight or four bytes,
   never past the string; a byte to escape hands it all to hk_i_json_put.
   Needs 6 * n + 18 bytes at o, as hk_i_json_put_lstr. */
static inline __attribute__((always_inline)) char *
hk_i_json_put_any(char *o, const char *s, size_t n)
{
#ifdef __SSE2__
    char *q = o + 1;
    unsigned m;
    if (n >= 16) {
        for (size_t i = 0; i + 16 < n; i += 16) {
            __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
            _mm_storeu_si128((__m128i *)(q + i), v);
            if (hk_i_json_stops(v))
                return hk_i_json_put(o, s, n);
        }
        __m128i v = _mm_loadu_si128((const __m128i *)(s + n - 16));
        _mm_storeu_si128((__m128i *)(q + n - 16), v);
        m = hk_i_json_stops(v);
    } else if (n >= 8) {
        uint64_t lo, hi;
        memcpy(&lo, s, 8);
        memcpy(&hi, s + n - 8, 8);
        memcpy(q, &lo, 8);
        memcpy(q + n - 8, &hi, 8);
        m = hk_i_json_stops(_mm_set_epi64x((long long)hi, (long long)lo));
    } else if (n >= 4) {
        uint32_t lo, hi;
        memcpy(&lo, s, 4);
        memcpy(&hi, s + n - 4, 4);
        memcpy(q, &lo, 4);
        memcpy(q + n - 4, &hi, 4);
        m = hk_i_json_stops(_mm_set_epi32((int)hi, (int)lo, (int)hi, (int)lo));
    } else {
        m = 0;
        for (size_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)s[i];
            q[i] = (char)c;
            m |= c < 0x20 || c == '"' || c == '\\';
        }
    }
    if (m)
        return hk_i_json_put(o, s, n);
    o[0] = '"';
    q[n] = '"';
    return q + n + 1;
#else
    return hk_i_json_put(o, s, n);
#endif
}

#endif

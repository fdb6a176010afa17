/*
 * buf.c - a growable byte buffer with JSON and XML escaping, used by every
 * writer so that output is built in memory and written in large blocks.
 */
#include "internal.h"
#include "simd.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool hk_i_buf_reserve(hk_buf *b, size_t extra)
{
    if (b->cap - b->len > extra)
        return true;
    size_t cap = b->cap ? b->cap : 256;
    while (cap - b->len <= extra)
        cap *= 2;
    char *d = realloc(b->data, cap);
    if (!d)
        return false;
    b->data = d;
    b->cap = cap;
    return true;
}

bool hk_i_buf_puts(hk_buf *b, const char *s)
{
    return hk_i_buf_append(b, s, strlen(s));
}

bool hk_i_buf_printf(hk_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || !hk_i_buf_reserve(b, (size_t)n + 1))
        return false;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return true;
}

/* Bytes that end a run of plain string bytes: the control characters
   (NUL among them), the quote and the backslash. */
static const bool json_stop[256] = {
    [0x00] = 1, [0x01] = 1, [0x02] = 1, [0x03] = 1, [0x04] = 1, [0x05] = 1,
    [0x06] = 1, [0x07] = 1, [0x08] = 1, [0x09] = 1, [0x0A] = 1, [0x0B] = 1,
    [0x0C] = 1, [0x0D] = 1, [0x0E] = 1, [0x0F] = 1, [0x10] = 1, [0x11] = 1,
    [0x12] = 1, [0x13] = 1, [0x14] = 1, [0x15] = 1, [0x16] = 1, [0x17] = 1,
    [0x18] = 1, [0x19] = 1, [0x1A] = 1, [0x1B] = 1, [0x1C] = 1, [0x1D] = 1,
    [0x1E] = 1, [0x1F] = 1, ['"'] = 1, ['\\'] = 1,
};

/* Copies the run of plain bytes from s[i] to o, up to the next byte to
   escape or n, and returns where it ends.  Most strings (Arabic) hold
   none: sixteen bytes are looked at and copied in a few instructions, and
   a shorter rest as two pieces that overlap.  Bytes past the run may be
   written too, up to 16, into room the caller has reserved (six bytes out
   for each byte in) and writes over next. */
static size_t copy_plain(char *o, const char *s, size_t i, size_t n)
{
    const size_t from = i;
#ifdef __SSE2__
    for (; n - i >= 16; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
        _mm_storeu_si128((__m128i *)(o + (i - from)), v);
        unsigned m = hk_i_json_stops(v);
        if (m)
            return i + (size_t)__builtin_ctz(m);
    }
    size_t r = n - i;
    if (r && i - from >= 16) {
        /* The rest as the last sixteen bytes, those before i plain and
           written again in their place. */
        __m128i v = _mm_loadu_si128((const __m128i *)(s + n - 16));
        _mm_storeu_si128((__m128i *)(o + (n - 16 - from)), v);
        unsigned m = hk_i_json_stops(v) >> (16 - r);
        return m ? i + (size_t)__builtin_ctz(m) : n;
    }
    if (r >= 4) {
        /* s[i, i+k) in the low half, s[n-k, n) in the high half. */
        unsigned k = r >= 8 ? 8 : 4;
        uint64_t lo = 0, hi = 0;
        if (k == 8) {
            memcpy(&lo, s + i, 8);
            memcpy(&hi, s + n - 8, 8);
            memcpy(o + (i - from), &lo, 8);
            memcpy(o + (n - 8 - from), &hi, 8);
        } else {
            uint32_t lo4, hi4;
            memcpy(&lo4, s + i, 4);
            memcpy(&hi4, s + n - 4, 4);
            memcpy(o + (i - from), &lo4, 4);
            memcpy(o + (n - 4 - from), &hi4, 4);
            lo = lo4;
            hi = hi4;
        }
        unsigned m = hk_i_json_stops(_mm_set_epi64x((long long)hi, (long long)lo));
        unsigned first = m & ((1u << k) - 1), last = (m >> 8) & ((1u << k) - 1);
        if (first)
            return i + (size_t)__builtin_ctz(first);
        return last ? n - k + (size_t)__builtin_ctz(last) : n;
    }
#endif
    for (; i < n && !json_stop[(unsigned char)s[i]]; i++)
        o[i - from] = s[i];
    return i;
}

char *hk_i_json_put_from(char *o, const char *s, size_t i, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    for (;;) {
        size_t j = copy_plain(o, s, i, n);
        o += j - i;
        if (j == n)
            break;
        unsigned char c = (unsigned char)s[j];
        i = j + 1;
        *o++ = '\\';
        switch (c) {
        case '"': *o++ = '"'; break;
        case '\\': *o++ = '\\'; break;
        case '\n': *o++ = 'n'; break;
        case '\t': *o++ = 't'; break;
        case '\r': *o++ = 'r'; break;
        default:
            memcpy(o, "u00", 3);
            o[3] = hex[c >> 4];
            o[4] = hex[c & 15];
            o += 5;
        }
    }
    *o++ = '"';
    return o;
}

char *hk_i_json_put(char *o, const char *s, size_t n)
{
    *o++ = '"';
    return hk_i_json_put_from(o, s, 0, n);
}

bool hk_i_buf_json_string(hk_buf *b, const char *s)
{
    size_t n = strlen(s);
    if (b->cap - b->len <= n * 6 + 3 && !hk_i_buf_reserve(b, n * 6 + 3))
        return false;
    b->len = (size_t)(hk_i_json_put(b->data + b->len, s, n) - b->data);
    b->data[b->len] = '\0';
    return true;
}

bool hk_i_buf_uint(hk_buf *b, size_t v)
{
    if (b->cap - b->len <= 20 && !hk_i_buf_reserve(b, 20))
        return false;
    b->len = (size_t)(hk_i_uint_put(b->data + b->len, v) - b->data);
    b->data[b->len] = '\0';
    return true;
}

bool hk_i_buf_xml_text(hk_buf *b, const char *s)
{
    for (const char *p = s; *p; p++) {
        const char *rep = NULL;
        switch (*p) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = "&quot;"; break;
        case '\'': rep = "&apos;"; break;
        default:
            /* XML 1.0 forbids most control characters even escaped. */
            if ((unsigned char)*p < 0x20 && *p != '\n' && *p != '\t')
                rep = " ";
        }
        if (rep ? !hk_i_buf_puts(b, rep) : !hk_i_buf_append(b, p, 1))
            return false;
    }
    return true;
}

void hk_i_buf_free(hk_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

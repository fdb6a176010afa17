/*
 * buf.c - a growable byte buffer with JSON and XML escaping, used by every
 * writer so that output is built in memory and written in large blocks.
 */
#include "internal.h"

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

bool hk_i_buf_append(hk_buf *b, const void *data, size_t n)
{
    if (!hk_i_buf_reserve(b, n))
        return false;
    memcpy(b->data + b->len, data, n);
    b->len += n;
    b->data[b->len] = '\0';
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

/* Bytes that end a run of plain string bytes: NUL (the end), the other
   control characters, the quote and the backslash. */
static const bool json_stop[256] = {
    [0x00] = 1, [0x01] = 1, [0x02] = 1, [0x03] = 1, [0x04] = 1, [0x05] = 1,
    [0x06] = 1, [0x07] = 1, [0x08] = 1, [0x09] = 1, [0x0A] = 1, [0x0B] = 1,
    [0x0C] = 1, [0x0D] = 1, [0x0E] = 1, [0x0F] = 1, [0x10] = 1, [0x11] = 1,
    [0x12] = 1, [0x13] = 1, [0x14] = 1, [0x15] = 1, [0x16] = 1, [0x17] = 1,
    [0x18] = 1, [0x19] = 1, [0x1A] = 1, [0x1B] = 1, [0x1C] = 1, [0x1D] = 1,
    [0x1E] = 1, [0x1F] = 1, ['"'] = 1, ['\\'] = 1,
};

bool hk_i_buf_json_string(hk_buf *b, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    size_t n = strlen(s);
    if (!hk_i_buf_reserve(b, n * 6 + 3))
        return false;
    char *o = b->data + b->len;
    *o++ = '"';
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        /* Copy the run of bytes that need no escape in one go. */
        const unsigned char *q = p;
        while (!json_stop[*q])
            q++;
        memcpy(o, p, (size_t)(q - p));
        o += q - p;
        p = q;
        if (!*p)
            break;
        unsigned char c = *p++;
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
    b->len = (size_t)(o - b->data);
    b->data[b->len] = '\0';
    return true;
}

bool hk_i_buf_uint(hk_buf *b, size_t v)
{
    char tmp[24];
    size_t n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    if (!hk_i_buf_reserve(b, n))
        return false;
    while (n)
        b->data[b->len++] = tmp[--n];
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

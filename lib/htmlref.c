/*
 * htmlref.c - HTML character references left in scraped text.
 *
 * Articles taken from web pages may keep their character references
 * («&nbsp;», «&quot;», «&#1601;»).  Read as text, «;» is a comma and
 * «nbsp» a word, so a title no longer reaches its holder.  The normaliser
 * hands a text holding «&» here first: its references are decoded, once
 * («&amp;nbsp;» is «&nbsp;»), into a copy, and the place of each is kept
 * so that the map back to the original steps over them.  A reference needs
 * its «;»; an unknown name, or a number that is no character, stays text.
 */
#include "internal.h"

#include <string.h>

/* The named references news pages use: white space, quotes, dashes and
   the marks a page may write as names.  The spaces are written as a plain
   space, which is what the normaliser makes of them, and which keeps its
   block paths going. */
static const struct {
    const char *name;
    uint32_t cp;
} named[] = {
    {"amp", '&'},       {"lt", '<'},        {"gt", '>'},
    {"quot", '"'},      {"apos", '\''},     {"nbsp", ' '},
    {"ensp", ' '},      {"emsp", ' '},      {"thinsp", ' '},
    {"shy", 0x00AD},    {"zwnj", 0x200C},   {"zwj", 0x200D},
    {"lrm", 0x200E},    {"rlm", 0x200F},    {"laquo", 0x00AB},
    {"raquo", 0x00BB},  {"lsquo", 0x2018},  {"rsquo", 0x2019},
    {"ldquo", 0x201C},  {"rdquo", 0x201D},  {"ndash", 0x2013},
    {"mdash", 0x2014},  {"hellip", 0x2026}, {"bull", 0x2022},
    {"middot", 0x00B7}, {"times", 0x00D7},
};

/* The longest reference read: «&#x10FFFF;», «&thinsp;». */
#define REF_MAX 10

static int digit(unsigned char c, unsigned base)
{
    int d = c >= '0' && c <= '9'              ? c - '0'
            : (c | 32) >= 'a' && (c | 32) <= 'f' ? (c | 32) - 'a' + 10
                                                   : 99;
    return d < (int)base ? d : -1;
}

/* The reference at s[0] == '&' (n bytes left): its character, and its
   length in *len; or 0 when none is there. */
static uint32_t reference(const char *s, size_t n, size_t *len)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t max = n < REF_MAX ? n : REF_MAX;
    const unsigned char *semi = memchr(u, ';', max);
    if (!semi || semi - u < 3)
        return 0;
    size_t k = (size_t)(semi - u);
    *len = k + 1;
    if (u[1] == '#') {
        unsigned base = (u[2] | 32) == 'x' ? 16 : 10;
        size_t at = base == 16 ? 3 : 2;
        if (at == k)
            return 0;
        uint32_t cp = 0;
        for (; at < k; at++) {
            int d = digit(u[at], base);
            if (d < 0)
                return 0;
            cp = cp * base + (uint32_t)d;
            if (cp > 0x10FFFF)
                return 0;
        }
        return cp && (cp < 0xD800 || cp > 0xDFFF) ? cp : 0;
    }
    for (size_t i = 0; i < sizeof named / sizeof *named; i++)
        if (strlen(named[i].name) == k - 1 &&
            !memcmp(named[i].name, u + 1, k - 1))
            return named[i].cp;
    return 0;
}

size_t hk_i_html_decode(const char *text, size_t len, char *out,
                        size_t *out_len, hk_href *refs)
{
    size_t i = 0, o = 0, nrefs = 0;
    uint32_t cp = 0, shift = 0;
    while (i < len) {
        const char *amp = memchr(text + i, '&', len - i);
        size_t end = amp ? (size_t)(amp - text) : len;
        memcpy(out + o, text + i, end - i);
        o += end - i;
        /* Counted as the normaliser counts them: «&» ends any sequence. */
        while (i < end) {
            hk_i_utf8_next(text, len, &i);
            cp++;
        }
        if (i == len)
            break;
        size_t rl = 0;
        uint32_t c = reference(text + i, len - i, &rl);
        if (c) {
            o += hk_i_utf8_put(c, out + o);
            shift += (uint32_t)rl - 1;
            if (refs)
                refs[nrefs] = (hk_href){.at = cp, .shift = shift};
            nrefs++;
            i += rl;
        } else {
            out[o++] = '&';
            i++;
        }
        cp++;
    }
    *out_len = o;
    return nrefs;
}

uint32_t hk_i_html_orig_cp_slow(const hk_href *refs, size_t n,
                               size_t *hint, uint32_t cp)
{
    /* j: the first reference at or after cp.  Forward from the last
       answer, one at a time (a map is read in order, nearly); back, by
       halves. */
    size_t j = *hint <= n ? *hint : n;
    if (j && refs[j - 1].at >= cp) {
        size_t lo = 0, hi = j - 1;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (refs[mid].at < cp)
                lo = mid + 1;
            else
                hi = mid;
        }
        j = lo;
    }
    while (j < n && refs[j].at < cp)
        j++;
    *hint = j;
    return cp + (j ? refs[j - 1].shift : 0);
}

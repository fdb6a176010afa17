/*
 * spans.c - which spans of a list overlap (or hold) a given span, without
 * a loop over the whole list: resolution's pair loops over a document's
 * mentions use it when there are many (a long document), so that their
 * time grows with the document, not its square.  The spans are sorted by
 * start, with the furthest end reached so far at each place: a query
 * reads back from the last span starting early enough, and stops where no
 * span before reaches far enough.
 */
#include "extract.h"

#include <stdlib.h>

int hk_i_by_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static int by_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

bool hk_i_spans_build(hk_spans *sp, hk_arena *a, const uint32_t *s,
                      const uint32_t *e, size_t n)
{
    uint64_t *key = hk_i_arena_alloc_raw(a, (n + 1) * sizeof *key);
    sp->pos = hk_i_arena_alloc_raw(a, 4 * (n + 1) * sizeof *sp->pos);
    if (!key || !sp->pos)
        return false;
    sp->s = sp->pos + n + 1;
    sp->e = sp->s + n + 1;
    sp->reach = sp->e + n + 1;
    sp->n = n;
    for (size_t i = 0; i < n; i++)
        key[i] = (uint64_t)s[i] << 32 | (uint32_t)i;
    qsort(key, n, sizeof *key, hk_i_by_u64);
    uint32_t reach = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t p = (uint32_t)key[i];
        sp->pos[i] = p;
        sp->s[i] = s[p];
        sp->e[i] = e[p];
        reach = e[p] > reach ? e[p] : reach;
        sp->reach[i] = reach;
    }
    return true;
}

/* How many spans start before s_below. */
static size_t starting_before(const hk_spans *sp, uint32_t s_below)
{
    size_t lo = 0, hi = sp->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (sp->s[mid] < s_below)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

size_t hk_i_spans_find(const hk_spans *sp, uint32_t s_below, uint32_t e_from,
                       uint32_t *out)
{
    size_t c = 0;
    for (size_t i = starting_before(sp, s_below); i-- > 0 &&
                                                  sp->reach[i] >= e_from;)
        if (sp->e[i] >= e_from)
            out[c++] = sp->pos[i];
    /* Back in the caller's order: mostly a few, nearly in reverse. */
    if (c > 32) {
        qsort(out, c, sizeof *out, by_u32);
        return c;
    }
    for (size_t i = 1; i < c; i++) {
        uint32_t v = out[i];
        size_t j = i;
        for (; j > 0 && out[j - 1] > v; j--)
            out[j] = out[j - 1];
        out[j] = v;
    }
    return c;
}

bool hk_i_spans_any(const hk_spans *sp, uint32_t s_below, uint32_t e_from)
{
    for (size_t i = starting_before(sp, s_below); i-- > 0 &&
                                                  sp->reach[i] >= e_from;)
        if (sp->e[i] >= e_from)
            return true;
    return false;
}

/*
 * groups.c - which strings of a list are equal, without comparing every
 * pair: the pair loops of resolution and linking that count or unify
 * equal names use it when the list is long (a long document).  The
 * strings are sorted (length, bytes, place); each run of equal ones
 * points at its first.
 */
#include "extract.h"

#include <stdlib.h>
#include <string.h>

typedef struct item {
    const char *s;
    size_t len;
    uint32_t pos;
} item;

static int by_string(const void *a, const void *b)
{
    const item *x = a, *y = b;
    if (x->len != y->len)
        return x->len < y->len ? -1 : 1;
    int c = memcmp(x->s, y->s, x->len);
    if (c)
        return c;
    return x->pos < y->pos ? -1 : x->pos > y->pos;
}

bool hk_i_first_equal(hk_arena *a, const char *const *s, const size_t *len,
                      size_t n, uint32_t *first)
{
    item *it = hk_i_arena_alloc_raw(a, (n + 1) * sizeof *it);
    if (!it)
        return false;
    for (size_t i = 0; i < n; i++) {
        it[i].s = s[i];
        it[i].len = len ? len[i] : strlen(s[i]);
        it[i].pos = (uint32_t)i;
    }
    qsort(it, n, sizeof *it, by_string);
    for (size_t i = 0, run = 0; i < n; i++) {
        if (i && (it[i].len != it[run].len ||
                  memcmp(it[i].s, it[run].s, it[i].len)))
            run = i;
        first[it[i].pos] = it[run].pos;
    }
    return true;
}

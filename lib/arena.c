/*
 * arena.c - a bump allocator for results and rule sets, and a growable
 * array.  Everything allocated from an arena is freed with it at once.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

struct hk_arena_block {
    struct hk_arena_block *next;
    size_t used, size;
    max_align_t data[];
};

#define HK_ARENA_MIN 8192

/* A new block with room for size bytes; returns them. */
static __attribute__((noinline)) void *grow(hk_arena *a, size_t size)
{
    struct hk_arena_block *b = a->head;
    size_t want = size > HK_ARENA_MIN ? size : HK_ARENA_MIN;
    /* Grow blocks with the arena so big results need few blocks. */
    if (b && b->size * 2 > want && b->size < (1u << 20))
        want = b->size * 2;
    b = malloc(sizeof *b + want);
    if (!b)
        return NULL;
    b->size = want;
    b->used = size;
    b->next = a->head;
    a->head = b;
    return b->data;
}

/* size bytes (a multiple of sizeof(max_align_t)), not cleared. */
static inline void *bump(hk_arena *a, size_t size)
{
    struct hk_arena_block *b = a->head;
    if (!b || b->size - b->used < size)
        return grow(a, size);
    void *p = (char *)b->data + b->used;
    b->used += size;
    return p;
}

#define ROUND(n) (((n) + sizeof(max_align_t) - 1) & ~(sizeof(max_align_t) - 1))

void *hk_i_arena_alloc(hk_arena *a, size_t size)
{
    size = ROUND(size);
    void *p = bump(a, size);
    if (p)
        memset(p, 0, size);
    return p;
}

void *hk_i_arena_alloc_raw(hk_arena *a, size_t size)
{
    return bump(a, ROUND(size));
}

char *hk_i_arena_strndup(hk_arena *a, const char *s, size_t n)
{
    /* Only the last alignment unit is cleared, before the copy: the bytes
       after the string are zero as in any allocation, and the rest is
       not written twice. */
    size_t size = ROUND(n + 1);
    char *p = bump(a, size);
    if (p) {
        memset(p + size - sizeof(max_align_t), 0, sizeof(max_align_t));
        memcpy(p, s, n);
        p[n] = '\0';
    }
    return p;
}

char *hk_i_arena_strdup(hk_arena *a, const char *s)
{
    return hk_i_arena_strndup(a, s, strlen(s));
}

char *hk_i_arena_concat(hk_arena *a, const char *x, const char *y)
{
    size_t nx = strlen(x), ny = strlen(y);
    char *p = hk_i_arena_alloc(a, nx + ny + 1);
    if (p) {
        memcpy(p, x, nx);
        memcpy(p + nx, y, ny + 1);
    }
    return p;
}

/* Blocks hold strings at sixteen-byte boundaries (hk_i_arena_lstr). */
_Static_assert(sizeof(max_align_t) % 16 == 0 && _Alignof(max_align_t) >= 16,
               "arena units of sixteen bytes");

char *hk_i_arena_lstr(hk_arena *a, const char *s, size_t n)
{
    /* The length at the end of an alignment unit of its own, then the
       string, cleared to its end as in strndup. */
    enum { HEAD = sizeof(max_align_t) };
    size_t size = HEAD + ROUND(n + 1);
    char *p = bump(a, size);
    if (!p)
        return NULL;
    memset(p + size - sizeof(max_align_t), 0, sizeof(max_align_t));
    memcpy(p + HEAD - sizeof n, &n, sizeof n);
    memcpy(p + HEAD, s, n);
    p[HEAD + n] = '\0';
    return p + HEAD;
}

void hk_i_arena_reset(hk_arena *a)
{
    struct hk_arena_block *keep = NULL, *b = a->head;
    while (b) {
        struct hk_arena_block *next = b->next;
        if (!keep || b->size > keep->size) {
            free(keep);
            keep = b;
        } else {
            free(b);
        }
        b = next;
    }
    if (keep) {
        keep->used = 0;
        keep->next = NULL;
    }
    a->head = keep;
}

void hk_i_arena_free(hk_arena *a)
{
    struct hk_arena_block *b = a->head;
    while (b) {
        struct hk_arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
}

bool hk_i_vec_reserve(hk_vec *v, size_t n)
{
    if (v->cap >= n)
        return true;
    size_t cap = v->cap ? v->cap : 16;
    while (cap < n)
        cap *= 2;
    void *items = realloc(v->items, cap * v->size);
    if (!items)
        return false;
    v->items = items;
    v->cap = cap;
    return true;
}

void *hk_i_vec_push(hk_vec *v)
{
    if (v->len == v->cap && !hk_i_vec_reserve(v, v->len + 1))
        return NULL;
    void *p = (char *)v->items + v->len++ * v->size;
    memset(p, 0, v->size);
    return p;
}

void hk_i_vec_free(hk_vec *v)
{
    free(v->items);
    v->items = NULL;
    v->len = v->cap = 0;
}

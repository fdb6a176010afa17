/*
 * fuse.c - one pattern for two rules tried at the same places: their
 * common beginning P, then either rest, each ending in an empty marker
 * group, then their common end T:
 *
 *     P (?:(?:A')()|(?:B')()) T
 *
 * A callout after T (regex.c) records each rule's first success, then
 * makes the match fail, so PCRE2 goes on backtracking as it would have for
 * each pattern alone: the paths through P A' T come in the order they come
 * in for pattern A, those through P B' T in B's order, and the first of
 * each is that pattern's match.  P is matched once for both (and a failed
 * P fails both), and one call serves both rules.
 *
 * The split is refused, and the rules run apart, wherever that could be
 * untrue: a pattern with syntax this file does not follow (backreferences,
 * recursion, verbs, \Q, comments, extended mode...), a group open at the
 * split that is not a plain or capturing group, an alternative already
 * begun in P at the split's depth, or a group of P repeated where T
 * closes it (A' in one round and B' in the next would be neither rule).
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

/* What the walk knows at the start of each byte of a pattern. */
typedef struct walk {
    uint8_t *item;           /* 1: an item other than a quantifier, '|' or
                                ')' begins here */
    int *depth;              /* groups open before this byte */
    int *groups;             /* capturing groups opened before it */
    uint8_t *plain;          /* 1: every group open here is (?: or a
                                capture, and none has had a '|' so far */
} walk;

static bool is_hex(char c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

/* The length of a quantifier at p (0: none), with its + or ? after. */
static size_t quantifier(const char *p, const char *end)
{
    size_t n = 0;
    if (*p == '*' || *p == '+' || *p == '?') {
        n = 1;
    } else if (*p == '{') {
        const char *q = p + 1;
        bool digits = false;
        while (q < end && *q >= '0' && *q <= '9')
            q++, digits = true;
        if (q < end && *q == ',') {
            q++;
            while (q < end && *q >= '0' && *q <= '9')
                q++, digits = true;
        }
        if (!digits || q >= end || *q != '}')
            return 0;
        n = (size_t)(q + 1 - p);
    } else {
        return 0;
    }
    if (p + n < end && (p[n] == '+' || p[n] == '?'))
        n++;
    return n;
}

enum { G_PLAIN, G_CAPTURE, G_OTHER };

/* Walks pattern s[0..n); false where it holds anything it does not
   follow. */
static bool walk_pattern(const char *s, size_t n, walk *w)
{
    enum { MAXD = 64 };
    int kind[MAXD];
    bool bar[MAXD + 1] = {false};
    int depth = 0, groups = 0;
    const char *end = s + n;
    size_t i = 0;
    while (i <= n) {
        bool plain = !bar[0];
        for (int d = 0; d < depth; d++)
            plain = plain && kind[d] != G_OTHER && !bar[d + 1];
        w->depth[i] = depth;
        w->groups[i] = groups;
        w->plain[i] = plain;
        w->item[i] = 0;
        if (i == n)
            break;
        const char *p = s + i;
        size_t len = 1;
        char c = *p;
        bool item = true;
        if (c == '\\') {
            if (i + 1 >= n)
                return false;
            char e = p[1];
            if ((e >= '0' && e <= '9') || e == 'g' || e == 'k' || e == 'Q' ||
                e == 'E' || e == 'K' || e == 'G' || e == 'c' || e == 'o' ||
                e == 'N' || e == 'R' || e == 'X')
                return false;
            len = 2;
            while (i + len < n && ((unsigned char)p[len] & 0xC0) == 0x80)
                len++;
            if (e == 'x' || e == 'p' || e == 'P') {
                if (i + 2 < n && p[2] == '{') {
                    const char *q = memchr(p + 2, '}', (size_t)(end - p - 2));
                    if (!q)
                        return false;
                    len = (size_t)(q + 1 - p);
                } else if (e == 'x') {
                    while (len < 4 && i + len < n && is_hex(p[len]))
                        len++;
                } else {
                    return false;
                }
            }
        } else if (c == '[') {
            size_t j = i + 1;
            if (j < n && s[j] == '^')
                j++;
            if (j < n && s[j] == ']')
                j++;
            for (; j < n && s[j] != ']'; j++) {
                if (s[j] == '\\')
                    j++;
                else if (s[j] == '[' && j + 1 < n && s[j + 1] == ':')
                    return false;
            }
            if (j >= n)
                return false;
            len = j + 1 - i;
        } else if (c == '(') {
            if (depth >= MAXD)
                return false;
            int k = G_OTHER;
            if (i + 1 < n && p[1] == '*') {
                return false;
            } else if (i + 1 < n && p[1] == '?') {
                char t = i + 2 < n ? p[2] : 0;
                if (t == ':') {
                    k = G_PLAIN;
                    len = 3;
                } else if (t == '=' || t == '!' || t == '>') {
                    len = 3;
                } else if (t == '<' && i + 3 < n && (p[3] == '=' || p[3] == '!')) {
                    len = 4;
                } else if (t == '<' || t == '\'') {
                    char close = t == '<' ? '>' : '\'';
                    const char *q = memchr(p + 3, close, (size_t)(end - p - 3));
                    if (!q)
                        return false;
                    k = G_CAPTURE;
                    len = (size_t)(q + 1 - p);
                } else if (t == 'C') {
                    /* A numbered callout: an item that matches nothing. */
                    size_t j = i + 3;
                    while (j < n && s[j] >= '0' && s[j] <= '9')
                        j++;
                    if (j >= n || s[j] != ')')
                        return false;
                    len = j + 1 - i;
                    k = -1;
                } else {
                    /* Option letters: only i, m, s, n, U, J, -, ^. */
                    size_t j = i + 2;
                    while (j < n && strchr("imsnUJ-^", s[j]) && s[j])
                        j++;
                    if (j >= n || j == i + 2 || (s[j] != ')' && s[j] != ':'))
                        return false;
                    /* (?i) sets options for the rest of the group: an
                       item that matches nothing. */
                    k = s[j] == ')' ? -1 : G_OTHER;
                    len = j + 1 - i;
                }
            } else {
                k = G_CAPTURE;
            }
            if (k == G_CAPTURE)
                groups++;
            if (k >= 0) {
                kind[depth++] = k;
                bar[depth] = false;
            }
        } else if (c == ')') {
            if (!depth)
                return false;
            depth--;
            item = false;
        } else if (c == '|') {
            bar[depth] = true;
            item = false;
        } else if (quantifier(p, end)) {
            len = quantifier(p, end);
            item = false;
        } else if ((unsigned char)c >= 0x80) {
            while (i + len < n && ((unsigned char)p[len] & 0xC0) == 0x80)
                len++;
        }
        w->item[i] = item;
        for (size_t k = 1; k < len && i + k < n; k++) {
            w->depth[i + k] = depth;
            w->groups[i + k] = groups;
            w->plain[i + k] = 0;
            w->item[i + k] = 0;
        }
        i += len;
    }
    return depth == 0;
}

static bool walk_new(walk *w, size_t n)
{
    w->item = malloc(n + 1);
    w->plain = malloc(n + 1);
    w->depth = malloc((n + 1) * sizeof(int));
    w->groups = malloc((n + 1) * sizeof(int));
    return w->item && w->plain && w->depth && w->groups;
}

static void walk_free(walk *w)
{
    free(w->item);
    free(w->plain);
    free(w->depth);
    free(w->groups);
}

/* Where the rest of a pattern from `at` (depth d) first closes a group
   open at `at`: the end when d is 0. */
static size_t rest_end(const walk *w, size_t at, size_t n)
{
    int d = w->depth[at];
    for (size_t i = at; i < n; i++)
        if (w->depth[i + 1] < d)
            return i;
    return n;
}

bool hk_i_fuse_patterns(const char *a, const char *b, hk_buf *out,
                        hk_fuse_map *map)
{
    size_t na = strlen(a), nb = strlen(b);
    walk wa = {0}, wb = {0};
    bool ok = false;
    if (!walk_new(&wa, na) || !walk_new(&wb, nb) ||
        !walk_pattern(a, na, &wa) || !walk_pattern(b, nb, &wb))
        goto done;
    size_t l = 0;
    while (l < na && l < nb && a[l] == b[l])
        l++;
    /* The split: the last place in the common beginning where an item
       starts in both, every group open is plain and none has had a '|',
       the rests end alike (T) and T repeats no group open there. */
    size_t ea = 0, eb = 0;
    for (; l > 0; l--) {
        if (!(l < na && l < nb && wa.item[l] && wb.item[l] && wa.plain[l]))
            continue;
        ea = rest_end(&wa, l, na);
        eb = rest_end(&wb, l, nb);
        if (na - ea != nb - eb || memcmp(a + ea, b + eb, na - ea))
            continue;
        int d = wa.depth[l];
        bool repeats = false;
        for (size_t i = ea; i < na; i++)
            if (a[i] == ')' && wa.depth[i + 1] < d) {
                d = wa.depth[i + 1];
                repeats = repeats || quantifier(a + i + 1, a + na);
            }
        if (!repeats)
            break;
    }
    if (l == 0)
        goto done;
    int p = wa.groups[l];
    int ra = wa.groups[ea] - p, rb = wb.groups[eb] - p;
    int t = wa.groups[na] - wa.groups[ea];
    map->groups[0] = p + ra + t;
    map->groups[1] = p + rb + t;
    map->marker[0] = p + ra + 1;
    map->marker[1] = p + ra + rb + 2;
    for (int g = 1; g <= map->groups[0] && g < HK_FUSE_GROUPS; g++)
        map->map[0][g] = (uint8_t)(g <= p + ra ? g : g + rb + 2);
    for (int g = 1; g <= map->groups[1] && g < HK_FUSE_GROUPS; g++)
        map->map[1][g] = (uint8_t)(g <= p ? g : g <= p + rb ? g + ra + 1
                                                            : g + ra + 2);
    if (map->groups[0] >= HK_FUSE_GROUPS || map->groups[1] >= HK_FUSE_GROUPS ||
        p + ra + rb + t + 2 >= HK_FUSE_GROUPS)
        goto done;
    /* When T only closes groups, nothing after a rest can fail: its
       first way to match is the rule's match, and the others need not be
       tried (atomic). */
    bool closes = true;
    for (size_t i = ea; i < na; i++)
        closes = closes && a[i] == ')';
    static const char callout[] = "(?C{fuse})";
    ok = hk_i_buf_append(out, a, l) &&
         hk_i_buf_append(out, closes ? "(?:(?>" : "(?:(?:", 6) &&
         hk_i_buf_append(out, a + l, ea - l) &&
         hk_i_buf_append(out, closes ? ")()|(?>" : ")()|(?:", 7) &&
         hk_i_buf_append(out, b + l, eb - l) &&
         hk_i_buf_append(out, ")())", 4) &&
         hk_i_buf_append(out, a + ea, na - ea) &&
         hk_i_buf_append(out, callout, sizeof callout - 1);
done:
    walk_free(&wa);
    walk_free(&wb);
    return ok;
}

/*
 * dates.c - the value of a DATE mention: YYYY-MM-DD from the groups its
 * rule captured (day, month name through the months lexicon's `num`, or a
 * numeric month `mnum`, year), or --MM-DD when the year is unknown.
 * «الجاري» (this month), «الماضي» (last) and «المقبل» (next) take their
 * year from the publication date when one is given.
 */
#include "extract.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int num(const char *s)
{
    if (!s || !*s)
        return -1;
    int v = 0;
    for (const char *p = s; *p; p++) {
        if (*p < '0' || *p > '9' || v > 100000)
            return -1;
        v = v * 10 + (*p - '0');
    }
    return v;
}

static int days_in(int month, int year)
{
    static const int d[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && year > 0)
        return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
    return d[month - 1];
}

/* Reads YYYY-MM-DD; false when it is not one. */
static bool parse_iso(const char *s, int *y, int *m, int *d)
{
    return s && strlen(s) >= 10 && sscanf(s, "%4d-%2d-%2d", y, m, d) == 3 &&
           *m >= 1 && *m <= 12 && *d >= 1 && *d <= 31;
}

/* The attributes a date reads, in one pass over the mention's (the
   first of a key, as hk_i_mention_key finds it). */
typedef struct date_attrs {
    const char *day, *num, *mnum, *year, *rel;
} date_attrs;

static date_attrs read_attrs(const hk_rules *r, const hk_mention *m)
{
    /* Keys are interned (hk_rules.keys): one pointer each. */
    date_attrs a = {0};
    for (size_t i = 0; i < m->n_attrs; i++) {
        const char *k = m->attrs[i].key, *v = m->attrs[i].value;
        const char **slot = k == r->keys.day    ? &a.day
                            : k == r->keys.num  ? &a.num
                            : k == r->keys.mnum ? &a.mnum
                            : k == r->keys.year ? &a.year
                            : k == r->keys.rel  ? &a.rel
                                                : NULL;
        if (slot && !*slot)
            *slot = v;
    }
    return a;
}

void hk_i_date_value(hk_extractor *ex, hk_mention *m)
{
    date_attrs a = read_attrs(ex->rules, m);
    int day = num(a.day);
    int month = num(a.num);
    if (month < 0)
        month = num(a.mnum);
    int year = num(a.year);
    if (year >= 0 && year < 100)
        year += year < 50 ? 2000 : 1900;
    if (month < 1 || month > 12 || day < 1 || day > days_in(month, year)) {
        m->dead = true;
        return;
    }
    if (year < 0) {
        const char *rel = a.rel;
        int py, pm, pd;
        if (rel && ex->info && parse_iso(ex->info->date, &py, &pm, &pd)) {
            year = py;
            if (!strcmp(rel, "previous") && (month > pm || (month == pm && day > pd)))
                year = py - 1;
            else if (!strcmp(rel, "next") && (month < pm || (month == pm && day < pd)))
                year = py + 1;
        }
    }
    /* "%04d-%02d-%02d" or "--%02d-%02d", written by hand: snprintf cost
       more than the rest of the resolve step for a date. */
    char buf[16];
    size_t n = 0;
    if (year > 0 && year < 10000) {
        buf[n++] = (char)('0' + year / 1000);
        buf[n++] = (char)('0' + year / 100 % 10);
        buf[n++] = (char)('0' + year / 10 % 10);
        buf[n++] = (char)('0' + year % 10);
    } else {
        buf[n++] = '-';
    }
    buf[n++] = '-';
    buf[n++] = (char)('0' + month / 10);
    buf[n++] = (char)('0' + month % 10);
    buf[n++] = '-';
    buf[n++] = (char)('0' + day / 10);
    buf[n++] = (char)('0' + day % 10);
    m->value = hk_i_arena_strndup(ex->arena, buf, n);
    if (!m->value)
        m->dead = true;
}

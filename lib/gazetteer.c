/*
 * gazetteer.c - Morocco's territories: regions, provinces and prefectures,
 * communes and arrondissements with their parent links (from the HCP
 * division, rules/gazetteer/territories.tsv), the press's aliases
 * (aliases.tsv), and the names that are also ordinary words
 * (common-words.lex).  Territory names become entries of a lexicon called
 * "territories" so the tagger finds them like any other word.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

/* By kind; the last for an out-of-range kind. */
static const hk_name tkind_names[6] = {
    {0, 0, ""}, {0, 6, "region"}, {0, 8, "province"}, {0, 7, "commune"},
    {0, 14, "arrondissement"}, {0, 0, ""}};

const char *hk_i_tkind_name(hk_tkind k)
{
    return tkind_names[(unsigned)k <= HK_T_ARRONDISSEMENT ? (unsigned)k : 5].s;
}

hk_level hk_i_tkind_level(hk_tkind k)
{
    switch (k) {
    case HK_T_REGION: return HK_LEVEL_REGIONAL;
    case HK_T_PROVINCE: return HK_LEVEL_PROVINCIAL;
    case HK_T_COMMUNE:
    case HK_T_ARRONDISSEMENT: return HK_LEVEL_LOCAL;
    }
    return HK_LEVEL_NONE;
}

hk_tkind hk_i_parse_tkind(const char *s, size_t n)
{
    for (unsigned i = HK_T_REGION; i <= HK_T_ARRONDISSEMENT; i++)
        if (tkind_names[i].n == n && !memcmp(tkind_names[i].s, s, n))
            return (hk_tkind)i;
    return 0;
}

typedef struct gzload {
    hk_rules *r;
    const char *path;
    hk_vec terr;        /* hk_territory */
    hk_vec parents;     /* const char * parent codes, parallel to terr */
    hk_vec entries;     /* hk_entry * */
    unsigned lex;
} gzload;

/* Splits a TAB-separated line into at most max fields. */
static size_t split_tabs(const char *line, size_t len, const char **f,
                         size_t *fl, size_t *fo, size_t max)
{
    size_t n = 0, s = 0;
    for (size_t k = 0; k <= len && n < max; k++)
        if (k == len || line[k] == '\t') {
            f[n] = line + s;
            fl[n] = k - s;
            fo[n] = s;
            n++;
            s = k + 1;
        }
    return n;
}

static hk_entry *new_entry(gzload *g, const char *form, size_t len, int ref,
                           unsigned lineno)
{
    hk_arena *a = &g->r->arena;
    hk_entry *e = hk_i_arena_alloc(a, sizeof *e);
    if (!e)
        return NULL;
    e->form = hk_i_arena_strndup(a, form, len);
    e->nform = hk_i_normalize_str(g->r->norm, a, form, len);
    e->lexicon = (uint8_t)g->lex;
    e->line = lineno;
    e->ref = ref;
    e->proper = true;
    hk_entry **slot = hk_i_vec_push(&g->entries);
    if (!e->form || !e->nform || !slot)
        return NULL;
    *slot = e;
    return e;
}

static hk_status territory_line(void *user, const char *line, size_t len,
                                unsigned lineno, hk_error *err)
{
    gzload *g = user;
    if (!len || line[0] == '#')
        return HK_OK;
    const char *f[8];
    size_t fl[8], fo[8];
    size_t nf = split_tabs(line, len, f, fl, fo, 8);
    if (nf < 4 || !fl[0] || !fl[3])
        return hk_i_fail(err, HK_ERR_RULES, g->path, lineno, 1,
                         "expected code, kind, parent, name_ar, name_fr");
    hk_tkind kind = hk_i_parse_tkind(f[1], fl[1]);
    if (!kind)
        return hk_i_fail(err, HK_ERR_RULES, g->path, lineno,
                         hk_i_column(line, fo[1]),
                         "unknown territory kind '%.*s'", (int)fl[1], f[1]);
    hk_arena *a = &g->r->arena;
    hk_territory *t = hk_i_vec_push(&g->terr);
    const char **parent = hk_i_vec_push(&g->parents);
    if (!t || !parent)
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    t->code = hk_i_arena_strndup(a, f[0], fl[0]);
    t->kind = kind;
    t->name = hk_i_display_form(g->r->norm, a, f[3], fl[3]);
    t->name_fr = nf > 4 ? hk_i_arena_strndup(a, f[4], fl[4]) : "";
    t->successor = "";
    for (size_t k = 5; k < nf; k++)
        if (fl[k] > 10 && !memcmp(f[k], "successor=", 10))
            t->successor = hk_i_arena_strndup(a, f[k] + 10, fl[k] - 10);
    *parent = hk_i_arena_strndup(a, f[2], fl[2]);
    t->parent = t->region = -1;
    if (!t->code || !t->name || !t->name_fr || !*parent ||
        !new_entry(g, f[3], fl[3], (int)(g->terr.len - 1), lineno))
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    return HK_OK;
}

typedef struct code_ix {
    const char *code;
    int index;
} code_ix;

static int code_cmp(const void *a, const void *b)
{
    return strcmp(((const code_ix *)a)->code, ((const code_ix *)b)->code);
}

int hk_i_territory_find(const hk_rules *r, const char *code)
{
    size_t lo = 0, hi = r->n_territories;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(r->territories[r->terr_by_code[mid]].code, code);
        if (!c)
            return r->terr_by_code[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

int hk_i_territory_province(const hk_rules *r, int t)
{
    if (t >= 0 && r->territories[t].prefecture >= 0)
        return r->territories[t].prefecture;
    for (int steps = 0; t >= 0 && r->territories[t].kind != HK_T_PROVINCE && steps < 8;
         steps++)
        t = r->territories[t].parent;
    return t >= 0 && r->territories[t].kind == HK_T_PROVINCE ? t : -1;
}

static hk_status alias_line(void *user, const char *line, size_t len,
                            unsigned lineno, hk_error *err)
{
    gzload *g = user;
    if (!len || line[0] == '#')
        return HK_OK;
    const char *f[3];
    size_t fl[3], fo[3];
    size_t nf = split_tabs(line, len, f, fl, fo, 3);
    if (nf < 2 || !fl[0] || !fl[1])
        return hk_i_fail(err, HK_ERR_RULES, g->path, lineno, 1,
                         "expected alias<TAB>code");
    char code[64];
    snprintf(code, sizeof code, "%.*s", (int)fl[1], f[1]);
    int t = hk_i_territory_find(g->r, code);
    if (t < 0)
        return hk_i_fail(err, HK_ERR_RULES, g->path, lineno,
                         hk_i_column(line, fo[1]),
                         "unknown territory code '%s'", code);
    hk_entry *e = new_entry(g, f[0], fl[0], t, lineno);
    char *shown = e ? hk_i_display_form(g->r->norm, &g->r->arena, f[0], fl[0])
                    : NULL;
    if (!shown)
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    bool preferred = nf > 2 && fl[2] == 9 && !memcmp(f[2], "preferred", 9);
    bool official = nf > 2 && fl[2] == 8 && !memcmp(f[2], "official", 8);
    if (nf > 2 && fl[2] && !preferred && !official)
        return hk_i_fail(err, HK_ERR_RULES, g->path, lineno,
                         hk_i_column(line, fo[2]),
                         "expected 'preferred', 'official' or nothing in the "
                         "third column");
    /* An article that spells a name the press's way gets it back so
       spelled; a preferred spelling (the press's full name where the
       census shortens it) replaces the official name in the graph and
       where the article wrote neither, while an article that writes the
       census's name gets that back («مقاطعة السواني»); an official one
       (an alias with its type word) never shows. */
    if (preferred) {
        for (size_t i = 0; i < g->entries.len; i++) {
            hk_entry *o = HK_VEC_AT(&g->entries, hk_entry *, i);
            if (o != e && o->ref == t && !o->written)
                o->written = g->r->territories[t].name;
        }
        g->r->territories[t].name = shown;
    } else if (!official) {
        e->written = shown;
    }
    return HK_OK;
}

hk_status hk_i_gazetteer_load(hk_rules *r, const char *dir, hk_error *err)
{
    char path[4096];
    gzload g = {.r = r};
    g.terr.size = sizeof(hk_territory);
    g.parents.size = sizeof(const char *);
    g.entries.size = sizeof(hk_entry *);
    snprintf(path, sizeof path, "%s/gazetteer/territories.tsv", dir);
    int li = hk_i_lexicon_new(r, "territories", path);
    if (li < 0)
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    g.lex = (unsigned)li;
    g.path = r->lexicons[li].path;
    hk_status st = hk_i_read_lines(path, territory_line, &g, err);
    if (st != HK_OK)
        goto done;
    r->territories = g.terr.items;
    r->n_territories = g.terr.len;
    g.terr.items = NULL;
    r->terr_by_code = malloc((r->n_territories + 1) * sizeof(int));
    code_ix *sorted = malloc((r->n_territories + 1) * sizeof *sorted);
    if (!r->terr_by_code || !sorted) {
        free(sorted);
        st = hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
        goto done;
    }
    for (size_t i = 0; i < r->n_territories; i++)
        sorted[i] = (code_ix){r->territories[i].code, (int)i};
    qsort(sorted, r->n_territories, sizeof *sorted, code_cmp);
    for (size_t i = 0; i < r->n_territories; i++)
        r->terr_by_code[i] = sorted[i].index;
    free(sorted);
    for (size_t i = 0; i < r->n_territories; i++) {
        const char *pc = HK_VEC_AT(&g.parents, const char *, i);
        hk_territory *t = &r->territories[i];
        if (*pc) {
            t->parent = hk_i_territory_find(r, pc);
            if (t->parent < 0) {
                st = hk_i_fail(err, HK_ERR_RULES, path, 0, 0,
                               "territory %s: unknown parent %s", t->code, pc);
                goto done;
            }
        }
    }
    for (size_t i = 0; i < r->n_territories; i++) {
        /* Walk up to the region; the chain is short and acyclic by data,
           but bound it anyway against a bad file. */
        int t = (int)i, steps = 0;
        while (t >= 0 && r->territories[t].kind != HK_T_REGION && steps++ < 8)
            t = r->territories[t].parent;
        r->territories[i].region = t;
    }
    for (size_t i = 0; i < r->n_territories; i++)
        r->territories[i].city = -1;
    for (size_t i = 0; i < r->n_territories; i++) {
        hk_territory *t = &r->territories[i];
        if (t->kind != HK_T_COMMUNE || t->parent < 0 ||
            r->territories[t->parent].kind != HK_T_PROVINCE)
            continue;
        const char *p = r->territories[t->parent].name;
        const char *kc = hk_i_fold_key(r->norm, &r->arena, t->name, strlen(t->name));
        const char *kp = hk_i_fold_key(r->norm, &r->arena, p, strlen(p));
        if (!kc || !kp) {
            st = hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
            goto done;
        }
        t->like_province = !strcmp(kc, kp);
        if (t->like_province)
            r->territories[t->parent].city = (int)i;
    }
    /* A province named by two towns («وجدة-أنجاد», «طنجة-أصيلة»): the
       town of its first name, when no town bears the whole name. */
    for (size_t i = 0; i < r->n_territories; i++) {
        hk_territory *t = &r->territories[i];
        if (t->kind != HK_T_COMMUNE || t->parent < 0 ||
            r->territories[t->parent].kind != HK_T_PROVINCE ||
            r->territories[t->parent].city >= 0)
            continue;
        const char *p = r->territories[t->parent].name;
        const char *dash = strchr(p, '-');
        if (!dash)
            continue;
        const char *kc = hk_i_fold_key(r->norm, &r->arena, t->name, strlen(t->name));
        const char *kp = hk_i_fold_key(r->norm, &r->arena, p, (size_t)(dash - p));
        if (!kc || !kp) {
            st = hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
            goto done;
        }
        if (!strcmp(kc, kp))
            r->territories[t->parent].city = (int)i;
    }
    /* «مقاطعة سيدي عثمان» lies in «عمالة مقاطعات مولاي رشيد»: the census
       links an arrondissement only to its commune; HCP codes give the
       prefecture of arrondissements the arrondissement's code with its
       last digit 0 (06.141.01.73, 06.141.01.70). */
    for (size_t i = 0; i < r->n_territories; i++) {
        hk_territory *a = &r->territories[i];
        char code[32];
        size_t n = strlen(a->code);
        a->prefecture = -1;
        if (a->kind != HK_T_ARRONDISSEMENT || n < 2 || n >= sizeof code)
            continue;
        memcpy(code, a->code, n + 1);
        code[n - 1] = '0';
        int p = hk_i_territory_find(r, code);
        if (p >= 0 && r->territories[p].kind == HK_T_PROVINCE)
            a->prefecture = p;
    }
    /* «عمالة مقاطعات مولاي رشيد» and «مقاطعة مولاي رشيد»: twins. */
    for (size_t i = 0; i < r->n_territories; i++)
        r->territories[i].twin = -1;
    for (size_t i = 0; i < r->n_territories; i++) {
        const hk_territory *a = &r->territories[i];
        if (a->kind != HK_T_ARRONDISSEMENT)
            continue;
        for (size_t j = 0; j < r->n_territories; j++) {
            hk_territory *p = &r->territories[j];
            if (p->kind == HK_T_PROVINCE && p->city < 0 && p->twin < 0 &&
                p->region == a->region && !strcmp(p->name, a->name))
                p->twin = (int)i;
        }
    }
    snprintf(path, sizeof path, "%s/gazetteer/aliases.tsv", dir);
    g.path = path;
    st = hk_i_read_lines(path, alias_line, &g, err);
    if (st != HK_OK)
        goto done;
    hk_lexicon *l = &r->lexicons[li];
    l->n_entries = g.entries.len;
    l->entries = hk_i_arena_alloc(&r->arena,
                                  (g.entries.len + 1) * sizeof(hk_entry *));
    if (!l->entries) {
        st = hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
        goto done;
    }
    memcpy(l->entries, g.entries.items, g.entries.len * sizeof(hk_entry *));
    for (size_t i = 0; i < l->n_entries; i++)
        if (!hk_i_index_add(r->index, l->entries[i], &r->arena)) {
            st = hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
            goto done;
        }
    r->n_entries += l->n_entries;
    snprintf(path, sizeof path, "%s/gazetteer/common-words.lex", dir);
    st = hk_i_lexicon_load_file(r, "common-places", path, NULL, err);
done:
    free(g.terr.items);
    hk_i_vec_free(&g.parents);
    hk_i_vec_free(&g.entries);
    return st;
}

/*
 * eval.c - scoring extractions against gold answers (the format of
 * ../shared/gold/README.md): precision, recall and F1 for persons,
 * territories, dates, party roles, all roles, roles with their party and
 * units, over all documents.
 *
 * Names are compared as folded keys (tatweel, diacritics, spaces and
 * punctuation removed; أ إ آ ٱ → ا, ى → ي, ة → ه, ھ → ه).  A territory is
 * its name and type; a role its person, level and territory (for "role
 * parties", and its party); a unit its level, territory and party; a date
 * its ISO value.
 */
#include "internal.h"

#include <json-c/json_object.h>
#include <stdlib.h>
#include <string.h>

enum { F_PERSONS, F_TERRITORIES, F_DATES, F_PARTY_ROLES, F_ROLES,
       F_ROLE_PARTIES, F_UNITS, N_FIELDS };

static const char *const field_names[N_FIELDS] = {
    "persons", "territories", "dates", "party roles", "roles",
    "role parties", "units"};

/* A set of keys, each with a readable form for diffs. */
typedef struct kset {
    const char **keys, **shown;
    size_t n, cap;
} kset;

typedef struct gold_doc {
    const char *id;
    kset f[N_FIELDS];
    bool seen;
} gold_doc;

typedef struct diff {
    const char *doc, *field, *what, *value;
} diff;

struct hk_eval {
    hk_arena arena;
    hk_normalizer *norm;
    gold_doc *docs;
    size_t n_docs;
    size_t tp[N_FIELDS], fp[N_FIELDS], fn[N_FIELDS];
    hk_vec diffs;
};

static bool kset_add(hk_arena *a, kset *s, const char *key, const char *shown)
{
    if (!key || !*key)
        return true;
    for (size_t i = 0; i < s->n; i++)
        if (!strcmp(s->keys[i], key))
            return true;
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 8;
        const char **k = hk_i_arena_alloc(a, cap * sizeof *k);
        const char **v = hk_i_arena_alloc(a, cap * sizeof *v);
        if (!k || !v)
            return false;
        if (s->n) {
            memcpy(k, s->keys, s->n * sizeof *k);
            memcpy(v, s->shown, s->n * sizeof *v);
        }
        s->keys = k;
        s->shown = v;
        s->cap = cap;
    }
    s->keys[s->n] = key;
    s->shown[s->n++] = shown;
    return true;
}

static bool kset_has(const kset *s, const char *key)
{
    for (size_t i = 0; i < s->n; i++)
        if (!strcmp(s->keys[i], key))
            return true;
    return false;
}

static const char *fold(hk_eval *ev, const char *s)
{
    return hk_i_fold_key(ev->norm, &ev->arena, s ? s : "", s ? strlen(s) : 0);
}

/* Joins parts with a separator. */
static const char *joined(hk_eval *ev, const char *const *parts, size_t n,
                          const char *sep)
{
    hk_buf b = {0};
    bool ok = true;
    for (size_t i = 0; ok && i < n; i++)
        ok = (!i || hk_i_buf_puts(&b, sep)) && hk_i_buf_puts(&b, parts[i] ? parts[i] : "");
    const char *r = ok ? hk_i_arena_strndup(&ev->arena, b.data ? b.data : "",
                                            b.len)
                       : NULL;
    hk_i_buf_free(&b);
    return r;
}

/* One key, with a separator no folded name contains. */
static const char *join(hk_eval *ev, const char *const *parts, size_t n)
{
    return joined(ev, parts, n, "|");
}

/* As shown in --diff. */
static const char *shown(hk_eval *ev, const char *const *parts, size_t n)
{
    return joined(ev, parts, n, " / ");
}

/* Adds (person, level, territory) for a role; party roles also go to the
   party-roles field, and (person, level, territory, party) to the
   role-parties field. */
static bool add_role(hk_eval *ev, kset *f, const char *person,
                     const char *level, const char *territory, bool party,
                     const char *holder_party)
{
    const char *k[4] = {fold(ev, person), level, fold(ev, territory),
                        fold(ev, holder_party)};
    const char *v[4] = {person, level, territory, holder_party};
    const char *key = join(ev, k, 3), *sh = shown(ev, v, 3);
    return kset_add(&ev->arena, &f[F_ROLES], key, sh) &&
           (!party || kset_add(&ev->arena, &f[F_PARTY_ROLES], key, sh)) &&
           kset_add(&ev->arena, &f[F_ROLE_PARTIES], join(ev, k, 4),
                    shown(ev, v, 4));
}

static bool add_unit(hk_eval *ev, kset *f, const char *level,
                     const char *territory, const char *party)
{
    const char *k[3] = {level, fold(ev, territory), fold(ev, party)};
    const char *v[3] = {level, territory, party};
    return kset_add(&ev->arena, &f[F_UNITS], join(ev, k, 3), shown(ev, v, 3));
}

static bool add_territory(hk_eval *ev, kset *f, const char *name,
                          const char *type)
{
    const char *k[2] = {fold(ev, name), type};
    const char *v[2] = {name, type};
    return kset_add(&ev->arena, &f[F_TERRITORIES], join(ev, k, 2),
                    shown(ev, v, 2));
}

/* The field `key` of o (NULL when o is no object or has none). */
static json_object *jget(json_object *o, const char *key)
{
    json_object *v = NULL;
    json_object_object_get_ex(o, key, &v);
    return v;
}

static const char *jstr(json_object *o, const char *key)
{
    json_object *v = jget(o, key);
    return json_object_is_type(v, json_type_string) ? json_object_get_string(v)
                                                    : "";
}

/* The items of the array field `key` of o (none when it is no array). */
static size_t jitems(json_object *o, const char *key, json_object **arr)
{
    *arr = jget(o, key);
    return json_object_is_type(*arr, json_type_array)
               ? json_object_array_length(*arr) : 0;
}

static hk_status gold_line(hk_eval *ev, json_object *o, const char *path,
                           unsigned lineno, hk_error *err)
{
    if (!json_object_is_type(jget(o, "doc"), json_type_string))
        return hk_i_fail(err, HK_ERR_INPUT, path, lineno, 1,
                         "expected an object with a \"doc\" string");
    gold_doc *docs = realloc(ev->docs, (ev->n_docs + 1) * sizeof *docs);
    if (!docs)
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    ev->docs = docs;
    gold_doc *g = &docs[ev->n_docs++];
    memset(g, 0, sizeof *g);
    g->id = hk_i_arena_strdup(&ev->arena, jstr(o, "doc"));
    bool ok = g->id != NULL;
    json_object *a, *v;
    for (size_t i = 0, n = jitems(o, "persons", &a); i < n; i++) {
        v = json_object_array_get_idx(a, i);
        if (json_object_is_type(v, json_type_string)) {
            const char *s = hk_i_arena_strdup(&ev->arena,
                                              json_object_get_string(v));
            ok = ok && s && kset_add(&ev->arena, &g->f[F_PERSONS], fold(ev, s), s);
        }
    }
    for (size_t i = 0, n = jitems(o, "territories", &a); i < n; i++) {
        v = json_object_array_get_idx(a, i);
        const char *name = hk_i_arena_strdup(&ev->arena, jstr(v, "name"));
        const char *type = hk_i_arena_strdup(&ev->arena, jstr(v, "type"));
        ok = ok && name && type && add_territory(ev, g->f, name, type);
    }
    for (size_t i = 0, n = jitems(o, "dates", &a); i < n; i++) {
        v = json_object_array_get_idx(a, i);
        if (json_object_is_type(v, json_type_string)) {
            const char *s = hk_i_arena_strdup(&ev->arena,
                                              json_object_get_string(v));
            ok = ok && s && kset_add(&ev->arena, &g->f[F_DATES], s, s);
        }
    }
    for (size_t i = 0, n = jitems(o, "roles", &a); i < n; i++) {
        v = json_object_array_get_idx(a, i);
        const char *p = hk_i_arena_strdup(&ev->arena, jstr(v, "person"));
        const char *l = hk_i_arena_strdup(&ev->arena, jstr(v, "level"));
        const char *t = hk_i_arena_strdup(&ev->arena, jstr(v, "territory"));
        const char *hp = hk_i_arena_strdup(&ev->arena, jstr(v, "party"));
        bool party = !strcmp(jstr(v, "kind"), "party");
        ok = ok && p && l && t && hp && add_role(ev, g->f, p, l, t, party, hp);
    }
    for (size_t i = 0, n = jitems(o, "units", &a); i < n; i++) {
        v = json_object_array_get_idx(a, i);
        const char *l = hk_i_arena_strdup(&ev->arena, jstr(v, "level"));
        const char *t = hk_i_arena_strdup(&ev->arena, jstr(v, "territory"));
        const char *p = hk_i_arena_strdup(&ev->arena, jstr(v, "party"));
        ok = ok && l && t && p && add_unit(ev, g->f, l, t, p);
    }
    return ok ? HK_OK : hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
}

typedef struct gload {
    hk_eval *ev;
    const char *path;
} gload;

static hk_status read_gold(void *user, const char *line, size_t len,
                           unsigned lineno, hk_error *err)
{
    gload *g = user;
    size_t i = 0;
    while (i < len && (line[i] == ' ' || line[i] == '\t'))
        i++;
    if (i == len)
        return HK_OK;
    json_object *o;
    hk_status st = hk_i_json_parse(NULL, line, len, g->path, lineno, &o, err);
    if (st == HK_OK)
        st = gold_line(g->ev, o, g->path, lineno, err);
    json_object_put(o);
    return st;
}

hk_status hk_eval_new(const char *gold_path, hk_eval **out, hk_error *err)
{
    if (!gold_path || !out)
        return hk_i_fail(err, HK_ERR_ARG, NULL, 0, 0, "NULL argument");
    hk_eval *ev = calloc(1, sizeof *ev);
    if (!ev)
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    ev->diffs.size = sizeof(diff);
    hk_status st = hk_i_normalizer_new(&ev->norm, err);
    gload g = {ev, gold_path};
    if (st == HK_OK)
        st = hk_i_read_lines(gold_path, read_gold, &g, err);
    if (st != HK_OK) {
        hk_eval_free(ev);
        return st;
    }
    *out = ev;
    return HK_OK;
}

void hk_eval_free(hk_eval *ev)
{
    if (!ev)
        return;
    hk_i_normalizer_free(ev->norm);
    hk_i_arena_free(&ev->arena);
    hk_i_vec_free(&ev->diffs);
    free(ev->docs);
    free(ev);
}

static int kind_rank(const char *k)
{
    static const char *const order[] = {"region", "province", "commune",
                                        "arrondissement"};
    for (int i = 0; i < 4; i++)
        if (!strcmp(k, order[i]))
            return i;
    return 4;
}

static bool record(hk_eval *ev, const char *doc, int field, const char *what,
                   const char *value)
{
    /* The value may point into the document, which the caller frees. */
    const char *copy = hk_i_arena_strdup(&ev->arena, value);
    diff *d = copy ? hk_i_vec_push(&ev->diffs) : NULL;
    if (!d)
        return false;
    *d = (diff){doc, field_names[field], what, copy};
    return true;
}

hk_status hk_eval_add(hk_eval *ev, const hk_doc *doc, hk_error *err)
{
    gold_doc *g = NULL;
    for (size_t i = 0; i < ev->n_docs && !g; i++)
        if (!strcmp(ev->docs[i].id, doc->id))
            g = &ev->docs[i];
    if (!g)
        return hk_i_fail(err, HK_ERR_INPUT, NULL, 0, 0,
                         "document %s has no gold answer", doc->id);
    g->seen = true;
    kset p[N_FIELDS];
    memset(p, 0, sizeof p);
    bool ok = true;
    /* A territory named several times counts once, as its highest kind
       in the article (the gold's convention). */
    for (size_t i = 0; ok && i < doc->n_entities; i++) {
        const hk_entity *e = &doc->entities[i];
        if (e->type == HK_PERSON)
            ok = kset_add(&ev->arena, &p[F_PERSONS], fold(ev, e->norm), e->norm);
        else if (e->type == HK_DATE && strlen(e->value) == 10 &&
                 e->value[0] != '-')
            ok = kset_add(&ev->arena, &p[F_DATES], e->value, e->value);
        else if (e->type == HK_TERRITORY) {
            const char *key = fold(ev, e->norm);
            bool better = true;
            for (size_t j = 0; j < doc->n_entities; j++) {
                const hk_entity *o = &doc->entities[j];
                if (o->type == HK_TERRITORY && j != i &&
                    !strcmp(fold(ev, o->norm), key) &&
                    kind_rank(o->kind) < kind_rank(e->kind))
                    better = false;
            }
            if (better)
                ok = add_territory(ev, p, e->norm, e->kind);
        }
    }
    for (size_t i = 0; ok && i < doc->n_roles; i++) {
        const hk_role *r = &doc->roles[i];
        ok = add_role(ev, p, r->person, hk_level_name(r->level), r->territory,
                      r->kind == HK_KIND_PARTY, r->party);
    }
    for (size_t i = 0; ok && i < doc->n_units; i++) {
        const hk_unit *u = &doc->units[i];
        ok = add_unit(ev, p, hk_level_name(u->level), u->territory, u->party);
    }
    const char *id = hk_i_arena_strdup(&ev->arena, doc->id);
    for (int f = 0; ok && f < N_FIELDS; f++) {
        for (size_t i = 0; ok && i < p[f].n; i++) {
            if (kset_has(&g->f[f], p[f].keys[i]))
                ev->tp[f]++;
            else {
                ev->fp[f]++;
                ok = record(ev, id, f, "extra", p[f].shown[i]);
            }
        }
        for (size_t i = 0; ok && i < g->f[f].n; i++)
            if (!kset_has(&p[f], g->f[f].keys[i])) {
                ev->fn[f]++;
                ok = record(ev, id, f, "missing", g->f[f].shown[i]);
            }
    }
    return ok ? HK_OK : hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
}

size_t hk_eval_scores(const hk_eval *ev, hk_score *scores, size_t max)
{
    size_t n = 0;
    for (int f = 0; f < N_FIELDS && n < max; f++, n++) {
        hk_score *s = &scores[n];
        s->field = field_names[f];
        s->tp = ev->tp[f];
        s->fp = ev->fp[f];
        s->fn = ev->fn[f];
        /* A gold document never extracted is all misses. */
        for (size_t i = 0; i < ev->n_docs; i++)
            if (!ev->docs[i].seen)
                s->fn += ev->docs[i].f[f].n;
        s->precision = s->tp + s->fp ? (double)s->tp / (double)(s->tp + s->fp) : 1.0;
        s->recall = s->tp + s->fn ? (double)s->tp / (double)(s->tp + s->fn) : 1.0;
        s->f1 = s->precision + s->recall > 0
                    ? 2 * s->precision * s->recall / (s->precision + s->recall)
                    : 0.0;
    }
    return n;
}

size_t hk_eval_missing(const hk_eval *ev)
{
    size_t n = 0;
    for (size_t i = 0; i < ev->n_docs; i++)
        n += !ev->docs[i].seen;
    return n;
}

void hk_eval_diff(const hk_eval *ev, hk_report_fn report, void *user)
{
    for (size_t i = 0; i < ev->diffs.len; i++) {
        const diff *d = &HK_VEC_AT(&ev->diffs, diff, i);
        hk_error e = {.status = HK_OK};
        snprintf(e.file, sizeof e.file, "%s", d->doc);
        snprintf(e.message, sizeof e.message, "%s %s: %s", d->what, d->field,
                 d->value);
        report(user, &e);
    }
}

/*
 * docjson.c - reading `haykal extract` output back into documents, so that
 * `haykal graph` can build the graph from pieces extracted elsewhere.
 * JSON is parsed by lib/json.c (json-c); every field is checked for its type.
 */
#include "internal.h"

#include <json-c/json_object.h>
#include <stdlib.h>
#include <string.h>

typedef struct jctx {
    hk_arena *a;
    hk_error *err;
    bool bad;
    const char *empty;       /* "" kept with its length, made once */
} jctx;

/* "" as the doc's strings are (hk_i_arena_lstr), or a literal "" when
   memory runs out (the doc is then dropped). */
static const char *empty(jctx *c)
{
    if (!c->empty && !(c->empty = hk_i_arena_lstr(c->a, "", 0)))
        c->bad = true;
    return c->empty ? c->empty : "";
}

/* The field `key` of o in *v: false when there is none (a null is a field,
   of no type we read). */
static bool get(json_object *o, const char *key, json_object **v)
{
    *v = NULL;
    return json_object_object_get_ex(o, key, v);
}

static const char *str(jctx *c, json_object *o, const char *key, bool required)
{
    json_object *v;
    if (!get(o, key, &v)) {
        if (required && !c->bad) {
            hk_i_fail(c->err, HK_ERR_INPUT, NULL, 0, 0,
                      "missing field \"%s\"", key);
            c->bad = true;
        }
        return empty(c);
    }
    if (!json_object_is_type(v, json_type_string)) {
        if (!c->bad)
            hk_i_fail(c->err, HK_ERR_INPUT, NULL, 0, 0,
                      "field \"%s\" is not a string", key);
        c->bad = true;
        return empty(c);
    }
    /* A C string would end at a U+0000, and json-c checks only the shape
       of UTF-8: such a string is refused, not cut or passed on. */
    const char *t = json_object_get_string(v);
    size_t n = (size_t)json_object_get_string_len(v);
    const char *why = memchr(t, '\0', n) ? "holds U+0000"
                      : !hk_i_utf8_valid(t, n) ? "is not valid UTF-8" : NULL;
    if (why) {
        if (!c->bad)
            hk_i_fail(c->err, HK_ERR_INPUT, NULL, 0, 0, "field \"%s\" %s",
                      key, why);
        c->bad = true;
        return empty(c);
    }
    /* Kept with its length, for hk_doc_to_json. */
    const char *s = hk_i_arena_lstr(c->a, t, n);
    if (!s)
        c->bad = true;
    return s ? s : empty(c);
}

static size_t num(jctx *c, json_object *o, const char *key)
{
    json_object *v;
    if (!get(o, key, &v))
        return 0;
    if (!json_object_is_type(v, json_type_int) || json_object_get_int64(v) < 0) {
        if (!c->bad)
            hk_i_fail(c->err, HK_ERR_INPUT, NULL, 0, 0,
                      "field \"%s\" is not a non-negative integer", key);
        c->bad = true;
        return 0;
    }
    return (size_t)json_object_get_int64(v);
}

static json_object *array(jctx *c, json_object *o, const char *key)
{
    json_object *v;
    if (get(o, key, &v) && !json_object_is_type(v, json_type_array)) {
        if (!c->bad)
            hk_i_fail(c->err, HK_ERR_INPUT, NULL, 0, 0,
                      "field \"%s\" is not an array", key);
        c->bad = true;
        return NULL;
    }
    return v;
}

static hk_level level_of(const char *s)
{
    for (int l = HK_LEVEL_NATIONAL; l <= HK_LEVEL_LOCAL; l++)
        if (!strcmp(s, hk_level_name((hk_level)l)))
            return (hk_level)l;
    return HK_LEVEL_NONE;
}

static bool entity_type(const char *s, hk_entity_type *t)
{
    for (int i = HK_PERSON; i <= HK_DATE; i++)
        if (!strcmp(s, hk_entity_type_name((hk_entity_type)i))) {
            *t = (hk_entity_type)i;
            return true;
        }
    return false;
}

hk_status hk_doc_from_json(const char *line, size_t len, hk_doc **out,
                           hk_error *err)
{
    if (!line || !out)
        return hk_i_fail(err, HK_ERR_ARG, NULL, 0, 0, "NULL argument");
    *out = NULL;
    json_object *o;
    hk_status st = hk_i_json_parse(NULL, line, len, NULL, 0, &o, err);
    if (st != HK_OK)
        return st;
    hk_arena a = {0};
    jctx c = {.a = &a, .err = err};
    hk_doc *doc = NULL;
    doc = hk_i_arena_alloc(&a, sizeof *doc + sizeof(hk_arena));
    if (!doc)
        goto oom;
    doc->id = str(&c, o, "doc", true);
    doc->date = str(&c, o, "date", false);
    doc->title = str(&c, o, "title", false);
    doc->url = str(&c, o, "url", false);
    json_object *ents = array(&c, o, "entities"), *roles = array(&c, o, "roles"),
                *units = array(&c, o, "units");
    size_t ne = ents ? json_object_array_length(ents) : 0;
    size_t nr = roles ? json_object_array_length(roles) : 0;
    size_t nu = units ? json_object_array_length(units) : 0;
    hk_entity *e = hk_i_arena_alloc(&a, (ne + 1) * sizeof *e);
    hk_role *r = hk_i_arena_alloc(&a, (nr + 1) * sizeof *r);
    hk_unit *u = hk_i_arena_alloc(&a, (nu + 1) * sizeof *u);
    if (!e || !r || !u)
        goto oom;
    for (size_t i = 0; i < ne && !c.bad; i++) {
        json_object *x = json_object_array_get_idx(ents, i);
        if (!json_object_is_type(x, json_type_object) ||
            !entity_type(str(&c, x, "type", true), &e[i].type)) {
            if (!c.bad)
                hk_i_fail(err, HK_ERR_INPUT, NULL, 0, 0,
                          "entity %zu: not an object with a known type", i);
            c.bad = true;
            break;
        }
        e[i].text = str(&c, x, "text", false);
        e[i].start = num(&c, x, "start");
        e[i].end = num(&c, x, "end");
        e[i].norm = str(&c, x, "norm", false);
        e[i].kind = str(&c, x, "kind", false);
        e[i].code = str(&c, x, "code", false);
        e[i].value = str(&c, x, "value", false);
        e[i].rule = str(&c, x, "rule", false);
    }
    for (size_t i = 0; i < nr && !c.bad; i++) {
        json_object *x = json_object_array_get_idx(roles, i);
        if (!json_object_is_type(x, json_type_object)) {
            hk_i_fail(err, HK_ERR_INPUT, NULL, 0, 0, "role %zu: not an object", i);
            c.bad = true;
            break;
        }
        r[i].person = str(&c, x, "person", true);
        r[i].role = str(&c, x, "role", false);
        r[i].kind = !strcmp(str(&c, x, "kind", false), "elected") ? HK_KIND_ELECTED
                                                                   : HK_KIND_PARTY;
        r[i].level = level_of(str(&c, x, "level", true));
        r[i].territory = str(&c, x, "territory", false);
        r[i].territory_code = str(&c, x, "territory_code", false);
        r[i].party = str(&c, x, "party", false);
        const char *s = str(&c, x, "status", false);
        r[i].status = !strcmp(s, "former") ? HK_FORMER
                      : !strcmp(s, "interim") ? HK_INTERIM : HK_CURRENT;
        r[i].start = num(&c, x, "start");
        r[i].end = num(&c, x, "end");
    }
    for (size_t i = 0; i < nu && !c.bad; i++) {
        json_object *x = json_object_array_get_idx(units, i);
        if (!json_object_is_type(x, json_type_object)) {
            hk_i_fail(err, HK_ERR_INPUT, NULL, 0, 0, "unit %zu: not an object", i);
            c.bad = true;
            break;
        }
        u[i].level = level_of(str(&c, x, "level", true));
        u[i].territory = str(&c, x, "territory", false);
        u[i].territory_code = str(&c, x, "territory_code", false);
        u[i].party = str(&c, x, "party", false);
        u[i].name = str(&c, x, "name", false);
    }
    static const char *const no_warnings[1] = {NULL};
    doc->entities = e;
    doc->n_entities = ne;
    doc->roles = r;
    doc->n_roles = nr;
    doc->units = u;
    doc->n_units = nu;
    doc->warnings = no_warnings;
    doc->n_warnings = 0;
    goto done;
oom:
    hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    c.bad = true;
done:
    json_object_put(o);
    if (c.bad) {
        hk_i_arena_free(&a);
        return err ? err->status : HK_ERR_INPUT;
    }
    *(hk_arena *)(doc + 1) = a;
    *out = doc;
    return HK_OK;
}

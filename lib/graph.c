/*
 * graph.c - the party hierarchy as a graph, built from documents.
 *
 * Nodes: parties, units (a party at a level in a territory), territories
 * and persons, each with a stable id (party:..., unit:PARTY:LEVEL:CODE,
 * territory:CODE, person:KEY) so that two runs, or the merge of two halves,
 * give the same graph.  Edges: unit part_of its parent unit (local →
 * provincial → regional → the party, whose node stands for its national
 * level), unit located_in its territory, territory located_in its parent,
 * person holds a post in a unit (or an elected office in a territory),
 * person member_of a party.  Every edge keeps the documents that support
 * it, where in them, and the first and last dates it was seen.
 *
 * The structure lives in an igraph graph, rebuilt before writing, which
 * answers the traversals and checks (incident edges, acyclicity of the
 * hierarchy, reachability for filters).  This is the only file that
 * includes igraph; igraph's error handler, which would abort, is replaced
 * by the ignoring one around each call.
 */
#include "graph.h"

#include <igraph/igraph.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------ a string map */

typedef struct gslot {
    const char *key;
    int value;
} gslot;

struct gmap {
    gslot *slots;
    size_t cap, n;
};

static uint64_t hash_str(const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ull;
    }
    return h;
}

static int map_get(const struct gmap *m, const char *key)
{
    if (!m->cap)
        return -1;
    for (size_t i = hash_str(key) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        if (!m->slots[i].key)
            return -1;
        if (!strcmp(m->slots[i].key, key))
            return m->slots[i].value;
    }
}

static bool map_put(struct gmap *m, const char *key, int value)
{
    if ((m->n + 1) * 2 > m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 256;
        gslot *s = calloc(cap, sizeof *s);
        if (!s)
            return false;
        for (size_t i = 0; i < m->cap; i++)
            if (m->slots[i].key) {
                size_t j = hash_str(m->slots[i].key) & (cap - 1);
                while (s[j].key)
                    j = (j + 1) & (cap - 1);
                s[j] = m->slots[i];
            }
        free(m->slots);
        m->slots = s;
        m->cap = cap;
    }
    size_t i = hash_str(key) & (m->cap - 1);
    while (m->slots[i].key)
        i = (i + 1) & (m->cap - 1);
    m->slots[i].key = key;
    m->slots[i].value = value;
    m->n++;
    return true;
}

static void map_free(struct gmap *m)
{
    if (m) {
        free(m->slots);
        free(m);
    }
}

/* ------------------------------------------------------------ building */

hk_status hk_graph_new(const hk_rules *rules, hk_graph **out, hk_error *err)
{
    if (!rules || !out)
        return hk_i_fail(err, HK_ERR_ARG, NULL, 0, 0, "NULL argument");
    hk_graph *g = calloc(1, sizeof *g);
    if (!g || !(g->node_ix = calloc(1, sizeof *g->node_ix)) ||
        !(g->edge_ix = calloc(1, sizeof *g->edge_ix))) {
        hk_graph_free(g);
        return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    }
    g->rules = rules;
    g->nodes.size = sizeof(gnode);
    g->edges.size = sizeof(gedge);
    *out = g;
    return HK_OK;
}

void hk_graph_free(hk_graph *g)
{
    if (!g)
        return;
    for (size_t i = 0; i < g->nodes.len; i++)
        hk_i_vec_free(&HK_VEC_AT(&g->nodes, gnode, i).docs);
    for (size_t i = 0; i < g->edges.len; i++) {
        hk_i_vec_free(&HK_VEC_AT(&g->edges, gedge, i).docs);
        hk_i_vec_free(&HK_VEC_AT(&g->edges, gedge, i).evidence);
    }
    hk_i_vec_free(&g->nodes);
    hk_i_vec_free(&g->edges);
    map_free(g->node_ix);
    map_free(g->edge_ix);
    if (g->ig) {
        igraph_destroy(g->ig);
        free(g->ig);
    }
    hk_i_arena_free(&g->arena);
    free(g);
}

static gnode *node(hk_graph *g, int i)
{
    return &HK_VEC_AT(&g->nodes, gnode, i);
}

/* An id is an XML name token: spaces become '_'. */
static const char *make_id(hk_graph *g, const char *prefix, const char *a,
                           const char *b, const char *c)
{
    hk_buf buf = {0};
    bool ok = hk_i_buf_puts(&buf, prefix) && hk_i_buf_puts(&buf, a) &&
              (!b || (hk_i_buf_puts(&buf, ":") && hk_i_buf_puts(&buf, b))) &&
              (!c || (hk_i_buf_puts(&buf, ":") && hk_i_buf_puts(&buf, c)));
    char *id = ok ? hk_i_arena_strndup(&g->arena, buf.data, buf.len) : NULL;
    hk_i_buf_free(&buf);
    for (char *p = id; p && *p; p++)
        if (*p == ' ' || *p == '\t' || *p == '\n')
            *p = '_';
    return id;
}

static int add_node(hk_graph *g, const char *id, gtype type, const char *label)
{
    int i = map_get(g->node_ix, id);
    if (i >= 0)
        return i;
    gnode *n = hk_i_vec_push(&g->nodes);
    if (!n)
        return -1;
    n->type = type;
    n->id = id;
    n->label = label;
    n->territory = -1;
    n->party = "";
    n->kind = "";
    n->docs.size = sizeof(char *);
    i = (int)g->nodes.len - 1;
    g->indexed = false;
    return map_put(g->node_ix, id, i) ? i : -1;
}

static bool add_doc(hk_graph *g, hk_vec *docs, const char *doc)
{
    /* One document adds itself in one go: checking the last entry keeps
       this constant-time on archives; writers drop any other repeat. */
    if (docs->len && !strcmp(HK_VEC_AT(docs, char *, docs->len - 1), doc))
        return true;
    const char **slot = hk_i_vec_push(docs);
    if (!slot)
        return false;
    *slot = doc;
    HK_I_UNUSED(g);
    return true;
}

/* Adds (or finds) an edge and records this document's support for it. */
static gedge *add_edge(hk_graph *g, int from, int to, const char *relation,
                       const char *kind, const char *post, const char *doc,
                       const char *date)
{
    if (from < 0 || to < 0)
        return NULL;
    hk_buf key = {0};
    if (!hk_i_buf_printf(&key, "%d|%d|%s|%s|%s", from, to, relation,
                         kind ? kind : "", post ? post : "")) {
        hk_i_buf_free(&key);
        return NULL;
    }
    int i = map_get(g->edge_ix, key.data);
    gedge *e;
    if (i >= 0) {
        e = &HK_VEC_AT(&g->edges, gedge, i);
        hk_i_buf_free(&key);
    } else {
        const char *k = hk_i_arena_strndup(&g->arena, key.data, key.len);
        hk_i_buf_free(&key);
        e = hk_i_vec_push(&g->edges);
        if (!k || !e || !map_put(g->edge_ix, k, (int)g->edges.len - 1))
            return NULL;
        e->from = from;
        e->to = to;
        e->relation = relation;
        e->kind = kind ? kind : "";
        e->role = e->status = e->status_date = "";
        e->first_seen = e->last_seen = "";
        e->docs.size = sizeof(char *);
        e->evidence.size = sizeof(char *);
        g->indexed = false;
    }
    if (doc && !add_doc(g, &e->docs, doc))
        return NULL;
    if (date && *date) {
        if (!*e->first_seen || strcmp(date, e->first_seen) < 0)
            e->first_seen = date;
        if (!*e->last_seen || strcmp(date, e->last_seen) > 0)
            e->last_seen = date;
    }
    return e;
}

static const hk_territory *terr(const hk_graph *g, int t)
{
    return &g->rules->territories[t];
}

static int country(hk_graph *g)
{
    int n = add_node(g, "territory:MA", G_TERRITORY, "المغرب");
    if (n >= 0)
        node(g, n)->kind = "country";
    return n;
}

/* The territory's node, with located_in edges up to the country. */
static int territory_node(hk_graph *g, int t)
{
    if (t < 0)
        return country(g);
    const char *id = make_id(g, "territory:", terr(g, t)->code, NULL, NULL);
    if (!id)
        return -1;
    int n = map_get(g->node_ix, id);
    if (n >= 0)
        return n;
    n = add_node(g, id, G_TERRITORY, terr(g, t)->name);
    if (n < 0)
        return -1;
    node(g, n)->territory = t;
    node(g, n)->kind = hk_i_tkind_name(terr(g, t)->kind);
    int parent = territory_node(g, terr(g, t)->parent);
    if (parent < 0 || !add_edge(g, n, parent, "located_in", NULL, NULL, NULL, NULL))
        return -1;
    return n;
}

static int party_node(hk_graph *g, const char *party)
{
    const char *id = make_id(g, "party:", party, NULL, NULL);
    if (!id)
        return -1;
    int n = add_node(g, id, G_PARTY, hk_i_arena_strdup(&g->arena, party));
    if (n >= 0)
        node(g, n)->party = node(g, n)->label;
    return n;
}

static const char *level_word(hk_level l)
{
    switch (l) {
    case HK_LEVEL_REGIONAL: return "جهوي";
    case HK_LEVEL_PROVINCIAL: return "إقليمي";
    case HK_LEVEL_LOCAL: return "محلي";
    default: return "وطني";
    }
}

/* The unit of `party` at `level` in territory t, with its parents (made
   as inferred units when no document names them). */
static int unit_node(hk_graph *g, const char *party, hk_level level, int t,
                     bool named)
{
    if (level == HK_LEVEL_NATIONAL || level == HK_LEVEL_NONE)
        return party_node(g, party);
    /* Place the unit on the territory of its own level. */
    int prov = level == HK_LEVEL_PROVINCIAL && t >= 0 ? hk_i_territory_province(g->rules, t)
                                                       : -1;
    if (level == HK_LEVEL_REGIONAL && t >= 0 && terr(g, t)->kind != HK_T_REGION)
        t = terr(g, t)->region;
    else if (prov >= 0)
        t = prov;
    if (t < 0)
        return party_node(g, party);
    const char *pid = make_id(g, "", party, NULL, NULL);
    const char *id = pid ? make_id(g, "unit:", pid, hk_level_name(level),
                                   terr(g, t)->code) : NULL;
    if (!id)
        return -1;
    int n = map_get(g->node_ix, id);
    if (n >= 0) {
        if (named)
            node(g, n)->inferred = false;
        return n;
    }
    hk_buf label = {0};
    bool ok = hk_i_buf_printf(&label, "%s - %s %s", party, level_word(level),
                              terr(g, t)->name);
    const char *lab = ok ? hk_i_arena_strndup(&g->arena, label.data, label.len)
                         : NULL;
    hk_i_buf_free(&label);
    if (!lab || (n = add_node(g, id, G_UNIT, lab)) < 0)
        return -1;
    gnode *u = node(g, n);
    u->party = hk_i_arena_strdup(&g->arena, party);
    u->level = level;
    u->territory = t;
    u->inferred = !named;
    int parent;
    if (level == HK_LEVEL_LOCAL) {
        prov = hk_i_territory_province(g->rules, t);
        parent = prov >= 0 ? unit_node(g, party, HK_LEVEL_PROVINCIAL, prov, false)
                           : unit_node(g, party, HK_LEVEL_REGIONAL,
                                       terr(g, t)->region, false);
    } else if (level == HK_LEVEL_PROVINCIAL) {
        parent = unit_node(g, party, HK_LEVEL_REGIONAL, terr(g, t)->region,
                           false);
    } else {
        parent = party_node(g, party);
    }
    int where = territory_node(g, t);
    /* Nodes may have moved: take the new unit afresh. */
    if (parent < 0 || where < 0 ||
        !add_edge(g, n, parent, "part_of", NULL, NULL, NULL, NULL) ||
        !add_edge(g, n, where, "located_in", NULL, NULL, NULL, NULL))
        return -1;
    return n;
}

/* Is this word (normalised) a given name? */
static bool given_name(const hk_graph *g, const char *w, size_t n)
{
    const hk_hits *h = hk_i_index_get(g->rules->index, w, n);
    for (size_t i = 0; h && i < h->n; i++)
        if ((int)h->entries[i]->lexicon == g->rules->known.given_names)
            return true;
    return false;
}

/* A person's identity: the folded name, given name first.  «الدليمي
   فاطمة» (surname first, as lists write it) is «فاطمة الدليمي»; spelling
   variants fold together; two people sharing a surname stay apart. */
static const char *person_key(hk_graph *g, const char *name)
{
    char *norm = hk_i_normalize_str(g->rules->norm, &g->arena, name,
                                    strlen(name));
    if (!norm)
        return NULL;
    char *sp = strchr(norm, ' ');
    char *last = strrchr(norm, ' ');
    /* A compound given name at the end: «... عبد الكريم». */
    if (last && last > norm) {
        char *prev = last - 1;
        while (prev > norm && *prev != ' ')
            prev--;
        if (prev > norm && (!strncmp(prev + 1, "عبد ", strlen("عبد ")) ||
                            given_name(g, prev + 1, strlen(prev + 1))))
            last = prev;
    }
    if (sp && last && sp <= last && !given_name(g, norm, (size_t)(sp - norm)) &&
        (given_name(g, last + 1, strlen(last + 1)) ||
         !strncmp(last + 1, "عبد ", strlen("عبد ")))) {
        size_t n = strlen(norm);
        char *rot = hk_i_arena_alloc(&g->arena, n + 2);
        if (!rot)
            return NULL;
        snprintf(rot, n + 2, "%s %.*s", last + 1, (int)(last - norm), norm);
        norm = rot;
    }
    return hk_i_fold_key(g->rules->norm, &g->arena, norm, strlen(norm));
}

static int person_node(hk_graph *g, const char *name)
{
    const char *key = person_key(g, name);
    const char *id = key ? make_id(g, "person:", key, NULL, NULL) : NULL;
    if (!id)
        return -1;
    int n = add_node(g, id, G_PERSON, hk_i_arena_strdup(&g->arena, name));
    /* The label: the longest form, then the first in byte order, so that
       it does not depend on the order of documents. */
    if (n >= 0) {
        gnode *p = node(g, n);
        if (strlen(name) > strlen(p->label) ||
            (strlen(name) == strlen(p->label) && strcmp(name, p->label) < 0))
            p->label = hk_i_arena_strdup(&g->arena, name);
    }
    return n;
}

/* The article's date: its publication date, else the latest full date it
   mentions, else none. */
static const char *doc_date(hk_graph *g, const hk_doc *doc)
{
    if (strlen(doc->date) == 10)
        return hk_i_arena_strdup(&g->arena, doc->date);
    const char *best = "";
    for (size_t i = 0; i < doc->n_entities; i++) {
        const hk_entity *e = &doc->entities[i];
        if (e->type == HK_DATE && strlen(e->value) == 10 &&
            e->value[0] != '-' && strcmp(e->value, best) > 0)
            best = e->value;
    }
    return hk_i_arena_strdup(&g->arena, best);
}

static int find_territory(const hk_graph *g, const char *code)
{
    return code && *code ? hk_i_territory_find(g->rules, code) : -1;
}

static int status_rank(const char *s)
{
    return !strcmp(s, "former") ? 2 : !strcmp(s, "interim") ? 1 : 0;
}

static const char *role_key(hk_graph *g, const char *role);

/* Did the extraction find the unit this party role is a post in? */
static bool has_unit(const hk_doc *doc, const hk_role *r)
{
    if (r->level == HK_LEVEL_NATIONAL)
        return *r->party != '\0';
    for (size_t i = 0; i < doc->n_units; i++) {
        const hk_unit *u = &doc->units[i];
        if (u->level == r->level && !strcmp(u->party, r->party) &&
            !strcmp(u->territory_code, r->territory_code))
            return true;
    }
    return false;
}

hk_status hk_graph_add(hk_graph *g, const hk_doc *doc, hk_error *err)
{
    if (!g || !doc)
        return hk_i_fail(err, HK_ERR_ARG, NULL, 0, 0, "NULL argument");
    const char *id = hk_i_arena_strdup(&g->arena, doc->id);
    const char *date = doc_date(g, doc);
    if (!id || !date)
        goto oom;
    g->documents++;
    for (size_t i = 0; i < doc->n_units; i++) {
        const hk_unit *u = &doc->units[i];
        if (!*u->party)
            continue;
        int t = find_territory(g, u->territory_code);
        if (u->level != HK_LEVEL_NATIONAL && t < 0)
            continue;
        int n = unit_node(g, u->party, u->level, t, true);
        if (n < 0 || !add_doc(g, &node(g, n)->docs, id))
            goto oom;
    }
    for (size_t i = 0; i < doc->n_roles; i++) {
        const hk_role *r = &doc->roles[i];
        int p = person_node(g, r->person);
        if (p < 0 || !add_doc(g, &node(g, p)->docs, id))
            goto oom;
        int t = find_territory(g, r->territory_code);
        int target;
        if (r->kind == HK_KIND_PARTY && has_unit(doc, r)) {
            target = unit_node(g, r->party, r->level, t, true);
        } else if (r->kind == HK_KIND_PARTY) {
            /* A party post that is no unit of its own («رئيس فريق الحزب
               بمجلس الجماعة»): held at the territory. */
            if (r->level != HK_LEVEL_NATIONAL && t < 0)
                continue;
            target = r->level == HK_LEVEL_NATIONAL && *r->party
                         ? party_node(g, r->party) : territory_node(g, t);
        } else {
            target = territory_node(g, r->level == HK_LEVEL_NATIONAL ? -1 : t);
        }
        if (target < 0)
            goto oom;
        /* One edge per post: «الأمين الجهوي» and «رئيس المجلس الجهوي» in
           one unit are two posts. */
        gedge *e = add_edge(g, p, target, "holds", hk_role_kind_name(r->kind),
                            role_key(g, r->role), id, date);
        if (!e)
            goto oom;
        /* Chosen so that the order documents come in does not matter
           (a merge of pieces equals one run): the post's shortest, then
           first in byte order, wording; the status of the latest document,
           former before interim before current on the same day. */
        if (!*e->role || strlen(r->role) < strlen(e->role) ||
            (strlen(r->role) == strlen(e->role) && strcmp(r->role, e->role) < 0))
            e->role = hk_i_arena_strdup(&g->arena, r->role);
        const char *st = hk_role_status_name(r->status);
        int c = strcmp(date, e->status_date);
        if (!*e->status || c > 0 ||
            (c == 0 && status_rank(st) > status_rank(e->status))) {
            e->status = st;
            e->status_date = date;
        }
        hk_buf ev = {0};
        bool ok = hk_i_buf_printf(&ev, "%s:%zu-%zu", id, r->start, r->end);
        const char *evs = ok ? hk_i_arena_strndup(&g->arena, ev.data, ev.len)
                             : NULL;
        hk_i_buf_free(&ev);
        const char **slot = evs ? hk_i_vec_push(&e->evidence) : NULL;
        if (!slot)
            goto oom;
        *slot = evs;
        if (*r->party) {
            int party = party_node(g, r->party);
            if (party < 0 ||
                !add_edge(g, p, party, "member_of", NULL, NULL, id, date))
                goto oom;
        }
    }
    return HK_OK;
oom:
    return hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
}

void hk_graph_get_stats(const hk_graph *g, hk_graph_stats *s)
{
    memset(s, 0, sizeof *s);
    if (!g)
        return;
    for (size_t i = 0; i < g->nodes.len; i++) {
        switch (HK_VEC_AT(&g->nodes, gnode, i).type) {
        case G_PARTY: s->parties++; break;
        case G_UNIT: s->units++; break;
        case G_TERRITORY: s->territories++; break;
        case G_PERSON: s->persons++; break;
        }
    }
    s->edges = g->edges.len;
    s->documents = g->documents;
}

/* ----------------------------------------------------- the igraph side */

hk_status hk_i_graph_index(hk_graph *g, hk_error *err)
{
    if (g->indexed)
        return HK_OK;
    igraph_error_handler_t *old = igraph_set_error_handler(igraph_error_handler_ignore);
    igraph_warning_handler_t *oldw = igraph_set_warning_handler(igraph_warning_handler_ignore);
    hk_status st = HK_OK;
    if (g->ig) {
        igraph_destroy(g->ig);
    } else if (!(g->ig = malloc(sizeof(igraph_t)))) {
        st = hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
        goto done;
    }
    igraph_vector_int_t ends;
    if (igraph_vector_int_init(&ends, (igraph_integer_t)(2 * g->edges.len))) {
        free(g->ig);
        g->ig = NULL;
        st = hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
        goto done;
    }
    for (size_t i = 0; i < g->edges.len; i++) {
        const gedge *e = &HK_VEC_AT(&g->edges, gedge, i);
        VECTOR(ends)[2 * i] = e->from;
        VECTOR(ends)[2 * i + 1] = e->to;
    }
    igraph_error_t rc = igraph_create(g->ig, &ends,
                                      (igraph_integer_t)g->nodes.len,
                                      IGRAPH_DIRECTED);
    igraph_vector_int_destroy(&ends);
    if (rc != IGRAPH_SUCCESS) {
        free(g->ig);
        g->ig = NULL;
        st = hk_i_fail(err, HK_ERR_INTERNAL, NULL, 0, 0,
                       "igraph could not build the graph: %s",
                       igraph_strerror(rc));
        goto done;
    }
    g->indexed = true;
done:
    igraph_set_error_handler(old);
    igraph_set_warning_handler(oldw);
    return st;
}

static int cmp_edge_by_source(const void *a, const void *b, void *ctx)
{
    const hk_graph *g = ctx;
    const gedge *x = &HK_VEC_AT(&g->edges, gedge, *(const int *)a);
    const gedge *y = &HK_VEC_AT(&g->edges, gedge, *(const int *)b);
    const gnode *nx = &HK_VEC_AT(&g->nodes, gnode, x->from);
    const gnode *ny = &HK_VEC_AT(&g->nodes, gnode, y->from);
    int c = strcmp(nx->label, ny->label);
    return c ? c : strcmp(nx->id, ny->id);
}

size_t hk_i_graph_in(hk_graph *g, int v, const char *relation, int *out,
                     size_t max)
{
    if (!g->indexed || !g->ig)
        return 0;
    igraph_error_handler_t *old = igraph_set_error_handler(igraph_error_handler_ignore);
    igraph_vector_int_t eids;
    size_t n = 0;
    if (!igraph_vector_int_init(&eids, 0)) {
        if (!igraph_incident(g->ig, &eids, v, IGRAPH_IN)) {
            for (igraph_integer_t i = 0; i < igraph_vector_int_size(&eids) && n < max; i++) {
                int e = (int)VECTOR(eids)[i];
                if (!relation ||
                    !strcmp(HK_VEC_AT(&g->edges, gedge, e).relation, relation))
                    out[n++] = e;
            }
        }
        igraph_vector_int_destroy(&eids);
    }
    igraph_set_error_handler(old);
    qsort_r(out, n, sizeof *out, cmp_edge_by_source, g);
    return n;
}

static bool party_matches(const hk_graph *g, const char *party, const char *want)
{
    if (!want || !*want)
        return true;
    if (!party || !*party)
        return false;
    /* A name or any alias of it in the parties lexicon. */
    hk_arena a = {0};
    const char *kp = hk_i_fold_key(g->rules->norm, &a, party, strlen(party));
    const char *kw = hk_i_fold_key(g->rules->norm, &a, want, strlen(want));
    bool ok = kp && kw && !strcmp(kp, kw);
    int lex = g->rules->known.parties;
    for (size_t i = 0; !ok && lex >= 0 && i < g->rules->lexicons[lex].n_entries; i++) {
        const hk_entry *e = g->rules->lexicons[lex].entries[i];
        const char *canon = hk_i_entry_key(e, g->rules->keys.party);
        const char *ke = hk_i_fold_key(g->rules->norm, &a, e->form, strlen(e->form));
        ok = canon && ke && kw && !strcmp(ke, kw) && !strcmp(canon, party);
    }
    hk_i_arena_free(&a);
    return ok;
}

static int region_of_filter(const hk_graph *g, const char *want)
{
    if (!want || !*want)
        return -1;
    int t = hk_i_territory_find(g->rules, want);
    if (t >= 0)
        return t;
    hk_arena a = {0};
    const char *kw = hk_i_fold_key(g->rules->norm, &a, want, strlen(want));
    for (size_t i = 0; kw && i < g->rules->n_territories; i++) {
        const hk_territory *r = &g->rules->territories[i];
        const char *kn = r->kind == HK_T_REGION
                             ? hk_i_fold_key(g->rules->norm, &a, r->name, strlen(r->name))
                             : NULL;
        if ((kn && !strcmp(kn, kw)) || (r->kind == HK_T_REGION && !strcasecmp(r->name_fr, want))) {
            t = (int)i;
            break;
        }
    }
    hk_i_arena_free(&a);
    return t;
}

/* A post's key, for telling whether two holders held the same post: the
   folded title with feminine endings and «العام» dropped («الكاتبة
   الإقليمية» is the post of «الكاتب الإقليمي»). */
static const char *role_key(hk_graph *g, const char *role)
{
    char *norm = hk_i_normalize_str(g->rules->norm, &g->arena, role,
                                    strlen(role));
    if (!norm)
        return NULL;
    hk_buf b = {0};
    bool ok = true;
    char *save = NULL;
    for (char *w = strtok_r(norm, " ", &save); w && ok;
         w = strtok_r(NULL, " ", &save)) {
        const char *k = hk_i_fold_key(g->rules->norm, &g->arena, w, strlen(w));
        size_t n = k ? strlen(k) : 0;
        /* «الأمين العام الجهوي» is the post of «الأمين الجهوي». */
        if (k && (!strcmp(k, "العام") || !strcmp(k, "العامه")))
            continue;
        /* ة folds to ه; a word ending in it is the feminine form. */
        if (n > 2 && !strcmp(k + n - 2, "ه"))
            n -= 2;
        ok = k && hk_i_buf_append(&b, k, n) && hk_i_buf_puts(&b, " ");
    }
    const char *r = ok ? hk_i_arena_strndup(&g->arena, b.data ? b.data : "",
                                            b.len)
                       : NULL;
    hk_i_buf_free(&b);
    return r;
}

hk_status hk_i_graph_filter(hk_graph *g, const hk_graph_filter *f,
                            bool *kn, bool *ke, hk_error *err)
{
    size_t nn = g->nodes.len, ne = g->edges.len;
    for (size_t i = 0; i < nn; i++)
        kn[i] = true;
    for (size_t i = 0; i < ne; i++)
        ke[i] = true;
    if (!f)
        return HK_OK;
    int region = region_of_filter(g, f->region);
    if (f->region && *f->region && region < 0)
        return hk_i_fail(err, HK_ERR_ARG, NULL, 0, 0, "unknown region '%s'",
                         f->region);
    /* Units and parties decide; persons and territories follow them. */
    for (size_t i = 0; i < nn; i++) {
        gnode *n = node(g, (int)i);
        if (n->type == G_UNIT) {
            int r = n->territory >= 0 ? terr(g, n->territory)->region : -1;
            kn[i] = party_matches(g, n->party, f->party) &&
                    (region < 0 || r == region) &&
                    (f->level == HK_LEVEL_NONE || n->level <= f->level);
        } else if (n->type == G_PARTY) {
            kn[i] = party_matches(g, n->party, f->party);
        } else {
            kn[i] = false;
        }
    }
    for (size_t i = 0; i < ne; i++) {
        gedge *e = &HK_VEC_AT(&g->edges, gedge, i);
        if (f->as_of && *f->as_of && *e->first_seen &&
            strcmp(e->first_seen, f->as_of) > 0)
            ke[i] = false;
    }
    /* As of a day, of several holders of one post the latest holds it,
       and a post said to be over by that day is over. */
    if (f->as_of && *f->as_of) {
        for (size_t i = 0; i < ne; i++) {
            gedge *a = &HK_VEC_AT(&g->edges, gedge, i);
            if (!ke[i] || strcmp(a->relation, "holds"))
                continue;
            const char *ka = role_key(g, a->role);
            for (size_t j = 0; j < ne && ka; j++) {
                gedge *b = &HK_VEC_AT(&g->edges, gedge, j);
                if (j == i || !ke[j] || strcmp(b->relation, "holds") ||
                    b->to != a->to || strcmp(b->kind, a->kind))
                    continue;
                const char *kb = role_key(g, b->role);
                if (kb && !strcmp(ka, kb) &&
                    strcmp(b->first_seen, a->first_seen) > 0)
                    ke[i] = false;    /* a was succeeded by b */
            }
            if (!strcmp(a->status, "former") &&
                strcmp(a->status_date, f->as_of) <= 0)
                ke[i] = false;
        }
    }
    /* Persons holding kept posts, territories of kept units (and their
       ancestors), kept parties' members. */
    for (bool changed = true; changed;) {
        changed = false;
        for (size_t i = 0; i < ne; i++) {
            gedge *e = &HK_VEC_AT(&g->edges, gedge, i);
            if (!ke[i])
                continue;
            gnode *from = node(g, e->from), *to = node(g, e->to);
            bool want = false;
            if (!strcmp(e->relation, "holds"))
                want = kn[e->to] || (to->type == G_TERRITORY && !f->party &&
                                     (region < 0 || (to->territory >= 0 &&
                                      terr(g, to->territory)->region == region)));
            else if (!strcmp(e->relation, "located_in"))
                want = kn[e->from];
            if (want && !kn[e->from] && from->type == G_PERSON) {
                kn[e->from] = true;
                changed = true;
            }
            if (want && !kn[e->to] && to->type == G_TERRITORY) {
                kn[e->to] = true;
                changed = true;
            }
        }
    }
    for (size_t i = 0; i < ne; i++) {
        gedge *e = &HK_VEC_AT(&g->edges, gedge, i);
        ke[i] = ke[i] && kn[e->from] && kn[e->to];
    }
    return HK_OK;
}

hk_status hk_graph_write(hk_graph *g, FILE *out, hk_format format,
                         const hk_graph_filter *filter, hk_error *err)
{
    if (!g || !out)
        return hk_i_fail(err, HK_ERR_ARG, NULL, 0, 0, "NULL argument");
    hk_status st = hk_i_graph_index(g, err);
    if (st != HK_OK)
        return st;
    size_t nn = g->nodes.len, ne = g->edges.len;
    bool *kn = malloc((nn + 1) * sizeof *kn), *ke = malloc((ne + 1) * sizeof *ke);
    hk_buf b = {0};
    if (!kn || !ke) {
        st = hk_i_fail(err, HK_ERR_NOMEM, NULL, 0, 0, "out of memory");
        goto done;
    }
    if ((st = hk_i_graph_filter(g, filter, kn, ke, err)) != HK_OK)
        goto done;
    g->as_of = filter && filter->as_of && *filter->as_of ? filter->as_of : NULL;
    switch (format) {
    case HK_FORMAT_GRAPHML: st = hk_i_graph_write_graphml(g, &b, kn, ke); break;
    case HK_FORMAT_DOT: st = hk_i_graph_write_dot(g, &b, kn, ke); break;
    case HK_FORMAT_JSON: st = hk_i_graph_write_json(g, &b, kn, ke); break;
    case HK_FORMAT_TREE: st = hk_i_graph_write_tree(g, &b, kn, ke); break;
    default: st = HK_ERR_ARG;
    }
    if (st != HK_OK) {
        st = hk_i_fail(err, st, NULL, 0, 0, "%s", hk_status_string(st));
        goto done;
    }
    if ((b.len && fwrite(b.data, 1, b.len, out) != b.len) || fflush(out))
        st = hk_i_fail(err, HK_ERR_IO, NULL, 0, 0, "write error");
done:
    g->as_of = NULL;
    hk_i_buf_free(&b);
    free(kn);
    free(ke);
    return st;
}

const char *hk_i_edge_status(const hk_graph *g, const gedge *e)
{
    if (g->as_of && strcmp(e->status, "current") &&
        strcmp(e->status_date, g->as_of) > 0)
        return "current";
    return e->status;
}

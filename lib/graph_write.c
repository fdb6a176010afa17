/*
 * graph_write.c - the hierarchy graph in the formats analysts open:
 * GraphML (Gephi, Cytoscape, yEd, NetworkX, igraph), Graphviz DOT laid out
 * as a hierarchy, JSON node-link (NetworkX's node_link_graph, D3), and an
 * indented text tree for the terminal.  Nodes and edges are written in a
 * fixed order (by id), so equal graphs give byte-identical files whatever
 * order their documents came in.
 */
#include "graph.h"

#include <stdlib.h>
#include <string.h>

#define NODE(g, i) (&HK_VEC_AT(&(g)->nodes, gnode, i))
#define EDGE(g, i) (&HK_VEC_AT(&(g)->edges, gedge, i))

static const char *type_name(gtype t)
{
    static const char *const names[] = {"party", "unit", "territory", "person"};
    return names[t];
}

static int cmp_str_ptr(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* A vector of strings (document ids, evidence), sorted, joined with ';'. */
static bool docs_joined(hk_buf *b, const hk_vec *docs, bool xml)
{
    size_t n = docs->len;
    const char **d = malloc((n + 1) * sizeof *d);
    if (!d)
        return false;
    if (n)
        memcpy(d, docs->items, n * sizeof *d);
    qsort(d, n, sizeof *d, cmp_str_ptr);
    bool ok = true;
    for (size_t i = 0; ok && i < n; i++) {
        if (i && !strcmp(d[i], d[i - 1]))
            continue;       /* a document named twice counts once */
        ok = (!i || hk_i_buf_puts(b, ";")) &&
             (xml ? hk_i_buf_xml_text(b, d[i]) : hk_i_buf_puts(b, d[i]));
    }
    free(d);
    return ok;
}

/* How many distinct documents a list names. */
static size_t distinct(const hk_vec *docs)
{
    size_t n = docs->len, k = 0;
    const char **d = malloc((n + 1) * sizeof *d);
    if (!d)
        return n;
    if (n)
        memcpy(d, docs->items, n * sizeof *d);
    qsort(d, n, sizeof *d, cmp_str_ptr);
    for (size_t i = 0; i < n; i++)
        k += !i || strcmp(d[i], d[i - 1]);
    free(d);
    return k;
}

static char *docs_string(const hk_vec *docs)
{
    hk_buf b = {0};
    if (!docs_joined(&b, docs, false) || !hk_i_buf_puts(&b, "")) {
        hk_i_buf_free(&b);
        return NULL;
    }
    return b.data ? b.data : calloc(1, 1);
}

/* Node order: by id.  Edge order: by source id, target id, relation, kind,
   post. */
static int cmp_node(const void *a, const void *b, void *ctx)
{
    hk_graph *g = ctx;
    return strcmp(NODE(g, *(const int *)a)->id, NODE(g, *(const int *)b)->id);
}

static int cmp_edge(const void *a, const void *b, void *ctx)
{
    hk_graph *g = ctx;
    const gedge *x = EDGE(g, *(const int *)a), *y = EDGE(g, *(const int *)b);
    int c = strcmp(NODE(g, x->from)->id, NODE(g, y->from)->id);
    if (!c)
        c = strcmp(NODE(g, x->to)->id, NODE(g, y->to)->id);
    if (!c)
        c = strcmp(x->relation, y->relation);
    if (!c)
        c = strcmp(x->kind, y->kind);
    if (!c)
        c = strcmp(x->role, y->role);
    return c;
}

static int *sorted(hk_graph *g, bool nodes, const bool *keep, size_t *n)
{
    size_t total = nodes ? g->nodes.len : g->edges.len;
    int *ix = malloc((total + 1) * sizeof *ix);
    if (!ix)
        return NULL;
    *n = 0;
    for (size_t i = 0; i < total; i++)
        if (keep[i])
            ix[(*n)++] = (int)i;
    qsort_r(ix, *n, sizeof *ix, nodes ? cmp_node : cmp_edge, g);
    return ix;
}

/* ------------------------------------------------------------- GraphML */

static const char *const node_keys[][3] = {
    {"type", "string", "party, unit, territory or person"},
    {"label", "string", ""},
    {"party", "string", ""},
    {"level", "string", ""},
    {"territory", "string", ""},
    {"code", "string", ""},
    {"kind", "string", ""},
    {"inferred", "boolean", ""},
    {"docs", "string", ""},
    {"count", "int", ""},
};

static const char *const edge_keys[][2] = {
    {"relation", "string"}, {"role", "string"}, {"kind", "string"},
    {"status", "string"}, {"docs", "string"}, {"count", "int"},
    {"evidence", "string"}, {"first_seen", "string"}, {"last_seen", "string"},
};

static bool data(hk_buf *b, const char *prefix, const char *key,
                 const char *value)
{
    if (!value || !*value)
        return true;
    return hk_i_buf_printf(b, "      <data key=\"%s%s\">", prefix, key) &&
           hk_i_buf_xml_text(b, value) && hk_i_buf_puts(b, "</data>\n");
}

static const char *territory_name(hk_graph *g, int t)
{
    return t >= 0 ? g->rules->territories[t].name : "";
}

static const char *territory_code(hk_graph *g, int t)
{
    return t >= 0 ? g->rules->territories[t].code : "";
}

hk_status hk_i_graph_write_graphml(hk_graph *g, hk_buf *b, const bool *kn,
                                   const bool *ke)
{
    size_t nn, ne;
    int *ns = sorted(g, true, kn, &nn), *es = sorted(g, false, ke, &ne);
    bool ok = ns && es;
    ok = ok && hk_i_buf_puts(b,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
        "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
        "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
        "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    for (size_t k = 0; ok && k < sizeof node_keys / sizeof *node_keys; k++)
        ok = hk_i_buf_printf(b, "  <key id=\"v_%s\" for=\"node\" attr.name=\"%s\" "
                             "attr.type=\"%s\"/>\n", node_keys[k][0],
                             node_keys[k][0], node_keys[k][1]);
    for (size_t k = 0; ok && k < sizeof edge_keys / sizeof *edge_keys; k++)
        ok = hk_i_buf_printf(b, "  <key id=\"e_%s\" for=\"edge\" attr.name=\"%s\" "
                             "attr.type=\"%s\"/>\n", edge_keys[k][0],
                             edge_keys[k][0], edge_keys[k][1]);
    ok = ok && hk_i_buf_puts(b, "  <graph id=\"haykal\" edgedefault=\"directed\">\n");
    for (size_t i = 0; ok && i < nn; i++) {
        gnode *n = NODE(g, ns[i]);
        char count[32];
        snprintf(count, sizeof count, "%zu", distinct(&n->docs));
        char *docs = docs_string(&n->docs);
        ok = docs && hk_i_buf_puts(b, "    <node id=\"") &&
             hk_i_buf_xml_text(b, n->id) && hk_i_buf_puts(b, "\">\n") &&
             data(b, "v_", "type", type_name(n->type)) &&
             data(b, "v_", "label", n->label) &&
             data(b, "v_", "party", n->party) &&
             data(b, "v_", "level", n->type == G_UNIT ? hk_level_name(n->level)
                                    : n->type == G_PARTY ? "national" : "") &&
             data(b, "v_", "territory", territory_name(g, n->territory)) &&
             data(b, "v_", "code", territory_code(g, n->territory)) &&
             data(b, "v_", "kind", n->kind) &&
             data(b, "v_", "inferred", n->type == G_UNIT
                                           ? (n->inferred ? "true" : "false") : "") &&
             data(b, "v_", "docs", docs) &&
             data(b, "v_", "count", n->docs.len ? count : "") &&
             hk_i_buf_puts(b, "    </node>\n");
        free(docs);
    }
    for (size_t i = 0; ok && i < ne; i++) {
        gedge *e = EDGE(g, es[i]);
        char count[32];
        snprintf(count, sizeof count, "%zu", distinct(&e->docs));
        char *docs = docs_string(&e->docs);
        char *ev = docs_string(&e->evidence);    /* sorted, like docs */
        ok = ok && docs && ev && hk_i_buf_printf(b, "    <edge id=\"e%zu\" source=\"", i) &&
             hk_i_buf_xml_text(b, NODE(g, e->from)->id) &&
             hk_i_buf_puts(b, "\" target=\"") &&
             hk_i_buf_xml_text(b, NODE(g, e->to)->id) &&
             hk_i_buf_puts(b, "\">\n") &&
             data(b, "e_", "relation", e->relation) &&
             data(b, "e_", "role", e->role) && data(b, "e_", "kind", e->kind) &&
             data(b, "e_", "status", *e->status ? hk_i_edge_status(g, e) : "") &&
             data(b, "e_", "docs", docs) &&
             data(b, "e_", "count", e->docs.len ? count : "") &&
             data(b, "e_", "evidence", ev) &&
             data(b, "e_", "first_seen", e->first_seen) &&
             data(b, "e_", "last_seen", e->last_seen) &&
             hk_i_buf_puts(b, "    </edge>\n");
        free(ev);
        free(docs);
    }
    ok = ok && hk_i_buf_puts(b, "  </graph>\n</graphml>\n");
    free(ns);
    free(es);
    return ok ? HK_OK : HK_ERR_NOMEM;
}

/* ----------------------------------------------------------------- DOT */

static bool dot_str(hk_buf *b, const char *s)
{
    bool ok = hk_i_buf_puts(b, "\"");
    for (; ok && *s; s++)
        ok = (*s == '"' || *s == '\\') ? hk_i_buf_printf(b, "\\%c", *s)
             : *s == '\n' ? hk_i_buf_puts(b, " ")
                          : hk_i_buf_append(b, s, 1);
    return ok && hk_i_buf_puts(b, "\"");
}

/* The hierarchy: parties, units and the persons who hold posts, drawn top
   down (a party above its regions, above their provinces ...). */
hk_status hk_i_graph_write_dot(hk_graph *g, hk_buf *b, const bool *kn,
                               const bool *ke)
{
    size_t nn, ne;
    int *ns = sorted(g, true, kn, &nn), *es = sorted(g, false, ke, &ne);
    bool ok = ns && es && hk_i_buf_puts(b,
        "digraph haykal {\n"
        "  rankdir=TB;\n"
        "  charset=\"UTF-8\";\n"
        "  node [fontname=\"DejaVu Sans\", fontsize=11];\n"
        "  edge [fontname=\"DejaVu Sans\", fontsize=9];\n");
    /* Persons appear when they hold a post drawn here. */
    bool *drawn = calloc(g->nodes.len + 1, sizeof *drawn);
    ok = ok && drawn;
    for (size_t i = 0; ok && i < ne; i++) {
        gedge *e = EDGE(g, es[i]);
        if (!strcmp(e->relation, "holds") && NODE(g, e->to)->type != G_TERRITORY)
            drawn[e->from] = true;
    }
    static const char *const level_ar[] = {"", "", "جهة", "إقليم", "جماعة"};
    for (size_t i = 0; ok && i < nn; i++) {
        gnode *n = NODE(g, ns[i]);
        if (n->type == G_PERSON && !drawn[ns[i]])
            continue;
        /* Units read as their place: the party is above them. */
        char label[512];
        if (n->type == G_UNIT)
            snprintf(label, sizeof label, "%s %s", level_ar[n->level],
                     territory_name(g, n->territory));
        else
            snprintf(label, sizeof label, "%s", n->label);
        const char *style = n->type == G_PARTY ? "shape=box, style=\"filled,bold\", fillcolor=\"#f4d03f\""
                            : n->type == G_UNIT ? (n->inferred
                                  ? "shape=box, style=\"rounded,dashed\""
                                  : "shape=box, style=\"rounded,filled\", fillcolor=\"#d6eaf8\"")
                            : "shape=ellipse, style=filled, fillcolor=\"#fadbd8\"";
        if (n->type == G_TERRITORY)
            continue;
        ok = hk_i_buf_puts(b, "  ") && dot_str(b, n->id) &&
             hk_i_buf_puts(b, " [label=") && dot_str(b, label) &&
             hk_i_buf_printf(b, ", %s];\n", style);
    }
    free(drawn);
    for (size_t i = 0; ok && i < ne; i++) {
        gedge *e = EDGE(g, es[i]);
        gnode *from = NODE(g, e->from), *to = NODE(g, e->to);
        if (!strcmp(e->relation, "part_of")) {
            ok = hk_i_buf_puts(b, "  ") && dot_str(b, to->id) &&
                 hk_i_buf_puts(b, " -> ") && dot_str(b, from->id) &&
                 hk_i_buf_puts(b, ";\n");
        } else if (!strcmp(e->relation, "holds") && to->type != G_TERRITORY) {
            ok = hk_i_buf_puts(b, "  ") && dot_str(b, to->id) &&
                 hk_i_buf_puts(b, " -> ") && dot_str(b, from->id) &&
                 hk_i_buf_puts(b, " [style=dashed, label=") && dot_str(b, e->role) &&
                 hk_i_buf_puts(b, "];\n");
        }
    }
    ok = ok && hk_i_buf_puts(b, "}\n");
    free(ns);
    free(es);
    return ok ? HK_OK : HK_ERR_NOMEM;
}

/* ---------------------------------------------------------------- JSON */

static bool jfield(hk_buf *b, const char *key, const char *value)
{
    if (!value || !*value)
        return true;
    return hk_i_buf_puts(b, ",") && hk_i_buf_json_string(b, key) &&
           hk_i_buf_puts(b, ":") && hk_i_buf_json_string(b, value);
}

/* NetworkX's node-link layout: {"directed", "multigraph", "graph",
   "nodes": [{"id", ...}], "links": [{"source", "target", ...}]}. */
hk_status hk_i_graph_write_json(hk_graph *g, hk_buf *b, const bool *kn,
                                const bool *ke)
{
    size_t nn, ne;
    int *ns = sorted(g, true, kn, &nn), *es = sorted(g, false, ke, &ne);
    bool ok = ns && es && hk_i_buf_puts(b,
        "{\"directed\": true, \"multigraph\": true, \"graph\": {\"name\": \"haykal\"},\n \"nodes\": [");
    for (size_t i = 0; ok && i < nn; i++) {
        gnode *n = NODE(g, ns[i]);
        char *docs = docs_string(&n->docs);
        ok = docs && hk_i_buf_puts(b, i ? ",\n  {\"id\":" : "\n  {\"id\":") &&
             hk_i_buf_json_string(b, n->id) &&
             jfield(b, "type", type_name(n->type)) && jfield(b, "label", n->label) &&
             jfield(b, "party", n->party) &&
             jfield(b, "level", n->type == G_UNIT ? hk_level_name(n->level)
                                : n->type == G_PARTY ? "national" : "") &&
             jfield(b, "territory", territory_name(g, n->territory)) &&
             jfield(b, "code", territory_code(g, n->territory)) &&
             jfield(b, "kind", n->kind) && jfield(b, "docs", docs) &&
             (n->type != G_UNIT ||
              hk_i_buf_printf(b, ",\"inferred\":%s", n->inferred ? "true" : "false")) &&
             hk_i_buf_puts(b, "}");
        free(docs);
    }
    ok = ok && hk_i_buf_puts(b, "],\n \"links\": [");
    for (size_t i = 0; ok && i < ne; i++) {
        gedge *e = EDGE(g, es[i]);
        char *docs = docs_string(&e->docs);
        ok = docs && hk_i_buf_puts(b, i ? ",\n  {\"source\":" : "\n  {\"source\":") &&
             hk_i_buf_json_string(b, NODE(g, e->from)->id) &&
             hk_i_buf_puts(b, ",\"target\":") &&
             hk_i_buf_json_string(b, NODE(g, e->to)->id) &&
             jfield(b, "relation", e->relation) && jfield(b, "role", e->role) &&
             jfield(b, "kind", e->kind) &&
             jfield(b, "status", *e->status ? hk_i_edge_status(g, e) : "") &&
             jfield(b, "docs", docs) && jfield(b, "first_seen", e->first_seen) &&
             jfield(b, "last_seen", e->last_seen) &&
             hk_i_buf_printf(b, ",\"count\":%zu}", distinct(&e->docs));
        free(docs);
    }
    ok = ok && hk_i_buf_puts(b, "]}\n");
    free(ns);
    free(es);
    return ok ? HK_OK : HK_ERR_NOMEM;
}

/* ---------------------------------------------------------------- tree */

static bool indent(hk_buf *b, int depth)
{
    bool ok = true;
    for (int i = 0; ok && i < depth; i++)
        ok = hk_i_buf_puts(b, "  ");
    return ok;
}

static bool holders(hk_graph *g, hk_buf *b, int v, int depth, const bool *kn,
                    const bool *ke, int *scratch, size_t max)
{
    size_t n = hk_i_graph_in(g, v, "holds", scratch, max);
    bool ok = true;
    for (size_t i = 0; ok && i < n; i++) {
        gedge *e = EDGE(g, scratch[i]);
        if (!ke[scratch[i]] || !kn[e->from])
            continue;
        ok = indent(b, depth) && hk_i_buf_printf(b, "* %s: %s", e->role,
                                                 NODE(g, e->from)->label);
        const char *status = hk_i_edge_status(g, e);
        if (ok && strcmp(status, "current"))
            ok = hk_i_buf_printf(b, " (%s)", status);
        if (ok && *e->first_seen)
            ok = !strcmp(e->first_seen, e->last_seen)
                     ? hk_i_buf_printf(b, " [%s]", e->first_seen)
                     : hk_i_buf_printf(b, " [%s .. %s]", e->first_seen, e->last_seen);
        size_t nd = distinct(&e->docs);
        ok = ok && hk_i_buf_printf(b, " {%zu doc%s}\n", nd, nd == 1 ? "" : "s");
    }
    return ok;
}

static bool subtree(hk_graph *g, hk_buf *b, int v, int depth, const bool *kn,
                    const bool *ke)
{
    size_t max = g->edges.len + 1;
    int *in = malloc(max * sizeof *in);
    if (!in)
        return false;
    bool ok = holders(g, b, v, depth + 1, kn, ke, in, max);
    size_t n = hk_i_graph_in(g, v, "part_of", in, max);
    for (size_t i = 0; ok && i < n; i++) {
        gedge *e = EDGE(g, in[i]);
        gnode *u = NODE(g, e->from);
        if (!ke[in[i]] || !kn[e->from])
            continue;
        static const char *const level_ar[] = {"", "", "جهة", "إقليم", "جماعة"};
        ok = indent(b, depth + 1) &&
             hk_i_buf_printf(b, "%s %s (%s%s)\n", level_ar[u->level],
                             territory_name(g, u->territory),
                             hk_level_name(u->level),
                             u->inferred ? ", inferred" : "") &&
             subtree(g, b, e->from, depth + 1, kn, ke);
    }
    free(in);
    return ok;
}

hk_status hk_i_graph_write_tree(hk_graph *g, hk_buf *b, const bool *kn,
                                const bool *ke)
{
    size_t nn;
    int *ns = sorted(g, true, kn, &nn);
    bool ok = ns != NULL;
    for (size_t i = 0; ok && i < nn; i++) {
        gnode *n = NODE(g, ns[i]);
        if (n->type != G_PARTY)
            continue;
        ok = hk_i_buf_printf(b, "%s (national)\n", n->label) &&
             subtree(g, b, ns[i], 0, kn, ke);
    }
    /* Posts held at a territory: elected offices, and party posts that
       are no unit of their own. */
    bool header = false;
    size_t max = g->edges.len + 1;
    int *in = malloc(max * sizeof *in);
    ok = ok && in;
    for (size_t i = 0; ok && i < nn; i++) {
        gnode *n = NODE(g, ns[i]);
        if (n->type != G_TERRITORY)
            continue;
        size_t k = hk_i_graph_in(g, ns[i], "holds", in, max);
        size_t kept = 0;
        for (size_t j = 0; j < k; j++)
            kept += ke[in[j]] && kn[EDGE(g, in[j])->from];
        if (!kept)
            continue;
        if (!header) {
            ok = hk_i_buf_puts(b, "offices by territory\n");
            header = true;
        }
        ok = ok && hk_i_buf_printf(b, "  %s (%s)\n", n->label, n->kind) &&
             holders(g, b, ns[i], 2, kn, ke, in, max);
    }
    free(in);
    free(ns);
    return ok ? HK_OK : HK_ERR_NOMEM;
}

/*
 * graph.h - the hierarchy graph's nodes and edges as the writers see them.
 * Internal.  graph.c builds them (and the igraph structure behind them);
 * graph_write.c turns them into GraphML, DOT, JSON or a text tree.
 */
#ifndef HAYKAL_GRAPH_H
#define HAYKAL_GRAPH_H

#include "internal.h"

typedef enum gtype { G_PARTY, G_UNIT, G_TERRITORY, G_PERSON } gtype;

typedef struct gnode {
    gtype type;
    const char *id;         /* stable: party:..., unit:..., territory:..., person:... */
    const char *label;
    const char *party;      /* party, unit */
    hk_level level;         /* unit */
    int territory;          /* unit, territory: gazetteer index; -1 none/country */
    const char *kind;       /* territory: region ...; "country" for the root */
    bool inferred;          /* a unit no article names, implied by a lower one */
    hk_vec docs;            /* const char *: documents that name it */
} gnode;

typedef struct gedge {
    int from, to;
    const char *relation;   /* part_of, located_in, holds, member_of */
    const char *role;       /* holds: the title */
    const char *kind;       /* holds: party|elected */
    const char *status;     /* holds: current|former|interim */
    hk_vec docs;            /* const char *, distinct, in order of adding */
    hk_vec evidence;        /* const char *: "doc:start-end" */
    const char *first_seen, *last_seen;   /* YYYY-MM-DD or "" */
    const char *status_date;  /* the date of the document that gave status */
} gedge;

struct hk_graph {
    const hk_rules *rules;
    hk_arena arena;
    hk_vec nodes;           /* gnode */
    hk_vec edges;           /* gedge */
    struct gmap *node_ix, *edge_ix;
    size_t documents;
    void *ig;               /* the igraph_t, built by hk_i_graph_index */
    const char *as_of;      /* while writing: the filter's day, or NULL */
    bool indexed;
};

/* (Re)builds the igraph structure from the node and edge lists. */
hk_status hk_i_graph_index(hk_graph *g, hk_error *err);
/* Edges of `relation` (NULL: any) that enter node v, in a stable order.
   Returns the number written to out (at most max). */
size_t hk_i_graph_in(hk_graph *g, int v, const char *relation, int *out,
                     size_t max);
/* Nodes kept by the filter (kept[v] true), computed with the graph. */
hk_status hk_i_graph_filter(hk_graph *g, const hk_graph_filter *f,
                            bool *kept_nodes, bool *kept_edges, hk_error *err);

/* An edge's status as of the day being written (g->as_of): a post that
   ended after that day was still current then. */
const char *hk_i_edge_status(const hk_graph *g, const gedge *e);

hk_status hk_i_graph_write_graphml(hk_graph *g, hk_buf *b, const bool *kn,
                                   const bool *ke);
hk_status hk_i_graph_write_dot(hk_graph *g, hk_buf *b, const bool *kn,
                               const bool *ke);
hk_status hk_i_graph_write_json(hk_graph *g, hk_buf *b, const bool *kn,
                                const bool *ke);
hk_status hk_i_graph_write_tree(hk_graph *g, hk_buf *b, const bool *kn,
                                const bool *ke);

#endif

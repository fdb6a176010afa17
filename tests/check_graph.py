#!/usr/bin/python3
"""tests/check_graph.py - reads a haykal GraphML file with NetworkX (and
igraph when its Python binding is installed) and checks the hierarchy:
typed nodes and edges, the party at the top, regional units part_of the
party, provincial units part_of a regional unit of their region, local
units part_of a provincial unit, one node per id.  Extra checks name nodes
that must exist and edges that must link them.

usage: check_graph.py FILE.graphml [--expect-edge SRC_LABEL RELATION DST_LABEL]...
Prints "ok - ..." / "not ok - ..." lines; exits 1 when any check fails."""
import sys

import networkx as nx

failures = 0


def check(cond, what):
    global failures
    print(("ok - " if cond else "not ok - ") + what)
    if not cond:
        failures += 1


def main(argv):
    path = argv[1]
    g = nx.read_graphml(path)
    check(g.number_of_nodes() > 0, f"{path}: NetworkX reads {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")
    types = {d.get("type") for _, d in g.nodes(data=True)}
    check({"party", "unit", "territory", "person"} <= types, f"node types present: {sorted(t for t in types if t)}")
    check(all(d.get("label") for _, d in g.nodes(data=True)), "every node has a label")
    check(all(d.get("relation") for _, _, d in g.edges(data=True)), "every edge has a relation")
    holds = [d for _, _, d in g.edges(data=True) if d.get("relation") == "holds"]
    check(holds and all(d.get("docs") and d.get("role") for d in holds), "every holds edge names its role and documents")

    def parents(n):
        return [v for _, v, d in g.out_edges(n, data=True) if d.get("relation") == "part_of"]

    bad = []
    for n, d in g.nodes(data=True):
        if d.get("type") != "unit":
            continue
        ps = parents(n)
        want = {"regional": "national", "provincial": "regional", "local": "provincial"}[d["level"]]
        if len(ps) != 1:
            bad.append(f"{n} has {len(ps)} parents")
            continue
        p = g.nodes[ps[0]]
        plevel = p.get("level")
        if plevel != want and not (want == "provincial" and plevel == "regional"):
            bad.append(f"{n} ({d['level']}) part_of {ps[0]} ({plevel})")
        if p.get("party") != d.get("party"):
            bad.append(f"{n} and its parent belong to different parties")
    check(not bad, "every unit is part_of one unit a level up, of its party" + ("" if not bad else ": " + "; ".join(bad[:3])))
    check(nx.is_directed_acyclic_graph(nx.DiGraph([(u, v) for u, v, d in g.edges(data=True) if d.get("relation") == "part_of"])),
          "the part_of hierarchy has no cycle")

    by_label = {}
    for n, d in g.nodes(data=True):
        by_label.setdefault(d.get("label"), []).append(n)
    args = argv[2:]
    while args and args[0] == "--expect-edge":
        src, rel, dst = args[1], args[2], args[3]
        args = args[4:]
        s = by_label.get(src, [])
        t = by_label.get(dst, [])
        def relations(a, b):
            d = g.get_edge_data(a, b) or {}
            return [e.get("relation") for e in d.values()] if g.is_multigraph() else [d.get("relation")]
        found = any(rel in relations(a, b) for a in s for b in t)
        check(len(s) == 1 and found, f"one node «{src}» {rel} «{dst}»")

    try:
        import igraph
    except ImportError:
        print("# python3-igraph not installed: igraph reading skipped")
    else:
        ig = igraph.Graph.Read_GraphML(path)
        check(ig.vcount() == g.number_of_nodes() and ig.ecount() == g.number_of_edges()
              and "label" in ig.vs.attributes() and "relation" in ig.es.attributes(),
              f"igraph reads the same {ig.vcount()} nodes and {ig.ecount()} edges with their attributes")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

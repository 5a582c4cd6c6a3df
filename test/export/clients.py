"""Reads a casegraph export with real analyst tools and prints what they saw, as JSON.

usage: /usr/bin/python3 clients.py graphml|gexf <file>

NetworkX reads both formats; igraph reads GraphML itself and GEXF through NetworkX (igraph has
no GEXF reader of its own). Also reports the judge -> trial -> verdict paths NetworkX finds and,
for exports with text, whether every mention's offsets still point at its surface in the article.
"""
import json
import sys

import igraph
import networkx as nx

fmt, path = sys.argv[1], sys.argv[2]
G = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
H = igraph.Graph.Read_GraphML(path) if fmt == "graphml" else igraph.Graph.from_networkx(G, vertex_attr_hashable="id")


def judge_paths(g):
    def out(u, rel):
        return [v for _, v, d in g.out_edges(u, data=True) if d.get("type") == rel]

    found = []
    for p, d in g.nodes(data=True):
        if d.get("type") != "Person":
            continue
        if not any(g.nodes[r].get("label") == "judge" for r in out(p, "HOLDS_ROLE")):
            continue
        for t in out(p, "PRESIDED_OVER"):
            for v in out(t, "RESULTED_IN"):
                if g.nodes[t].get("type") == "Trial" and g.nodes[v].get("type") == "Verdict":
                    found.append([p, t, v, g.nodes[v].get("outcome")])
    return found


def offsets_hold(g):
    """Mentions whose article text (UTF-16, as JavaScript counts) at start..end is not the surface."""
    bad = 0
    for u, s, d in g.edges(data=True):
        if d.get("type") != "MENTIONED_IN":
            continue
        text = g.nodes[g.nodes[s]["article"]]["text"].encode("utf-16-le")
        if text[2 * int(d["start"]) : 2 * int(d["end"])].decode("utf-16-le") != d["surface"]:
            bad += 1
    return bad


print(json.dumps({
    "networkx": {
        "multigraph": G.is_multigraph(),
        "directed": G.is_directed(),
        "nodes": {n: {"type": d.get("type"), "label": d.get("label"), "aliases": d.get("aliases")} for n, d in G.nodes(data=True)},
        "edges": sorted([u, v, d.get("type"), d.get("label"), d.get("evidence_text")] for u, v, d in G.edges(data=True)),
        "judge_paths": judge_paths(G),
        "offsets_wrong": offsets_hold(G),
    },
    "igraph": {
        "directed": H.is_directed(),
        "nodes": {v["id"]: {"type": v["type"], "label": v["label"]} for v in H.vs},
        "edges": sorted([H.vs[e.source]["id"], H.vs[e.target]["id"], e["type"], e["label"]] for e in H.es),
    },
}, ensure_ascii=False))

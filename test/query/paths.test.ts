import { describe, expect, it } from "vitest";
import Graph from "graphology";
import { findEntities, neighbourhood, runPattern, shortestPath } from "../../src/query/index.ts";
import { QueryError } from "../../src/errors.ts";
import { trialGraph } from "../fixtures/trial-graph.ts";

const graph = trialGraph();

describe("findEntities", () => {
  it("finds entities by key, label or alias, ignoring case and accents", () => {
    expect(findEntities(graph, "Person:renee-quill")).toEqual(["Person:renee-quill"]);
    expect(findEntities(graph, "RENEE QUILL")).toEqual(["Person:renee-quill"]);
    expect(findEntities(graph, "Quill")).toEqual(["Person:renee-quill"]);
    expect(findEntities(graph, "Brayne")).toEqual(["Person:otto-brayne", "Person:ida-brayne"]);
    expect(findEntities(graph, "Brayne & Söhne <Holdings>")).toEqual(["Organization:brayne-sohne"]);
  });

  it("does not treat articles and sentences as entities", () => {
    expect(findEntities(graph, "Brayne convicted at retrial")).toEqual([]);
    expect(findEntities(graph, "article:courts/retrial.md")).toEqual([]);
  });
});

describe("shortestPath", () => {
  it("joins two people through their trial, walking edges either way, with every parallel edge", () => {
    const path = shortestPath(graph, "Otto Brayne", "Ida Brayne")!;
    expect(path.nodes).toEqual(["Person:otto-brayne", "Trial:brayne-2", "Person:ida-brayne"]);
    expect(path.hops[0]!.edges.map((e) => [e.type, e.reversed])).toEqual([["DEFENDANT_IN", false], ["TESTIFIED_IN", false]]);
    expect(path.hops[1]!.edges.map((e) => [e.type, e.reversed])).toEqual([["TESTIFIED_IN", true]]);
    expect(path.hops[1]!.edges[0]!.evidence[0]!.text).toBe("Ida Brayne, his sister, testified for the prosecution.");
  });

  it("finds the judge's way to the organisation the defendant founded", () => {
    const path = shortestPath(graph, "Renée Quill", "Brayne & Söhne <Holdings>")!;
    expect(path.nodes).toEqual(["Person:renee-quill", "Trial:brayne-1", "Person:otto-brayne", "Organization:brayne-sohne"]);
    expect(path.hops.every((h) => h.edges.length > 0 && h.edges.every((e) => e.evidence.length > 0))).toBe(true);
  });

  it("is as short as the shortest path graphology-shortest-path would find", async () => {
    const { bidirectional } = await import("graphology-shortest-path/unweighted.js");
    const relations = new Graph({ type: "undirected" });
    graph.forEachEdge((_, a, s, t) => {
      if (a.type === "MENTIONED_IN" || a.type === "IN_ARTICLE") return;
      relations.mergeNode(s); relations.mergeNode(t); relations.mergeEdge(s, t);
    });
    const keys = relations.nodes();
    for (const a of keys) for (const b of keys)
      expect(shortestPath(graph, a, b)!.nodes.length, `${a} → ${b}`).toBe(bidirectional(relations, a, b)!.length);
  });

  it("returns null when nothing joins the two", () => {
    const g = trialGraph();
    g.addNode("Person:loner", { type: "Person", label: "Lone Person", aliases: [] });
    expect(shortestPath(g, "Lone Person", "Renée Quill")).toBeNull();
  });

  it("lists the candidates when a name is ambiguous", () => {
    const err = catchError(() => shortestPath(graph, "Brayne", "Quill"));
    expect(err).toBeInstanceOf(QueryError);
    expect(err.message).toContain('"Brayne" names 2 entities');
    expect(err.message).toContain('Person:otto-brayne (Person "Otto Brayne")');
    expect(err.message).toContain('Person:ida-brayne (Person "Ida Brayne")');
  });

  it("suggests near names when a name is unknown", () => {
    const err = catchError(() => shortestPath(graph, "Renee Quill", "Otto Brayn"));
    expect(err).toBeInstanceOf(QueryError);
    expect(err.message).toContain('no entity is named "Otto Brayn"');
    expect(err.message).toContain("Person:otto-brayne");
  });

  it("sees edges added after an earlier query", () => {
    const g = trialGraph();
    expect(shortestPath(g, "Ana Ruiz", "Zoë \"Zed\" O'Hara")!.nodes).toHaveLength(4);
    g.addDirectedEdgeWithKey("x", "Person:ana-ruiz", "Person:zoe-ohara", { type: "ACCUSED", evidence: ["article:courts/retrial.md#2"], confidence: 0.5 });
    expect(shortestPath(g, "Ana Ruiz", "Zoë \"Zed\" O'Hara")!.nodes).toHaveLength(2);
    expect(runPattern(g, "accuser→accused")).toHaveLength(1);
  });
});

describe("neighbourhood", () => {
  it("lists every entity within the depth, nearest first, each with its path and evidence", () => {
    const one = neighbourhood(graph, "Renée Quill");
    expect(one.map((r) => r.nodes.at(-1))).toEqual(["Role:judge", "Trial:brayne-1", "Trial:brayne-2"]);
    const two = neighbourhood(graph, "Renée Quill", 2);
    expect(two.slice(0, 3)).toEqual(one);
    expect(two.map((r) => r.nodes.at(-1))).toContain("Verdict:brayne-mistrial");
    expect(two.every((r) => r.nodes.length <= 3 && r.hops.length === r.nodes.length - 1)).toBe(true);
    expect(two.map((r) => r.nodes.at(-1))).not.toContain("Person:renee-quill");
  });

  it("rejects a depth that is not a whole number of hops", () => {
    expect(() => neighbourhood(graph, "Renée Quill", 0)).toThrow(QueryError);
  });
});

function catchError(f: () => unknown): Error {
  try { f(); } catch (err) { return err as Error; }
  throw new Error("expected an error");
}

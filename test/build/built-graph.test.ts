// BuiltGraph: the build's graph as arrays writes what the graphology graph would, and refuses what graphology refuses.
import { describe, expect, it } from "vitest";
import { BuiltGraph } from "../../src/build/built-graph.ts";
import { graphJsonChunks } from "../../src/output/graph-json.ts";
import { graphmlChunks } from "../../src/export/graphml.ts";
import { checkGraphInMemory } from "../../src/graph-check.ts";
import { assignLayout } from "../../src/layout/index.ts";
import { derivedEdgeKey } from "../../src/build/index.ts";

function small(): BuiltGraph {
  const g = new BuiltGraph();
  g.addNode("a", { type: "Article", label: "Court rules", path: "a.txt", text: "Ana Ruiz presided." });
  g.addNode("a#0", { type: "Sentence", label: "Court rules #1", article: "a", index: 0, start: 0, end: 18, text: "Ana Ruiz presided." });
  g.addEdge("a#0>in", "a#0", "a", { type: "IN_ARTICLE" });
  g.addNode("person:ana-ruiz", { type: "Person", label: "Ana Ruiz", aliases: ["Ana Ruiz"] });
  g.addNode("role:judge", { type: "Role", label: "judge", aliases: ["judge"] });
  g.addEdge("person:ana-ruiz>a#0@0-8", "person:ana-ruiz", "a#0", { type: "MENTIONED_IN", start: 0, end: 8, surface: "Ana Ruiz" });
  g.addEdge("person:ana-ruiz-HOLDS_ROLE->role:judge", "person:ana-ruiz", "role:judge", { type: "HOLDS_ROLE", evidence: ["a#0"], confidence: 0.8 });
  g.mergeAttributes({ contradictions: [] });
  return g.seal();
}

describe("BuiltGraph", () => {
  it("writes graph.json and GraphML byte for byte as its graphology graph does, and passes the contract", () => {
    const built = assignLayout(small());
    const graph = built.toGraph();
    expect([...graphJsonChunks(built, 64)].join("")).toBe(JSON.stringify(graph.export()));
    expect([...graphmlChunks(built)].join("")).toBe([...graphmlChunks(graph)].join(""));
    expect([...graphmlChunks(built, { withText: true })].join("")).toBe([...graphmlChunks(graph, { withText: true })].join(""));
    expect(checkGraphInMemory(built)).toEqual({ ok: true });
  });

  it("writes mentions held as columns, and keys it makes again when read, as the objects and keys they stand for", () => {
    const lean = new BuiltGraph(derivedEdgeKey);
    const full = small();
    for (const { node, attributes } of full.nodeEntries()) lean.addNode(node, attributes);
    lean.addKeylessEdge("a#0", "a", { type: "IN_ARTICLE" });
    lean.addMention("person:ana-ruiz", "a#0", 0, 8, "Ana Ruiz");
    lean.addEdge("person:ana-ruiz-HOLDS_ROLE->role:judge", "person:ana-ruiz", "role:judge", { type: "HOLDS_ROLE", evidence: ["a#0"], confidence: 0.8 });
    lean.mergeAttributes({ contradictions: [] });
    expect([...graphJsonChunks(lean.seal())].join("")).toBe([...graphJsonChunks(full)].join(""));
    expect(JSON.stringify(lean.toGraph().export())).toBe(JSON.stringify(full.toGraph().export()));
    expect(() => lean.addMention("role:judge", "a#0", 1, 2, "x")).toThrow(/sealed/);
  });

  it("refuses a node or edge key twice, a missing end and a self-loop, as graphology does", () => {
    const g = new BuiltGraph();
    g.addNode("x", {});
    g.addNode("y", {});
    expect(() => g.addNode("x", {})).toThrow(/already exists/);
    g.addEdge("e", "x", "y", {});
    expect(() => g.addEdge("e", "y", "x", {})).toThrow(/already exists/);
    expect(() => g.addEdge("f", "x", "z", {})).toThrow(/not found/);
    expect(() => g.addEdge("g", "x", "x", {})).toThrow(/self-loop/);
    g.seal();
    expect(() => g.addEdge("h", "x", "y", {})).toThrow(/sealed/);
  });
});

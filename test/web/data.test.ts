// Loading a graph file: good, malformed, foreign and broken files; the index and the search.
import { describe, expect, it } from "vitest";
import { parseGraphText, suggest } from "../../web/data/index.ts";
import { layoutMarks } from "../../web/panels/highlight.ts";
import { fixtureText, loadFixture } from "./helpers.ts";

describe("loading a graph file", () => {
  it("accepts a graph that follows the contract", () => {
    const r = parseGraphText(fixtureText("case"), "case.json");
    expect(r.ok && r.graph.order).toBe(17);
  });

  const bad: [string, string, RegExp][] = [
    ["text that is not JSON", "{ nodes: [", /is not JSON/],
    ["an XML file (GraphML)", "<?xml version=\"1.0\"?><graphml/>", /looks like XML/],
    ["JSON of another tool", fixtureText("foreign"), /not a casegraph graph/],
    ["a graph that breaks the contract", fixtureText("broken"), /is not a casegraph graph: .*person:nobody/],
    ["a graph with a wrong node type", JSON.stringify({ attributes: {}, options: { type: "directed", multi: true, allowSelfLoops: false }, nodes: [{ key: "a", attributes: { type: "Wizard", label: "x" } }], edges: [] }), /not a casegraph graph: node 1 \("a"\): attributes\.type/],
    ["JSON null", "null", /not a casegraph graph/],
  ];
  for (const [name, text, message] of bad) {
    it(`explains ${name}`, () => {
      const r = parseGraphText(text, "file.json");
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(message);
    });
  }
});

describe("the graph index", () => {
  const { index } = loadFixture("case");

  it("counts each node type for the legend", () => {
    expect(index.typeCounts.get("Person")).toBe(2);
    expect(index.typeCounts.get("Sentence")).toBe(5);
    expect(index.outcomeCounts.get("mistrial")).toBe(1);
  });

  it("knows which articles support each node and edge", () => {
    expect([...index.nodeArticles.get("trial:retrial")!].sort()).toEqual(["article:guilty", "article:mistrial"]);
    expect([...index.edgeArticles.get("trial:retrial-RESULTED_IN->verdict:guilty")!]).toEqual(["article:guilty"]);
  });

  it("suggests names by label and alias, prefix matches first", () => {
    expect(suggest(index, "farb").map((e) => e.node)).toEqual(["person:farber"]);
    expect(suggest(index, "Weinstein")[0]!.node).toBe("person:weinstein");
    expect(suggest(index, "  ")).toEqual([]);
    expect(suggest(index, "manhattan").map((e) => e.node)).toContain("court:manhattan");
  });
});

describe("marking mentions in text", () => {
  it("keeps marks in order and drops overlaps and ranges outside the text", () => {
    const kept = layoutMarks(20, [{ start: 5, end: 9 }, { start: 0, end: 3 }, { start: 7, end: 12 }, { start: 15, end: 30 }, { start: 12, end: 14 }]);
    expect(kept.map((m) => [m.start, m.end])).toEqual([[0, 3], [5, 9], [12, 14]]);
  });
});

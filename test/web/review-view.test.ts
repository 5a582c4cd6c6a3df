// The review filters and decisions without a browser: what the confidence slider and "contested
// only" hide, what each click decides, and the support line of a graph that has no counts (v1).
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/pipeline.ts";
import { indexGraph } from "../../web/data/index.ts";
import { computeVisibility, INITIAL_STATE, update } from "../../web/state/index.ts";
import { reviewItems } from "../../src/review/items.ts";
import { acceptSide, merge } from "../../web/review/decisions.ts";
import { support } from "../../web/review/support.ts";
import { GAZETTE, LEDGER, files } from "../review/corpus.ts";

const { graph } = buildGraph(files({ "gazette.md": GAZETTE, "ledger.md": LEDGER }));
const index = indexGraph(graph);
const visible = (...actions: Parameters<typeof update>[1][]) => {
  const state = actions.reduce(update, INITIAL_STATE);
  const v = computeVisibility(graph, index, state.filters);
  return {
    nodes: graph.filterNodes((k, a) => a.type !== "Article" && a.type !== "Sentence" && !v.hiddenNodes.has(k)).sort(),
    relations: graph.filterEdges((k, a) => Array.isArray(a.evidence) && !v.hiddenEdges.has(k)),
  };
};

describe("the review filters", () => {
  it("contested only: the contested relations, their ends and the entities of contradictions", () => {
    const { nodes, relations } = visible({ type: "setContestedOnly", value: true });
    expect(nodes).toEqual(["charge:fraud", "person:tobias-wyke", "verdict:wyke-trial-guilty", "verdict:wyke-trial-not-guilty"]);
    expect(relations.every((e) => graph.getEdgeAttribute(e, "contested") === true)).toBe(true);
    expect(relations).toHaveLength(2);
  });
  it("the confidence slider hides the relations below it, and only them", () => {
    const all = visible().relations;
    const strong = visible({ type: "setMinConfidence", value: 0.9 }).relations;
    expect(strong.length).toBeGreaterThan(0);
    expect(strong.length).toBeLessThan(all.length);
    for (const e of all) expect(strong.includes(e)).toBe(graph.getEdgeAttribute(e, "confidence") >= 0.9);
  });
});

describe("what a click decides", () => {
  const items = reviewItems(graph);
  it("accepting a relation side confirms it and rejects the others", () => {
    const outcome = items.find((i) => i.id === "contradiction:outcome:charge:fraud")!;
    expect(acceptSide(graph, outcome, 1)).toEqual([
      { action: "confirm", fact: { source: { type: "Verdict", name: "Wyke trial: not guilty" }, relation: "ON_CHARGE", target: { type: "Charge", name: "fraud" } } },
      { action: "reject", fact: { source: { type: "Verdict", name: "Wyke trial: guilty" }, relation: "ON_CHARGE", target: { type: "Charge", name: "fraud" } } },
    ]);
  });
  it("accepting a value confirms it on the entity, an age as a number", () => {
    const age = items.find((i) => i.id === "contradiction:age:person:tobias-wyke")!;
    expect(acceptSide(graph, age, 1)).toEqual([{ action: "confirm", entity: { type: "Person", name: "Tobias Wyke" }, attribute: "age", value: 49 }]);
  });
  it("lists the two Marshes as possible duplicates, and a merge keeps the chosen one", () => {
    const dup = items.find((i) => i.kind === "duplicate")!;
    expect(dup.nodes).toEqual(["person:h-marsk", "person:helen-marsk"]);
    expect(merge(graph, "person:helen-marsk", "person:h-marsk")).toEqual({ action: "merge", entities: [{ type: "Person", name: "Helen Marsk" }, { type: "Person", name: "H. Marsk" }] });
  });
  it("puts contradictions first and thin facts last", () => {
    expect(items.slice(0, 3).map((i) => i.kind)).toEqual(["contradiction", "contradiction", "contradiction"]);
    expect(items.at(-1)!.kind).toBe("fact");
  });
});

describe("the support line", () => {
  it("counts articles and outlets from the evidence when the graph has no counts (a v1 graph)", () => {
    const g = graph.copy();
    const edge = "trial:wyke-trial-HELD_AT->court:ashford-county-court";
    g.removeEdgeAttribute(edge, "articles");
    g.removeEdgeAttribute(edge, "outlets");
    expect(support(g, edge)).toEqual({ articles: 2, outlets: 2 });
  });
});

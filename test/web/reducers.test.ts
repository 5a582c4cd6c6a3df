// What the graph shows for a view state: filters hide through reducers, hover and paths emphasise.
// All pure: the data graph is loaded from a fixture and never changed.
import { describe, expect, it } from "vitest";
import { computeVisibility, INITIAL_STATE, update, type Action, type ViewState } from "../../web/state/index.ts";
import { computeEmphasis, type PathLike } from "../../web/render/emphasis.ts";
import { differsFromPlain, edgeView, nodeView, type ReducerContext } from "../../web/render/reducers.ts";
import { addProvenance, toDisplayGraph } from "../../web/render/display-graph.ts";
import { DIM_NODE, PATH_EDGE } from "../../web/render/palette.ts";
import { visibleGraph } from "../../web/export/visible.ts";
import { checkGraph } from "../../src/graph-check.ts";
import { loadFixture } from "./helpers.ts";

const { graph, index } = loadFixture("case");
const display = toDisplayGraph(graph);
const run = (...actions: Action[]) => actions.reduce<ViewState>(update, INITIAL_STATE);
const hiddenEntities = (state: ViewState) => [...computeVisibility(graph, index, state.filters).hiddenNodes]
  .filter((k) => !["Article", "Sentence"].includes(graph.getNodeAttribute(k, "type"))).sort();

function context(state: ViewState, results: PathLike[] = []): ReducerContext {
  const visibility = computeVisibility(graph, index, state.filters);
  return { visibility, emphasis: computeEmphasis(graph, state, results, visibility.hiddenEdges) };
}
const node = (key: string, ctx: ReducerContext) => nodeView(key, display.getNodeAttributes(key), ctx);
const edge = (key: string, ctx: ReducerContext) => edgeView(key, display.getEdgeAttributes(key), ctx);

describe("filters, through the reducers", () => {
  it("hides articles and sentences by default and shows every entity", () => {
    const ctx = context(INITIAL_STATE);
    expect(node("article:mistrial", ctx).hidden).toBe(true);
    expect(node("article:mistrial#0", ctx).hidden).toBe(true);
    expect(node("person:farber", ctx).hidden).toBeUndefined();
    expect(edge("person:farber>article:mistrial#0@46", ctx).hidden).toBe(true);
  });

  it("hides Person nodes and their edges with a type filter", () => {
    const ctx = context(run({ type: "toggleNodeType", nodeType: "Person" }));
    expect(node("person:farber", ctx).hidden).toBe(true);
    expect(node("person:weinstein", ctx).hidden).toBe(true);
    expect(node("trial:retrial", ctx).hidden).toBeUndefined();
    expect(edge("person:farber-PRESIDED_OVER->trial:retrial", ctx).hidden).toBe(true);
  });

  it("hides a relation type without hiding its nodes", () => {
    const ctx = context(run({ type: "toggleEdgeType", edgeType: "RESULTED_IN" }));
    expect(edge("trial:retrial-RESULTED_IN->verdict:mistrial", ctx).hidden).toBe(true);
    expect(node("verdict:mistrial", ctx).hidden).toBeUndefined();
  });

  it("shows only what the chosen article supports", () => {
    const state = run({ type: "setArticles", articles: ["article:guilty"] });
    expect(hiddenEntities(state)).toEqual(["charge:rape", "court:manhattan", "person:farber", "role:judge", "verdict:mistrial"]);
    const ctx = context(state);
    expect(edge("trial:retrial-RESULTED_IN->verdict:guilty", ctx).hidden).toBeUndefined();
    expect(edge("trial:retrial-HELD_AT->court:manhattan", ctx).hidden).toBe(true);
  });

  it("keeps only verdicts with the chosen outcome", () => {
    const ctx = context(run({ type: "setOutcomes", outcomes: ["mistrial"] }));
    expect(node("verdict:guilty", ctx).hidden).toBe(true);
    expect(node("verdict:mistrial", ctx).hidden).toBeUndefined();
  });

  it("never writes to the data graph", () => {
    const before = JSON.stringify(graph.export());
    for (const key of graph.nodes()) node(key, context(run({ type: "hover", node: "person:farber" }, { type: "toggleNodeType", nodeType: "Charge" })));
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});

describe("emphasis: hover, selection, paths", () => {
  it("keeps the hovered node's neighbourhood and dims the rest", () => {
    const ctx = context(run({ type: "hover", node: "person:farber" }));
    expect(node("person:farber", ctx)).toMatchObject({ highlighted: true, forceLabel: true });
    expect(node("trial:retrial", ctx)).toMatchObject({ forceLabel: true });
    expect(node("trial:retrial", ctx).color).not.toBe(DIM_NODE);
    expect(node("charge:act", ctx)).toMatchObject({ color: DIM_NODE, label: null });
  });

  it("does not count neighbours reached only through hidden edges", () => {
    const ctx = context(run({ type: "hover", node: "person:farber" }));
    expect(ctx.emphasis.focus?.nodes.has("article:mistrial#0")).toBe(false);
  });

  it("highlights a path's nodes and edges over everything else, and one result when it is chosen", () => {
    const results: PathLike[] = [
      { nodes: ["person:farber", "trial:retrial", "verdict:mistrial"], hops: [{ edges: [{ key: "person:farber-PRESIDED_OVER->trial:retrial" }] }, { edges: [{ key: "trial:retrial-RESULTED_IN->verdict:mistrial" }] }] },
      { nodes: ["person:farber", "trial:retrial", "verdict:guilty"], hops: [{ edges: [{ key: "person:farber-PRESIDED_OVER->trial:retrial" }] }, { edges: [{ key: "trial:retrial-RESULTED_IN->verdict:guilty" }] }] },
    ];
    const all = context(run({ type: "setQuery", query: { kind: "pattern", text: "x" } }), results);
    expect(edge("trial:retrial-RESULTED_IN->verdict:mistrial", all)).toMatchObject({ color: PATH_EDGE });
    expect(node("verdict:guilty", all).color).not.toBe(DIM_NODE);
    expect(node("charge:rape", all).color).toBe(DIM_NODE);
    const one = context(run({ type: "setQuery", query: { kind: "pattern", text: "x" } }, { type: "setActiveResult", index: 0 }), results);
    expect(node("verdict:guilty", one).color).toBe(DIM_NODE);
    expect(node("verdict:mistrial", one).forceLabel).toBe(true);
  });

  it("in big-graph mode, a hover changes only the hovered neighbourhood, while a selection still dims", () => {
    const hover = run({ type: "hover", node: "person:farber" });
    const visibility = computeVisibility(graph, index, hover.filters);
    const ctx: ReducerContext = { visibility, emphasis: computeEmphasis(graph, hover, [], visibility.hiddenEdges, false), edgeProgram: "thin" };
    expect(node("charge:act", ctx).color).toBe(display.getNodeAttribute("charge:act", "color"));
    expect(node("trial:retrial", ctx).forceLabel).toBe(true);
    expect(edge("person:farber-PRESIDED_OVER->trial:retrial", ctx).type).toBe("arrow");
    expect(edge("verdict:guilty-ON_CHARGE->charge:act", ctx).type).toBe("thin");
    const selected = run({ type: "select", selection: { kind: "node", key: "person:farber" } });
    const dimmed = computeEmphasis(graph, selected, [], visibility.hiddenEdges, false);
    expect(node("charge:act", { visibility, emphasis: dimmed }).color).toBe(DIM_NODE);
  });

  it("shows what an open sentence mentions and dims the rest", () => {
    const ctx = context(run({ type: "select", selection: { kind: "sentence", key: "article:mistrial#2" } }));
    expect(node("person:farber", ctx).forceLabel).toBe(true);
    expect(node("court:manhattan", ctx).forceLabel).toBe(true);
    expect(node("charge:act", ctx).color).toBe(DIM_NODE);
  });

  it("leaves sentences unlabelled unless they are emphasised", () => {
    const shown = run({ type: "showProvenance", show: true });
    expect(node("article:mistrial#2", context(shown)).label).toBeNull();
    expect(node("article:mistrial#2", context(update(shown, { type: "hover", node: "person:farber" }))).label).toMatch(/^sentence 3 · /);
  });

  it("marks the selected node highlighted", () => {
    const ctx = context(run({ type: "select", selection: { kind: "node", key: "trial:retrial" } }));
    expect(node("trial:retrial", ctx).highlighted).toBe(true);
  });

  it("never hands sigma the data's own type attribute", () => {
    expect(node("person:farber", context(INITIAL_STATE)).type).toBe("circle");
    expect(edge("person:farber-PRESIDED_OVER->trial:retrial", context(INITIAL_STATE)).type).toBe("arrow");
  });

  it("draws a very large graph with the cheap programs: points and one-pixel lines", () => {
    const big = { ...context(INITIAL_STATE), nodeProgram: "point", edgeProgram: "thin" } as const;
    expect(node("person:farber", big).type).toBe("point");
    expect(edge("person:farber-PRESIDED_OVER->trial:retrial", big).type).toBe("thin");
    // What is emphasised keeps its arrow, so a path still reads in its direction.
    const selected = { ...big, emphasis: context(run({ type: "select", selection: { kind: "edge", key: "person:farber-PRESIDED_OVER->trial:retrial" } })).emphasis };
    expect(edge("person:farber-PRESIDED_OVER->trial:retrial", selected).type).toBe("arrow");
  });
});

describe("appearance", () => {
  it("sizes nodes by degree and colours them by type", () => {
    expect(display.getNodeAttribute("trial:retrial", "size")).toBeGreaterThan(display.getNodeAttribute("role:judge", "size"));
    expect(display.getNodeAttribute("person:farber", "color")).toBe(display.getNodeAttribute("person:weinstein", "color"));
    expect(display.getNodeAttribute("person:farber", "color")).not.toBe(display.getNodeAttribute("trial:retrial", "color"));
  });

  it("builds the same display graph from graph.json's serialised form as from the data graph", () => {
    expect(toDisplayGraph(graph.export()).export()).toEqual(display.export());
    expect(toDisplayGraph(graph.export(), { provenance: false }).export()).toEqual(toDisplayGraph(graph, { provenance: false }).export());
  });

  it("places a graph without positions with the build-time layout, the same way every time", () => {
    expect(toDisplayGraph(graph).getNodeAttributes("person:farber")).toEqual(display.getNodeAttributes("person:farber"));
    expect(Number.isFinite(display.getNodeAttribute("person:farber", "x"))).toBe(true);
  });
});

describe("articles and sentences in the display graph", () => {
  it("are left out until first shown, then join with the same appearance as in a full build", () => {
    const lean = toDisplayGraph(graph, { provenance: false });
    const types = (g: typeof lean) => new Set(g.mapNodes((_, a) => a.nodeType));
    expect(types(lean).has("Sentence")).toBe(false);
    expect(types(lean).has("Article")).toBe(false);
    expect(lean.hasEdge("person:farber-PRESIDED_OVER->trial:retrial")).toBe(true);
    expect(lean.someEdge((_, a) => a.edgeType === "MENTIONED_IN")).toBe(false);
    expect(lean.getNodeAttributes("person:farber")).toEqual(display.getNodeAttributes("person:farber"));

    expect(addProvenance(lean, graph)).toBe(true);
    expect(lean.order).toBe(graph.order);
    expect(lean.size).toBe(graph.size);
    expect(lean.getNodeAttributes("article:mistrial#0")).toEqual(display.getNodeAttributes("article:mistrial#0"));
    expect(lean.getEdgeAttributes("person:farber>article:mistrial#0@46")).toEqual(display.getEdgeAttributes("person:farber>article:mistrial#0@46"));
    expect(addProvenance(lean, graph)).toBe(false);
    expect(lean.size).toBe(graph.size);
  });
});

describe("a graph drawn before its view state was known", () => {
  const lean = toDisplayGraph(graph, { provenance: false });
  it("needs no second drawing for the default view, whose hidden articles and sentences are not drawn", () => {
    expect(differsFromPlain(lean, context(INITIAL_STATE))).toBe(false);
  });
  it("is drawn again for a filter, a selection or a hover that changes what shows", () => {
    expect(differsFromPlain(lean, context(run({ type: "toggleNodeType", nodeType: "Person" })))).toBe(true);
    expect(differsFromPlain(lean, context(run({ type: "select", selection: { kind: "node", key: "person:farber" } })))).toBe(true);
    expect(differsFromPlain(lean, context(run({ type: "toggleEdgeType", edgeType: "HELD_AT" })))).toBe(true);
  });
});

describe("the visible graph export", () => {
  it("follows the contract, with entities' mentions kept although sentences are not drawn", () => {
    const state = run({ type: "toggleNodeType", nodeType: "Person" });
    const out = visibleGraph(graph, display, computeVisibility(graph, index, state.filters), state.filters);
    expect(checkGraph(out.export())).toMatchObject({ ok: true });
    expect(out.hasNode("person:farber")).toBe(false);
    expect(out.hasNode("trial:retrial")).toBe(true);
    expect(out.hasNode("article:mistrial#2")).toBe(true);
    expect(typeof out.getNodeAttribute("trial:retrial", "x")).toBe("number");
  });

  it("leaves out what the chosen sources do not support", () => {
    const state = run({ type: "setArticles", articles: ["article:guilty"] });
    const out = visibleGraph(graph, display, computeVisibility(graph, index, state.filters), state.filters);
    expect(checkGraph(out.export())).toMatchObject({ ok: true });
    expect(out.hasNode("person:farber")).toBe(false);
    expect(out.hasNode("article:mistrial")).toBe(false);
  });
});

// The view state: the reducer, and the address that carries a view from one person to another.
import { describe, expect, it } from "vitest";
import { INITIAL_STATE, paramsToState, stateToParams, showsProvenance, update, type Action, type ViewState } from "../../web/state/index.ts";

const run = (...actions: Action[]) => actions.reduce<ViewState>(update, INITIAL_STATE);

describe("view state reducer", () => {
  it("starts with articles and sentences hidden and nothing selected", () => {
    expect(INITIAL_STATE.filters.hiddenNodeTypes).toEqual(["Article", "Sentence"]);
    expect(showsProvenance(INITIAL_STATE.filters)).toBe(false);
    expect(INITIAL_STATE.selection).toBeNull();
  });

  it("shows and hides articles and sentences together with the provenance toggle, keeping other hidden types", () => {
    const s = run({ type: "toggleNodeType", nodeType: "Person" }, { type: "showProvenance", show: true });
    expect(s.filters.hiddenNodeTypes).toEqual(["Person"]);
    expect(update(s, { type: "showProvenance", show: false }).filters.hiddenNodeTypes).toEqual(["Article", "Person", "Sentence"]);
  });

  it("toggles a node type off and on again", () => {
    const hidden = run({ type: "toggleNodeType", nodeType: "Person" });
    expect(hidden.filters.hiddenNodeTypes).toContain("Person");
    expect(update(hidden, { type: "toggleNodeType", nodeType: "Person" }).filters.hiddenNodeTypes).not.toContain("Person");
  });

  it("returns the same state for a hover that changes nothing, so nothing redraws", () => {
    const s = run({ type: "hover", node: "a" });
    expect(update(s, { type: "hover", node: "a" })).toBe(s);
  });

  it("clears the emphasised result when the query changes", () => {
    const s = run({ type: "setQuery", query: { kind: "pattern", text: "Trial -HELD_AT-> Court" } }, { type: "setActiveResult", index: 2 },
      { type: "setQuery", query: { kind: "pattern", text: "Trial -TRIED_FOR-> Charge" } });
    expect(s.activeResult).toBeNull();
  });

  it("resets every filter to the defaults", () => {
    const s = run({ type: "setArticles", articles: ["b", "a"] }, { type: "setOutcomes", outcomes: ["mistrial"] }, { type: "toggleEdgeType", edgeType: "HELD_AT" }, { type: "resetFilters" });
    expect(s.filters).toEqual(INITIAL_STATE.filters);
  });

  it("never mutates the state it is given", () => {
    const before = structuredClone(INITIAL_STATE);
    run({ type: "toggleNodeType", nodeType: "Person" }, { type: "setArticles", articles: ["x"] }, { type: "select", selection: { kind: "node", key: "n" } });
    expect(INITIAL_STATE).toEqual(before);
  });
});

describe("the view in the address", () => {
  const cases: [string, ViewState][] = [
    ["the default view", INITIAL_STATE],
    ["a selected node with odd characters in its key", run({ type: "select", selection: { kind: "node", key: "person:o'brien & co, #1" } })],
    ["an open sentence", run({ type: "select", selection: { kind: "sentence", key: "article:a.txt#3" } })],
    ["filters of every kind", run({ type: "toggleNodeType", nodeType: "Person" }, { type: "showProvenance", show: true }, { type: "toggleEdgeType", edgeType: "MENTIONED_IN" },
      { type: "setArticles", articles: ["article:x,y.txt", "article:b.txt"] }, { type: "setOutcomes", outcomes: ["mistrial", "guilty"] },
      { type: "setKinds", kinds: ["civil"] }, { type: "setTimeWindow", window: { from: "2020-01-01", to: "2021-06-30" } }, { type: "openCase", key: "trial:x & y" },
      { type: "setMinConfidence", value: 0.65 }, { type: "setContestedOnly", value: true })],
    ["a pattern with its active result", run({ type: "setQuery", query: { kind: "pattern", text: "Person[role=judge] -PRESIDED_OVER-> Trial" } }, { type: "setActiveResult", index: 1 })],
    ["a shortest path", run({ type: "setQuery", query: { kind: "shortest", from: "person:a", to: "verdict:b" } })],
  ];
  for (const [name, state] of cases) {
    it(`round-trips ${name}`, () => {
      const params = stateToParams(state);
      expect(paramsToState(new URLSearchParams(params.toString()))).toEqual({ ...state, hovered: null });
    });
  }

  it("keeps the graph address and leaves a plain view plain", () => {
    const params = stateToParams(INITIAL_STATE, new URLSearchParams("graph=https://example.org/g.json&sel=n:old"));
    expect(params.toString()).toBe("graph=https%3A%2F%2Fexample.org%2Fg.json");
  });

  it("ignores a selection it cannot read", () => {
    expect(paramsToState(new URLSearchParams("sel=zzz")).selection).toBeNull();
    expect(paramsToState(new URLSearchParams("sel=q:key")).selection).toBeNull();
  });
});

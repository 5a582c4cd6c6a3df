// The contract check in both forms: on a parsed graph.json (checkGraph) and on a graph in memory
// (checkGraphInMemory, what the build runs). Each broken graph is refused by both, the good one passed.
import { describe, expect, it } from "vitest";
import type Graph from "graphology";
import { checkGraph, checkGraphInMemory } from "../src/graph-check.ts";
import { trialGraph } from "./fixtures/trial-graph.ts";

const firstEdge = (g: Graph, type: string) => g.findEdge((_, a) => a.type === type)!;

const BROKEN: [string, (g: Graph) => void, RegExp][] = [
  ["a node without a label", (g) => g.setNodeAttribute("Person:otto-brayne", "label", ""), /Person:otto-brayne|label/],
  ["a verdict outcome outside the contract", (g) => g.setNodeAttribute(g.findNode((_, a) => a.type === "Verdict")!, "outcome", "maybe"), /outcome/],
  ["a relation without evidence", (g) => g.setEdgeAttribute(firstEdge(g, "PRESIDED_OVER"), "evidence", []), /evidence/],
  ["a surface that is not the text at its offsets", (g) => g.setEdgeAttribute(firstEdge(g, "MENTIONED_IN"), "surface", "nobody"), /surface "nobody"/],
  ["a sentence whose text is not its article's slice", (g) => g.setNodeAttribute(g.findNode((_, a) => a.type === "Sentence")!, "text", "elsewhere"), /not the article's slice/],
  ["a mention at a fractional offset", (g) => g.setEdgeAttribute(firstEdge(g, "MENTIONED_IN"), "start", 1.5), /expected int/],
  ["a sentence at a negative index", (g) => g.setNodeAttribute(g.findNode((_, a) => a.type === "Sentence")!, "index", -1), /index/],
  ["a sentence without its article", (g) => g.removeNodeAttribute(g.findNode((_, a) => a.type === "Sentence")!, "article"), /article/],
  ["an empty surface", (g) => g.setEdgeAttribute(firstEdge(g, "MENTIONED_IN"), "surface", ""), /surface/],
  ["evidence that names no sentence", (g) => g.setEdgeAttribute(firstEdge(g, "PRESIDED_OVER"), "evidence", ["Person:otto-brayne"]), /is not a Sentence/],
  ["a relation between the wrong types", (g) => g.addDirectedEdge(g.findNode((_, a) => a.type === "Trial")!, "Person:otto-brayne", { type: "PRESIDED_OVER", evidence: [g.findNode((_, a) => a.type === "Sentence")!], confidence: 1 }), /cannot join Trial to Person/],
];

describe("the contract check, on a file and in memory", () => {
  it("passes the hand-checked graph", () => {
    const g = trialGraph();
    expect(checkGraph(g.export()).ok).toBe(true);
    expect(checkGraphInMemory(g)).toEqual({ ok: true });
  });
  it.for(BROKEN)("refuses %s", ([, breakIt, message]) => {
    const g = trialGraph();
    breakIt(g);
    const onFile = checkGraph(g.export()), inMemory = checkGraphInMemory(g);
    expect(onFile.ok).toBe(false);
    expect(inMemory.ok).toBe(false);
    expect(onFile.ok ? "" : onFile.message).toMatch(message);
    expect(inMemory.ok ? "" : inMemory.message).toMatch(message);
  });
});

import { describe, expect, it } from "vitest";
import { runPattern, type PathResult } from "../../src/query/index.ts";
import { trialGraph } from "../fixtures/trial-graph.ts";

const graph = trialGraph();
const names = (r: PathResult) => r.nodes.map((k) => graph.getNodeAttribute(k, "label")).join(" / ");

describe("runPattern on the fixture", () => {
  it("answers judge→trial→verdict with both trials and their outcomes", () => {
    expect(runPattern(graph, "judge→trial→verdict").map(names)).toEqual([
      "Renée Quill / Brayne trial / mistrial",
      "Renée Quill / Brayne retrial / guilty of fraud",
    ]);
  });

  it("narrows by role and by outcome, and quotes the sentence for each hop", () => {
    const [only, ...rest] = runPattern(graph, "Person[role=judge] -PRESIDED_OVER-> Trial -RESULTED_IN-> Verdict[outcome=mistrial]");
    expect(rest).toEqual([]);
    expect(only!.nodes).toEqual(["Person:renee-quill", "Trial:brayne-1", "Verdict:brayne-mistrial"]);
    const [presided, resulted] = only!.hops;
    expect(presided!.edges.map((e) => e.type)).toEqual(["PRESIDED_OVER"]);
    expect(presided!.edges[0]!.evidence).toEqual([{
      sentence: "article:courts/quill-trial.txt#0",
      article: "article:courts/quill-trial.txt",
      path: "courts/quill-trial.txt",
      title: "Judge declares a mistrial in the Brayne & Söhne case",
      text: "Judge Renée Quill declared a mistrial on Friday in the trial of Otto Brayne.",
      start: 0,
      end: 76,
    }]);
    expect(resulted!.edges[0]!.evidence.map((e) => e.sentence)).toEqual(["article:courts/quill-trial.txt#0"]);
  });

  it("keeps every evidence sentence of an edge that cites several", () => {
    const [r] = runPattern(graph, "Person[label=Renée Quill] -HOLDS_ROLE-> Role");
    expect(r!.hops[0]!.edges[0]!.evidence.map((e) => e.text)).toEqual([
      "Judge Renée Quill declared a mistrial on Friday in the trial of Otto Brayne.",
      "Quill, a judge since 2009, thanked the jurors.",
    ]);
  });

  it("lists every parallel edge the step accepts, with each edge's own evidence", () => {
    const results = runPattern(graph, "Person[label=Otto Brayne] -*-> Trial[label=Brayne retrial]");
    expect(results).toHaveLength(1);
    const edges = results[0]!.hops[0]!.edges;
    expect(edges.map((e) => e.type)).toEqual(["DEFENDANT_IN", "TESTIFIED_IN"]);
    expect(edges.map((e) => e.evidence[0]!.text)).toEqual([
      "Otto Brayne was found guilty of fraud at his retrial.",
      "Brayne testified in his own defence at the retrial.",
    ]);
  });

  it("walks reversed edges and reports the result in the pattern's order", () => {
    expect(runPattern(graph, "defendant→charge→verdict").map(names)).toEqual([
      "Otto Brayne / fraud / mistrial",
      "Otto Brayne / fraud / guilty of fraud",
    ]);
    const [r] = runPattern(graph, "Charge <-ON_CHARGE- Verdict[outcome=guilty]");
    expect(r!.hops[0]!.edges[0]).toMatchObject({ type: "ON_CHARGE", reversed: true });
  });

  it("gives the same paths whichever end of the pattern is more selective", () => {
    const fromLeft = runPattern(graph, "Person[role=judge] -PRESIDED_OVER-> Trial -RESULTED_IN-> Verdict");
    const fromRight = runPattern(graph, "Person -PRESIDED_OVER-> Trial -RESULTED_IN-> Verdict[outcome=guilty]");
    expect(fromRight.map(names)).toEqual(["Renée Quill / Brayne retrial / guilty of fraud"]);
    expect(fromLeft[1]).toEqual(fromRight[0]);
  });

  it("matches names and roles without regard to case, accents or curly quotes", () => {
    expect(runPattern(graph, "Person[label=renee quill]").map(names)).toEqual(["Renée Quill"]);
    expect(runPattern(graph, "Person[label=Zoë “Zed” O’Hara] -HOLDS_ROLE-> Role").map(names)).toEqual(['Zoë "Zed" O\'Hara / prosecutor']);
    expect(runPattern(graph, "Person[role=JUDGE]").map(names)).toEqual(["Renée Quill"]);
    expect(runPattern(graph, "Person[role=lawyer]").map(names)).toEqual(["Ana Ruiz"]);
    expect(runPattern(graph, "Person[role!=judge, label~brayne]").map(names)).toEqual(["Otto Brayne", "Ida Brayne"]);
  });

  it("never visits a node twice in one path", () => {
    for (const r of runPattern(graph, "Person -- Trial -- Person -- Trial", { limit: 100 }))
      expect(new Set(r.nodes).size).toBe(r.nodes.length);
  });

  it("stops at the limit", () => {
    expect(runPattern(graph, "* -*-> *", { limit: 3 })).toHaveLength(3);
    // 18 relation edges, but Otto Brayne's two edges to the retrial are one path with two edges.
    expect(runPattern(graph, "* -*-> *").length).toBe(17);
  });

  it("follows provenance edges only when the pattern names them", () => {
    const [r] = runPattern(graph, "Organization -MENTIONED_IN-> Sentence");
    const mention = r!.hops[0]!.edges[0]!.evidence[0]!;
    expect(mention.surface).toBe("Brayne & Söhne <Holdings>");
    expect(graph.getNodeAttribute(mention.article, "text").slice(mention.start, mention.end)).toBe(mention.surface);
    expect(runPattern(graph, "Organization -*-> Sentence")).toEqual([]);
  });
});

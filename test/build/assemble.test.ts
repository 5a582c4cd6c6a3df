// assemble: resolved entities and relations in, the graphology graph of the contract out.
import { describe, expect, it } from "vitest";
import type Graph from "graphology";
import { assemble, sentenceKey, type Corpus } from "../../src/build/index.ts";
import { resolveAcrossArticles } from "../../src/resolve/across.ts";
import { checkGraph } from "../../src/graph-check.ts";
import { articleFrom, extract } from "../extract/helpers.ts";

/** A corpus small enough to check by hand: one article, a judge, a role, one relation. */
function handMade(): Corpus {
  const { article, sentences } = articleFrom("Judge rules\n\nJudge Ana Ruiz presided over the hearing.\n", "news/hearing.txt");
  const at = article.text.indexOf("Ana Ruiz");
  const judgeAt = article.text.indexOf("Judge Ana");
  return {
    documents: [{ article, sentences }],
    entities: [
      { key: "person:ana-ruiz", type: "Person", label: "Ana Ruiz", aliases: ["Ana Ruiz"], attrs: {}, mentions: [{ article: article.key, sentence: 1, start: at, end: at + 8, surface: "Ana Ruiz" }] },
      { key: "role:judge", type: "Role", label: "judge", aliases: ["judge"], attrs: {}, mentions: [{ article: article.key, sentence: 1, start: judgeAt, end: judgeAt + 5, surface: "Judge" }] },
    ],
    relations: [{ type: "HOLDS_ROLE", source: "person:ana-ruiz", target: "role:judge", evidence: [sentenceKey(article.key, 1)], confidence: 0.8123, rule: ["test.judge-title"] }],
  };
}

/** Three invented stories through extraction and resolution, as the pipeline would pass them. */
function fromStories(): Corpus {
  const stories = [
    extract(`Jury convicts contractor

A jury on Tuesday convicted contractor Lorenzo Baptiste of bribery but acquitted him of wire fraud. Judge Miriam Costa presided over the trial in Hartford Superior Court.
`, "news/baptiste-verdict.txt"),
    extract(`Contractor sentenced

Lorenzo Baptiste was sentenced to three years in prison on Monday. His lawyer, Tobias Wyke, said Baptiste would appeal.
`, "news/baptiste-sentenced.txt"),
    extract(`---
title: Former clerk charged
url: https://example.org/clerk
---
Former town clerk Yolanda Pruitt was charged on Friday with forgery. Her lawyer, Gideon Marsk, said she would plead not guilty.
`, "news/pruitt.txt"),
  ];
  return { documents: stories.map(({ article, sentences }) => ({ article, sentences })), ...resolveAcrossArticles(stories) };
}

const mentionsOf = (graph: Graph, node: string) => graph.outEdges(node).filter((e) => graph.getEdgeAttribute(e, "type") === "MENTIONED_IN");
const articleTextOf = (graph: Graph, sentence: string) => graph.getNodeAttribute(graph.getNodeAttribute(sentence, "article"), "text") as string;

describe("assemble: a hand-checked corpus becomes exactly these nodes and edges", () => {
  const graph = assemble(handMade());
  it("has the article, its two sentences, the person and the role", () => {
    expect(graph.nodes()).toEqual(["article:news/hearing.txt", "article:news/hearing.txt#0", "article:news/hearing.txt#1", "person:ana-ruiz", "role:judge"]);
    expect(graph.getNodeAttributes("article:news/hearing.txt")).toMatchObject({ type: "Article", label: "Judge rules", path: "news/hearing.txt" });
    expect(graph.getNodeAttributes("article:news/hearing.txt#1")).toMatchObject({ type: "Sentence", article: "article:news/hearing.txt", index: 1, text: "Judge Ana Ruiz presided over the hearing." });
    expect(graph.getNodeAttributes("person:ana-ruiz")).toEqual({ type: "Person", label: "Ana Ruiz", aliases: ["Ana Ruiz"] });
  });
  it("links each sentence to its article and each entity to the sentence that names it", () => {
    expect(graph.edges().sort()).toEqual([
      "article:news/hearing.txt#0>in",
      "article:news/hearing.txt#1>in",
      "person:ana-ruiz-HOLDS_ROLE->role:judge",
      "person:ana-ruiz>article:news/hearing.txt#1@19-27",
      "role:judge>article:news/hearing.txt#1@13-18",
    ]);
    expect(graph.getEdgeAttributes("person:ana-ruiz>article:news/hearing.txt#1@19-27")).toEqual({ type: "MENTIONED_IN", start: 19, end: 27, surface: "Ana Ruiz" });
  });
  it("keeps the relation's evidence and rule and rounds its confidence to two places", () => {
    expect(graph.getEdgeAttributes("person:ana-ruiz-HOLDS_ROLE->role:judge")).toEqual({ type: "HOLDS_ROLE", evidence: ["article:news/hearing.txt#1"], confidence: 0.81, rule: ["test.judge-title"] });
  });
  it("is a directed multigraph that passes the contract check", () => {
    expect(graph.type).toBe("directed");
    expect(graph.multi).toBe(true);
    const check = checkGraph(graph.export());
    expect(check.ok, check.ok ? "" : check.message).toBe(true);
  });
});

describe("assemble: extracted stories keep their provenance", () => {
  const corpus = fromStories();
  const graph = assemble(corpus);
  const entityNodes = graph.filterNodes((_, a) => a.type !== "Article" && a.type !== "Sentence");
  const relationEdges = graph.filterEdges((_, a) => a.type !== "MENTIONED_IN" && a.type !== "IN_ARTICLE");

  it("passes the contract check", () => {
    const check = checkGraph(graph.export());
    expect(check.ok, check.ok ? "" : check.message).toBe(true);
  });
  it("gives every entity at least one mention whose surface is the article text at its offsets", () => {
    expect(entityNodes.length).toBeGreaterThan(5);
    for (const n of entityNodes) {
      const mentions = mentionsOf(graph, n);
      expect(mentions.length, `${n} has a MENTIONED_IN`).toBeGreaterThan(0);
      for (const e of mentions) {
        const { start, end, surface } = graph.getEdgeAttributes(e);
        const sentence = graph.target(e);
        expect(graph.getNodeAttribute(sentence, "type")).toBe("Sentence");
        expect(articleTextOf(graph, sentence).slice(start, end), e).toBe(surface);
        expect(start >= graph.getNodeAttribute(sentence, "start") && end <= graph.getNodeAttribute(sentence, "end"), `${e} lies inside its sentence`).toBe(true);
      }
    }
  });
  it("indexes offsets into the whole file, front matter included", () => {
    const text = graph.getNodeAttribute("article:news/pruitt.txt", "text") as string;
    expect(text.startsWith("---\ntitle: Former clerk charged")).toBe(true);
    const pruitt = graph.findNode((_, a) => a.type === "Person" && a.label === "Yolanda Pruitt")!;
    const [first] = mentionsOf(graph, pruitt);
    expect(graph.getEdgeAttribute(first!, "start")).toBe(text.indexOf("Yolanda Pruitt"));
    expect(graph.getNodeAttributes("article:news/pruitt.txt")).toMatchObject({ label: "Former clerk charged", url: "https://example.org/clerk" });
  });
  it("names existing Sentence nodes as the evidence of every relation", () => {
    expect(relationEdges.length).toBeGreaterThan(5);
    for (const e of relationEdges) {
      const { evidence, confidence } = graph.getEdgeAttributes(e);
      expect(evidence.length, e).toBeGreaterThan(0);
      for (const s of evidence) expect(graph.hasNode(s) && graph.getNodeAttribute(s, "type"), `${e}: ${s}`).toBe("Sentence");
      expect(confidence).toBeGreaterThan(0);
      expect(confidence).toBeLessThanOrEqual(1);
    }
  });
  it("makes one Lorenzo Baptiste with mentions in both of his articles", () => {
    const baptiste = graph.filterNodes((_, a) => a.type === "Person" && /Baptiste/.test(a.label));
    expect(baptiste).toEqual(["person:lorenzo-baptiste"]);
    const articles = new Set(mentionsOf(graph, "person:lorenzo-baptiste").map((e) => graph.getNodeAttribute(graph.target(e), "article")));
    expect([...articles].sort()).toEqual(["article:news/baptiste-sentenced.txt", "article:news/baptiste-verdict.txt"]);
  });
  it("keeps the typed attributes of the events: a verdict's outcome, a trial's status", () => {
    const outcomes = graph.filterNodes((_, a) => a.type === "Verdict").map((v) => graph.getNodeAttribute(v, "outcome")).sort();
    expect(outcomes).toEqual(["guilty", "not_guilty"]);
    for (const t of graph.filterNodes((_, a) => a.type === "Trial")) expect(["held", "ongoing", "planned"]).toContain(graph.getNodeAttribute(t, "status"));
  });
  it("builds byte-identical graphs from the same corpus", () => {
    expect(JSON.stringify(assemble(fromStories()).export())).toBe(JSON.stringify(graph.export()));
  });
  it("derives keys from names, not from the order of extraction", () => {
    for (const n of entityNodes) expect(n).toMatch(/^(person|role|court|charge|trial|verdict|plea|studio|film|organization|place):[a-z0-9#-]+$/);
    expect(graph.hasNode("court:hartford-superior-court")).toBe(true);
  });
});

// buildGraph: files in, the contract's graph out, whatever order the files come in and whatever junk is among them.
import { describe, expect, it } from "vitest";
import type Graph from "graphology";
import { buildGraph, type InputFile } from "../src/pipeline.ts";
import { checkGraph } from "../src/graph-check.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);
const file = (path: string, text: string): InputFile => ({ path, bytes: utf8(text) });

const stories: InputFile[] = [
  file("2024/okafor-verdict.md", `# Jury convicts former charity director

HARTFORD, Conn. — A jury on Thursday convicted Benedikt Okanta, the former director of a children's charity, of wire fraud but acquitted him of money laundering.

Okanta's lawyer, Serena Walcott, said he would appeal. U.S. District Judge Lionel Fairclough presided over the two-week trial.
`),
  file("2024/okafor-sentenced.txt", "Charity director sentenced\r\n\r\nBenedikt Okanta was sentenced to five years in prison on Monday for wire fraud.\r\nOkanta, 49, apologised to the families.\r\n"),
  file("2023/lindqvist.txt", `---
title: Dentist charged with insurance fraud
source: Example Wire
published: 2023-05-02
---
Dentist Hedda Lindgren-Holt was charged on Tuesday with insurance fraud. Her lawyer, Amos Kerrigan, said she would fight the charges. A trial is set for October.
`),
  file("2024/vance-appeal.txt", `Appeals court upholds conviction

The Colorado Court of Appeals on Friday upheld the conviction of Martin Vance, a former pastor found guilty of fraud in 2022. Vance's lawyer, Dolores Quarn, said they would ask the state's highest court to review the case.
`),
];

const junk: InputFile[] = [
  { path: "2024/empty.txt", bytes: new Uint8Array() },
  { path: "2024/scan.png", bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]) },
  file("2024/blank.txt", " \n\t\n"),
];

const isEntity = (a: Record<string, unknown>) => a.type !== "Article" && a.type !== "Sentence";
const isRelation = (a: Record<string, unknown>) => a.type !== "MENTIONED_IN" && a.type !== "IN_ARTICLE";

describe("buildGraph: the same articles give the same graph", () => {
  const graph = buildGraph(stories).graph;
  const orders: { name: string; files: InputFile[] }[] = [
    { name: "reversed", files: [...stories].reverse() },
    { name: "rotated", files: [...stories.slice(2), ...stories.slice(0, 2)] },
    { name: "interleaved with junk", files: [junk[0]!, stories[3]!, junk[1]!, stories[1]!, stories[0]!, junk[2]!, stories[2]!] },
  ];
  it.for(orders)("byte-identical when the files come $name", ({ files }) => {
    expect(JSON.stringify(buildGraph(files).graph.export())).toBe(JSON.stringify(graph.export()));
  });
  it("byte-identical when built twice", () => {
    expect(JSON.stringify(buildGraph(stories).graph.export())).toBe(JSON.stringify(graph.export()));
  });
});

describe("buildGraph: files that are not articles become warnings, the rest builds", () => {
  const { graph, warnings } = buildGraph([...stories, ...junk]);
  const cases = [
    { name: "an empty file", path: "2024/empty.txt", problem: /empty/ },
    { name: "a binary image", path: "2024/scan.png", problem: /binary/ },
    { name: "a file of white space", path: "2024/blank.txt", problem: /white space/ },
  ];
  it.for(cases)("warns about $name and leaves it out of the graph", ({ path, problem }) => {
    expect(warnings.filter((w) => w.path === path).map((w) => w.problem)).toEqual([expect.stringMatching(problem)]);
    expect(graph.hasNode(`article:${path}`)).toBe(false);
  });
  it("builds every real article", () => {
    expect(graph.filterNodes((_, a) => a.type === "Article").sort()).toEqual(stories.map((s) => `article:${s.path}`).sort());
    expect(warnings).toHaveLength(junk.length);
  });
  it("warns about front matter with no body, and still keeps the article", () => {
    const result = buildGraph([...stories, file("2024/stub.md", "---\ntitle: Story to follow\n---\n")]);
    expect(result.warnings).toEqual([{ path: "2024/stub.md", problem: "no sentences found" }]);
    expect(result.graph.getNodeAttribute("article:2024/stub.md", "label")).toBe("Story to follow");
  });
  it("builds an empty graph, with one warning per file, when nothing is an article", () => {
    const result = buildGraph(junk);
    expect(result.graph.order).toBe(0);
    expect(result.warnings.map((w) => w.path).sort()).toEqual(junk.map((j) => j.path).sort());
  });
});

describe("buildGraph: provenance on every node and edge", () => {
  const { graph } = buildGraph(stories);
  const textOf = (sentence: string) => graph.getNodeAttribute(graph.getNodeAttribute(sentence, "article"), "text") as string;

  it("passes the contract check", () => {
    const check = checkGraph(graph.export());
    expect(check.ok, check.ok ? "" : check.message).toBe(true);
  });
  it("gives every entity a MENTIONED_IN whose surface is the article text at its offsets", () => {
    const entities = graph.filterNodes((_, a) => isEntity(a));
    expect(entities.length).toBeGreaterThan(10);
    for (const n of entities) {
      const mentions = graph.outEdges(n).filter((e) => graph.getEdgeAttribute(e, "type") === "MENTIONED_IN");
      expect(mentions.length, `${n} is mentioned`).toBeGreaterThan(0);
      for (const e of mentions) {
        const { start, end, surface } = graph.getEdgeAttributes(e);
        expect(textOf(graph.target(e)).slice(start, end), e).toBe(surface);
      }
    }
  });
  it("gives every sentence the article text at its offsets, also with CRLF line endings", () => {
    const sentences = graph.filterNodes((_, a) => a.type === "Sentence");
    for (const s of sentences) {
      const { start, end, text } = graph.getNodeAttributes(s);
      expect(textOf(s).slice(start, end)).toBe(text);
    }
    const crlf = sentences.filter((s) => graph.getNodeAttribute(s, "article") === "article:2024/okafor-sentenced.txt").map((s) => graph.getNodeAttribute(s, "text"));
    expect(crlf).toEqual(["Charity director sentenced", "Benedikt Okanta was sentenced to five years in prison on Monday for wire fraud.", "Okanta, 49, apologised to the families."]);
  });
  it("names existing Sentence nodes as the evidence of every relation", () => {
    const relations = graph.filterEdges((_, a) => isRelation(a));
    expect(relations.length).toBeGreaterThan(10);
    for (const e of relations) {
      const evidence: string[] = graph.getEdgeAttribute(e, "evidence");
      expect(evidence.length, e).toBeGreaterThan(0);
      for (const s of evidence) expect(graph.hasNode(s) ? graph.getNodeAttribute(s, "type") : "missing", `${e}: ${s}`).toBe("Sentence");
    }
  });
  it("keeps the front matter as article attributes", () => {
    expect(graph.getNodeAttributes("article:2023/lindqvist.txt")).toMatchObject({
      type: "Article", label: "Dentist charged with insurance fraud", path: "2023/lindqvist.txt", source: "Example Wire", published: "2023-05-02",
    });
  });
});

describe("buildGraph: what the stories say, across articles", () => {
  const { graph } = buildGraph(stories);
  const person = (label: string) => graph.filterNodes((_, a) => a.type === "Person" && a.label === label);
  /** "Serena Walcott REPRESENTS Benedikt Okanta"; events by type and outcome or status: "Verdict:upheld". */
  const nameOf = (n: string) => {
    const a = graph.getNodeAttributes(n);
    return a.type === "Verdict" ? `Verdict:${a.outcome}` : a.type === "Trial" ? `Trial:${a.status}` : a.label;
  };
  const facts = graph.filterEdges((_, a) => isRelation(a)).map((e) => `${nameOf(graph.source(e))} ${graph.getEdgeAttribute(e, "type")} ${nameOf(graph.target(e))}`);
  const articlesMentioning = (node: string) => new Set(graph.outEdges(node).filter((e) => graph.getEdgeAttribute(e, "type") === "MENTIONED_IN").map((e) => graph.getNodeAttribute(graph.target(e), "article")));

  it("makes one Benedikt Okanta mentioned in both of his articles", () => {
    expect(person("Benedikt Okanta")).toHaveLength(1);
    expect([...articlesMentioning(person("Benedikt Okanta")[0]!)].sort()).toEqual(["article:2024/okafor-sentenced.txt", "article:2024/okafor-verdict.md"]);
  });

  const expected: { fact: string; gap?: string }[] = [
    { fact: "Serena Walcott REPRESENTS Benedikt Okanta" },
    { fact: "Lionel Fairclough PRESIDED_OVER Trial:held" },
    { fact: "Benedikt Okanta CHARGED_WITH wire fraud" },
    { fact: "Dolores Quarn REPRESENTS Martin Vance" },
    { fact: "Martin Vance CHARGED_WITH fraud" },
    { fact: "Amos Kerrigan REPRESENTS Hedda Lindgren-Holt" },
    { fact: "Hedda Lindgren-Holt DEFENDANT_IN Trial:planned" },
    { fact: "Colorado Court of Appeals RULED Verdict:upheld" },
  ];
  // a row with `gap` is a known extractor gap, recorded as it.fails: the test says what should happen, the gap says what does
  for (const { fact, gap } of expected) (gap ? it.fails : it)(gap ? `${fact} (gap: ${gap})` : fact, () => expect(facts).toContain(fact));

  it("does not make \"the state's highest court\" another name of the Court of Appeals", () => {
    const courts = graph.filterNodes((_, a) => a.type === "Court").map((c) => graph.getNodeAttribute(c, "aliases") as string[]);
    expect(courts.filter((aliases) => aliases.some((a) => /Court of Appeals/.test(a)) && aliases.some((a) => /highest court/.test(a)))).toEqual([]);
  });
  it("reports progress once per file, ending at the total", () => {
    const calls: [number, number][] = [];
    buildGraph([...stories, ...junk], { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual(Array.from({ length: 7 }, (_, i) => [i + 1, 7]));
  });
});

// Corrections that last: a corrections file in the input folder is applied by every build, still
// applies after an article is added, and a correction that no longer applies is named, never fatal.
import { afterAll, describe, expect, it } from "vitest";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { casegraph, cleanup, tempDir, writeFiles, STACK_FRAME } from "../cli/run.ts";
import { type GraphFile } from "../../src/schema.ts";
import { checkGraph } from "../../src/graph-check.ts";
import { buildGraph } from "../../src/pipeline.ts";
import { COURIER, DATED, GAZETTE, LEDGER, files } from "./corpus.ts";

afterAll(cleanup);

const person = (name: string, article?: string) => ({ type: "Person", name, ...(article && { article }) });
const CORRECTIONS = [
  { action: "merge", entities: [person("Helen Marsk"), person("H. Marsk")], note: "one lawyer" },
  { action: "reject", fact: { source: person("Daniel Reyes"), relation: "PROSECUTED", target: { type: "Trial", name: "Wyke trial" } } },
  { action: "retype", entity: { type: "Court", name: "Ashford County Court" }, to: "Organization" },
  { action: "relabel", entity: person("Maria Okanta"), label: "Maria T. Okanta" },
  { action: "confirm", entity: { type: "Verdict", name: "Wyke trial: guilty" }, attribute: "penalty", value: "six years in prison" },
  { action: "add", fact: { source: person("Daniel Reyes"), relation: "WORKS_FOR", target: { type: "Organization", name: "Ashford County Court" } },
    article: "gazette.md", sentence: "Prosecutor Daniel Reyes said the verdict was fair, and defence lawyer H. Marsk said Wyke would appeal." },
];

function build(dir: string) {
  const r = casegraph(["build", join(dir, "in"), "--out", join(dir, "out")]);
  const text = readFileSync(join(dir, "out", "graph.json"), "utf8");
  const check = checkGraph(JSON.parse(text));
  if (!check.ok) throw new Error(check.message);
  return { ...r, text, graph: check.graph };
}
const node = (g: GraphFile, key: string) => g.nodes.find((n) => n.key === key)?.attributes;
const edge = (g: GraphFile, key: string) => g.edges.find((e) => e.key === key)?.attributes;

function expectCorrected(g: GraphFile) {
  expect(node(g, "person:h-marsk")).toBeUndefined();
  expect(node(g, "person:helen-marsk")).toMatchObject({ label: "Helen Marsk", aliases: expect.arrayContaining(["H. Marsk", "Helen Marsk"]) });
  const represents = edge(g, "person:helen-marsk-REPRESENTS->person:tobias-wyke")!;
  expect(represents.evidence).toContain("article:gazette.md#3");
  expect(edge(g, "person:daniel-reyes-PROSECUTED->trial:wyke-trial")).toBeUndefined();
  expect(node(g, "court:ashford-county-court")).toBeUndefined();
  expect(node(g, "organization:ashford-county-court")).toMatchObject({ type: "Organization" });
  expect(node(g, "person:maria-t-okanta")).toMatchObject({ label: "Maria T. Okanta", aliases: expect.arrayContaining(["Maria Okanta"]) });
  expect(node(g, "verdict:wyke-trial-guilty")).toMatchObject({ penalty: "six years in prison" });
  const penalty = (g.attributes.contradictions ?? []).find((c) => c.kind === "penalty");
  expect(penalty?.resolved).toBe(true);
  expect(edge(g, "person:daniel-reyes-WORKS_FOR->organization:ashford-county-court")).toMatchObject({ evidence: ["article:gazette.md#3"], confirmed: true, rule: ["correction"] });
  expect(g.attributes.corrections?.status.map((s) => s.state)).toEqual(CORRECTIONS.map(() => "applied"));
}

describe("a corrections file in the input folder", () => {
  it("is applied by the build, and still applied after one more article is added", () => {
    const dir = tempDir();
    writeFiles(dir, [["in/gazette.md", GAZETTE], ["in/ledger.md", LEDGER], ["in/casegraph.corrections.json", JSON.stringify({ corrections: CORRECTIONS }, null, 2)]]);
    const first = build(dir);
    expect(first.status).toBe(0);
    expect(first.stderr).toBe("");
    expect(first.stdout).toMatch(/corrections 6 applied, 0 with no effect, 0 stale/);
    expect(first.stdout).not.toMatch(/passed over/); // the corrections file is input, not a stray file
    expectCorrected(first.graph);

    writeFiles(dir, [["in/courier.md", COURIER]]);
    const second = build(dir);
    expect(second.stderr).toBe("");
    expectCorrected(second.graph);
    // the new article's mentions join the corrected entities
    expect(node(second.graph, "person:maria-t-okanta")).toBeDefined();
    expect(edge(second.graph, "person:maria-t-okanta-PRESIDED_OVER->trial:wyke-trial")?.evidence).toContain("article:courier.md#2");
    expect(second.graph.nodes.filter((n) => n.attributes.type === "Article")).toHaveLength(3);

    // the same input gives the same bytes
    expect(build(dir).text).toBe(second.text);
  });

  it("reports each correction that no longer applies, by number and reason, and builds the rest", () => {
    const dir = tempDir();
    const stale = [
      ...CORRECTIONS,
      { action: "relabel", entity: person("Nobody Anywhere"), label: "X" },
      { action: "reject", fact: { source: person("Tobias Wyke"), relation: "CHARGED_WITH", target: { type: "Charge", name: "fraud" } }, article: "ledger.md", sentence: "A sentence no article has." },
      { action: "frobnicate" },
    ];
    writeFiles(dir, [["in/gazette.md", GAZETTE], ["in/casegraph.corrections.json", JSON.stringify({ corrections: stale })]]);
    const r = build(dir);
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toEqual([
      // the merged H. Marsk is only in the gazette, Helen Marsk only in the ledger, which is gone
      expect.stringMatching(/casegraph\.corrections\.json: correction 1 \(merge\) not applied: no Person "Helen Marsk" in the graph/),
      expect.stringMatching(/correction 7 \(relabel\) not applied: no Person "Nobody Anywhere"/),
      expect.stringMatching(/correction 8 \(reject\) not applied: no sentence "A sentence no article has\." in ledger\.md/),
      expect.stringMatching(/correction 9 \(frobnicate\) not applied: not a correction: .*action/),
    ]);
    expect(r.stdout).toMatch(/corrections 5 applied, 0 with no effect, 4 stale/);
    expect(node(r.graph, "organization:ashford-county-court")).toBeDefined();
  });

  it("builds without corrections, saying why, when the file is not JSON", () => {
    const dir = tempDir();
    writeFiles(dir, [["in/gazette.md", GAZETTE], ["in/casegraph.corrections.json", "{ corrections: [ oops"]]);
    const r = build(dir);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/casegraph\.corrections\.json: not JSON .*; built without corrections/);
    expect(node(r.graph, "court:ashford-county-court")).toBeDefined();
    rmSync(join(dir, "in", "casegraph.corrections.json"));
    writeFileSync(join(dir, "in", "casegraph.corrections.json"), JSON.stringify([{ action: "merge" }]));
    expect(build(dir).stderr).toMatch(/expected an object with a "corrections" list/);
  });
});

describe("split, and handles that need an article or a sentence", () => {
  const corpus = files({ "gazette.md": GAZETTE, "ledger.md": LEDGER });
  const run = (corrections: unknown[]) => buildGraph(corpus, { corrections: { file: "c.json", entries: corrections } });

  it("splits the mentions written one way in one article off into a new entity, with the relations those sentences state", () => {
    const { graph, corrections } = run([{ action: "split", entity: person("Tobias Wyke"), alias: "Wyke", article: "ledger.md", label: "Wyke (ledger)" }]);
    expect(corrections?.status).toEqual([{ index: 0, state: "applied", message: "1 mention now person:wyke-ledger" }]);
    const moved = graph.outEdges("person:wyke-ledger").map((e) => graph.getEdgeAttributes(e)).filter((a) => a.type === "MENTIONED_IN");
    expect(moved.map((a) => a.surface)).toEqual(["Wyke"]);
    expect(graph.getNodeAttribute("person:tobias-wyke", "aliases")).toEqual(["Tobias Wyke", "Wyke"]); // the gazette still writes "Wyke"
  });

  it("asks for an article when a name is ambiguous, and takes it when given", () => {
    const twice = [{ action: "split", entity: person("Tobias Wyke"), alias: "Wyke", article: "ledger.md", label: "Tobias Wyke" }];
    const reject = (article?: string) => ({ action: "relabel", entity: person("Tobias Wyke", article), label: "T. Wyke" });
    expect(run([...twice, reject()]).corrections?.status[1]).toMatchObject({ state: "stale", message: expect.stringMatching(/2 entities are Person "Tobias Wyke".*add "article" or "sentence"/) });
    expect(run([...twice, reject("gazette.md")]).corrections?.status[1]).toMatchObject({ state: "applied" });
  });

  it("merges two people's cases with them: one trial, one verdict per outcome, one charge per offence, and then the disagreement shows", () => {
    const toby = files({ "gazette.md": GAZETTE, "ledger.md": LEDGER.replaceAll("Tobias Wyke", "Toby Wyke") });
    const apart = buildGraph(toby).graph;
    expect(apart.filterNodes((_, a) => a.type === "Trial")).toHaveLength(2);
    expect(apart.getAttribute("contradictions")).toEqual([]);
    const { graph, corrections } = buildGraph(toby, { corrections: { file: "c.json", entries: [{ action: "merge", entities: [person("Tobias Wyke"), person("Toby Wyke")] }] } });
    expect(corrections?.status[0]).toEqual({ index: 0, state: "applied", message: "and 4 of their trials, verdicts or charges" });
    expect(graph.filterNodes((_, a) => a.type === "Trial")).toEqual(["trial:wyke-trial"]);
    expect(graph.filterNodes((_, a) => a.type === "Charge").sort()).toEqual(["charge:forgery", "charge:fraud"]);
    expect((graph.getAttribute("contradictions") as { kind: string }[]).map((c) => c.kind)).toEqual(["age", "outcome", "penalty"]);
  });

  it("reports a merge of what is already one, and a retype to the same type, as having no effect", () => {
    const { corrections } = run([
      { action: "merge", entities: [person("Tobias Wyke"), person("Wyke")] },
      { action: "retype", entity: person("Maria Okanta"), to: "Person" },
    ]);
    expect(corrections?.status.map((s) => s.state)).toEqual(["no_effect", "no_effect"]);
  });

  it("refuses a retype the contract cannot hold (a Verdict needs an outcome)", () => {
    const { corrections } = run([{ action: "retype", entity: person("Maria Okanta"), to: "Verdict" }]);
    expect(corrections?.status[0]).toMatchObject({ state: "stale", message: expect.stringMatching(/outcome/) });
  });
});

describe("a confirmed date", () => {
  const verdict = { type: "Verdict", name: "Wyke trial: guilty" };
  const confirm = (value: string) => buildGraph(files(DATED), { corrections: { file: "c.json", entries: [{ action: "confirm", entity: verdict, attribute: "date", value }] } });
  const text = (graph: ReturnType<typeof buildGraph>["graph"], keys: unknown) => (keys as string[]).map((k) => graph.getNodeAttribute(k, "text"));

  it("settles the date stage's disagreement: the sentence that states it is its evidence, and the other date goes", () => {
    const before = buildGraph(files(DATED)).graph.getNodeAttributes("verdict:wyke-trial-guilty");
    expect(before.dates).toHaveLength(2);
    const { graph, corrections } = confirm("2024-03-01");
    expect(corrections?.status[0]?.state).toBe("applied");
    const a = graph.getNodeAttributes("verdict:wyke-trial-guilty");
    expect(a.date).toBe("2024-03-01");
    expect(text(graph, a.date_evidence)).toEqual(["The jury convicted Wyke on March 1, 2024, after days of deliberation."]);
    expect(a.dates).toBeUndefined();
    expect((graph.getAttribute("contradictions") as { kind: string; resolved?: boolean }[]).find((c) => c.kind === "date")?.resolved).toBe(true);
  });

  it("cites the sentences of the dates it agrees with, and none for a date no article states", () => {
    const { graph } = confirm("2024-02");
    const a = graph.getNodeAttributes("verdict:wyke-trial-guilty");
    expect(a.date).toBe("2024-02");
    expect(text(graph, a.date_evidence)).toEqual(["The jury convicted Wyke on February 23, 2024, after days of deliberation."]);
    const b = confirm("2023-12-24").graph.getNodeAttributes("verdict:wyke-trial-guilty");
    expect(b).toMatchObject({ date: "2023-12-24" });
    expect(b.date_evidence).toBeUndefined();
  });
});


// Agreement and contradiction at build time: on an invented two-outlet corpus that disagrees on
// purpose, through the whole pipeline; and on graphs built by hand for what the extractor does
// not find yet (v2 pleas, damages, dates, civil outcomes, courts, parties).
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/pipeline.ts";
import type { Contradiction } from "../../src/schema.ts";
import { computeAgreement } from "../../src/review/agreement.ts";
import type { GraphEntity, GraphRelation } from "../../src/build/index.ts";
import type { Article } from "../../src/ingest/index.ts";
import type { AttributeClaim } from "../../src/review/claims.ts";
import { DATED, GAZETTE, LEDGER, files } from "./corpus.ts";

const sentenceText = (graph: ReturnType<typeof buildGraph>["graph"], key: string) => String(graph.getNodeAttribute(key, "text"));

describe("two outlets that disagree", () => {
  const { graph } = buildGraph(files({ "gazette.md": GAZETTE, "ledger.md": LEDGER }));
  const contradictions = graph.getAttribute("contradictions") as Contradiction[];
  const find = (kind: string) => contradictions.find((c) => c.kind === kind);

  it("finds the charge with two outcomes, each side with its own outlet's sentence", () => {
    const c = find("outcome")!;
    expect(c.subject).toBe("charge:fraud");
    expect(c.sides.map((s) => s.value)).toEqual(["guilty", "not_guilty"]);
    expect(c.sides[0]!.articles).toEqual(["article:gazette.md"]);
    expect(c.sides[1]!.evidence.map((s) => sentenceText(graph, s))).toContain("A jury in the Ashford County Court acquitted Tobias Wyke, 49, of fraud on Friday but convicted him of forgery.");
    // the contested edges say so, and only they
    for (const side of c.sides) for (const e of side.edges!) expect(graph.getEdgeAttribute(e, "contested")).toBe(true);
    expect(graph.filterEdges((_, a) => a.contested === true).sort()).toEqual(c.sides.flatMap((s) => s.edges!).sort());
  });

  it("finds the one verdict with two penalties, quoting the sentences that give them", () => {
    const c = find("penalty")!;
    expect(c.subject).toBe("verdict:wyke-trial-guilty");
    expect(c.sides.map((s) => [s.value, s.evidence.map((e) => sentenceText(graph, e))])).toEqual([
      ["six years in prison", ["Judge Maria Okanta sentenced Wyke to six years in prison."]],
      ["two years in prison", ["Judge Maria Okanta sentenced Wyke to two years in prison."]],
    ]);
  });

  it("finds the person with two ages a day apart", () => {
    expect(find("age")?.sides.map((s) => s.value)).toEqual(["52", "49"]);
  });

  it("agrees where the articles agree: the forgery conviction and the court are not contested", () => {
    expect(contradictions.map((c) => c.kind).sort()).toEqual(["age", "outcome", "penalty"]);
  });

  it("counts the articles and distinct outlets behind every relation", () => {
    const heldAt = graph.findEdge((_, a) => a.type === "HELD_AT")!;
    expect(graph.getEdgeAttributes(heldAt)).toMatchObject({ articles: 2, outlets: 2 });
    const lawyer = graph.findEdge((_, a) => a.type === "REPRESENTS")!;
    expect(graph.getEdgeAttributes(lawyer)).toMatchObject({ articles: 1, outlets: 1 });
  });

  it("counts one outlet once, however many of its articles state a fact", () => {
    const again = LEDGER.replace("title: Tobias Wyke cleared of fraud", "title: Wyke cleared (updated)");
    const { graph: g } = buildGraph(files({ "ledger.md": LEDGER, "ledger-update.md": again }));
    const heldAt = g.findEdge((_, a) => a.type === "HELD_AT")!;
    expect(g.getEdgeAttributes(heldAt)).toMatchObject({ articles: 2, outlets: 1 });
  });

  it("finds nothing to contradict in one article, or in two that agree", () => {
    expect(buildGraph(files({ "gazette.md": GAZETTE })).graph.getAttribute("contradictions")).toEqual([]);
    const same = GAZETTE.replace("Harbour Gazette", "Valley Ledger");
    expect(buildGraph(files({ "a.md": GAZETTE, "b.md": same })).graph.getAttribute("contradictions")).toEqual([]);
  });
});

describe("two outlets that date one verdict differently", () => {
  const { graph } = buildGraph(files(DATED));
  const c = (graph.getAttribute("contradictions") as Contradiction[]).find((x) => x.kind === "date");

  it("quotes the sentence the date stage found each date in, not the verdict's first mention", () => {
    expect(c?.subject).toBe("verdict:wyke-trial-guilty");
    expect(c!.sides.map((s) => [s.value, s.evidence.map((e) => sentenceText(graph, e))])).toEqual([
      ["2024-03-01", ["The jury convicted Wyke on March 1, 2024, after days of deliberation."]],
      ["2024-02-23", ["The jury convicted Wyke on February 23, 2024, after days of deliberation."]],
    ]);
  });

  it("agrees with the date stage, which keeps both dates on the verdict", () => {
    const dates = graph.getNodeAttribute("verdict:wyke-trial-guilty", "dates") as { date: string; evidence: string[] }[];
    expect(dates.map((d) => d.date).sort()).toEqual(["2024-02-23", "2024-03-01"]);
    expect(dates.flatMap((d) => d.evidence).sort()).toEqual(c!.sides.flatMap((s) => s.evidence).sort());
  });
});

// --- graphs built by hand -------------------------------------------------------------------

const article = (path: string, source: string, published?: string): Article =>
  ({ key: `article:${path}`, path, text: "", title: path, bodyStart: 0, source, ...(published && { published }) });
const A = article("a.md", "Outlet A", "2024-01-10"), B = article("b.md", "Outlet B", "2024-01-11"), C = article("c.md", "Outlet A", "2025-01-20");
const entity = (key: string, type: GraphEntity["type"], attrs: GraphEntity["attrs"] = {}, mentions: [Article, number][] = []): GraphEntity =>
  ({ key, type, label: key, aliases: [], attrs, mentions: mentions.map(([a, start]) => ({ article: a.key, sentence: 0, start, end: start + 1, surface: "x" })) });
const rel = (type: GraphRelation["type"], source: string, target: string, ...articles: Article[]): GraphRelation =>
  ({ type, source, target, evidence: articles.map((a) => `${a.key}#0`), confidence: 0.9, rule: ["test"] });
const claim = (a: Article, type: AttributeClaim["type"], attribute: AttributeClaim["attribute"], value: string | number, start: number): AttributeClaim =>
  ({ article: a.key, type, attribute, value, mentions: [{ start, end: start + 1 }], sentences: [0] });

function kinds(entities: GraphEntity[], relations: GraphRelation[], claims: AttributeClaim[] = []) {
  return computeAgreement({ articles: [A, B, C], entities, relations, claims }).contradictions.map((c) => [c.kind, c.subject, c.sides.map((s) => s.value)]);
}

describe("contradictions of every kind, on graphs built by hand", () => {
  const people = [entity("p", "Person"), entity("q", "Person")];
  it("one charge with different pleas", () => {
    const e = [...people, entity("c", "Charge"), entity("pl1", "Plea", { plea: "guilty" }), entity("pl2", "Plea", { plea: "not_guilty" })];
    expect(kinds(e, [rel("ON_CHARGE", "pl1", "c", A), rel("ON_CHARGE", "pl2", "c", B)])).toEqual([["plea", "c", ["guilty", "not_guilty"]]]);
  });
  it("a civil suit found liable and not liable (no charge)", () => {
    const e = [entity("t", "Trial", { kind: "civil" }), entity("v1", "Verdict", { outcome: "liable" }), entity("v2", "Verdict", { outcome: "not_liable" })];
    expect(kinds(e, [rel("RESULTED_IN", "t", "v1", A), rel("RESULTED_IN", "t", "v2", B)])).toEqual([["outcome", "t", ["liable", "not_liable"]]]);
  });
  it("an appeal overturned in one article and upheld in another", () => {
    const e = [entity("conv", "Verdict", { outcome: "guilty" }), entity("ap1", "Verdict", { outcome: "overturned" }), entity("ap2", "Verdict", { outcome: "upheld" })];
    expect(kinds(e, [rel("OVERTURNS", "ap1", "conv", A), rel("OVERTURNS", "ap2", "conv", B)])).toEqual([["outcome", "conv", ["overturned", "upheld"]]]);
  });
  it("one count kept as two charge nodes (same trial, offence and complainants) still has one outcome", () => {
    const e = [entity("t", "Trial"), { ...entity("c1", "Charge"), label: "fraud" }, { ...entity("c2", "Charge"), label: "Fraud" }, entity("v1", "Verdict", { outcome: "guilty" }), entity("v2", "Verdict", { outcome: "not_guilty" })];
    const r = [rel("TRIED_FOR", "t", "c1", A), rel("TRIED_FOR", "t", "c2", B), rel("ON_CHARGE", "v1", "c1", A), rel("ON_CHARGE", "v2", "c2", B)];
    expect(kinds(e, r)).toEqual([["outcome", "c1", ["guilty", "not_guilty"]]]);
    // two counts of one offence against different complainants are two counts
    expect(kinds([...e, ...people], [...r, rel("ALLEGED_VICTIM", "c1", "p", A), rel("ALLEGED_VICTIM", "c2", "q", B)])).toEqual([]);
  });
  it("a mistrial and a conviction are a sequence, not a contradiction", () => {
    const e = [entity("c", "Charge"), entity("v1", "Verdict", { outcome: "mistrial" }), entity("v2", "Verdict", { outcome: "guilty" })];
    expect(kinds(e, [rel("ON_CHARGE", "v1", "c", A), rel("ON_CHARGE", "v2", "c", B)])).toEqual([]);
  });
  it("an article that tells both outcomes (a conviction, then an acquittal at retrial) settles nothing into a contradiction", () => {
    const e = [entity("c", "Charge"), entity("v1", "Verdict", { outcome: "guilty" }), entity("v2", "Verdict", { outcome: "not_guilty" })];
    expect(kinds(e, [rel("ON_CHARGE", "v1", "c", A, B), rel("ON_CHARGE", "v2", "c", B)])).toEqual([]);
  });
  it("one trial held at two courts", () => {
    const e = [entity("t", "Trial"), { ...entity("k1", "Court"), label: "Ashford County Court" }, { ...entity("k2", "Court"), label: "Bramley Crown Court" }];
    const found = computeAgreement({ articles: [A, B], entities: e, relations: [rel("HELD_AT", "t", "k1", A), rel("HELD_AT", "t", "k2", B)], claims: [] }).contradictions;
    expect(found.map((c) => [c.kind, c.sides.map((s) => [s.value, s.node])])).toEqual([["court", [["Ashford County Court", "k1"], ["Bramley Crown Court", "k2"]]]]);
  });
  it("one person a defendant in one article and the complainant in another", () => {
    const e = [...people, entity("t", "Trial"), entity("c", "Charge")];
    expect(kinds(e, [rel("DEFENDANT_IN", "p", "t", A), rel("ALLEGED_VICTIM", "c", "p", B)])).toEqual([["party", "p", ["defendant", "complainant"]]]);
  });
  it("damages, dates and penalties written differently but meaning the same agree; different ones do not", () => {
    const v = entity("v", "Verdict", { outcome: "liable" }, [[A, 1], [B, 2], [C, 3]]);
    const same = [claim(A, "Verdict", "damages", "$15 million", 1), claim(B, "Verdict", "damages", "$15m", 2), claim(A, "Verdict", "date", "2024", 1), claim(B, "Verdict", "date", "2024-01-09", 2),
      claim(A, "Verdict", "penalty", "six years in prison", 1), claim(B, "Verdict", "penalty", "6 years", 2)];
    expect(kinds([v], [], same)).toEqual([]);
    const differ = [claim(A, "Verdict", "damages", "$15 million", 1), claim(B, "Verdict", "damages", "$1.5 million", 2), claim(A, "Verdict", "date", "2024-01-08", 1), claim(B, "Verdict", "date", "2024-01-09", 2)];
    expect(kinds([v], [], differ)).toEqual([["damages", "v", ["$15 million", "$1.5 million"]], ["date", "v", ["2024-01-08", "2024-01-09"]]]);
  });
  it("ages a year apart over a year of publication agree; the same ages a day apart do not", () => {
    const p = entity("p", "Person", {}, [[A, 1], [B, 2], [C, 3]]);
    expect(kinds([p], [], [claim(A, "Person", "age", 52, 1), claim(C, "Person", "age", 53, 3)])).toEqual([]);
    expect(kinds([p], [], [claim(A, "Person", "age", 52, 1), claim(B, "Person", "age", 55, 2)])).toEqual([["age", "p", ["52", "55"]]]);
  });
  it("a side a person confirmed settles the contradiction, and its edges are no longer contested", () => {
    const e = [entity("c", "Charge"), entity("v1", "Verdict", { outcome: "guilty" }), entity("v2", "Verdict", { outcome: "not_guilty" })];
    const r = [{ ...rel("ON_CHARGE", "v1", "c", A), confirmed: true }, rel("ON_CHARGE", "v2", "c", B)];
    const out = computeAgreement({ articles: [A, B], entities: e, relations: r, claims: [] });
    expect(out.contradictions.map((c) => c.resolved)).toEqual([true]);
    expect(out.relations.some((x) => x.contested)).toBe(false);
  });
});

// The facts table (facts-csv) and the FollowTheMoney export (ftm), on the invented v2 case and on
// the seeds graph the CLI builds.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { IEntityDatum } from "@alephdata/followthemoney";
import { FACT_COLUMNS, factRows } from "../../src/export/facts.ts";
import { ftmEntities, ftmModel } from "../../src/export/ftm.ts";
import { exportString } from "../../src/export/index.ts";
import { graphFromJSON } from "../../src/query/index.ts";
import { v2Graph } from "../fixtures/v2-case.ts";
import { runCli } from "../cli-in-process.ts";
import { parseCsv } from "./csv.ts";
import { buildGraph } from "../../src/pipeline.ts";
import { GAZETTE, LEDGER, files } from "../review/corpus.ts";
import { tempDir } from "./helpers.ts";

const graph = v2Graph();
const ROOT = join(import.meta.dirname, "../..");

describe("facts-csv", () => {
  const rows = parseCsv(exportString(graph, "facts-csv"));
  const records = rows.slice(1).map((r) => Object.fromEntries(FACT_COLUMNS.map((c, i) => [c, r[i]])));

  it("is one row per relation and evidence sentence, under the documented header", () => {
    expect(rows[0]).toEqual([...FACT_COLUMNS]);
    const relations = graph.filterEdges((_, a) => Array.isArray(a.evidence));
    const sentences = relations.reduce((n, e) => n + (graph.getEdgeAttribute(e, "evidence") as string[]).length, 0);
    expect(records).toHaveLength(sentences);
    expect(new Set(records.map((r) => r.edge))).toEqual(new Set(relations));
  });

  it("cites the outlet, published date, address, article and sentence of each row", () => {
    const appeal = records.find((r) => r.relation === "RULED")!;
    expect(appeal).toMatchObject({
      subject: "Northern Appeals Court", subject_type: "Court", object: "Quist appeal: upheld", object_type: "Verdict", confidence: "0.9",
      date: "2022-06-17", outlet: "Valley Courier", published: "2022-06-20", url: "https://example.org/quist-appeal",
      article: "courier/quist-appeal.txt", sentence: "The Northern Appeals Court upheld Nora Quist's assault conviction on Friday.", rule: "fixture.ruled",
    });
  });

  it("dates a fact by its event, names kinship, and lists dated facts first, in time order", () => {
    expect(records.find((r) => r.relation?.startsWith("RELATED_TO"))!.relation).toBe("RELATED_TO (wife)");
    expect(records.find((r) => r.relation === "ENTERED_PLEA")!.date).toBe("2020-11-02");
    expect(records.find((r) => r.relation === "HOLDS_ROLE")!.date).toBe("");
    const dates = records.map((r) => r.date);
    const dated = dates.filter(Boolean);
    expect(dated).toEqual([...dated].sort());
    expect(dates.slice(0, dated.length)).toEqual(dated);
  });

  it("says how many articles and outlets state each fact, and whether the articles disagree on it", () => {
    const { graph: built } = buildGraph(files({ "gazette.md": GAZETTE, "ledger.md": LEDGER }));
    const support = (relation: string, object: string) => factRows(built).find((r) => r.relation === relation && r.object === object)?.support;
    expect(support("HELD_AT", "Ashford County Court")).toBe("2 articles from 2 outlets");
    expect(support("ON_CHARGE", "fraud")).toMatch(/^1 article from 1 outlet, contested$/);
    expect(records.every((r) => r.support === "")).toBe(true); // the fixture carries no counts
  });

  it("keeps a spreadsheet from running a sentence as a formula", () => {
    const g = v2Graph();
    g.updateNodeAttribute("person:lena-moss", "label", () => "=HYPERLINK(\"http://x\")");
    const row = factRows(g).find((r) => r.source === "person:lena-moss")!;
    const line = parseCsv(exportString(g, "facts-csv")).find((r) => r.includes(row.edge))!;
    expect(line[0]).toBe("'=HYPERLINK(\"http://x\")");
  });

  it("casegraph export --format facts-csv writes the seeds' facts", async () => {
    const dir = tempDir();
    expect((await runCli("build", join(ROOT, "seeds"), "--out", dir, "--quiet")).code).toBe(0);
    const out = join(dir, "facts.csv");
    expect((await runCli("export", join(dir, "graph.json"), "--format", "facts-csv", "--out", out)).code).toBe(0);
    const seeds = parseCsv(readFileSync(out, "utf8"));
    expect(seeds[0]).toEqual([...FACT_COLUMNS]);
    expect(seeds.length).toBeGreaterThan(20);
    expect(seeds.slice(1).every((r) => r[12]!.length > 0)).toBe(true); // every row quotes its sentence
  });
});

/**
 * Checks an entity against the FollowTheMoney model: a concrete schema, properties it has (not
 * reverse stubs), required properties (inherited ones included), values within maxLength, dates
 * as ISO prefixes, addresses as URLs, references to exported entities of the property's range.
 */
function problems(entity: IEntityDatum, byId: Map<string, IEntityDatum>): string[] {
  const out: string[] = [];
  const schema = ftmModel.getSchema(entity.schema as string);
  if (schema.abstract) out.push(`${entity.id}: schema ${schema.name} is abstract`);
  if (!/^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$/.test(entity.id)) out.push(`${entity.id}: not a valid id`);
  const required = new Set([schema, ...schema.getParents()].flatMap((s) => s.required));
  for (const name of required) if (!entity.properties?.[name]?.length) out.push(`${entity.id}: ${schema.name} needs ${name}`);
  for (const [name, values] of Object.entries(entity.properties ?? {})) {
    if (!schema.hasProperty(name)) { out.push(`${entity.id}: ${schema.name} has no property ${name}`); continue; }
    const prop = schema.getProperty(name);
    if (prop.stub) out.push(`${entity.id}: ${name} is a reverse property`);
    for (const v of values as string[]) {
      if (typeof v !== "string" || v === "") out.push(`${entity.id}: ${name} holds ${JSON.stringify(v)}`);
      else if (prop.maxLength && v.length > prop.maxLength) out.push(`${entity.id}: ${name} is longer than ${prop.maxLength}`);
      else if (prop.type.name === "date" && !/^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2})?)?)?)?)?$/.test(v)) out.push(`${entity.id}: ${name} ${v} is not a date`);
      else if (prop.type.name === "url" && !/^https?:\/\/\S+$/.test(v)) out.push(`${entity.id}: ${name} ${v} is not a URL`);
      else if (prop.type.name === "entity") {
        const target = byId.get(v);
        if (!target) out.push(`${entity.id}: ${name} points at ${v}, which is not exported`);
        else if (!ftmModel.getSchema(target.schema as string).isA(prop.getRange())) out.push(`${entity.id}: ${name} points at a ${target.schema}, not a ${prop.getRange().name}`);
      }
    }
  }
  return out;
}

const validate = (entities: IEntityDatum[]) => {
  const byId = new Map(entities.map((e) => [e.id, e]));
  expect(byId.size).toBe(entities.length);
  return entities.flatMap((e) => problems(e, byId));
};

describe("ftm", () => {
  const entities = ftmEntities(graph);
  const of = (schema: string) => entities.filter((e) => e.schema === schema);
  const prop = (e: IEntityDatum | undefined, name: string) => (e?.properties?.[name] ?? []) as string[];
  const byName = (schema: string, name: string) => of(schema).find((e) => prop(e, "name").includes(name));

  it("every entity is valid against the FollowTheMoney model", () => {
    expect(validate(entities)).toEqual([]);
  });

  it("maps people, courts, studios, cases and articles to their schemata", () => {
    expect(prop(byName("Person", "Hal Brenner"), "position")).toEqual(["judge"]);
    expect(byName("PublicBody", "Eastfield County Court")).toBeDefined();
    expect(byName("Company", "Larkspur Pictures")).toBeDefined();
    const suit = byName("CourtCase", "Larkspur Pictures v. Wyke")!;
    expect(prop(suit, "type")).toEqual(["civil"]);
    expect(prop(byName("CourtCase", "Quist trial"), "summary")).toEqual(["Charges: assault (guilty); theft (not guilty)"]);
    const article = of("Article").find((a) => prop(a, "fileName").includes("courier/quist-appeal.txt"))!;
    expect(article.properties).toMatchObject({ publisher: ["Valley Courier"], publishedAt: ["2022-06-20"], sourceUrl: ["https://example.org/quist-appeal"] });
  });

  it("makes parties, lawyers and family links, each citing its sentence with outlet and date", () => {
    const quist = byName("Person", "Nora Quist")!, trial = byName("CourtCase", "Quist trial")!;
    const party = of("CourtCaseParty").find((p) => prop(p, "party")[0] === quist.id && prop(p, "case")[0] === trial.id)!;
    expect(prop(party, "role")).toEqual(["defendant"]);
    expect(prop(party, "description")[0]).toMatch(/^“A jury at Eastfield County Court found Nora Quist guilty.*” \(Hartwell Gazette, 2021-03-16; gazette\/quist-verdict\.txt\)$/);
    expect(of("CourtCaseParty").map((p) => prop(p, "role")[0]).sort()).toEqual(["defendant", "defendant", "judge", "plaintiff", "prosecutor", "witness"]);
    expect(prop(of("Representation")[0], "agent")).toEqual([byName("Person", "Ezra Pike")!.id]);
    expect(prop(of("Family")[0], "relationship")).toEqual(["wife"]);
  });

  it("makes verdicts, pleas and charges dated events with who was involved", () => {
    const liable = byName("Event", "Larkspur Pictures v. Wyke: liable")!;
    expect(prop(liable, "date")).toEqual(["2023-09-12"]);
    expect(prop(liable, "summary")).toEqual(["Outcome: liable; damages: $2 million"]);
    expect(prop(liable, "involved")).toEqual([byName("Person", "Tobias Wyke")!.id]);
    expect(prop(byName("Event", "Nora Quist pleads not guilty"), "summary")).toEqual(["Plea: not guilty"]);
    expect(prop(byName("Event", "Charge: assault"), "date")).toEqual(["2019"]);
  });

  it("is deterministic, one JSON entity per line", () => {
    const a = exportString(graph, "ftm"), b = exportString(v2Graph(), "ftm");
    expect(a).toBe(b);
    expect(a.trimEnd().split("\n").map((l) => JSON.parse(l).id)).toEqual(entities.map((e) => e.id));
  });

  it("casegraph export --format ftm on the seeds graph gives only valid entities", async () => {
    const dir = tempDir();
    expect((await runCli("build", join(ROOT, "seeds"), "--out", dir, "--quiet")).code).toBe(0);
    const out = join(dir, "seeds.ftm.json");
    expect((await runCli("export", join(dir, "graph.json"), "--format", "ftm", "--out", out, "--with-text")).code).toBe(0);
    const lines = readFileSync(out, "utf8").trimEnd().split("\n").map((l) => JSON.parse(l) as IEntityDatum);
    expect(validate(lines)).toEqual([]);
    expect(lines.filter((e) => e.schema === "CourtCase").length).toBeGreaterThan(0);
    expect(lines.find((e) => e.schema === "Article")?.properties?.bodyText?.[0]).toMatch(/Weinstein/);
    expect(graphFromJSON(readFileSync(join(dir, "graph.json"), "utf8")).order).toBeGreaterThan(0);
  });
});

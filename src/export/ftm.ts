// FollowTheMoney entities for Aleph, as JSON lines (`ftm import` / `alephclient write-entities`),
// made through the model of @alephdata/followthemoney so that every schema and property exists.
//
//   Person -> Person (roles as `position`)      Court -> PublicBody      Studio -> Company
//   Organization -> Organization                Trial -> CourtCase       Article -> Article
//   Verdict, Plea -> Event (date, outcome, the people and court involved)
//   Charge -> Event (the alleged offence: its date, the accused and the complainant)
//   DEFENDANT_IN, PLAINTIFF_IN, PROSECUTED, PRESIDED_OVER, TESTIFIED_IN -> CourtCaseParty with a role
//   REPRESENTS -> Representation   WORKS_FOR -> Employment   RELATED_TO -> Family
//   every other relation between two exported entities -> UnknownLink, its role the relation
//
// Each link carries its evidence: the sentences quoted in `description` with outlet and date,
// `publisher` and `sourceUrl` of the articles, `date` of the fact and `recordId` (the edge key).
// Entities point at the articles that mention them through `proof`. Roles become positions; films
// and places have no FollowTheMoney schema that fits and are left out. Ids are stable: a slug of the
// node key and a hash of it.
import { createHash } from "node:crypto";
import type Graph from "graphology";
import { Model, defaultModel, type IEntityDatum } from "@alephdata/followthemoney";
import { isRelation } from "../query/graph-index.ts";
import { factDate } from "./facts.ts";
import type { ExportOptions } from "./view.ts";

export const ftmModel = new Model(defaultModel);

const SCHEMA: Record<string, string> = {
  Person: "Person", Court: "PublicBody", Studio: "Company", Organization: "Organization", Trial: "CourtCase",
  Verdict: "Event", Plea: "Event", Charge: "Event", Article: "Article",
};
const PARTY_ROLE: Record<string, string> = {
  DEFENDANT_IN: "defendant", PLAINTIFF_IN: "plaintiff", PROSECUTED: "prosecutor", PRESIDED_OVER: "judge", TESTIFIED_IN: "witness",
};
const OUTCOME_WORDS: Record<string, string> = { not_guilty: "not guilty", hung_jury: "hung jury", not_liable: "not liable", no_contest: "no contest" };
const words = (v: unknown) => OUTCOME_WORDS[String(v)] ?? String(v);

/** A FollowTheMoney id for a node or edge key: readable, and unique through a hash of the key. */
export function ftmId(key: string): string {
  const slug = key.normalize("NFKD").replace(/[^0-9A-Za-z]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60).replace(/-+$/, "");
  const hash = createHash("sha1").update(key).digest("hex").slice(0, 10);
  return slug ? `${slug}-${hash}` : hash;
}

type Props = Record<string, string[]>;

export function ftmEntities(graph: Graph, options: ExportOptions = {}): IEntityDatum[] {
  const out: IEntityDatum[] = [];
  const emitted = new Set<string>();
  const datum = (id: string, schema: string, properties: Props): IEntityDatum => {
    const clean: Props = {};
    const s = ftmModel.getSchema(schema);
    for (const [name, values] of Object.entries(properties)) {
      const max = s.getProperty(name).maxLength || Infinity;
      const kept = [...new Set(values.filter((v) => v !== "").map((v) => (v.length > max ? `${v.slice(0, max - 1)}…` : v)))];
      if (kept.length) clean[name] = kept;
    }
    // Through the model: a property the schema does not have is an error here, not in Aleph.
    return ftmModel.getEntity({ id, schema, properties: clean }).toJSON() as IEntityDatum;
  };
  const articleOf = (sentence: string) => (graph.hasNode(sentence) ? graph.getNodeAttribute(sentence, "article") as string : undefined);
  const proofOf = (key: string) => {
    const articles = new Set<string>();
    graph.forEachOutEdge(key, (_e, a, _s, t) => { if (a.type === "MENTIONED_IN") { const art = articleOf(t); if (art) articles.add(ftmId(art)); } });
    return [...articles].sort();
  };
  const neighbours = (key: string, type: string, direction: "in" | "out") => {
    const found: string[] = [];
    const visit = (_e: string, a: Record<string, unknown>, s: string, t: string) => { if (a.type === type) found.push(direction === "out" ? t : s); };
    if (direction === "out") graph.forEachOutEdge(key, visit); else graph.forEachInEdge(key, visit);
    return found;
  };
  const labels = (keys: string[]) => keys.map((k) => String(graph.getNodeAttribute(k, "label")));

  graph.forEachNode((key, a) => {
    const schema = SCHEMA[a.type];
    if (!schema) return;
    const id = ftmId(key);
    const named = { name: [String(a.label)], alias: Array.isArray(a.aliases) ? a.aliases.map(String).filter((x: string) => x !== a.label) : [], proof: proofOf(key) };
    let props: Props;
    switch (a.type) {
      case "Article":
        props = {
          name: [String(a.label)], title: [String(a.label)], fileName: [String(a.path)], publisher: a.source ? [String(a.source)] : [],
          publishedAt: ftmDate(a.published), sourceUrl: /^https?:\/\//i.test(String(a.url ?? "")) ? [String(a.url)] : [],
          ...(options.withText && { bodyText: [String(a.text)] }),
        };
        break;
      case "Person":
        props = { ...named, position: labels(neighbours(key, "HOLDS_ROLE", "out")), description: a.description ? [String(a.description)] : [] };
        break;
      case "Trial": {
        const charges = neighbours(key, "TRIED_FOR", "out").map((c) => {
          const outcomes = neighbours(c, "ON_CHARGE", "in").filter((v) => graph.getNodeAttribute(v, "type") === "Verdict").map((v) => words(graph.getNodeAttribute(v, "outcome")));
          return `${graph.getNodeAttribute(c, "label")}${outcomes.length ? ` (${[...new Set(outcomes)].join(", ")})` : ""}`;
        });
        props = {
          ...named, status: a.status ? [String(a.status)] : [], type: [String(a.kind ?? "criminal")], court: labels(neighbours(key, "HELD_AT", "out")),
          summary: charges.length ? [`Charges: ${charges.join("; ")}`] : [],
        };
        break;
      }
      case "Verdict": case "Plea": case "Charge": {
        const involved = a.type === "Charge"
          ? [...neighbours(key, "CHARGED_WITH", "in"), ...neighbours(key, "ALLEGED_VICTIM", "out")]
          : a.type === "Plea" ? neighbours(key, "ENTERED_PLEA", "in")
          : [...neighbours(key, "RULED", "in"), ...neighbours(key, "RESULTED_IN", "in").flatMap((t) => neighbours(t, "DEFENDANT_IN", "in"))];
        const summary = a.type === "Verdict" ? [`Outcome: ${words(a.outcome)}`, a.penalty ? `penalty: ${a.penalty}` : "", a.damages ? `damages: ${a.damages}` : ""].filter(Boolean).join("; ")
          : a.type === "Plea" ? `Plea: ${words(a.plea)}` : `Alleged offence: ${a.label}`;
        props = {
          ...named, name: [a.type === "Charge" ? `Charge: ${a.label}` : String(a.label)], date: ftmDate(a.date), summary: [summary],
          involved: involved.filter((k) => ["Person", "Court", "Studio", "Organization"].includes(graph.getNodeAttribute(k, "type"))).map(ftmId),
          description: evidenceText(graph, Array.isArray(a.date_evidence) ? a.date_evidence : []),
        };
        break;
      }
      default:
        props = named;
    }
    out.push(datum(id, schema, props));
    emitted.add(key);
  });

  graph.forEachEdge((key, a, source, target) => {
    if (!isRelation(a.type) || !emitted.has(source) || !emitted.has(target)) return;
    const evidence = Array.isArray(a.evidence) ? (a.evidence as string[]) : [];
    const articles = evidence.map(articleOf).filter((x): x is string => !!x && graph.hasNode(x)).map((x) => graph.getNodeAttributes(x));
    const common: Props = {
      description: evidenceText(graph, evidence),
      publisher: articles.map((x) => String(x.source ?? "")),
      sourceUrl: articles.map((x) => String(x.url ?? "")).filter((u) => /^https?:\/\//i.test(u)),
      date: ftmDate(factDate(graph, source, target)),
      recordId: [key],
    };
    const [s, t] = [ftmId(source), ftmId(target)];
    const targetType = graph.getNodeAttribute(target, "type"), sourceType = graph.getNodeAttribute(source, "type");
    const id = ftmId(key);
    if (PARTY_ROLE[a.type] && targetType === "Trial") out.push(datum(id, "CourtCaseParty", { ...common, case: [t], party: [s], role: [PARTY_ROLE[a.type]!] }));
    else if (a.type === "REPRESENTS") out.push(datum(id, "Representation", { ...common, agent: [s], client: [t], role: ["lawyer"] }));
    else if (a.type === "WORKS_FOR" && sourceType === "Person") out.push(datum(id, "Employment", { ...common, employee: [s], employer: [t] }));
    else if (a.type === "RELATED_TO") out.push(datum(id, "Family", { ...common, person: [s], relative: [t], relationship: a.relation ? [String(a.relation)] : [] }));
    else out.push(datum(id, "UnknownLink", { ...common, subject: [s], object: [t], role: [a.type.toLowerCase().replace(/_/g, " ")] }));
  });
  return out;
}

/** A FollowTheMoney date (an ISO 8601 prefix) from a graph value, or nothing. */
function ftmDate(v: unknown): string[] {
  const m = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}(?::\d{2}(?::\d{2})?)?)?)?)?/.exec(typeof v === "string" ? v.trim() : "");
  return m ? [m[0]] : [];
}

/** Sentences quoted with where they come from: “...” (Outlet, 2024-09-28; path). */
function evidenceText(graph: Graph, sentences: string[]): string[] {
  return sentences.filter((k) => graph.hasNode(k)).map((k) => {
    const s = graph.getNodeAttributes(k);
    const a = graph.hasNode(s.article) ? graph.getNodeAttributes(s.article) : {};
    const where = [a.source, a.published].filter(Boolean).join(", ");
    return `“${s.text}” (${where ? `${where}; ` : ""}${a.path ?? s.article})`;
  });
}

/** One entity a line. */
export function* ftmChunks(graph: Graph, options: ExportOptions = {}): Generator<string> {
  let buffer = "";
  for (const e of ftmEntities(graph, options)) {
    buffer += `${JSON.stringify(e)}\n`;
    if (buffer.length >= 1 << 16) { yield buffer; buffer = ""; }
  }
  if (buffer) yield buffer;
}

// What a reporter should check, worst first: contradictions between articles, entities that may be
// one (kept apart) or two (merged), facts resting on one sentence or on a weak rule. Computed from a
// graph.json's graph; browser-safe, so `casegraph review` and the viewer's Review tab list the same.
import type Graph from "graphology";
import type { Contradiction, ContradictionKind } from "../schema.ts";
import { isRelation } from "../query/graph-index.ts";
import { possibleDuplicates, overMerged } from "./suspects.ts";
import { labelOf, quotes, type Quote } from "./quote.ts";

export type ReviewKind = "contradiction" | "over_merged" | "duplicate" | "fact";

/** One side of an item: a value, an entity or a fact, with the sentences that state it. */
export interface ReviewSide {
  label: string;
  /** A contradiction side's value as stored ("not_guilty", "52"). */
  value?: string;
  /** The node this side is about (a duplicate's entity, a court), when it is one. */
  node?: string;
  /** The relation edges on this side, when it is made of relations. */
  edges?: string[];
  evidence: Quote[];
}
export interface ReviewItem {
  /** Stable within a graph: `contradiction:outcome:charge:fraud`, `fact:<edge key>`... */
  id: string;
  kind: ReviewKind;
  /** Higher is worse; items come sorted by it. */
  score: number;
  /** One line: what to check. */
  title: string;
  /** The nodes the item is about. */
  nodes: string[];
  sides: ReviewSide[];
  /** For contradictions: which kind. For facts: why it is listed ("one sentence", "confidence 0.45"). */
  detail?: string;
}

/** Below this a fact is listed as low-confidence. */
export const LOW_CONFIDENCE = 0.6;
const KIND_WEIGHT: Record<ContradictionKind, number> = { outcome: 9, penalty: 8, damages: 7, plea: 6, party: 5, court: 4, date: 3, age: 2 };
/** Relations a story turns on weigh more when they rest on little. */
const KEY_RELATIONS = new Set(["ON_CHARGE", "RESULTED_IN", "DEFENDANT_IN", "CHARGED_WITH", "ALLEGED_VICTIM", "OVERTURNS", "RULED", "ENTERED_PLEA", "PLAINTIFF_IN"]);

const name = (graph: Graph, key: string) => `${graph.hasNode(key) ? graph.getNodeAttribute(key, "type") : "?"} "${labelOf(graph, key)}"`;

export function reviewItems(graph: Graph): ReviewItem[] {
  const items: ReviewItem[] = [];
  const contradictions = (graph.getAttribute("contradictions") ?? []) as Contradiction[];
  for (const c of contradictions) if (!c.resolved) items.push(contradictionItem(graph, c));
  items.push(...overMerged(graph), ...possibleDuplicates(graph));
  graph.forEachEdge((edge, a, source, target) => {
    if (!isRelation(a.type) || a.confirmed || a.contested) return;
    const evidence: string[] = Array.isArray(a.evidence) ? a.evidence : [];
    const thin = evidence.length === 1, weak = typeof a.confidence === "number" && a.confidence < LOW_CONFIDENCE;
    if (!thin && !weak) return;
    const why = [thin ? "one sentence" : "", weak ? `confidence ${a.confidence.toFixed(2)}` : ""].filter(Boolean).join(", ");
    items.push({
      id: `fact:${edge}`, kind: "fact", detail: why,
      score: 30 + (thin ? 10 : 0) + (weak ? 10 + Math.round(30 * (LOW_CONFIDENCE - a.confidence)) : 0) + (KEY_RELATIONS.has(a.type) ? 5 : 0),
      title: `${name(graph, source)} ${a.type} ${name(graph, target)} rests on ${why}`,
      nodes: [source, target],
      sides: [{ label: `${a.type}${a.relation ? ` (${a.relation})` : ""}`, edges: [edge], evidence: quotes(graph, evidence) }],
    });
  });
  return items.sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

const WHAT: Record<ContradictionKind, string> = {
  outcome: "the outcome of", penalty: "the penalty of", damages: "the damages of", date: "the date of",
  plea: "the plea on", age: "the age of", party: "which side of the case is", court: "the court of",
};

function contradictionItem(graph: Graph, c: Contradiction): ReviewItem {
  const sides: ReviewSide[] = c.sides.map((s) => ({
    label: s.value.replace(/_/g, " "), value: s.value, ...(s.node && { node: s.node }), ...(s.edges && { edges: s.edges }),
    evidence: quotes(graph, s.evidence),
  }));
  const outlets = (s: ReviewSide) => [...new Set(s.evidence.map((e) => e.outlet))].join(", ");
  return {
    id: `contradiction:${c.id}`, kind: "contradiction", detail: c.kind,
    score: 100 + KIND_WEIGHT[c.kind],
    title: `Articles disagree on ${WHAT[c.kind]} ${name(graph, c.subject)}: ${sides.map((s) => `${s.label} (${outlets(s)})`).join(" vs ")}`,
    nodes: [c.subject, ...c.sides.flatMap((s) => (s.node ? [s.node] : []))],
    sides,
  };
}

// Entities resolution may have got wrong: similar names of one type kept apart ("T. Delahunt" and
// "Tobias Delahunt", "Ashford Court" and "Ashford County Court"), and one node whose mentions disagree
// on gender or on which part in the case the person plays. Browser-safe.
import type Graph from "graphology";
import { editDistance, fold } from "../query/text.ts";
import type { ReviewItem, ReviewSide } from "./items.ts";
import { labelOf, quotes } from "./quote.ts";

const NAMED_TYPES = new Set(["Person", "Court", "Organization", "Studio", "Film", "Place"]);
/** Words too common in names of courts and organisations to say two are alike. */
const COMMON = new Set(["the", "of", "and", "for", "court", "county", "district", "state", "city", "new", "office", "department", "inc", "ltd", "llc", "company", "group", "film", "films", "studio", "studios", "pictures"]);
/** A block of names sharing a word larger than this is not compared pair by pair (it says too little). */
const MAX_BLOCK = 60;
// (regexes with \p{...}, which tsx's esbuild writes as `new RegExp(...)` made at every use, are made once here)
const NOT_WORD = /[^\p{L}\p{N}\s]/gu;

const words = (label: string) => fold(label).replace(NOT_WORD, " ").split(/\s+/).filter(Boolean);

/** Why two names of one type may be one entity, or null. */
function alike(type: string, a: string[], b: string[]): string | null {
  const ja = a.join(" "), jb = b.join(" ");
  if (ja === jb) return "the same name";
  if (type === "Person") {
    const [short, long] = a.length <= b.length ? [a, b] : [b, a];
    if (short.length === 1 && long.length > 1 && long.at(-1) === short[0]) return "a surname alone, and a full name with it";
    if (a.length > 1 && b.length > 1 && a.at(-1) === b.at(-1)) {
      const fa = a[0]!, fb = b[0]!;
      if ((fa.length === 1 && fb.startsWith(fa)) || (fb.length === 1 && fa.startsWith(fb))) return "an initial and a first name";
      if (editDistance(fa, fb) <= 1 && Math.min(fa.length, fb.length) > 3) return "first names a letter apart";
    }
    if (a.length > 1 && b.length > 1 && a[0] === b[0] && a.length === b.length && editDistance(a.at(-1)!, b.at(-1)!) === 1 && Math.min(a.at(-1)!.length, b.at(-1)!.length) > 3) return "surnames a letter apart";
    return null;
  }
  const sa = a.filter((w) => !COMMON.has(w)), sb = b.filter((w) => !COMMON.has(w));
  if (sa.length && sb.length && (sa.every((w) => sb.includes(w)) || sb.every((w) => sa.includes(w)))) return "one name's words within the other's";
  if (Math.min(ja.length, jb.length) > 6 && editDistance(ja, jb) <= 1) return "names a letter apart";
  return null;
}

/** Pairs of entities of one type whose names are alike, found through shared words (never all pairs). */
export function possibleDuplicates(graph: Graph): ReviewItem[] {
  const blocks = new Map<string, string[]>();
  const nameWords = new Map<string, string[]>();
  graph.forEachNode((key, a) => {
    if (!NAMED_TYPES.has(a.type)) return;
    const w = words(String(a.label));
    if (!w.length) return;
    nameWords.set(key, w);
    const keys = a.type === "Person" ? new Set([w.at(-1)!, w[0]!]) : new Set(w.filter((x) => !COMMON.has(x) && x.length > 2));
    for (const k of keys) {
      const id = `${a.type}\u0000${k}`;
      const block = blocks.get(id);
      if (block) block.push(key); else blocks.set(id, [key]);
    }
  });
  const seen = new Set<string>();
  const items: ReviewItem[] = [];
  for (const [id, members] of blocks) {
    if (members.length < 2 || members.length > MAX_BLOCK) continue;
    const type = id.slice(0, id.indexOf("\u0000"));
    for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) {
      const [x, y] = [members[i]!, members[j]!].sort() as [string, string];
      const pair = `${x}\u0000${y}`;
      if (seen.has(pair)) continue;
      seen.add(pair);
      const why = alike(type, nameWords.get(x)!, nameWords.get(y)!);
      if (!why) continue;
      items.push({
        id: `duplicate:${x}|${y}`, kind: "duplicate", detail: why, score: 70,
        title: `${type} "${labelOf(graph, x)}" and "${labelOf(graph, y)}" may be one: ${why}`,
        nodes: [x, y], sides: [x, y].map((n) => entitySide(graph, n)),
      });
    }
  }
  return items;
}

/** An entity as a side of an item: its label and the first sentences that mention it. */
function entitySide(graph: Graph, node: string): ReviewSide {
  const sentences: string[] = [];
  graph.forEachOutEdge(node, (_e, a, _s, t) => { if (a.type === "MENTIONED_IN" && !sentences.includes(t) && sentences.length < 2) sentences.push(t); });
  return { label: labelOf(graph, node), node, evidence: quotes(graph, sentences) };
}

const FEMALE = /^(?:mrs|ms|miss|lady|dame|madam)\b\.?|\b(?:actress|waitress|chairwoman|spokeswoman|businesswoman|policewoman|congresswoman|mother|wife|daughter|sister|girlfriend)\b/;
const MALE = /^(?:mr|sir|lord)\b\.?|\b(?:chairman|spokesman|businessman|policeman|congressman|father|husband|son|brother|boyfriend)\b/;
/** Parts in one case no one person plays at once, by the relations that give them. */
const PARTS: [string, (type: string, out: boolean) => boolean][] = [
  ["judge", (t, out) => out && t === "PRESIDED_OVER"],
  ["defendant", (t, out) => out && (t === "DEFENDANT_IN" || t === "CHARGED_WITH")],
  ["prosecutor", (t, out) => out && t === "PROSECUTED"],
  ["lawyer", (t, out) => out && t === "REPRESENTS"],
];

/** People whose mentions disagree on gender, or who are given two parts in the case (judge and defendant). */
export function overMerged(graph: Graph): ReviewItem[] {
  const items: ReviewItem[] = [];
  graph.forEachNode((key, a) => {
    if (a.type !== "Person") return;
    const gender = { female: [] as string[], male: [] as string[] };
    graph.forEachOutEdge(key, (_e, e, _s, target) => {
      const text = e.type === "MENTIONED_IN" ? fold(String(e.surface)) : e.type === "HOLDS_ROLE" ? fold(labelOf(graph, target)) : e.type === "RELATED_TO" ? String(e.relation ?? "") : "";
      const where = e.type === "MENTIONED_IN" ? [target] : Array.isArray(e.evidence) ? e.evidence.slice(0, 1) : [];
      if (FEMALE.test(text)) gender.female.push(...where);
      else if (MALE.test(text)) gender.male.push(...where);
    });
    if (gender.female.length && gender.male.length) {
      items.push({
        id: `over_merged:gender:${key}`, kind: "over_merged", detail: "gender", score: 80,
        title: `Person "${labelOf(graph, key)}" is written as a woman and as a man: two people merged?`, nodes: [key],
        sides: (["female", "male"] as const).map((g) => ({ label: g === "female" ? "as a woman" : "as a man", node: key, evidence: quotes(graph, [...new Set(gender[g])].slice(0, 3)) })),
      });
    }
    const parts = new Map<string, { edges: string[]; evidence: string[] }>();
    graph.forEachEdge(key, (edge, e, source) => {
      const part = PARTS.find(([, test]) => test(e.type, source === key))?.[0];
      if (!part) return;
      const p = parts.get(part) ?? { edges: [], evidence: [] };
      p.edges.push(edge);
      p.evidence.push(...(Array.isArray(e.evidence) ? e.evidence : []));
      parts.set(part, p);
    });
    const clash = [...parts.keys()];
    if (clash.length > 1 && !(clash.length === 2 && clash.includes("prosecutor") && clash.includes("lawyer"))) {
      items.push({
        id: `over_merged:part:${key}`, kind: "over_merged", detail: "part", score: 78,
        title: `Person "${labelOf(graph, key)}" is ${clash.join(" and ")}: two people merged, or a misread sentence?`, nodes: [key],
        sides: clash.map((part) => ({ label: `as ${part}`, node: key, edges: parts.get(part)!.edges, evidence: quotes(graph, [...new Set(parts.get(part)!.evidence)].slice(0, 3)) })),
      });
    }
  });
  return items;
}

// Groups: "All five were accused of manslaughter", "the two men were convicted", "Both were
// acquitted", "the couple denied fraud". A number word stands for the people the sentence before
// named (or the nearest of the three before it that names anyone), when it named exactly that many
// (people of the court, who are never among the accused, left aside); then a case rule that reads
// the group reads each of them.
import type { Entity } from "../../types.ts";
import type { Span } from "../engine/match.ts";
import type { Facts } from "../facts.ts";
import type { EntityData, SentenceLayers } from "../layers.ts";
import { numberOf, roleInfo } from "../../lexicon/index.ts";
import type { Token } from "../../nlp/tokens.ts";

/** The nouns a group of accused people goes by: "the five men", "all three defendants". */
const GROUP_NOUNS = /^(?:men|women|people|defendants|accused|co-defendants|codefendants|executives|officers|officials|brothers|sisters|teenagers|friends|filmmakers|crew members|employees|of them)$/;

/** The verbs whose object a bare "the three" may be. */
const VERDICT_VERBS = /^(?:found|convicted|acquitted|cleared|jailed|sentenced|charged|indicted)$/;

/** The group phrases: "all five (men)", "the five (men)", "both (men)", "the two (men)", "the pair", "the couple". */
// (the helpers are module functions, not closures made for every token: this runs at every token of every sentence)
const word = (ts: readonly Token[], k: number) => ts[k]?.lower ?? "";
const nounEnd = (ts: readonly Token[], k: number) => GROUP_NOUNS.test(word(ts, k)) ? k + 1 : GROUP_NOUNS.test(`${word(ts, k)} ${word(ts, k + 1)}`) ? k + 2 : k;
const endsAt = (ts: readonly Token[], k: number, i: number) => !ts[k] || !(ts[k]!.pos === "NOUN" || ts[k]!.pos === "PROPN" || ts[k]!.cap && k > i);

function groupAt(l: SentenceLayers, i: number): { end: number; size: number } | undefined {
  const ts = l.tokens;
  const w = word(ts, i);
  if (w !== "the" && w !== "both" && w !== "all") return undefined;
  const next = word(ts, i + 1);
  if (w === "the" && (next === "pair" || next === "couple" || next === "duo")) return endsAt(ts, i + 2, i) ? { end: i + 2, size: 2 } : undefined;
  if (w === "the" && next === "trio") return endsAt(ts, i + 2, i) ? { end: i + 2, size: 3 } : undefined;
  if (w === "both") {
    const end = nounEnd(ts, i + 1);
    return endsAt(ts, end, i) && (end > i + 1 || ts[i + 1]?.pos === "AUX" || ts[i + 1]?.pos === "VERB") ? { end, size: 2 } : undefined;
  }
  const size = numberOf(next);
  if (size === undefined || size < 2 || size > 12 || /^\d/.test(ts[i + 1]?.text ?? "")) return undefined;
  const end = nounEnd(ts, i + 2);
  // "the five men", "all five" (a bare "the five" before a verb); never "the two counts"
  if (!endsAt(ts, end, i)) return undefined;
  // ("the jury found the three guilty", "the judge convicted the two": a bare "the three" as a verdict's object)
  if (w === "the" && end === i + 2 && !(ts[end]?.pos === "AUX" || ts[end]?.pos === "VERB") && !(VERDICT_VERBS.test(word(ts, i - 1)) && (ts[end]?.pos === "PUNCT" || /^(?:guilty|not|of|on|to|over|in|at|and)$/.test(word(ts, end))))) return undefined;
  return { end, size };
}

/** The people named in a sentence (not by pronoun or description), in order, without the court's own people. */
function namedPeople(l: SentenceLayers, before: number, facts: Facts): Entity[] {
  const out: Entity[] = [];
  for (const s of [...l.spans].sort((a, b) => a.start - b.start)) {
    const d = s.type === "Person" ? s.data as EntityData | undefined : undefined;
    if (!d?.entity || d.pronoun || d.description || d.group || s.end > before) continue;
    if (facts.rolesOf(d.entity).some((r) => roleInfo(r)?.legal)) continue;
    if (!out.includes(d.entity)) out.push(d.entity);
  }
  return out;
}

export function groupReferences(l: SentenceLayers, layers: readonly SentenceLayers[], facts: Facts): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < l.tokens.length; i++) {
    const g = groupAt(l, i);
    if (!g) continue;
    if (l.spans.some((s) => s.type === "Person" && s.start < g.end && i < s.end)) continue;
    // the people named in this sentence before it, else in the nearest of the three before that names anyone
    let members = namedPeople(l, i, facts);
    for (let k = l.sentence.index - 1; !members.length && k >= Math.max(0, l.sentence.index - 3); k--) members = namedPeople(layers[k]!, Infinity, facts);
    // ("The jury cleared all five", paragraphs after "All five were accused": the same number is the same group)
    if (members.length !== g.size) members = earlierGroup(layers, l.sentence.index, g.size) ?? [];
    if (members.length !== g.size) continue;
    out.push({ type: "Person", start: i, end: g.end, data: { entity: members[0]!, description: true, group: members } satisfies EntityData });
    i = g.end - 1;
  }
  return out;
}

/** The people a group phrase of that size stood for in the ten sentences before, if one did. */
function earlierGroup(layers: readonly SentenceLayers[], at: number, size: number): Entity[] | undefined {
  for (let k = at - 1; k >= Math.max(0, at - 10); k--) {
    const found = layers[k]?.spans.find((s) => s.type === "Person" && (s.data as EntityData | undefined)?.group?.length === size);
    if (found) return (found.data as EntityData).group;
  }
  return undefined;
}

// Groups: "All five were accused of manslaughter", "the two men were convicted", "Both were
// acquitted", "the couple denied fraud". A number word stands for the people the sentence before
// named (or the nearest of the three before it that names anyone), when it named exactly that many
// (people of the court, who are never among the accused, left aside); then a case rule that reads
// the group reads each of them.
import type { Entity } from "../../types.ts";
import type { Span } from "../engine/match.ts";
import type { Facts } from "../facts.ts";
import type { EntityData, SentenceLayers } from "../layers.ts";
import { numberOf, roleInfo, TITLES } from "../../lexicon/index.ts";
import type { Token } from "../../nlp/tokens.ts";
import type { Frame } from "../engine/rules.ts";
import { accusedIn, witnessesIn } from "./group-fit.ts";
import { accusedVerbAfter } from "./pronoun-clauses.ts";

/** The nouns a group of accused people goes by: "the five men", "all three defendants". */
const GROUP_NOUNS = /^(?:men|women|people|defendants|appellants|respondents|accused|co-defendants|codefendants|executives|officers|officials|brothers|sisters|teenagers|friends|filmmakers|crew members|employees|of them)$/;

/** Siblings as a group: "the brothers". */
const SIBLINGS = new Set(["brothers", "sisters", "siblings"]);

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
  // ("the brothers", "the sisters": as many as the siblings just named, all of one surname; size 0 until then)
  if (w === "the" && SIBLINGS.has(next) && !ts[i + 2]?.cap) return endsAt(ts, i + 2, i) ? { end: i + 2, size: 0 } : undefined;
  if (w === "both") {
    // ("both the accused", "both the men": the article before the noun)
    const end = next === "the" && nounEnd(ts, i + 2) > i + 2 ? nounEnd(ts, i + 2) : nounEnd(ts, i + 1);
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

/**
 * "They had pleaded not guilty", "The jury cleared them": a plural pronoun as the subject of a defendant's verb, or as
 * the object of a verdict's (or "Their barrister, X, said" opening a sentence), stands for the people one list named in this sentence or the one before, when that list
 * holds everyone the sentence names (people of the court aside): "A and B attacked C. They were charged" is no one.
 */
const THEY_VERBS = /^(?:pleaded|pleads|plead|denied|deny|denies|admitted|admit|admits|face|faced|stood|stand|appeared|went|were|had|have|are|will|would|remain|remained|also|both|all|each|later|each)$/;
/** Counsel words after "their" that open a sentence: "Their barrister, X, said" after "A and B were jailed". */
const THEIR_COUNSEL = /^(?:lawyer|lawyers|barrister|barristers|solicitor|solicitors|counsel|attorney|attorneys|advocate|advocates)$/;
/** The plural nouns that stand for the accused as "they" does, opening a sentence: "The defendants pleaded not guilty". */
const THE_ACCUSED = /^(?:defendants|accused|suspects|appellants)$/;
/** Where a plural pronoun (or "the defendants" opening a sentence) standing for a list of people ends, else 0. */
function pronounAt(l: SentenceLayers, i: number): number {
  const ts = l.tokens;
  const w = word(ts, i);
  if (w === "their") return i === 0 && (THEIR_COUNSEL.test(word(ts, 1)) || /^(?:defence|defense|joint)$/.test(word(ts, 1)) && THEIR_COUNSEL.test(word(ts, 2))) ? i + 1 : 0;
  if (w === "they") return pleads(ts, i + 1) ? i + 1 : 0;
  if (w === "the" && i === 0 && THE_ACCUSED.test(word(ts, 1))) return pleads(ts, 2) ? 2 : 0;
  return w === "them" && VERDICT_VERBS.test(word(ts, i - 1)) ? i + 1 : 0;
}

/** Whether token k is a verb "they" pleads, denies, faces... with (a module function: a closure made at every token cost a context each). */
function pleads(ts: readonly Token[], k: number): boolean {
  return THEY_VERBS.test(word(ts, k)) && (ts[k]!.pos === "AUX" || ts[k]!.pos === "VERB" || ts[k]!.pos === "ADV" || ts[k]!.pos === "DET");
}

/** The people of one list ("A, B and C", "A and his brother B") that holds everyone a sentence names before `before`. */
function listedPeople(l: SentenceLayers, before: number, facts: Facts): Entity[] {
  const people = namedPeople(l, before, facts);
  if (people.length < 2 || people.length > 6) return [];
  const spans = [...l.spans].filter((s) => s.type === "Person" && people.includes((s.data as EntityData).entity) && !(s.data as EntityData).pronoun).sort((a, b) => a.start - b.start);
  // (every name after the first follows the one before across a comma, "and", or a kinship word: "A and his brother B")
  for (let k = 1; k < spans.length; k++) {
    // (past the posts that describe them: "alongside the bank's former head of operations, B, and a businessman, C")
    const gap = described(l, spans[k - 1]!.end, spans[k]!.start);
    // (or "A was arraigned alongside B and C": the ones charged with them)
    // (an age and its commas count for nothing: "A, 31, and his brother B")
    const ok = gap.filter((x) => !/^(?:,|\d{1,3}|\(|\))$/.test(x)).length <= 3 && gap.length <= 8 && gap.every((x) => /^(?:,|and|his|her|their|brother|sister|son|daughter|wife|husband|father|mother|cousin|\d{1,3}|\(|\))$/.test(x)) && gap.some((x) => x === "," || x === "and")
      || k === 1 && gap.length <= 5 && coAccused(gap);
    if (!ok && (spans[k]!.data as EntityData).entity !== (spans[k - 1]!.data as EntityData).entity) return [];
  }
  return people;
}

/** ("A was charged alongside B. He also pleaded not guilty. Their lawyer, X, said": a sentence that names no one but by
 * pronouns of a list's people in the sentence before it passes that list on.) */
function pronounsOfList(l: SentenceLayers, before: SentenceLayers | undefined, facts: Facts): Entity[] {
  const list = before ? listedPeople(before, Infinity, facts) : [];
  const pronouns = l.spans.filter((s) => s.type === "Person" && (s.data as EntityData | undefined)?.pronoun);
  return list.length && pronouns.length && pronouns.every((s) => list.includes((s.data as EntityData).entity)) ? list : [];
}

/** The words from token a to b, without the posts that describe the one named next ("the bank's former head of operations"). */
function described(l: SentenceLayers, a: number, b: number): string[] {
  const ts = l.tokens;
  const out: string[] = [];
  for (let k = a; k < b; k++) {
    const role = l.spans.find((s) => s.type === "Role" && s.start === k && s.end <= b);
    if (role) {
      k = role.end - 1;
      // (and the post's own complement: "a former executive director of the bank, B")
      if (/^(?:of|at)$/.test(ts[k + 1]?.lower ?? "")) while (k + 1 < b && ts[k + 1]!.lower !== "," && ts[k + 1]!.lower !== "and") k++;
      continue;
    }
    if (/^(?:a|an|the)$/.test(ts[k]!.lower)) continue;
    // (an honorific before the name: "a businessman, Mrs. B")
    const title = TITLES.get(ts[k]!.lower);
    if (title && !title.role && k === b - 1) continue;
    // (where they live: "A, 31, of Mill Lane, and B")
    if (/^(?:of|from)$/.test(ts[k]!.lower) && ts[k + 1]?.cap && ts[k - 1]?.lower === ",") { while (ts[k + 1]?.cap && k + 1 < b) k++; continue; }
    // ("the bank's": a body's possessive, never a person's, "A's lawyer, B")
    if (ts[k + 1]?.lower === "'s" && /^(?:a|an|the)$/.test(ts[k - 1]?.lower ?? "")) { k++; continue; }
    out.push(ts[k]!.lower);
  }
  return out;
}

/** "was arraigned alongside", "were charged together with": the words that tie a co-accused to the one named before. */
function coAccused(gap: readonly string[]): boolean {
  const at = gap.findIndex((x, k) => x === "alongside" || (x === "with" && /^(?:together|along)$/.test(gap[k - 1] ?? "")));
  return at > 0 && gap.slice(at + 1).every((x) => x === ",") && /^(?:charged|arraigned|indicted|tried|accused|convicted|acquitted|jailed|sentenced|booked|arrested|prosecuted)$/.test(gap[at - (gap[at] === "with" ? 2 : 1)] ?? "");
}

/**
 * A person's mention over any of tokens [a, b). (A function of its own: a closure over a loop variable, as
 * groupReferences and defendantGroups had, made a context at every token of every sentence.)
 */
function personOver(spans: readonly Span[], a: number, b: number): boolean {
  for (const s of spans) if (s.type === "Person" && s.start < b && a < s.end) return true;
  return false;
}

export function groupReferences(l: SentenceLayers, layers: readonly SentenceLayers[], facts: Facts): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < l.tokens.length; i++) {
    const end = pronounAt(l, i);
    if (end && !personOver(l.spans, i, end)) {
      // (or a group phrase before it there: "All three were convicted of murder. They had pleaded not guilty.")
      const groupIn = (x: SentenceLayers | undefined, before: number) => (x?.spans.filter((s) => s.end <= before && (s.data as EntityData | undefined)?.group).sort((a, b) => b.start - a.start)[0]?.data as EntityData | undefined)?.group ?? [];
      const prev = layers[l.sentence.index - 1];
      const here = listedPeople(l, i, facts);
      let members = here.length ? here : namedPeople(l, i, facts).length ? [] : groupIn(l, i).length ? groupIn(l, i)
        : !prev ? [] : namedPeople(prev, Infinity, facts).length ? listedPeople(prev, Infinity, facts) : groupIn(prev, Infinity).length ? groupIn(prev, Infinity)
        : pronounsOfList(prev, layers[l.sentence.index - 2], facts);
      // ("A and B denied fraud. Auditors C and D gave evidence. The jury convicted them": the accused, as for a group phrase)
      const accusing = VERDICT_VERBS.test(word(l.tokens, i - 1)) || accusedAfter(l.tokens, end);
      if (accusing && members.length && !here.length && !groupIn(l, i).length) members = othersAccused(layers, l.sentence.index, members) ?? members;
      if (members.length) out.push({ type: "Person", start: i, end, data: { entity: members[0]!, description: true, group: members } satisfies EntityData });
      i = end - 1;
      continue;
    }
    const g = groupAt(l, i);
    if (!g) continue;
    if (personOver(l.spans, i, g.end)) continue;
    // the people named in this sentence before it, else in the nearest of the three before that names anyone
    let members = namedPeople(l, i, facts);
    let from = l.sentence.index;
    for (let k = l.sentence.index - 1; !members.length && k >= Math.max(0, l.sentence.index - 3); k--) [members, from] = [namedPeople(layers[k]!, Infinity, facts), k];
    if (g.size === 0) {
      if (members.length >= 2 && new Set(members.map((e) => e.label.split(" ").at(-1))).size === 1) out.push({ type: "Person", start: i, end: g.end, data: { entity: members[0]!, description: true, group: members } satisfies EntityData });
      i = g.end - 1;
      continue;
    }
    // ("The jury cleared all five", paragraphs after "All five were accused": the same number is the same group)
    if (members.length !== g.size) [members, from] = [earlierGroup(layers, l.sentence.index, g.size) ?? [], l.sentence.index];
    // ("the appeals of A, B, C and D were dismissed", paragraphs later "a court had convicted the four")
    if (members.length !== g.size && g.size >= 3) [members, from] = earlierList(layers, l.sentence.index, g.size, facts) ?? [[], from];
    // ("A and B were arrested. A denied it. B said nothing. Both men were convicted": a pair listed before, when no one
    // but the two was named since)
    if (members.length !== g.size && g.size === 2) [members, from] = pairSince(layers, l.sentence.index, i, facts) ?? [[], from];
    if (members.length !== g.size) continue;
    // (but never the people of a sentence before that tells each of them giving evidence: "Cashier A and his manager B
    // gave evidence. The jury convicted both men" is of two others, whom the case frames may tell: defendantGroups)
    if (from !== l.sentence.index && allWitnesses(layers[from]!, members)) continue;
    // (nor, as the accused of a verdict or a charge, people none of whom was told accused, when the sentences before told
    // as many others accused: "A and B denied robbery. Jewellers C and D described the raiders. The jury convicted both
    // men" is A and B)
    const accusing = VERDICT_VERBS.test(word(l.tokens, i - 1)) || accusedAfter(l.tokens, g.end);
    if (accusing && from !== l.sentence.index) members = othersAccused(layers, l.sentence.index, members) ?? members;
    out.push({ type: "Person", start: i, end: g.end, data: { entity: members[0]!, description: true, group: members } satisfies EntityData });
    i = g.end - 1;
  }
  return out;
}

/** Whether a sentence tells each of the people giving evidence (a function of its own: a closure over the loop's `from` made its context at every token). */
function allWitnesses(l: SentenceLayers, people: readonly Entity[]): boolean {
  const witnesses = witnessesIn(l);
  return people.every((e) => witnesses.has(e));
}

/** An accused's own verbs, with no auxiliary: "Both denied fraud", "the pair deny the charges", "both pleaded not guilty". */
const ACCUSED_ACTIVE = /^(?:pleaded|pleads|plead|denied|denies|deny|admitted|admits|admit|faced|faces|face)$/;

/** Whether the words from token k are an accused's verb with the group before them its subject. */
function accusedAfter(ts: readonly Token[], k: number): boolean {
  let v = k;
  while (ts[v]?.pos === "ADV") v++;
  return accusedVerbAfter(ts, k) || ACCUSED_ACTIVE.test(word(ts, v));
}

/** The people the ten sentences before `at` told accused, when they told none of the members so and exactly as many others. */
function othersAccused(layers: readonly SentenceLayers[], at: number, members: readonly Entity[]): Entity[] | undefined {
  const accused = new Set<Entity>();
  for (let k = Math.max(0, at - 10); k < at; k++) for (const e of accusedIn(layers[k]!)) accused.add(e);
  return members.every((e) => !accused.has(e)) && accused.size === members.length ? [...accused] : undefined;
}

/**
 * The people of the nearest list of exactly that many names in the fifteen sentences before (a list, not people
 * named one by one): the defendants an appeal or an arrest listed, told of again after the victim's family.
 */
function earlierList(layers: readonly SentenceLayers[], at: number, size: number, facts: Facts): [Entity[], number] | undefined {
  for (let k = at - 1; k >= Math.max(0, at - 15); k--) {
    const list = layers[k] ? listedPeople(layers[k]!, Infinity, facts) : [];
    if (list.length === size) return [list, k];
  }
  return undefined;
}

/**
 * The two people of the nearest list of two names in the six sentences before, when everyone named since (in this
 * sentence before `before`, too) is one of them, people of the court aside.
 */
function pairSince(layers: readonly SentenceLayers[], at: number, before: number, facts: Facts): [Entity[], number] | undefined {
  if (namedPeople(layers[at]!, before, facts).length > 2) return undefined;
  const since = new Set(namedPeople(layers[at]!, before, facts));
  for (let k = at - 1; k >= Math.max(0, at - 6); k--) {
    const list = layers[k] ? listedPeople(layers[k]!, Infinity, facts) : [];
    if (list.length === 2) return [...since].every((e) => list.includes(e)) ? [list, k] : undefined;
    for (const e of layers[k] ? namedPeople(layers[k]!, Infinity, facts) : []) since.add(e);
    if (since.size > 2) return undefined;
  }
  return undefined;
}

/** The people a group phrase of that size stood for in the ten sentences before, if one did. */
function earlierGroup(layers: readonly SentenceLayers[], at: number, size: number): Entity[] | undefined {
  for (let k = at - 1; k >= Math.max(0, at - 10); k--) {
    const found = layers[k]?.spans.find((s) => s.type === "Person" && (s.data as EntityData | undefined)?.group?.length === size);
    if (found) return (found.data as EntityData).group;
  }
  return undefined;
}

/** The frames that make someone a defendant: charged, tried, convicted or acquitted, pleading. */
const CASE_FRAMES = new Set(["charge", "verdict", "plea", "trial", "sentence"]);

/** The defendants of the case frames of the ten sentences before `at`, in the order the article first told of them. */
function defendantsBefore(frames: readonly Frame[], at: number): Entity[] {
  const out: Entity[] = [];
  const told = frames.filter((f) => f.sentence < at && f.sentence >= at - 10 && CASE_FRAMES.has(f.frame)).sort((a, b) => a.sentence - b.sentence || a.start - b.start);
  for (const f of told) for (const s of f.slots.get("defendant") ?? []) {
    const d = s.type === "Person" ? s.data as EntityData | undefined : undefined;
    for (const e of d?.group ?? (d?.entity ? [d.entity] : [])) if (!out.includes(e)) out.push(e);
  }
  return out;
}

/**
 * After the case frames are read: "Dale was convicted of murder. His brother, Kent, was convicted of assault. Their
 * friend, Lyle, was acquitted. All three had been charged with murder. They pleaded not guilty." A group phrase no
 * list before it explains stands for the defendants the sentences before it told of, when there are exactly that
 * many; a plural pronoun right after it stands for the same people. Returns the new spans by sentence.
 */
export function defendantGroups(layers: readonly SentenceLayers[], frames: readonly Frame[], facts: Facts): Map<number, Span[]> {
  const out = new Map<number, Span[]>();
  for (const l of layers) {
    const at = l.sentence.index;
    for (let i = 0; i < l.tokens.length; i++) {
      const g = groupAt(l, i);
      if (!g || !g.size || personOver(l.spans, i, g.end)) continue;
      const members = defendantsBefore(frames, at).filter((e) => !facts.rolesOf(e).some((r) => roleInfo(r)?.legal));
      if (members.length !== g.size) continue;
      out.set(at, [...out.get(at) ?? [], { type: "Person", start: i, end: g.end, data: { entity: members[0]!, description: true, group: members } satisfies EntityData }]);
      // ("They had pleaded not guilty.": the sentence after, when it names no one itself)
      const next = layers[at + 1];
      if (!next || namedPeople(next, Infinity, facts).length) continue;
      for (let k = 0; k < next.tokens.length; k++) {
        const end = pronounAt(next, k);
        if (!end || personOver(next.spans, k, end)) continue;
        out.set(at + 1, [...out.get(at + 1) ?? [], { type: "Person", start: k, end, data: { entity: members[0]!, description: true, group: members } satisfies EntityData }]);
        break;
      }
      i = g.end - 1;
    }
  }
  return out;
}

// What a case frame's clause tells of its parties and charges, read for the events stage (events.ts): whom an
// offence was against and whom it is charged to, charge phrases told before a verb, a victim's name read as a
// subject, relative and "whose" clauses, object pronouns, and a verdict given by a body that is no court.
import type { Entity } from "../../types.ts";
import type { Frame } from "../engine/rules.ts";
import type { Span } from "../engine/match.ts";
import type { EntityData, SentenceLayers } from "../layers.ts";
import type { ChargeData } from "../spans/charges.ts";
import { modalityAllows } from "../engine/modality.ts";
import { OFFENCE_VERBS } from "../../lexicon/index.ts";

/** The words before a charge phrase that make it the defendant's own: "pleaded guilty to", "faces", "denied". */
const DEFENDANT_PREDICATE = /^(?:to|with|of|on|for|over|faces|faced|face|facing|denied|denies|deny|denying|admitted|admits|admit|admitting)$/;
export const CASE_NOUNS = /^(?:charge|charges|count|counts|case|cases|indictment|indictments|prosecution|proceedings)$/;

/**
 * "a rape charge against X", "the counts against X": X is accused. "two counts of assault by beating
 * against X", "violence against X": the offence was done to X, who is its complainant, never its
 * defendant. Splits a frame's defendants into the accused and those an offence was against.
 */
export function offenceAgainst(l: SentenceLayers, f: Frame, accusedElsewhere: ReadonlySet<Entity>): [Span[], Span[], boolean] {
  const accused: Span[] = [], against: Span[] = [];
  let unmade = false;
  const charges = f.slots.get("charges") ?? [];
  for (const d of f.slots.get("defendant") ?? []) {
    // (past the role that describes the one named: "assault against former model X")
    const at = describedFrom(l, d.start);
    const before = l.tokens[at - 1];
    const offence = before && /^(?:against|on|upon)$/.test(before.lower) && charges.find((c) => c.end === at - 1);
    // ("a charge of assault against X was withdrawn", "charges of fraud and forgery against X": a charge "of"
    // offences, first in the list, is against its accused where it was made, or where X is accused elsewhere
    // in the article: "could not agree on a further charge of fraud against X", X convicted in the lede)
    const nounFirst = !!offence && !!charges[0] && chargeNounFirst(l, charges[0]);
    const made = nounFirst && chargeMade(l, charges[0]!);
    const accusedOne = nounFirst && (made || accusedElsewhere.has((d.data as EntityData | undefined)?.entity as Entity) && !mayBring(l, charges[0]!));
    // ("declined to file charges of arson against X", "evidence could support additional charges of fraud against him": a
    // charge no one made is against its would-be accused, who is no complainant of it; the frame then tells nothing)
    if (nounFirst && !made && !accusedOne && !DEFENDANT_PREDICATE.test(l.tokens[charges[0]!.start - 1]?.lower ?? "")) unmade = true;
    else if (offence && !accusedOne && !CASE_NOUNS.test(l.tokens[offence.end - 1]!.lower)) against.push(d);
    else accused.push(d);
  }
  return [accused, against, unmade];
}

/** Where the description before a name begins: "former model X", "the dance teacher X" (a role, with its article). */
export function describedFrom(l: SentenceLayers, start: number): number {
  const role = l.spans.find((s) => s.type === "Role" && s.end === start);
  if (!role) return start;
  return /^(?:a|an|the)$/.test(l.tokens[role.start - 1]?.lower ?? "") ? role.start - 1 : role.start;
}

/** "could support charges of X against him", "may bring a charge of ...": a charge a modal says may come, not one made. */
function mayBring(l: SentenceLayers, s: Span): boolean {
  for (let k = Math.max(0, s.start - 4); k < s.start; k++) if (/^(?:could|may|might|would|should|can)$/.test(l.tokens[k]!.lower) && l.tokens[k + 1]?.lower !== "not") return true;
  return false;
}

/**
 * Whether a charge phrase was made against the one after it: "a charge of assault against X was withdrawn",
 * "dropped charges of fraud against X". Governed by a defendant's own predicate ("pleaded guilty to a charge
 * of assault against X", "faces a charge of ...") or a negation or hedge, X is the complainant.
 */
function chargeMade(l: SentenceLayers, s: Span): boolean {
  if (DEFENDANT_PREDICATE.test(l.tokens[s.start - 1]?.lower ?? "")) return false;
  // ("declined to file charges of fraud against X", "may bring a charge of ...": no charge was made)
  return modalityAllows(l.tokens, { start: s.start, end: s.end, anchor: s.start, captures: new Map(), consumed: new Set() }, "factual");
}

/** Whether a charge phrase opens on its charge noun: "a further charge of fraud", "charges of theft", "a case of cheating" (an Indian police case). */
function chargeNounFirst(l: SentenceLayers, s: Span): boolean {
  let k = s.start;
  while (k < s.end && /^(?:a|an|the|one|single|new|fresh|further|separate|lesser|additional|other|more)$/.test(l.tokens[k]!.lower)) k++;
  return /^(?:charge|charges|count|counts|case|cases)$/.test(l.tokens[k]?.lower ?? "") && l.tokens[k + 1]?.lower === "of";
}

/** The longest charge phrases that end before token `before`, not overlapping one another. */
export function earlierCharges(l: SentenceLayers, before: number): Span[] {
  const spans = l.spans.filter((s) => s.type === "Charge" && s.end <= before && !(s.data as ChargeData).anaphor).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of spans) if (!out.some((o) => o.start < s.end && s.start < o.end)) out.push(s);
  return out;
}

/** The offence named last before token `before` of sentence `sentence`, in it or the two sentences before. */
export function nearbyCharge(layers: readonly SentenceLayers[], sentence: number, before: number): Span | undefined {
  for (let k = sentence; k >= Math.max(0, sentence - 2); k--) {
    const l = layers[k]!;
    // a listed offence ("involuntary manslaughter"), not a description ("his alleged assault of ...")
    const found = earlierCharges(l, k === sentence ? before : l.tokens.length).filter((c) => (c.data as ChargeData).offence && (c.data as ChargeData).family && c.end - c.start <= 4);
    if (found.length) return found[found.length - 1];
  }
  return undefined;
}

/**
 * "A police officer who murdered Sara Ebbett has been jailed": a name that opens a match right after a verb of
 * offence is that verb's object (its victim), never the subject of the verb after it.
 */
export function objectOfDeed(l: SentenceLayers, f: Frame, s: Span): boolean {
  const before = l.tokens[s.start - 1];
  return s.start === f.start && !!before && before.pos === "VERB" && !!OFFENCE_VERBS.get(before.lower) && !relativeSubject(l, f, s);
}

/** "... for killing Y, 58, who was previously convicted of robbery": the verb of a relative clause set right after the name is told of that name. */
function relativeSubject(l: SentenceLayers, f: Frame, s: Span): boolean {
  let k = s.end;
  if (l.tokens[k]?.lower === ",") k++;
  if (/^\d{1,3}$/.test(l.tokens[k]?.text ?? "") && l.tokens[k + 1]?.lower === ",") k += 2;
  return l.tokens[k]?.lower === "who" && f.anchor > k && l.tokens.slice(k + 1, f.anchor).every((t) => t.text !== ",");
}

/**
 * "Kitto's co-accused, Y, whose charge of assault was stayed last year, did not testify": a charge or an outcome told
 * in a "whose" clause is the named person's the clause opens after, not that of the sentence's other people.
 */
export function whoseOwner(l: SentenceLayers, f: Frame): Span | undefined {
  const at = f.anchor >= 0 ? f.anchor : f.start;
  const w = l.tokens.findIndex((t, k) => k >= f.start - 1 && k < at && t.lower === "whose");
  if (w < 0 || l.tokens.slice(w + 1, at).some((t) => t.text === "," || t.lower === "who")) return undefined;
  const end = l.tokens[w - 1]?.lower === "," ? w - 1 : w;
  return l.spans.find((s) => s.type === "Person" && s.end === end && !(s.data as EntityData | undefined)?.pronoun);
}

/**
 * "and the driver, who was with him, was charged with affray": an object pronoun before the verb is no one's subject
 * (but "charges of theft against him were dropped" names him as the one they were against).
 */
export const objectPronounSubject = (l: SentenceLayers, f: Frame, s: Span) => s.end === s.start + 1 && s.end <= f.anchor && OBJECT_PRONOUNS.test(l.tokens[s.start]?.lower ?? "") &&
  (l.tokens[s.end]?.lower === "," || l.tokens[s.end]?.pos === "AUX") && l.tokens[s.start - 1]?.lower !== "against";
const OBJECT_PRONOUNS = /^(?:him|them|whom)$/;

/**
 * "A, 29, had denied murdering B, 52, who was found dead": someone named between a victim frame's
 * victim and its verb is the one the verb is told of; the frame is then misread and says nothing.
 */
export function victimOvertaken(l: SentenceLayers, f: Frame): boolean {
  const victims = f.slots.get("victim") ?? [];
  if (f.frame !== "victim" || !victims.length || f.anchor < 0 || victims.some((v) => v.end > f.anchor)) return false;
  const last = Math.max(...victims.map((v) => v.end));
  return l.spans.some((s) => s.type === "Person" && s.start >= last && s.end <= f.anchor && !(s.data as EntityData).description);
}

/** "X, who was convicted by a jury in 2022": whether the token at `k` is the verb of a relative clause ("who" and auxiliaries before it). */
export function relativeClause(l: SentenceLayers, k: number): boolean {
  let i = k - 1;
  while (i >= 0 && RELATIVE_AUX.test(l.tokens[i]!.lower)) i--;
  return i >= 0 && i < k - 1 && /^(?:who|whom)$/.test(l.tokens[i]!.lower);
}
const RELATIVE_AUX = /^(?:was|were|is|are|had|has|have|been|also|later|first|originally|eventually|wrongly|subsequently|found)$/;

/** Bodies that clear someone outside a court: "cleared by an internal inquiry", "exonerated by the regulator". */
const NON_COURT = /^(?:inquiry|inquiries|investigation|investigations|review|reviews|probe|probes|panel|watchdog|regulator|board|committee|audit|report|police|employer|club|federation|association|commission|council|ombudsman|hearing|tribunal|body)$/;

const COURTISH = /^(?:court|jury|judge|judges|magistrate|magistrates|justice|justices|appeal|appeals|appellate|criminal|war)$/;

/** Whether the verdict word at `k` ("cleared", "found") is said of a body that is no court: "cleared by an internal council inquiry". */
export function clearedOutOfCourt(l: SentenceLayers, k: number): boolean {
  const ts = l.tokens;
  if (k < 0 || !/^(?:cleared|exonerated|absolved|vindicated|found)$/.test(ts[k]?.lower ?? "")) return false;
  for (let i = k + 1; i < Math.min(ts.length, k + 14) && !/^[.;]$/.test(ts[i]!.text); i++) {
    if (ts[i]!.lower !== "by") continue;
    for (let j = i + 1; j < Math.min(ts.length, i + 6); j++) {
      if (NON_COURT.test(ts[j]!.lower)) return !ts.slice(i + 1, j).some((t) => COURTISH.test(t.lower));
      if (COURTISH.test(ts[j]!.lower) || /^[.,;]$/.test(ts[j]!.text)) return false;
    }
    return false;
  }
  return false;
}

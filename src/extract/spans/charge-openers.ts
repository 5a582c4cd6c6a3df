// Words that open an offence's name where no listed word does (and the words of a quantity, a range or a kind
// before one): a participle before an offence's head
// ("qualified theft"), any gerund with its object ("uttering threats"), and the test for a person
// named after a description ("security guard Ben Harlow"), whom an offence's name never includes.
import type { Token } from "../../nlp/tokens.ts";
import { KINSHIP, NOT_GERUNDS, OFFENCE_FORMS, OFFENCE_GERUNDS, OFFENCE_HEADS, PERSON_NOUNS } from "../../lexicon/index.ts";

/** "charges ranging from burglary to affray": the words that open a range of offences. */
export const RANGING = /^(?:ranging|range|varying)$/;
/** "a string of sexual offences", "a raft of fraud charges": a quantity, no part of the offence. */
export const QUANTITY = /^(?:series|number|string|raft|host|slew|litany|couple|variety|range)$/;
/** "drug-related offences", "gang-linked charges": a kind of offence the tagger may read as a verb. */
export const KIND_WORD = /^[a-z]+-(?:related|linked|based|motivated)$/;

/**
 * The words [a, b) name a kind of offence, no offence itself ("sexual", "child sex", "firearms", "drug-related"):
 * "sexual offences" keeps its noun, "fraud offences" is "fraud". `listed`: the words are a listed offence.
 */
export function kindOnly(ts: readonly Token[], a: number, b: number, listed: boolean): boolean {
  const t = ts[b - 1]!;
  return b > a && !OFFENCE_HEADS.has(t.lower) && !OFFENCE_HEADS.has(t.lemma) && !OFFENCE_GERUNDS.has(t.lower) && !/ing$/.test(t.lower) && !listed && !OFFENCE_FORMS.get(t.lower);
}

/** Verbs that govern an offence, never modify one. */
const PREDICATES = /^(?:admitted|denied|accused|charged|convicted|acquitted|cleared|pleaded|jailed|sentenced|indicted|arrested|suspected)$/;

/**
 * "qualified theft", "impaired driving causing bodily harm": a participle the tagger reads as a verb,
 * right before an offence's head, modifies it (not after a subject, where it is the verb).
 */

export function participleBefore(ts: readonly Token[], i: number): boolean {
  const t = ts[i]!, next = ts[i + 1];
  // ("The Ombudsman filed plunder charges": after its subject, it is the sentence's verb)
  if (/^(?:NOUN|PROPN|PRON)$/.test(ts[i - 1]?.pos ?? "")) return false;
  // ("X, 41, admitted causing death by ...", "had denied murdering": the verb of a plea or a charge before its offence)
  if (PREDICATES.test(t.lower)) return false;
  return t.pos === "VERB" && /^[a-z]{3,}ed$/.test(t.text) && !!next && (OFFENCE_HEADS.has(next.lower) || OFFENCE_HEADS.has(next.lemma) || !!OFFENCE_FORMS.longest(ts, i + 1));
}

/**
 * "uttering threats", "committing an indecent act": any gerund with its object may name an offence. No
 * listed word shows that it is one, so the phrase is ChargeLike: a charge only where a strong predicate
 * governs it, and in a list only after "and" or "or" ("convicted of fraud, sending shares tumbling" is none).
 */
export function gerundWithObject(ts: readonly Token[], i: number): boolean {
  const t = ts[i]!, next = ts[i + 1];
  if (!(t.pos === "VERB" && /^[a-z]{3,}ing$/.test(t.text) && next && /^[a-z]/.test(next.text)) || NOT_GERUNDS.has(t.lower)) return false;
  // ("they were joining a game": a verb in the progressive, not an offence's name)
  if (ts[i - 1]?.pos === "AUX") return false;
  let k = i + 1;
  if (/^(?:a|an)$/.test(next.lower) || next.pos === "ADJ") k++;
  // ("breaching a restraining order": a participle before the object's noun modifies it)
  if (ts[k]?.pos === "VERB" && /^[a-z]{3,}(?:ing|ed)$/.test(ts[k]!.text) && ts[k + 1]?.pos === "NOUN" && /^[a-z]/.test(ts[k + 1]!.text)) k++;
  const object = ts[k];
  if (!object || !/^[a-z]/.test(object.text) || object.pos !== "NOUN" && object.pos !== "ADJ") return false;
  // "shoving production assistant Lena Udeh", "hitting a man": done to a person, whom the offence names
  // only as a listed offence or an offence verb does ("assaulting an emergency worker", "raping X")
  let e = k;
  while (ts[e] && /^[a-z]/.test(ts[e]!.text) && (ts[e]!.pos === "NOUN" || ts[e]!.pos === "ADJ")) e++;
  const head = ts[e - 1]!;
  return !(ts[e]?.cap && ts[e]!.pos === "PROPN") && !PERSON_NOUNS.has(head.lemma) && !KINSHIP.has(head.lower);
}

/** One to three lower-case nouns from `k`, then a name: "concert-goers Kyle Rand", "security guard Ben Harlow". */
export function describesNamed(ts: readonly Token[], k: number): boolean {
  let e = k;
  // (and an age or a like description: "the murder of 17-year-old Tyler X", "of teenage schoolboy Y")
  while (e < k + 3 && ts[e] && (ts[e]!.pos === "NOUN" || ts[e]!.pos === "ADJ") && /^(?:[a-z]|\d+-year-old$)/.test(ts[e]!.text)) e++;
  return e > k && !!ts[e] && ts[e]!.cap && ts[e]!.pos === "PROPN";
}

/**
 * Where a statute's citation from `k` ends, a section's number with or without the statute: "section 2 of the Criminal
 * Damage Act 1991", "sections 420 and 468 of the Indian Penal Code", "Section 302 of the IPC", "section 42 of the 1961
 * Act", "section 201", "the Theft Act 1968"; else 0.
 */
export function citationEnd(ts: readonly Token[], k: number): number {
  const number = (i: number) => /^\d+[a-z]?$/i.test(ts[i]?.text ?? "");
  let e = k;
  if (SECTION.test(ts[e]?.lower ?? "")) {
    if (!number(++e)) return 0;
    e++;
    for (;;) {
      // ("53(1)", "420 and 468", "302/34")
      if (ts[e]?.lower === "(" && ts[e + 2]?.lower === ")" && /^(?:\d+|[a-z])$/i.test(ts[e + 1]!.text)) e += 3;
      else if (/^(?:,|and|or|\/)$/.test(ts[e]?.lower ?? "") && number(e + 1)) e += 2;
      else break;
    }
    if (ts[e]?.lower !== "of") return e;
    e++;
  }
  const named = actEnd(ts, e);
  // ("under the Judicature Act and the Contempt of Court Act 2019")
  if (named) return ts[named]?.lower === "and" && actEnd(ts, named + 1) || named;
  const f = ts[e]?.lower === "the" ? e + 1 : e;
  // ("of the 1961 Act", "of the IPC")
  if (/^\d{4}$/.test(ts[f]?.text ?? "") && /^(?:act|code|law)$/i.test(ts[f + 1]?.text ?? "")) return f + 2;
  if (f > k && /^[A-Z]{2,6}$/.test(ts[f]?.text ?? "")) return f + 1;
  return 0;
}
const SECTION = /^(?:section|sections|sec|sec\.|s\.|article|articles)$/;

/**
 * Where a statute's name from `k` ends, with its small words and a bracketed part: "the Offences Against the Person Act
 * 1861", "the Criminal Justice (Theft and Fraud Offences) Act 2001"; else 0.
 */
function actEnd(ts: readonly Token[], k: number): number {
  let e = ts[k]?.lower === "the" ? k + 1 : k;
  const first = e;
  for (;;) {
    if (ts[e]?.cap) e++;
    else if (e > first && /^(?:of|and|the|for|on|against)$/.test(ts[e]?.lower ?? "") && ts[e + 1]?.cap) e++;
    else if (e > first && ts[e]?.lower === "(") {
      let c = e + 1;
      while (c < e + 7 && ts[c] && (ts[c]!.cap || /^(?:of|and|the)$/.test(ts[c]!.lower))) c++;
      if (ts[c]?.lower !== ")" || c === e + 1) break;
      e = c + 1;
    } else break;
  }
  if (e === first || !/^(?:act|code|law|ordinance|decree)$/i.test(ts[e - 1]!.text)) return 0;
  return /^\d+$/.test(ts[e]?.text ?? "") ? e + 1 : e;
}

/** Where a statute's name from `k` ends ("Republic Act 9165", "the Prevention of Corruption Act"), else 0. */
export function statuteEnd(ts: readonly Token[], k: number): number {
  let e = k;
  if (ts[e]?.lower === "the") e++;
  const first = e;
  while (ts[e] && (ts[e]!.cap || (/^(?:of|and)$/.test(ts[e]!.lower) && ts[e + 1]?.cap))) e++;
  if (e === first || !/^(?:act|code|law|ordinance|decree)$/i.test(ts[e - 1]!.text)) return 0;
  return /^\d+$/.test(ts[e]?.text ?? "") ? e + 1 : e;
}

/**
 * "being an accessory after the fact", "being concerned in the supply of a drug": where the offence's words begin
 * after "being" (`body`), and where its name does ("being a" is none of it; "being concerned" is).
 */
export function beingOpens(ts: readonly Token[], i: number): { body: number; name: number } | undefined {
  if (ts[i]!.lower !== "being" || !ts[i + 1]) return undefined;
  if (/^(?:a|an)$/.test(ts[i + 1]!.lower)) return ts[i + 2] && /^[a-z]/.test(ts[i + 2]!.text) ? { body: i + 2, name: i + 2 } : undefined;
  return /^[a-z]/.test(ts[i + 1]!.text) && (ts[i + 1]!.pos === "ADJ" || /ed$/.test(ts[i + 1]!.lower)) ? { body: i + 1, name: i } : undefined;
}

// Verdicts read without their verb ("X guilty of Y"): a headline's, or a past "found" the tagger took for a noun.
// Whether such a reading is the named person's verdict, never another verb's object ("will need weeks to find X guilty").
import type { Frame } from "../engine/rules.ts";
import type { Span } from "../engine/match.ts";
import type { SentenceLayers } from "../layers.ts";
import { personish } from "../spans/charge-describe.ts";

/** Whether a verbless verdict's clause opens at `k`: the sentence's start, a punctuation mark, or "found" ("the jury found X guilty of"). */
function opensAt(l: SentenceLayers, k: number): boolean {
  return k === 0 || /^(?:found|finds)$|^\p{P}$/u.test(l.tokens[k - 1]!.lower);
}

/**
 * Where the bare description before a name begins: "Former nurse X", "Kenyan businessman X", "Ex-mayor X" (adjectives
 * and nouns only). A verb, a preposition or a relative word ends it: in "Man who attacked X guilty of assault" X is
 * no defendant.
 */
function bareDescriptionFrom(l: SentenceLayers, start: number): number {
  let k = start;
  while (k > 0 && /^(?:ADJ|NOUN|PROPN)$/.test(l.tokens[k - 1]!.pos) && !/^(?:who|that|which|whose)$/.test(l.tokens[k - 1]!.lower)) k--;
  return k;
}

/** A charge phrase that tells a deed done to a person, not an offence's name: "attacking ex-girlfriend", "hitting his wife". */
function tellsDeed(l: SentenceLayers, c: Span): boolean {
  const first = l.tokens[c.start]!;
  return first.pos === "VERB" && first.lower.endsWith("ing") && l.tokens.slice(c.start + 1, c.end).some(personish);
}

/**
 * Whether a verbless verdict is the one its clause tells: the name opens the clause, or a bare description of the
 * person does ("Former nurse X guilty of manslaughter") where its charges name offences, not deeds ("TV chef X GUILTY
 * of attacking ex-girlfriend": the charge is named later).
 */
export function verblessVerdictStands(l: SentenceLayers, f: Frame): boolean {
  if (opensAt(l, f.start)) return true;
  return opensAt(l, bareDescriptionFrom(l, f.start)) && !(f.slots.get("charges") ?? []).some((c) => tellsDeed(l, c));
}

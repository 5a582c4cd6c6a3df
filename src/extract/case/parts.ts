// Which case each sentence tells, as far as the article says so itself. A sentence that opens
// "Separately," or "In an unrelated case," begins a new part, and what was told in a part before it
// (a death, a magistrate at a bail hearing) is not of the case the new part tells; a sentence that
// names "a similar case" or "an earlier trial" tells another case than the article's; one about a
// first appearance or bail tells a hearing before the trial.
import type { Mention } from "../../types.ts";
import type { SentenceLayers } from "../layers.ts";
import { NEW_CASE_OPENERS } from "../../lexicon/index.ts";
import type { Token } from "../../nlp/tokens.ts";

/** Words that say a sentence tells a case other than the article's: "in a similar case", "in an unrelated trial". */
const OTHER_CASE = /\b(?:similar|separate|unrelated|another|earlier|previous|prior|different|comparable|landmark) (?:case|cases|trial|trials|prosecution)\b/i;
/** Words of a hearing before the trial: "first appeared before", "refused bail", "at his arraignment", a coming
 * appearance ("will appear at X Magistrates' Court on Monday", "will face X Court next month", "is due in court"). */
const FIRST_HEARING = /\b(?:first appeared|first appearance|appeared before|bail|arraign(?:ed|ment)|committed (?:him|her|them|the case) (?:for|to) trial|preliminary hearing|on petition|(?:will|is due to|are due to) (?:next )?(?:appear|face)|(?:is|are) due (?:in|before|at|back in)|next appearance)\b/i;
/** Bail or a remand until a sentencing: the trial's judge after its verdict ("remanded him on bail to be sentenced in November"). */
const AWAITING_SENTENCE = /\b(?:to be sentenced|pending sentenc\w*|until (?:his |her |their )?sentenc\w*|for sentencing|ahead of (?:his |her |their )?sentencing)\b/i;
/** A motion to a court, not a trial: "the High Court granted him bail", "a writ petition", "will challenge the order". */
const MOTION = /\b(?:bail|petitions?|writ|quash(?:ed|ing)?|applications?|challeng(?:e|ed|ing)|appeals?|appellate|stay|revision|anticipatory|remand(?:ed)?)\b/i;

/** Where a sentence goes on after an opener that turns to another case ("Separately,", "In an unrelated case,"), else 0. */
export function newCaseOpener(ts: readonly Token[]): number {
  const words = NEW_CASE_OPENERS.find((w) => w.every((x, k) => ts[k]?.lower === x) && ts[w.length]?.lower === ",");
  return words ? words.length + 1 : 0;
}

export interface CaseParts {
  /** The part of the article a sentence is in: 0 until the first turn to another case. */
  partOf(sentence: number): number;
  /** The sentence says it tells another case ("In a similar case in 2015, Judge Y jailed ..."). */
  tellsOtherCase(sentence: number): boolean;
  /** The sentence tells a hearing before the trial ("She first appeared before District Judge X"). */
  atHearing(sentence: number): boolean;
  /** The sentence tells a motion to a court, not a trial: bail, a petition, a writ, an appeal ("the High Court granted him bail"). */
  motion(sentence: number): boolean;
  /** The mention names a court as a place, where something happened: "shot him near the City Courts", "outside the court". */
  asPlace(m: Mention): boolean;
  /** The article tells of a jury or jurors (who sit only at a trial). */
  juried: boolean;
}

/** Words that tell where something happened, by a building: "near the City Courts", "outside the High Court". */
const BY_A_BUILDING = /^(?:near|outside|opposite|behind|beside|nearby|around)$/;

export function caseParts(layers: readonly SentenceLayers[]): CaseParts {
  const turns: number[] = [];
  const other = new Set<number>(), hearing = new Set<number>(), motion = new Set<number>();
  let juried = false;
  for (const l of layers) {
    const ts = l.tokens, i = l.sentence.index;
    juried ||= ts.some((t) => t.lower === "jury" || t.lower === "jurors" || t.lower === "juror");
    if (newCaseOpener(ts) > 0) turns.push(i);
    if (OTHER_CASE.test(l.sentence.text)) other.add(i);
    if (FIRST_HEARING.test(l.sentence.text) && !AWAITING_SENTENCE.test(l.sentence.text)) hearing.add(i);
    if (MOTION.test(l.sentence.text)) motion.add(i);
  }
  return {
    partOf: (sentence) => turns.filter((t) => t <= sentence).length,
    tellsOtherCase: (sentence) => other.has(sentence),
    atHearing: (sentence) => hearing.has(sentence),
    motion: (sentence) => motion.has(sentence),
    asPlace: (m) => {
      const ts = layers[m.sentence]?.tokens ?? [];
      let k = ts.findIndex((t) => t.start === m.start) - 1;
      if (ts[k]?.lower === "the") k--;
      return k >= 0 && BY_A_BUILDING.test(ts[k]!.lower);
    },
    juried,
  };
}

/** An article read as one case throughout (for callers that have no layers). */
export const ONE_CASE: CaseParts = { partOf: () => 0, tellsOtherCase: () => false, atHearing: () => false, motion: () => false, asPlace: () => false, juried: false };

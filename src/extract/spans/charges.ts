// Charge phrases: the offence a charge predicate governs, as a noun or gerund phrase read
// from the tags ("filing false income tax returns", "possession of a controlled substance with
// intent to supply", "causing death by dangerous driving"), with a count before it ("five counts
// of") or after it ("two bank fraud counts"). Any offence, not only the listed ones: where no
// listed word shows it is an offence, a count or a strong predicate must (the rules decide).
import type { Token } from "../../nlp/tokens.ts";
import type { Span } from "../engine/match.ts";
import { beingOpens, describesNamed, gerundWithObject, KIND_WORD, kindOnly, participleBefore, QUANTITY, RANGING, statuteEnd } from "./charge-openers.ts";
import { moneyEnd } from "./amounts.ts";
import { Tails, text } from "./charge-text.ts";
import { ENDS_AFTER, INNER_ADP } from "./charge-ends.ts";
import { BREACH_VERBS, EVENT_OPENERS, OBJECT_VERBS, PARTY_NOUNS } from "./charge-words.ts";
import { DETERMINERS, EVENT_NOUNS, GRADE, HISTORY, hyphenOffence, INCHOATE, inSum, LISTED_WORDS, NUMBERED_ORDINAL, ORDINAL_WORD, VERDICT_NOUNS, CLAUSE_OPENS, DAYS_NAMED, FOR_AGAINST_AS, FUNCTION_WORDS, HYPOTHETICAL, OUTCOME_AFTER_DASH, PARTICLES, PERSON_WORDS, STATUTE_PARTS, STOP_POS, VERDICT_WORDS, WHEN_OPENS, WHEN_UNITS } from "./charge-words.ts";
import { ANAPHOR, ANAPHOR_ENDS, ANAPHOR_LENGTHS, ANAPHOR_OPENS, oneMore, OTHERS, PLURAL_ANAPHOR, SAME_PLURAL } from "./charge-anaphors.ts";
import {
  BREACH_GERUNDS, GENERIC_CHARGES, JOINED_WORDS, KINSHIP, NOT_OFFENCES, OFFENCE_FORMS, OFFENCE_VERBS, PERSON_NOUNS, OFFENCE_GERUNDS, OFFENCE_HEADS, OFFENCE_MODIFIERS, numberOf,
  MONTHS, WEEKDAYS,
} from "../../lexicon/index.ts";

export interface ChargeData {
  /** The offence as written, without count or determiner: "bank fraud". */
  label: string;
  /**
   * What joins mentions of one offence: the listed form it names ("forcible oral copulation"), else the
   * label. Distinct offences of one kind ("bank fraud", "tax fraud") are distinct charges.
   */
  family: string;
  /** The kind of offence ("fraud", "sexual assault"): a bare "the fraud charge" joins the one fraud charge told. */
  broad?: string;
  /** How many counts the phrase names, if it says. */
  count?: number;
  /** "further", "other", "remaining", "additional": counts beside others already named. */
  further?: boolean;
  /** A listed form or offence word shows it is an offence, not only the predicate. */
  offence: boolean;
  /** "count five": the number of a count named earlier. */
  numbered?: number;
  /** "the same charge", "that count": the offence named before; "those counts": the counts named before in the sentence. */
  anaphor?: boolean | "plural" | "other" | "same";
  /** "his fraud conviction": an outcome's, of whomever the pronoun stands for. */
  owned?: boolean;
  /** "raping Mina Sollo", "the murder of Ana Ruiz": the complainant named with the offence (an entity). */
  victim?: unknown;
  /** "who raped and murdered X": an offence told by what the defendant did, which marks the charges of it and makes none. */
  deed?: boolean;
}


/** "an eight-count charge", "a 12-count indictment": how many counts a charge sheet holds. */
const COUNT_SIZE = /^(?:\d+|[a-z]+)-counts?$/;
const COUNT_NOUNS = new Set(["count", "counts", "charge", "charges", "offence", "offences", "offense", "offenses"]);
const FURTHER = new Set(["further", "other", "additional", "separate", "remaining", "more", "new", "lesser", "fresh", "included", "alternative", "alternate", "amended", "original", "reduced"]);
/** "the amended charges", "the included offence of": words of how a charge stands or changed, never an offence's name. */
const CHANGED = /^(?:amended|original|included|alternative|alternate|reduced|lesser|upgraded|downgraded|revised|substituted|fresh|new|outstanding|pending|remaining|initial|existing|additional|further|separate|other|more|similar|same|main|principal|underlying|unrelated)$/;
/** "a second charge of X", "a fourth count of X": which count it is, no part of the offence. */
const ORDINALS = new Set(["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "final", "last"]);
const QUANT = new Set(["a", "an", "one", "single", "a single", "the", "his", "her", "their", "its", "multiple", "several", "numerous", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "both"]);
const ING = /ing$/;
const POSSESSIVES = /^(?:his|her|their|its)$/;
const ARTICLES = /^(?:a|an|the)$/;
const DIGITS = /^\d+$/;
/** Words of an accusation, not of an offence: "allegations of sexual misconduct". */
const ALLEGATIONS = /^(?:allegations?|accusations?|claims?|complaints?)$/;
const MAX_BODY = 14;
/** The parts of speech an offence's name may open with, unless a listed word or a hyphen opens it (body). */
const OPENER_POS = new Set(["NOUN", "ADJ", "ADV", "NUM", "VERB"]);

/** Whether tokens `from` to `to` name a month or a weekday ("4 May 2024", "Monday"), with no copy of them made. */
function namesDay(ts: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (MONTHS.has(ts[k]!.lower) || WEEKDAYS.has(ts[k]!.lower)) return true;
  return false;
}

/**
 * The tokens of an offence phrase starting at `i`: where it ends, or nothing. After "counts of" the
 * count shows it is an offence, so any gerund may open it ("five counts of filing false returns").
 */
function body(ts: readonly Token[], i: number, afterCount = false): number | undefined {
  const first = ts[i];
  // (a listed offence opening a line keeps its capital: "Wire fraud (count one)")
  if (!first || first.cap && first.pos === "PROPN" && !OFFENCE_HEADS.has(first.lower) && !(i === 0 && OFFENCE_FORMS.longest(ts, i))) return undefined;
  // (most tokens, a determiner, a preposition, a mark, can open none: every test below that lets one open asks one of
  // these, so they are refused before the rest are tried)
  if (!OPENER_POS.has(first.pos) && !afterCount && !first.lower.includes("-") && !OFFENCE_MODIFIERS.has(first.lower) && !OFFENCE_GERUNDS.has(first.lower) && !OFFENCE_HEADS.has(first.lower) && !OFFENCE_FORMS.longest(ts, i)) return undefined;
  // "his previous fraud conviction", "her third drink-driving offence": when, or how many times, is no
  // part of an offence's name ("first-degree murder" is)
  if (HISTORY.has(first.lower) || (ORDINAL_WORD.test(first.lower) || NUMBERED_ORDINAL.test(first.lower)) && ts[i + 1]?.lower !== "degree") return undefined;
  // ("pleaded not guilty to the amended charges", "convicted of the included offence of manslaughter": how the charge
  // stands, before its noun, names no offence)
  if (CHANGED.test(first.lower) && COUNT_NOUNS.has(ts[i + 1]?.lower ?? "")) return undefined;
  // ("the 14 counts preferred against him", "charges laid by police": a count noun and what was done with it)
  if (COUNT_NOUNS.has(first.lower) && /^(?:ADJ|VERB)$/.test(ts[i + 1]?.pos ?? "")) return undefined;
  // ("acquitted him of cheating, holding that the prosecution had failed": a participle that opens a clause names no offence)
  if (ING.test(first.lower) && ts[i + 1]?.pos === "SCONJ" && /^(?:that|whether|how)$/.test(ts[i + 1]!.lower)) return undefined;
  // ("cleared of 20 other charges, including ones relating to his trophies": a pronoun for charges names none)
  if (first.lower === "ones") return undefined;
  // ("faces allegations of sexual misconduct": an accusation is no offence, whatever it alleges)
  if (ALLEGATIONS.test(first.lower) && ts[i + 1]?.lower === "of") return undefined;
  // ("In May the charges against X were dropped": a month or a day names no offence)
  if (first.cap && (MONTHS.has(first.lower) || WEEKDAYS.has(first.lower))) return undefined;
  // ("convicted in absentia of smuggling": how the trial was held, no part of the offence)
  if (first.lower === "absentia") return undefined;
  // ("entered the plea to one count of", "found guilty by a jury of": the event or who gave it, before the offence)
  // ("convicted both appellants of fraud": who was convicted, before the offence)
  if ((EVENT_OPENERS.test(first.lower) || PARTY_NOUNS.test(first.lower)) && /^(?:of|to|on)$/.test(ts[i + 1]?.lower ?? "")) return undefined;
  // ("faces a possible charge of perjury", "potential fraud": what may be charged is no charge)
  if (HYPOTHETICAL.test(first.lower)) return undefined;
  // "guilty of manslaughter" is a verdict's words before an offence, not an offence's name
  if (VERDICT_WORDS.test(first.lower)) return undefined;
  // "booked under sections of the penal code relating to cheating": a statute's parts, not an offence
  // ("booked under sections 420 (cheating) and 468": nor a statute's numbered parts)
  if (STATUTE_PARTS.test(first.lower) && (ts[i + 1]?.lower === "of" || DIGITS.test(ts[i + 1]?.text ?? ""))) return undefined;
  // "wounding with intent, contrary to section 18 of the ... Act": the statute an offence is against, not one
  if (first.lower === "contrary" && ts[i + 1]?.lower === "to") return undefined;
  // a verb opens an offence's name only as a listed gerund ("filing", "failing to"), not "stemming from";
  // a listed offence opens one whatever the tagger says ("to wire fraud", where "wire" reads as a verb)
  const listed = OFFENCE_FORMS.longest(ts, i);
  const listedHere = listed !== undefined;
  // an adverb opens one only before a verb of offence ("sexually assaulting", not "hopelessly deadlocked") or a
  // gerund with its object ("negligently discharging a firearm")
  const adverbOk = first.pos === "ADV" && /ly$/.test(first.lower) && !!ts[i + 1] && (OFFENCE_GERUNDS.has(ts[i + 1]!.lower) || !!OFFENCE_VERBS.longest(ts, i + 1) || OFFENCE_HEADS.has(ts[i + 1]!.lower) || gerundWithObject(ts, i + 1));
  const hyphened = hyphenOffence(first.lower, OFFENCE_HEADS, OFFENCE_GERUNDS);
  if (!listedHere && !(first.pos === "NOUN" && !ING.test(first.lower) || hyphened || first.pos === "ADJ" || KIND_WORD.test(first.lower) && COUNT_NOUNS.has(ts[i + 1]?.lower ?? "") || OFFENCE_MODIFIERS.has(first.lower) || adverbOk || first.pos === "NUM" && /^(?:first|second|third|fourth)/.test(first.lower) || OFFENCE_GERUNDS.has(first.lower) || OFFENCE_HEADS.has(first.lower) || afterCount && /^[a-z]{3,}ing$/.test(first.lower) || participleBefore(ts, i) || gerundWithObject(ts, i))) return undefined;
  // ("the charge was reduced to manslaughter": a grading word as the verb before "to" is no part of the offence)
  if (!listedHere && first.pos === "VERB" && OFFENCE_MODIFIERS.has(first.lower) && ts[i + 1]?.lower === "to") return undefined;
  const out: Token[] = [];
  let j = i, scaled = false;
  const listedEnd = listed?.end ?? i;
  for (; j < ts.length && j - i < MAX_BODY; j++) {
    const t = ts[j]!;
    if (j < listedEnd) { out.push(t); continue; }
    // ("engaging in coercive and controlling behaviour": a listed offence joined by its own "and" inside the phrase keeps its words)
    const inner = out.length && (ts[j + 1]?.lower === "and" || ts[j + 1]?.lower === "or") ? OFFENCE_FORMS.longest(ts, j) : undefined;
    if (inner && inner.end > j + 2) { for (; j < inner.end; j++) out.push(ts[j]!); j--; continue; }
    // adjectives joined before their one noun are one offence ("culpable and reckless conduct")
    // ("failing to comply with federal and provincial safety regulations", "breaching municipal and state fire codes":
    // so inside it, before the noun they share)
    if ((t.lower === "and" || t.lower === "or") && out.length && j >= listedEnd && (out.every((x) => x.pos === "ADJ") && ts[j + 1]?.pos === "ADJ"
      || out.length > 1 && out[out.length - 1]!.pos === "ADJ" && /^(?:NOUN|ADJ)$/.test(ts[j + 1]?.pos ?? "") && !ts[j + 1]!.cap && ts[j + 2]?.pos === "NOUN")) { out.push(t); continue; }
    // ("its health and safety duty": a pair that is one modifier)
    const joined = (t.lower === "and" || t.lower === "or") && out.length ? JOINED_WORDS.longest(ts, j - 1) : undefined;
    // (or that ends it: "unlawful possession of a firearm and ammunition.")
    if (joined && joined.end > j + 1 && (ts[joined.end]?.pos === "NOUN" || !ts[joined.end] || ts[joined.end]!.pos === "PUNCT")) { for (; j < joined.end; j++) out.push(ts[j]!); j--; continue; }
    // ("conspiracy to import and supply cocaine", "to possess or distribute": verbs after one "to" that share their object are one offence)
    if ((t.lower === "and" || t.lower === "or") && sharedObject(ts, j, out)) { out.push(t, ts[++j]!); continue; }
    if (t.lower === "and" || t.lower === "or" || t.lower === "but" || t.lower === "nor") break;
    // ("killing pensioner Ruairi Lindgard", "stabbing teenager X": a title before the name of the one a gerund's deed was done to is no part of the offence)
    if (out.length && t.pos === "NOUN" && /^[a-z]/.test(t.text) && ts[j + 1]?.cap && ts[j + 1]!.pos === "PROPN" && ING.test(out[out.length - 1]!.lower)) break;
    // ("Murder - not guilty": a box's line sets its outcome after a spaced dash)
    if (t.lower === "-" && out.length && ts[j - 1]!.end < t.start && OUTCOME_AFTER_DASH.test(ts[j + 1]?.lower ?? "")) break;
    if (t.lower === "-" || t.lower === "'s") { out.push(t); continue; }
    // ("wounding with intent contrary to section 18 of the Offences Against the Person Act": the statute it is against ends it)
    if (out.length && t.lower === "contrary" && ts[j + 1]?.lower === "to") break;
    // "his forgery conviction": the offence is named before the verdict's noun, which is no part of it
    if (out.length && VERDICT_NOUNS.has(t.lower)) break;
    // "embezzling 12 billion won in company funds": a sum of money is what was taken, no part of the offence's name
    if (out.length && moneyEnd(ts, j) !== undefined) break;
    // ("money laundering to the tune of N450 million": the sum, told so in Nigerian and Indian papers)
    if (out.length && t.lower === "to" && ts[j + 1]?.lower === "the" && ts[j + 2]?.lower === "tune") break;
    // ("hiding assets worth millions", "drugs worth £2m": what it was worth, too)
    if (out.length && t.lower === "worth") break;
    // ("stealing billions from the pension fund", "embezzling millions of pesos": a sum told by its scale alone)
    if (out.length && /ing$/.test(out[out.length - 1]!.lower) && /^(?:hundreds|thousands|millions|billions|trillions|lakhs|crores)$/.test(t.lower)) { scaled = true; break; }
    // "guilty of homicide last month": when it happened ends the offence's name
    if (out.length && (DAYS_NAMED.test(t.lower) || WHEN_OPENS.test(t.lower) && WHEN_UNITS.test(ts[j + 1]?.lower ?? ""))) break;
    // "guilty of manslaughter when the jury returned ...": a clause of time or reason ends the offence's name
    if (out.length && CLAUSE_OPENS.test(t.lower)) break;
    // ("driving while disqualified", "driving while under the influence": a state the offence was done in goes on its name)
    if (t.lower === "while" && out.length && /ing$/.test(out[out.length - 1]!.lower) && ts[j + 1] && (ts[j + 1]!.pos === "ADJ" || /^[a-z]+ed$/.test(ts[j + 1]!.text) || ts[j + 1]!.lower === "under")) { out.push(t, ts[++j]!); continue; }
    // "two bank fraud counts": a count noun closes the phrase, whatever the tagger calls it
    if (out.length && COUNT_NOUNS.has(t.lower) && !/^(?:of)$/.test(ts[j + 1]?.lower ?? "")) { out.push(t); j++; break; }
    if (STOP_POS.has(t.pos) && !(t.pos === "PRON" && out.length && POSSESSIVES.test(t.lower))) break;
    // ("failing to hand over company records", "carrying out an unlawful eviction": a verb's particle before its object)
    if (PARTICLES.test(t.lower) && out.length && out[out.length - 1]!.pos === "VERB" && ts[j + 1] && /^[a-z]/.test(ts[j + 1]!.text) && /^(?:DET|NOUN|ADJ|PRON)$/.test(ts[j + 1]!.pos)) { out.push(t); continue; }
    // ("aggravated assault in the first degree": the degree goes on any offence's name)
    if (t.lower === "in" && out.length && ts[j + 1]?.lower === "the" && /^(?:first|second|third|fourth)$/.test(ts[j + 2]?.lower ?? "") && ts[j + 3]?.lower === "degree") { out.push(t, ts[j + 1]!, ts[j + 2]!, ts[j + 3]!); j += 3; continue; }
    if (t.pos === "ADP" || t.pos === "PART" && t.lower === "to") {
      if (!INNER_ADP.has(t.lower) || !out.length) break;
      const next = ts[j + 1];
      if (!next || ENDS_AFTER[t.lower]?.(next, out, ts[j + 2])) break;
      // ("violation of Republic Act 9165": a statute's name goes on the offence against it)
      const statute = t.lower === "of" ? statuteEnd(ts, j + 1) : 0;
      if (statute) { for (let x = j; x < statute; x++) out.push(ts[x]!); j = statute - 1; continue; }
      // "of" or "against" a named person: the victim, not the offence
      if (next.cap && next.pos === "PROPN" && t.lower !== "for" && t.lower !== "as") break;
      // ("the manslaughter of concert-goers A and B": a description of the named people, not of the offence)
      if (t.lower === "of" && describesNamed(ts, j + 1)) break;
      out.push(t);
      continue;
    }
    if (t.pos === "DET" && !ARTICLES.test(t.lower)) break;
    if (t.pos === "CCONJ") break;
    // "violating the Mann Act": a statute's name goes on an offence told by conduct (over an "and" inside
    // it: "the Anti-Graft and Corrupt Practices Act")
    if (t.cap && out[out.length - 1]?.lower === "the") {
      let e = j;
      while (ts[e]?.cap || (ts[e]?.lower === "and" && ts[e - 1]?.cap && ts[e + 1]?.cap)) e++;
      if (e > j && /^(?:act|code|law|ordinance|statute|regulations)$/i.test(ts[e - 1]!.text)) { for (let x = j; x < e; x++) out.push(ts[x]!); j = e - 1; continue; }
      // ("violating the FCPA", "breaching the GDPR": a statute named by its acronym, after a gerund of breach)
      // ("conspiracy to violate the FCPA")
      if (e === j + 1 && /^[A-Z]{2,6}$/.test(t.text) && out.length >= 2 && (BREACH_GERUNDS.has(out[out.length - 2]!.lower) || BREACH_VERBS.test(out[out.length - 2]!.lower))) { out.push(t); continue; }
    }
    // ("aggravated DUI": an offence written as its acronym goes on the words before it)
    if (t.cap && out.length && t.text === t.text.toUpperCase() && OFFENCE_HEADS.has(t.lower)) { out.push(t); continue; }
    if (t.cap && t.pos === "PROPN" && !(out.length && FOR_AGAINST_AS.test(out[out.length - 1]!.lower))) break;
    // a verb goes on an offence's name only as its first word ("filing false returns"), after "to", a preposition,
    // an adverb or an adjective ("conspiracy to commit", "sexually assaulting", "dangerous driving"), never after a noun
    // ("failure to comply with the law relating to procurement": what a law or an offence relates to goes on its name)
    if (t.lower === "relating" && ts[j + 1]?.lower === "to" && out.length > 2 && ts[j + 2] && /^[a-z]/.test(ts[j + 2]!.text) && (ts[j + 2]!.pos === "NOUN" || ts[j + 2]!.pos === "ADJ")) { out.push(t, ts[++j]!); continue; }
    // ("breaching a restraining order", "possessing a loaded firearm": a participle between an article and its noun
    // modifies the noun, whatever the tagger calls it)
    if (t.pos === "VERB" && out.length && ARTICLES.test(out[out.length - 1]!.lower) && /^[a-z]{3,}(?:ing|ed)$/.test(t.text) && ts[j + 1]?.pos === "NOUN" && /^[a-z]/.test(ts[j + 1]!.text)) { out.push(t); continue; }
    // ("importing merchandise by means of false statements", "obtaining property by means of deception": the means goes on the name)
    if (t.lower === "means" && out[out.length - 1]?.lower === "by" && ts[j + 1]?.lower === "of") { out.push(t); continue; }
    if (t.pos === "VERB" && out.length) {
      const before = out[out.length - 1]!;
      // ("engage in illegal sex acts.": a plural noun the tagger takes for a verb ends the phrase after a noun)
      // (not after a word that names no offence: "and his trial continues." is a clause of its own)
      if (before.pos === "NOUN" && /[^s]s$/.test(t.lower) && (!ts[j + 1] || /^(?:PUNCT|CCONJ)$/.test(ts[j + 1]!.pos)) && !NOT_OFFENCES.has(before.lower)) { out.push(t); break; }
      if (!(before.pos === "ADP" || before.lower === "to" || before.pos === "ADV" || before.pos === "ADJ" || before.pos === "PART" || OFFENCE_GERUNDS.has(t.lower) || OFFENCE_HEADS.has(t.lower))) break;
      // (a word the tagger takes for a verb between a preposition and a noun modifies it: "dealing with suspect property")
      if (!/(?:ing|ed)$/.test(t.lower) && before.lower !== "to" && !(before.pos === "ADP" && ts[j + 1]?.pos === "NOUN")) break;
    }
    out.push(t);
  }
  // "stealing more than $80,000", "taking at least £5,000": an amount's own words are no part of the offence
  const whole = out.length;
  while (out.length > 1 && /^(?:more|less|fewer|over|nearly|almost|about|around|roughly|some|at|least|upwards)$/.test(out[out.length - 1]!.lower) && /^(?:than|least|of|\$|£|€|¥|₹)$|^\d/.test(ts[i + out.length]?.lower ?? "")) out.pop();
  const amount = out.length < whole || scaled;
  // an offence's name ends in a noun, a gerund or a participle, never in a function word
  while (out.length && (FUNCTION_WORDS.test(out[out.length - 1]!.lower) || out[out.length - 1]!.pos === "ADV")) out.pop();
  // a gerund alone before its object names no offence ("accused of taking £80,000 from ...": not "taking");
  // a listed offence or an offence verb does ("stealing", "raping Ana Ruiz")
  // (nor one cut from its object by a conjunction: "causing or allowing serious harm", not "causing")
  // ("smuggling and bribery": a gerund that is itself an offence's head names one)
  // ("conspiracy to violate", "conspiracy to commit": a verb cut from the object it needs is a fragment, no offence)
  if (out.length > 2 && out[out.length - 2]!.lower === "to" && OBJECT_VERBS.test(out[out.length - 1]!.lower)) return undefined;
  if (out.length === 1 && /ing$/.test(out[0]!.lower) && !OFFENCE_FORMS.get(out[0]!.lower) && !OFFENCE_VERBS.get(out[0]!.lower) && !OFFENCE_HEADS.has(out[0]!.lower) && !hyphened && (amount || /^(?:SYM|NUM|DET|PRON|PROPN)$/.test(ts[i + 1]?.pos ?? "") || /^(?:or|and)$/.test(ts[i + 1]?.lower ?? ""))) return undefined;
  return out.length ? i + out.length : undefined;
}


/**
 * "to import and supply cocaine": a verb after "to", then "and" or "or" at `j`, then a second verb whose object
 * follows it (a noun, or an article or adjective before one): the two verbs share the "to" and the object.
 */
function sharedObject(ts: readonly Token[], j: number, out: readonly Token[]): boolean {
  const v1 = out[out.length - 1], v2 = ts[j + 1], obj = ts[j + 2];
  if (!v1 || out[out.length - 2]?.lower !== "to" || v1.pos !== "VERB" || !v2 || !/^[a-z]+$/.test(v2.text) || /(?:ed|ing|s)$/.test(v2.lower)) return false;
  // (the tagger reads a bare verb there as a noun as often: "and supply cocaine"; not an offence of its own,
  // "to defraud and money laundering", "and arson charges")
  if (v2.pos !== "VERB" && (v2.pos !== "NOUN" || OFFENCE_FORMS.longest(ts, j + 1) || GENERIC_CHARGES.longest(ts, j + 2))) return false;
  return !!obj && /^[a-z]/.test(obj.text) && (obj.pos === "NOUN" && !ING.test(obj.lower) || (obj.pos === "DET" || obj.pos === "ADJ") && ts[j + 3]?.pos === "NOUN");
}

/** Describes the offence tokens[a..b): its label, family, whether a word shows it is an offence. */
function describe(ts: readonly Token[], a: number, b: number, tails: Tails): Pick<ChargeData, "label" | "family" | "broad" | "offence"> | undefined {
  // "the rape charge", "two bank fraud counts": the count noun is no part of the offence; "his assault
  // conviction" speaks of a verdict, not of a charge
  if (EVENT_NOUNS.test(ts[b - 1]!.lower)) return undefined;
  // (not the last word of a listed offence: "... proceeds of an indictable offence")
  if (!(b - a > 3 && tails.form(a, b))) while (b - a > 1 && COUNT_NOUNS.has(ts[b - 1]!.lower)) {
    // ("sexual offences", "firearms offences", "drug-related charges": an offence named by its kind keeps the
    // noun that makes it one; "fraud offences" is "fraud")
    // ("federal drug charges", "weapons counts": a noun of what the offence concerns names none without the count noun)
    if (kindOnly(ts, a, b - 1, !!tails.form(a, b - 1)) && (/^offen[cs]es?$/.test(ts[b - 1]!.lower) || KIND_WORD.test(ts[b - 2]!.lower) || ts[b - 2]!.pos === "NOUN" && /^[a-z]/.test(ts[b - 2]!.text))) break;
    b--;
  }
  while (a < b && /^(?:a|an|the|his|her|their|its|single)$/.test(ts[a]!.lower)) a++;
  // "a series of drug trafficking counts": the quantity is no part of the offence
  if (QUANTITY.test(ts[a]?.lower ?? "") && ts[a + 1]?.lower === "of" && b - a > 2) a += 2;
  // "counts of murder" is read from its count ("seven counts of murder"), not as an offence called "counts of murder"
  // (nor "federal charges of bribery")
  let m = a;
  while (m < b && (OFFENCE_MODIFIERS.has(ts[m]!.lower) || COUNT_SIZE.test(ts[m]!.lower))) m++;
  if (COUNT_NOUNS.has(ts[m]?.lower ?? "") && (ts[m + 1]?.lower === "of" || ts[m + 1]?.lower === "each")) return undefined;
  if (a >= b || ts.slice(a, b).every((t) => FURTHER.has(t.lower) || LISTED_WORDS.test(t.lower) || /^(?:same|such|similar|those|these|that|this|other|remaining|all|both|each|each of the)$/.test(t.lower) || ORDINALS.has(t.lower))) return undefined;
  // "the murder of his business partner": the complainant is no part of the offence's name
  let listedWhole = false;
  for (let k = a; k < b && b - a > 2 && !listedWhole; k++) listedWhole = !!tails.form(k, b);
  for (let k = a + 1; k < b - 1 && !listedWhole; k++) {
    if (!/^(?:of|against|on|upon)$/.test(ts[k]!.lower)) continue;
    const rest = ts.slice(k + 1, b);
    const head = rest[rest.length - 1]!;
    if ((/^(?:his|her|their|a|an|the|two|three|four|several)$/.test(rest[0]!.lower) || rest.length === 1) && (PERSON_NOUNS.has(head.lemma) || KINSHIP.has(head.lower) || /^(?:man|woman|men|women|girl|girls|boy|boys|child|children|teenager|teenagers|victim|victims|baby|babies|infant|infants|patient|patients|customer|customers|investor|investors|neighbour|neighbor|colleague|colleagues|worker|workers|officer|officers|partner|student|students|pupil|pupils)$/.test(head.lower) || /^[a-z]{3,}(?:er|or|ist|ian|ant|ent)s?$/.test(head.lower) && !/(?:ment|ance|ence)s?$/.test(head.lower))) { b = k; break; }
  }
  // "raping", "sexually assaulting the women": an offence told as a verb is named by its offence (its object is the complainant)
  // (unless the whole phrase is a listed offence: "assaulting an emergency worker")
  const verb = tails.form(a, b) ? undefined : OFFENCE_VERBS.longest(ts, a);
  if (verb && (verb.end === b || /^(?:the|a|an|his|her|their|two|three|four|several|one)$/.test(ts[verb.end]!.lower))) return { label: verb.value, family: verb.value, broad: OFFENCE_FORMS.get(verb.value)?.family ?? verb.value, offence: true };
  // ("criminal negligence causing death": a harm the offence caused ends its name, and the offence is before it)
  // ("dangerous operation of a vehicle causing death": a death caused makes an offence of any conduct before it)
  // ("dangerous driving causing the death of X": the death with its article, the one who died named after it)
  const caused = b - a > 3 && /^(?:the|a)$/.test(ts[b - 2]!.lower) && /^deaths?$/.test(ts[b - 1]!.lower) ? b - 3 : b - 2;
  const consequence = caused - a > 0 && /^(?:causing|occasioning)$/.test(ts[caused]!.lower) && (/^deaths?$/.test(ts[b - 1]!.lower) || ts.slice(a, caused).some((t) => OFFENCE_HEADS.has(t.lower)));
  // ("arson with intent to endanger life": the intent's object is no offence's head; the word before "with intent" is)
  let last = ts[b - 1]!;
  // (nor is where or in what degree it was done: "misconduct in a public office", "assault in the first degree")
  for (let k = a + 1; k < b - 1; k++) if (ts[k]!.lower === "with" && ts[k + 1]!.lower === "intent" || ts[k]!.lower === "in" && (ts[k + 1]!.lower === "public" || ts[k + 2]?.lower === "public" || ts[b - 1]!.lower === "degree")) { last = ts[k - 1]!; break; }
  // (a gerund of breach with its object is one, whatever its last word: "violating her oath of office")
  // ("conspiring to launder money", "attempting to obtain money", "failing to hand over records": an inchoate offence's
  // or an omission's words say it is one)
  const aimed = b - a > 2 && (!!INCHOATE[ts[a]!.lower] || /^(?:failing|failure)$/.test(ts[a]!.lower)) && ts[a + 1]!.lower === "to";
  // ("sexual activity with a young person": the person an offence's noun was done with names no other thing; not
  // "attacking a man", a deed told by its object)
  let toPerson = false;
  for (let k = a + 1; k < b - 1 && PERSON_WORDS.test(last.lower); k++) if (ts[k]!.lower === "with" && OFFENCE_HEADS.has(ts[k - 1]!.lower)) toPerson = true;
  if (!OFFENCE_HEADS.has(last.lower) && NOT_OFFENCES.has(last.lower) && !tails.form(a, b) && !listedWhole && !consequence && !aimed && !toPerson && !(b - a > 2 && BREACH_GERUNDS.has(ts[a]!.lower))) return undefined;
  // ("the murders of Lisa Ward, 23, and her mother": a person named by kinship or a person noun is no offence,
  // unless a word of offence goes with them: "assaulting a police officer")
  if ((KINSHIP.has(last.lower) || PERSON_NOUNS.has(last.lemma)) && !tails.form(a, b) && !ts.slice(a, b).some((t) => OFFENCE_HEADS.has(t.lower) || OFFENCE_GERUNDS.has(t.lower) || OFFENCE_VERBS.get(t.lower))) return undefined;
  // ("the 14-count charge": how many counts, no offence)
  if (b - a === 1 && /^(?:\d+|[a-z]+)-counts?$/.test(ts[a]!.lower)) return undefined;
  if (GENERIC_CHARGES.has(tails.lower(a, b)) || COUNT_NOUNS.has(ts[a]!.lower) && b - a === 1) return undefined;
  // ("first-degree murder, a class A felony,": the grade of an offence named before, no offence of its own)
  if (GRADE.test(tails.lower(a, b))) return undefined;
  // the family: the longest listed form that ends the phrase, else the phrase without its modifiers
  let family: string | undefined, form: string | undefined, formStart = a, plural = false;
  // "indecent assaults": a plural names the offence of its singular
  for (let k = a; k < b && !family; k++) {
    // (the phrase's lower-case text from token k on)
    const phrase = tails.lower(k, b), whole = tails.form(k, b);
    if (whole) { family = whole.family; form = phrase; formStart = k; }
    if (family) break;
    let singular = phrase.replace(/(?<=[a-z]{3})s$/, "");
    let one = OFFENCE_FORMS.get(singular);
    if (!one && /[a-z]{3}ies$/.test(phrase)) one = OFFENCE_FORMS.get((singular = phrase.replace(/ies$/, "y")));
    if (one) { family = one.family; form = singular; formStart = k; plural = true; }
  }
  // ("two murders", "three burglaries": the offence is named in the singular, as a charge sheet names each count)
  const last1 = ts[b - 1]!;
  const label = plural ? (b - a > 1 ? text(ts, a, b - 1) + (last1.space ? " " : "") : "") + form!.split(" ").pop()! : text(ts, a, b);
  let from = a;
  while (from < b - 1 && OFFENCE_MODIFIERS.has(ts[from]!.lower)) from++;
  const named = !!family || ts.slice(a, b).some((t) => OFFENCE_HEADS.has(t.lower) || OFFENCE_HEADS.has(t.lemma) || hyphenOffence(t.lower, OFFENCE_HEADS, OFFENCE_GERUNDS));
  // "sentenced for using his fame and ...": a gerund on the doer's own thing, with no offence word, tells
  // what was done, not an offence
  // ("violating her oath of office", "abusing his position": a gerund of breach says it is one)
  if (!named && b - a > 2 && /ing$/.test(ts[a]!.lower) && !BREACH_GERUNDS.has(ts[a]!.lower) && /^(?:his|her|their|its)$/.test(ts[a + 1]!.lower)) return undefined;
  // ("dangerous operation of a motor vehicle causing death": a death caused by conduct described as wrong makes it one;
  // not "vehicle causing death", its tail)
  const offence = named || consequence && (ts[a]!.pos === "ADJ" || ING.test(ts[a]!.lower)) || OFFENCE_GERUNDS.has(ts[a]!.lower);
  const own = tails.lower(from, b).replace(/s$/, "");
  // "conspiracy to commit wire fraud": words before the listed form that are no modifiers make an offence of its own
  const whole = form !== undefined && formStart > from ? own : form;
  // an inchoate offence ("conspiracy to commit wire fraud", "attempted murder") is a kind of its own, never
  // another name for the offence it aimed at
  const inchoate = form !== undefined && formStart > from ? ts.slice(from, formStart).map((t) => INCHOATE[t.lower]).find(Boolean) : undefined;
  // "uttering threats", told later as "the threats count": an offence told by an unlisted gerund is of the
  // kind its object names
  const objectKind = !named && !family && b - a >= 2 && ts[a]!.pos === "VERB" && /ing$/.test(ts[a]!.lower) && !OFFENCE_GERUNDS.has(ts[a]!.lower) ? own.split(" ").pop() : undefined;
  return { label, family: whole ?? own, broad: inchoate ?? family ?? objectKind ?? own, offence };
}


/** Charge phrases of a sentence: at every token where one can begin, with or without a determiner before. */
export function chargeSpans(ts: readonly Token[]): Span[] {
  return quoted(ts, unquotedSpans(ts));
}

/** 'guilty of "corrupt practices"': an offence in quotation marks is read with its marks too. */
function quoted(ts: readonly Token[], spans: Span[]): Span[] {
  const more = spans.filter((s) => /^["“]$/.test(ts[s.start - 1]?.text ?? "") && /^["”]$/.test(ts[s.end]?.text ?? ""))
    .map((s) => ({ ...s, start: s.start - 1, end: s.end + 1 }));
  return more.length ? [...spans, ...more] : spans;
}

function unquotedSpans(ts: readonly Token[]): Span[] {
  const out = phrases(ts);
  for (const s of [...out]) if (s.start > 0 && DETERMINERS.has(ts[s.start - 1]!.lower)) out.push({ ...s, start: s.start - 1 });
  return out;
}

/** The tokens' lower-case forms joined by spaces. */
function lowerWords(ts: readonly Token[], a: number, b: number): string {
  let out = "";
  for (let k = a; k < b && k < ts.length; k++) out += (k > a ? " " : "") + ts[k]!.lower;
  return out;
}
/** Whether "counts of" (or "charges of") comes before token i: "one of false accounting" then counts too. */
function countsBefore(ts: readonly Token[], i: number): boolean {
  for (let k = 0; k < i - 1; k++) if (COUNT_NOUNS.has(ts[k]!.lower) && ts[k + 1]!.lower === "of") return true;
  return false;
}


const COUNT_WORDS = new Set(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "multiple", "several"]);

function phrases(ts: readonly Token[]): Span[] {
  const out: Span[] = [];
  const tails = new Tails(ts);
  for (let i = 0; i < ts.length; i++) {
    // (the anaphors and "six others" all begin so: the rest of the sentence need not be joined and tested)
    if (ANAPHOR_OPENS.test(ts[i]!.lower)) for (const n of ANAPHOR_LENGTHS) {
      if (ts.length < i + n || !ANAPHOR_ENDS.test(ts[i + n - 1]!.lower)) continue;
      const words = lowerWords(ts, i, i + n);
      // (after a bare comma "the offense" is an apposition, no item of a list: "16 counts of disorderly conduct, the offense ...")
      if (ts.length >= i + n && ANAPHOR.test(words)) { out.push({ type: "Charge", start: i, end: i + n, weak: true, data: { label: text(ts, i, i + n), family: "", offence: true, anaphor: true } satisfies ChargeData }); break; }
      if (ts.length >= i + n && OTHERS.test(words)) { out.push({ type: "Charge", start: i, end: i + n, data: { label: text(ts, i, i + n), family: "", offence: true, anaphor: "other", count: numberOf(ts[i]!.lower === "the" ? ts[i + 2]!.lower : ts[i]!.lower) } satisfies ChargeData }); break; }
      if (ts.length >= i + n && SAME_PLURAL.test(words)) { out.push({ type: "Charge", start: i, end: i + n, data: { label: text(ts, i, i + n), family: "", offence: true, anaphor: "same" } satisfies ChargeData }); break; }
      if (ts.length >= i + n && PLURAL_ANAPHOR.test(words)) { out.push({ type: "Charge", start: i, end: i + n, data: { label: text(ts, i, i + n), family: "", offence: true, anaphor: "plural" } satisfies ChargeData }); break; }
    }
    // "He was convicted of both.": the two charges named before
    if (ts[i]!.lower === "both" && /^(?:of|on)$/.test(ts[i - 1]?.lower ?? "") && (!ts[i + 1] || ts[i + 1]!.pos === "PUNCT" || /^(?:and|but)$/.test(ts[i + 1]!.lower))) {
      out.push({ type: "Charge", start: i, end: i + 1, data: { label: "both", family: "", offence: true, anaphor: "plural" } satisfies ChargeData });
    }
    if (oneMore(ts, i)) out.push({ type: "Charge", start: i, end: ts[i + 2] && /^(?:count|charge)$/.test(ts[i + 2]!.lower) ? i + 3 : i + 2, data: { label: text(ts, i, i + 2), family: "", offence: true, anaphor: "other", count: 1 } satisfies ChargeData });
    // "five counts of X", "one count of X", "two further counts of X", "a charge of X"
    let j = i, count: number | undefined, further = false;
    if (QUANT.has(ts[j]!.lower) || DIGITS.test(ts[j]!.text)) { count = numberOf(ts[j]!.lower); j++; }
    if (ts[j] && FURTHER.has(ts[j]!.lower)) { further = true; j++; }
    if (count === 1 && ts[j] && ORDINALS.has(ts[j]!.lower)) j++;
    // ("federal charges of bribery", "criminal charges of fraud", "an eight-count charge of": the charge's kind or size,
    // no part of the offence)
    while (ts[j] && (OFFENCE_MODIFIERS.has(ts[j]!.lower) || COUNT_SIZE.test(ts[j]!.lower)) && COUNT_NOUNS.has(ts[j + 1]?.lower ?? "")) j++;
    // ("one count each of wire fraud and bank fraud")
    const each = ts[j + 1]?.lower === "each" ? 1 : 0;
    if (ts[j] && COUNT_NOUNS.has(ts[j]!.lower) && ts[j + 1 + each]?.lower === "of") {
      const end = body(ts, j + 2 + each, true);
      const d = end && describe(ts, j + 2 + each, end, tails);
      if (end && d) out.push({ type: "Charge", start: i, end, data: { ...d, offence: true, ...(count !== undefined && /s$/.test(ts[j]!.lower) || count === 1 ? { count } : {}), ...(further && { further }) } satisfies ChargeData });
    }
    // ("registered a case of cheating against X": an Indian police case named by a listed offence is a charge of it)
    if (ts[j] && /^(?:case|cases)$/.test(ts[j]!.lower) && ts[j + 1]?.lower === "of") {
      const end = body(ts, j + 2);
      const d = end && describe(ts, j + 2, end, tails);
      if (end && d && d.offence) out.push({ type: "Charge", start: i, end, data: d satisfies ChargeData });
    }
    // ("two counts of fraud and one of false accounting": a count of another offence after a list's "and")
    if (count !== undefined && !further && j === i + 1 && ts[j]?.lower === "of" && /^(?:and|,)$/.test(ts[i - 1]?.lower ?? "") && countsBefore(ts, i)) {
      const end = body(ts, j + 1, true);
      const d = end && describe(ts, j + 1, end, tails);
      if (end && d) out.push({ type: "Charge", start: i, end, data: { ...d, offence: true, count } satisfies ChargeData });
    }
    // "charges ranging from burglary to affray": the first of a range, as the whole phrase (lists.ts reads "to" as
    // the separator before the last)
    if (COUNT_NOUNS.has(ts[i]!.lower) && RANGING.test(ts[i + 1]?.lower ?? "") && ts[i + 2]?.lower === "from") {
      let end = body(ts, i + 3);
      const to = end && ts.slice(i + 4, end).findIndex((t) => t.lower === "to");
      if (end && to !== undefined && to >= 0) end = i + 4 + to;
      const d = end && describe(ts, i + 3, end, tails);
      if (end && d) out.push({ type: "Charge", start: i, end, data: { ...d, offence: true } satisfies ChargeData });
    }
    // "a string of sexual offences", "a raft of fraud charges": the quantity is no part of the offence
    if (QUANTITY.test(ts[j]?.lower ?? "") && ts[j + 1]?.lower === "of") {
      const end = body(ts, j + 2);
      const d = end && describe(ts, j + 2, end, tails);
      if (end && d && (d.offence || COUNT_NOUNS.has(ts[end - 1]!.lower))) out.push({ type: "Charge", start: i, end, data: { ...d, offence: true } satisfies ChargeData });
    }
    // "two charges of theft and one of fraud": the count noun said once, for both
    if (i > 1 && ts[i + 1]?.lower === "of" && (COUNT_WORDS.has(ts[i]!.lower) || DIGITS.test(ts[i]!.lower)) && ts.slice(0, i).some((t) => COUNT_NOUNS.has(t.lower))) {
      const end = body(ts, i + 2, true);
      const d = end && describe(ts, i + 2, end, tails);
      if (end && d && d.offence) out.push({ type: "Charge", start: i, end, data: { ...d, count: numberOf(ts[i]!.lower) } satisfies ChargeData });
    }
    // "count five": a count named by its number
    if (ts[i]!.lower === "count" && ts[i + 1] && numberOf(ts[i + 1]!.lower) !== undefined && ts[i + 2]?.lower !== "of") {
      out.push({ type: "Charge", start: i, end: i + 2, data: { label: text(ts, i, i + 2), family: "", offence: false, numbered: numberOf(ts[i + 1]!.lower) } satisfies ChargeData });
    }
    // "charged with being an accessory after the fact", "being concerned in the supply of a drug": an offence
    // told as a state, read only where a listed word shows it is one
    const being = beingOpens(ts, i);
    if (being) {
      const end = body(ts, being.body);
      const d = end ? describe(ts, being.name, end, tails) : undefined;
      if (end && d?.offence) out.push({ type: "Charge", start: i, end, data: d satisfies ChargeData });
    }
    // an offence phrase: "bank fraud", "two further bank fraud counts", "the rape charge"
    // ("a £2m fraud", "a $40 million bribery scheme": the sum is what was taken, no count and no part of the offence's
    // name; none begins inside it)
    if (inSum(ts, i)) continue;
    const start = i;
    let k = moneyEnd(ts, i) ?? i;
    let c: number | undefined, f = false;
    if (k === i && (COUNT_WORDS.has(ts[k]!.lower) || DIGITS.test(ts[k]!.lower))) { c = numberOf(ts[k]!.lower); k++; }
    if (ts[k] && FURTHER.has(ts[k]!.lower)) { f = true; k++; }
    let end = body(ts, k);
    if (!end) continue;
    let d = describe(ts, k, end, tails);
    // "his fraud trial": the offence tried ("his assault conviction" is an outcome's, for the verdict rules to read)
    if (!d && end - k >= 2 && /^(?:trial|retrial)$/.test(ts[end - 1]!.lower)) d = describe(ts, k, --end, tails);
    if (!d) continue;
    const countNoun = COUNT_NOUNS.has(ts[end - 1]!.lower);
    // no word shows an offence: a ChargeLike phrase, a charge only where a strong predicate governs it
    const type = d.offence || countNoun ? "Charge" : "ChargeLike";
    // ("was charged on 4 May 2024": a date is no offence)
    if (type === "ChargeLike" && namesDay(ts, k, end)) continue;
    const owned = /^(?:his|her|their)$/.test(ts[start - 1]?.lower ?? "") && VERDICT_NOUNS.has(ts[end]?.lower ?? "");
    out.push({ type, start, end, ...(type === "ChargeLike" && { weak: true }), data: { ...d, offence: type === "Charge", ...(c !== undefined && { count: c }), ...(f && { further: f }), ...(owned && { owned }) } satisfies ChargeData });
  }
  return out;
}

// The offence-name reader of charge phrases (charges.ts): where the name of an offence that opens at a token ends
// ("possession of a controlled substance with intent to supply", "driving while disqualified"), or that none opens there.
import type { Token } from "../../nlp/tokens.ts";
import { describesNamed, gerundWithObject, KIND_WORD, participleBefore, statuteEnd } from "./charge-openers.ts";
import { moneyEnd } from "./amounts.ts";
import { ENDS_AFTER, INNER_ADP } from "./charge-ends.ts";
import { BREACH_VERBS, COUNT_NOUNS, EMPLOYER_NOUNS, EVENT_OPENERS, OBJECT_VERBS, PARTY_NOUNS, HISTORY, hyphenOffence, NUMBERED_ORDINAL, ORDINAL_WORD, VERDICT_NOUNS, CLAUSE_OPENS, DAYS_NAMED, FOR_AGAINST_AS, FUNCTION_WORDS, HYPOTHETICAL, OUTCOME_AFTER_DASH, PARTICLES, STATUTE_PARTS, STOP_POS, VERDICT_WORDS, WHEN_OPENS, WHEN_UNITS } from "./charge-words.ts";
import { BREACH_GERUNDS, GENERIC_CHARGES, JOINED_WORDS, NOT_OFFENCES, OFFENCE_FORMS, OFFENCE_VERBS, OFFENCE_GERUNDS, OFFENCE_HEADS, OFFENCE_MODIFIERS, MONTHS, WEEKDAYS } from "../../lexicon/index.ts";

/** "the amended charges", "the included offence of": words of how a charge stands or changed, never an offence's name. */
const CHANGED = /^(?:amended|original|included|alternative|alternate|reduced|lesser|upgraded|downgraded|revised|substituted|fresh|new|outstanding|pending|remaining|initial|existing|additional|further|separate|other|more|similar|same|main|principal|underlying|unrelated)$/;
const ING = /ing$/;
const POSSESSIVES = /^(?:his|her|their|its)$/;
const ARTICLES = /^(?:a|an|the)$/;
const DIGITS = /^\d+$/;
/** Words of an accusation, not of an offence: "allegations of sexual misconduct". */
const ALLEGATIONS = /^(?:allegations?|accusations?|claims?|complaints?)$/;
const MAX_BODY = 14;
/** "over the prescribed limit", "over the legal limit": the drink-driving state a driving offence names. */
const LIMIT = /^(?:limit|prescribed|legal|drink-drive|drink-driving|alcohol)$/;
/** The parts of speech an offence's name may open with, unless a listed word or a hyphen opens it (body). */
const OPENER_POS = new Set(["NOUN", "ADJ", "ADV", "NUM", "VERB"]);

/**
 * The tokens of an offence phrase starting at `i`: where it ends, or nothing. After "counts of" the
 * count shows it is an offence, so any gerund may open it ("five counts of filing false returns").
 */
export function body(ts: readonly Token[], i: number, afterCount = false): number | undefined {
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
    // ("accused of aiding and abetting her husband", "charged with abetting him": whom one abetted is no part of the offence)
    if (listed && j === listedEnd && listed.value.family === "complicity" && (t.pos === "PRON" || t.pos === "DET" && POSSESSIVES.test(t.lower))) break;
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
    // ("culpable homicide in a 2016 hit-and-run case", "fraud in 2019": a year ends the offence's name, and the
    // words that open it are dropped with the function words at the end)
    if (out.length && t.pos === "NUM" && /^(?:19|20)\d\d$/.test(t.text) && /^(?:in|a|an|the|during|since)$/.test(out[out.length - 1]!.lower)) break;
    // "guilty of manslaughter when the jury returned ...": a clause of time or reason ends the offence's name
    if (out.length && CLAUSE_OPENS.test(t.lower)) break;
    // ("driving while disqualified", "driving while under the influence", "careless driving while over the prescribed limit":
    // a state the offence was done in goes on its name)
    if (t.lower === "while" && out.length && /ing$/.test(out[out.length - 1]!.lower) && ts[j + 1] && (ts[j + 1]!.pos === "ADJ" || /^[a-z]+ed$/.test(ts[j + 1]!.text) || ts[j + 1]!.lower === "under" || ts[j + 1]!.lower === "over" && LIMIT.test(ts[j + 3]?.lower ?? ""))) { out.push(t, ts[++j]!); continue; }
    // "two bank fraud counts": a count noun closes the phrase, whatever the tagger calls it
    if (out.length && COUNT_NOUNS.has(t.lower) && !/^(?:of)$/.test(ts[j + 1]?.lower ?? "")) { out.push(t); j++; break; }
    if (STOP_POS.has(t.pos) && !(t.pos === "PRON" && out.length && POSSESSIVES.test(t.lower))) break;
    // ("failing to hand over company records", "carrying out an unlawful eviction": a verb's particle before its object)
    // (not after an offence's noun the tagger took for a verb: "torture over prison abuse" says what it was over)
    if (PARTICLES.test(t.lower) && out.length && out[out.length - 1]!.pos === "VERB" && !OFFENCE_HEADS.has(out[out.length - 1]!.lower) && ts[j + 1] && /^[a-z]/.test(ts[j + 1]!.text) && /^(?:DET|NOUN|ADJ|PRON)$/.test(ts[j + 1]!.pos)) { out.push(t); continue; }
    // ("aggravated assault in the first degree": the degree goes on any offence's name)
    if (t.lower === "in" && out.length && ts[j + 1]?.lower === "the" && /^(?:first|second|third|fourth)$/.test(ts[j + 2]?.lower ?? "") && ts[j + 3]?.lower === "degree") { out.push(t, ts[j + 1]!, ts[j + 2]!, ts[j + 3]!); j += 3; continue; }
    // ("carrying a firearm in the commission of a felony", "assault in the course of a robbery": the crime it was done in)
    // (an offence, not a time: "murder in the course of the night" is murder)
    if (t.lower === "in" && out.length && ts[j + 1]?.lower === "the" && /^(?:commission|course|furtherance)$/.test(ts[j + 2]?.lower ?? "") && ts[j + 3]?.lower === "of" && crimeAt(ts, j + 4)) { out.push(t, ts[j + 1]!, ts[j + 2]!, ts[j + 3]!); j += 3; continue; }
    if (t.pos === "ADP" || t.pos === "PART" && t.lower === "to") {
      if (!INNER_ADP.has(t.lower) || !out.length) break;
      const next = ts[j + 1];
      if (!next || ENDS_AFTER[t.lower]?.(next, out, ts[j + 2])) break;
      // ("violation of Republic Act 9165": a statute's name goes on the offence against it)
      const statute = t.lower === "of" ? statuteEnd(ts, j + 1) : 0;
      if (statute) { for (let x = j; x < statute; x++) out.push(ts[x]!); j = statute - 1; continue; }
      // ("convicted three officials of a defunct pension administrator of fraud": the body they served, then the
      // offence; no offence opens before it)
      if (t.lower === "of" && EMPLOYER_NOUNS.test(out[out.length - 1]!.lower) && (OFFENCE_FORMS.longest(ts, j + 1) || OFFENCE_HEADS.has(next.lower))) return undefined;
      // "of" or "against" a named person: the victim, not the offence
      if (next.cap && next.pos === "PROPN" && t.lower !== "for" && t.lower !== "as" && !(next.lower === "class" && /^[ABC]$/.test(ts[j + 2]?.text ?? ""))) break;
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
    // ("possession of a Class B drug with intent to supply", "conspiracy to supply Class A drugs": the British drug
    // schedules' grade is no name, it goes on the offence's)
    if (out.length && t.lower === "class" && /^[ABC]$/.test(ts[j + 1]?.text ?? "")) { out.push(t, ts[++j]!); if (/^drugs?$/.test(ts[j + 1]?.lower ?? "")) out.push(ts[++j]!); continue; }
    if (t.cap && t.pos === "PROPN" && !(out.length && FOR_AGAINST_AS.test(out[out.length - 1]!.lower))) break;
    // a verb goes on an offence's name only as its first word ("filing false returns"), after "to", a preposition,
    // an adverb or an adjective ("conspiracy to commit", "sexually assaulting", "dangerous driving"), never after a noun
    // ("failure to comply with the law relating to procurement": what a law or an offence relates to goes on its name)
    if (t.lower === "relating" && ts[j + 1]?.lower === "to" && out.length > 2 && ts[j + 2] && /^[a-z]/.test(ts[j + 2]!.text) && (ts[j + 2]!.pos === "NOUN" || ts[j + 2]!.pos === "ADJ")) { out.push(t, ts[++j]!); continue; }
    // ("breaching a restraining order", "possessing a loaded firearm", "importing ... of a border-controlled drug": a
    // participle between an article and its noun modifies the noun, whatever the tagger calls it)
    if (t.pos === "VERB" && out.length && ARTICLES.test(out[out.length - 1]!.lower) && /^[a-z][a-z-]{2,}(?:ing|ed)$/.test(t.text) && ts[j + 1]?.pos === "NOUN" && /^[a-z]/.test(ts[j + 1]!.text)) { out.push(t); continue; }
    // ("importing merchandise by means of false statements", "obtaining property by means of deception": the means goes on the name)
    if (t.lower === "means" && out[out.length - 1]?.lower === "by" && ts[j + 1]?.lower === "of") { out.push(t); continue; }
    // ("14 counts of forgery preferred against him", "fraud charges filed by the commission": what was done with the
    // charge, told by a participle after its noun, is no part of the offence)
    if (out.length && out[out.length - 1]!.pos === "NOUN" && (t.pos === "ADJ" || t.pos === "VERB") && /^[a-z]{3,}ed$/.test(t.text) && /^(?:against|by)$/.test(ts[j + 1]?.lower ?? "")) break;
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

/** An offence named at k, after an article if any: "a felony", "a robbery", "an offence". */
function crimeAt(ts: readonly Token[], k: number): boolean {
  const w = ARTICLES.test(ts[k]?.lower ?? "") ? ts[k + 1] : ts[k];
  return !!w && (/^(?:felony|felonies|crime|crimes|offence|offences|offense|offenses)$/.test(w.lower) || OFFENCE_HEADS.has(w.lower) || !!OFFENCE_FORMS.get(w.lower));
}

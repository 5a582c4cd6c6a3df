// Charge phrases: the offence a charge predicate governs, as a noun or gerund phrase read
// from the tags ("filing false income tax returns", "possession of a controlled substance with
// intent to supply", "causing death by dangerous driving"), with a count before it ("five counts
// of") or after it ("two bank fraud counts"). Any offence, not only the listed ones: where no
// listed word shows it is an offence, a count or a strong predicate must (the rules decide).
import { lowerWords, type Token } from "../../nlp/tokens.ts";
import type { Span } from "../engine/match.ts";
import { beingOpens, QUANTITY, RANGING } from "./charge-openers.ts";
import { Tails, text } from "./charge-text.ts";
import { COUNT_NOUNS, COUNT_SIZE, DETERMINERS, FURTHER, inSum, ORDINALS, SUIT_KINDS, sumEnds, VERDICT_NOUNS } from "./charge-words.ts";
import { ANAPHOR, ANAPHOR_ENDS, ANAPHOR_LENGTHS, ANAPHOR_OPENS, oneMore, OTHERS, PLURAL_ANAPHOR, SAME_PLURAL } from "./charge-anaphors.ts";
import { COMPANIONS, KINSHIP, OFFENCE_MODIFIERS, PERSON_NOUNS, ROLE_FORMS, numberOf, MONTHS, WEEKDAYS } from "../../lexicon/index.ts";
import { body } from "./charge-body.ts";
import { describe } from "./charge-describe.ts";

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
  /** "assaulting A, B and C": the complainants listed after the first (entities). */
  others?: unknown[];
  /** "who raped and murdered X": an offence told by what the defendant did, which marks the charges of it and makes none. */
  deed?: boolean;
}


const QUANT = new Set(["a", "an", "one", "single", "a single", "the", "his", "her", "their", "its", "multiple", "several", "numerous", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "both"]);
const DIGITS = /^\d+$/;

/** Whether tokens `from` to `to` name a month or a weekday ("4 May 2024", "Monday"), with no copy of them made. */
function namesDay(ts: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (MONTHS.has(ts[k]!.lower) || WEEKDAYS.has(ts[k]!.lower)) return true;
  return false;
}


/** Charge phrases of a sentence: at every token where one can begin, with or without a determiner before. */
export function chargeSpans(ts: readonly Token[]): Span[] {
  return quoted(ts, unquotedSpans(ts));
}

const OPENING_QUOTE = /^["“]$/;
const CLOSING_QUOTE = /^["”]$/;
/** 'guilty of "corrupt practices"': an offence in quotation marks is read with its marks too. */
function quoted(ts: readonly Token[], spans: Span[]): Span[] {
  const more = spans.filter((s) => OPENING_QUOTE.test(ts[s.start - 1]?.text ?? "") && CLOSING_QUOTE.test(ts[s.end]?.text ?? ""))
    .map((s) => ({ ...s, start: s.start - 1, end: s.end + 1 }));
  return more.length ? [...spans, ...more] : spans;
}

function unquotedSpans(ts: readonly Token[]): Span[] {
  const out = phrases(ts);
  for (const s of [...out]) if (s.start > 0 && DETERMINERS.has(ts[s.start - 1]!.lower)) out.push({ ...s, start: s.start - 1 });
  return out;
}

/** Whether "counts of" (or "charges of") comes before token i: "one of false accounting" then counts too. */
function countsBefore(ts: readonly Token[], i: number): boolean {
  for (let k = 0; k < i - 1; k++) if (COUNT_NOUNS.has(ts[k]!.lower) && ts[k + 1]!.lower === "of") return true;
  return false;
}


/** The capitalised heads of a statute's name: "the Terrorism Act", "the Firearms Ordinance". */
const STATUTE_HEADS = /^(?:Act|Acts|Code|Ordinance|Regulations|Bill)$/;
const COUNT_WORDS = new Set(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "multiple", "several"]);
const CASE_NOUNS = /^(?:case|cases)$/;

/** Words after which a bare "both" or "all three" closes its phrase: "convicted of both on Friday", "of both after a trial". */
const BARE_ANAPHOR_NEXT = /^(?:and|but|on|at|in|after|before|by|following|last|yesterday|today|earlier|later|when|while|as)$/;
const BARE_COUNTS = /^(?:two|three|four|five|six|seven|eight|nine|ten)$/;

/**
 * Where "both", "both of them", "all of them", "all three (of them)" as the object of "of", "on" or "to" ends: a plural
 * charge anaphor ("convicted of both", "pleaded guilty to all three"), closing its clause; else 0 ("both murders" is no anaphor).
 */
function bareAnaphorEnd(ts: readonly Token[], i: number): number {
  const w = (k: number) => ts[k]?.lower ?? "";
  if (!/^(?:of|on|to)$/.test(w(i - 1)) || !/^(?:both|all)$/.test(w(i))) return 0;
  let end = i + 1;
  if (w(i) === "all" && BARE_COUNTS.test(w(end))) end++;
  else if (w(i) === "all" && w(end) !== "of") return 0;
  if (w(end) === "of" && w(end + 1) === "them") end += 2;
  if (w(i) === "all" && end === i + 1) return 0;
  // ("pleaded guilty to both": "to" only after a plea's words)
  if (w(i - 1) === "to" && !/^(?:guilty|contest|admitted|admits|denied|denies)$/.test(w(i - 2))) return 0;
  const next = ts[end];
  return !next || next.pos === "PUNCT" || BARE_ANAPHOR_NEXT.test(next.lower) ? end : 0;
}

function phrases(ts: readonly Token[]): Span[] {
  const out: Span[] = [];
  const tails = new Tails(ts);
  // (where a sum of money starting at each token ends: asked of every token three times, twice by inSum)
  const sums = sumEnds(ts);
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
    // "He was convicted of both.": the two charges named before ("acquitted of both of them", "of all of them", "of all
    // three", "pleaded guilty to both on Monday": closing its clause, or before when it was told)
    const bare = bareAnaphorEnd(ts, i);
    if (bare) out.push({ type: "Charge", start: i, end: bare, data: { label: text(ts, i, bare), family: "", offence: true, anaphor: "plural" } satisfies ChargeData });
    if (oneMore(ts, i)) out.push({ type: "Charge", start: i, end: ts[i + 2] && /^(?:count|charge)$/.test(ts[i + 2]!.lower) ? i + 3 : i + 2, data: { label: text(ts, i, i + 2), family: "", offence: true, anaphor: "other", count: 1 } satisfies ChargeData });
    // "five counts of X", "one count of X", "two further counts of X", "a charge of X"
    let j = i, count: number | undefined, further = false;
    if (QUANT.has(ts[j]!.lower) || DIGITS.test(ts[j]!.text)) { count = numberOf(ts[j]!.lower); j++; }
    if (ts[j] && FURTHER.has(ts[j]!.lower)) { further = true; j++; }
    if (count === 1 && ts[j] && ORDINALS.has(ts[j]!.lower)) j++;
    // ("federal charges of bribery", "criminal charges of fraud", "an eight-count charge of": the charge's kind or size,
    // no part of the offence)
    while (ts[j] && COUNT_NOUNS.has(ts[j + 1]?.lower ?? "") && (OFFENCE_MODIFIERS.has(ts[j]!.lower) || COUNT_SIZE.test(ts[j]!.lower))) j++;
    // ("one count each of wire fraud and bank fraud")
    const each = ts[j + 1]?.lower === "each" ? 1 : 0;
    if (ts[j] && COUNT_NOUNS.has(ts[j]!.lower) && ts[j + 1 + each]?.lower === "of") {
      const end = body(ts, j + 2 + each, true);
      const d = end && describe(ts, j + 2 + each, end, tails);
      if (end && d) out.push({ type: "Charge", start: i, end, data: { ...d, offence: true, ...(count !== undefined && /s$/.test(ts[j]!.lower) || count === 1 ? { count } : {}), ...(further && { further }) } satisfies ChargeData });
    }
    // ("A lesser charge, of careless driving, was withdrawn": the offence in apposition to its count noun, between commas)
    if (j > i && ts[j] && COUNT_NOUNS.has(ts[j]!.lower) && ts[j + 1]?.lower === "," && ts[j + 2]?.lower === "of") {
      const end = body(ts, j + 3, true);
      const d = end && ts[end]?.lower === "," ? describe(ts, j + 3, end, tails) : undefined;
      if (end && d) out.push({ type: "Charge", start: i, end, data: { ...d, offence: true, ...(count !== undefined && /s$/.test(ts[j]!.lower) || count === 1 ? { count } : {}), ...(further && { further }) } satisfies ChargeData });
    }
    // ("registered a case of cheating against X": an Indian police case named by a listed offence is a charge of it)
    if (ts[j] && ts[j + 1]?.lower === "of" && CASE_NOUNS.test(ts[j]!.lower)) {
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
    if (ts[j + 1]?.lower === "of" && QUANTITY.test(ts[j]?.lower ?? "")) {
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
    if (inSum(sums, i)) continue;
    const start = i;
    let k = sums[i] ?? i;
    let c: number | undefined, f = false;
    if (k === i && (COUNT_WORDS.has(ts[k]!.lower) || DIGITS.test(ts[k]!.lower))) { c = numberOf(ts[k]!.lower); k++; }
    if (ts[k] && FURTHER.has(ts[k]!.lower)) { f = true; k++; }
    // ("convicted on the same fraud counts": the offence named before, told again)
    else if (ts[k]?.lower === "same" && ts[k - 1]?.lower === "the") k++;
    let end = body(ts, k);
    if (!end) continue;
    let d = describe(ts, k, end, tails);
    // "his fraud trial": the offence tried ("his assault conviction" is an outcome's, for the verdict rules to read)
    // ("convicted in a 2016 murder case": the offence a case is named by)
    // (a suit's case is none: "the defamation case")
    if (!d && end - k >= 2 && (/^(?:trial|retrial)$/.test(ts[end - 1]!.lower) || ts[end - 1]!.lower === "case" && !SUIT_KINDS.test(ts[end - 2]!.lower))) d = describe(ts, k, --end, tails);
    if (!d) continue;
    const countNoun = COUNT_NOUNS.has(ts[end - 1]!.lower);
    // no word shows an offence: a ChargeLike phrase, a charge only where a strong predicate governs it
    const type = d.offence || countNoun ? "Charge" : "ChargeLike";
    // ("was charged on 4 May 2024": a date is no offence)
    if (type === "ChargeLike" && namesDay(ts, k, end)) continue;
    // ("guilty of aggravated burglary, and his cousin, X, was acquitted": someone's kin or companion is no offence)
    if (type === "ChargeLike" && [ts[start], ts[start - 1]].some((t) => /^(?:his|her|their)$/.test(t?.lower ?? "")) && personHead(ts[end - 1]!.lower)) continue;
    // ("convicted three former officials of a public sector bank": a noun phrase after people's "of" is where they served)
    if (type === "ChargeLike" && ts[k]!.pos !== "VERB" && ofPeople(ts, start)) continue;
    // ("charged under section 5 of the Terrorism Act 2006 with preparing acts of terrorism": a statute's name, no offence)
    if (STATUTE_HEADS.test(ts[end]?.text ?? "")) continue;
    const owned = /^(?:his|her|their)$/.test(ts[start - 1]?.lower ?? "") && VERDICT_NOUNS.has(ts[end]?.lower ?? "");
    out.push({ type, start, end, ...(type === "ChargeLike" && { weak: true }), data: { ...d, offence: type === "Charge", ...(c !== undefined && { count: c }), ...(f && { further: f }), ...(owned && { owned }) } satisfies ChargeData });
  }
  return out;
}

/** A noun for someone's kin or companion: "cousin", "wife", "pal" ("his cousin" follows a charge list as the next subject). */
/** Whether "of" before token i (and its article) follows people named by what they are: "officials of (a) ...". */
function ofPeople(ts: readonly Token[], i: number): boolean {
  const p = DETERMINERS.has(ts[i - 1]?.lower ?? "") ? i - 2 : i - 1;
  const noun = ts[p - 1];
  return ts[p]?.lower === "of" && !!noun && noun.pos === "NOUN" && /s$/.test(noun.lower) && (ROLE_FORMS.has(noun.lemma) || PERSON_NOUNS.has(noun.lemma));
}
const personHead = (w: string) => KINSHIP.has(w) || COMPANIONS.has(w) || /^(?:cousin|nephew|niece|uncle|aunt|grand(?:son|daughter|father|mother))s?$/.test(w);

// Penalties and sums of money: "16 years in prison", "life imprisonment", "a suspended sentence
// of 12 months", "seven years' imprisonment", "a fine of £5,000"; "$15 million", "€40,000",
// "Rs 5 lakh". The rules say whose penalty or damages they are.
import type { Token } from "../../nlp/tokens.ts";
import type { Span } from "../engine/match.ts";
import { CURRENCY_WORDS as CURRENCY_LETTERS, foldedNumberOf } from "../../lexicon/index.ts";

const UNITS = /^(?:years?|months?|weeks?|days?|hours?|decades?)$/;
const COMPOUND_UNIT = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)(?:-and-a-half)?-(?:year|month|week|day)$/;
/** "three-and-a-half" (one token once the hyphens are joined): a number and a half. */
const AND_A_HALF = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)-and-a-half$/;
const CUSTODY = new Set(["prison", "jail", "gaol", "imprisonment", "criminal", "custody", "detention", "incarceration", "behind", "probation", "house", "community", "supervised", "supervision", "parole", "rigorous", "simple", "hard", "labour", "labor"]);
/** What a sentence with no term is called: "a suspended sentence", "a community order", "a conditional discharge". */
const KINDS_OF_SENTENCE = /^(?:suspended|community|conditional|absolute|custodial|non-custodial|intensive)$/;
const SENTENCING_VERBS = /^(?:given|handed|received|receives|got|gets|sentenced|imposed|gave|hands)$/;
/** The words before a bare term that make it a penalty (penaltySpans). */
const SENTENCING_WORDS = /^(?:to|for|sentenced|sentence|jailed|imprisoned|gave|given|handed|received|receives|serve|serving|term|got)$/;
const SENTENCE_NOUNS = new Set(["sentence", "term", "jail", "prison", "imprisonment", "order", "probation", "fine", "penalty", "ban", "disqualification", "suspension"]);
const CURRENCY_SYMBOLS = new Set(["$", "£", "€", "¥", "₹", "₩", "rs", "rs.", "inr", "usd", "us$", "a$", "c$", "r", "aud", "cad", "gbp", "eur", "kes", "naira", "₦", "sgd", "s$"]);
const CURRENCY_WORDS = /^(?:dollars?|pounds?|euros?|rupees?|won|yen|yuan|naira|rand|shillings?|francs?)$/;
const DOLLAR_COUNTRIES = /^(?:S|A|C|NZ|HK|US|NT|R|Z)$/;
const SCALE = /^(?:million|billion|trillion|thousand|lakh|lakhs|crore|crores|m|bn|k|mn)$/;
// (made once: a regular expression literal is a new object each time it is evaluated, and moneyEnd is asked at every
// token, twice)
const DIGITS = /^\d[\d,.]*$/;
/** "Sh200,000", "KSh50,000": a currency's letters glued to the first digits. */
const GLUED_CURRENCY = /^(\p{L}+\.?)\d[\d.]*$/u;
const NON_CUSTODIAL = /^(?:probation|community service)$/;

const APPROX = /^(?:nearly|almost|about|roughly|around|approximately|more|over|just|some)$/;

/** "nearly 13 years", "11 years and three months", "a year": where such a duration ends, or nothing. */
function durationAt(ts: readonly Token[], i: number): number | undefined {
  let k = i;
  while (ts[k] && (APPROX.test(ts[k]!.lower) || ts[k]!.lower === "than")) k++;
  const first = unitAt(ts, k);
  if (!first || (k > i && !APPROX.test(ts[i]!.lower))) return undefined;
  let end = first;
  // "a year and a half", "11 years and three months"
  if (ts[end]?.lower === "and" && ts[end + 1]?.lower === "a" && ts[end + 2]?.lower === "half") end += 3;
  for (let more = ts[end]?.lower === "and" ? unitAt(ts, end + 1) : undefined; more; more = ts[end]?.lower === "and" ? unitAt(ts, end + 1) : undefined) end = more;
  return end;
}

/**
 * A number (or "a") and a unit of time at `at` ("two years", "two and a half years", "three-and-a-half years"):
 * where it ends, or nothing. The unit is tested first, it rules out most tokens.
 */
function unitAt(ts: readonly Token[], at: number): number | undefined {
  if (ts[at + 1] && UNITS.test(ts[at + 1]!.lower) && (isNumber(ts[at]) || /^(?:a|an)$/.test(ts[at]?.lower ?? "") || AND_A_HALF.test(ts[at]?.lower ?? ""))) return at + 2;
  if (ts[at + 4] && UNITS.test(ts[at + 4]!.lower) && isNumber(ts[at]) && ts[at + 1]!.lower === "and" && ts[at + 2]!.lower === "a" && ts[at + 3]!.lower === "half") return at + 5;
  return undefined;
}

const isNumber = (t?: Token) => !!t && (/^\d[\d,.]*$/.test(t.text) || foldedNumberOf(t.lower) !== undefined);

/** Sums of money. */
export function moneySpans(ts: readonly Token[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < ts.length; i++) {
    const j = moneyEnd(ts, i);
    if (j === undefined) continue;
    // "S$120,000", "NZ$40,000", "HK$2m": the country's letters the tokenizer cut from the dollar sign
    const from = ts[i]!.text === "$" && i > 0 && DOLLAR_COUNTRIES.test(ts[i - 1]!.text) && ts[i - 1]!.end === ts[i]!.start && out[out.length - 1]?.end !== i ? i - 1 : i;
    out.push({ type: "Money", start: from, end: j });
    i = j - 1;
  }
  return out;
}

/** Where a sum of money that starts at token i ends ("$4 million", "12 billion won"), if one does. */
export function moneyEnd(ts: readonly Token[], i: number): number | undefined {
  const t = ts[i]!;
  let j = i;
  if (CURRENCY_SYMBOLS.has(t.lower) && isNumber(ts[i + 1]) && /\d/.test(ts[i + 1]!.text)) {
    j = i + 2;
    if (ts[j] && SCALE.test(ts[j]!.lower)) j++;
    return j;
  }
  // "Sh200,000", "KSh50,000", "N5m" (the tokenizer keeps the letters with the first digits and cuts at the comma),
  // "Sh 100,000": a currency written as letters (names.json currency_words, case kept: "N", "Sh")
  // (both expressions need a word ending in a digit, a stop or a comma: most words are refused by their last character,
  // not by a Unicode expression run at every token, several times a token)
  const numeric = endsNumeric(t.text);
  const glued = numeric ? GLUED_CURRENCY.exec(t.text) : null;
  if ((glued && CURRENCY_LETTERS.has(glued[1]!)) || (CURRENCY_LETTERS.has(t.text) && DIGITS.test(ts[i + 1]?.text ?? ""))) {
    j = glued ? i + 1 : i + 2;
    while (ts[j]?.text === "," && /^\d{3}$/.test(ts[j + 1]?.text ?? "") && ts[j]!.start === ts[j - 1]!.end && ts[j + 1]!.start === ts[j]!.end) j += 2;
    if (ts[j] && SCALE.test(ts[j]!.lower)) j++;
    return j;
  }
  if (!numeric || !DIGITS.test(t.text)) return undefined;
  j = i + 1;
  if (ts[j] && SCALE.test(ts[j]!.lower)) j++;
  return ts[j] && CURRENCY_WORDS.test(ts[j]!.lower) ? j + 1 : undefined;
}

/** The word's last character is a digit, a stop or a comma, as GLUED_CURRENCY's and DIGITS' words all end. */
function endsNumeric(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return (c >= 48 && c <= 57) || c === 46 || c === 44;
}

/** Penalties: a term of custody, probation or a fine, or life, or death. */
export function penaltySpans(ts: readonly Token[], money: readonly Span[]): Span[] {
  const out: Span[] = [];
  const moneyAt = new Map(money.map((m) => [m.start, m]));
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i]!;
    let j = -1;
    const duration = durationAt(ts, i);
    if (duration) {
      // "16 years in prison", "seven years' imprisonment", "11 years and three months in federal prison", "three years of probation"
      j = duration;
      // ("two years less a day", "two years less one day": the Canadian term served in a provincial jail)
      if (ts[j]?.lower === "less" && /^(?:a|one)$/.test(ts[j + 1]?.lower ?? "") && ts[j + 2]?.lower === "day") j += 3;
      if (ts[j]?.lower === "'" || ts[j]?.lower === "'s") j++;
      const custodyAfter = ts[j] && (CUSTODY.has(ts[j]!.lower) || /^(?:suspended|jail)$/.test(ts[j]!.lower) || /^(?:in|of|behind)$/.test(ts[j]!.lower) && ts[j + 1] && (CUSTODY.has(ts[j + 1]!.lower) || /^(?:federal|state|a)$/.test(ts[j + 1]!.lower)));
      if (custodyAfter) {
        if (/^(?:in|of|behind)$/.test(ts[j]!.lower)) j += 1;
        while (ts[j] && (CUSTODY.has(ts[j]!.lower) || /^(?:federal|state|bars|service|arrest|release|prison|jail|suspended)$/.test(ts[j]!.lower))) j++;
      } else {
        // a bare term is a penalty where a sentencing word governs it: "sentenced to 12 years", "gave her 11 years"
        if (!ts.slice(Math.max(0, i - 4), i).some((x) => SENTENCING_WORDS.test(x.lower))) continue;
      }
    } else if (ts[i + 1] && COMPOUND_UNIT.test(ts[i + 1]!.lower) && (isNumber(t) || /^(?:a|an)$/.test(t.lower))) {
      // "a 12-month suspended sentence", "an 18-month community order"
      j = i + 2;
      while (ts[j] && ts[j]!.pos !== "PUNCT" && !SENTENCE_NOUNS.has(ts[j]!.lower) && j - i < 6) j++;
      if (!ts[j] || !SENTENCE_NOUNS.has(ts[j]!.lower)) continue;
      j++;
      // ("a 20-year prison sentence", "an eight-year jail term": the sentence's own noun after where it is served)
      if (/^(?:prison|jail)$/.test(ts[j - 1]!.lower) && /^(?:sentence|term)$/.test(ts[j]?.lower ?? "")) j++;
    } else if (COMPOUND_UNIT.test(t.lower) && ts[i + 1] && SENTENCE_NOUNS.has(ts[i + 1]!.lower)) {
      j = i + 2;
      // ("X's 10-year prison sentence", "the 15-year jail term": the sentence's own noun after where it is served)
      if (/^(?:prison|jail)$/.test(ts[i + 1]!.lower) && /^(?:sentence|term)$/.test(ts[j]?.lower ?? "")) j++;
    } else if (t.lower === "life") {
      // "life in prison", "life imprisonment", "life without parole", "life with a minimum term of 25 years"
      j = i + 1;
      if (ts[j] && /^(?:in|behind)$/.test(ts[j]!.lower) && ts[j + 1] && /^(?:prison|jail|bars)$/.test(ts[j + 1]!.lower)) j += 2;
      else if (ts[j] && /^(?:imprisonment|sentence|term)$/.test(ts[j]!.lower)) j++;
      if (ts[j] && /^(?:without|with)$/.test(ts[j]!.lower)) {
        let k = j + 1;
        while (ts[k] && ts[k]!.pos !== "PUNCT" && k - j < 10 && !/^(?:and|but|after|for)$/.test(ts[k]!.lower)) k++;
        if (ts.slice(j, k).some((x) => /^(?:parole|release|term|years)$/.test(x.lower))) j = k;
      }
      if (j === i + 1 && !/^(?:to|for)$/.test(ts[i - 1]?.lower ?? "")) continue;
    } else if (ts[i - 1]?.lower === "to" && (t.lower === "imprisonment" || /^(?:rigorous|simple)$/.test(t.lower) && ts[i + 1]?.lower === "imprisonment")) {
      // "sentenced to rigorous imprisonment for 10 years", "to imprisonment for life": the term after the kind, as the
      // Indian and Pakistani press write it
      j = t.lower === "imprisonment" ? i + 1 : i + 2;
      if (ts[j]?.lower === "for") {
        if (ts[j + 1]?.lower === "life") j += 2;
        else { const term = durationAt(ts, j + 1); if (term) j = term; }
      }
    } else if (t.lower === "death" && /^(?:sentence|sentences|penalty)$/.test(ts[i + 1]?.lower ?? "")) {
      // "awarded death sentence to X", "handed the death penalty"
      j = i + 2;
    } else if (t.lower === "death" && /^(?:to)$/.test(ts[i - 1]?.lower ?? "") && ts.slice(Math.max(0, i - 12), i).some((x) => /^(?:sentenced|sentence|condemned|sentences)$/.test(x.lower))) {
      // ("sentenced Ana Roe and Lee Park to death": the verb a list of names away)
      j = i + 1;
      // "death by hanging", "death by firing squad", "death by lethal injection": the manner is the penalty's
      if (ts[j]?.lower === "by" && /^(?:hanging|stoning|beheading|electrocution|firing|lethal|shooting)$/.test(ts[j + 1]?.lower ?? "")) {
        j += 2;
        if (/^(?:squad|injection)$/.test(ts[j]?.lower ?? "")) j++;
      }
    } else if ((t.lower === "a" || t.lower === "an") && ts[i + 1]?.lower === "fine" && ts[i + 2]?.lower === "of" && moneyAt.has(i + 3)) {
      j = moneyAt.get(i + 3)!.end;
    } else if (NON_CUSTODIAL.test(t.lower) && ts[i - 1]?.lower === "to") {
      j = i + 1;
    } else if ((t.lower === "a" || t.lower === "an") && KINDS_OF_SENTENCE.test(ts[i + 1]?.lower ?? "") && ts.slice(Math.max(0, i - 3), i).some((x) => SENTENCING_VERBS.test(x.lower))) {
      // "was given a suspended sentence", "handed a community order", "received a conditional discharge": a penalty with no term
      j = i + 2;
      if (/^(?:jail|prison|custodial|correction|corrections|supervision|service)$/.test(ts[j]?.lower ?? "")) j++;
      if (!ts[j] || !(SENTENCE_NOUNS.has(ts[j]!.lower) || ts[j]!.lower === "discharge")) continue;
      j++;
    } else continue;
    // "... and a fine of £5,000": one penalty
    if (ts[j]?.lower === "and" && (ts[j + 1]?.lower === "a" || ts[j + 1]?.lower === "fined") && ts[j + 2]?.lower === "fine" && ts[j + 3]?.lower === "of" && moneyAt.has(j + 4)) j = moneyAt.get(j + 4)!.end;
    out.push({ type: "Penalty", start: i, end: j });
    i = j - 1;
  }
  return out;
}

// The words around a name that say what it is not: an address's town, a noun it modifies, a
// holiday's head, a team's plural, an open-class title before a given name. Pure functions of the
// tokens, for the name finder (names.ts).
import type { Token } from "../nlp/tokens.ts";
import { inLexicon, tagWord } from "../nlp/wink.ts";
import { BODIES_BEFORE_PLACE, COMPLEMENT_HEADS, STATUTE_HEADS, NATIONALITY_ADJECTIVES, PRODUCT_MAKES, COURT_HEADS, COURT_SHORT_NAMES, GIVEN_NAMES, EVENT_LEADS, LAW_FIRM_HEADS, LAW_FIRM_LEADS, ORG_HEADS, PERSON_NOUNS, PLACE_HEADS, ROLE_FORMS, STREET_HEADS, STUDIO_HEADS, isPlace } from "../lexicon/index.ts";
import { roleLabel } from "./spans/roles.ts";
// (regexes with \p{...}, which tsx's esbuild writes as `new RegExp(...)` made at every use, are made once here)
const LOWER_START = /^\p{Ll}/u, CAPITALISED_PLURAL = /^\p{Lu}\p{Ll}+s$/u, HYPHENED_ADJECTIVE = /^\p{Lu}\p{Ll}+-\p{Ll}/u, LETTER_PREFIXED = /^\p{Lu}-\p{Lu}\p{Ll}+$/u;

/** "the Ruiz trial": a name before a common noun modifies it. */
export const modifies = (ts: readonly Token[], b: number) => !!ts[b] && LOWER_START.test(ts[b]!.text) && ts[b]!.pos === "NOUN";
/** "Magpies", "Rovers": the plural of an English noun (not "Hoskins", "Pinches"). */
export const pluralNoun = (word: string) => CAPITALISED_PLURAL.test(word) && !/ss$/.test(word) && inLexicon(word.slice(0, -1).toLowerCase());

/**
 * A town in an address: "of Bridge Street, Mallow, Co Cork" (after a street, between commas) or
 * "of Mallow, Co Cork" (before a county), the towns too small for the list of cities.
 */
export function inAddress(ts: readonly Token[], a: number, b: number): boolean {
  const afterStreet = ts[a - 1]?.text === "," && (STREET_HEADS.has(ts[a - 2]?.text ?? "") || /^(?:Street|Road|Avenue|Square|Park|Place|Court|Hill|Green|Estate|Heights)$/.test(ts[a - 2]?.text ?? "") || ofPlace(ts, a - 1));
  const ends = /^[,.;]$/.test(ts[b]?.text ?? "") || ts[b] === undefined;
  return (afterStreet && ends) || hometown(ts, a, b) || (ts[a - 1]?.lower === "of" && county(ts, b)) || (afterStreet && county(ts, b));
}

/**
 * "Dale Rook, 27, of Ely, admitted": after an age, the place someone is of (even one named like a person); and in a
 * press release's brackets, "Luis Roe (37, Brandon)", after the age.
 */
export const hometown = (ts: readonly Token[], a: number, b: number) =>
  (ts[a - 1]?.lower === "of" && ts[a - 2]?.text === "," && /^\d{1,3}$/.test(ts[a - 3]?.text ?? "") && ts[a - 4]?.text === "," && /^[,.;]$/.test(ts[b]?.text ?? "."))
  || (ts[a - 1]?.text === "," && /^\d{1,3}$/.test(ts[a - 2]?.text ?? "") && ts[a - 3]?.text === "(" && /^[),]$/.test(ts[b]?.text ?? ""));

/**
 * "of Lower Heron Farm," before tokens[comma]: a house or a farm someone is "of", in an address (not "a former
 * governor of Kogi State, Musa Bello,": after a noun, the place is the office's, and the name after it a person's).
 */
export function ofPlace(ts: readonly Token[], comma: number): boolean {
  if (!PLACE_HEADS.has(ts[comma - 1]?.text ?? "")) return false;
  let k = comma - 1;
  while (k > 0 && ts[k - 1]!.cap && comma - k < 5) k--;
  if (ts[k - 1]?.lower === "of" && ts[k - 2]?.pos === "NOUN" && /^[a-z]/.test(ts[k - 2]!.text)) return false;
  return ts[k - 1]?.lower === "of" || /^\d/.test(ts[k - 1]?.text ?? "");
}

const county = (ts: readonly Token[], i: number) => ts[i]?.text === "," && /^(?:Co\.?|County)$/.test(ts[i + 1]?.text ?? "") && !!ts[i + 2]?.cap;
/** "St Stephen's Day", "Christmas Eve": the head of a holiday's name. */
export const dayHead = (t?: Token) => !!t && /^(?:Day|Eve|Night)$/.test(t.text);

/**
 * An open-class title: capitalised words ending in a person noun or a role form, then a given
 * name ("Fire Chief Dana Ortiz", "Harbour Master Joe Bloggs").
 */
export function openTitle(ts: readonly Token[], k: number, b: number): { end: number; value: { label: string } } | undefined {
  for (let e = k + 1; e < Math.min(b, k + 4); e++) {
    const head = ts[e - 1]!.lower;
    if (!GIVEN_NAMES.has(ts[e]!.text) || GIVEN_NAMES.has(ts[k]!.text)) continue;
    if (!(PERSON_NOUNS.has(head) || ROLE_FORMS.has(head))) continue;
    return { end: e, value: { label: roleLabel(ts.slice(k, e)).label } };
  }
  return undefined;
}

/** Plural endings of nouns for people who do a job: "deckhands", "engineers", "fishermen", "guardians". */
const PLURAL_AGENT = /^\p{Lu}\p{Ll}+(?:hands|ers|ors|ists|ants|ents|men|ians)$/u;

/**
 * "Deckhands Ana Ruiz and Ivo Garnock said": a plural role word that opens the clause, before a
 * name of two words or more that a list goes on from, is the role of the people named, never a
 * part of the first one's name (a person's name does not open with a plural noun).
 */
export function pluralTitle(ts: readonly Token[], k: number, b: number): { end: number; value: { label: string } } | undefined {
  const word = ts[k]!.text;
  if (!PLURAL_AGENT.test(word) || GIVEN_NAMES.has(word) || b - k < 3) return undefined;
  if (!/^(?:and|,)$/.test(ts[b]?.lower ?? "")) return undefined;
  const one = word.toLowerCase().replace(/men$/, "man").replace(/s$/, "");
  if (!(ROLE_FORMS.has(one) || PERSON_NOUNS.has(one) || inLexicon(one))) return undefined;
  return { end: k + 1, value: { label: one } };
}

/** Singular endings of nouns for people who do a job: "postwoman", "skipper", "solicitor", "pharmacist". */
const SINGULAR_AGENT = /^\p{Lu}\p{Ll}+(?:man|woman|er|or|ist|ant|ian)$/u;

/**
 * "Postwoman Mai Huong told the court", "Trucker Jaspal Verdhani was jailed": an occupation that
 * opens the clause, before a name of two words or more, is the person's role, never the first word
 * of her name. Listed, or a noun of the tagger's lexicon that is no given name nor a nationality
 * ("Parker Lee Stannard" keeps his name; an initial after the word, "Booker T. Washington", is a name's).
 */
export function singularTitle(ts: readonly Token[], k: number, b: number): { end: number; value: { label: string } } | undefined {
  const word = ts[k]!.text;
  if (!SINGULAR_AGENT.test(word) || GIVEN_NAMES.has(word) || b - k < 3) return undefined;
  const one = word.toLowerCase();
  const noun = inLexicon(one) && tagWord(one).pos === "NOUN" && !NATIONALITY_ADJECTIVES.has(one) && !/^\p{Lu}\.?$/u.test(ts[k + 1]!.text);
  if (!(ROLE_FORMS.has(one) || PERSON_NOUNS.has(one) || noun)) return undefined;
  return { end: k + 1, value: { label: roleLabel(ts.slice(k, k + 1)).label } };
}

/** Whether capitalised words from i + 1 run on to a company's suffix ("Stunts Ltd", "Haulage Limited"). */
export function companyNamed(ts: readonly Token[], i: number): boolean {
  let k = i + 1;
  while (k < ts.length && k < i + 5 && ts[k]!.cap && !COMPANY_SUFFIX.test(ts[k]!.text)) k++;
  return k > i + 1 && COMPANY_SUFFIX.test(ts[k]?.text ?? "");
}
const COMPANY_SUFFIX = /^(?:Ltd|Ltd\.|Limited|Inc|Inc\.|LLC|LLP|PLC|plc|Pty|GmbH|Corp|Corp\.|Co\.)$/;

/** "Police Scotland", "Revenue Scotland": a public body named by its kind, then its country or region (the two words only). */
export const bodyBeforePlace = (ts: readonly Token[], i: number) =>
  (BODIES_BEFORE_PLACE.has(ts[i]?.text ?? "") || (ABSTRACT_NOUN.test(ts[i]?.text ?? "") && !GIVEN_NAMES.has(ts[i]!.text))) && !!ts[i + 1] && isPlace(ts[i + 1]!.text) && !STATUTE_HEADS.has(ts[i + 1]!.text) && !ts[i + 2]?.cap;
/** "Procurement Canada", "Immigration New Zealand": a word made as abstract nouns are, no one's given name, before a place names a body. */
const ABSTRACT_NOUN = /^\p{Lu}\p{Ll}{3,}(?:ment|tion|sion|ism|ics)$/u;

/** "(South)", "(Crime Branch)": the division a title heads, bracketed between the title and the name; the index after it, or `i`. */
export function divisionAfter(ts: readonly Token[], i: number): number {
  if (ts[i]?.text !== "(") return i;
  let q = i + 1;
  while (q < i + 4 && ts[q]?.cap) q++;
  return q > i + 1 && ts[q]?.text === ")" ? q + 1 : i;
}

/** Two words or more from `e` to `b`, all capitalised and none a court's, a body's or a studio's head. */
const nameAfter = (ts: readonly Token[], e: number, b: number) => b - e >= 2 && ts.slice(e, b).every((t) => t.cap && !COURT_HEADS.has(t.text) && !ORG_HEADS.has(t.text) && !STUDIO_HEADS.has(t.text));

/**
 * Where the words of a title that opens a name end (`a` when none does): a title's own court or body
 * words are no head of the name ("District Judge (Magistrates' Courts) Ana Ruiz", "Superintendent of
 * Police Kavita Gowda", "Deputy Commissioner of Police (South) Arun Mehta"), where a name of two words
 * or more with no head of its own follows it.
 */
export function titleWordsEnd(ts: readonly Token[], a: number, b: number): number {
  const own = ROLE_FORMS.at(ts, a).find((h) => h.end < b && (ts[h.end - 1]!.text === ")" || nameAfter(ts, divisionAfter(ts, h.end), b)));
  return own ? divisionAfter(ts, own.end) : a;
}

/** Where a full name of two words or more begins in [from, b): at its given name, else its last two words. */
export function fullNameStart(ts: readonly Token[], from: number, b: number): number | undefined {
  if (b - from < 2 || !ts.slice(from - 1, b).every((t) => t.cap)) return undefined;
  for (let s = from; s <= b - 2; s++) if (GIVEN_NAMES.has(ts[s]!.text)) return s;
  return b - 2;
}

/** "Head of Security Marcus Iveson": a role's word, "of" or "for", a department's capitalised words, then a full name. */
export function departmentTitle(ts: readonly Token[], k: number, b: number): { end: number; value: { label: string } } | undefined {
  if (!(ROLE_FORMS.has(ts[k]!.lower) || COMPLEMENT_HEADS.has(ts[k]!.lower)) || !ts[k]!.cap || !/^(?:of|for)$/.test(ts[k + 1]?.text ?? "") || ROLE_FORMS.at(ts, k).some((h) => h.end > k + 1)) return undefined;
  if (isPlace(ts[k + 2]?.text ?? "")) return undefined;
  const start = fullNameStart(ts, k + 3, b);
  return start ? { end: start, value: { label: ts.slice(k, start).map((t) => t.lower).join(" ") } } : undefined;
}

/** "Chief Accounting Officer Dale Brenner": capitalised words from `k` ending in a role's head, before a name of two words or more. */
export function titleBeforeFullName(ts: readonly Token[], k: number, b: number): { end: number; value: { label: string } } | undefined {
  for (let e = k + 2; e <= Math.min(b - 2, k + 4); e++) {
    if (!ROLE_FORMS.has(ts[e - 1]!.lower) || !ts.slice(k, b).every((t) => t.cap)) continue;
    return { end: e, value: { label: ts.slice(k, e).map((t) => t.lower).join(" ") } };
  }
  return undefined;
}

/** "the Old Bailey", "the Bailey": a court known by a short name (the lexicon's court_short_names), at words a..b. */
export function shortCourtName(ts: readonly Token[], a: number, b: number): boolean {
  return COURT_SHORT_NAMES.some((c) => c.words.length === b - a && c.words.every((w, i) => ts[a + i]!.text === w) && (!c.afterThe || ts[a - 1]?.lower === "the"));
}

/** "Menon Law Chambers", "Okoye Solicitors", "Chambers of Rohan Nambiar": a chambers' or a law firm's name, whoever's surname is in it. */
export function lawFirmName(texts: readonly string[]): boolean {
  // (not "Chambers of Leeds": a surname and the town its bearer is from)
  if (texts.length > 2 && LAW_FIRM_LEADS.has(texts[0]!) && texts[1] === "of") return !isPlace(texts.slice(2).join(" "));
  return LAW_FIRM_HEADS.some((h) => texts.length > h.length && h.every((w, i) => texts[texts.length - h.length + i] === w));
}

/**
 * What a capitalised name with no title and no given name is when it is a thing, not anyone: "none" for
 * a product ("a Toyota Hilux", "his Proton Perdana"), a nationality before a noun ("in South African
 * history", "Kenyan police said") and a hyphened adjective opening a sentence ("Whole-life orders are rare");
 * a letter joined to a word ("M-Pesa"); "maker" for a maker's name alone ("Audi and Porsche, its brands"), a company. Else undefined.
 */
export function thingNamed(ts: readonly Token[], a: number, b: number): "none" | "maker" | undefined {
  const texts = ts.slice(a, b).map((t) => t.text);
  if (PRODUCT_MAKES.has(texts[0]!)) return b - a > 1 ? "none" : "maker";
  const nextLower = !!ts[b] && LOWER_START.test(ts[b]!.text);
  if (nextLower && NATIONALITY_ADJECTIVES.has(texts.join(" ").toLowerCase())) return "none";
  if (b - a === 1 && nextLower && ts[b]!.pos === "NOUN" && HYPHENED_ADJECTIVE.test(texts[0]!) && !GIVEN_NAMES.has(texts[0]!)) return "none";
  // "paid through M-Pesa", "an E-Commerce site": a letter joined to a word is a service or a product's name
  if (b - a === 1 && LETTER_PREFIXED.test(texts[0]!)) return "none";
  // "Cyclone Marubo", "Hurricane Ida", "Storm Ardith": a storm (but "Storm Halvey, 23,": a storm has no age)
  if (b - a > 1 && EVENT_LEADS.has(texts[0]!) && !(ts[b]?.text === "," && /^\d{1,3}$/.test(ts[b + 1]?.text ?? "") && ts[b + 2]?.text === ",")) return "none";
  return undefined;
}

/**
 * "a former station house officer (SHO)", "the first information report (FIR)": an acronym in brackets whose
 * letters are the initials of the lower-case words before it spells a common noun out, and names no body.
 */
export function spelledBefore(ts: readonly Token[], a: number): boolean {
  const letters = ts[a]!.text.replace(/\./g, "");
  if (ts[a - 1]?.text !== "(" || ts[a + 1]?.text !== ")" || letters.length < 2) return false;
  const words = ts.slice(Math.max(0, a - 1 - letters.length), a - 1);
  return words.length === letters.length && words.every((t, i) => LOWER_START.test(t.text) && t.text[0]!.toUpperCase() === letters[i]);
}

/** Words that open a body's name and no one's: "(Garda) National Drugs and Organised Crime Bureau", "Federal ...". */
export const BODY_OPENERS = new Set(["National", "Federal", "Central", "Regional", "Organised", "Organized", "Serious", "Criminal", "Municipal", "Provincial", "Statutory"]);
export const STATUTE_NAME_ENDS = new Set(["Act", "Acts", "Ordinance", "Sanhita", "Regulations"]);

/**
 * Whether the name at `a` is (a part of) a minister's or a secretary's portfolio: "Minister for Better Regulation",
 * "Minister of Marine and Blue Economy" (both parts), "Shadow Secretary for Home Affairs". The title is capitalised.
 */
export function portfolio(ts: readonly Token[], a: number): boolean {
  let k = a - 1;
  if (ts[k]?.lower === "the") k--;
  while (k > 0 && (ts[k]!.lower === "and" || ts[k]!.text === "&") && ts[k - 1]?.cap) {
    k--;
    while (k > 0 && ts[k]!.cap && !PORTFOLIO_HOLDERS.has(ts[k - 1]!.text)) k--;
    if (ts[k]!.cap) k--;
  }
  return /^(?:of|for)$/.test(ts[k]?.text ?? "") && PORTFOLIO_HOLDERS.has(ts[k - 1]?.text ?? "");
}
const PORTFOLIO_HOLDERS = new Set(["Minister", "Ministers", "Secretary", "Secretaries", "MEC", "Spokesperson", "Spokesman", "Spokeswoman", "Commissioner"]);

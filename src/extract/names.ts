// Names: runs of capitalised tokens, cut where a name ends, stripped of titles, and typed by
// their head word (court, organisation, studio, place; name-kind.ts) or else taken for a person. The
// types are first guesses: TYPE rules (rules/names.yaml) correct them from the words around
// a name ("starred in X"), and resolution joins the names of one thing.
import type { Token, TokenSentence } from "../nlp/tokens.ts";
import type { NameMention, NameType } from "../types.ts";
import {
  PRODUCT_MAKES, COMMON_ACRONYMS, COURT_HEADS, GIVEN_NAMES, GIVEN_NON_NAMES, PERSON_NOUNS, NAME_PARTICLES, NAME_SUFFIXES, NON_NAME, SHOUTED_VERDICT, ORG_HEADS, ORG_CONTEXT, LEGAL_FORMS, PLACE_HEADS, POSTNOMINALS, POSTNOMINAL_ROLES, STATUTE_HEADS, TITLES_OR_GIVEN, TABLOID_EPITHETS, TABLOID_TRADES, HEADLINE_VERBS, HEADLINE_SMALL_WORDS, NUMBERED_PARTS, ROLE_FORMS, KNOWN_ORGANIZATIONS, STUDIO_CONTEXT, STUDIO_HEADS, TITLES, isPlace, VESSEL_PREFIXES, WEEKDAYS, MONTHS, BARE_BODY_HEADS,
} from "../lexicon/index.ts";
import { NAME_ADJECTIVE, currencyAmount, quotedStretches } from "./titles.ts";
import { DEMONYMS, DEMONYM_NOUNS } from "../nlp/vocab.ts";
import { commonByLexicon } from "../nlp/truecase.ts";
import { tagWord } from "../nlp/wink.ts";
import { listedName } from "./listed-names.ts";
import { acronymCompounds, titleAcronyms, withCourtPlaces } from "./name-extras.ts";
import { JOINERS, segments, splitCourtTitle } from "./name-segments.ts";
import { bodyBeforePlace, companyNamed, departmentTitle, divisionAfter, fullNameStart, titleBeforeFullName, titleWordsEnd, dayHead, openTitle, pluralTitle, singularTitle } from "./name-context.ts";
import { DOTTED_INITIALS, LETTERS_ONLY, LOWER_START, typeName, weekdayPaper } from "./name-kind.ts";

/** Owners whose possessive belongs to a name: "District Attorney's Office", "Children's Hospital". */
const POSSESSIVE_OWNERS = new Set(["attorney", "attorneys", "state", "commonwealth", "prosecutor", "prosecutors", "sheriff", "marshal", "coroner", "general", "people", "children", "women", "men", "veterans", "workers", "governor", "mayor", "president", "solicitor", "defender", "defenders", "counsel", "queen", "king", "st", "magistrate", "magistrates"]);
const OPENERS = new Set(["\"", "“", "‘", "'", "(", "[", "—", "–", "-", ":", ";"]);

/** A title's word read in the singular: "Attorneys" as "attorney". */
const singular = (t: Token) => t.lower.replace(/(?<=[^s])s$/, "");
// (tsx's esbuild writes a regex with \p{...} as `new RegExp(...)`, made again at every call: the hot ones are made once here)
const WORDY = /^[\p{L}#]/u, INITIALS = /^(?:\p{Lu}\.){1,3}$/u, HASHTAG = /^#\p{L}/u, SHOUTED = /^\p{Lu}{2,}(?:-\p{Lu}{2,})*[.,]?$/u, LOUD = /^\p{Lu}{3,}/u;
const HYPHEN_LOWER = /-\p{Ll}/u, DOUBLE_BARRELLED = /^\p{Lu}[\p{L}']*-\p{Lu}/u;
const LETTER_NOUN = /^\p{Lu}-\p{Ll}+$/u; // "T-shirt", "X-ray", "E-fit", "U-turn"
const PARTICLE_SURNAME = /^(\p{Ll}+)-\p{Lu}\p{Ll}/u, PREFIXED_NOUN = /^(?:Ex|Non|Anti|Pro|Co|Vice|Then|Former)-\p{Ll}/u, FORMER_MEMBER = /^(?:Ex|ex|Former|former)-\p{Lu}/u;
/** A word read aloud, not spelled: a vowel after its first letter and no three consonants together (not "RCMP"). */
const SPOKEN = /^(?!.*[B-DF-HJ-NP-TV-Z]{3})[A-Z][A-Z-]*[AEIOUY]/;
const SHOUTED_WORD = /^\p{Lu}{4,}(?:-\p{Lu}{2,})*$|^\p{Lu}{2,}-\p{Lu}{4,}$/u;
const PARTY_AFFILIATION = /^[RDI]-\p{Lu}[\p{L}.]*$/u; // "R-Ohio", "D-Calif."
/** The numbered parts of a court, whose number is part of the court's name. */
const COURT_PARTS = new Set(["Branch", "Division", "Part", "Chamber", "Section", "Courtroom", "Room"]);
const isWordy = (t: Token) => WORDY.test(t.text);
const isInitials = (t: Token) => INITIALS.test(t.text);
/** A word in capitals ("DRINK-DRIVER BANNED" too), and one with three capitals or more. */
const caps = (t?: Token) => !!t && SHOUTED.test(t.text);
const loud = (t?: Token) => !!t && LOUD.test(t.text);
/** "LOS ANGELES (Wire) —": capitals beside capitals, a dateline rather than a name. */
const shouted = (ts: readonly Token[], i: number) =>
  caps(ts[i]) && (caps(ts[i - 1]) || caps(ts[i + 1])) && (loud(ts[i - 1]) || loud(ts[i]) || loud(ts[i + 1]));
/** "Court of King's Bench", "Ministry of Defence": a court's or a body's head word before "of" and a capital opens a name. */
const bodyOf = (ts: readonly Token[], i: number) => (COURT_HEADS.has(ts[i]!.text) || ORG_HEADS.has(ts[i]!.text)) && ts[i + 1]?.lower === "of" && !!ts[i + 2]?.cap;
/** "Home Office", "Foreign Office": a capital before a body's bare head ("Office", "Ministry") and no more capitals. */
const bareBody = (ts: readonly Token[], i: number) => BARE_BODY_HEADS.has(ts[i + 1]?.text ?? "") && !ts[i + 2]?.cap;
/** The first word of a sentence, a quotation or a clause: capitalised whatever it is. */
const opensClause = (ts: readonly Token[], i: number) => i === 0 || OPENERS.has(ts[i - 1]!.text);

/** "Tomas Rell, a systems engineer,": a word that opens a sentence before a one-word name in apposition is its first name. */
const firstNameInApposition = (ts: readonly Token[], i: number) =>
  !!ts[i + 1]?.cap && ts[i + 2]?.text === "," && /^(?:a|an|the|who|whose)$/.test(ts[i + 3]?.lower ?? "");

/** "Prisoner and ...", "Prisoner, 34, ...": a word before "and" or an age set off by commas. */
const openingConjunct = (ts: readonly Token[], i: number) =>
  /^(?:and|&|or)$/.test(ts[i + 1]?.lower ?? "") || (ts[i + 1]?.text === "," && /^\d{1,3}$/.test(ts[i + 2]?.text ?? "") && ts[i + 3]?.text === ",");

/**
 * "Jan van der Berg, 52,", "May Quach, 30,", "Oscar Penhale, defending,": a month's name that is a given name, or
 * another given name no name otherwise starts with, opens a sentence before a surname's particle, or before one
 * surname and a comma or a verb of saying.
 */
const monthAsGivenName = (ts: readonly Token[], i: number) =>
  (MONTHS.has(ts[i]!.lower) && GIVEN_NAMES.has(ts[i]!.text) || GIVEN_NON_NAMES.has(ts[i]!.text)) && !!ts[i + 1] &&
  (NAME_PARTICLES.has(ts[i + 1]!.text) || (ts[i + 1]!.cap && ts[i + 1]!.pos === "PROPN" && !NON_NAME.has(ts[i + 1]!.text) && !isPlace(ts[i + 1]!.text) && /^(?:,|said|says|told)$/.test(ts[i + 2]?.text ?? "")));

/** "al-Rashidi", "bin-Hamad": a particle joined to a surname by a hyphen, inside a name. */
const particleSurname = (t: Token) => { const m = PARTICLE_SURNAME.exec(t.text); return !!m && NAME_PARTICLES.has(m[1]!); };

/**
 * "A LOVE rat", "the SICK conman", "SHAMELESS Smith", "EXCLUSIVE": a tabloid's one shouted common word of four letters
 * or more (an adjective or a verb, or a noun read aloud), after no name word (nor a title: "Dr BROWN", "Peter BOND" keep
 * theirs), names no body and no one.
 */
const tabloidShout = (ts: readonly Token[], i: number) => {
  const t = ts[i]!, prev = ts[i - 1];
  // ("A VAN driver", "a TAXI boss": a common noun shouted before a lower-case trade, after "a", is the trade's own word;
  // three letters are enough there when they are a word one can say, not letters: "A CPS lawyer" is the prosecutors')
  const beforeTrade = /^(?:a|an)$/i.test(prev?.text ?? "") && !!ts[i + 1] && !ts[i + 1]!.cap && (PERSON_NOUNS.has(ts[i + 1]!.lower) || ROLE_FORMS.has(ts[i + 1]!.lower) || ROLE_FORMS.has(ts[i + 1]!.lemma));
  if (!(SHOUTED_WORD.test(t.text) || beforeTrade && /^\p{Lu}{3}$/u.test(t.text) && SPOKEN.test(t.text)) || COMMON_ACRONYMS.has(t.text) || KNOWN_ORGANIZATIONS.has(t.text)) return false;
  if (prev && prev.cap && !(/^(?:A|An|The|One|This|That)$/.test(prev.text) && opensClause(ts, i - 1))) return false;
  if (!commonByLexicon(t.lower)) return false;
  // (a noun in capitals is a body's letters as often, "the RCMP officer": only "a LOVE rat" is a tabloid's noun)
  const pos = tagWord(t.lower.split("-")[0]!).pos;
  return pos === "ADJ" || pos === "VERB" || (pos === "NOUN" && (SPOKEN.test(t.text) || beforeTrade));
};

/** A token that can be part of a name. */
function nameWord(ts: readonly Token[], i: number): boolean {
  const t = ts[i]!;
  if (HASHTAG.test(t.text)) return true; // a hashtag names a campaign: "#MeToo"
  if (!t.cap || !isWordy(t) || shouted(ts, i)) return false;
  // ("HK$40 million", "NZ$500,000": a currency's country letters, joined to its sign, name no one)
  // ("GH¢3.4 million", "R$2 million": other currencies' signs likewise)
  if (/^[$¢₵£€₦₹]$/.test(ts[i + 1]?.text ?? "") && ts[i + 1]!.start === t.end && /^[A-Z]{1,3}$/.test(t.text)) return false;
  // ("Rs 5 lakh", "Sh2 million", "RM300,000": a currency's letters before an amount)
  if (currencyAmount(ts, i)) return false;
  // ("found GUILTY of": a word in capitals the truecaser read as the common word it is)
  if (caps(t) && t.truecase === t.lower) return false;
  if (tabloidShout(ts, i)) return false;
  // ("TELLY star X", "SOAP hunk X": the trade a tabloid shouts before its celebrity; "Tarn TV" keeps its letters)
  if (TABLOID_TRADES.has(t.text) && !ts[i - 1]?.cap) return false;
  // ("have found X GUILTY of": a verdict in capitals after a name, whatever the truecaser made of it)
  if (SHOUTED_VERDICT.has(t.text) && !opensClause(ts, i)) return false;
  // "On Tuesday Judge X", "in March 2023": days and dated months are no part of a name
  // ("the Sunday Courier" is a paper, and keeps its day)
  if (WEEKDAYS.has(t.lower) && !weekdayPaper(ts, i) || MONTHS.has(t.lower) && /^\d/.test(ts[i + 1]?.text ?? "")) return false;
  if (HYPHEN_LOWER.test(t.text) && !DOUBLE_BARRELLED.test(t.text) && !GIVEN_NAMES.has(t.text)) {
    // "Oscar-winning", "Manhattan-based", "R-rated": an adjective, not a name ("Ortiz-Vale", "Min-jun" are names)
    if (NAME_ADJECTIVE.test(t.text)) return false;
    // "Ex-banker", "Ex-county finance chief": a prefix on a common noun
    if (PREFIXED_NOUN.test(t.text)) return false;
    // "wore T-shirts", "an E-fit of the suspect": a letter before a common noun, never a name
    if (LETTER_NOUN.test(t.text)) return false;
  }
  // "Ex-Rovers striker", "ex-Wanderers": what someone was part of, never anyone's name
  if (FORMER_MEMBER.test(t.text)) return false;
  // "Sen. X, R-Ohio,", "Rep. X (D-Calif.)": a US legislator's party and state, no one's name
  if (PARTY_AFFILIATION.test(t.text) && (ts[i - 1]?.text === "," || ts[i - 1]?.text === "(")) return false;
  // "under Section 376", "Article 21": part of a law, cited by its number
  if (NUMBERED_PARTS.has(t.text) && /^\d/.test(ts[i + 1]?.text ?? "")) return false;
  // "Jury Finds Oren Vale Guilty Of Fraud": a title-case line's verbs and small words end a name
  // (but "Independent Commission Against Smuggling": "Against" after a body's head and before a capital is the body's)
  if (!opensClause(ts, i) && HEADLINE_SMALL_WORDS.has(t.text) && !(t.text === "Against" && ORG_HEADS.has(ts[i - 1]!.text) && !!ts[i + 1]?.cap)) return false;
  if (HEADLINE_VERBS.has(t.lower) && !GIVEN_NAMES.has(t.text) && !!ts[i - 1]?.cap && (!!ts[i + 1]?.cap || !ts[i + 1] || /^[.,;:!?]$/.test(ts[i + 1]!.text))) return false;
  if (opensClause(ts, i)) {
    // a capital that only opens a sentence: "Prosecutors said", "Speaking to reporters" (not "Federal Court Justice X")
    // (nor "Court of King's Bench Justice X", "Ministry of Defence")
    // ("Home Office minister X said": a word that opens a sentence before a body's bare head is the body's)
    if (NON_NAME.has(t.text) && !bodyOf(ts, i) && !bareBody(ts, i) && !bodyBeforePlace(ts, i) && !COURT_HEADS.has(ts[i + 1]?.text ?? "") && !(TITLES.at(ts, i).length || ROLE_FORMS.at(ts, i).length || ROLE_FORMS.at(ts, i, singular).length) && !firstNameInApposition(ts, i) && !monthAsGivenName(ts, i)) return false;
    // ("Brave Dennis, who served in Korea,", "Tragic Amy": a tabloid's adjective before a first name is no part of the name)
    if (TABLOID_EPITHETS.has(t.text) && GIVEN_NAMES.has(ts[i + 1]?.text ?? "")) return false;
    // ("Prisoner, 34, admitted theft", "Prisoner and Ana Ruiz were charged": a common noun alone at the opening, which the
    // article never capitalises mid-sentence, says what someone is and names no one)
    if (t.truecase !== t.text && t.pos === "NOUN" && openingConjunct(ts, i) && !GIVEN_NAMES.has(t.text) && !TITLES_OR_GIVEN.has(t.text)) return false;
    // ("Security firm Tarn Guarding said", "Law firm X": a common word opening the sentence before a lower-case body's
    // noun and a name says what kind of body the name is, and names none itself)
    if (t.truecase !== t.text && !GIVEN_NAMES.has(t.text) && ORG_CONTEXT.has(ts[i + 1]?.text ?? "") && !!ts[i + 2]?.cap) return false;
    // ("Redline Stunts Ltd pleaded": a word the tagger took for a verb opens a company's name that ends in its suffix)
    if (!(t.pos === "PROPN" || t.pos === "NOUN" || t.pos === "ADJ" || t.pos === "X") && !GIVEN_NAMES.has(t.text) && !companyNamed(ts, i)) return false;
  }
  return true;
}

/** Maximal runs of name words, with particles, joiners, initials, suffixes and a quoted nickname inside. */
// (made once, not at every token: a regular expression literal is a new object each time it is evaluated)
const ORDINAL_NUMBER = /^\d+(?:st|nd|rd|th)$/;
const TITLED_BUILDINGS = /^(?:Station|Stations|Barracks|Headquarters|Airport|Stadium|Arena)$/;
function runs(ts: readonly Token[], skip: (i: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  // (j declared with i, not in the loop: the closures below capture it, and a variable of the loop's body
  // they capture makes a new context at every token)
  let i = 0, j = 0;
  while (i < ts.length) {
    const ordinal = ORDINAL_NUMBER.test(ts[i]!.text) && !!ts[i + 1] && nameWord(ts, i + 1);
    if (skip(i) || !(nameWord(ts, i) || isInitials(ts[i]!) || ordinal)) { i++; continue; }
    j = i + 1;
    while (j < ts.length && !skip(j)) {
      const u = ts[j]!;
      if (nameWord(ts, j) || isInitials(u) || NAME_SUFFIXES.has(u.text) || particleSurname(u) || (/^\d{1,2}$/.test(u.text) && /^(?:Doe|Roe)$/.test(ts[j - 1]!.text))) { j++; continue; }
      // "Regional Trial Court Branch 46", "Supreme Court Part 50": a court's numbered branch is part of its name
      if (/^\d{1,4}$/.test(u.text) && COURT_PARTS.has(ts[j - 1]!.text) && ts.slice(i, j - 1).some((t) => COURT_HEADS.has(t.text))) { j++; continue; }
      // "District Attorney's Office": a possessive owned by an office or a title goes on
      if (u.lower === "'s" && POSSESSIVE_OWNERS.has(ts[j - 1]!.lower) && ts[j + 1] && (ORG_HEADS.has(ts[j + 1]!.text) || COURT_HEADS.has(ts[j + 1]!.text) || ts[j + 1]!.text === "Attorney")) { j += 2; continue; }
      // "St Columba's Hospital", "St Jude's College": a saint's institution
      if (u.lower === "'s" && /^(?:St\.?|Saint|Ste\.?)$/.test(ts[j - 2]?.text ?? "") && ts[j + 1] && (ORG_HEADS.has(ts[j + 1]!.text) || PLACE_HEADS.has(ts[j + 1]!.text))) { j += 2; continue; }
      // "Magistrates' Court", "Workers' Party": a plural possessive inside the name of a court or a body
      if (/^['’]$/.test(u.text) && !u.space && /s$/.test(ts[j - 1]!.text) && ts[j + 1] && (COURT_HEADS.has(ts[j + 1]!.text) || ORG_HEADS.has(ts[j + 1]!.text))) { j += 2; continue; }
      // "Vellacott Whitmarsh (Pty) Ltd", "Adebanjo (India) Pvt Ltd": a legal form or a country in brackets before a company's suffix is the company's
      if (u.text === "(" && ts[j + 2]?.text === ")" && (LEGAL_FORMS.has(ts[j + 1]?.text ?? "") || isPlace(ts[j + 1]?.text ?? "")) && ORG_HEADS.has(ts[j + 3]?.text ?? "")) { j += 3; continue; }
      // "District Judge (Magistrates' Courts) Ana Ruiz": a listed title with its bracketed part goes on to the name after it
      if (u.text === "(") {
        const titled = [...Array(j - i).keys()].flatMap((k) => ROLE_FORMS.at(ts, i + k)).find((h) => h.end > j + 1 && ts[h.end - 1]!.text === ")");
        if (titled && ts[titled.end] && nameWord(ts, titled.end)) { j = titled.end; continue; }
        // "Deputy Commissioner of Police (South) Arun Mehta": a title, the division it heads, the name
        const division = divisionAfter(ts, j);
        if (division > j && [...Array(j - i).keys()].some((k) => ROLE_FORMS.at(ts, i + k).some((h) => h.end === j)) && ts[division] && nameWord(ts, division)) { j = division; continue; }
      }
      // a quoted nickname between two names: Paolo "Pip" Ruiz
      // (of up to three words: Tomas "Old Fox" Zavala)
      if (/^["“']$/.test(u.text) && ts[j + 1]?.cap) {
        let q = j + 2;
        while (q < j + 4 && ts[q]?.cap) q++;
        if (/^["”']$/.test(ts[q]?.text ?? "") && ts[q + 1] && nameWord(ts, q + 1)) { j = q + 1; continue; }
      }
      // joiners and particles, only where a name word follows
      let k = j;
      // ("Freedman + Taitelman": a firm's two one-word names joined by a plus, as by an ampersand)
      while (k < ts.length && k - j < 2 && ((JOINERS.has(ts[k]!.lower) && !ts[k]!.cap) || ts[k]!.text === "&" || (ts[k]!.text === "+" && k === j && !ts[j - 2]?.cap && !ts[j + 2]?.cap && !(GIVEN_NAMES.has(ts[j - 1]!.text) && GIVEN_NAMES.has(ts[j + 1]?.text ?? ""))) || NAME_PARTICLES.has(ts[k]!.text))) k++;
      // ("Sin Chew Daily and The Borneo Post": a name that opens with its article after "and" is another name)
      if (k > j && k < ts.length && nameWord(ts, k) && !skip(k) && ts[k]!.text !== "The") { j = k; continue; }
      break;
    }
    out.push([i, j]);
    i = j;
  }
  return out;
}


/** Every name in one sentence, with offsets into the article text. */
export function findNames(s: TokenSentence): NameMention[] {
  const ts = s.tokens;
  const quoted = quotedStretches(ts);
  // inside a short quotation: a title or a phrase, not a name (a nickname between names is kept)
  const out: NameMention[] = [];
  for (const run of runs(ts, (i) => quoted.some(([a, b]) => i > a && i < b)).flatMap((r) => splitCourtTitle(ts, r))) {
    for (const seg of segments(ts, run)) {
      const m = classify(s, seg);
      if (m) out.push(m);
    }
  }
  out.push(...acronymCompounds(s, out), ...titleAcronyms(s, out));
  const listed = listedName(s);
  return withCourtPlaces(s, listed ? [listed, ...out.filter((m) => m.first >= listed.last)] : out);
}

/** A title among the words of a name: ROLE_FORMS has one at `i` that ends before `b` (read in the singular too: "Prosecutors Ana Ruiz and ..."). */
const opensTitle = (ts: readonly Token[], i: number, b: number) => ROLE_FORMS.at(ts, i).some((h) => h.end < b) || ROLE_FORMS.at(ts, i, singular).some((h) => h.end < b);

export function classify(s: TokenSentence, [from, to]: [number, number]): NameMention | undefined {
  const ts = s.tokens;
  let a = from, b = to;
  // "The Director of Public Prosecutions": the capitalised words that end an office's name are no name
  if (ts[from - 1]?.lower === "of" && ROLE_FORMS.at(ts, from - 2).some((h) => h.end === to)) return undefined;
  // leading articles and capitalised function words are no part of a name
  const apposed = b - a === 2 && firstNameInApposition(ts, a);
  while (a < b - 1 && (ts[a]!.lower === "the" || ts[a]!.lower === "a" || ts[a]!.lower === "an" || (NON_NAME.has(ts[a]!.text) && opensClause(ts, a) && !apposed && !bodyOf(ts, a) && !bareBody(ts, a) && !bodyBeforePlace(ts, a) && !COURT_HEADS.has(ts[a + 1]!.text) && !monthAsGivenName(ts, a) && !TITLES.at(ts, a).length && !ROLE_FORMS.at(ts, a, singular).length))) a++;
  if (ts[a]!.lower === "the" && a === b - 1) return undefined;
  // "Goldman Sachs", "Garda Síochána": an organisation known by a name that reads as someone's (or as a title and a name)
  const known = KNOWN_ORGANIZATIONS.has(ts.slice(a, b).map((t) => t.text).join(" "));
  // "and Spaniard Iker Solana": a nationality the tagger read as an adjective before a name is no part of it
  // (but it opens a body's name: "the Nigerian Bar Association")
  if (b - a > 1 && ts[a]!.pos === "ADJ" && (DEMONYM_NOUNS.has(ts[a]!.lower) || DEMONYMS.has(ts[a]!.lower)) && !ts.slice(a + 1, b).some((t) => ORG_HEADS.has(t.text) || COURT_HEADS.has(t.text))) a++;
  // "The Bench of Justices A and B": a joiner left at the end, its name cut off by a title, ends no name
  while (b - 1 > a && /^(?:of|for|and|the|de|del|da)$/.test(ts[b - 1]!.text)) b--;
  // (and a court's head word left alone names none: "the Bench")
  if (b < to && b - a === 1 && COURT_HEADS.has(ts[a]!.text)) return undefined;
  // "Streamer Lumenflix", "Charity Bright Hands": a common noun that opens the sentence says what the name is
  let kind: NameType | undefined;
  if (b - a > 1 && opensClause(ts, a) && !GIVEN_NAMES.has(ts[a]!.text)) {
    kind = STUDIO_CONTEXT.has(ts[a]!.lower) ? "Studio" : ORG_CONTEXT.has(ts[a]!.lower) ? "Organization" : undefined;
    if (kind) a++;
  }
  // "Special Agent in Charge Ana Ruiz", "Inspector in Charge of the Postal Inspection Service": the title's last word
  let inCharge: NameMention["title"];
  if (ts[a]!.text === "Charge" && ts[a - 1]?.lower === "in" && b - a > 1) {
    const held = [a - 2, a - 3, a - 4].map((k) => ({ k, h: k >= 0 ? ROLE_FORMS.at(ts, k).find((h) => h.end === a + 1) : undefined })).find((x) => x.h);
    a++;
    if (ts[a]!.text === "of") a++; else if (held) inCharge = { role: (held.h!.value as { label: string }).label, first: held.k, last: a };
    if (ts[a]!.lower === "the" && b - a > 1) a++;
    if (a >= b) return undefined;
  }
  // "a former Director-General of the National Ports Authority": the post is no part of the body's name
  const post = ROLE_FORMS.at(ts, a).find((h) => ts[h.end]?.text === "of" && h.end < b - 2);
  if (post && ORG_HEADS.has(ts[b - 1]!.text) && !ORG_HEADS.has(ts[a]!.text)) { a = post.end + 1; if (ts[a]!.lower === "the") a++; if (b - a < 2) return undefined; }
  // "Officer in Charge Dwight Bellamy": the rest of a title cut by its lower-case "in" or "of" is no part of the name
  if (/^(?:in|of)$/.test(ts[a - 1]?.lower ?? "") && ts[a - 2]?.cap && ROLE_FORMS.has(ts[a - 2]!.lower) && !isPlace(ts[a]!.text)) a = fullNameStart(ts, a + 1, b) ?? a;
  // "Chief Justice of Pakistan Aftab Tirmizi": the place of the title before the name
  if (ts[a - 1]?.lower === "of" && b - a >= 3 && isPlace(ts[a]!.text) && ts[a - 2] && (TITLES.at(ts, a - 2).length || ROLE_FORMS.at(ts, a - 2).length)) a++;
  // ("Chief Ade Bello (SAN)", "Ana Ruiz, KC,": a lawyer's or a member's letters set off after a name are no body)
  if (b - a === 1 && POSTNOMINALS.has(ts[a]!.text) && /^(?:\(|,)$/.test(ts[a - 1]?.text ?? "") && ts[a - 2]?.cap) return undefined;
  // "the MV Ocean Marvel", "HMS Tarnwell": a ship is no one (and "MS" is no "Ms")
  if (b - a > 1 && VESSEL_PREFIXES.has(ts[a]!.text) && ts[a + 1]!.cap) return undefined;
  // a title before the name: "Judge", "Mr Justice", "U.S. District Judge", "Fire Chief", "Dr."
  // (not in an organisation's or a court's name: "District Attorney's Office", "Judge Advocate Court")
  let title: NameMention["title"] = inCharge;
  let gender: "m" | "f" | undefined;
  let lead: number | undefined;
  // ("Minister of Police Ana Ruiz": a department's words, a body's head among them, are the title's)
  const department = departmentTitle(ts, a, b);
  const bracketed = department?.end ?? titleWordsEnd(ts, a, b);
  // ("Kelton Police Chief Ana Ruiz": a body's word that opens a title before the name is the title's)
  // (nor in a statute's: "the Investment Advisers Act")
  const headed = ts.slice(bracketed, b).some((t, j) => (COURT_HEADS.has(t.text) || (ORG_HEADS.has(t.text) && !(bracketed + j < b - 1 && LETTERS_ONLY.test(t.text)))) && !opensTitle(ts, bracketed + j, b)) || STUDIO_HEADS.has(ts[b - 1]!.text) || STATUTE_HEADS.has(ts[b - 1]!.text);
  for (let k = a; k < Math.min(b - 1, a + 4) && !headed && !known; k++) {
    // "Deputy District Attorneys Ana Ruiz and ...": a plural title is read as its singular
    // ("Justice Minister Ana Ruiz": a longer role that opens with a title is that role, not the title)
    const longer = ROLE_FORMS.at(ts, k).find((h) => h.end < b && h.end - k > 1);
    // ("Head of Security Marcus Iveson", "Minister of Police Bheki Mthethwa": a role of a department before a full name)
    // ("Chief Accounting Officer Dale Brenner": a title word that opens a longer open-class title is that title's)
    const titled = TITLES.at(ts, k, (t) => t.lower.replace(/\.$/, ""))[0] ?? TITLES.at(ts, k)[0];
    const open = titled && !(titled.value as { role?: string }).role ? openTitle(ts, k, b) ?? titleBeforeFullName(ts, k, b) : undefined;
    const hit = longer ?? (k === a ? department : undefined) ?? (open && open.end > titled!.end ? open : titled) ?? ROLE_FORMS.at(ts, k).find((h) => h.end < b)
      ?? ROLE_FORMS.at(ts, k, singular).find((h) => h.end < b)
      ?? openTitle(ts, k, b)
      ?? (k === a && opensClause(ts, k) ? pluralTitle(ts, k, b) ?? singularTitle(ts, k, b) : undefined);
    if (!hit || hit.end >= b) continue;
    // ("stationed at Ballymun Garda Station", "Kilburn Police Station": a title before a building's head word names the building)
    if (hit.end === b - 1 && TITLED_BUILDINGS.test(ts[b - 1]!.text)) continue;
    // "senior advocate M. Subramanian", "M. K. Rajan": an initial before a surname is the name's, not "M." (Monsieur)
    if (isInitials(ts[k]!) && (b - hit.end > 1 || isInitials(ts[hit.end]!) || (ts[k - 1]?.pos === "NOUN" && LOWER_START.test(ts[k - 1]!.text)))) continue;
    // "Dean Holt", "officer Dean Holt": a role word that is also a given name, before one more word, is the given name
    if (hit.end - k === 1 && TITLES_OR_GIVEN.has(ts[k]!.text) && b - hit.end === 1 && (!LOWER_START.test(ts[k - 1]?.text ?? "") || ROLE_FORMS.has(ts[k - 1]!.lower))) continue;
    // ("a Tesla Model Y", "his Ford Model T": a maker's name before a title's word is a product's)
    if (k > a && PRODUCT_MAKES.has(ts[a]!.text)) break;
    // words before a title name its jurisdiction: "Essex County District Attorney Ana Ruiz"
    if (k > a && !ts.slice(a, k).every((t) => isPlace(t.text) || PLACE_HEADS.has(t.text) || DOTTED_INITIALS.test(t.text) || t.pos === "PROPN")) continue;
    const v = hit.value as { role?: string; gender?: "m" | "f"; label?: string };
    const role = v.label ?? v.role;
    // "the Tarnby Lady Hawks": an honorific inside a name after "the" is part of that name (a person is not "the" anyone)
    if (k > a && !role && ts[a - 1]?.lower === "the") continue;
    if (role) title = { role, first: k, last: divisionAfter(ts, hit.end) };
    gender = v.gender;
    lead = k;
    a = divisionAfter(ts, hit.end);
    // "Advocate Ms. Lucinda Fernandes", "Justice Mrs X": an honorific after the title is no part of the name either,
    // nor a rank after a title ("Detective Senior Sergeant Ben Roe": the first title names the role)
    // ("Garda Sergeant Tom Walsh": a rank the titles list lacks, after a title with a role)
    const next = (at: number) => TITLES.at(ts, at)[0] ?? (role && /^\p{Lu}/u.test(ts[at]?.text ?? "") ? ROLE_FORMS.at(ts, at).find((x) => x.end < b && b - x.end >= 2 && ts.slice(at, x.end).every((t) => /^\p{Lu}/u.test(t.text))) : undefined);
    // ("Additional Public Prosecutor M. Selvi": an initial before a lone surname is the name's, not "M." for Monsieur)
    for (let h = next(a); h && h.end < b && (!(h.value as { role?: string }).role || (role && b - h.end >= 2)) && !(isInitials(ts[a]!) && h.end - a === 1 && b - h.end === 1); h = next(a)) {
      gender ??= (h.value as { gender?: "m" | "f" }).gender;
      a = h.end;
      if (title) title.last = a;
    }
    break;
  }
  // letters after a name are no part of it: "Ana Ruiz KC" (and a lawyer's letters name her role)
  while (b - 1 > a && POSTNOMINALS.has(ts[b - 1]!.text)) {
    // "the Liberal Democrat MP for Eastwick", "a Labour MP": after an article the words before the letters
    // qualify them (a party, a place); a person is not "the" anyone
    if (!title && /^(?:the|a|an)$/.test(ts[a - 1]?.lower ?? "")) return undefined;
    const role = ROLE_FORMS.get(POSTNOMINAL_ROLES.get(ts[b - 1]!.text) ?? ts[b - 1]!.lower);
    if (role && !title) title = { role: role.label, first: b - 1, last: b };
    b--;
  }
  if (a >= b) return undefined;
  // "The Chief Executive Officer of X", "The Managing Director, X": a title after "the" whose last word is a role's is all title
  if (title && b - a === 1 && ROLE_FORMS.has(ts[a]!.lower) && /^the$/i.test(ts[title.first - 1]?.text ?? "") && /^(?:of|,)$/.test(ts[b]?.text ?? "")) return undefined;
  // "Cabinet Secretary for Interior", "Secretary of State for Business": a title's portfolio is no one's name
  if (title && /^(?:of|for)$/.test(ts[a]!.text)) return undefined;
  // "St Stephen's Day", "Christmas Eve", "Valentine's Day": a holiday or a saint's day is no one
  // (but "Doris Day" is someone: a given name opens her name)
  if ((dayHead(ts[b - 1]) && b - a > 1 && !GIVEN_NAMES.has(ts[a]!.text) && !title) || ((ts[b]?.lower === "'s" || ts[b]?.lower === "’s") && dayHead(ts[b + 1]))) return undefined;
  // "St Stephen's night", "taught at St Oswald's": a saint's name with its possessive is a day, a school
  // or a church, no one (the saint's institution with its noun, "St Jude's Hospital", was joined above)
  if (/^(?:St\.?|Saint)$/.test(ts[a]!.text) && b - a > 1 && (ts[b]?.lower === "'s" || ts[b]?.lower === "’s") && !title) return undefined;
  return typeName(s, a, b, { title, gender, lead, known, kind, apposed });
}

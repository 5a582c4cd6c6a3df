// Where a list of mentions goes on: the separators between its items ("A, B and C", "A or B",
// "A as well as B"), read by the matcher for a @name:Type+ capture.
import type { Token } from "../../nlp/tokens.ts";
import { citationEnd } from "../spans/charge-openers.ts";
import { POSTNOMINALS } from "../../lexicon/index.ts";
// (regexes with \p{...}, which tsx's esbuild writes as `new RegExp(...)` made at every use, are made once here)
const LOWER_START = /^\p{Ll}/u;

const CLOSING_QUOTES = new Set(['"', "”", "’", "'"]);
const OPENING_QUOTES = new Set(['"', "“", "‘"]);
const REPEATED_PREPOSITIONS = new Set(["of", "on", "to", "with", "for"]);
const LIST_COUNT_NOUNS = new Set(["charge", "charges", "count", "counts", "offence", "offense"]);

/** Separators of a list of mentions: "A, B and C", "A or B", "A as well as B"; `comma` when only a comma. */
const GLOSS_OPENERS = new Set(["against", "involving", "concerning"]);

/** What an offence's own gloss may hold: no verb, clause word or other pronoun ("in a Ponzi scheme", "in 2019"). */
const GLOSS_STOPS = new Set(["VERB", "AUX", "SCONJ", "PRON", "PART", "CCONJ"]);
const OFFENCE_GLOSS_OPENERS = new Set(["in", "at", "during", "between", "on", "from", "over", "contrary", "by"]);

/** Where a list goes on after one of its mentions: a charge's list also over the charge's gloss of where or when. */
export function listSeparators(tokens: readonly Token[], span: { type: string; end: number }): { at: number; comma: boolean }[] {
  // "A KC and B KC": a person's letters go before the separator where the next item has letters too
  // ("X, represented by A KC, and Y" lists X and Y, not two barristers)
  if (span.type === "Person" && POSTNOMINALS.has(tokens[span.end]?.text ?? "")) return separatorEnds(tokens, span.end + 1).filter((o) => lettered(tokens, o.at));
  const out = separatorEnds(tokens, span.end, span.type === "Charge" || span.type === "ChargeLike");
  // "the SEC and the Commodity Futures Trading Commission": after a body, another body's name after its article
  // (never after a person's: "acquitted A and the Crown said" is no list of two)
  if (span.type === "Organization" || span.type === "Studio") for (const o of [...out]) if (!o.comma && tokens[o.at]?.lower === "the" && tokens[o.at + 1]?.cap) out.push({ at: o.at + 1, comma: false });
  if (span.type !== "Film") return out;
  // "Dust Roads and the 2016 hit Paper Moons", "A, the miniseries B and C": a work's own noun before the next title
  for (const o of [...out]) {
    let k = o.at;
    if (!/^(?:the|a|an|her|his|their)$/.test(tokens[k]?.lower ?? "")) continue;
    k++;
    if (/^\d{4}$/.test(tokens[k]?.text ?? "")) k++;
    const words = k;
    while (k < words + 3 && tokens[k] && LOWER_START.test(tokens[k]!.text) && /^(?:NOUN|ADJ|VERB)$/.test(tokens[k]!.pos)) k++;
    // (a quoted title opens with its quote mark: 'and the 2022 film "Salt Roads"')
    const quoted = OPENING_QUOTES.has(tokens[k]?.text ?? "") && tokens[k + 1]?.cap;
    if (k > o.at + 1 && (tokens[k]?.cap || quoted)) out.push({ at: k, comma: o.comma });
  }
  return out;
}

/**
 * "convicted of fraud; one count of forgery was dropped", "convicted of fraud, and a count of theft was withdrawn": an
 * offence after a semicolon or a comma and "and", with a verb of its own after it, is the subject of a clause of its
 * own, no further item of a list of two ("Charges of fraud and forgery were dropped" is one).
 */
export function opensClause(tokens: readonly Token[], prev: { type: string; start: number }, at: number, item: { end: number }): boolean {
  if (prev.type !== "Charge" && prev.type !== "ChargeLike") return false;
  const semicolon = tokens[at - 1]?.lower === ";", commaAnd = tokens[at - 1]?.lower === "and" && tokens[at - 2]?.lower === ",";
  if (!semicolon && !commaAnd || tokens[prev.start - 1]?.lower === ",") return false;
  const aux = tokens[item.end], verb = tokens[item.end + 1]?.lower === "been" ? tokens[item.end + 2] : tokens[item.end + 1];
  return !!aux && aux.pos === "AUX" && /^(?:was|were|is|are|has|have|had)$/.test(aux.lower) && verb?.pos === "VERB";
}

/** "A, B, C and the school board", "A, B, C and others": a list of names going on after `end` with a description or "others". */
export function describedAfter(tokens: readonly Token[], end: number): boolean {
  return (tokens[end]?.lower === "and" || tokens[end]?.lower === "or") && LIST_DESCRIPTIONS.has(tokens[end + 1]?.lower ?? "");
}
const LIST_DESCRIPTIONS = new Set(["the", "a", "an", "his", "her", "their", "its", "others", "other", "several", "two", "three", "four", "five", "six", "unnamed", "unknown"]);

/** A name of at most four words from `at`, then a person's letters ("KC", "SC"). */
function lettered(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k < at + 5 && tokens[k]?.cap; k++) if (k > at && POSTNOMINALS.has(tokens[k]!.text)) return true;
  return false;
}

/** Words before an amount that grades an offence: "fraud over $5,000". */
const GRADING = /^(?:over|under|exceeding)$/;

/** `offences`: the list is of charges, whose items may end in a gloss of where or when ("murder of X in 2019"). */
function separatorEnds(tokens: readonly Token[], pos: number, offences = false): { at: number; comma: boolean }[] {
  // "conspiracy to defraud investors in a Ponzi scheme and making false statements", "the murder of his business
  // partner in 2019, and arson": where or when an offence was done goes before the separator
  // ("wire fraud (count one), bank fraud (count two)": a parenthesis after an item goes before the separator)
  if (offences && tokens[pos]?.lower === "(") {
    let k = pos + 1;
    while (k < pos + 9 && tokens[k] && tokens[k]!.lower !== ")" && tokens[k]!.lower !== "(") k++;
    if (tokens[k]?.lower === ")") pos = k + 1;
  }
  const opener = tokens[pos]?.lower ?? "";
  // ("sexual activity with a child by a person in a position of trust", "fraud relating to the sale of land": whom or what
  // it concerned, as long)
  const relating = (opener === "relating" || opener === "related") && tokens[pos + 1]?.lower === "to";
  if (offences && (OFFENCE_GLOSS_OPENERS.has(opener) || relating)) {
    // (a statute's name is longer, and its words are tagged anyhow: "contrary to section 18 of the Offences Against the Person Act")
    const statute = opener === "contrary";
    const most = statute ? 13 : opener === "by" || relating ? 10 : 7;
    let k = pos + (relating ? 2 : 1);
    // ("theft between 2010 and 2015, fraud and forgery": the "and" of a span of years is no separator)
    const between = (k: number) => opener === "between" && tokens[k]!.lower === "and" && tokens[k - 1]?.pos === "NUM" && tokens[k + 1]?.pos === "NUM";
    while (k < pos + most && tokens[k] && (tokens[k]!.pos !== "PUNCT" || tokens[k]!.lower === "-") && (!GLOSS_STOPS.has(tokens[k]!.pos) || statute && tokens[k]!.pos !== "CCONJ" || between(k)) || /^(?:his|her|their|its)$/.test(tokens[k]?.lower ?? "")) k++;
    // ("pleaded guilty to kidnap in June and admitted murder": a verb after it opens a clause of its own)
    const after = tokens[k + 1]?.lower === "and" ? tokens[k + 2] : tokens[k + 1];
    if (k > pos + 1 && (tokens[k]?.lower === "and" || tokens[k]?.lower === ",") && !(after?.pos === "VERB" && /ed$/.test(after.lower))) pos = k;
  }
  // "one count of conspiracy against investors and three counts of wire fraud": a short gloss of whom an
  // item concerned goes before the separator
  if (GLOSS_OPENERS.has(tokens[pos]?.lower ?? "")) {
    let k = pos + 1;
    while (k < pos + 4 && tokens[k] && LOWER_START.test(tokens[k]!.text) && tokens[k]!.pos !== "VERB" && tokens[k]!.pos !== "AUX" && tokens[k]!.lower !== "and" && tokens[k]!.lower !== "or") k++;
    // (only before another count: "... against investors and patients" names no second offence)
    const counted = [k + 1, k + 2, k + 3].some((x) => /^(?:count|counts|charge|charges)$/.test(tokens[x]?.lower ?? ""));
    if (k > pos + 1 && (tokens[k]?.lower === "and" || tokens[k]?.lower === ",") && counted) pos = k;
  }
  // "fraud over $5,000 and laundering the proceeds": an amount that grades an offence goes before the separator
  if (GRADING.test(tokens[pos]?.lower ?? "") && /^[$£€₹]$|^(?:rs|sh|kes|hk\$)$/i.test(tokens[pos + 1]?.text ?? "") && /^\d/.test(tokens[pos + 2]?.text ?? "")) {
    pos += 3;
    if (/^(?:million|billion|thousand)$/.test(tokens[pos]?.lower ?? "")) pos++;
  }
  // "cheating and forgery under the Indian Penal Code and criminal misconduct under the ... Act", "murder under section 302
  // of the IPC and ...": the statute an offence is under goes before the separator
  const statute = tokens[pos]?.lower === "under" ? citationEnd(tokens, pos + 1) : 0;
  if (statute) pos = statute;
  // ("criminal damage, contrary to section 2 of the Criminal Damage Act 1991, and with assault": so does one set off by commas)
  else if (offences && tokens[pos]?.lower === ",") {
    const cited = tokens[pos + 1]?.lower === "contrary" && tokens[pos + 2]?.lower === "to" ? citationEnd(tokens, pos + 3) : tokens[pos + 1]?.lower === "under" ? citationEnd(tokens, pos + 2) : 0;
    if (cited && tokens[cited]?.lower === ",") pos = cited;
  }
  // "A, of Bolton, and B, of Wigan,", "A, 34, of Mill Lane, Leigh, and B": an item's age and home go before the separator
  const home = offences ? pos : homeEnd(tokens, pos);
  if (home > pos) pos = home;
  // "A, 22, and B, 24,", "A, 34, B, 29, and C, 41,", "A (22) and B (24)": an item's age goes before the separator
  else if (tokens[pos]?.lower === "," && /^\d{1,2}$/.test(tokens[pos + 1]?.text ?? "") && tokens[pos + 2]?.lower === "," && (tokens[pos + 3]?.lower === "and" || tokens[pos + 3]?.pos === "PROPN")) pos += 2;
  else if (tokens[pos]?.lower === "(" && /^\d{1,2}$/.test(tokens[pos + 1]?.text ?? "") && tokens[pos + 2]?.lower === ")" && /^(?:and|,)$/.test(tokens[pos + 3]?.lower ?? "")) pos += 3;
  // (the words are read directly, not through a helper closure: this runs for every mention of a list)
  const here = tokens[pos]?.lower, next = tokens[pos + 1]?.lower;
  const out: { at: number; comma: boolean }[] = [];
  // "Salt Roads," "The Slow Tide" and ...: a comma inside the closing quotation mark separates too
  if (CLOSING_QUOTES.has(tokens[pos - 1]?.lower ?? "") && tokens[pos - 2]?.lower === ",") {
    if (here === "and" || here === "or") out.push({ at: pos + 1, comma: false });
    else out.push({ at: pos, comma: true });
  }
  if (here === "," || here === ";") {
    if (next === "and" || next === "or") out.push({ at: pos + 2, comma: false });
    // ("charged with theft, and with perverting the course of justice": the preposition said again after the comma; not
    // "photographs of his daughter, X, and of his two daughters-in-law", whom the deed was done to)
    if (offences && (next === "and" || next === "or") && REPEATED_PREPOSITIONS.has(tokens[pos + 2]?.lower ?? "") && !/^(?:his|her|their|its|my|our|your)$/.test(tokens[pos + 3]?.lower ?? "")) out.push({ at: pos + 3, comma: false });
    // ("charged with murder, as well as robbery", "theft, along with handling stolen goods")
    if (offences && next === "as" && tokens[pos + 2]?.lower === "well" && tokens[pos + 3]?.lower === "as") out.push({ at: pos + 4, comma: false });
    if (offences && next === "along" && tokens[pos + 2]?.lower === "with") out.push({ at: pos + 3, comma: false });
    out.push({ at: pos + 1, comma: true });
  }
  // "A, the former transport minister, and his ex-wife B": a description in apposition to a name goes before the separator
  if (!offences && here === "," && next === "the") {
    let k = pos + 2;
    while (k < pos + 8 && tokens[k] && LOWER_START.test(tokens[k]!.text) && /^(?:NOUN|ADJ|PROPN)$/.test(tokens[k]!.pos)) k++;
    if (k > pos + 2 && tokens[k]?.lower === "," && tokens[k + 1]?.lower === "and" && tokens[k - 1]!.pos === "NOUN") out.push({ at: k + 2, comma: false });
  }
  // "X, the so-called kingpin charge; Y; and Z": in a list kept by semicolons, an item's gloss ends at the semicolon
  if (here === ",") {
    for (let k = pos + 1; k < pos + 9 && k < tokens.length && tokens[k]!.lower !== ","; k++) {
      if (tokens[k]!.lower !== ";") continue;
      if (LIST_COUNT_NOUNS.has(tokens[k - 1]?.lower ?? "")) out.push({ at: tokens[k + 1]?.lower === "and" ? k + 2 : k + 1, comma: true });
      break;
    }
  } else if (here === "and" || here === "or" || here === "&" || here === "plus") {
    // "guilty of X and of Y": the preposition said again
    if (REPEATED_PREPOSITIONS.has(next ?? "")) out.push({ at: pos + 2, comma: false });
    out.push({ at: pos + 1, comma: false });
  }
  else if (here === "as" && next === "well" && tokens[pos + 2]?.lower === "as") out.push({ at: pos + 3, comma: false });
  else if (here === "along" && next === "with") out.push({ at: pos + 2, comma: false });
  // "charges ranging from burglary to affray": the range's last item
  else if (here === "to" && inRange(tokens, pos)) out.push({ at: pos + 1, comma: false });
  // "A, his wife B and contractor C": a kinship or a role before the next name is no separator's end
  // (after a bare comma only a kinship, and only where the list goes on with "and": "Jane Roe 4,
  // documentary filmmaker Lena Mabery" is one woman)
  for (const o of [...out]) {
    const described = describedItem(tokens, o.at);
    if (described <= o.at) continue;
    if (o.comma) {
      let e = described;
      while (tokens[e]?.cap) e++;
      const and = tokens[e]?.lower === "and" || (tokens[e]?.lower === "," && tokens[e + 1]?.lower === "and");
      if (tokens[o.at]!.pos === "NOUN" || !and) continue;
    }
    out.push({ at: described, comma: o.comma });
  }
  // ("convicted of fraud in 2015, and the defence argued that": after a comma and "and", a noun phrase with a verb of its
  // own is the subject of another clause, no offence of the list)
  return offences && here === "," && next === "and" ? out.filter((o) => !clauseSubjectAt(tokens, o.at)) : out;
}

/** "the defence argued", "the judge said": a short noun phrase from `at`, then an auxiliary or a verb in the past. */
function clauseSubjectAt(tokens: readonly Token[], at: number): boolean {
  let k = at;
  if (/^(?:the|a|an|his|her|their|its)$/.test(tokens[k]?.lower ?? "")) k++;
  const head = k;
  while (k < head + 3 && tokens[k] && LOWER_START.test(tokens[k]!.text) && /^(?:NOUN|ADJ)$/.test(tokens[k]!.pos)) k++;
  const verb = tokens[k];
  return k > head && !!verb && (verb.pos === "AUX" || verb.pos === "VERB" && /ed$/.test(verb.lower));
}

/** A "ranging from" opens the list that `pos` goes on, with no "to" between. */
function inRange(tokens: readonly Token[], pos: number): boolean {
  for (let k = pos - 1; k > 0 && k >= pos - 14; k--) {
    const w = tokens[k]!.lower;
    if (w === "to" || w === "." || w === ";") return false;
    if (w === "from") return /^(?:ranging|range|varying)$/.test(tokens[k - 1]!.lower);
  }
  return false;
}

const KIN_WORDS = /^(?:wife|husband|son|daughter|brother|sister|mother|father|partner|cousin|nephew|niece|uncle|aunt|fiancee|fiancée|fiance|girlfriend|boyfriend|ex-wife|ex-husband|ex-partner|ex-girlfriend|ex-boyfriend)$/;

/** Where the name starts after "his wife", "contractor", "former aide" or "its parent" at `at`, else `at`. */
function describedItem(tokens: readonly Token[], at: number): number {
  const t = tokens[at];
  if (!t) return at;
  if (/^(?:his|her|their)$/.test(t.lower)) {
    // ("her husband, Leo Brook": the kinship in apposition to the name after its comma; "his estranged wife Ana")
    const kin = /^(?:former|estranged)$/.test(tokens[at + 1]?.lower ?? "") ? at + 2 : at + 1;
    if (KIN_WORDS.test(tokens[kin]?.lower ?? "")) {
      if (tokens[kin + 1]?.cap) return kin + 1;
      if (tokens[kin + 1]?.lower === "," && tokens[kin + 2]?.cap && tokens[kin + 2]!.pos === "PROPN") return kin + 2;
    }
    // ("A, his son B and their neighbour C", "A and his business partner, B,": any noun for whom the next
    // name is to them, bare or in apposition)
    // ("co-accused", which the tagger takes for a verb)
    let n = at + 1;
    while (n < at + 3 && (tokens[n]?.pos === "NOUN" || tokens[n]?.lower.startsWith("co-")) && LOWER_START.test(tokens[n]!.text)) n++;
    if (n > at + 1 && tokens[n]?.lower === "," && tokens[n + 1]?.cap && tokens[n + 1]!.pos === "PROPN") n++;
    if (n > at + 1 && tokens[n]?.cap && (tokens[n]!.pos === "PROPN" || tokens[n + 1]?.pos === "PROPN")) return n;
  }
  // ("His father, A, and mother, B": the second kinship's possessive left unsaid)
  if (KIN_WORDS.test(t.lower) && tokens[at + 1]?.lower === "," && tokens[at + 2]?.cap && tokens[at + 2]!.pos === "PROPN") return at + 2;
  // ("A and the family's driver, B", "A and Rudge's accountant B": whose the next name is, by a possessive)
  const owner = t.lower === "the" && tokens[at + 2]?.lower === "'s" ? at + 3 : t.cap && tokens[at + 1]?.lower === "'s" ? at + 2 : 0;
  if (owner) {
    let n = owner;
    while (n < owner + 2 && tokens[n]?.pos === "NOUN" && LOWER_START.test(tokens[n]!.text)) n++;
    if (n > owner && tokens[n]?.lower === "," && tokens[n + 1]?.pos === "PROPN") n++;
    if (n > owner && tokens[n]?.cap && tokens[n]!.pos === "PROPN") return n;
  }
  // ("Kestrel Films, its parent Orvale Media, and ...": a company's part or parent)
  let k = t.lower === "its" ? at + 1 : at;
  while (k < at + 3 && tokens[k] && tokens[k]!.pos === "NOUN" && LOWER_START.test(tokens[k]!.text)) k++;
  if (k > at && tokens[k]?.cap && tokens[k]!.pos === "PROPN") return k;
  return officer(tokens, at);
}

/**
 * "sued X, its chief executive B and the auditor C", "A and former finance director B": a company's officer or a
 * described person, words of a title before the name (adjectives too: "chief", "former"), where the name closes
 * its clause (no verb after it: "acquitted A and the prosecutor B said" is no list of two).
 */
function officer(tokens: readonly Token[], at: number): number {
  const t = tokens[at]!;
  let k = /^(?:its|the)$/.test(t.lower) ? at + 1 : at;
  const words = k;
  while (k < words + 3 && tokens[k] && /^(?:NOUN|ADJ)$/.test(tokens[k]!.pos) && LOWER_START.test(tokens[k]!.text)) k++;
  // (the title ends on a noun: "its chief executive", not "the former")
  // ("X and its chairman, Ralph Lowther,": the title in apposition, after a bare "and"; in "X, its editor, A, and its
  // composer, B," they are appositions to the names before them)
  const apposed = k > words && tokens[k]?.lower === "," && tokens[k + 1]?.cap && tokens[k + 1]!.pos === "PROPN";
  if (apposed) k++;
  if (k === words || tokens[k - 1]!.pos !== "NOUN" && tokens[k - 1]!.lower !== "," || !tokens[k]?.cap || tokens[k]!.pos !== "PROPN") return at;
  let e = k;
  while (tokens[e]?.cap && tokens[e]!.pos === "PROPN") e++;
  return clauseAfter(tokens, e) || (apposed && tokens[e]?.lower === "," && !(tokens[at - 1]?.lower === "and" && tokens[at - 2]?.lower !== ",")) ? at : k;
}

/**
 * Whether the name ending before token e opens a clause of its own: a verb, or a relative "who" or "that" with no
 * comma before it, before the clause ends ("Jurors cleared A, and the co-defendant B who was charged with arson was
 * convicted": B is convicted, not cleared).
 */
function clauseAfter(tokens: readonly Token[], e: number): boolean {
  if (/^(?:who|that|whom)$/.test(tokens[e]?.lower ?? "")) return true;
  for (let k = e; k < e + 8 && tokens[k] && !/^[,.;:]$/.test(tokens[k]!.text); k++) if (/^(?:VERB|AUX)$/.test(tokens[k]!.pos)) return true;
  return false;
}

/**
 * The comma after an item's home, as British and Irish court reports give it: ", of Bolton,", ", 34, from Mill Lane,
 * Leigh," (a capitalised place of at most four words, or a street and its town), where the list goes on ("and", or the
 * next item with its own age or home); else `pos`.
 */
function homeEnd(tokens: readonly Token[], pos: number): number {
  if (tokens[pos]?.lower !== ",") return pos;
  let k = pos;
  if (/^\d{1,2}$/.test(tokens[k + 1]?.text ?? "") && tokens[k + 2]?.lower === ",") k += 2;
  if (tokens[k + 1]?.lower !== "of" && tokens[k + 1]?.lower !== "from") return pos;
  let j = k + 2;
  for (let part = 0; part < 2; part++) {
    const from = j;
    while (j < from + 4 && tokens[j]?.cap) j++;
    if (j === from || tokens[j]?.lower !== ",") return pos;
    if (tokens[j + 1]?.lower === "and") return j;
    // (the next item, told with its own age or home: "A, of Bolton, B, 29, of Wigan, and C")
    let n = j + 1;
    while (n < j + 5 && tokens[n]?.cap) n++;
    if (n > j + 1 && tokens[n]?.lower === "," && (/^\d{1,2}$/.test(tokens[n + 1]?.text ?? "") || /^(?:of|from)$/.test(tokens[n + 1]?.lower ?? ""))) return j;
    j++;
  }
  return pos;
}

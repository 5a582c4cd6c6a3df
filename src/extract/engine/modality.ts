// Nothing from negated, hypothetical or questioned statements. A match states a fact only
// when no negation or hedge governs its anchor: a word of the vocabularies (not, never,
// declined; could, may, whether, if) in the anchor's clause before it, with no "and", "or" or
// "but" between, that the pattern itself did not ask for ("found not guilty" asks for its "not").
// A question states nothing; "if" or "whether" earlier in the sentence makes the rest of it a
// condition.
import type { Token } from "../../nlp/tokens.ts";
import type { Match } from "./match.ts";
import { FUTURES, HEDGES, NEGATORS } from "../../lexicon/index.ts";

export type Modality = "factual" | "planned" | "noun" | "any";

const BOUNDARY = new Set([";", ":", "—", "–", "(", ")", "\"", "“", "”"]);
const COORDINATORS = new Set(["and", "or", "but", "nor", "then"]);
const CONDITIONS = new Set(["if", "whether", "unless"]);
/** Modal auxiliaries: what they govern is a prospect, not a fact. */
const MODALS = new Set(["will", "would", "could", "might", "may", "should", "shall", "'ll"]);
/** Verbs of one side's case before "that": what follows is argued, not established. */
const CLAIMS = new Set(["argued", "argues", "claimed", "claims", "contended", "contends", "alleged", "alleges", "insisted", "insists", "maintained", "maintains", "suggested", "suggests", "asserted", "asserts"]);

export function modalityAllows(tokens: readonly Token[], match: Match, modality: Modality): boolean {
  if (modality === "any") return true;
  if (modality === "noun") return !nounGoverned(tokens, match.start);
  const anchor = match.anchor >= 0 ? match.anchor : match.start;
  if (isQuestion(tokens, anchor)) return false;
  for (let i = quoteClosedBefore(tokens, anchor); i < anchor; i++) if (CONDITIONS.has(tokens[i]!.lower) && !match.consumed.has(i)) return false;
  if (invertedCondition(tokens, anchor) || claimedAfter(tokens, anchor)) return false;
  // ("The jury said prosecutors had not proved it, acquitting him of murder": a participle after a comma opens a
  // clause of its own, which a negation before the comma does not reach; a hedge still does: "the jury could split
  // the difference, convicting him of manslaughter" is a prospect)
  const participle = tokens[anchor - 1]?.lower === "," && tokens[anchor]!.pos === "VERB" && /ing$/.test(tokens[anchor]!.lower) ? anchor - 1 : -1;
  for (let i = anchor - 1; i >= 0; i--) {
    const t = tokens[i]!;
    // ("No charges of dangerous driving and failing to stop were brought": the "and" of a captured list joins its
    // items, not two clauses, so the "No" before the list still governs the verb)
    if (BOUNDARY.has(t.lower) || COORDINATORS.has(t.lower) && !listJoiner(match, i) && !joinedParticiples(tokens, i, anchor)) break;
    // ("X will face a fresh trial after the Court of Appeal quashed his conviction": what a clause of time in the past
    // tense tells happened, whatever the main clause says of what is to come)
    if (PAST_SINCE.has(t.lower) && !match.consumed.has(i) && pastForm(tokens[anchor]!)) break;
    // ("she would be acquitted of all charges": a modal the pattern read as an auxiliary ($BE's "would be") still
    // makes a factual rule's statement a prospect)
    // (not the month: "jailed at Bradford Crown Court in May after admitting ...")
    // (but "X will serve at least 21 years after being found guilty": the term to be served is the sentence already passed)
    if (match.consumed.has(i)) { if (modality === "factual" && MODALS.has(t.lower) && !monthMay(tokens, i) && !termToServe(tokens, i)) return false; continue; }
    if (NEGATORS.has(t.lower) && i > participle && !closedClause(tokens, i, anchor) && !notUntil(tokens, i, anchor)) return false;
    // "his lawyers told jurors that she had been the uphill skier": one side's claim, not a fact
    if (claimAt(tokens, i)) return false;
    if (HEDGES.has(t.lower) && !(modality === "planned" && FUTURES.has(t.lower)) && !monthMay(tokens, i)) return false;
  }
  return true;
}

/**
 * "denied reports that she had been arrested and charged with bribery": an "and" between two participles that share
 * one auxiliary, the second the anchor, joins them in one clause, so what governs the first governs both.
 */
function joinedParticiples(tokens: readonly Token[], i: number, anchor: number): boolean {
  if (tokens[i]!.lower !== "and" || anchor !== i + 1 || tokens[i - 1]?.pos !== "VERB" || !/ed$/.test(tokens[i - 1]!.lower) || !/ed$/.test(tokens[anchor]!.lower)) return false;
  return /^(?:been|be|being)$/.test(tokens[i - 2]?.lower ?? "");
}

/** Whether token i lies between two items of one captured list ("A and B", "A, B and C"). */
function listJoiner(match: Match, i: number): boolean {
  for (const captures of match.captures.values()) {
    let endBefore = false;
    for (const c of captures) {
      const [a, b] = "span" in c ? [c.span.start, c.span.end] : [c.start, c.end];
      if (b <= i) endBefore = true;
      else if (a > i && endBefore) return true;
    }
  }
  return false;
}

const DENIALS = new Set(["denied", "denies", "deny"]);
/** Verbs that bring a charge: what governs them governs the charge ("declined to bring charges against X"). */
const BRINGING = new Set(["bring", "brought", "file", "filed", "lay", "laid", "press", "pressed", "pursue", "pursued", "seek", "sought", "support", "supported", "prefer", "preferred", "authorise", "authorize", "authorised", "authorized", "approve", "approved", "recommend", "recommended", "justify", "warrant", "warranted", "sustain", "be", "been"]);

/**
 * A charge told by a noun ("the murder charge against X") is a fact wherever the sentence tells it ("could not reach
 * a verdict on the rape charge against X" still tells the charge), except where a negation, a hedge or a condition
 * reaches the noun itself, with no verb but one that brings a charge between: "found no basis for murder charges
 * against the officer", "declined to bring charges against", "may file charges against", "whether to seek charges".
 */
function nounGoverned(tokens: readonly Token[], start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (BOUNDARY.has(t.lower) || COORDINATORS.has(t.lower)) return false;
    // (one who "denied two counts of assault against X" still faces them)
    if (NEGATORS.has(t.lower) && !DENIALS.has(t.lower) || CONDITIONS.has(t.lower) || HEDGES.has(t.lower) && !monthMay(tokens, i)) return true;
    if (t.pos === "VERB" && !BRINGING.has(t.lower)) return false;
  }
  return false;
}

/** Auxiliaries that open a condition put before its subject: "Had he been charged with X, he would have". */
const INVERTED = new Set(["had", "were", "should"]);

/**
 * "Had he been charged with manslaughter, he would have faced a lighter sentence": a sentence that opens with such an
 * auxiliary and its subject states a condition up to its first comma.
 */
function invertedCondition(tokens: readonly Token[], anchor: number): boolean {
  if (!INVERTED.has(tokens[0]?.lower ?? "") || !/^(?:PRON|PROPN|DET)$/.test(tokens[1]?.pos ?? "")) return false;
  for (let i = 1; i < anchor; i++) if (tokens[i]!.lower === ",") return false;
  return true;
}

/** Conjunctions of time and cause that open a clause of their own. */
const PAST_SINCE = new Set(["after", "because", "since", "when"]);
/** "will serve at least 21 years", "must spend a minimum of 15 years": a modal of a sentence's term, not of a prospect. */
function termToServe(tokens: readonly Token[], i: number): boolean {
  return /^(?:will|must|shall)$/.test(tokens[i]!.lower) && /^(?:serve|spend)$/.test(tokens[i + 1]?.lower ?? "");
}

/**
 * "It was not until 2021 that X sued Y", "Not until 2019 did X sue Y", "X was not charged until 2020": "not until" tells
 * when a past event happened, not that it did not (a modal before it still makes it a prospect: "will not be tried until").
 */
function notUntil(tokens: readonly Token[], i: number, anchor: number): boolean {
  return tokens[i]!.lower === "not" && tokens[i + 1]?.lower === "until" && (pastForm(tokens[anchor]!) || tokens[anchor - 1]?.lower === "did");
}

/** A verb in a past form: "quashed", "upheld", "set" (not "quashes", "quashing", nor a base form "quash"). */
function pastForm(t: Token): boolean {
  return t.pos === "VERB" && (t.lower !== t.lemma && !/(?:s|ing)$/.test(t.lower) || t.lower === "set");
}

/** "the conviction in May of X", "on May 3": the month, no modal. */
const BEFORE_MONTH = /^(?:in|on|since|until|till|by|from|last|early|late|mid|mid-|of|between|through|during|next|this|that)$/;
function monthMay(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.text === "May" && i > 0 && (BEFORE_MONTH.test(tokens[i - 1]!.lower) || /^\d/.test(tokens[i + 1]?.text ?? ""));
}

/**
 * Where the text after the last quotation closed before `anchor` starts (0 if none): a condition inside a
 * quotation ('"as if it were his own," the presiding judge said') is the speaker's, not the sentence's.
 */
function quoteClosedBefore(tokens: readonly Token[], anchor: number): number {
  let marks = 0, after = 0;
  for (let i = 0; i < anchor; i++) {
    const w = tokens[i]!.text;
    if (w === "\u201d" || (w === "\"" && marks % 2 === 1)) after = i + 1;
    if (w === "\"" || w === "\u201c" || w === "\u201d") marks++;
  }
  return marks % 2 === 0 ? after : 0;
}

/**
 * Whether the clause of the negator at `i` ends before `anchor`: a verb right before an auxiliary is the end of a
 * relative clause and the start of the main one ("a man who did not commit the murder has been awarded damages after
 * the court found the minister liable": the "not" is the relative clause's, and the finding a fact).
 */
function closedClause(tokens: readonly Token[], i: number, anchor: number): boolean {
  for (let k = i + 1; k + 1 < anchor; k++) if (tokens[k]!.pos === "VERB" && tokens[k + 1]!.pos === "AUX") return true;
  // ("A judge refused bail to X, 23, who is charged with attempted murder": a relative clause opened after the negation
  // and holding the anchor is a statement of its own)
  for (let k = i + 2; k < anchor; k++) if (/^(?:who|whom)$/.test(tokens[k]!.lower) && tokens[k - 1]!.lower === "," && !tokens.slice(k + 1, anchor).some((t) => t.lower === "," || NEGATORS.has(t.lower))) return true;
  return false;
}

/** A subject pronoun that opens a claim's clause without "that": "the prosecution claimed she was ...". */
const CLAUSE_SUBJECTS = new Set(["he", "she", "they", "it", "i", "we", "you"]);

/** "claimed Dana Whitlow was ...": a name, then the verb of the clause it is the subject of. */
function namedSubject(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (j < k + 4 && tokens[j]?.pos === "PROPN") j++;
  return j > k && (tokens[j]?.pos === "AUX" || tokens[j]?.pos === "VERB");
}

/** Whether token `i` opens one side's claim: "argued that", "claimed she was", "told (the) jurors that", "told the court he". */
function claimAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!.lower;
  if (CLAIMS.has(t)) return clauseOpens(tokens, i + 1);
  if (t !== "told") return false;
  // ("told the court Ana Ruiz was a dealer": what a witness or counsel tells the bench is their account)
  const k = tokens[i + 1]?.lower === "the" ? i + 2 : i + 1;
  return HEARERS.has(tokens[k]?.lower ?? "") && clauseOpens(tokens, k + 1);
}

/** Whom a party or a witness tells its account in court. */
const HEARERS = new Set(["jurors", "jury", "court", "magistrates", "hearing", "trial", "tribunal", "inquest"]);

/** "that", or a clause's own subject: "claimed she was", "claimed Dana Whitlow was". */
function clauseOpens(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.lower === "that" || CLAUSE_SUBJECTS.has(tokens[k]?.lower ?? "") || namedSubject(tokens, k);
}

/**
 * "X was convicted of drug offences in 2015, the defence claimed": a claim's verb in a short clause set after a comma at
 * the end of the sentence makes the whole of it that side's account (not "the court heard", which tells the evidence).
 */
function claimedAfter(tokens: readonly Token[], anchor: number): boolean {
  let end = tokens.length;
  while (end > 0 && /^[.!"\u201d']$/.test(tokens[end - 1]!.text)) end--;
  for (let c = end - 2; c > anchor && c >= end - 6; c--) {
    if (tokens[c]!.lower !== ",") continue;
    return (CLAIMS.has(tokens[end - 1]!.lower) && speaker(tokens, c + 1, end - 1)) || (CLAIMS.has(tokens[c + 1]!.lower) && speaker(tokens, c + 2, end));
  }
  return false;
}

/**
 * Who claims: only words of a name or a noun phrase beside the verb (", the defence claimed", ", claimed the prosecution").
 * (a function of the module, not a closure made for every match the rules find)
 */
function speaker(tokens: readonly Token[], from: number, to: number): boolean {
  return to > from && to - from <= 4 && tokens.slice(from, to).every((t) => /^(?:DET|ADJ|NOUN|PROPN)$/.test(t.pos));
}

/** Whether one side's claim ("argued that", "told jurors that") governs token `at` of a sentence. */
export function claimedBefore(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    if (BOUNDARY.has(tokens[i]!.lower)) return false;
    if (claimAt(tokens, i)) return true;
  }
  return false;
}

/** The anchor's sentence, or the quotation that holds it, ends with a question mark. */
function isQuestion(tokens: readonly Token[], anchor: number): boolean {
  for (let i = anchor; i < tokens.length; i++) {
    const w = tokens[i]!.text;
    if (w === "?") return true;
    if (w === "." || w === "!" || w === ";") return false;
  }
  return false;
}

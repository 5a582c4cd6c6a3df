// Context rules over wink's tags, for what court news says often and wink reads wrong: the domain's
// nouns and verbs ("three counts of", "granted bail"; "who sentences", "jurors deadlock"), past
// tenses wink takes for adjectives ("it deadlocked"), gerunds that are nouns ("the stabbing"), and
// a few function words ("after jurors deadlocked": a clause; "pleaded guilty to causing": a
// preposition). Each rule reads a token and its neighbours and changes that token (or one beside
// it); applyRules, at the end, says which rules read which tags, and in what order.
import type { Pos, Token } from "./tokens.ts";
import {
  AGENTS, BARE, CLAUSE_OPENERS, DEMONYMS, DEMONYM_NOUNS, DOMAIN_NOUNS, GIVEN_NAMES, OBJECT_PRONOUNS, PLURAL_SUBJECTS, POSSESSIVES,
  SINGULAR_SUBJECTS, THIRD_PERSON, TITLES, TO_NOUNS,
} from "./vocab.ts";
import { verbLemma } from "./lemmas.ts";
import { tagWord } from "./wink.ts";
// (regexes with \p{...}, which tsx's esbuild writes as `new RegExp(...)` made at every use, are made once here)
const HAS_LOWER = /\p{Ll}/u;
const MID_SENTENCE_BEFORE = /^[\p{L}\p{N},]/u;
const LOWER_START = /^\p{Ll}/u;

type Rule = (ts: Token[], k: number) => void;

const NOUN_PHRASE = new Set<Pos | "END">(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
const DEMONSTRATIVES = new Set(["those", "these", "this", "that"]);

const pos = (ts: readonly Token[], k: number): Pos | "END" => ts[k]?.pos ?? "END";
const lower = (ts: readonly Token[], k: number) => ts[k]?.lower ?? "";
const set = (t: Token, p: Pos, lemma = t.lemma) => { t.pos = p; t.lemma = lemma; };
const capitalised = (t: Token) => t.cap && HAS_LOWER.test(t.text);
/** Ends a phrase: punctuation or the end of the sentence. */
const closes = (ts: readonly Token[], k: number) => k >= ts.length || ts[k]!.pos === "PUNCT";

/** Where a clause can begin: the start, punctuation, a conjunction, a clause opener or a relative. */
function clauseStart(ts: readonly Token[], k: number): boolean {
  const p = ts[k - 1];
  return !p || p.pos === "PUNCT" || p.pos === "CCONJ" || p.pos === "SCONJ" || CLAUSE_OPENERS.has(p.lower) || p.lower === "that";
}

/**
 * The number of the subject that ends right before token k: a subject pronoun, or a noun phrase that
 * opens a clause and ends in an agent noun ("special court", "the jurors") or a name. "s" for
 * singular, "p" for plural, "sp" for a relative pronoun (either), "" for no subject.
 */
function subjectBefore(ts: readonly Token[], k: number): string {
  const p = ts[k - 1];
  if (!p) return "";
  if (p.pos === "PRON") return (SINGULAR_SUBJECTS.has(p.lower) ? "s" : "") + (PLURAL_SUBJECTS.has(p.lower) ? "p" : "");
  const agent = (p.pos === "NOUN" || p.pos === "PROPN") && AGENTS.has(p.lower);
  const name = p.pos === "PROPN" && capitalised(p);
  if (!agent && !name) return "";
  let a = k - 1;
  while (a > 0 && k - a < 5 && NOUN_PHRASE.has(ts[a - 1]!.pos) && !(ts[a - 1]!.pos === "NOUN" && name && !agent)) a--;
  if (!clauseStart(ts, a)) return "";
  return agent && (p.lower.endsWith("s") || p.lower === "police") ? "p" : "s";
}

/**
 * "who sentences", "the firm counts", "jurors deadlock", "special court orders": a domain verb after
 * its subject; "and charges him": before its object.
 */
const verbAfterSubject: Rule = (ts, k) => {
  const t = ts[k]!;
  const third = THIRD_PERSON.get(t.lower), bare = BARE.has(t.lower);
  if (t.pos !== "NOUN" || (!third && !bare) || pos(ts, k + 1) === "AUX" || pos(ts, k + 1) === "VERB" || lower(ts, k + 1) === "of") return;
  const subject = OBJECT_PRONOUNS.has(lower(ts, k + 1)) ? "sp" : subjectBefore(ts, k);
  if (third && subject.includes("s")) set(t, "VERB", third);
  else if (bare && subject.includes("p")) set(t, "VERB", t.lower);
};

/** "it deadlocked on", "Varga forfeited his bond": an -ed form wink calls an adjective is a past tense after a subject. */
const pastAfterSubject: Rule = (ts, k) => {
  const t = ts[k]!;
  if (t.pos !== "ADJ" || !t.lower.endsWith("ed") || !subjectBefore(ts, k)) return;
  if (ts[k - 1]!.pos !== "PRON" && !/^(?:ADP|DET|PRON|NUM|PART|ADV|PUNCT|END)$/.test(pos(ts, k + 1))) return;
  set(t, "VERB", verbLemma(t.lower, t.lower));
};

/** "three counts of", "granted bail", "refused bail.", "the sentences": a domain noun wink calls a verb. */
const domainNoun: Rule = (ts, k) => {
  const t = ts[k]!;
  if (!DOMAIN_NOUNS.has(t.lower) || (t.pos !== "VERB" && !(t.pos === "ADJ" && pos(ts, k - 1) === "VERB"))) return;
  const prev = pos(ts, k - 1), before = lower(ts, k - 1);
  if (prev === "PART" || prev === "AUX" || SINGULAR_SUBJECTS.has(before) || PLURAL_SUBJECTS.has(before)) return;
  const nounBefore = prev === "DET" || prev === "NUM" || prev === "ADJ" || prev === "VERB" || POSSESSIVES.has(before);
  if (nounBefore || lower(ts, k + 1) === "of" || closes(ts, k + 1)) set(t, "NOUN", tagWord(t.lower).lemma);
};

/** "headed to jail", "sent to trial": a noun a motion ends at, after "to" as a preposition. */
const toNoun: Rule = (ts, k) => {
  const t = ts[k]!;
  if (t.pos !== "VERB" || !TO_NOUNS.has(t.lower) || lower(ts, k - 1) !== "to") return;
  if (!(closes(ts, k + 1) || /^(?:ADP|ADV|SCONJ|CCONJ)$/.test(pos(ts, k + 1)))) return;
  set(t, "NOUN", t.lower);
  set(ts[k - 1]!, "ADP");
};

/** An -ing form of a verb: "seeing", "observing" (wink keeps the form, the lexicon has observe); not "bring", "string". */
const gerund = (t: Token) => t.lower.length > 5 && t.lower.endsWith("ing") && (t.lemma !== t.lower || verbLemma(t.lower, t.lower) !== t.lower);

/** "Kevan Dowling, his lawyer", "cross-examined by Harlan": a capitalised verb inside a sentence is a name. */
const nameNotVerb: Rule = (ts, k) => {
  const t = ts[k]!;
  if (t.pos === "VERB" && capitalised(t) && t.truecase === t.text && k > 0 && MID_SENTENCE_BEFORE.test(ts[k - 1]!.text)) set(t, "PROPN", t.lower);
};

/**
 * "the stabbing outside a bar", "his handling of", "over the Bondi stabbing.", "in Shooting;",
 * "Sentencing adjourned", "drink-driving charges": an -ing form heading a noun phrase, or ending a
 * compound, is a noun. One with an object stays a verb, and so do "her working as", "a charge
 * emerging from", "before becoming".
 */
const gerundNoun: Rule = (ts, k) => {
  const t = ts[k]!;
  if (t.pos !== "VERB" || !gerund(t)) return;
  const prev = pos(ts, k - 1), next = pos(ts, k + 1), ends = closes(ts, k + 1) || next === "CCONJ";
  const compound = lower(ts, k - 1) === "-" && ts[k - 1]!.start === ts[k - 2]?.end && ts[k - 1]!.end === t.start &&
    pos(ts, k - 2) === "NOUN" && (ends || next === "NOUN" || next === "ADP");
  const modified = prev === "ADJ" || POSSESSIVES.has(lower(ts, k - 1));
  const head = (prev === "DET" && (ends || /^(?:ADP|VERB|AUX)$/.test(next))) ||
    (modified && (ends || lower(ts, k + 1) === "of" || next === "VERB" || next === "AUX")) ||
    ((prev === "NOUN" || prev === "PROPN" || (prev === "ADP" && !CLAUSE_OPENERS.has(lower(ts, k - 1)))) && ends) ||
    (clauseStart(ts, k) && (next === "VERB" || next === "AUX") && t.cap);
  if (head || compound) set(t, "NOUN", t.lower);
};

/** "the court, observing that the trial...", "Citing the risk, the judge...": an -ing form opening a clause, with its object. */
const participle: Rule = (ts, k) => {
  const t = ts[k]!;
  if (t.pos !== "NOUN" || !gerund(t) || !clauseStart(ts, k)) return;
  const next = ts[k + 1];
  if (next && (next.lower === "that" || next.pos === "DET" || OBJECT_PRONOUNS.has(next.lower))) set(t, "VERB", verbLemma(t.lower, t.lower));
};

/**
 * "A ferry skipper whose vessel capsized", "a veteran skipper who": a bare word wink calls a verb, after a
 * noun that follows an article and right before a relative pronoun, heads the noun phrase ("a ferry skip whose"
 * is no clause). A past tense or a third person's -s stays a verb.
 */
const nounBeforeRelative: Rule = (ts, k) => {
  const t = ts[k]!;
  if (t.pos !== "VERB" || t.lemma !== t.lower || t.lower.endsWith("ed") || !/^(?:who|whose|whom)$/.test(lower(ts, k + 1))) return;
  if (pos(ts, k - 1) !== "NOUN") return;
  const j = pos(ts, k - 2) === "ADJ" ? k - 3 : k - 2;
  if (/^(?:a|an|the)$/.test(lower(ts, j))) set(t, "NOUN", t.lower);
};

/** "the counts that concerned patients": "that" after a noun and before a verb is a relative pronoun. */
const relativeThat: Rule = (ts, k) => {
  const t = ts[k]!;
  if (t.lower !== "that" || t.pos !== "SCONJ" || pos(ts, k - 1) !== "NOUN") return;
  const next = ts[k + 1];
  if (!next || !/^(?:VERB|AUX|ADJ)$/.test(next.pos)) return;
  set(t, "PRON");
  if (next.pos === "ADJ" && next.lower.endsWith("ed")) set(next, "VERB", verbLemma(next.lower, next.lower));
};

/** "a mistrial on those.": a demonstrative with no noun after it is a pronoun. */
const demonstrative: Rule = (ts, k) => {
  const t = ts[k]!;
  if (DEMONSTRATIVES.has(t.lower) && /^(?:PUNCT|END|ADP|AUX|VERB)$/.test(pos(ts, k + 1))) set(t, "PRON");
};

/** "pleaded guilty to causing", "to forcibly kissing": "to" before an -ing verb is a preposition. */
const toBeforeGerund: Rule = (ts, k) => {
  const t = ts[k]!;
  if (t.lower !== "to" || t.pos !== "PART") return;
  const j = pos(ts, k + 1) === "ADV" ? k + 2 : k + 1;
  if (pos(ts, j) === "VERB" && gerund(ts[j]!)) set(t, "ADP");
};

/**
 * "after jurors deadlocked", "as the foreman read", "as Judge Vale sets": after, as, before... opening
 * a clause, a noun phrase and its verb, are subordinators. Not "as a fan who...", "as well as the
 * profits the firm made", "as an accident no one foresaw": a second noun phrase or a relative
 * before the verb leaves them prepositions.
 */
const clauseOpener: Rule = (ts, k) => {
  const t = ts[k]!;
  if (t.pos !== "ADP" || !CLAUSE_OPENERS.has(t.lower) || lower(ts, k - 1) === "well") return;
  for (let j = k + 1; j < Math.min(ts.length, k + 7); j++) {
    const u = ts[j]!, p = u.pos, head = j > k + 1 && /^(?:NOUN|PROPN)$/.test(ts[j - 1]!.pos);
    if ((p === "VERB" && !gerund(u)) || p === "AUX") { if (j > k + 1) set(t, "SCONJ"); return; }
    if (p === "PRON" && (j > k + 1 || /^(?:who|which|that|whom)$/.test(u.lower))) return;
    if (head && (p === "DET" || (p === "PROPN" && ts[j - 1]!.pos === "NOUN"))) return;
    if (!/^(?:DET|ADJ|NUM|NOUN|PROPN|PRON)$/.test(p)) return;
  }
};

/**
 * "American actress", "British student", "American Amanda Vale": a nationality before a lower-case
 * word or a given name is an adjective ("American Airlines" stays a name); "Briton Callum Birt": a nation's noun for
 * one of its people, before any name, stands apart from it.
 */
const demonym: Rule = (ts, k) => {
  const t = ts[k]!, next = ts[k + 1];
  if (t.pos === "PROPN" && DEMONYMS.has(t.lower) && next && (LOWER_START.test(next.text) || GIVEN_NAMES.has(next.text))) set(t, "ADJ");
  else if (t.pos === "PROPN" && DEMONYM_NOUNS.has(t.lower) && next?.pos === "PROPN") set(t, "ADJ");
};

/**
 * "former President Ortega", "Justice Ramesh Gowda", "President Park Min-ji": a capitalised title before
 * a name is part of it, and so is a capitalised common word after the title ("Park").
 */
const titleOfName: Rule = (ts, k) => {
  const t = ts[k]!, next = ts[k + 1];
  if (!next || !TITLES.has(t.lower) || !capitalised(t) || t.truecase !== t.text) return;
  if (next.pos === "NOUN" && capitalised(next) && next.truecase === next.text && !TITLES.has(next.lower)) set(next, "PROPN");
  if (next.pos === "PROPN") set(t, "PROPN");
};

/** Verb lemmas wink gets wrong (lemmas.ts). */
const lemma: Rule = (ts, k) => {
  const t = ts[k]!;
  if (t.pos === "VERB") t.lemma = verbLemma(t.lower, t.lemma);
};

/**
 * Applies the rules to a sentence's tokens, in place, left to right, in two passes: content words
 * first, so that the function words see their verbs. A rule runs only while the token keeps the tag
 * it was chosen for.
 */
export function applyRules(ts: Token[]): void {
  for (let k = 0; k < ts.length; k++) {
    const t = ts[k]!;
    if (t.pos === "NOUN") { verbAfterSubject(ts, k); if (t.pos === "NOUN") participle(ts, k); }
    else if (t.pos === "ADJ") { pastAfterSubject(ts, k); if (t.pos === "ADJ") domainNoun(ts, k); }
    else if (t.pos === "VERB") { nameNotVerb(ts, k); if (t.pos === "VERB") domainNoun(ts, k); if (t.pos === "VERB") toNoun(ts, k); if (t.pos === "VERB") gerundNoun(ts, k); if (t.pos === "VERB") nounBeforeRelative(ts, k); }
  }
  for (let k = 0; k < ts.length; k++) {
    switch (ts[k]!.pos) {
      case "SCONJ": relativeThat(ts, k); break;
      case "DET": demonstrative(ts, k); break;
      case "PART": toBeforeGerund(ts, k); break;
      case "ADP": clauseOpener(ts, k); break;
      case "PROPN": demonym(ts, k); break;
      case "NOUN": titleOfName(ts, k); break;
      case "VERB": lemma(ts, k); break;
    }
  }
}

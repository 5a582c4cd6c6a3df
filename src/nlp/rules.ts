// Context rules over wink's tags, for what court news says often and wink reads wrong: the domain's
// nouns and verbs ("three counts of", "granted bail"; "who sentences", "jurors deadlock"), past
// tenses wink takes for adjectives ("it deadlocked"), gerunds that are nouns ("the stabbing"), and
// a few function words ("after jurors deadlocked": a clause; "pleaded guilty to causing": a
// preposition). Each rule reads a token and its neighbours and changes that token (or the one
// before); they run in this order over a sentence, verbs first, so that the later ones see them.
import type { Pos, Token } from "./tokens.ts";
import {
  AGENTS, BARE, CLAUSE_OPENERS, DEMONYMS, DOMAIN_NOUNS, OBJECT_PRONOUNS, PLURAL_SUBJECTS, POSSESSIVES,
  SINGULAR_SUBJECTS, THIRD_PERSON, TITLES, TO_NOUNS,
} from "./vocab.ts";
import { verbLemma } from "./lemmas.ts";
import { tagWord } from "./wink.ts";

type Rule = (ts: Token[], k: number) => void;

const NOUN_PHRASE = new Set<Pos | "END">(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);

const pos = (ts: readonly Token[], k: number): Pos | "END" => ts[k]?.pos ?? "END";
const lower = (ts: readonly Token[], k: number) => ts[k]?.lower ?? "";
const set = (t: Token, p: Pos, lemma = t.lemma) => { t.pos = p; t.lemma = lemma; };
const capitalised = (t: Token) => t.cap && /\p{Ll}/u.test(t.text);
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

/**
 * "the stabbing outside a bar", "over the Bondi stabbing", "in Shooting;", "Sentencing adjourned",
 * "drink-driving": an -ing form heading a noun phrase is a noun. One with an object stays a verb.
 */
const gerundNoun: Rule = (ts, k) => {
  const t = ts[k]!;
  if (t.pos !== "VERB" || !t.lower.endsWith("ing") || !/[^aeiou]ing$/.test(t.lower)) return;
  const prev = pos(ts, k - 1), next = pos(ts, k + 1);
  const ends = closes(ts, k + 1) || next === "ADP" || next === "CCONJ";
  const compound = lower(ts, k - 1) === "-" && ts[k - 1]!.start === ts[k - 2]?.end && ts[k - 1]!.end === t.start && pos(ts, k - 2) === "NOUN";
  const head = ((prev === "DET" || prev === "ADJ" || POSSESSIVES.has(lower(ts, k - 1))) && (ends || next === "VERB" || next === "AUX")) ||
    ((prev === "NOUN" || prev === "PROPN") && ends) || (prev === "ADP" && (closes(ts, k + 1) || next === "CCONJ")) ||
    (clauseStart(ts, k) && (next === "VERB" || next === "AUX") && t.cap);
  if (head || compound) set(t, "NOUN", t.lower);
};

/** "the court, observing that the trial...", "Citing the risk, the judge...": an -ing form opening a clause, with its object. */
const participle: Rule = (ts, k) => {
  const t = ts[k]!;
  if (t.pos !== "NOUN" || !t.lower.endsWith("ing") || !clauseStart(ts, k)) return;
  const next = ts[k + 1];
  if (next && (next.lower === "that" || next.pos === "DET" || OBJECT_PRONOUNS.has(next.lower))) set(t, "VERB", verbLemma(t.lower, t.lower));
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
  if (t.pos === "DET" && /^(?:those|these|this|that)$/.test(t.lower) && /^(?:PUNCT|END|ADP|AUX|VERB)$/.test(pos(ts, k + 1))) set(t, "PRON");
};

/** "pleaded guilty to causing", "to forcibly kissing": "to" before an -ing verb is a preposition. */
const toBeforeGerund: Rule = (ts, k) => {
  const t = ts[k]!;
  if (t.lower !== "to" || t.pos !== "PART") return;
  const j = pos(ts, k + 1) === "ADV" ? k + 2 : k + 1;
  if (pos(ts, j) === "VERB" && lower(ts, j).endsWith("ing")) set(t, "ADP");
};

/** "after jurors deadlocked", "as the foreman read": after, as, before... opening a clause with its own verb. */
const clauseOpener: Rule = (ts, k) => {
  const t = ts[k]!;
  if (t.pos !== "ADP" || !CLAUSE_OPENERS.has(t.lower)) return;
  for (let j = k + 1; j < Math.min(ts.length, k + 7); j++) {
    const p = ts[j]!.pos;
    if ((p === "VERB" && !ts[j]!.lower.endsWith("ing")) || p === "AUX") { if (j > k + 1) set(t, "SCONJ"); return; }
    if (!/^(?:DET|ADJ|NUM|NOUN|PROPN|PRON)$/.test(p)) return;
  }
};

/** "American actress", "British student": a nationality before a lower-case word is an adjective. */
const demonym: Rule = (ts, k) => {
  const t = ts[k]!;
  if (t.pos === "PROPN" && DEMONYMS.has(t.lower) && /^\p{Ll}/u.test(ts[k + 1]?.text ?? "")) set(t, "ADJ");
};

/** "former President Ortega", "Justice Ramesh Rao": a capitalised title before a name is part of it. */
const titleOfName: Rule = (ts, k) => {
  const t = ts[k]!;
  if (t.pos === "NOUN" && capitalised(t) && TITLES.has(t.lower) && pos(ts, k + 1) === "PROPN") set(t, "PROPN");
};

/** Verb lemmas wink gets wrong (lemmas.ts). */
const lemma: Rule = (ts, k) => {
  const t = ts[k]!;
  if (t.pos === "VERB") t.lemma = verbLemma(t.lower, t.lemma);
};

/** The rules by the tag they read, in two passes: content words first, so that function words see their verbs. */
const PASSES: Partial<Record<Pos, Rule[]>>[] = [
  { NOUN: [verbAfterSubject, participle], ADJ: [pastAfterSubject, domainNoun], VERB: [domainNoun, toNoun, gerundNoun] },
  { SCONJ: [relativeThat], DET: [demonstrative], PART: [toBeforeGerund], ADP: [clauseOpener], PROPN: [demonym], NOUN: [titleOfName], VERB: [lemma] },
];

/** Applies the rules to a sentence's tokens, in place, left to right, pass by pass. */
export function applyRules(ts: Token[]): void {
  for (const rules of PASSES) {
    for (let k = 0; k < ts.length; k++) {
      const p = ts[k]!.pos, todo = rules[p];
      if (todo) for (const rule of todo) { if (ts[k]!.pos !== p) break; rule(ts, k); }
    }
  }
}

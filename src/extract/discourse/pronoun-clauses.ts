// What the pronoun stage reads of a sentence's clauses: its subject, an aside or a possessive on it, an object
// that cannot be its own subject, a court's clause after the main verb, an accused's verbs (pronouns.ts).
import type { Doc } from "../document.ts";
import type { Token } from "../../nlp/tokens.ts";
import type { PersonRef } from "./pronouns.ts";
import { AGAINST_PERSON, COMPANIONS, GENDER_WORDS, HARM_VERBS, KINSHIP, OFFENCE_VERBS, PERSON_NOUNS, ROLE_FORMS, UNNAMED_PEOPLE, type Gender } from "../../lexicon/index.ts";

/** Words that open a phrase put before its clause: "Following his conviction, ...", "After her arrest, ...". */
const FRONTING = new Set(["following", "after", "since", "despite", "before", "upon", "on", "at", "during", "with"]);

/** Whether the possessive at `k` is in a phrase that opens the sentence: "Following his conviction for X, ...". */
export function fronted(ts: Doc["sentences"][number]["tokens"], k: number): boolean {
  return k <= 2 && FRONTING.has(ts[0]?.lower ?? "") && /^(?:his|her)$/.test(ts[k]?.lower ?? "");
}

/** The verbs whose object is an accused: "convicted him", "found her guilty", "charged him". */
export const ACCUSING_BEFORE = new Set(["convicted", "acquitted", "cleared", "charged", "sentenced", "jailed", "found", "indicted"]);

/** The verbs whose subject is an accused: "was charged", "pleaded", "was found guilty", "denied", "stood trial". */
const ACCUSED_VERBS = new Set(["charged", "convicted", "jailed", "sentenced", "acquitted", "cleared", "pleaded", "pleads", "denied", "denies", "indicted", "arraigned", "tried", "remanded", "stood", "faces", "faced"]);

const VERB_GROUP = /^(?:AUX|ADV|PART)$/;

/**
 * Whether the words from token `at` are an accused's verb with the person before them its subject: past an apposition set
 * off by commas (", 41,", ", a builder,"), auxiliaries and adverbs ("was later charged", "had denied"); "found" only with
 * "guilty" after it.
 */
export function accusedVerbAfter(ts: readonly Token[], at: number): boolean {
  const i = verbAfter(ts, at);
  if (i === undefined) return false;
  const w = ts[i]?.lower ?? "";
  if (w === "found") return /^(?:guilty|not)$/.test(ts[i + 1]?.lower ?? "");
  if (w === "stood") return ts[i + 1]?.lower === "trial";
  return ACCUSED_VERBS.has(w) && i > at;
}

/** The verbs of giving evidence whose subject is a witness: "told the court", "gave evidence", "testified". */
const EVIDENCE_VERBS = /^(?:testified|testifies|told|tells|gave|gives|recalled|described)$/;
/** What a witness tells: "told the court", "told jurors", "gave evidence". */
const EVIDENCE_HEARERS = /^(?:the|jurors|magistrates|evidence|how|of|police)$/;

/**
 * Whether the words from token `at` are a witness's verb with the person before them its subject: "Y, who was behind the
 * counter, told the court", "The shopkeeper, Y, gave evidence", "Y testified".
 */
export function evidenceVerbAfter(ts: readonly Token[], at: number): boolean {
  const i = verbAfter(ts, at);
  if (i === undefined) return false;
  const w = ts[i]?.lower ?? "";
  return EVIDENCE_VERBS.test(w) && (/^testifie/.test(w) || EVIDENCE_HEARERS.test(ts[i + 1]?.lower ?? ""));
}

/** The token where the verb whose subject is the person before `at` stands (past an apposition, auxiliaries, adverbs). */
function verbAfter(ts: readonly Token[], at: number): number | undefined {
  let i = at;
  // (the comma that closes an apposition before the name: "a police constable, Mark Tully, was found guilty")
  if (ts[i]?.text === "," && /^(?:AUX|VERB)$/.test(ts[i + 1]?.pos ?? "")) i++;
  else if (ts[i]?.text === ",") {
    // (a relative clause may run longer: "Y, who the court heard had held the victim down while X struck him, was cleared")
    const reach = /^(?:who|whom|whose)$/.test(ts[i + 1]?.lower ?? "") ? 24 : 8;
    const close = ts.findIndex((t, j) => j > i && j <= i + reach && t.text === ",");
    if (close < 0) return undefined;
    i = close + 1;
  }
  for (let n = 0; n < 3 && VERB_GROUP.test(ts[i]?.pos ?? ""); n++) i++;
  return i;
}

/** A court's verbs whose object is the accused. */
export const COURT_ON = new Set(["convicted", "acquitted", "cleared", "jailed", "sentenced", "charged", "fined", "found"]);

/**
 * Whether the person is the object of a verb of offence, "punched great-grandad Y", "stabbed Y", or the one an offence
 * against a person was done to, "pleaded guilty to the manslaughter of Y", "the rape of Y".
 */
export function offenceObject(ts: Doc["sentences"][number]["tokens"], r: PersonRef): boolean {
  let v = r.first - 1;
  while (v > r.first - 4 && v >= 0 && /^(?:NOUN|ADJ|DET)$/.test(ts[v]!.pos) && /^[a-z]/.test(ts[v]!.text)) v--;
  if (ts[v]?.lower === "of" && AGAINST_PERSON.has(ts[v - 1]?.lower ?? "")) return true;
  return ts[v]?.pos === "VERB" && (HARM_VERBS.has(ts[v]!.lower) || !!OFFENCE_VERBS.get(ts[v]!.lower));
}

/**
 * "the couple's son, who told the court he saw his father strike his mother": a person of the pronoun's
 * gender told of without a name, after the last person named before it in the sentence, is whom the
 * pronoun most likely stands for, and the graph has no node for them: the pronoun is no one named.
 * (A kinship word or gendered noun beside a name, "his wife, Ana Ruiz", is that named person.)
 */
export function unnamedBefore(ts: Doc["sentences"][number]["tokens"], here: readonly PersonRef[], k: number, g: Gender): boolean {
  const from = Math.max(0, ...here.filter((r) => r.last <= k).map((r) => r.last));
  for (let i = from; i < k; i++) {
    const t = ts[i]!;
    if (t.pos !== "NOUN" || (KINSHIP.get(t.lower)?.gender ?? GENDER_WORDS.get(t.lower)) !== g) continue;
    const next = ts[i + 1]?.text === "," ? ts[i + 2] : ts[i + 1];
    if (next?.pos === "PROPN" && next.cap) continue;
    return true;
  }
  return false;
}

/**
 * "X, 29, is accused of murdering a student. Her father, Y, told the court": a person told of without a name by a noun
 * that may be of the pronoun's gender ("a student", "the woman"; not "his wife, Ana Ruiz") in the sentence, whom a
 * kinship word after the pronoun is as likely to be of as anyone named.
 */
export function unnamedPersonIn(ts: Doc["sentences"][number]["tokens"], g: Gender): boolean {
  for (let i = 1; i < ts.length; i++) {
    const t = ts[i]!;
    if (t.pos !== "NOUN" || !(UNNAMED_PEOPLE.has(t.lower) || KINSHIP.has(t.lower) || GENDER_WORDS.has(t.lower))) continue;
    const said = KINSHIP.get(t.lower)?.gender ?? GENDER_WORDS.get(t.lower);
    const next = ts[i + 1]?.text === "," ? ts[i + 2] : ts[i + 1];
    if ((said && said !== g) || (next?.pos === "PROPN" && next.cap)) continue;
    // ("Y, a mother of three,": the noun of an apposition to a name is that person's, no one unnamed)
    if (/^(?:a|an)$/.test(ts[i - 1]!.lower) && ts[i - 2]?.text === "," && ts[i - 3]?.cap && ts[i - 3]!.pos === "PROPN") continue;
    if (/^(?:a|an|the|his|her|their)$/.test(ts[i - 1]!.lower) || /^(?:a|an|the|his|her|their)$/.test(ts[i - 2]?.lower ?? "") && ts[i - 1]!.pos === "ADJ") return true;
  }
  return false;
}

/** Whether someone is named (not a pronoun) before token `upTo`. */
export function named(list: readonly PersonRef[] | undefined, upTo: number): boolean {
  return !!list && list.some((r) => !r.pronoun && r.first < upTo);
}

/**
 * Where a sentence's subject is a person told of without a name, of a gender the pronoun's may be ("The
 * complainant", "A teenage boy", "The father of ...", not "The victim, Ana Ruiz" nor "The actor"): the head
 * noun's index, else Infinity.
 */
export function unnamedSubject(ts: Doc["sentences"][number]["tokens"], g: Gender): number {
  if (!/^(?:the|a|an)$/.test(ts[0]?.lower ?? "")) return Infinity;
  for (let i = 1; i < Math.min(ts.length, 5); i++) {
    const t = ts[i]!;
    // (not a role or an occupation, "The actor, who ...": that is most often the one the story is about)
    const said = KINSHIP.get(t.lower)?.gender ?? GENDER_WORDS.get(t.lower);
    if (t.pos === "NOUN" && (UNNAMED_PEOPLE.has(t.lower) || KINSHIP.has(t.lower))) {
      const next = ts[i + 1]?.text === "," ? ts[i + 2] : ts[i + 1];
      return (said && said !== g) || (next?.pos === "PROPN" && next.cap) ? Infinity : i;
    }
    if (!(t.pos === "ADJ" || t.pos === "NUM" || t.pos === "NOUN" && /^[a-z]/.test(t.text))) return Infinity;
  }
  return Infinity;
}

const OPEN_QUOTE = new Set(["\"", "\u201c"]);
const CLOSE_QUOTE = new Set(["\"", "\u201d"]);

/**
 * The person a sentence is about: its first person, except in a sentence that opens with a quotation
 * ('"Nothing brings Ana back," Tom Quarles said'), where it is the speaker named after the quotation,
 * not a person named inside it.
 */
export function subjectOf(ts: Doc["sentences"][number]["tokens"], list: readonly PersonRef[]): PersonRef | undefined {
  if (OPEN_QUOTE.has(ts[0]?.text ?? "")) {
    const close = ts.findIndex((t, j) => j > 0 && CLOSE_QUOTE.has(t.text));
    if (close > 0) return list.find((r) => r.first > close);
  }
  // ("Bellini's co-defendant, Luca Ferro, got three years": a possessor is not the subject; the person owned is)
  const first = list[0];
  if (first && !first.pronoun && /^(?:'s|'|’s|’)$/.test(ts[first.last]?.text ?? "") && list[1] && list[1].first <= first.last + 5) return list[1];
  // ("His pal Yaw Strathdee, 20, dodged jail": a possessive pronoun before a noun for a person and that person's name)
  if (first?.pronoun && /^(?:his|her|their)$/.test(ts[first.first]?.lower ?? "") && list[1] && list[1].first <= first.last + 3 && ownedPerson(ts, first.last, list[1].first)) return list[1];
  return first;
}

/** Whether tokens [from, to) are a noun for a person with its modifiers ("pal", "former cellmate", "co-accused ,"). */
function ownedPerson(ts: Doc["sentences"][number]["tokens"], from: number, to: number): boolean {
  const words = ts.slice(from, to).filter((t) => t.text !== ",");
  const head = words[words.length - 1]?.lower ?? "";
  return words.length > 0 && COMPANIONS.has(head) && words.every((t) => /^(?:NOUN|ADJ)$/.test(t.pos) && /^[a-z]/.test(t.text));
}

/** Prepositions that open an aside on the subject holding a possessive: "X, through his lawyer Y, said". */
const ASIDE_OPENERS = new Set(["through", "via", "with", "in", "by", "from"]);

/**
 * "Okello, through his advocate Jane Mwai, said he would appeal", "Pratt, in his evidence, denied it": a
 * possessive in an aside set off by a comma right after the sentence's subject, opened by a preposition,
 * is the subject's. True where the pronoun at `k` is such a possessive of the subject `r`.
 */
export function asideOf(ts: Doc["sentences"][number]["tokens"], r: PersonRef, k: number): boolean {
  if (r.pronoun || !/^(?:his|her)$/.test(ts[k]!.lower)) return false;
  return ts[r.last]?.text === "," && k === r.last + 2 && ASIDE_OPENERS.has(ts[r.last + 1]!.lower);
}

/**
 * "X's appeal against his conviction", "X's bid to overturn her sentence": a possessive inside the phrase a
 * named possessor owns, where what is owned is no person (never "X's lawyer said his client", "X's father in
 * his evidence"), is the possessor's. The named mention that owns the pronoun at `k`, if any.
 */
export function possessorOf(ts: Doc["sentences"][number]["tokens"], here: readonly PersonRef[], k: number): PersonRef | undefined {
  if (!/^(?:his|her)$/.test(ts[k]!.lower)) return undefined;
  const r = here.findLast((m) => !m.pronoun && m.last < k);
  if (!r || !/^(?:'s|'|’s|’)$/.test(ts[r.last]?.text ?? "") || k - r.last > 6 || ts[r.last + 1]?.pos !== "NOUN") return undefined;
  for (let i = r.last + 1; i < k; i++) {
    const t = ts[i]!;
    const person = PERSON_NOUNS.has(t.lower) || KINSHIP.has(t.lower) || GENDER_WORDS.has(t.lower) || UNNAMED_PEOPLE.has(t.lower) || ROLE_FORMS.has(t.lower);
    // (nouns and their modifiers, and one infinitive: "bid to overturn")
    const verb = t.pos === "VERB" && ts[i - 1]?.lower === "to";
    if (person || !(/^(?:NOUN|ADJ|ADP|PART)$/.test(t.pos) || verb)) return undefined;
  }
  return /^(?:ADP|VERB)$/.test(ts[k - 1]!.pos) ? r : undefined;
}

/** Verbs of telling after which a speaker's own kin is named: "X told the court her husband ...". */
const TELLING = new Set(["said", "says", "told", "tells", "added", "explained", "recalled", "described", "wrote"]);
/** Hearers a verb of telling may name before what is told. */
const HEARERS = new Set(["the", "court", "jury", "jurors", "inquest", "hearing", "magistrates", "reporters", "journalists", "media", "tribunal", "that"]);
/** Words that make the speaker one of the court's or the parties' counsel, whose client's kin they speak of. */
const COUNSEL = /^(?:barrister|lawyer|lawyers|solicitor|counsel|attorney|advocate|prosecutor|prosecuting|defending|mitigating|judge|justice|magistrate|recorder|sheriff|coroner|detective|officer|inspector|sergeant|constable|spokesman|spokeswoman|spokesperson|kc|qc|sc)$/;

/**
 * "The labourer's widow, X, told the court her husband, Y, had been ...", "X said his son was ...": a possessive before a
 * kinship word, right after the verb of telling of the sentence's named subject (and the hearers it names), is the
 * speaker's, unless the speaker is counsel, a judge or an officer (who speak of others' kin). True if so.
 */
export function speakersKin(ts: Doc["sentences"][number]["tokens"], r: PersonRef, k: number): boolean {
  if (r.pronoun || !/^(?:his|her)$/.test(ts[k]!.lower) || !KINSHIP.has(ts[k + 1]?.lower ?? "")) return false;
  let v = k - 1;
  while (v > r.last && HEARERS.has(ts[v]!.lower)) v--;
  if (!TELLING.has(ts[v]?.lower ?? "")) return false;
  // (the subject, alone or with an aside between commas: "X, 52, told", "X, whose son died, said")
  const aside = ts.slice(r.last, v);
  if (aside.length && (ts[r.last]?.text !== "," || ts[v - 1]?.text !== ",")) return false;
  return !ts.slice(0, v).some((t) => COUNSEL.test(t.lower));
}

/**
 * "convicted A and his younger brother B", "A, 52, and her husband were cleared": a possessive right after "and" that
 * follows a named person (an age set beside the name allowed) is that person's. The named mention, if any.
 */
export function coordinatedOwner(ts: Doc["sentences"][number]["tokens"], here: readonly PersonRef[], k: number): PersonRef | undefined {
  if (!/^(?:his|her)$/.test(ts[k]!.lower) || ts[k - 1]?.lower !== "and") return undefined;
  let e = k - 1;
  if (ts[e - 1]?.text === ")" && /^\d{1,3}$/.test(ts[e - 2]?.text ?? "") && ts[e - 3]?.text === "(") e -= 3;
  else if (ts[e - 1]?.text === "," && /^\d{1,3}$/.test(ts[e - 2]?.text ?? "") && ts[e - 3]?.text === ",") e -= 3;
  return here.find((m) => !m.pronoun && m.last === e);
}

/**
 * "The jury cleared X of murder but found him guilty of manslaughter", "Police arrested X and charged him": an object
 * pronoun of a verb joined to a first one that shares its subject (no subject of its own after "and" or "but") stands for
 * the first verb's object. The named mention it stands for, if any.
 */
export function joinedVerbObject(ts: Doc["sentences"][number]["tokens"], here: readonly PersonRef[], k: number): PersonRef | undefined {
  if (!/^(?:him|her)$/.test(ts[k]!.lower) || ts[k - 1]?.pos !== "VERB") return undefined;
  let c = k - 2;
  // ("married Y in 2019 and began harassing her", "and tried to silence her": a verb of starting or trying before it)
  while (c > 0 && (ts[c]!.pos === "ADV" || ts[c]!.lower === "to" || STARTING_VERBS.has(ts[c]!.lower))) c--;
  if (!/^(?:and|but)$/.test(ts[c]?.lower ?? "")) return undefined;
  const r = here.findLast((m) => !m.pronoun && m.last <= c);
  if (!r || here.some((m) => m !== r && m.first > r.last && m.first < k) || c - r.last > 12) return undefined;
  for (let i = r.last; i < c; i++) if (/^(?:;|\.|who|which|that|when|after|before|because|while)$/.test(ts[i]!.lower)) return undefined;
  // (the first verb's object: "cleared X", "cleared former soldier X")
  // ("X married Y": a past tense after a name, which the tagger may read as an adjective, is a verb)
  const pastAfterName = (i: number) => ts[i]!.pos === "ADJ" && /ed$/.test(ts[i]!.lower) && ts[i - 1]?.pos === "PROPN";
  let v = r.first - 1;
  while (v > r.first - 4 && v >= 0 && /^(?:NOUN|ADJ|DET|PROPN)$/.test(ts[v]!.pos) && /^[a-z]/.test(ts[v]!.text) && !pastAfterName(v)) v--;
  return ts[v]?.pos === "VERB" || (v >= 0 && pastAfterName(v)) ? r : undefined;
}

/** Who gives a court's outcome: "a jury", "the judge", "magistrates". */
const BENCHES = /^(?:jury|juries|judge|court|magistrate|magistrates|sheriff|bench|panel|tribunal|jurors)$/;
const SUBORDINATORS = new Set(["after", "when", "before", "until", "once", "as", "because"]);

/**
 * "Y ... was jailed after a jury convicted him of X": true where the object pronoun at `k` follows a court's verb
 * whose subject is a bench ("a jury", "the judge", "magistrates") opening a clause of time or reason, and the subject
 * `r`'s own verb stands before that clause.
 */
export function courtClauseObject(ts: Doc["sentences"][number]["tokens"], r: PersonRef, k: number): boolean {
  if (!/^(?:him|her)$/.test(ts[k]!.lower) || !COURT_ON.has(ts[k - 1]?.lower ?? "")) return false;
  let j = k - 2;
  while (j > r.last && ts[j] && /^(?:ADV|AUX)$/.test(ts[j]!.pos)) j--;
  if (!BENCHES.test(ts[j]?.lower ?? "")) return false;
  j--;
  if (/^(?:a|the|an)$/.test(ts[j]?.lower ?? "")) j--;
  if (!SUBORDINATORS.has(ts[j]?.lower ?? "")) return false;
  for (let i = r.last; i < j; i++) if (/^(?:VERB|AUX)$/.test(ts[i]!.pos) && !/^(?:who|whom|which|that)$/.test(ts[i - 1]?.lower ?? "")) return true;
  return false;
}

/** Verbs of starting, going on or trying that stand before the verb whose object a pronoun is. */
const STARTING_VERBS = new Set(["began", "started", "continued", "kept", "tried", "attempted", "went", "on"]);

/** Words that open another clause, whose object may be the subject of the first: "X said the judge told him". */
const CLAUSE_OPENERS = new Set([";", "that", "who", "whom", "which", "when", "because", "after", "upon", "before", "while", "said", "says", "told", "and", "but", "if", "as", "until", "since", "where", "so"]);

/**
 * "Sanjay Wadekar, a builder, will stand trial with him": an object pronoun never stands for the
 * subject of its own clause (that would be "himself"). True where the pronoun at `k` is an object
 * ("him", or "her" before a preposition or a stop) and only the subject's apposition, no other
 * clause, lies between the sentence's first person `r` and it.
 */
export function objectOfOwnSubject(ts: Doc["sentences"][number]["tokens"], r: PersonRef, k: number): boolean {
  const w = ts[k]!.lower;
  if (!(w === "him" || w === "her" && (!ts[k + 1] || /^(?:ADP|PUNCT)$/.test(ts[k + 1]!.pos)))) return false;
  let i = r.last;
  // (the comma that closes the apposition the subject's name stands in: "The victim's father, Anil Menon, testified against him")
  if (ts[i]?.text === "," && ts[r.first - 1]?.text === ",") i++;
  // (the apposition set off by commas right after the subject: "Wadekar, a builder,")
  else if (ts[i]?.text === ",") {
    const close = ts.findIndex((t, j) => j > i && j <= i + 8 && t.text === ",");
    if (close > 0 && close < k) i = close + 1;
  }
  for (; i < k; i++) if (ts[i]!.text === "," || CLAUSE_OPENERS.has(ts[i]!.lower)) return false;
  return true;
}

/**
 * "Speaking outside court, Cormac Dunleavy, his solicitor, said", "Niall Quill, his brother, wept": a possessive opening
 * an apposition on a name stands for someone else (no one is his own solicitor). True where the pronoun at `k` opens a
 * noun phrase set off by commas right after `r` (never "Oren Vale, his voice breaking, said" nor "his face pale,").
 */
export function appositionOn(ts: Doc["sentences"][number]["tokens"], r: PersonRef, k: number): boolean {
  if (r.pronoun || !/^(?:his|her)$/.test(ts[k]!.lower) || ts[r.last]?.text !== "," || k !== r.last + 1) return false;
  let j = k + 1;
  while (j < ts.length && j <= k + 4 && /^(?:NOUN|ADJ|PROPN|NUM)$/.test(ts[j]!.pos) && ts[j]!.text !== ",") j++;
  return j > k + 1 && ts[j - 1]!.pos === "NOUN" && ts[j]?.text === "," && /^(?:VERB|AUX)$/.test(ts[j + 1]?.pos ?? "");
}

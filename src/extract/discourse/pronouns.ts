// Pronouns: "he", "her", "his" stand for the nearest person before them in the sentence whose
// gender fits, else for the first such person (the subject) of the sentences before. Gender comes
// from names, titles and honorifics, kinship and gendered words beside a name, and the pronoun
// that follows a sentence's first person.
import type { Entity } from "../../types.ts";
import type { Doc } from "../document.ts";
import { COMPANIONS, GENDER_WORDS, HARM_VERBS, KINSHIP, OFFENCE_VERBS, PERSON_NOUNS, ROLE_FORMS, UNNAMED_PEOPLE, type Gender } from "../../lexicon/index.ts";

export interface PersonRef {
  sentence: number;
  /** Token indices. */
  first: number;
  last: number;
  entity: Entity;
  pronoun?: boolean;
}

// (a Map: a plain object would answer "constructor" with a function)
const PRONOUNS = new Map<string, Gender>([
  ["he", "m"], ["him", "m"], ["his", "m"], ["himself", "m"],
  ["she", "f"], ["her", "f"], ["hers", "f"], ["herself", "f"],
]);
const LOOK_BACK = 5;

/** More evidence of gender: words beside a name and the pronoun after a sentence's first person. */
export function inferGender(doc: Doc, refs: readonly PersonRef[], known: Map<Entity, Gender>): Map<Entity, Gender> {
  const votes = new Map<Entity, number>();
  const vote = (e: Entity, g: Gender | undefined, w: number) => { if (g) votes.set(e, (votes.get(e) ?? 0) + (g === "m" ? w : -w)); };
  for (const [e, g] of known) vote(e, g, 5);
  const bySentence = group(refs);
  for (const [s, list] of bySentence) {
    const ts = doc.sentences[s]!.tokens;
    for (const r of list) {
      // "his wife, Ana Ruiz", "actress Ana Ruiz", "Ana Ruiz, a 45-year-old woman"
      const before = ts[r.first - 1]?.lower === "," ? ts[r.first - 2] : ts[r.first - 1];
      if (before) vote(r.entity, KINSHIP.get(before.lower)?.gender ?? GENDER_WORDS.get(before.lower), 2);
      if (ts[r.last]?.lower === ",") for (let k = r.last + 1; k < Math.min(ts.length, r.last + 6) && ts[k]!.lower !== ","; k++) vote(r.entity, ts[k]!.pos === "NOUN" ? GENDER_WORDS.get(ts[k]!.lower) : undefined, 2);
    }
    const first = list[0]!;
    const next = list.find((r) => r.first > first.last);
    for (let k = first.last; k < (next?.first ?? ts.length); k++) {
      const g = PRONOUNS.get(ts[k]!.lower);
      if (g && (ts[k]!.lower === "he" || ts[k]!.lower === "she")) { vote(first.entity, g, 1); break; }
    }
  }
  // a pronoun with one person in view, in its sentence or the one before, is that person's
  for (let s = 0; s < doc.sentences.length; s++) {
    if (doc.headline[s]) continue;
    const ts = doc.sentences[s]!.tokens;
    for (let k = 0; k < ts.length; k++) {
      const g = PRONOUNS.get(ts[k]!.lower);
      if (!g) continue;
      const view = new Set([...(bySentence.get(s) ?? []).filter((r) => r.last <= k), ...(bySentence.get(s - 1) ?? [])].map((r) => r.entity));
      if (view.size === 1) vote([...view][0]!, g, 1);
    }
  }
  const out = new Map<Entity, Gender>();
  for (const [e, v] of votes) if (v !== 0) out.set(e, v > 0 ? "m" : "f");
  return out;
}

/** "The Okoye brothers": a name that modifies a plural noun is no antecedent for "he". */
const PLURAL_HEAD = /^(?:brothers|sisters|family|families|siblings|twins|couple|parents|children|sons|daughters)$/;

/**
 * The person each third-person singular pronoun stands for, where the text makes it clear. The
 * candidates are the people of its gender named before it in the sentence and the five sentences
 * before; each scores for recency, for being the first person of its sentence (its subject, most
 * often), and for how much the article has spoken of them so far, so that the person a story is
 * about wins over a bystander named in passing.
 */
export function resolvePronouns(doc: Doc, names: readonly PersonRef[], gender: Map<Entity, Gender>): PersonRef[] {
  const out: PersonRef[] = [];
  const singular = names.filter((r) => !PLURAL_HEAD.test(doc.sentences[r.sentence]!.tokens[r.last]?.lower ?? ""));
  const mentions = group(singular); // grows with the pronouns resolved, which later pronouns may refer to
  // how often each person was spoken of before the pronoun: the sentences before, counted once as
  // they are passed (so a long article costs no more per pronoun than a short one), and this one's
  // mentions up to the pronoun
  const before = new Map<Entity, number>();
  let mostBefore = 1;
  const said = new Map<Entity, number>();
  const count = (s: number, k: number) => {
    said.clear();
    for (const r of mentions.get(s) ?? []) if (r.last <= k) said.set(r.entity, (said.get(r.entity) ?? 0) + 1);
    let most = mostBefore;
    for (const [e, n] of said) most = Math.max(most, n + (before.get(e) ?? 0));
    return most;
  };
  // the people a sentence before told were charged, tried or convicted, named or by pronoun, as the subject of the verb
  const accused = new Set<Entity>();
  // (the sentences that told of an accusation, and where each person was first spoken of)
  const accusing = new Set<number>();
  const firstSeen = new Map<Entity, number>();
  // ("X, 45, and Y, 39, were charged": each of a list before the verb)
  // (the last sentence that told each was accused)
  const accusedIn = new Map<Entity, number>();
  const markAccused = (ts: Doc["sentences"][number]["tokens"], list: readonly PersonRef[], s: number) => {
    list.forEach((r, j) => {
      // (an object pronoun is no subject: "Y, who held the man down while X struck him, was cleared")
      if (r.pronoun && /^(?:him|her|them)$/.test(ts[r.first]?.lower ?? "")) return;
      if (!accusedVerbAfter(ts, r.last)) return;
      accusing.add(s);
      accused.add(r.entity);
      accusedIn.set(r.entity, s);
      for (let b = j - 1; b >= 0 && ts.slice(list[b]!.last, list[b + 1]!.first).every((t) => /^(?:,|and|\d{1,3})$/.test(t.lower)); b--) accused.add(list[b]!.entity);
    });
  };
  const saidOf = (e: Entity) => (before.get(e) ?? 0) + (said.get(e) ?? 0);
  // (one pronoun's reading, made once here: closures made inside the loop over tokens would capture its
  // variables, and a context for them would be made at every token)
  const pronounAt = (s: number, k: number, ts: Doc["sentences"][number]["tokens"], g: Gender) => {
    const most = count(s, k);
    const scores = new Map<Entity, number>();
    const consider = (r: PersonRef, recency: number, first: boolean) => {
      const known = gender.get(r.entity);
      if (known && known !== g) return;
      // ("Among those in court was Sir Adrian Holt, who has known Ferris for decades. His husband, ...": a possessive
      // opening a sentence most often stands for the subject of the one before, even a bystander's, more than for the topic)
      const score = recency + (first ? (recency === 2 && k <= 1 ? 1.5 : 1) : 0) + 2.5 * (saidOf(r.entity) / most) - (known ? 0 : 1.5);
      scores.set(r.entity, Math.max(scores.get(r.entity) ?? -Infinity, score));
    };
    const here = (mentions.get(s) ?? []).filter((r) => r.last <= k);
    const hereSubject = subjectOf(ts, here);
    const aside = hereSubject && asideOf(ts, hereSubject, k) ? hereSubject : possessorOf(ts, here, k) ?? joinedVerbObject(ts, here, k);
    if (aside) {
      const known = gender.get(aside.entity);
      if (!known || known === g) return pick(s, k, g, aside.entity);
    }
    // ("X was convicted of A. ... In a separate case, Y was found guilty of B. The jury also convicted him of C": the
    // accused the sentence before told of, as its only accused, is whom the next accusation about "him" goes on)
    if (!here.length && s > 0 && (ACCUSING_BEFORE.has(ts[k - 1]?.lower ?? "") || accusedVerbAfter(ts, k + 1))) {
      const last = (mentions.get(s - 1) ?? []).filter((r) => accusedIn.get(r.entity) === s - 1);
      const known = last[0] && gender.get(last[0].entity);
      if (last.length && last.every((r) => r.entity === last[0]!.entity) && (!known || known === g)) return pick(s, k, g, last[0]!.entity);
    }
    here.forEach((r) => { if (!(r === hereSubject && objectOfOwnSubject(ts, r, k)) && !appositionOn(ts, r, k)) consider(r, 2.5, r === hereSubject); });
    // ("X punched great-grandad Y ... He admitted robbery": the one harm was done to, told of by no accusation, is not
    // the one who admitted, denied or was convicted of it)
    // (its subject: "He admitted robbery", "he was convicted"; or the object of a court's verb: "convicted him of GBH")
    const accusation = accusedVerbAfter(ts, k + 1) || /^(?:admitted|admits)$/.test(ts[k + 1]?.lower ?? "") || COURT_ON.has(ts[k - 1]?.lower ?? "");
    const harmed = new Set<Entity>();
    for (let back = 1; back <= LOOK_BACK && s - back >= 0; back++) {
      const list = mentions.get(s - back) ?? [];
      const bts = doc.sentences[s - back]!.tokens;
      const subject = subjectOf(bts, list);
      list.forEach((r) => {
        consider(r, back === 1 ? 2 : back === 2 ? 1 : 0.5, r === subject);
        if (accusation && subject && r !== subject && !accused.has(r.entity) && offenceObject(bts, r)) harmed.add(r.entity);
      });
    }
    for (const e of harmed) if (scores.size > 1) scores.delete(e);
    // ("X, 41, was charged after a complaint from Y. Mr Y said ... 'It was terrifying.' On Friday, he was found not guilty":
    // the subject of an accused's verb is one of the people the article has told were accused, if any is in view)
    const all = [...scores].sort((a, b) => b[1] - a[1]);
    // (only over one the article brought in with the accusation itself, a complainant or a victim: "charged after a complaint
    // from a motorist, Y"; a brother told of apart may be the one acquitted now)
    const brought = all[0] && !accused.has(all[0][0]) && accusing.has(firstSeen.get(all[0][0]) ?? -1);
    const accusedInView = brought && accusedVerbAfter(ts, k + 1) ? all.filter(([e]) => accused.has(e)) : [];
    const ranked = accusedInView.length ? accusedInView : all;
    // a person whose gender is unknown wins only clearly: no one of a known gender in view, or far ahead of them
    const bestKnown = ranked.find(([e]) => gender.has(e));
    const top = ranked[0];
    const best = top && (gender.has(top[0]) || !bestKnown || top[1] - bestKnown[1] >= 1.5) ? top[0] : undefined;
    if (best) pick(s, k, g, best);
    // ("Following his conviction for manslaughter on 12 March, X was sentenced": with no one before it to stand for, a
    // possessive in a phrase put before the clause stands for the clause's subject, named right after the comma)
    else {
      const after = fronted(ts, k) && (mentions.get(s) ?? []).find((r) => r.first > k && ts[r.first - 1]?.lower === "," && !/^['’]s?$/.test(ts[r.last]?.lower ?? ""));
      const known = after && gender.get(after.entity);
      if (after && (!known || known === g) && ts.slice(k + 1, after.first - 1).every((t) => t.lower !== ",")) pick(s, k, g, after.entity);
    }
  };
  const pick = (s: number, k: number, g: Gender, who: Entity) => {
    // (a person of unknown gender a pronoun clearly stands for has that pronoun's gender from then on)
    if (!gender.has(who)) gender.set(who, g);
    const ref: PersonRef = { sentence: s, first: k, last: k + 1, entity: who, pronoun: true };
    out.push(ref);
    const list = mentions.get(s) ?? [];
    list.push(ref);
    list.sort((a, b) => a.first - b.first);
    mentions.set(s, list);
  };
  for (let s = 0; s < doc.sentences.length; s++) {
    if (s > 0) markAccused(doc.sentences[s - 1]!.tokens, mentions.get(s - 1) ?? [], s - 1);
    if (s > 0) for (const r of mentions.get(s - 1) ?? []) {
      if (!firstSeen.has(r.entity)) firstSeen.set(r.entity, s - 1);
      const n = (before.get(r.entity) ?? 0) + 1;
      before.set(r.entity, n);
      mostBefore = Math.max(mostBefore, n);
    }
    if (doc.headline[s]) continue;
    const ts = doc.sentences[s]!.tokens;
    for (let k = 0; k < ts.length; k++) {
      const g = PRONOUNS.get(ts[k]!.lower);
      if (!g || (k > 0 && ts[k - 1]!.text === "'")) continue;
      if (unnamedBefore(ts, mentions.get(s) ?? [], k, g)) continue;
      // ("The complainant, now in his 30s, said through his lawyer", and "The father of a second choirboy had planned
      // to sue. His lawyer said ...": the unnamed subject, in its sentence or as the next one opens)
      if (unnamedSubject(ts, g) < k && !named(mentions.get(s), k)) continue;
      if (k <= 1 && s > 0 && !doc.headline[s - 1] && unnamedSubject(doc.sentences[s - 1]!.tokens, g) < Infinity && !named(mentions.get(s - 1), Infinity)) continue;
      pronounAt(s, k, ts, g);
    }
  }
  return out;
}

/** Words that open a phrase put before its clause: "Following his conviction, ...", "After her arrest, ...". */
const FRONTING = new Set(["following", "after", "since", "despite", "before", "upon", "on", "at", "during", "with"]);

/** Whether the possessive at `k` is in a phrase that opens the sentence: "Following his conviction for X, ...". */
function fronted(ts: Doc["sentences"][number]["tokens"], k: number): boolean {
  return k <= 2 && FRONTING.has(ts[0]?.lower ?? "") && /^(?:his|her)$/.test(ts[k]?.lower ?? "");
}

/** The verbs whose object is an accused: "convicted him", "found her guilty", "charged him". */
const ACCUSING_BEFORE = new Set(["convicted", "acquitted", "cleared", "charged", "sentenced", "jailed", "found", "indicted"]);

/** The verbs whose subject is an accused: "was charged", "pleaded", "was found guilty", "denied", "stood trial". */
const ACCUSED_VERBS = new Set(["charged", "convicted", "jailed", "sentenced", "acquitted", "cleared", "pleaded", "pleads", "denied", "denies", "indicted", "arraigned", "tried", "remanded", "stood", "faces", "faced"]);

const VERB_GROUP = /^(?:AUX|ADV|PART)$/;

/**
 * Whether the words from token `at` are an accused's verb with the person before them its subject: past an apposition set
 * off by commas (", 41,", ", a builder,"), auxiliaries and adverbs ("was later charged", "had denied"); "found" only with
 * "guilty" after it.
 */
function accusedVerbAfter(ts: Doc["sentences"][number]["tokens"], at: number): boolean {
  let i = at;
  // (the comma that closes an apposition before the name: "a police constable, Mark Tully, was found guilty")
  if (ts[i]?.text === "," && /^(?:AUX|VERB)$/.test(ts[i + 1]?.pos ?? "")) i++;
  else if (ts[i]?.text === ",") {
    // (a relative clause may run longer: "Y, who the court heard had held the victim down while X struck him, was cleared")
    const reach = /^(?:who|whom|whose)$/.test(ts[i + 1]?.lower ?? "") ? 24 : 8;
    const close = ts.findIndex((t, j) => j > i && j <= i + reach && t.text === ",");
    if (close < 0) return false;
    i = close + 1;
  }
  for (let n = 0; n < 3 && VERB_GROUP.test(ts[i]?.pos ?? ""); n++) i++;
  const w = ts[i]?.lower ?? "";
  if (w === "found") return /^(?:guilty|not)$/.test(ts[i + 1]?.lower ?? "");
  if (w === "stood") return ts[i + 1]?.lower === "trial";
  return ACCUSED_VERBS.has(w) && i > at;
}

/** A court's verbs whose object is the accused. */
const COURT_ON = new Set(["convicted", "acquitted", "cleared", "jailed", "sentenced", "charged", "fined", "found"]);

/** Whether the person is the object of a verb of offence: "punched great-grandad Y", "stabbed Y". */
function offenceObject(ts: Doc["sentences"][number]["tokens"], r: PersonRef): boolean {
  let v = r.first - 1;
  while (v > r.first - 4 && v >= 0 && /^(?:NOUN|ADJ|DET)$/.test(ts[v]!.pos) && /^[a-z]/.test(ts[v]!.text)) v--;
  return ts[v]?.pos === "VERB" && (HARM_VERBS.has(ts[v]!.lower) || !!OFFENCE_VERBS.get(ts[v]!.lower));
}

/**
 * "the couple's son, who told the court he saw his father strike his mother": a person of the pronoun's
 * gender told of without a name, after the last person named before it in the sentence, is whom the
 * pronoun most likely stands for, and the graph has no node for them: the pronoun is no one named.
 * (A kinship word or gendered noun beside a name, "his wife, Ana Ruiz", is that named person.)
 */
function unnamedBefore(ts: Doc["sentences"][number]["tokens"], here: readonly PersonRef[], k: number, g: Gender): boolean {
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

/** Whether someone is named (not a pronoun) before token `upTo`. */
function named(list: readonly PersonRef[] | undefined, upTo: number): boolean {
  return !!list && list.some((r) => !r.pronoun && r.first < upTo);
}

/**
 * Where a sentence's subject is a person told of without a name, of a gender the pronoun's may be ("The
 * complainant", "A teenage boy", "The father of ...", not "The victim, Ana Ruiz" nor "The actor"): the head
 * noun's index, else Infinity.
 */
function unnamedSubject(ts: Doc["sentences"][number]["tokens"], g: Gender): number {
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
 * ('"Nothing brings Ana back," Tom Reyes said'), where it is the speaker named after the quotation,
 * not a person named inside it.
 */
function subjectOf(ts: Doc["sentences"][number]["tokens"], list: readonly PersonRef[]): PersonRef | undefined {
  if (OPEN_QUOTE.has(ts[0]?.text ?? "")) {
    const close = ts.findIndex((t, j) => j > 0 && CLOSE_QUOTE.has(t.text));
    if (close > 0) return list.find((r) => r.first > close);
  }
  // ("Bellini's co-defendant, Luca Ferro, got three years": a possessor is not the subject; the person owned is)
  const first = list[0];
  if (first && !first.pronoun && /^(?:'s|'|’s|’)$/.test(ts[first.last]?.text ?? "") && list[1] && list[1].first <= first.last + 5) return list[1];
  // ("His pal Kwame Strathdee, 20, dodged jail": a possessive pronoun before a noun for a person and that person's name)
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
function asideOf(ts: Doc["sentences"][number]["tokens"], r: PersonRef, k: number): boolean {
  if (r.pronoun || !/^(?:his|her)$/.test(ts[k]!.lower)) return false;
  return ts[r.last]?.text === "," && k === r.last + 2 && ASIDE_OPENERS.has(ts[r.last + 1]!.lower);
}

/**
 * "X's appeal against his conviction", "X's bid to overturn her sentence": a possessive inside the phrase a
 * named possessor owns, where what is owned is no person (never "X's lawyer said his client", "X's father in
 * his evidence"), is the possessor's. The named mention that owns the pronoun at `k`, if any.
 */
function possessorOf(ts: Doc["sentences"][number]["tokens"], here: readonly PersonRef[], k: number): PersonRef | undefined {
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

/**
 * "The jury cleared X of murder but found him guilty of manslaughter", "Police arrested X and charged him": an object
 * pronoun of a verb joined to a first one that shares its subject (no subject of its own after "and" or "but") stands for
 * the first verb's object. The named mention it stands for, if any.
 */
function joinedVerbObject(ts: Doc["sentences"][number]["tokens"], here: readonly PersonRef[], k: number): PersonRef | undefined {
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
function objectOfOwnSubject(ts: Doc["sentences"][number]["tokens"], r: PersonRef, k: number): boolean {
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
function appositionOn(ts: Doc["sentences"][number]["tokens"], r: PersonRef, k: number): boolean {
  if (r.pronoun || !/^(?:his|her)$/.test(ts[k]!.lower) || ts[r.last]?.text !== "," || k !== r.last + 1) return false;
  let j = k + 1;
  while (j < ts.length && j <= k + 4 && /^(?:NOUN|ADJ|PROPN|NUM)$/.test(ts[j]!.pos) && ts[j]!.text !== ",") j++;
  return j > k + 1 && ts[j - 1]!.pos === "NOUN" && ts[j]?.text === "," && /^(?:VERB|AUX)$/.test(ts[j + 1]?.pos ?? "");
}

function group(refs: readonly PersonRef[]): Map<number, PersonRef[]> {
  const out = new Map<number, PersonRef[]>();
  for (const r of refs) {
    const list = out.get(r.sentence) ?? [];
    list.push(r);
    out.set(r.sentence, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.first - b.first);
  return out;
}

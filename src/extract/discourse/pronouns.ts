// Pronouns: "he", "her", "his" stand for the nearest person before them in the sentence whose
// gender fits, else for the first such person (the subject) of the sentences before. Gender comes
// from names, titles and honorifics, kinship and gendered words beside a name, and the pronoun
// that follows a sentence's first person.
import type { Entity } from "../../types.ts";
import type { Doc } from "../document.ts";
import { GENDER_WORDS, KINSHIP, type Gender } from "../../lexicon/index.ts";
import { ACCUSING_BEFORE, COURT_ON, accusedVerbAfter, appositionOn, evidenceVerbAfter, asideOf, coordinatedOwner, courtClauseObject, fronted, joinedVerbObject, named, objectOfOwnSubject, offenceObject, possessorOf, speakersKin, subjectOf, unnamedBefore, unnamedPersonIn, unnamedSubject } from "./pronoun-clauses.ts";

/** A possessive and a noun only an accused holds: "his appeal", "her conviction", "his retrial". */
/** A possessive and a noun of one's own case: "his trial", "her appeal", "his lawyer". */
const OWN_CASE = /^(?:his|her) (?:trial|retrial|appeal|case|sentencing|lawyer|lawyers|attorney|attorneys|barrister|solicitor)$/;
const ACCUSED_OWN = /^(?:his|her|their) (?:appeal|appeals|challenge|conviction|convictions|acquittal|retrial|sentence|sentencing)$/;

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
      // ("Ana Ruiz, a mother of three," "Ana Ruiz, his wife,": a kinship word in the apposition is hers)
      if (ts[r.last]?.lower === ",") for (let k = r.last + 1; k < Math.min(ts.length, r.last + 6) && ts[k]!.lower !== ","; k++) vote(r.entity, ts[k]!.pos === "NOUN" ? GENDER_WORDS.get(ts[k]!.lower) ?? KINSHIP.get(ts[k]!.lower)?.gender : undefined, 2);
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
      const view = inView(bySentence.get(s), bySentence.get(s - 1), k);
      if (view.size === 1 && !kinOfUnnamed(doc, s, k, g)) vote([...view][0]!, g, 1);
    }
  }
  const out = new Map<Entity, Gender>();
  for (const [e, v] of votes) if (v !== 0) out.set(e, v > 0 ? "m" : "f");
  return out;
}

/**
 * The people named in a sentence before token k, and in the sentence before it. (A function of its own: a closure
 * over the loop's `k` made its context at every token of every sentence.)
 */
function inView(here: readonly PersonRef[] | undefined, before: readonly PersonRef[] | undefined, k: number): Set<Entity> {
  const view = new Set<Entity>();
  if (here) for (const r of here) if (r.last <= k) view.add(r.entity);
  if (before) for (const r of before) view.add(r.entity);
  return view;
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
  // the people a sentence before told giving evidence: "Y, who was behind the counter, told the court", "Y testified"
  const witnesses = new Set<Entity>();
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
    // ("X was convicted of murdering Y, 58, who had himself been jailed for assault": the relative clause's own person)
    const owner = relativeOwner(ts, here, k);
    if (owner && (gender.get(owner.entity) ?? g) === g) return pick(s, k, g, owner.entity);
    // ("Judge X jailed Y for six years after he pleaded guilty": the one the bench's verb acted on)
    const sentenced = sentencedObject(ts, here, k);
    if (sentenced && (gender.get(sentenced.entity) ?? g) === g) return pick(s, k, g, sentenced.entity);
    // ("A witness in the trial of X had himself been jailed": the clause's subject, never a name inside its phrases)
    const subject = emphaticSubject(ts, here, k);
    if (subject === null) return;
    if (subject) return (gender.get(subject.entity) ?? g) === g ? pick(s, k, g, subject.entity) : undefined;
    const hereSubject = subjectOf(ts, here);
    const aside = hereSubject && (asideOf(ts, hereSubject, k) || speakersKin(ts, hereSubject, k)) ? hereSubject : possessorOf(ts, here, k) ?? joinedVerbObject(ts, here, k) ?? coordinatedOwner(ts, here, k);
    if (aside) {
      const known = gender.get(aside.entity);
      if (!known || known === g) return pick(s, k, g, aside.entity);
    }
    // ("His pal Y, who egged him on, was jailed after a jury convicted him of assault": the one a court's clause set
    // after the main verb convicted or cleared is the sentence's subject, not the one its relative clause spoke of)
    if (hereSubject && !hereSubject.pronoun && courtClauseObject(ts, hereSubject, k)) {
      const known = gender.get(hereSubject.entity);
      if (!known || known === g) return pick(s, k, g, hereSubject.entity);
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
    // (or the holder of an accused's own noun: "X was convicted of killing Y. Judges dismissed his appeal")
    const accusation = accusedVerbAfter(ts, k + 1) || /^(?:admitted|admits)$/.test(ts[k + 1]?.lower ?? "") || COURT_ON.has(ts[k - 1]?.lower ?? "") || ACCUSED_OWN.test(`${ts[k]!.lower} ${ts[k + 1]?.lower ?? ""}`);
    const harmed = new Set<Entity>();
    for (let back = 1; back <= LOOK_BACK && s - back >= 0; back++) {
      const list = mentions.get(s - back) ?? [];
      const bts = doc.sentences[s - back]!.tokens;
      const subject = subjectOf(bts, list);
      list.forEach((r) => {
        consider(r, back === 1 ? 2 : back === 2 ? 1 : 0.5, r === subject);
        // ("His co-defendant, Y, has pleaded not guilty. His trial is set for February": an accused the sentence before
        // brought in as its subject, first named there, owns the trial or the appeal a possessive opening the next one names)
        if (back === 1 && k === 0 && r === subject && !r.pronoun && firstSeen.get(r.entity) === s - 1 && accusedIn.get(r.entity) === s - 1 && OWN_CASE.test(`${ts[k]!.lower} ${ts[k + 1]?.lower ?? ""}`)) consider(r, 4, true);
        if (accusation && subject && r !== subject && !r.pronoun && !accused.has(r.entity) && offenceObject(bts, r)) harmed.add(r.entity);
      });
    }
    // (even with no one else in view: a victim is never the accused, and a pronoun left unread is better; a possessive
    // before the object, "assaulting his former partner", owns it and was harmed by no one)
    for (const e of harmed) scores.delete(e);
    // ("X, 41, was charged after a complaint from Y. Mr Y said ... 'It was terrifying.' On Friday, he was found not guilty":
    // the subject of an accused's verb is one of the people the article has told were accused, if any is in view)
    const all = [...scores].sort((a, b) => b[1] - a[1]);
    // (only over one the article brought in with the accusation itself, a complainant or a victim: "charged after a complaint
    // from a motorist, Y"; a brother told of apart may be the one acquitted now)
    const brought = all[0] && !accused.has(all[0][0]) && accusing.has(firstSeen.get(all[0][0]) ?? -1);
    // (nor over a witness never told accused: "Y told the court he saw the knife. The jury convicted him of murder" is the
    // accused's verdict, whether the pronoun is the accused's verb's subject or a court's verb's object)
    const courtObject = /^(?:him|her)$/.test(ts[k]!.lower) && COURT_ON.has(ts[k - 1]?.lower ?? "") && (ts[k - 1]!.lower !== "found" || /^(?:guilty|not)$/.test(ts[k + 1]?.lower ?? ""));
    const witness = all[0] && !accused.has(all[0][0]) && witnesses.has(all[0][0]);
    const accusedInView = (brought && accusedVerbAfter(ts, k + 1)) || (witness && (accusedVerbAfter(ts, k + 1) || courtObject)) ? all.filter(([e]) => accused.has(e)) : [];
    const ranked = accusedInView.length ? accusedInView : all;
    // a person whose gender is unknown wins only clearly: no one of a known gender in view, or far ahead of them
    const bestKnown = ranked.find(([e]) => gender.has(e));
    const top = ranked[0];
    const best = top && (gender.has(top[0]) || !bestKnown || top[1] - bestKnown[1] >= 1.5) ? top[0] : undefined;
    // (nor, for a kinship word, one whose gender nothing told, where someone unnamed is in view: kinOfUnnamed)
    if (best && !gender.has(best) && kinOfUnnamed(doc, s, k, g)) return;
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
      if (evidenceVerbAfter(doc.sentences[s - 1]!.tokens, r.last)) witnesses.add(r.entity);
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

/**
 * "X, 29, is accused of murdering a student. Her father, Y, told the court": a kinship word after a possessive that opens
 * its sentence is as likely the kin of someone unnamed told of in the sentence before as of the one named there.
 */
function kinOfUnnamed(doc: Doc, s: number, k: number, g: Gender): boolean {
  const ts = doc.sentences[s]!.tokens;
  if (k > 1 || s === 0 || doc.headline[s - 1] || !/^(?:his|her)$/.test(ts[k]!.lower) || !KINSHIP.has(ts[k + 1]?.lower ?? "")) return false;
  return unnamedPersonIn(doc.sentences[s - 1]!.tokens, g);
}

/** "Y, 58, who had himself been jailed": the person a relative clause opens after, for an emphatic reflexive in it. */
function relativeOwner(ts: Doc["sentences"][number]["tokens"], here: readonly PersonRef[], k: number): PersonRef | undefined {
  if (!/^(?:himself|herself)$/.test(ts[k]!.lower)) return undefined;
  let w = k - 1;
  while (w > 0 && ts[w]!.pos === "AUX") w--;
  if (ts[w]?.lower !== "who") return undefined;
  let end = w;
  if (ts[end - 1]?.lower === ",") end--;
  if (/^\d{1,3}$/.test(ts[end - 1]?.text ?? "") && ts[end - 2]?.lower === ",") end -= 2;
  return here.find((r) => r.last === end);
}

/**
 * An emphatic reflexive after an auxiliary ("had himself been jailed", "was herself a witness") stands for its clause's
 * subject: the person named right before the auxiliary, unless a preposition puts that name inside the subject's phrase
 * ("a witness in the trial of X had himself", "the lawyer for X was herself"); a common noun there is a subject the
 * text does not name (null: the pronoun stays unread). Undefined where the reflexive is no such word.
 */
function emphaticSubject(ts: Doc["sentences"][number]["tokens"], here: readonly PersonRef[], k: number): PersonRef | null | undefined {
  if (!/^(?:himself|herself)$/.test(ts[k]!.lower)) return undefined;
  let w = k - 1;
  while (w > 0 && ts[w]!.pos === "AUX") w--;
  if (w === k - 1 || ts[w]!.lower === "who") return undefined;
  const r = here.find((x) => x.last === w + 1);
  if (r) return r.pronoun || !SUBJECT_INSIDE.has(ts[r.first - 1]?.lower ?? "") ? r : null;
  return ts[w]!.pos === "NOUN" && /^[a-z]/.test(ts[w]!.text) ? null : undefined;
}
/**
 * "Judge X jailed Y, 29, for six years after he pleaded guilty", "Magistrates fined Y after she admitted": the subject of a
 * clause of time or reason that follows a bench's active verb of sentence or verdict is that verb's object, the one
 * sentenced, never the judge who gave it.
 */
function sentencedObject(ts: Doc["sentences"][number]["tokens"], here: readonly PersonRef[], k: number): PersonRef | undefined {
  if (!/^(?:he|she)$/.test(ts[k]!.lower) || !/^(?:after|when|as|because|since|once|before)$/.test(ts[k - 1]?.lower ?? "")) return undefined;
  for (let v = 1; v < k - 1; v++) {
    if (!BENCH_VERBS.has(ts[v]!.lower) || ts[v]!.pos !== "VERB" || /^(?:AUX|PART)$/.test(ts[v - 1]!.pos)) continue;
    const object = here.find((r) => !r.pronoun && r.first > v && r.first <= v + 4 && r.last < k);
    const before = here.some((r) => r.last <= v) || /^(?:judge|magistrate|magistrates|court|jury|bench|sheriff|recorder)$/.test(ts[v - 1]!.lower);
    return object && before && !here.some((r) => r !== object && r.first > object.last && r.first < k) ? object : undefined;
  }
  return undefined;
}
const BENCH_VERBS = new Set(["jailed", "sentenced", "fined", "convicted", "acquitted", "cleared", "spared", "imprisoned", "discharged", "banned", "disqualified"]);
const SUBJECT_INSIDE = new Set(["of", "in", "for", "against", "with", "to", "from", "by", "on", "at"]);

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

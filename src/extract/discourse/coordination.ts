// Verb phrases that share a subject: "X was tried and convicted of arson", "X was arrested, charged
// with fraud and later released", "X stood trial for arson and was acquitted", "The firm was
// charged but cleared". English says the subject once; the rules read a subject before each verb.
// So the word that joins a later verb phrase ("and", "but", a series' comma) stands for the subject
// of the first, as a span the rules read like a pronoun ("and convicted of arson" is "X convicted
// of arson").
//
// Only where the subject is plain: the first verb phrase is neither negated nor hypothetical nor
// asked nor claimed ("X was never tried and convicted", "if X is tried and convicted", "X could be
// tried and jailed", "X denied that he was tried and convicted" give nothing), no clause with a subject of its own comes between ("X was questioned
// after officers arrested Y and charged him" leaves "charged" to no one), and a joined verb with
// no auxiliary of its own follows a passive ("X was arrested and charged": X was charged), never
// an active verb ("Officer X arrested Y and charged him" is no charge of X's) but a plea. A series' comma
// counts only when the series ends in a joined verb phrase ("arrested, charged with arson and
// later acquitted"); a lone one ("convicted of killing Y, stabbed 14 times") may describe anyone.
import type { Span } from "../engine/match.ts";
import { modalityAllows } from "../engine/modality.ts";
import type { Token } from "../../nlp/tokens.ts";
import type { EntityData, SentenceLayers } from "../layers.ts";

const BE = /^(?:was|were|is|are|be|been|being|got|gets|get)$/;
const HAVE = /^(?:has|have|had)$/;
const MODAL = /^(?:will|would|could|can|cannot|may|might|must|shall|should|ought|wo|ca)$/;
const NEGATION = /^(?:not|n't|never|no)$/;
/** Words that open a clause of its own between the verb phrases. */
const CLAUSE = /^(?:who|whom|whose|which|when|where|while|whilst|because|although|though|whereas|unless|if|whether|until|;|:|—|–|"|“|”|\(|\))$/;
const SUBJECT_PRONOUN = /^(?:he|she|they|it|we|i|you)$/;
const JOINS = /^(?:and|but)$/;
const ING = /ing$/;
/**
 * A joined sentencing phrase ("convicted of fraud and sentenced to five years") is left to the rules
 * that read it beside its verdict: read as a sentencing of its own, it moved a case's witnesses and
 * its appeal to another trial of the defendant on an unread corpus.
 */
const SENTENCING = /^(?:sentenced|handed|given)$/;
/** A plea's verbs: after a guilty plea no verdict rule reads the sentence ("pleaded guilty to X and was sentenced to two years"). */
const PLEADED = /^(?:pleaded|pled|pleads|admitted|admits)$/;
/** A plea entered, which only the defendant does: joined after an active phrase it is still the subject's ("had maintained her innocence and pleaded not guilty"). */
const PLEA = /^(?:pleaded|pled|pleads)$/, PLEA_WORD = /^(?:guilty|not|no)$/;

const isAux = (t: Token | undefined) => !!t && (BE.test(t.lower) || HAVE.test(t.lower));
const isAdverb = (t: Token | undefined) => !!t && t.pos === "ADV" && !NEGATION.test(t.lower);
/** A finite or participle verb that a joined verb phrase may open with (no gerund: "and resisting arrest" is a charge). */
const isVerb = (t: Token | undefined) => !!t && t.pos === "VERB" && !ING.test(t.lower);

/** Where the subject's verb phrase begins after the subject ends at `j`: past an age or a "who". */
function afterAside(ts: readonly Token[], j: number): number {
  if (ts[j]?.lower === "," && ts[j + 1]?.pos === "NUM" && ts[j + 2]?.lower === ",") return j + 3;
  if (ts[j]?.lower === "(" && ts[j + 1]?.pos === "NUM" && ts[j + 2]?.lower === ")") return j + 3;
  if (ts[j]?.lower === "," && ts[j + 1]?.lower === "who") return j + 2;
  if (ts[j]?.lower === "who") return j + 1;
  return j;
}

/** The first verb phrase after a subject: its verb's index and whether it is a passive, or nothing when it is negated or modal. */
function firstPhrase(ts: readonly Token[], j: number): { verb: number; passive: boolean } | undefined {
  let passive = false, k = j;
  for (; k < ts.length && (isAux(ts[k]) || isAdverb(ts[k])); k++) if (BE.test(ts[k]!.lower)) passive = true;
  // ("had been due to stand trial for arson, but pleaded guilty": a trial that was due, then the plea the subject entered)
  if (ts[k]?.lower === "due" && ts[k + 1]?.lower === "to" && passive) return { verb: k, passive: false };
  if (ts[k]?.pos !== "VERB") return undefined;
  for (let m = j; m <= k; m++) if (NEGATION.test(ts[m]!.lower) || MODAL.test(ts[m]!.lower) || ts[m]!.lower === "to") return undefined;
  return { verb: k, passive: passive && !ING.test(ts[k]!.lower) };
}

/** A verb phrase joined at `k` ("and later convicted", "and was acquitted", ", charged with"): where its verb is, or nothing. */
function joinedPhrase(ts: readonly Token[], k: number, passive: boolean, plea = false): number | undefined {
  let m = k + 1, aux = false;
  while (isAdverb(ts[m])) m++;
  while (isAux(ts[m]) || isAdverb(ts[m])) { if (isAux(ts[m])) aux = true; m++; }
  if (!isVerb(ts[m]) || !(aux || passive || PLEA.test(ts[m]!.lower) && PLEA_WORD.test(ts[m + 1]?.lower ?? ""))) return undefined;
  if (SENTENCING.test(ts[m]!.lower) && !(plea && aux)) return undefined;
  for (let n = k + 1; n < m; n++) if (NEGATION.test(ts[n]!.lower) || MODAL.test(ts[n]!.lower)) return undefined;
  return m;
}

/** The people (or companies) of a subject ending at `s`: with those listed before it ("A, B and C were tried and convicted"). */
function subjectOf(l: SentenceLayers, s: Span): Span {
  const ts = l.tokens, members = [s];
  for (let at = s.start; ; ) {
    if (!/^(?:and|,)$/.test(ts[at - 1]?.lower ?? "")) break;
    const before = l.spans.find((x) => x.type === s.type && x.end === at - 1 && (x.data as EntityData | undefined)?.entity);
    if (!before) break;
    members.unshift(before);
    at = before.start;
  }
  if (members.length === 1) return s;
  const group = members.flatMap((m) => (m.data as EntityData).group ?? [(m.data as EntityData).entity]);
  return { ...s, start: members[0]!.start, data: { entity: group[0]!, description: true, group } satisfies EntityData };
}

export function elidedSubjects(l: SentenceLayers): Span[] {
  const ts = l.tokens, out: Span[] = [];
  if (ts.some((t) => t.text === "?")) return out;
  const taken = new Set<number>();
  for (const s of l.spans) {
    // (the type first: reading every mention's data, a charge's or a role's too, made this load megamorphic)
    if (!(s.type === "Person" || s.type === "Organization" || s.type === "Studio")) continue;
    const data = s.data as EntityData | undefined;
    if (!data?.entity) continue;
    // a subject, not an object or an owner ("the murder of X was solved", "X's lawyer was")
    if (ts[s.start - 1]?.pos === "ADP" || /^(?:'s|')$/.test(ts[s.end]?.lower ?? "")) continue;
    const first = firstPhrase(ts, afterAside(ts, s.end));
    if (!first) continue;
    const subject = subjectOf(l, s);
    // the joined phrase is told as the first is: nothing where a negation, a hedge or one side's claim governs the
    // first ("X denied that he was tried and convicted", "It is not true that X was ...", "Prosecutors alleged X was ...")
    const consumed = new Set<number>();
    for (let k = subject.start; k <= first.verb; k++) consumed.add(k);
    if (!modalityAllows(ts, { start: subject.start, end: first.verb + 1, anchor: first.verb, captures: new Map(), consumed }, "factual")) continue;
    const commas: number[] = [];
    for (let k = first.verb + 1; k < ts.length; k++) {
      const t = ts[k]!;
      if (CLAUSE.test(t.lower) || (t.lower === "that" && t.pos !== "DET") || SUBJECT_PRONOUN.test(t.lower) && t.pos === "PRON") break;
      if (t.lower === "," && ts[k + 1]?.lower !== "and" && ts[k + 1]?.lower !== "but") {
        const verb = joinedPhrase(ts, k, first.passive, PLEADED.test(ts[first.verb]!.lower));
        if (verb !== undefined) { commas.push(k); k = verb; }
        continue;
      }
      if (JOINS.test(t.lower)) {
        const verb = joinedPhrase(ts, k, first.passive, PLEADED.test(ts[first.verb]!.lower));
        if (verb === undefined) continue;
        for (const at of [...commas, k]) if (!taken.has(at)) { taken.add(at); out.push(elided(subject, at)); }
        commas.length = 0;
        k = verb;
        continue;
      }
      // another clause's verb after its own subject ("after officers searched the flat"), or its auxiliary ("the money was stolen")
      if (isAux(t) || t.pos === "VERB" && !ING.test(t.lower) && /^(?:NOUN|PROPN|PRON)$/.test(ts[k - 1]?.pos ?? "")) break;
    }
  }
  return out;
}

function elided(subject: Span, at: number): Span {
  return { type: subject.type, start: at, end: at + 1, implied: true, data: { ...(subject.data as EntityData), description: true, elided: true } satisfies EntityData };
}

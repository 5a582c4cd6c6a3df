// Descriptions of a body: "the hospital's then chief executive, X", "the company's chief financial
// officer", and of a title: "who starred in the film" (the one film or show the article names). A definite description whose noun is one of lexicon/names.json's organisation
// descriptions stands for the one organisation or studio of the article whose name ends in one of
// that description's words ("the hospital" for "Countess of Wessex Hospital"), or that the article called by
// that noun beside its name ("carmaker Kestrel", "Kestrel, the Leeds-based miner,": bodyKinds); with two such
// bodies, or none, it stands for no one.
import type { Entity } from "../../types.ts";
import type { Span } from "../engine/match.ts";
import type { EntityData, SentenceLayers } from "../layers.ts";
import { FILM_MAKING_WORDS, ORG_DESCRIPTIONS, ORG_HEADS, STUDIO_ANAPHORS } from "../../lexicon/index.ts";

export function bodyDescriptions(l: SentenceLayers, bodies: readonly Entity[], kinds: ReadonlyMap<Entity, ReadonlySet<string>> = new Map()): Span[] {
  const out: Span[] = [];
  const ts = l.tokens;
  // (the test of a description is a function of its own: a loop whose variable its closures capture makes
  // a context for every token, even where none of them is made)
  for (let i = 1; i < ts.length; i++) {
    const heads = ORG_DESCRIPTIONS.get(ts[i]!.lower);
    // (nor a noun before the name it is in apposition to: "the film Monsoon Letters", 'the film "Monsoon Letters"')
    if (!heads || ts[i - 1]!.lower !== "the" || ts[i]!.cap || ts[i + 1]?.cap || /^["“‘']$/.test(ts[i + 1]?.text ?? "") && ts[i + 2]?.cap) continue;
    const described = bodyDescribed(l, i, heads, bodies, kinds);
    if (described) out.push(described);
  }
  return out;
}

/** "the company" at tokens i-1..i: the one body it can stand for. */
function bodyDescribed(l: SentenceLayers, i: number, heads: ReadonlySet<string>, bodies: readonly Entity[], kinds: ReadonlyMap<Entity, ReadonlySet<string>>): Span | undefined {
  const ts = l.tokens;
  // ("the company's", "the hospital responded": not "the company secretary", a noun of its own)
  const next = ts[i + 1];
  if (next && next.pos === "NOUN" && !/^(?:'s|')$/.test(next.lower)) return undefined;
  // (a body the article names only further on is none a reader could take it for)
  const named = bodies.filter((e) => e.mentions.some((m) => m.start < ts[i]!.start));
  const fits = heads.has("*film") ? named.filter((e) => e.type === "Film") : named.filter((e) => e.type !== "Film" && (heads.has(e.label.split(/\s+/).pop()!) || !!kinds.get(e)?.has(ts[i]!.lower)));
  // ("the bank's fraud manager": a charge's words the charge layer read up to a role's head are the role's, no charge;
  // "X, acting for the bank,": a charge phrase it guessed around the description leaves the body the description's)
  if (fits.length !== 1 || l.spans.some((s) => s.start < i + 1 && i - 1 < s.end && s.type !== "Role" && s.type !== "ChargeLike" && !(s.type === "Charge" && (roleEndsAt(l, s.end) || s.start < i - 1)))) return undefined;
  // ("Vale co-founded Kestrel, and the company became ...": another company named before it in its sentence is the nearer one;
  // not one whose name says it is another kind of body: "Vexley Freight Inc. ... the agency's director")
  if (!heads.has("*film") && l.spans.some((s) => s.end <= i - 1 && (s.type === "Organization" || s.type === "Studio") && nearer((s.data as EntityData | undefined)?.entity, fits[0]!, heads))) return undefined;
  return { type: fits[0]!.type, start: i - 1, end: i + 1, data: { entity: fits[0]!, description: true } satisfies EntityData };
}

/** Whether a role phrase ends at token `end` (a loop, not a closure: bodyDescribed runs at every "the"). */
function roleEndsAt(l: SentenceLayers, end: number): boolean {
  for (const s of l.spans) if (s.type === "Role" && s.end === end) return true;
  return false;
}

/**
 * The nouns of organisation_descriptions the article sets beside each body's name: "carmaker Kestrel", "mining company
 * Kestrel", "Kestrel, the Leeds-based miner,", "Kestrel, a lender that ...": the descriptions that may stand for it later.
 */
export function bodyKinds(layers: readonly SentenceLayers[]): Map<Entity, Set<string>> {
  const out = new Map<Entity, Set<string>>();
  const kind = (w: string | undefined) => !!w && !!ORG_DESCRIPTIONS.get(w) && !ORG_DESCRIPTIONS.get(w)!.has("*film");
  for (const l of layers) {
    const ts = l.tokens;
    for (const s of l.spans) {
      // (the type first: the data of every other mention, a charge's or a role's, is of other shapes, and reading it made this load megamorphic)
      if (s.type !== "Organization" && s.type !== "Studio") continue;
      const e = (s.data as EntityData | undefined)?.entity;
      if (!e || (s.data as EntityData).description) continue;
      const add = (w: string) => (out.get(e) ?? out.set(e, new Set()).get(e)!).add(w);
      // before: "carmaker Kestrel", "the lender Kestrel Holdings"
      const prev = ts[s.start - 1];
      if (prev && !prev.cap && kind(prev.lower)) add(prev.lower);
      // after: "Kestrel, the Leeds-based miner,", "Kestrel, a mining company that ..."
      if (ts[s.end]?.lower !== "," || !/^(?:a|an|the|another)$/.test(ts[s.end + 1]?.lower ?? "")) continue;
      for (let j = s.end + 2; j < s.end + 7 && ts[j] && !/^[,.;:()]$/.test(ts[j]!.text); j++) {
        if (ts[j]!.cap || !kind(ts[j]!.lower)) continue;
        if (ts[j + 1]?.pos !== "NOUN") add(ts[j]!.lower);
        break;
      }
    }
  }
  return out;
}

/** Whether a body named before a description could be the one it stands for, rather than `fit`. */
function nearer(other: Entity | undefined, fit: Entity, heads: ReadonlySet<string>): boolean {
  if (other === fit) return false;
  const last = other?.label.split(/\s+/).pop() ?? "";
  return !(ORG_HEADS.has(last) && !heads.has(last));
}

/**
 * The companies, studios and owning persons named up to `upTo` (a person counts only as the owner of
 * something named after it, "Ana Ruiz's company": "it" is no person).
 */
const companiesBefore = (spans: readonly Span[], upTo: number, ts2: SentenceLayers["tokens"]) => spans.filter((s) => s.end <= upTo &&
  (s.type === "Studio" || s.type === "Organization" || (s.type === "Person" && /^(?:'s|')$/.test(ts2[s.end]?.lower ?? ""))));

/**
 * "Vale co-founded Kestrel Pictures, and the company became the powerhouse behind 'Salt Roads'";
 * "The brothers launched Kestrel Pictures in 2004. It backed 'Salt Roads'": "it", "the company",
 * "the studio" before a word of film-making stand for the one studio named before them in their
 * sentence, or else in the sentence before; with two companies there, or a person's possession
 * named between, for no one.
 */
export function studioAnaphors(l: SentenceLayers, before: SentenceLayers | undefined): Span[] {
  const out: Span[] = [];
  const ts = l.tokens;
  for (let i = 0; i < ts.length; i++) {
    const hit = STUDIO_ANAPHORS.longest(ts, i);
    if (!hit || ts[hit.end - 1]!.cap && hit.end - i > 1) continue;
    // (the rest in a function of its own: closures here capturing i would make a context for every token)
    const anaphor = studioAnaphor(l, before, hit.start, hit.end);
    if (anaphor) out.push(anaphor);
  }
  return out;
}

/** The studio "the company" at tokens i..end stands for, told of film making, or nothing. */
function studioAnaphor(l: SentenceLayers, before: SentenceLayers | undefined, i: number, end: number): Span | undefined {
  const ts = l.tokens;
  if (!ts.slice(end, end + 6).some((t) => FILM_MAKING_WORDS.has(t.lower))) return undefined;
  if (l.spans.some((s) => s.start < end && i < s.end && s.type !== "Role" && s.type !== "ChargeLike")) return undefined;
  const here = companiesBefore(l.spans, i, ts);
  const named = here.length ? here : before ? companiesBefore(before.spans, before.tokens.length, before.tokens) : [];
  const companies = new Set(named.filter((s) => s.type !== "Person").map((s) => (s.data as EntityData | undefined)?.entity).filter((e): e is Entity => !!e));
  const last = named.reduce<Span | undefined>((a, s) => (!a || s.end > a.end ? s : a), undefined);
  // the one company named, and named last: not "Kestrel Pictures sued Ana Ruiz's company, and it backed ..."
  if (companies.size !== 1 || last?.type !== "Studio" || ts[i]!.lower === "which") return undefined;
  return { type: "Studio", start: i, end, data: { entity: [...companies][0]!, description: true } satisfies EntityData };
}

/**
 * "Tolliver Freight collapsed in 2022. Its then chief financial officer, Thaddeus Gresholm, was convicted": "Its" opening a
 * sentence before a role and a name stands for the one company, studio or court named in the sentence before (with two
 * there, or none, for no one), so that the role's holder works for it. So does "its" in an apposition to a name that opens
 * its sentence ("Thaddeus Gresholm, its managing director, was fined"), or that follows the one body its sentence names
 * with only lower-case words between ("Tolliver Freight said that Thaddeus Gresholm, its chairman, had resigned"). A court
 * named as where the case was heard ("was fined at Truro Crown Court") is a venue, no body "its" stands for beside another.
 */
export function itsAnaphors(l: SentenceLayers, earlier: readonly SentenceLayers[]): Span[] {
  const ts = l.tokens;
  const out: Span[] = [];
  for (let k = 0; k < ts.length; k++) {
    if (ts[k]!.lower !== "its") continue;
    const body = itsBody(l, earlier, k);
    if (body) out.push({ type: body.type, start: k, end: k + 1, data: { entity: body, description: true } satisfies EntityData });
  }
  return out;
}

/** The body "its" at token k stands for, or nothing (`earlier`: the sentences before it in its body, nearest first). */
function itsBody(l: SentenceLayers, earlier: readonly SentenceLayers[], k: number): Entity | undefined {
  const ts = l.tokens;
  const before = earlier[0];
  const first = /^["“]$/.test(ts[0]?.text ?? "") ? 1 : 0;
  // (a role right after it: "Its chief executive", "its then chairman"; not "Its shares fell")
  const role = l.spans.find((s) => s.type === "Role" && (s.start === k + 1 || (s.start === k + 2 && /^(?:then|former|new|current)$/.test(ts[k + 1]!.lower))));
  if (!role) return undefined;
  if (k === first && ts[k]!.cap) {
    // "Its chief executive, X": its holder named after it
    const at = ts[role.end]?.lower === "," ? role.end + 1 : role.end;
    if (!(l.spansAt.get(at) ?? []).some((s) => s.type === "Person")) return undefined;
    return before && theBody(before.spans, before.tokens);
  }
  // "X, who was appointed its chief operating officer in 2020,", "He stepped down as its chairman": a post its
  // sentence's person is said to hold, in the one company or studio named before it in the sentence, or else in the
  // nearest of the three sentences before that names one ("Orvane Freight collapsed in 2019. Its books were false.
  // Ada Quell was charged with fraud. She was its chief executive"; a court there is the venue, no employer)
  if (PREDICATE_BEFORE.test(ts[k - 1]?.lower ?? "") && l.spans.some((s) => s.type === "Person" && s.end <= k)) {
    const firms = (spans: readonly Span[], upTo: number) => spans.filter((s) => (s.type === "Organization" || s.type === "Studio") && s.end <= upTo);
    const here = firms(l.spans, k);
    // (not beside a film, whose director "its director" may be)
    const films = (x: SentenceLayers) => x.spans.some((s) => s.type === "Film");
    if (here.length) return theBody(here, ts);
    for (const x of earlier.slice(0, 3)) {
      if (films(l) || films(x)) return undefined;
      const there = firms(x.spans, x.tokens.length);
      if (there.length) return theBody(there, x.tokens);
    }
    return undefined;
  }
  // "X, its chief executive,": an apposition to the name before it ("X, 61, its ...")
  let end = k - 1;
  if (ts[end]?.lower !== ",") return undefined;
  if (ts[end - 1]?.pos === "NUM" && ts[end - 2]?.lower === ",") end -= 2;
  const person = l.spans.find((s) => s.type === "Person" && s.end === end);
  if (!person || !/^(?:,|\.|;|was|is|has|had|who)$/.test(ts[role.end]?.lower ?? "")) return undefined;
  if (person.start === first) return before && theBody(before.spans, before.tokens);
  // the one body before it in its sentence, with only lower-case words between
  const bodies = l.spans.filter((s) => s.end <= person.start && isBody(s));
  if (!bodies.length) return undefined;
  const last = bodies.reduce((a, s) => (s.end > a.end ? s : a));
  if (ts.slice(last.end, person.start).some((t) => t.cap || /^[,;:()]$/.test(t.text))) return undefined;
  return theBody(bodies, ts);
}

/** The word before "its" that makes the post after it a predicate of the sentence's person: "was its", "as its", "appointed its". */
const PREDICATE_BEFORE = /^(?:as|was|is|became|becomes|remains|remained|appointed|named|made|been)$/;

const isBody = (s: Span) => s.type === "Organization" || s.type === "Studio" || s.type === "Court";

/** The one body of these spans (a court told as where a case was heard counting only when it is the one), or nothing. */
function theBody(spans: readonly Span[], ts: SentenceLayers["tokens"]): Entity | undefined {
  const entities = (ss: readonly Span[]) => new Set(ss.filter(isBody).map((s) => (s.data as EntityData | undefined)?.entity).filter((e): e is Entity => !!e));
  let bodies = entities(spans);
  if (bodies.size > 1) bodies = entities(spans.filter((s) => !(s.type === "Court" && /^(?:at|in|before)$/.test(ts[s.start - 1]?.lower === "the" ? ts[s.start - 2]?.lower ?? "" : ts[s.start - 1]?.lower ?? ""))));
  return bodies.size === 1 ? [...bodies][0] : undefined;
}

// The mentions the rules can refer to, per sentence: names (with the entity resolution gave
// them), pronouns and descriptions resolved to people, role phrases, charge phrases, penalties,
// sums of money, kinship words and titles of works.
import type { Entity, NameMention } from "../types.ts";
import type { TokenSentence } from "../nlp/tokens.ts";
import { longestFirst, type MatchInput, type Span } from "./engine/match.ts";
import type { PersonRef } from "./discourse/pronouns.ts";
import { roleSpans } from "./spans/roles.ts";
import { chargeSpans, type ChargeData } from "./spans/charges.ts";
import { moneySpans, penaltySpans } from "./spans/amounts.ts";
import { titleSpans } from "./titles.ts";
import { courtPlaceAt } from "./name-extras.ts";
import { AGAINST_PERSON, KINSHIP, OFFENCE_VERBS } from "../lexicon/index.ts";
// (regexes with \p{...}, which tsx's esbuild writes as `new RegExp(...)` made at every use, are made once here)
const LOWER_START = /^\p{Ll}/u;
const VICTIM_DESCRIPTION = /^(?:the|a|an|former|then|his|her|their|alleged)$|^\p{Ll}/u;
const OPENING_MARK = /^["“‘']$/;
const CLOSING_MARK = /^["”’']$/;
const COMMA_OR_STOP = /^[,.]$/;

/** What a name, pronoun or description span refers to. */
export interface EntityData {
  entity: Entity;
  mention?: NameMention;
  pronoun?: boolean;
  description?: boolean;
  /** The word joining a verb phrase to one before it, standing for their one subject ("was tried and convicted"): no mention of anyone. */
  elided?: boolean;
  /** "All five", "the two men": the people a group phrase stands for (entity is the first of them). */
  group?: Entity[];
}

export interface SentenceLayers extends MatchInput {
  sentence: TokenSentence;
  spans: Span[];
  /** The rules' implied mentions (addImplied). */
  implied?: Span[];
}

export function buildLayers(
  sentence: TokenSentence,
  names: readonly NameMention[],
  entityOf: ReadonlyMap<NameMention, Entity>,
  people: readonly PersonRef[],
): SentenceLayers {
  const ts = sentence.tokens;
  const spans: Span[] = [];
  for (const m of names) {
    const entity = entityOf.get(m);
    if (!entity) continue;
    // a quoted name ("Salt Roads") is read with its quotation marks, and with a comma or full stop the
    // American style puts inside them ("Glass Orchard," directed by ...)
    const opens = OPENING_MARK.test(ts[m.first - 1]?.text ?? "") && ts[m.first - 1]!.space; // not the closing mark of a title before
    const closeAt = CLOSING_MARK.test(ts[m.last]?.text ?? "") ? m.last : COMMA_OR_STOP.test(ts[m.last]?.text ?? "") && CLOSING_MARK.test(ts[m.last + 1]?.text ?? "") ? m.last + 1 : -1;
    const quoted = opens && closeAt >= 0;
    spans.push({ type: entity.type, start: quoted ? m.first - 1 : m.first, end: quoted ? closeAt + 1 : m.last, data: { entity, mention: m } satisfies EntityData });
    // "Judge Karl Benn", "Mr. Vale" are the person too, for patterns that read a name with its title ("by Judge X")
    if (m.lead !== undefined && m.lead < m.first) spans.push({ type: entity.type, start: m.lead, end: m.last, data: { entity, mention: m } satisfies EntityData });
    // "The Federal High Court in Abuja convicted ...": a court called with its place (withCourtPlaces) is
    // that court with the place too, for patterns that read the court as the subject of the verb after it
    // ("sitting in Ikoyi, Lagos": with the larger place the first is in)
    const at = entity.type === "Court" ? courtPlaceAt(ts, m.last) : -1;
    const place = at < 0 ? undefined : names.find((n) => n.type === "Place" && n.first === at);
    const wider = place && ts[place.last]?.text === "," ? names.find((n) => n.type === "Place" && n.first === place.last + 1) : undefined;
    if (place && m.name.endsWith(` in ${place.name}`)) spans.push({ type: "Court", start: m.first, end: (wider ?? place).last, data: { entity, mention: m } satisfies EntityData });
  }
  for (const p of people) spans.push({ type: "Person", start: p.first, end: p.last, data: { entity: p.entity, ...(p.pronoun ? { pronoun: true } : { description: true }) } satisfies EntityData });
  // (pushed, not `filter().map()`: `map` of nothing makes an array of another hidden class, and roleSpans, optimised
  // on the others, was thrown away at the first sentence with no title)
  const titles: NonNullable<NameMention["title"]>[] = [];
  for (const m of names) if (m.title && entityOf.has(m)) titles.push(m.title);
  spans.push(...roleSpans(ts, titles));
  const charges = chargeSpans(ts);
  const victims = withVictims(ts, charges, spans);
  spans.push(...sharedVictims(ts, charges, victims), ...victims);
  const money = moneySpans(ts);
  spans.push(...money, ...penaltySpans(ts, money));
  for (const hit of KINSHIP.scan(ts)) spans.push({ type: "Kin", start: hit.start, end: hit.end, data: hit.value });
  spans.push(...titleSpans(ts));
  return { sentence, spans, tokens: ts, tags: [], spansAt: index(spans) };
}

/**
 * "raping Mina Sollo", "the murder of Ana Ruiz", "assault on former nurse Ana Ruiz": an offence with
 * its complainant, as one charge phrase, so that a list of them keeps each complainant with its offence.
 */
/** A named person (no pronoun, no group) ending at token `end`, the owner of what follows: "Danny Ashby's murder". */
function namedPersonEndingAt(spans: readonly Span[], end: number): Span | undefined {
  return spans.find((s) => s.type === "Person" && s.end === end && !(s.data as EntityData).pronoun && !(s.data as EntityData).group);
}

/** "the murder of", "assaulting": words of the phrase tell of someone the offence was done to. */
function describesSomeone(ts: TokenSentence["tokens"], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (OF_AGAINST.test(ts[k]!.lower) || ING.test(ts[k]!.lower)) return true;
  return false;
}
// (helpers and expressions made once, not per charge phrase: there is one for nearly every noun phrase, and a
// regular expression literal is a new object each time it is evaluated, a closure over the loop's phrase a context)
const OF_AGAINST = /^(?:of|against|on|upon)$/;
const ING = /ing$/;
const CHARGE_NOUNS = /^(?:charge|charges|count|counts|case|indictment|accusation|accusations)$/;

/** A named person (no pronoun) starting at token i. */
function personAt(spans: readonly Span[], i: number): Span | undefined {
  return spans.find((s) => s.type === "Person" && s.start === i && !(s.data as EntityData).pronoun);
}

function withVictims(ts: TokenSentence["tokens"], charges: readonly Span[], spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const c of charges) {
    const data = c.data as ChargeData;
    // "a rape charge against X": against the charge's count noun stands the defendant, not the complainant
    if ((c.type !== "Charge" && c.type !== "ChargeLike") || data.anaphor || CHARGE_NOUNS.test(ts[c.end - 1]!.lower)) continue;
    // "convicted of Danny Ashby's murder", "admitted Kira Vance's manslaughter": the complainant named before
    // the offence, right after the predicate's word (never "Vale's assault conviction", the accused's own)
    const owner = POSSESSIVE.test(ts[c.start - 1]?.lower ?? "") ? namedPersonEndingAt(spans, c.start - 1) : undefined;
    if (owner && PREDICATE_BEFORE.test(ts[owner.start - 1]?.lower ?? "") && AGAINST_PERSON.has(ts[c.end - 1]!.lower) && ts[c.end]?.pos !== "NOUN") {
      out.push({ ...c, start: owner.start, data: { ...data, victim: (owner.data as EntityData).entity } satisfies ChargeData });
      continue;
    }
    let k = c.end;
    // only a verb of offence against someone ("raping", "murdering") takes a complainant as its object ("violating the Act" does not)
    const gerund = !!OFFENCE_VERBS.longest(ts, c.start) || !!OFFENCE_VERBS.longest(ts, c.end - 1);
    // "the murder of his neighbour, Irene Slade": the complainant's name in apposition to the phrase's last words
    // ("murdering his estranged wife, Kylie Rowe", "assaulting an emergency worker, PC Dan Oke": words about them between)
    const described = ts[c.end]?.text === "," && describesSomeone(ts, c.start, c.end) && describedBefore(ts, c.start, c.end) && !SPEECH_AFTER.test(ts[personAt(spans, c.end + 1)?.end ?? -1]?.lower ?? "") ? personAt(spans, c.end + 1) : undefined;
    if (described) { out.push({ ...c, end: described.end, data: { ...data, victim: (described.data as EntityData).entity } satisfies ChargeData }); continue; }
    if (!gerund) {
      if (!OF_AGAINST.test(ts[k]?.lower ?? "")) continue;
      // "charges of assault against X": against the charges stands the defendant
      if (ts[k]!.lower === "against" && /^(?:charge|charges|count|counts)$/.test(ts[c.start - 2]?.lower ?? "") && ts[c.start - 1]?.lower === "of") continue;
      // "charges of assault against X": against the charges stands the defendant
      if (ts[k]!.lower === "against" && ts.slice(c.start, c.end).some((t) => /^(?:charge|charges|count|counts)$/.test(t.lower))) continue;
      k++;
    }
    // "former nurse", "the actress", "his wife": words about the complainant before the name
    let person = personAt(spans, k);
    // ("his neighbour, Irene Slade": an apposition's comma before the name)
    for (let j = k; !person && j < Math.min(ts.length, k + 5) && VICTIM_DESCRIPTION.test(ts[j]!.text) && ts[j]!.pos !== "VERB" && ts[j]!.pos !== "ADP"; j++) person = personAt(spans, j + 1) ?? (ts[j + 1]?.text === "," ? personAt(spans, j + 2) : undefined);
    if (!person) continue;
    const list = listedAfter(ts, spans, person);
    const others = list.map((p) => (p.data as EntityData).entity).filter((e) => e !== (person.data as EntityData).entity);
    out.push({ ...c, end: (list.at(-1) ?? person).end, data: { ...data, victim: (person.data as EntityData).entity, ...(others.length && { others }) } satisfies ChargeData });
  }
  return out;
}

/**
 * "assaulting A, B and C": the named people listed after the first complainant, when the list closes with "and" (or
 * "or") and its last name ends the clause's phrase (no verb after it: never "murdering A, and B said ...").
 */
function listedAfter(ts: TokenSentence["tokens"], spans: readonly Span[], first: Span): Span[] {
  const list: Span[] = [];
  let end = first.end;
  for (;;) {
    const comma = ts[end]?.text === ",";
    const and = /^(?:and|or)$/.test(ts[end + (comma ? 1 : 0)]?.lower ?? "");
    const next = personAt(spans, end + (comma ? 1 : 0) + (and ? 1 : 0));
    // (", and" after the first name opens another clause: "assaulting A, and B, his co-accused, was cleared")
    if (!next || (!comma && !and) || (comma && and && !list.length)) return [];
    list.push(next);
    end = next.end;
    if (and) break;
  }
  const after = ts[end];
  return after && (after.pos === "VERB" || after.pos === "AUX" || after.lower === "'s" || after.lower === "’s") ? [] : list;
}

/**
 * "raping and murdering Chloe Vance": a verb of offence joined to the next one shares its object, so its charge
 * has that complainant too (the charge phrases, with those so joined given the complainant).
 */
function sharedVictims(ts: TokenSentence["tokens"], charges: readonly Span[], victims: readonly Span[]): Span[] {
  return charges.map((c) => {
    const verb = OFFENCE_VERBS.longest(ts, c.start);
    if (verb?.end !== c.end || !/^(?:and|or)$/.test(ts[c.end]?.lower ?? "")) return c;
    const next = victims.find((v) => v.start === c.end + 1 && OFFENCE_VERBS.longest(ts, v.start));
    return next ? { ...c, data: { ...(c.data as ChargeData), victim: (next.data as ChargeData).victim } satisfies ChargeData } : c;
  });
}

const POSSESSIVE = /^(?:'s|'|’s|’)$/;
/** The word before "Y's murder" when Y is its complainant: "convicted of", "jailed for", "admitted", "charged over". */
const PREDICATE_BEFORE = /^(?:of|for|to|with|over|admitted|admits|denied|denies|deny)$/;

/** "X, Rowe said" after an apposition's comma is a speaker, not the complainant. */
const SPEECH_AFTER = /^(?:said|says|told|added|argued|wrote)$/;

/** The charge phrase [a, b) ends in a described person: "his wife", "an emergency worker", "the 17-year-old boy". */
function describedBefore(ts: TokenSentence["tokens"], a: number, b: number): boolean {
  for (let k = b - 2; k >= Math.max(a, b - 4); k--) {
    if (/^(?:his|her|their|a|an|the)$/.test(ts[k]!.lower)) return true;
    if (!LOWER_START.test(ts[k]!.text) || ts[k]!.pos === "VERB" || ts[k]!.pos === "ADP") return false;
  }
  return false;
}

// (the discourse code's loops over tokens look mentions up with these, not with a closure: a closure that reads
// the loop's variables made V8 allocate their context at every token, some 10-20 MB per MB of text for each loop)
/** The first mention of a type that starts at token `at`. */
export function spanStarting(layers: SentenceLayers, type: string, at: number): Span | undefined {
  for (const s of layers.spans) if (s.type === type && s.start === at) return s;
  return undefined;
}

/** Whether a Person mention (a name, a pronoun, a description) overlaps tokens [from, to). */
export function personOverlapping(layers: SentenceLayers, from: number, to: number): boolean {
  for (const s of layers.spans) if (s.type === "Person" && s.start < to && from < s.end) return true;
  return false;
}

/** Adds spans (descriptions found after the roles stage) to a sentence's layers. */
export function addSpans(layers: SentenceLayers, more: readonly Span[]): void {
  if (!more.length) return; // (the index as it is: nothing to add)
  layers.spans.push(...more);
  layers.spansAt = index(layers.implied ? [...layers.spans, ...layers.implied] : layers.spans);
}

/**
 * Mentions the text does not spell out (Span.implied: the subject a joined verb phrase shares),
 * for the rules only: they are in the index the rules read, never in `spans`, which the code
 * that counts a sentence's people reads.
 */
export function addImplied(layers: SentenceLayers, more: readonly Span[]): void {
  if (!more.length) return;
  (layers.implied ??= []).push(...more);
  layers.spansAt = index([...layers.spans, ...layers.implied]);
}

function index(spans: readonly Span[]): Map<number, Span[]> {
  const at = new Map<number, Span[]>();
  for (const s of spans) {
    const list = at.get(s.start);
    if (list) list.push(s); else at.set(s.start, [s]);
  }
  // (a list of one is sorted already)
  for (const list of at.values()) if (list.length > 1) longestFirst(list);
  return at;
}

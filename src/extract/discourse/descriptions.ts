// Descriptions: "the judge", "the former producer" stand for the one person of the article who
// holds that role, once the roles stage has found who holds what ("the 73-year-old": ages.ts).
// A description whose role no one holds yet ("Vale ... The Australian-born entertainer was
// found guilty") is the press's varied name for the article's topic: the one person it names far
// more often than any other, who then holds that role too.
import type { Entity } from "../../types.ts";
import type { Span } from "../engine/match.ts";
import type { Facts } from "../facts.ts";
import type { EntityData, SentenceLayers } from "../layers.ts";
import type { RoleData } from "../spans/roles.ts";
import { GENDER_WORDS, roleInfo, type Gender } from "../../lexicon/index.ts";
import { spanMention } from "../relate.ts";
import { claimedBefore } from "../engine/modality.ts";
import { familyGroups } from "./families.ts";
import epithets from "../../lexicon/epithets.json" with { type: "json" };
import { theAccused } from "./the-accused.ts";

const PUBLIC_FIGURES = new Set(epithets.public_figures);
const DESCRIPTION_MODIFIERS = /^(?:former|then|longtime|veteran|disgraced|embattled|late|retired|elderly|young|\d{1,3}-year-old|[a-z]+-(?:winning|nominated|born))$/;

/** Whether a person's mention is over any of tokens [a, b). (Module functions, not closures made per sentence: each was renamed at its making.) */
function personOver(spans: readonly Span[], a: number, b: number): boolean {
  for (const s of spans) if (s.type === "Person" && s.start < b && a < s.end) return true;
  return false;
}
/** Whether a person's mention starts at token `at`. */
function namedAt(l: SentenceLayers, at: number): boolean {
  for (const s of l.spansAt.get(at) ?? []) if (s.type === "Person") return true;
  return false;
}

export function describePeople(l: SentenceLayers, facts: Facts, gender: Map<Entity, Gender>, layers: readonly SentenceLayers[]): Span[] {
  const ts = l.tokens;
  const out: Span[] = [];
  for (const span of l.spans) {
    if (span.type !== "Role") continue;
    const role = span.data as RoleData;
    if (role.unnamed) continue;
    // "the judge", "the former producer": a definite description, not a title before a name
    let a = span.start;
    // ("the former \"Harbour Lights\" actor": the title of the work they are known for)
    while (a > 0 && DESCRIPTION_MODIFIERS.test(ts[a - 1]!.lower) || quotedTitleBefore(ts, a) !== a) a = DESCRIPTION_MODIFIERS.test(ts[a - 1]!.lower) ? a - 1 : quotedTitleBefore(ts, a);
    // ("the 51-year-old Princeton graduate", "the former Quillstone chief executive": a school, firm or place the role
    // is of, between the modifiers and the role)
    const of = a === span.start ? nameBefore(l, a) : undefined;
    if (of) { a = of.start; while (a > 0 && DESCRIPTION_MODIFIERS.test(ts[a - 1]!.lower)) a--; }
    if (ts[a - 1]?.lower !== "the" || namedAt(l, span.end)) continue;
    // in apposition, the description is the role of the name before it, which the roles stage has read
    // ("On the stand, the former executive insisted": after an opening phrase it is a subject)
    if (ts[a - 2]?.lower === "," && !openingPhrase(ts, a - 2)) continue;
    if (personOver(l.spans, a - 1, span.end) || personOver(out, a - 1, span.end)) continue;
    // (those the article gives the role only later are no one a reader could take it for: "the actor"
    // in the lede is the topic, whatever actors the last paragraph names)
    // (with a firm or school named, the one holder of the role there, else no one yet: "the FTX chief executive" is not
    // the chief executive of another firm)
    const holders = facts.holdersOf(role.label, 2, () => false, l.sentence.index).filter((h) => !of || worksFor(facts, h, of));
    if (holders.length > 1) continue;
    // ("the former star" after "soap star X": the one person whose role it shortens)
    const entity = holders[0] ?? facts.soleHolderOfKind(ts[role.head]!.lower, l.sentence.index) ?? topicFor(l, span, a - 1, facts, gender, layers);
    if (!entity) continue;
    out.push({ type: "Person", start: a - 1, end: span.end, data: { entity, description: true } satisfies EntityData });
  }
  // "the Okoye brothers": the people of that surname, as a group
  out.push(...familyGroups(l, facts));
  // "The accused was charged with": the article's one defendant
  out.push(...theAccused(l, facts, layers));
  return out;
}

/** A name of an organisation, studio or place that ends right before token `at`, right after a modifier or "the". */
function nameBefore(l: SentenceLayers, at: number): Span | undefined {
  const s = l.spans.find((x) => x.end === at && /^(?:Organization|Studio|Place)$/.test(x.type));
  const before = s && l.tokens[s.start - 1]?.lower;
  return s && before && (before === "the" || DESCRIPTION_MODIFIERS.test(before)) ? s : undefined;
}

function worksFor(facts: Facts, p: Entity, of: Span): boolean {
  const org = (of.data as EntityData | undefined)?.entity;
  return !!org && facts.relationsFrom(p, "WORKS_FOR").some((r) => r.target === org.id);
}

/** The start of a quoted title of one to five capitalised words that ends right before token `at` (else `at`). */
function quotedTitleBefore(ts: SentenceLayers["tokens"], at: number): number {
  if (!/^["”]$/.test(ts[at - 1]?.text ?? "")) return at;
  for (let k = at - 2; k >= Math.max(0, at - 7); k--) {
    if (/^["“]$/.test(ts[k]!.text)) return k < at - 2 && ts[k + 1]!.cap ? k : at;
    if (!ts[k]!.cap && !/^(?:of|the|and|a|in|'s)$/.test(ts[k]!.lower)) return at;
  }
  return at;
}

/** Whether the comma at `comma` closes a sentence's opening phrase: a preposition first, no name or verb in it ("Over seven days on the stand,"). */
function openingPhrase(ts: SentenceLayers["tokens"], comma: number): boolean {
  if (comma > 8 || ts[0]?.pos !== "ADP") return false;
  return ts.slice(0, comma).every((t) => !/^(?:VERB|AUX|PROPN|PRON)$/.test(t.pos) && t.text !== ",");
}

/**
 * Whether the word after a description's "-ed" verb shows the verb finite, the description its subject: a preposition
 * ("the actor appeared in"), a plea ("pleaded guilty"), a pronoun, determiner or name beginning its object or clause
 * ("the former executive insisted she", "accused Vale"); else the verb may be a participle inside a longer noun phrase.
 */
function finiteAfter(t: { pos: string; lower: string } | undefined): boolean {
  return !!t && (/^(?:ADP|PRON|DET|PROPN|SCONJ)$/.test(t.pos) || /^(?:guilty|not|that)$/.test(t.lower));
}

/** Whether a sentence before brought in someone of this role as a party apart: "from a contractor", "to an agent" (not "as a nurse"). */
function introducedApart(layers: readonly SentenceLayers[], before: number, head: string): boolean {
  return layers.slice(0, before).some((x) => x.tokens.some((t, i) => t.lower === head && i >= 2 &&
    /^(?:a|an)$/.test(x.tokens[i - 1]!.lower) && x.tokens[i - 2]!.pos === "ADP" && x.tokens[i - 2]!.lower !== "as"));
}

/** Whether the description at `at` is the object of a verb whose subject, named before it in the sentence, is the topic. */
function objectOfTopic(l: SentenceLayers, at: number, namedBefore: boolean): boolean {
  const verb = l.tokens[at - 1];
  if (verb?.pos !== "VERB" || /^(?:said|says|told|tells|added|claimed|alleged|heard|learned|learnt|became|becomes|remained)$/.test(verb.lower)) return false;
  return namedBefore || l.tokens.slice(0, at - 1).some((t) => /^(?:he|she)$/.test(t.lower));
}

/** Roles a description can give the article's topic; a judge, a lawyer or a juror in the text is someone else. */
function topicRole(role: RoleData): boolean {
  return role.known && !role.legal && !role.unnamed && !role.plural;
}

/**
 * The article's topic, for a description no one answers yet: a definite description of a known,
 * non-legal role, not followed by a complement ("the president of the company" is someone else),
 * after the topic was first named, whose gender (if the role shows one) fits. The topic holds the role.
 */
function topicFor(l: SentenceLayers, span: Span, at: number, facts: Facts, gender: Map<Entity, Gender>, layers: readonly SentenceLayers[]): Entity | undefined {
  const role = span.data as RoleData;
  const next = l.tokens[span.end]?.lower ?? "";
  if (!topicRole(role) || /^(?:of|for|at|from|with)$/.test(next) || (l.spansAt.get(span.end) ?? []).some((s) => s.type === "Role")) return undefined;
  // ("The nurse, identified in court as Jane Roe, told jurors": the description is named on the spot)
  if (namedInApposition(l, span.end)) return undefined;
  // ("produced the 2014 Oscar winner "Ravensworth"": a description right before a name, quoted or not, is that name's)
  // ("The jury has returned ... as the foreman is asked for the verdicts": a court report's foreman is the jury's)
  const i = l.sentence.index;
  if (/^fore(?:man|woman)$/.test(l.tokens[role.head]!.lower) && [l, layers[i - 1]].some((x) => x?.tokens.some((t) => /^(?:jury|jurors|verdict|verdicts)$/.test(t.lower)))) return undefined;
  const quoted = /^["“‘']$/.test(l.tokens[span.end]?.text ?? "");
  if ([span.end, ...(quoted ? [span.end + 1] : [])].some((k) => (l.spansAt.get(k) ?? []).some((s) => /^(?:Film|Person|Organization|Studio)$/.test(s.type)))) return undefined;
  // "the principal accused", "the Cook County court": a role word inside a longer noun phrase or a name is no description
  const after = l.tokens[span.end];
  if (after && (/^(?:NOUN|PROPN|ADJ|NUM)$/.test(after.pos) || /ed$/.test(after.lower) && after.pos === "VERB" && !finiteAfter(l.tokens[span.end + 1]))) return undefined;
  if (l.spans.some((s) => s.type !== "Role" && s.type !== "Person" && s.start < span.end && span.start < s.end && s.type !== "ChargeLike" && s.type !== "Charge")) return undefined;
  // (the person named most, even short of the topic's lead, when the description follows their name)
  const topic = topicOf(layers, 1.2);
  if (!topic || topic.first > l.sentence.index || facts.rolesOf(topic.entity).some((r) => roleInfo(r)?.legal)) return undefined;
  // ("The officer who led the raid told the court", "the doctor that performed the post-mortem": once the body has named
  // the topic, a restrictive relative clause picks out someone else, whom the article has not named; the lede's "The
  // truck driver who caused the crash" after a headline or deck that named him is still the topic)
  if (/^(?:who|whom|that)$/.test(next) && namedInBody(layers, topic.entity, l.sentence.index)) return undefined;
  // the topic is the last person named before the description: "Tomas Vrell ... the actor" is Vrell
  // (a judge or a lawyer named in between is no one a description of another role could mean)
  const court = (e: Entity) => facts.rolesOf(e).some((r) => roleInfo(r)?.legal);
  if (lastPersonBefore(layers, l.sentence.index, at, court, 5) !== topic.entity) return undefined;
  // ("Dwyer ... was fired by the public broadcaster", "recalled Hensby telling her that the cyclist ran into her": the
  // topic named before in the sentence is the subject or the speaker, the agent or the one spoken of another; not so
  // "X was convicted, adding to the record of the producer", "X was bailed, but the former minister stays in jail")
  const namedBefore = l.spans.some((s) => s.type === "Person" && (s.data as EntityData).entity === topic.entity && s.end <= at);
  if (/^(?:by|that)$/.test(l.tokens[at - 1]?.lower ?? "") && namedBefore) return undefined;
  // ("Parata had terrified the shop owner", "he punched the driver": the description is the object of what the topic did)
  if (objectOfTopic(l, at, namedBefore)) return undefined;
  // ("his lawyers told jurors that she had been the uphill skier": a claim gives no one a role)
  if (claimedBefore(l.tokens, at)) return undefined;
  // ("took cash from a contractor ... The indictment does not name the contractor": the one brought in before)
  if (introducedApart(layers, l.sentence.index, l.tokens[role.head]!.lower)) return undefined;
  const g = GENDER_WORDS.get(l.tokens[role.head]!.lower);
  if (g && gender.get(topic.entity) !== g) return undefined;
  // ("Businessman X ... The officer told the court": a topic the article has given a role is renamed by a description of
  // another only if it speaks of a public figure, "the entertainer", "the head of state"; else it is a witness unnamed)
  if (facts.rolesOf(topic.entity).length && !PUBLIC_FIGURES.has(role.label) && !PUBLIC_FIGURES.has(role.label.split(" ").pop()!)) return undefined;
  facts.relate("HOLDS_ROLE", topic.entity, facts.role(role.label, spanMention(l, { ...span, start: at + 1 })), l.sentence.index, 0.6, "role.topic-description");
  return topic.entity;
}


/** Whether a full sentence before `before` (one a full stop ends, not a headline or a deck) names the person. */
function namedInBody(layers: readonly SentenceLayers[], entity: Entity, before: number): boolean {
  return layers.slice(0, before).some((x) => /^[.!?"”’]$/.test(x.tokens[x.tokens.length - 1]?.text ?? "")
    && x.spans.some((s) => s.type === "Person" && (s.data as EntityData | undefined)?.entity === entity));
}

const rankings = new WeakMap<readonly SentenceLayers[], { ranked: [Entity, number][]; first: Map<Entity, number> }>();

/** The people an article names (or refers to by pronoun), most often first; counted once per article. */
function ranking(layers: readonly SentenceLayers[]): { ranked: [Entity, number][]; first: Map<Entity, number> } {
  const hit = rankings.get(layers);
  if (hit) return hit;
  const count = new Map<Entity, number>(), first = new Map<Entity, number>();
  const seen = new Set<string>();
  for (const l of layers) for (const s of l.spans) {
    const d = s.data as EntityData | undefined;
    if (s.type !== "Person" || !d?.entity || d.description) continue;
    const key = `${l.sentence.index}:${d.mention?.first ?? s.start}`; // a name with its title is one mention
    if (seen.has(key)) continue;
    seen.add(key);
    count.set(d.entity, (count.get(d.entity) ?? 0) + 1);
    if (!first.has(d.entity)) first.set(d.entity, l.sentence.index);
  }
  const out = { ranked: [...count].sort((a, b) => b[1] - a[1]), first };
  rankings.set(layers, out);
  return out;
}

/** Whether a comma at token `at` opens an aside that names someone before it closes: ", identified in court as Jane Roe,". */
function namedInApposition(l: SentenceLayers, at: number): boolean {
  if (l.tokens[at]?.text !== ",") return false;
  const close = l.tokens.findIndex((t, k) => k > at && t.text === ",");
  const end = close < 0 ? Math.min(l.tokens.length, at + 10) : Math.min(close, at + 10);
  return l.spans.some((s) => s.type === "Person" && !(s.data as EntityData).description && s.start > at && s.end <= end);
}

/** The person an article names (or refers to by pronoun) at least twice (or `ratio` times) as often as any other, and at least four times. */
export function topicOf(layers: readonly SentenceLayers[], ratio = 2): { entity: Entity; first: number } | undefined {
  const { ranked, first } = ranking(layers);
  const [top, second] = ranked;
  return top && top[1] >= 4 && top[1] >= ratio * (second?.[1] ?? 0) && top[1] > (second?.[1] ?? 0) ? { entity: top[0], first: first.get(top[0])! } : undefined;
}

/** The person of the last name or pronoun before token `at` of a sentence, in it or the sentences before (past those `skip` passes over), up to `reach` sentences back. */
export function lastPersonBefore(layers: readonly SentenceLayers[], sentence: number, at: number, skip?: (e: Entity) => boolean, reach = 3): Entity | undefined {
  for (let i = sentence; i >= 0 && i >= sentence - reach; i--) {
    const people = layers[i]!.spans.filter((s) => s.type === "Person" && (i < sentence || s.end <= at) && !(s.data as EntityData).description && !(skip && skip((s.data as EntityData).entity)));
    if (!people.length) continue;
    const last = people.reduce((a, b) => (b.start > a.start ? b : a));
    return (last.data as EntityData).entity;
  }
  return undefined;
}

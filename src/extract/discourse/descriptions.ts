// Descriptions: "the judge", "the former producer", "the 73-year-old" stand for the one person of
// the article who holds that role or is that age, once the roles stage has found who holds what.
// A description whose role no one holds yet ("Harris ... The Australian-born entertainer was
// found guilty") is the press's varied name for the article's topic: the one person it names far
// more often than any other, who then holds that role too.
// Ages come from the article too ("Oren Vale, 73,", "a 45-year-old electrician, Karl Benn") and
// are kept on the person (the contract's optional `age`).
import type { Entity } from "../../types.ts";
import type { Token } from "../../nlp/tokens.ts";
import type { Span } from "../engine/match.ts";
import type { Facts } from "../facts.ts";
import type { EntityData, SentenceLayers } from "../layers.ts";
import type { RoleData } from "../spans/roles.ts";
import { GENDER_WORDS, roleInfo, type Gender } from "../../lexicon/index.ts";
import { spanMention } from "../relate.ts";

const DESCRIPTION_MODIFIERS = /^(?:former|then|longtime|veteran|disgraced|embattled|late|retired|elderly|young|\d{1,3}-year-old)$/;
const YEAR_OLD = /^(\d{1,3})-year-old$/;

export function describePeople(l: SentenceLayers, facts: Facts, gender: Map<Entity, Gender>, layers: readonly SentenceLayers[]): Span[] {
  const ts = l.tokens;
  const out: Span[] = [];
  const taken = (a: number, b: number) => [...l.spans, ...out].some((s) => s.type === "Person" && s.start < b && a < s.end);
  const named = (end: number) => (l.spansAt.get(end) ?? []).some((s) => s.type === "Person");
  for (const span of l.spans) {
    if (span.type !== "Role") continue;
    const role = span.data as RoleData;
    if (role.unnamed) continue;
    // "the judge", "the former producer": a definite description, not a title before a name
    let a = span.start;
    while (a > 0 && DESCRIPTION_MODIFIERS.test(ts[a - 1]!.lower)) a--;
    if (ts[a - 1]?.lower !== "the" || named(span.end)) continue;
    // in apposition, the description is the role of the name before it, which the roles stage has read
    if (ts[a - 2]?.lower === ",") continue;
    if (taken(a - 1, span.end)) continue;
    const holders = facts.entities.filter((e) => e.type === "Person" && facts.rolesOf(e).includes(role.label));
    if (holders.length > 1) continue;
    const entity = holders[0] ?? topicFor(l, span, a - 1, facts, gender, layers);
    if (!entity) continue;
    out.push({ type: "Person", start: a - 1, end: span.end, data: { entity, description: true } satisfies EntityData });
  }
  // "the 73-year-old": the one person of that age
  const ages = agesOf(layers);
  for (let k = 1; k < ts.length; k++) {
    const m = YEAR_OLD.exec(ts[k]!.lower);
    if (!m || ts[k - 1]!.lower !== "the" || named(k + 1) || taken(k - 1, k + 1)) continue;
    const next = ts[k + 1];
    if (next && (next.pos === "NOUN" || next.pos === "PROPN") && !/^(?:man|woman|boy|girl)$/.test(next.lower)) continue; // "the 73-year-old producer" is a role description
    const people = [...ages].filter(([, age]) => age === Number(m[1])).map(([e]) => e);
    if (people.length !== 1) continue;
    const end = next && /^(?:man|woman|boy|girl)$/.test(next.lower) ? k + 2 : k + 1;
    out.push({ type: "Person", start: k - 1, end, data: { entity: people[0]!, description: true } satisfies EntityData });
  }
  return out;
}

const cache = new WeakMap<readonly SentenceLayers[], Map<Entity, number>>();

/** The age the article gives each named person, read once per article; the person keeps it. */
function agesOf(layers: readonly SentenceLayers[]): Map<Entity, number> {
  const hit = cache.get(layers);
  if (hit) return hit;
  const ages = new Map<Entity, number>();
  const clash = new Set<Entity>();
  const note = (e: Entity, age: number) => {
    if (ages.has(e) && ages.get(e) !== age) clash.add(e);
    ages.set(e, age);
  };
  for (const l of layers) {
    for (const s of l.spans) {
      if (s.type !== "Person" || (s.data as EntityData).pronoun || (s.data as EntityData).description) continue;
      const age = ageBeside(l.tokens, s);
      if (age !== undefined) note((s.data as EntityData).entity, age);
    }
  }
  for (const e of clash) ages.delete(e);
  for (const [e, age] of ages) if (e.attrs.age === undefined) e.attrs.age = age;
  cache.set(layers, ages);
  return ages;
}

/** "Oren Vale, 73,", "Oren Vale, a 73-year-old producer,", "73-year-old producer Oren Vale". */
function ageBeside(ts: readonly Token[], s: Span): number | undefined {
  const w = (i: number) => ts[i]?.lower ?? "";
  if (w(s.end) === "," && /^\d{1,3}$/.test(w(s.end + 1)) && /^[,)]$/.test(w(s.end + 2))) return Number(w(s.end + 1));
  if (w(s.end) === "," && /^(?:a|an|now|then)$/.test(w(s.end + 1))) {
    const m = YEAR_OLD.exec(w(s.end + 2));
    if (m) return Number(m[1]);
  }
  for (let k = s.start - 1; k >= Math.max(0, s.start - 4); k--) {
    const m = YEAR_OLD.exec(w(k));
    if (m) return Number(m[1]);
    if (!/^\p{Ll}/u.test(ts[k]!.text) || ts[k]!.pos === "VERB" || ts[k]!.pos === "ADP") break;
  }
  return undefined;
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
  if (!topicRole(role) || /^(?:of|for|at|from|with|'s|')$/.test(next) || (l.spansAt.get(span.end) ?? []).some((s) => s.type === "Role")) return undefined;
  // "the principal accused", "the Cook County court": a role word inside a longer noun phrase or a name is no description
  const after = l.tokens[span.end];
  if (after && (/^(?:NOUN|PROPN|ADJ|NUM)$/.test(after.pos) || /ed$/.test(after.lower) && after.pos === "VERB" && l.tokens[span.end + 1]?.pos !== "ADP")) return undefined;
  if (l.spans.some((s) => s.type !== "Role" && s.type !== "Person" && s.start < span.end && span.start < s.end && s.type !== "ChargeLike" && s.type !== "Charge")) return undefined;
  const topic = topicOf(layers);
  if (!topic || topic.first > l.sentence.index || facts.rolesOf(topic.entity).some((r) => roleInfo(r)?.legal)) return undefined;
  // the topic is the last person named before the description: "William Hurt ... the actor" is Hurt
  if (lastPersonBefore(layers, l.sentence.index, at) !== topic.entity) return undefined;
  const g = GENDER_WORDS.get(l.tokens[role.head]!.lower);
  if (g && gender.get(topic.entity) !== g) return undefined;
  facts.relate("HOLDS_ROLE", topic.entity, facts.role(role.label, spanMention(l, { ...span, start: at + 1 })), l.sentence.index, 0.6, "role.topic-description");
  return topic.entity;
}


const topics = new WeakMap<readonly SentenceLayers[], { entity: Entity; first: number } | null>();

/** The person an article names (or refers to by pronoun) at least twice as often as any other, and at least four times. */
function topicOf(layers: readonly SentenceLayers[]): { entity: Entity; first: number } | undefined {
  const hit = topics.get(layers);
  if (hit !== undefined) return hit ?? undefined;
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
  const ranked = [...count].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  const topic = top && top[1] >= 4 && top[1] >= 2 * (second?.[1] ?? 0) ? { entity: top[0], first: first.get(top[0])! } : null;
  topics.set(layers, topic);
  return topic ?? undefined;
}

/** The person of the last name or pronoun before token `at` of a sentence, in it or the sentences before. */
function lastPersonBefore(layers: readonly SentenceLayers[], sentence: number, at: number): Entity | undefined {
  for (let i = sentence; i >= 0 && i >= sentence - 3; i--) {
    const people = layers[i]!.spans.filter((s) => s.type === "Person" && (i < sentence || s.end <= at) && !(s.data as EntityData).description);
    if (!people.length) continue;
    const last = people.reduce((a, b) => (b.start > a.start ? b : a));
    return (last.data as EntityData).entity;
  }
  return undefined;
}

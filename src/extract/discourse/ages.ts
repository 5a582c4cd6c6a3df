// Ages: "Dana Whitlow, 52," and "the 52-year-old Dana Whitlow" give a person's age (the contract's
// `age`); "the 52-year-old" then stands for the person of that age, the way news stories name
// someone the second time.
import type { Entity } from "../../types.ts";
import type { Span } from "../engine/match.ts";
import { personOverlapping, type EntityData, type SentenceLayers } from "../layers.ts";
import type { Facts } from "../facts.ts";
import { roleInfo } from "../../lexicon/index.ts";
import { topicOf } from "./descriptions.ts";

const AGE_WORD = /^(\d{1,3})-year-old$/;

/** Reads ages from appositions and attributive ages beside names; returns who has which age. */
export function readAges(layers: readonly SentenceLayers[]): Map<number, Set<Entity>> {
  const byAge = new Map<number, Set<Entity>>();
  const note = (e: Entity, age: number) => {
    if (age < 1 || age > 120) return;
    e.attrs.age ??= age;
    const set = byAge.get(age) ?? new Set<Entity>();
    set.add(e);
    byAge.set(age, set);
  };
  for (const l of layers) {
    const ts = l.tokens;
    for (const s of l.spans) {
      const data = s.data as EntityData | undefined;
      if (s.type !== "Person" || !data?.entity || data.pronoun || data.description) continue;
      // "Dana Whitlow, 52," / "Dana Whitlow, 52."
      if (ts[s.end]?.text === "," && /^\d{1,3}$/.test(ts[s.end + 1]?.text ?? "") && /^[,.;)]$/.test(ts[s.end + 2]?.text ?? "")) note(data.entity, Number(ts[s.end + 1]!.text));
      // "the 52-year-old Dana Whitlow", "Dana Whitlow (52)"
      const before = AGE_WORD.exec(ts[s.start - 1]?.lower ?? "");
      if (before) note(data.entity, Number(before[1]));
      if (ts[s.end]?.text === "(" && /^\d{1,3}$/.test(ts[s.end + 1]?.text ?? "") && ts[s.end + 2]?.text === ")") note(data.entity, Number(ts[s.end + 1]!.text));
    }
  }
  return byAge;
}

/** "The 52-year-old" (not followed by a name or a noun: "the 52-year-old man" is someone else to name) for the one person of that age. */
export function ageDescriptions(l: SentenceLayers, byAge: ReadonlyMap<number, ReadonlySet<Entity>>, layers: readonly SentenceLayers[], facts: Facts): Span[] {
  const out: Span[] = [];
  const ts = l.tokens;
  for (let i = 1; i < ts.length; i++) {
    const m = AGE_WORD.exec(ts[i]!.lower);
    if (!m || ts[i - 1]!.lower !== "the") continue;
    const next = ts[i + 1];
    if (next && (next.cap || next.pos === "NOUN" || next.pos === "PROPN")) continue;
    const people = byAge.get(Number(m[1]));
    const entity = people?.size === 1 ? [...people][0]! : !people?.size && i === 1 ? topicByAge(l, Number(m[1]), layers, facts) ?? lonePersonBefore(l, Number(m[1]), layers, facts) : undefined;
    if (!entity) continue;
    if (personOverlapping(l, i - 1, i + 1)) continue;
    out.push({ type: "Person", start: i - 1, end: i + 1, data: { entity, description: true } satisfies EntityData });
  }
  return out;
}

/**
 * "The 46-year-old, who played ..., is charged with ...": a sentence that opens on an age no one
 * was given is about the article's topic, when the topic has no other age and everyone named in
 * the sentence before is the topic or someone of the court (a judge, a lawyer, a prosecutor).
 */
function topicByAge(l: SentenceLayers, age: number, layers: readonly SentenceLayers[], facts: Facts): Entity | undefined {
  // (the person named most, even short of the topic's lead, as for a role's description)
  const topic = topicOf(layers, 1.2);
  if (!topic || topic.first >= l.sentence.index || (topic.entity.attrs.age !== undefined && topic.entity.attrs.age !== age)) return undefined;
  if (facts.rolesOf(topic.entity).some((r) => roleInfo(r)?.legal)) return undefined;
  return [...peopleBefore(l, layers, facts)].every((e) => e === topic.entity) ? topic.entity : undefined;
}

/**
 * "The former energy minister, X, was jailed for nine years. The 61-year-old had been found guilty of ...": a
 * sentence that opens on an age no one was given, right after a sentence that names one person (besides people
 * of the court), is about that person, if no other age was given them.
 */
function lonePersonBefore(l: SentenceLayers, age: number, layers: readonly SentenceLayers[], facts: Facts): Entity | undefined {
  const named = peopleBefore(l, layers, facts);
  const [one] = named;
  return named.size === 1 && (one!.attrs.age === undefined || one!.attrs.age === age) ? one : undefined;
}

/** The people the sentence before names or points to, besides people of the court (a judge, a lawyer, a prosecutor). */
function peopleBefore(l: SentenceLayers, layers: readonly SentenceLayers[], facts: Facts): Set<Entity> {
  const out = new Set<Entity>();
  for (const s of layers[l.sentence.index - 1]?.spans ?? []) {
    const e = s.type === "Person" ? (s.data as EntityData | undefined)?.entity : undefined;
    if (e && !facts.rolesOf(e).some((r) => roleInfo(r)?.legal)) out.add(e);
  }
  return out;
}

// Descriptions: "the judge", "the former producer", "the 73-year-old" stand for the one person of
// the article who holds that role or is that age, once the roles stage has found who holds what.
// Ages come from the article too ("Oren Vale, 73,", "a 45-year-old electrician, Karl Benn") and
// are kept on the person (the contract's optional `age`).
import type { Entity } from "../../types.ts";
import type { Token } from "../../nlp/tokens.ts";
import type { Span } from "../engine/match.ts";
import type { Facts } from "../facts.ts";
import type { EntityData, SentenceLayers } from "../layers.ts";
import type { RoleData } from "../spans/roles.ts";
import type { Gender } from "../../lexicon/index.ts";

const DESCRIPTION_MODIFIERS = /^(?:former|then|longtime|veteran|disgraced|embattled|late|retired|elderly|young|\d{1,3}-year-old)$/;
const YEAR_OLD = /^(\d{1,3})-year-old$/;

export function describePeople(l: SentenceLayers, facts: Facts, _gender: Map<Entity, Gender>, layers: readonly SentenceLayers[]): Span[] {
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
    if (holders.length !== 1) continue;
    out.push({ type: "Person", start: a - 1, end: span.end, data: { entity: holders[0]!, description: true } satisfies EntityData });
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

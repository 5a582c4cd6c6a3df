// Other names of one thing inside an article: a person's stage name, nickname or real name
// (ALIAS frames of rules/aliases.yaml, a nickname quoted inside a name), and an organisation's
// acronym. The alias joins its entity, and so does every other use of it in the article.
import type { Entity, NameMention } from "../types.ts";
import type { Gender } from "../lexicon/index.ts";
import { normalizeName } from "./names.ts";
// (regexes with \p{...}, which tsx's esbuild writes as `new RegExp(...)` made at every use, are made once here)
const IZAFAT_LINK = /-[ei]-(?=\p{Lu})/gu, DOTTED = /^(?:\p{Lu}\.)+$/u, ACRONYM = /^(?:\p{Lu}{2,7}|(?:\p{Lu}\.){2,6})$/u;

export interface Grouping {
  entities: Entity[];
  entityOf: Map<NameMention, Entity>;
  gender: Map<Entity, Gender>;
  titles: Map<Entity, NameMention[]>;
}

/** Moves every mention and name of `from` to `to`; `to` keeps its label. */
export function mergeEntity(g: Grouping, from: Entity, to: Entity): void {
  if (from === to) return;
  for (const [m, e] of g.entityOf) if (e === from) g.entityOf.set(m, to);
  to.mentions.push(...from.mentions);
  for (const a of [from.label, ...from.aliases]) if (a !== to.label && !to.aliases.includes(a)) to.aliases.push(a);
  const gf = g.gender.get(from);
  if (gf && !g.gender.has(to)) g.gender.set(to, gf);
  const tf = g.titles.get(from);
  if (tf) g.titles.set(to, [...(g.titles.get(to) ?? []), ...tf]);
  from.mentions = [];
}

/** Joins the other names of a person to that person, and every later use of those names. */
export function joinAliases(g: Grouping, mentions: readonly NameMention[], attach: (m: NameMention, e: Entity) => void): void {
  const known = new Map<string, Entity>();
  const personOf = (m: NameMention) => { const e = g.entityOf.get(m); return e?.type === "Person" ? e : undefined; };
  for (const m of mentions) {
    const target = m.aliasOf && personOf(m.aliasOf);
    if (target && m.aliasOf) {
      const own = g.entityOf.get(m);
      if (own && own !== target) mergeEntity(g, own, target);
      else if (!own) addName(g, m, target);
      known.set(normalizeName(m.name), target);
    }
    const holder = m.nickname ? personOf(m) : undefined;
    if (holder && m.nickname) {
      if (!holder.aliases.includes(m.nickname)) holder.aliases.push(m.nickname);
      known.set(normalizeName(m.nickname), holder);
    }
  }
  if (!known.size) return;
  // every other use of an alias: a name left alone, or the entity a lone use of it made
  for (const e of g.entities) {
    const target = known.get(normalizeName(e.label));
    if (target && e !== target && e.mentions.length && (e.type === "Person" || e.type === "Organization" || e.type === "Place")) mergeEntity(g, e, target);
  }
  for (const m of mentions) {
    if (g.entityOf.has(m)) continue;
    const target = known.get(normalizeName(m.name));
    if (target) attach(m, target);
  }
}

/** A mention joins an entity as one of its names, without taking over its label. */
function addName(g: Grouping, m: NameMention, e: Entity): void {
  g.entityOf.set(m, e);
  e.mentions.push({ start: m.start, end: m.end, sentence: m.sentence, surface: m.surface });
  if (m.name !== e.label && !e.aliases.includes(m.name)) e.aliases.push(m.name);
}

const SMALL = new Set(["of", "for", "the", "and", "&", "de", "du", "des", "la", "le", "on", "in", "at"]);

/**
 * The letters an acronym of a name would spell: "Crown Prosecution Service" -> "CPS", "U.S. Attorney's Office" -> "USAO",
 * and a name in izafat by its words: "Tehreek-e-Adl Kelton" -> "TAK".
 */
export function initials(name: string): string {
  return name.replace(IZAFAT_LINK, " ").split(/\s+/).filter((w) => w && !SMALL.has(w.toLowerCase()))
    .map((w) => (DOTTED.test(w) ? w.replace(/\./g, "") : w.replace(/['’]s$/, "")[0]!))
    .join("").toUpperCase();
}

/** Whether a word is written as an acronym: "CPS", "N.A.B.". */
export const isAcronym = (name: string) => ACRONYM.test(name);

// Courts named by description ("a Spanish court", "Ohio's highest court") are the one named court
// of their kind in the article.
import type { Entity, NameMention } from "../types.ts";
import { NON_NAME, isPlace } from "../lexicon/index.ts";

const APPELLATE = /\b(?:supreme court|court of appeals?|appeals court|appellate|court of cassation|high court|highest court|circuit court of appeals)\b/i;

/**
 * A described court joins the top court for "highest court", an appeals court for an appeals
 * court, else the only trial court; several candidates: the one named within the next three
 * sentences; none or still several: it stays apart.
 */
export function mergeDescribedCourts(entities: Entity[], entityOf: Map<NameMention, Entity>): void {
  const courts = entities.filter((e) => e.type === "Court" && e.mentions.length);
  const described = courts.filter((c) => /\bhighest court$/.test(c.label) ||
    (/\bcourt$/.test(c.label) && (isPlace(c.label.replace(/(?:['’]s)?\s.*$/, "")) || NON_NAME.has(c.label.split(" ")[0]!) || /^\p{Ll}/u.test(c.label))) ||
    /^\p{Ll}[^]*\bcourt in \p{Lu}/u.test(c.label));
  // a court described with its place ("Paris criminal court", "federal court in Brooklyn") is the
  // name a vaguer description ("a French court", "federal court") can join
  const placed = (c: Entity) => /\bcourt in \p{Lu}/u.test(c.label) || isPlace(c.label.replace(/(?:['’]s)?\s.*$/, ""));
  const vague = described.filter((d) => !placed(d));
  for (const d of described.filter(placed)) merge(d, courts.filter((c) => !described.includes(c)), entityOf);
  const named = courts.filter((c) => c.mentions.length && !vague.includes(c));
  for (const d of vague) merge(d, named, entityOf);
}

function merge(d: Entity, named: Entity[], entityOf: Map<NameMention, Entity>): void {
  const top = /highest|appeals|appellate|supreme/i.test(d.label);
  const highest = /highest/i.test(d.label);
  const place = /^(\p{Lu}[\p{L}]+)|\bin (\p{Lu}[\p{L}]+)/u.exec(d.label);
  const where = place?.[1] ?? place?.[2];
  let pool = named.filter((c) => (highest ? /\b(?:Supreme Court|Court of Cassation|Constitutional Court|Court of Appeals)\b/.test(c.label) : APPELLATE.test(c.label) === top));
  if (where && pool.some((c) => c.label.includes(where))) pool = pool.filter((c) => c.label.includes(where));
  const at = d.mentions[0]!.sentence;
  if (pool.length > 1 && top && !highest) pool = pool.filter((c) => c.mentions[0]!.sentence > at && c.mentions[0]!.sentence <= at + 3).sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start).slice(0, 1);
  if (pool.length !== 1) return;
  const target = pool[0]!;
  for (const [m, e] of entityOf) if (e === d) entityOf.set(m, target);
  target.mentions.push(...d.mentions);
  for (const a of [d.label, ...d.aliases]) if (a !== target.label && !target.aliases.includes(a)) target.aliases.push(a);
  d.mentions = [];
}

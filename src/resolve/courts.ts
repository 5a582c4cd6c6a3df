// Courts named by description ("a Spanish court", "Ohio's highest court", "federal court in
// Brooklyn") or by their buildings ("the Harlan Pike Criminal Justice Center") are the one named
// court of their kind in the article.
import type { Entity, NameMention } from "../types.ts";
import { COURT_BUILDINGS, NON_NAME, isPlace } from "../lexicon/index.ts";
// (regexes with \p{...}, which tsx's esbuild writes as `new RegExp(...)` made at every use, are made once here)
const LOWER_START = /^\p{Ll}/u;
const LOWER_COURT_IN_PLACE = /^\p{Ll}[^]*\bcourt in \p{Lu}/u;
const COURT_IN_PLACE = /\bcourt in \p{Lu}/u;
const IN_PLACE = /\bin \p{Lu}/u;
const SUPREME_COURT = /^Supreme Court(?: of \p{Lu}\p{L}+)?$/u, KIND_IN_PLACE = /^(.*?)\s+in\s+(\p{Lu}[\p{L}. ]*)$/u;
const PLACE_KIND = /^(\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*)*)(?:['’]s)?\s+(\p{Ll}.*)$/u, PLACE_WORD = /^(\p{Lu}[\p{L}]+)|\bin (\p{Lu}[\p{L}]+)/u;
const LOWER_WORDS = /(?<![\p{L}'’])\p{Ll}[\p{Ll}-]+/gu;

type Level = "top" | "appeal" | "trial";
/** What a court is in the ladder of appeals, as its name says. */
const level = (label: string): Level =>
  /\b(?:supreme|cassation|constitutional|highest|top court)\b/i.test(label) ? "top"
  : /\b(?:appeals?|appellate|high court|court of appeal)\b/i.test(label) ? "appeal" : "trial";
/** Words of a described court that any court of its level may bear. */
const GENERIC_KINDS = new Set(["court", "courts", "courthouse", "courtroom", "in", "of", "the", "a", "an", "and", "federal", "state", "criminal", "civil", "local", "trial", "lower", "highest", "top", "appeals", "appeal", "appellate", "high", "supreme", "country", "nation"]);
const FEDERAL = /\bfederal\b/i, FEDERAL_NAMED = /\b(?:federal|U\.?S\.?|United States|District Court|Circuit|District of)\b/i;
// ("the state's highest court" beside "the Felsham Supreme Judicial Court", as Massachusetts and Maine call theirs)
const HIGHEST = /\b(?:Supreme Court|Supreme Judicial Court|Court of Cassation|Constitutional Court|Court of Appeals)\b/;
/** The word of a described appeal-level court that says which kind it is ("appellate court", "the high court"), and the names of each kind. */
const APPEAL_WORD = /\b(appeal|appeals|appellate|high)\b/i, APPEAL_NAME = /\b(?:appeal|appeals|appellate)\b/i, HIGH_COURT_NAME = /\bhigh court\b/i;
const isBuilding = (label: string) => COURT_BUILDINGS.some((c) => label.endsWith(` ${c.join(" ")}`));

/**
 * A described court joins the named court of its level ("highest court": the top court, "appeals
 * court": an appeals court, else a trial court); among several, the one in its place, else the one
 * named within the next three sentences; none or still several: it stays apart. A court described
 * with its place ("Paris criminal court") is itself what vaguer descriptions ("a French court") join.
 */
export function mergeDescribedCourts(entities: Entity[], entityOf: Map<NameMention, Entity>, onlyAskedOf: (e: Entity) => boolean = () => false): void {
  const all = entities.filter((e) => e.type === "Court" && e.mentions.length);
  // "the Supreme Court of Italy" beside "the Court of Cassation": the cassation court is that
  // country's supreme court (first, so that "Italy's highest court" finds one top court)
  const cassation = all.filter((c) => /\bCourt of Cassation\b|\bCassation Court\b/.test(c.label));
  for (const c of all) if (cassation.length === 1 && c.mentions.length && SUPREME_COURT.test(c.label)) merge(c, cassation, entityOf, true);
  const courts = all.filter((c) => c.mentions.length);
  const described = courts.filter((c) => /\bhighest court$/.test(c.label) || isBuilding(c.label) ||
    (/\bcourt$/.test(c.label) && (isPlace(c.label.replace(/(?:['’]s)?\s.*$/, "")) || NON_NAME.has(c.label.split(" ")[0]!) || LOWER_START.test(c.label))) ||
    LOWER_COURT_IN_PLACE.test(c.label));
  const placed = (c: Entity) => !isBuilding(c.label) && (COURT_IN_PLACE.test(c.label) || isPlace(c.label.replace(/(?:['’]s)?\s.*$/, "")));
  const vague = described.filter((d) => !placed(d) && !(/\bhighest court$/.test(d.label) && onlyAskedOf(d)));
  // "Mumbai sessions court" and "sessions court in Mumbai": one court, its place before or after
  const placeKind = (c: Entity) => {
    const m = KIND_IN_PLACE.exec(c.label) ?? PLACE_KIND.exec(c.label);
    if (!m) return undefined;
    return /\bin\s/.test(c.label) ? `${m[2]}|${m[1]!.toLowerCase()}` : `${m[1]}|${m[2]!.toLowerCase()}`;
  };
  const byPlaceKind = new Map<string, Entity>();
  for (const d of described.filter(placed)) {
    const k = placeKind(d);
    const first = k ? byPlaceKind.get(k) : undefined;
    if (k && !first) byPlaceKind.set(k, d);
    else if (first) merge(d, [first], entityOf, true);
  }
  for (const d of described.filter((c) => placed(c) && c.mentions.length)) merge(d, courts.filter((c) => !described.includes(c)), entityOf);
  const named = courts.filter((c) => c.mentions.length && !vague.includes(c));
  for (const d of vague) merge(d, named, entityOf);
}

function merge(d: Entity, named: Entity[], entityOf: Map<NameMention, Entity>, same = false): void {
  const highest = /highest/i.test(d.label);
  const place = PLACE_WORD.exec(d.label);
  const where = place?.[1] ?? place?.[2];
  const lvl = isBuilding(d.label) ? "trial" : level(d.label);
  let pool = same ? named : named.filter((c) => (highest ? HIGHEST.test(c.label) : level(c.label) === lvl));
  // "the Islamabad district and sessions court" is no "Special Court": the words that say its kind are in the name it joins
  const kinds = (d.label.match(LOWER_WORDS) ?? []).filter((w) => !GENERIC_KINDS.has(w));
  if (!same) pool = pool.filter((c) => kinds.every((k) => c.label.toLowerCase().includes(k)));
  // "Manhattan federal court" beside "Harwick Crown Court": a federal court joins only a court of a federal system
  if (!same && FEDERAL.test(d.label)) pool = pool.filter((c) => FEDERAL_NAMED.test(c.label));
  if (where && pool.some((c) => c.label.includes(where))) pool = pool.filter((c) => c.label.includes(where));
  // a court in one place is not the court of its kind in another ("federal court in Washington")
  else if (where && IN_PLACE.test(d.label)) pool = pool.filter((c) => !IN_PLACE.test(c.label));
  // ("the appellate court" beside "the Court of Appeal" and "the Federal High Court in X": the court its own word names)
  const own = APPEAL_WORD.exec(d.label)?.[1];
  const byWord = own ? pool.filter((c) => (/^high$/i.test(own) ? HIGH_COURT_NAME : APPEAL_NAME).test(c.label)) : [];
  if (pool.length > 1 && byWord.length === 1) pool = byWord;
  const at = d.mentions[0]!.sentence;
  if (pool.length > 1 && lvl !== "trial" && !highest) pool = pool.filter((c) => c.mentions[0]!.sentence > at && c.mentions[0]!.sentence <= at + 3).sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start).slice(0, 1);
  if (pool.length !== 1) return;
  const target = pool[0]!;
  for (const [m, e] of entityOf) if (e === d) entityOf.set(m, target);
  target.mentions.push(...d.mentions);
  for (const a of [d.label, ...d.aliases]) if (a !== target.label && !target.aliases.includes(a)) target.aliases.push(a);
  d.mentions = [];
}

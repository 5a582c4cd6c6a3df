// Nationals: "the jury convicted the German of fraud", "the court acquitted the Briton". After
// naming someone with their nationality ("Dutch businessman Joost Vermeulen", "Ama Boateng, a
// Ghanaian citizen,"), the press calls them by it. The noun stands for the one person the article
// gave that nationality; when it gave it no one, for the article's topic, if the topic is the last
// person named before it and was given no other nationality. Precision first: never where two
// people share the nationality, and never "the German court" (a noun after it is someone else's).
import type { Entity } from "../../types.ts";
import type { Span } from "../engine/match.ts";
import type { Facts } from "../facts.ts";
import type { EntityData, SentenceLayers } from "../layers.ts";
import type { Token } from "../../nlp/tokens.ts";
import { roleInfo } from "../../lexicon/index.ts";
import { lastPersonBefore, topicOf } from "./descriptions.ts";
import data from "../../lexicon/nationals.json" with { type: "json" };

const NOUNS = new Map(Object.entries(data.nouns));
const ADJECTIVES = new Set([...NOUNS.values()].flat());
const COUNTRIES = new Map(Object.entries(data.countries));
/** What may stand between "the" and the noun: "the 45-year-old German", "the former Briton". */
const MODIFIER = /^(?:\d{1,3}-year-old|former|young|disgraced|jailed|convicted|accused)$/;

/** The nationality word (adjective or noun) of one or two tokens at k, as the adjectives it shows. */
function nationalityAt(ts: readonly Token[], k: number): string[] | undefined {
  const t = ts[k];
  if (!t?.cap) return undefined;
  const two = ts[k + 1]?.cap ? `${t.lower} ${ts[k + 1]!.lower}` : "";
  if (two && (NOUNS.has(two) || ADJECTIVES.has(two))) return NOUNS.get(two) ?? [two];
  // ("German-born Lukas Garnock")
  const born = /^([a-z]+)-born$/.exec(t.lower);
  if (born) return ADJECTIVES.has(born[1]!) ? [born[1]!] : undefined;
  // ("Britons Callum Birt and Lee Dray": the plural of the noun)
  return NOUNS.get(t.lower) ?? NOUNS.get(t.lower.replace(/s$/, "")) ?? (ADJECTIVES.has(t.lower) ? [t.lower] : undefined);
}

/** The nationality of a country named at k and ending its phrase ("from Ghana,", "of the Netherlands."). */
function countryAt(ts: readonly Token[], k: number): string | undefined {
  if (ts[k]?.lower === "the") k++;
  for (const len of [2, 1]) {
    const words = ts.slice(k, k + len);
    if (words.length < len || !words.every((t) => t.cap)) continue;
    const adj = COUNTRIES.get(words.map((t) => t.lower).join(" "));
    const after = ts[k + len];
    if (adj && (!after || after.pos === "PUNCT" || !after.cap && after.pos !== "NOUN")) return adj;
  }
  return undefined;
}

/** The named people listed after a person span ("Lukas Garnock and Felix Ober", "A, B and C"). */
function listedAfter(spans: readonly Span[], ts: readonly Token[], end: number): Entity[] {
  const out: Entity[] = [];
  for (let j = end; /^(?:,|and)$/.test(ts[j]?.lower ?? "");) {
    const k = ts[j]!.text === "," && ts[j + 1]?.lower === "and" ? j + 2 : j + 1;
    const next = spans.find((x) => x.type === "Person" && x.start === k && !(x.data as EntityData).pronoun);
    if (!next) break;
    out.push((next.data as EntityData).entity);
    j = next.end;
  }
  return out;
}

/** The nationalities each person named in the article was given beside their name. */
export function readNationalities(layers: readonly SentenceLayers[]): Map<Entity, Set<string>> {
  const out = new Map<Entity, Set<string>>();
  const note = (e: Entity, adjs: readonly string[]) => {
    const set = out.get(e) ?? new Set<string>();
    adjs.forEach((a) => set.add(a));
    out.set(e, set);
  };
  for (const l of layers) {
    const ts = l.tokens;
    for (const s of l.spans) {
      const d = s.data as EntityData | undefined;
      if (s.type !== "Person" || !d?.entity || d.pronoun || d.description) continue;
      // "Dutch businessman Joost Vermeulen", "Briton Sam Rudge", "German national Jonas Weber"
      for (let k = s.start - 1; k >= Math.max(0, s.start - 4); k--) {
        const adjs = nationalityAt(ts, k);
        if (!adjs && /^(?:PUNCT|DET|VERB|AUX|ADP)$/.test(ts[k]!.pos)) break;
        if (!adjs) continue;
        note(d.entity, adjs);
        // ("German nationals Lukas Garnock and Felix Ober", "Britons A and B": a plural gives the list after it the nationality)
        const plural = (!NOUNS.has(ts[k]!.lower) && !ADJECTIVES.has(ts[k]!.lower)) || ts.slice(k + 1, s.start).some((t) => /s$/.test(t.lower) && t.pos === "NOUN");
        if (plural) listedAfter(l.spans, ts, s.end).forEach((e) => note(e, adjs));
        break;
      }
      // "Ama Boateng, a Ghanaian citizen,", "Sam Rudge, 34, a Briton,"
      let k = s.end;
      if (ts[k]?.text === "," && /^\d{1,3}$/.test(ts[k + 1]?.text ?? "") && ts[k + 2]?.text === ",") k += 2;
      // "Jonas Weber of Germany", "Ama Boateng, 29, from Ghana,"
      const from = ts[k]?.text === "," ? k + 1 : k;
      const country = /^(?:of|from)$/.test(ts[from]?.lower ?? "") ? countryAt(ts, from + 1) : undefined;
      if (country) { note(d.entity, [country]); continue; }
      if (ts[k]?.text !== "," || !/^(?:a|an)$/.test(ts[k + 1]?.lower ?? "")) continue;
      for (let j = k + 2; j < Math.min(ts.length, k + 6) && ts[j]!.pos !== "PUNCT"; j++) {
        const adjs = nationalityAt(ts, j);
        if (adjs) { note(d.entity, adjs); break; }
      }
    }
  }
  return out;
}

/** "the German", "the 45-year-old Briton": the person of that nationality, where the noun ends its noun phrase. */
export function nationalDescriptions(l: SentenceLayers, layers: readonly SentenceLayers[], nationality: ReadonlyMap<Entity, ReadonlySet<string>>, facts: Facts): Span[] {
  const ts = l.tokens;
  const out: Span[] = [];
  for (let i = 0; i < ts.length; i++) {
    if (ts[i]!.lower !== "the") continue;
    let k = i + 1;
    if (MODIFIER.test(ts[k]?.lower ?? "")) k++;
    const t = ts[k];
    if (!t?.cap) continue;
    const two = ts[k + 1]?.cap ? `${t.lower} ${ts[k + 1]!.lower}` : "";
    const len = two && NOUNS.has(two) ? 2 : NOUNS.has(t.lower) ? 1 : 0;
    if (!len) continue;
    const end = k + len;
    const next = ts[end];
    // ("the German court", "the Briton's lawyer", "the Swiss were": someone else, or a people)
    if (next && (next.cap || next.pos === "NOUN" || next.pos === "PROPN" || next.pos === "NUM" || /^(?:'s|'|were|are|have)$/.test(next.lower))) continue;
    if (entityOver(l, i, end)) continue;
    const adjs = NOUNS.get(len === 2 ? two : t.lower)!;
    const entity = nationalOf(adjs, nationality) ?? topicNational(l, i, layers, nationality, facts);
    if (entity) out.push({ type: "Person", start: i, end, data: { entity, description: true } satisfies EntityData });
    i = end - 1;
  }
  return out;
}

/** Whether a mention of an entity overlaps tokens [from, to) (no closure in the loop over tokens: layers.ts spanStarting). */
function entityOver(l: SentenceLayers, from: number, to: number): boolean {
  for (const s of l.spans) if ((s.data as EntityData | undefined)?.entity && s.start < to && from < s.end) return true;
  return false;
}

/** The one person given one of these nationalities, if exactly one was. */
function nationalOf(adjs: readonly string[], nationality: ReadonlyMap<Entity, ReadonlySet<string>>): Entity | undefined {
  const people = [...nationality].filter(([, set]) => adjs.some((a) => set.has(a))).map(([e]) => e);
  return people.length === 1 ? people[0] : undefined;
}

/** The article's topic, when no one was given the nationality, the topic none, and the topic is the last person named before. */
function topicNational(l: SentenceLayers, at: number, layers: readonly SentenceLayers[], nationality: ReadonlyMap<Entity, ReadonlySet<string>>, facts: Facts): Entity | undefined {
  const topic = topicOf(layers, 1.2);
  if (!topic || topic.first >= l.sentence.index || nationality.has(topic.entity)) return undefined;
  const court = (e: Entity) => facts.rolesOf(e).some((r) => roleInfo(r)?.legal);
  // (a relative beside the topic is company, not someone else the noun could mean: "X arrived with his partner, Y.
  // A jury convicted the German ...")
  const kin = (e: Entity) => facts.has("RELATED_TO", e, topic.entity) || facts.has("RELATED_TO", topic.entity, e);
  if (court(topic.entity) || lastPersonBefore(layers, l.sentence.index, at, (e) => court(e) || kin(e), 5) !== topic.entity) return undefined;
  return topic.entity;
}

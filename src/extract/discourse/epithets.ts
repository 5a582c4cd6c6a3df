// Epithets: "the mother-of-two", "the grandfather-of-four" stand, in British and Australian court
// reporting, for the article's topic once it has been named ("Kara Mendel, 45, ... The mother-of-two
// was convicted of theft"), the way "the 45-year-old" does (ages.ts). Precision first: only a
// sentence's subject, only the topic, only when the epithet's gender fits and the topic is the last
// person named before it of a gender it could mean (a judge or a lawyer named between is no one it
// could mean).
import type { Entity } from "../../types.ts";
import type { Span } from "../engine/match.ts";
import type { Facts } from "../facts.ts";
import type { EntityData, SentenceLayers } from "../layers.ts";
import { roleInfo, type Gender } from "../../lexicon/index.ts";
import { lastPersonBefore, topicOf } from "./descriptions.ts";
import data from "../../lexicon/epithets.json" with { type: "json" };

const HEADS = new Map(Object.entries(data.heads) as [string, Gender][]);
const EPITHET = /^([a-z-]+?)-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})$/;

/** The gender an epithet token shows, if the token is one. */
function epithetGender(word: string): Gender | undefined {
  const m = EPITHET.exec(word);
  return m ? HEADS.get(m[1]!) : undefined;
}

/**
 * "The mother-of-two was convicted ...", "the jury convicted the father-of-three": the epithet at the start of a
 * sentence (or after "But") or as a verb's object, for the article's topic.
 */
export function epithetDescriptions(l: SentenceLayers, layers: readonly SentenceLayers[], facts: Facts, gender: ReadonlyMap<Entity, Gender>): Span[] {
  const ts = l.tokens;
  const opening = ts[0]?.lower === "the" ? 0 : /^(?:but|and|however|yet)$/.test(ts[0]?.lower ?? "") && ts[1]?.lower === "the" ? 1 : -1;
  const object = ts.findIndex((t, k) => k > 0 && t.lower === "the" && ts[k - 1]!.pos === "VERB" && epithetGender(ts[k + 1]?.lower ?? "") !== undefined);
  const at = opening >= 0 && epithetGender(ts[opening + 1]?.lower ?? "") ? opening : object;
  if (at < 0) return [];
  const g = epithetGender(ts[at + 1]?.lower ?? "");
  const next = ts[at + 2];
  // ("the father-of-two Tom Birch", "the mother-of-two's lawyer": a name or a noun after it is someone else's)
  if (!g || !next || next.cap || next.pos === "NOUN" || next.pos === "PROPN" || /^(?:'s|')$/.test(next.lower)) return [];
  if (l.spans.some((s) => s.type === "Person" && s.start <= at + 1 && at < s.end)) return [];
  const topic = topicOf(layers);
  if (!topic || topic.first >= l.sentence.index || gender.get(topic.entity) !== g) return [];
  const court = (e: Entity) => facts.rolesOf(e).some((r) => roleInfo(r)?.legal);
  // (a woman named between is no one "the grandfather-of-four" could mean)
  const passed = (e: Entity) => court(e) || (gender.get(e) !== undefined && gender.get(e) !== g);
  if (court(topic.entity) || lastPersonBefore(layers, l.sentence.index, at, passed, 5) !== topic.entity) return [];
  return [{ type: "Person", start: at, end: at + 2, data: { entity: topic.entity, description: true } satisfies EntityData }];
}

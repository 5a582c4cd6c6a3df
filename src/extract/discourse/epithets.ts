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

/** The nouns a local paper names a defendant by after their town ("the Leeds man", "the Swansea mother"), with the gender each shows. */
const LOCAL_HEADS = new Map(Object.entries(data.local_heads) as [string, Gender | ""][]);
const COUNT = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})$/;

/**
 * The epithet that starts right after "the" at token `at`: "the mother-of-two" (one token), "the father of three" (three),
 * "the Leeds man" (a place's name, then a noun for a person); its end and the gender it shows ("" for none).
 */
function epithetAt(l: SentenceLayers, at: number, object = false): { end: number; gender: Gender | "" } | undefined {
  const ts = l.tokens;
  const w = ts[at + 1]?.lower ?? "";
  const joined = epithetGender(w);
  if (joined) return { end: at + 2, gender: joined };
  // ("the father of three": the spaced form, only before a verb or a stop, never "the mother of two young children" nor
  // "The father of two of the victims"; as a verdict's object, before its charge: "convicted the father of two of fraud")
  const spaced = HEADS.get(w);
  if (spaced && ts[at + 2]?.lower === "of" && COUNT.test(ts[at + 3]?.lower ?? "")) {
    const after = ts[at + 4];
    const fits = !after || /^(?:AUX|VERB|PUNCT|ADV)$/.test(after.pos) && !/^['’]/.test(after.text) || object && /^(?:of|on|over|for)$/.test(after.lower) && ts[at + 5]?.lower !== "the";
    return fits ? { end: at + 4, gender: spaced } : undefined;
  }
  // ("the Leeds man", "the Ballymena pensioner": a place's name right after "the", then the noun)
  const place = l.spans.find((s) => s.start === at + 1 && s.type === "Place");
  const head = place && LOCAL_HEADS.get(ts[place.end]?.lower ?? "");
  if (place && head !== undefined) return { end: place.end + 1, gender: head };
  return undefined;
}

/**
 * "The mother-of-two was convicted ...", "the jury convicted the father of three", "The Leeds man denied": the epithet at
 * the start of a sentence (or after "But") or as a verb's object, for the article's topic.
 */
export function epithetDescriptions(l: SentenceLayers, layers: readonly SentenceLayers[], facts: Facts, gender: ReadonlyMap<Entity, Gender>): Span[] {
  const ts = l.tokens;
  const opening = ts[0]?.lower === "the" ? 0 : /^(?:but|and|however|yet)$/.test(ts[0]?.lower ?? "") && ts[1]?.lower === "the" ? 1 : -1;
  let at = opening >= 0 && epithetAt(l, opening) ? opening : -1;
  for (let k = 1; at < 0 && k < ts.length; k++) if (ts[k]!.lower === "the" && ts[k - 1]!.pos === "VERB" && epithetAt(l, k, true)) at = k;
  if (at < 0) return [];
  const { end, gender: g } = epithetAt(l, at, at !== opening)!;
  const next = ts[end];
  // ("the father-of-two Tom Birch", "the mother-of-two's lawyer": a name or a noun after it is someone else's)
  if (!next || next.cap || next.pos === "NOUN" || next.pos === "PROPN" || /^(?:'s|'|’s|’)$/.test(next.lower)) return [];
  if (l.spans.some((s) => s.type === "Person" && s.start < end && at < s.end)) return [];
  const topic = topicOf(layers);
  if (!topic || topic.first >= l.sentence.index || (g ? gender.get(topic.entity) !== g : gender.get(topic.entity) === undefined)) return [];
  const court = (e: Entity) => facts.rolesOf(e).some((r) => roleInfo(r)?.legal);
  // (a woman named between is no one "the grandfather-of-four" could mean)
  const passed = (e: Entity) => court(e) || (gender.get(e) !== undefined && gender.get(e) !== (g || gender.get(topic.entity)));
  if (court(topic.entity) || lastPersonBefore(layers, l.sentence.index, at, passed, 5) !== topic.entity) return [];
  return [{ type: "Person", start: at, end, data: { entity: topic.entity, description: true } satisfies EntityData }];
}

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
/** Nouns for anyone a story names its defendant by once named ("The man admitted", "The cheat was jailed"), with the gender each shows. */
const PLAIN_HEADS = new Map(Object.entries(data.plain_heads) as [string, Gender | ""][]);
/** A defendant's verb right after the subject: a plea, or a court's act on them in the passive. */
const PLEA_VERB = /^(?:admitted|admits|denied|denies|pleaded|pleads|pled)$/;
const COURT_PASSIVE = /^(?:convicted|jailed|sentenced|charged|cleared|acquitted|fined|banned|spared|remanded|bailed|imprisoned|indicted|caged)$/;
const COUNT = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})$/;

/**
 * The epithet that starts right after "the" at token `at`: "the mother-of-two" (one token), "the father of three" (three),
 * "the Leeds man" (a place's name, then a noun for a person); its end and the gender it shows ("" for none).
 */
function epithetAt(l: SentenceLayers, at: number, object = false): { end: number; gender: Gender | ""; plain?: boolean } | undefined {
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
  // ("The man admitted fraud", "The cheat was jailed": a plain noun, only as the subject of a defendant's verb)
  const plain = PLAIN_HEADS.get(w);
  if (plain !== undefined && !object && defendantVerbAt(l.tokens, at + 2)) return { end: at + 2, gender: plain, plain: true };
  return undefined;
}

/** Whether a defendant's verb starts at token k: "admitted", "has denied", "was jailed", "has been charged". */
function defendantVerbAt(ts: SentenceLayers["tokens"], k: number): boolean {
  if (/^(?:has|had)$/.test(ts[k]?.lower ?? "")) k++;
  if (PLEA_VERB.test(ts[k]?.lower ?? "")) return true;
  if (/^(?:was|is|were|are)$/.test(ts[k]?.lower ?? "")) k++;
  else if (ts[k]?.lower === "been") k++;
  else return false;
  if (ts[k]?.lower === "been") k++;
  return COURT_PASSIVE.test(ts[k]?.lower ?? "") || (ts[k]?.lower === "found" && /^(?:guilty|not)$/.test(ts[k + 1]?.lower ?? ""));
}

const ACCUSED_WORD = /^(?:charged|pleaded|pleads|pled|admitted|admits|denied|denies|convicted|jailed|sentenced|accused|guilty|acquitted|cleared|appeared|appears|trial|caged|locked)$/;
const VICTIM_WORD = /^(?:died|dies|killed|dead|death|murdered|victim|struck|injured|stabbed|shot|hit)$/;

/**
 * Whether the story has told the topic as one accused before sentence `before`, so that "the man" is its defendant, never
 * its victim ("a cyclist who died ... The man was charged" is someone else): a sentence naming the topic with a word of a
 * charge, plea or verdict; or a headline or lede with such a word and no sentence naming the topic with a word of a death.
 */
function toldAccused(layers: readonly SentenceLayers[], topic: Entity, before: number): boolean {
  const names = (l: SentenceLayers) => l.spans.some((s) => s.type === "Person" && (s.data as EntityData | undefined)?.entity === topic);
  const has = (l: SentenceLayers, re: RegExp) => l.tokens.some((t) => re.test(t.lower));
  const told = layers.slice(0, before);
  if (told.some((l) => names(l) && has(l, ACCUSED_WORD))) return true;
  return told.slice(0, 2).some((l) => has(l, ACCUSED_WORD)) && !told.some((l) => names(l) && has(l, VICTIM_WORD));
}

/** Whether an unnamed person of this noun was introduced after the lede and before sentence `before` ("Police arrested a 31-year-old man"): "the man" is that one. */
function introducedUnnamed(layers: readonly SentenceLayers[], word: string, before: number): boolean {
  for (let i = 2; i < before; i++) {
    const ts = layers[i]!.tokens;
    for (let k = 0; k < ts.length; k++) {
      if (ts[k]!.lower !== word) continue;
      let j = k - 1;
      while (j >= 0 && j >= k - 3 && ts[j]!.lower !== "a" && ts[j]!.lower !== "an") j--;
      if (j >= 0 && (ts[j]!.lower === "a" || ts[j]!.lower === "an")) return true;
    }
  }
  return false;
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
  const { end, gender: g, plain } = epithetAt(l, at, at !== opening)!;
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
  // (a plain noun, last, as these read the sentences before: "the man" only for a topic told as accused, and not one introduced unnamed)
  if (plain && (introducedUnnamed(layers, ts[at + 1]!.lower, l.sentence.index) || !toldAccused(layers, topic.entity, l.sentence.index))) return [];
  return [{ type: "Person", start: at, end, data: { entity: topic.entity, description: true } satisfies EntityData }];
}

// A case event told of someone the sentence brings in unnamed, as a court round-up does ("In a separate
// case, a former police constable was convicted of ...", "Two brothers from X have been cleared of ..."):
// no defendant told before is theirs. The one named in the next sentences, for the first time, is.
import type { Entity } from "../../types.ts";
import type { Frame } from "../engine/rules.ts";
import type { SentenceLayers } from "../layers.ts";
import { PERSON_NOUNS } from "../../lexicon/index.ts";

/** An indefinite subject's first word: "a", "an", a number of people. */
const OPENS = /^(?:a|an|two|three|four|five|six|seven|eight|nine|ten|several)$/;
/** Words for the people such a subject is. */
const PEOPLE = /^(?:man|woman|men|women|brothers|sisters|couple|pair|teenager|teenagers|teen|boy|girl|boys|girls|youth|youths|mother|father|son|daughter|husband|wife|driver|motorist|officer|officers|constable|worker|student|businessman|businesswoman|businessmen|resident|pensioner|grandmother|grandfather|nurse|doctor|teacher|solicitor|lawyer|accountant|bookkeeper|manager|employee|director|executive|pastor|priest|coach|carer)$/;

/** A court or its jury as the subject: no accused. */
const BENCH = /^(?:jury|juries|court|courts|judge|judges|panel|bench|magistrate|magistrates|tribunal)$/;

/** Whether the frame has no defendant and its clause's subject is an unnamed, indefinite person: "a Dublin woman was acquitted". */
export function freshSubject(l: SentenceLayers, f: Frame): boolean {
  if (f.slots.get("defendant")?.length) return false;
  const at = f.anchor >= 0 ? f.anchor : f.start;
  const ts = l.tokens;
  if (indefiniteRelative(l, at)) return true;
  // ("Meanwhile,", "In a separate case,", "In Brisbane,": an opener set off by a comma)
  let s = 0;
  const comma = ts.findIndex((t, k) => k < at && t.text === ",");
  if (comma >= 0 && comma <= 12 && !ts.slice(0, comma).some((t) => t.pos === "VERB" || t.pos === "AUX")) s = comma + 1;
  if (!OPENS.test(ts[s]?.lower ?? "")) return false;
  let person = false, k = s + 1;
  for (; k < at && k - s <= 8 && !/^(?:AUX|VERB)$/.test(ts[k]!.pos); k++) {
    const t = ts[k]!;
    if (t.pos === "PRON" || t.text === "," || BENCH.test(t.lower)) return false;
    if (PEOPLE.test(t.lower) || PERSON_NOUNS.has(t.lower) || l.spans.some((sp) => sp.type === "Role" && sp.start <= k && k < sp.end)) person = true;
  }
  // (no one named between the subject and the frame's verb: "A different jury had found X guilty of ...")
  if (l.spans.some((sp) => sp.type === "Person" && sp.start >= s && sp.start < at)) return false;
  return person && /^(?:AUX|VERB)$/.test(ts[k]?.pos ?? "");
}

/**
 * "X previously represented a minister who was acquitted of corruption", "Police arrested a man who was later charged":
 * the verb of a relative clause told of someone brought in unnamed, by "a" or "another" and a noun.
 */
function indefiniteRelative(l: SentenceLayers, at: number): boolean {
  const ts = l.tokens;
  let w = at - 1;
  while (w > 0 && (ts[w]!.pos === "AUX" || ts[w]!.pos === "ADV")) w--;
  if (ts[w]?.lower !== "who") return false;
  const head = ts[w - 1]?.lower === "," ? w - 2 : w - 1;
  if (ts[head]?.pos !== "NOUN" || l.spans.some((sp) => sp.type === "Person" && sp.start <= head && head < sp.end)) return false;
  for (let k = head - 1; k >= Math.max(0, head - 4); k--) {
    if (/^(?:a|an|another)$/.test(ts[k]!.lower)) return true;
    if (!/^(?:NOUN|ADJ|PROPN)$/.test(ts[k]!.pos) && ts[k]!.lower !== "-") return false;
  }
  return false;
}

/** The first sentence an entity is spoken of in. */
const firstSaid = (d: Entity) => Math.min(...d.mentions.map((m) => m.sentence));

interface Told { sentence: number; defendants: Entity[]; inferred: boolean; fresh?: boolean }

/**
 * The defendants of an event told of an unnamed newcomer: those of an event in the next two sentences
 * who are named there for the first time ("... a former police constable was convicted of X. Garrick
 * Merriweather, 41, ..., was found guilty of"), else none.
 */
export function newcomers(e: Told, events: readonly Told[]): Entity[] {
  const next = events.find((x) => x.sentence > e.sentence && x.sentence <= e.sentence + 2 && !x.inferred && !x.fresh && x.defendants.length
    && x.defendants.every((d) => firstSaid(d) > e.sentence));
  return next ? [...next.defendants] : [];
}

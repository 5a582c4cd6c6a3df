// Ledes that count the accused before naming them: "A jury on Wednesday found three men guilty of murder ...
// Adam Cole, 31, fired the shot. His brother, Ben Cole, and their friend Carl Elcock drove the car." A number of
// people opening one of the article's first five sentences (or the object of a court's verb there) stands for the
// people the next three sentences introduce, when they introduce exactly that many; a case rule that reads the
// group then reads each of them.
import type { Entity } from "../../types.ts";
import type { Span } from "../engine/match.ts";
import type { Facts } from "../facts.ts";
import type { EntityData, SentenceLayers } from "../layers.ts";
import { numberOf, roleInfo } from "../../lexicon/index.ts";
import { COURT_VERBS } from "./ledes.ts";
import { victimsIn, witnessesIn } from "./group-fit.ts";

/** The nouns a counted group of accused goes by in a lede ("three men", "two teenagers"). */
const LEDE_GROUP_NOUNS = /^(?:men|women|people|teenagers|teens|boys|girls|brothers|sisters|friends|executives|officers|officials|defendants|suspects|traders|businessmen|businesswomen|directors|managers|employees|workers|doctors|nurses|soldiers|guards|policemen|police officers|accountants|bankers|brokers|contractors|students|teachers)$/;
/** The nouns one person goes by before "and two traders" in such a lede ("A county officer and two traders"). */
const LEDE_ONE_NOUNS = /^(?:man|woman|teenager|boy|girl|officer|official|executive|director|manager|employee|worker|doctor|nurse|soldier|guard|policeman|accountant|banker|broker|contractor|student|teacher|businessman|businesswoman|trader|lawyer|pastor|politician|mayor|councillor|councilor|engineer|clerk)$/;

/** Sentences after the lede in which its counted people may be named. */
const REACH = 3;

export function ledeGroups(layers: readonly SentenceLayers[], facts: Facts, headline: (i: number) => boolean): Span[][] {
  const out: Span[][] = layers.map(() => []);
  // (the first five: a subheading, a byline and a timestamp may come before the lede)
  const body = layers.filter((l) => !headline(l.sentence.index)).slice(0, 5);
  const named = (s: Span) => s.type === "Person" && !(s.data as EntityData).description && !(s.data as EntityData).pronoun;
  for (const l of body) {
    const ts = l.tokens;
    for (let i = 0; i < ts.length - 1; i++) {
      // ("Three men", "found three men guilty": the sentence's first words, or a court verb's object)
      if (i > 0 && !COURT_VERBS.has(ts[i - 1]!.lower)) continue;
      // ("A senior county agriculture officer and two traders were charged": one described, then a counted group)
      const one = oneAnd(ts, i);
      if (one) i = one;
      const size = one ? numberOf(ts[i]!.lower)! + 1 : numberOf(ts[i]!.lower);
      if (size === undefined || size < 2 || size > 6 || /^\d/.test(ts[i]!.text)) continue;
      // ("three White men", "two former police officers": the head after up to two words that describe it)
      let head = i + 1;
      while (head < i + 3 && !LEDE_GROUP_NOUNS.test(ts[head]?.lower ?? "") && /^(?:ADJ|NOUN|PROPN)$/.test(ts[head]?.pos ?? "")) head++;
      if (!LEDE_GROUP_NOUNS.test(ts[head]?.lower ?? "")) continue;
      if (l.spans.some((s) => s.type === "Person" && s.start <= head && i < s.end)) continue;
      const known = new Set(layers.slice(0, l.sentence.index + 1).filter((x) => !headline(x.sentence.index)).flatMap((x) => x.spans.filter(named).map((s) => (s.data as EntityData).entity)));
      const members: Entity[] = [];
      let whole = false;
      for (const next of layers.slice(l.sentence.index + 1, l.sentence.index + 1 + REACH)) {
        // (nor one told giving evidence: "Two security guards ... Shopper A told the court she was pushed")
        const died = victimsIn(next), witnesses = witnessesIn(next);
        for (const s of next.spans.filter(named).sort((a, b) => a.start - b.start)) {
          const e = (s.data as EntityData).entity;
          if (known.has(e) || members.includes(e) || died.has(e) || witnesses.has(e) || facts.rolesOf(e).some((r) => roleInfo(r)?.legal)) continue;
          members.push(e);
        }
        // (exactly that many, once a sentence ends: a victim or a witness named beside them leaves the count unread)
        if (members.length >= size) { whole = members.length === size; break; }
      }
      if (!whole) continue;
      out[l.sentence.index]!.push({ type: "Person", start: one ? 0 : i, end: head + 1, data: { entity: members[0]!, description: true, group: members } satisfies EntityData });
      break;
    }
  }
  return out;
}

/**
 * "A senior county agriculture officer and two traders": where tokens from `i` are "A" or "An", up to four words
 * that describe one person, "and" and a number of two to five, the index of that number.
 */
function oneAnd(ts: SentenceLayers["tokens"], i: number): number | undefined {
  if (i !== 0 || !/^(?:a|an)$/.test(ts[0]!.lower)) return undefined;
  for (let k = 1; k <= 5 && k < ts.length - 2; k++) {
    if (ts[k + 1]!.lower !== "and") continue;
    const n = numberOf(ts[k + 2]!.lower);
    return LEDE_ONE_NOUNS.test(ts[k]!.lower) && n !== undefined && n >= 2 && n <= 5 && !/^\d/.test(ts[k + 2]!.text) ? k + 2 : undefined;
  }
  return undefined;
}

// Court listings: "DARREN MUNCASTER, 36, of Fellside Road." then "Pleaded guilty. Fined £640." Each
// entry names the defendant once, in capitals, and its lines after have no subject: they are the
// defendant's. A line that opens with one of the court's verbs takes, as its subject, the person the
// entry lists, when no one else is named between them.
import type { Span } from "../engine/match.ts";
import type { EntityData, SentenceLayers } from "../layers.ts";
// (regexes with \p{...}, which tsx's esbuild writes as `new RegExp(...)` made at every use, are made once here)
const UPPER_START = /^\p{Lu}/u;

/** What a listing's subjectless lines open with: pleas, charges and what the court did. */
const LISTING_VERBS = new Set([
  "pleaded", "pled", "admitted", "denied", "charged", "fined", "jailed", "sentenced", "remanded", "banned",
  "disqualified", "ordered", "given", "convicted", "acquitted", "found", "committed", "bailed", "imprisoned", "discharged", "cleared",
  // the entry's counts, one a line: "Count 1: theft from a shop"
  "count",
]);
/** How many lines after the name an entry may run. */
const ENTRY_LINES = 5;

/** The person a listing entry opens with: a name in capitals at the start of its line. */
function listed(l: SentenceLayers): EntityData | undefined {
  const first = l.spans.find((s) => s.type === "Person" && s.start === 0 && (s.data as EntityData).mention);
  const m = (first?.data as EntityData | undefined)?.mention;
  return m && m.surface === m.surface.toUpperCase() && m.surface !== m.name ? (first!.data as EntityData) : undefined;
}

/** For each line, the empty span before its opening verb that stands for the listed defendant. */
export function listingSubjects(layers: readonly SentenceLayers[]): Span[][] {
  const out: Span[][] = layers.map(() => []);
  let entry: { who: EntityData; at: number } | undefined;
  layers.forEach((l, i) => {
    const who = listed(l);
    if (who) { entry = { who, at: i }; return; }
    const t = l.sentence.tokens[0];
    const opens = !!t && UPPER_START.test(t.text) && LISTING_VERBS.has(t.lower);
    // anyone else named ends the entry's hold on the lines after, unless named after the line's own verb
    // ("Charged with harassment of Colin Brannagh.": the complainant)
    if (l.spans.some((s) => s.type === "Person") && !opens) { entry = undefined; return; }
    if (!entry || i - entry.at > ENTRY_LINES || !opens) return;
    out[i]!.push({ type: "Person", start: 0, end: 0, data: { entity: entry.who.entity, pronoun: true } satisfies EntityData });
  });
  return out;
}

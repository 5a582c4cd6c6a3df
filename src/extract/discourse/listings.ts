// Court listings: "DARREN MUNCASTER, 36, of Brackenside Road." then "Pleaded guilty. Fined £640." Each
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

/** What a line may open with after a name and its separator: a plea, a denial, a court's verb. */
const LINE_VERBS = new Set([...LISTING_VERBS, "pleads", "admits", "denies", "entered", "enters", "changed", "was", "is"]);
const SEPARATORS = new Set([":", "-", "–", "—", "):"]);

/**
 * Co-defendants one a line, as a box under a story lists them: "- Ana Ruiz, 34: pleaded guilty to fraud",
 * "* Tom Reid - denied theft", "Ana Ruiz, of Leith: admitted assault". The line opens with a name (an
 * age or a town after it), then a colon or a dash, then its verb: the name is that verb's subject, an
 * empty span before the verb standing for it.
 */
export function lineSubjects(layers: readonly SentenceLayers[], text: string): Span[][] {
  return layers.map((l) => {
    const ts = l.sentence.tokens;
    const who = l.spans.find((s) => s.type === "Person" && s.start === 0 && s.end > 0 && (s.data as EntityData).entity);
    if (!who || !/^[ \t]*(?:[-•*–—][ \t]+)?$/.test(text.slice(text.lastIndexOf("\n", ts[0]!.start - 1) + 1, ts[0]!.start))) return [];
    let i = who.end;
    // ", 34", ", of Leith", "(34)"
    while (i < ts.length) {
      if (ts[i]!.text === "," && /^\d{1,3}$/.test(ts[i + 1]?.text ?? "")) i += 2;
      else if (ts[i]!.text === "(" && /^\d{1,3}$/.test(ts[i + 1]?.text ?? "") && ts[i + 2]?.text === ")") i += 3;
      // ("(29):", which the tokenizer keeps as one bracket-and-colon)
      else if (ts[i]!.text === "(" && /^\d{1,3}$/.test(ts[i + 1]?.text ?? "") && ts[i + 2]?.text === "):") i += 2;
      else if (ts[i]!.text === "," && /^(?:of|from)$/.test(ts[i + 1]?.lower ?? "") && ts[i + 2]?.cap) { i += 3; while (ts[i]?.cap) i++; }
      else break;
    }
    if (!SEPARATORS.has(ts[i]?.text ?? "") || !LINE_VERBS.has(ts[i + 1]?.lower ?? "")) return [];
    return [{ type: "Person", start: i + 1, end: i + 1, data: { entity: (who.data as EntityData).entity, pronoun: true } satisfies EntityData }];
  });
}

// The order of a pattern's elements (analysis.ts) refuses a sentence only when it lacks them in that order. That
// the engine's other shortcuts change no match is checked on every rule example by engine-shortcuts-N.test.ts.
import { describe, expect, it } from "vitest";
import { matchAll, type Positions, type Span } from "../../../src/extract/engine/match.ts";
import { compilePattern } from "../../../src/extract/engine/pattern.ts";
import { SPAN_TYPES } from "../../../src/extract/engine/frames.ts";
import { readDocument } from "../../../src/extract/document.ts";
import { parseArticle } from "../../../src/ingest/index.ts";
import { splitSentences } from "../../../src/segment/index.ts";

describe("the order of a pattern's elements refuses only sentences without them in that order", () => {
  const pattern = compilePattern("@defendant:Person ^charged with @charges:Charge", SPAN_TYPES);
  const tokensOf = (text: string) => {
    const r = parseArticle("example.txt", new TextEncoder().encode(text));
    if (!r.ok) throw new Error(r.problem);
    return readDocument(r.article, splitSentences(r.article.text, r.article.bodyStart)).sentences[0]!.tokens;
  };
  const run = (text: string, spans: Span[]) => {
    const ts = tokensOf(text);
    const spansAt = new Map<number, Span[]>(spans.map((s) => [s.start, [s]]));
    const at: Positions = { words: new Map(), spans: new Map() };
    ts.forEach((t, i) => (at.words as Map<string, number[]>).set(t.lower, [...(at.words.get(t.lower) ?? []), i]));
    for (const s of spans) (at.spans as Map<string, number[]>).set(s.type, [...(at.spans.get(s.type) ?? []), s.start]);
    return matchAll(pattern, { tokens: ts, tags: [], spansAt }, at).length;
  };
  it("a mention that takes no token (a listing line's subject, told before the line) may stand where the next word is", () => {
    expect(run("Charged with burglary.", [{ type: "Person", start: 0, end: 0 }, { type: "Charge", start: 2, end: 3 }])).toBe(1);
  });
  it("a name after the verb starts no match before it", () => {
    expect(run("Charged with burglary was Ana Quell.", [{ type: "Person", start: 4, end: 6 }, { type: "Charge", start: 2, end: 3 }])).toBe(0);
  });
});

// The engine's shortcuts (the words a sentence must hold, where a match can start, which alternatives
// can begin at a token, mentions and repeated tokens that go on without a continuation of their own) only
// skip work: on the rule examples, every rule matches exactly as the plain backtracking walk over every
// token and every alternative does, and as the matcher before its fast paths (reference-match.ts) did.
import { describe, expect, it } from "vitest";
import { loadRules } from "../../../src/extract/engine/rules.ts";
import { matchAll, type MatchInput, type Positions, type Span } from "../../../src/extract/engine/match.ts";
import { matchAll as referenceMatchAll } from "./reference-match.ts";
import { compilePattern, type Pattern, type PatternNode } from "../../../src/extract/engine/pattern.ts";
import { SPAN_TYPES } from "../../../src/extract/engine/frames.ts";
import { chargeSpans } from "../../../src/extract/spans/charges.ts";
import { roleSpans } from "../../../src/extract/spans/roles.ts";
import { moneySpans, penaltySpans } from "../../../src/extract/spans/amounts.ts";
import { findArticleNames } from "../../../src/extract/article.ts";
import { readDocument } from "../../../src/extract/document.ts";
import { parseArticle } from "../../../src/ingest/index.ts";
import { splitSentences } from "../../../src/segment/index.ts";

/** The pattern without its shortcuts: no first words, no lead, no dispatch of a group's alternatives by word: every alternative tried. */
function plain(p: Pattern): Pattern {
  const node = (n: PatternNode): PatternNode =>
    n.kind === "group" ? { kind: "group", alternatives: n.alternatives.map((a) => a.map(node)), ...(n.name && { name: n.name }) }
      : n.kind === "repeat" ? { ...n, node: node(n.node) } : n;
  const { first: _f, lead: _l, ...rest } = p;
  return { ...rest, nodes: p.nodes.map(node) };
}

const rules = loadRules();
const texts = [...new Set(rules.flatMap((r) => r.examples.map((e) => e.text)))];

describe("engine shortcuts change no match", () => {
  // (every rule on every example, twice: minutes on a busy machine; a guard against a hang, not a speed check)
  it(`holds on the ${texts.length} example texts for all ${rules.length} rules`, { timeout: 900_000 }, () => {
    let compared = 0, matched = 0;
    const wrong: string[] = [];
    for (const text of texts) {
      const r = parseArticle("example.txt", new TextEncoder().encode(text));
      if (!r.ok) throw new Error(r.problem);
      const doc = readDocument(r.article, splitSentences(r.article.text, r.article.bodyStart));
      const { names } = findArticleNames(doc);
      for (const s of doc.sentences) {
        const ts = s.tokens;
        const money = moneySpans(ts);
        const spans: Span[] = [
          ...names.filter((m) => m.sentence === s.index).map((m) => ({ type: m.type, start: m.first, end: m.last })),
          ...roleSpans(ts, []), ...chargeSpans(ts), ...money, ...penaltySpans(ts, money),
        ];
        const spansAt = new Map<number, Span[]>();
        for (const sp of spans) spansAt.set(sp.start, [...(spansAt.get(sp.start) ?? []), sp]);
        for (const list of spansAt.values()) list.sort((a, b) => b.end - a.end);
        const input: MatchInput = { tokens: ts, tags: [], spansAt };
        const at: Positions = { words: new Map(), spans: new Map() };
        const push = (m: Map<string, number[]>, k: string, i: number) => { const l = m.get(k) ?? []; if (l[l.length - 1] !== i) l.push(i); m.set(k, l); };
        ts.forEach((t, i) => { push(at.words as Map<string, number[]>, t.lower, i); for (const sp of spansAt.get(i) ?? []) push(at.spans as Map<string, number[]>, sp.type, i); });
        const words = new Set(ts.map((t) => t.lower));
        for (const rule of rules) {
          const expected = matchAll(plain(rule.compiled), input);
          const view = (ms: typeof expected) => JSON.stringify(ms.map((m) => ({ ...m, captures: [...m.captures], consumed: [...m.consumed].sort((a, b) => a - b) })));
          const want = view(expected);
          if (view(matchAll(rule.compiled, input, at)) !== want || view(matchAll(rule.compiled, input)) !== want) wrong.push(`${rule.id} on "${s.text}"`);
          // and as the matcher did before its fast paths, a walk with one continuation per node
          if (view(referenceMatchAll(plain(rule.compiled), input)) !== want) wrong.push(`${rule.id} differs from the reference matcher on "${s.text}"`);
          // a sentence without a word of each required set has no match
          if (expected.length && !rule.compiled.requires.every((set) => [...set].some((w) => words.has(w)))) wrong.push(`${rule.id} requires too much on "${s.text}"`);
          compared++; matched += expected.length;
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(matched).toBeGreaterThan(100);
    expect(compared).toBeGreaterThan(10_000);
  });
});

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

// The engine's shortcuts (the words a sentence must hold, where a match can start, which alternatives
// can begin at a token, mentions and repeated tokens that go on without a continuation of their own) only
// skip work: on the rule examples, every rule matches exactly as the plain backtracking walk over every
// token and every alternative does, and as the matcher before its fast paths (reference-match.ts) did.
// Every rule is walked over every example text; the texts are dealt into parts, each checked by a test
// file of its own (engine-shortcuts-N.test.ts), so that the runner spreads them over the cores and no
// one file runs for minutes.
import { describe, expect, it } from "vitest";
import { loadRules } from "../../../src/extract/engine/rules.ts";
import { matchAll, type MatchInput, type Positions, type Span } from "../../../src/extract/engine/match.ts";
import { matchAll as referenceMatchAll } from "./reference-match.ts";
import type { Pattern, PatternNode } from "../../../src/extract/engine/pattern.ts";
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

/** The check on part `part` (from 0) of `parts` of the example texts: every text whose place in the list is `part` modulo `parts`. */
export function describeShortcutsPart(part: number, parts: number): void {
  const mine = texts.filter((_, i) => i % parts === part);
  describe(`engine shortcuts change no match (part ${part + 1} of ${parts})`, () => {
    // (a guard against a hang, not a speed check: a part takes a minute or more on a busy machine)
    it(`holds on ${mine.length} of the ${texts.length} example texts for all ${rules.length} rules`, { timeout: 900_000 }, () => {
      let compared = 0, matched = 0;
      const wrong: string[] = [];
      for (const text of mine) {
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
      expect(matched).toBeGreaterThan(100 / parts);
      expect(compared).toBeGreaterThan(10_000 / parts);
    });
  });
}

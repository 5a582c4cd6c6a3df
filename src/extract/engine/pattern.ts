// The pattern language of the rules, in the manner of spaCy's Matcher, Odin and TokensRegex,
// written as one line a reader can scan:
//
//   @defendant:Party+ (was|were) ^convicted (of|on) @charges:Charge+
//
//   word            a token whose lower-case form is `word` ("convicted", ",", "'s")
//   "a word"        the same, for words with the language's own signs: "(" "|"; \" is a quote mark
//   [pos=NOUN]      a token test: lower, lemma, pos, tag (a lexicon tag) with = or !=, values
//                   joined by |; [cap], [lower] (a lower-case word), [num] and [word] are
//                   flags; tests joined by & all hold
//   _               any token
//   (a b | c)       alternatives; @name=( ... ) also captures the tokens it matched
//   @_:Type         the same without capturing it
//   @name:Type      a mention of that type starting here (Person, Charge, Role...; Party is
//                   Person|Organization|Studio); @name:Type+ a list of them: "A, B and C"
//   ? * + {m,n}     optional, repeated; greedy, with backtracking
//   ^               marks the next token as the rule's anchor: negation and hedges are
//                   looked for in its clause (default: the first token test of the pattern)
//
// Patterns compile to a tree the matcher walks; the literal words every match needs are
// collected so that the engine runs a rule only on sentences that hold them.
import type { Token } from "../../nlp/tokens.ts";
import { fold } from "../../nlp/tokens.ts";
import { foldedNumberOf } from "../../lexicon/index.ts";
import { oneShape } from "./shapes.ts";
// (regexes with \p{...}, which tsx's esbuild writes as `new RegExp(...)` made at every use, are made once here)
const WORD_START = /^[\p{L}\p{N}]/u;
const LOWER_START = /^\p{Ll}/u;

export type TokenTest = (t: Token, tags: ReadonlySet<string> | undefined) => boolean;

export type PatternNode =
  | { kind: "token"; test: TokenTest; words?: ReadonlySet<string>; anchor: boolean; source: string }
  | { kind: "span"; name: string; types: readonly string[]; list: boolean }
  | { kind: "group"; alternatives: PatternNode[][]; name?: string; firsts?: (Start | undefined)[]; dispatch?: Dispatch }
  | { kind: "repeat"; node: PatternNode; min: number; max: number };

export interface Pattern {
  source: string;
  nodes: PatternNode[];
  /** Each set: one of its words must be in the sentence for the pattern to match. */
  needs: ReadonlySet<string>[];
  /** Mention types every match needs. */
  needsSpans: string[];
  /**
   * `needs` and more of the same kind, for a quick refusal of a sentence: a group of alternatives
   * needs one word of each alternative's needs ("(the jury found X not liable|X was found not liable)"
   * needs "liable" or "responsible"), not only of their first needs. Never used to index rules.
   */
  requires: ReadonlySet<string>[];
  captures: Set<string>;
  /** The mention types each span capture takes. */
  captureTypes: Map<string, readonly string[]>;
  /** What a match can begin with: words and mention types; undefined when it can begin anywhere. */
  first?: Start;
  /** A word or mention every match has within `within` tokens of its start (for the matcher to skip starts). */
  lead?: Start & { within: number };
}

/** A group's alternatives that can begin at a token, by its word (`other`: any other word), in order: each is its
 * index times two, plus one where only a mention at the token can let it begin (the matcher checks). */
export interface Dispatch { byWord: ReadonlyMap<string, readonly number[]>; other: readonly number[] }

/** Words and mention types a token position may hold. */
export interface Start { words: ReadonlySet<string>; spans: ReadonlySet<string> }

export class PatternError extends Error {}

/** Span type aliases: a defendant or a party to a suit may be a company. */
export const SPAN_ALIASES: Record<string, readonly string[]> = {
  Party: ["Person", "Organization", "Studio"],
  Company: ["Organization", "Studio"],
  Name: ["Person", "Organization", "Studio", "Court", "Place", "Film"],
};

const KEYS = new Set(["lower", "lemma", "pos", "tag"]);
const FLAGS: Record<string, TokenTest> = {
  cap: (t) => t.cap,
  num: (t) => (foldedNumberOf(t.lower) !== undefined && t.lower !== "a" && t.lower !== "an") || /^\d/.test(t.text),
  word: (t) => WORD_START.test(t.text),
  lower: (t) => LOWER_START.test(t.text),
};

export function compilePattern(source: string, spanTypes: ReadonlySet<string>): Pattern {
  const parser = new Parser(source, spanTypes);
  const nodes = parser.sequence();
  if (parser.more()) parser.fail("unexpected");
  if (!nodes.length) throw new PatternError(`empty pattern`);
  markAnchor(nodes);
  const needs: ReadonlySet<string>[] = [];
  const needsSpans: string[] = [];
  collectNeeds(nodes, needs, needsSpans);
  const requires = dedupe([...needs, ...collectRequires(nodes)]);
  const first = firstOf(nodes);
  markFirsts(nodes);
  const lead = leadOf(nodes, 0);
  // (the nodes, and the pattern, in one shape each: shapes.ts)
  return { source, nodes: oneShape(nodes), needs, needsSpans, requires, captures: parser.captures, captureTypes: parser.captureTypes, first, lead };
}

/** Each group's alternatives with what they can begin with, so the matcher tries only those that can. */
function markFirsts(nodes: readonly PatternNode[]): void {
  for (const n of nodes) {
    if (n.kind === "group") {
      n.firsts = n.alternatives.map((a) => firstOf(a));
      n.dispatch = dispatchOf(n.firsts);
      n.alternatives.forEach(markFirsts);
    } else if (n.kind === "repeat") markFirsts([n.node]);
  }
}

/** The alternatives to try at a token, in their order: as the firsts allow, without asking each alternative. */
function dispatchOf(firsts: readonly (Start | undefined)[]): Dispatch {
  const words = new Set(firsts.flatMap((f) => (f ? [...f.words] : [])));
  const entry = (f: Start | undefined, a: number, word: string | undefined): number[] =>
    !f ? [2 * a] : word !== undefined && f.words.has(word) ? [2 * a] : f.spans.size ? [2 * a + 1] : [];
  const byWord = new Map<string, number[]>();
  for (const w of words) byWord.set(w, firsts.flatMap((f, a) => entry(f, a, w)));
  return { byWord, other: firsts.flatMap((f, a) => entry(f, a, undefined)) };
}

/** The most tokens a node can take, Infinity when unbounded or when it takes a mention (any length). */
function widthOf(n: PatternNode): number {
  if (n.kind === "token") return 1;
  if (n.kind === "span") return Infinity;
  if (n.kind === "repeat") return n.max === 0 ? 0 : widthOf(n.node) * n.max;
  return Math.max(...n.alternatives.map((a) => a.reduce((w, x) => w + widthOf(x), 0)));
}

/**
 * A word or mention every match of the sequence takes, and the most tokens before it: the first
 * node that must match and says what it begins with, after optional nodes of bounded width.
 */
function leadOf(nodes: readonly PatternNode[], before: number): (Start & { within: number }) | undefined {
  for (const n of nodes) {
    if (!Number.isFinite(before)) return undefined;
    const must = n.kind !== "repeat" || n.min > 0;
    if (must) {
      const inner = n.kind === "repeat" ? n.node : n;
      if (inner.kind === "group" && inner.alternatives.length === 1) {
        const found = leadOf(inner.alternatives[0]!, before);
        if (found) return found;
      } else {
        const [f] = firstOfNode(inner);
        if (f) return { words: f.words, spans: f.spans, within: before };
      }
    }
    before += widthOf(n);
  }
  return undefined;
}

/** Without a ^, the first token test of the pattern is its anchor. */
function markAnchor(nodes: PatternNode[]): void {
  let marked = false;
  const walk = (ns: PatternNode[]) => {
    for (const n of ns) {
      if (n.kind === "token" && n.anchor) marked = true;
      else if (n.kind === "group") n.alternatives.forEach(walk);
      else if (n.kind === "repeat") walk([n.node]);
    }
  };
  walk(nodes);
  if (marked) return;
  const first = (ns: PatternNode[]): boolean => {
    for (const n of ns) {
      if (n.kind === "token") { n.anchor = true; return true; }
      if (n.kind === "group") { let any = false; for (const a of n.alternatives) any = first(a) || any; if (any) return true; }
      if (n.kind === "repeat" && first([n.node])) return true;
    }
    return false;
  };
  first(nodes);
}

type First = Start | undefined;

/** The words and mention types a sequence can begin with (undefined: any token), and whether it can match nothing. */
function firstOf(nodes: readonly PatternNode[]): First {
  const words = new Set<string>(), spans = new Set<string>();
  for (const n of nodes) {
    const [f, nullable] = firstOfNode(n);
    if (!f) return undefined;
    for (const w of f.words) words.add(w);
    for (const t of f.spans) spans.add(t);
    if (!nullable) return { words, spans };
  }
  return undefined; // every element optional: a match can begin anywhere
}

function firstOfNode(n: PatternNode): [First, boolean] {
  if (n.kind === "token") return [n.words ? { words: new Set(n.words), spans: new Set() } : undefined, false];
  if (n.kind === "span") return [{ words: new Set(), spans: new Set(n.types) }, false];
  if (n.kind === "repeat") { const [f] = firstOfNode(n.node); return [f, n.min === 0]; }
  const words = new Set<string>(), spans = new Set<string>();
  let nullable = false;
  for (const a of n.alternatives) {
    const f = firstOf(a);
    if (!f) return [undefined, false];
    for (const w of f.words) words.add(w);
    for (const t of f.spans) spans.add(t);
    if (a.every((x) => x.kind === "repeat" && x.min === 0)) nullable = true;
  }
  return [{ words, spans }, nullable];
}

/** The words and mention types that every match of a sequence must contain. */
function collectNeeds(nodes: PatternNode[], needs: ReadonlySet<string>[], spans: string[]): void {
  for (const n of nodes) {
    if (n.kind === "token" && n.words) needs.push(n.words);
    else if (n.kind === "span") { if (n.types.length === 1) spans.push(n.types[0]!); }
    else if (n.kind === "repeat" && n.min > 0) collectNeeds([n.node], needs, spans);
    else if (n.kind === "group") {
      // a group needs a word when every alternative begins its needs with a word set
      const per = n.alternatives.map((a) => { const w: ReadonlySet<string>[] = []; collectNeeds(a, w, []); return w; });
      if (per.length === 1) needs.push(...per[0]!);
      else if (per.every((w) => w.length)) needs.push(new Set(per.flatMap((w) => [...w[0]!])));
    }
  }
}

/**
 * Sets of words of which every match holds one (a superset of collectNeeds' sets): for a group, the
 * unions of one set from each alternative's sets, all of the combinations while they are few.
 */
function collectRequires(nodes: readonly PatternNode[]): ReadonlySet<string>[] {
  const out: ReadonlySet<string>[] = [];
  for (const n of nodes) {
    if (n.kind === "token" && n.words) out.push(n.words);
    else if (n.kind === "repeat" && n.min > 0) out.push(...collectRequires([n.node]));
    else if (n.kind === "group") {
      const per = n.alternatives.map((a) => dedupe(collectRequires(a)));
      if (per.some((w) => !w.length)) continue;
      if (per.length === 1) { out.push(...per[0]!); continue; }
      if (per.reduce((k, w) => k * w.length, 1) <= 64) {
        let combos: Set<string>[] = [new Set()];
        for (const sets of per) combos = combos.flatMap((c) => sets.map((s) => new Set([...c, ...s])));
        out.push(...combos);
      } else {
        out.push(new Set(per.flatMap((w) => [...w[0]!])));
        // (the set of each alternative with the fewest common words: "(was employed|is employed|joined)"
        // needs "employed" or "joined", a sharper test than "was", "is" or "joined")
        out.push(new Set(per.flatMap((w) => [...[...w].sort((a, b) => commonWords(a) - commonWords(b) || a.size - b.size)[0]!])));
      }
      // a set every alternative needs one of its own sets inside of is needed by the group ("(X settled
      // the suit|the suit was settled)" needs "settled" however the match goes)
      for (const sets of per) for (const s of sets) if (per.every((w) => w.some((x) => [...x].every((word) => s.has(word))))) out.push(s);
    }
  }
  return out;
}

/** Words nearly every sentence holds: a set of them picks few sentences out. */
const COMMON_WORDS = new Set(["the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by", "and", "or", "was", "were", "is", "are", "be", "been", "has", "have", "had", "his", "her", "their", "it", "that", "this", "who", ",", ".", "'s"]);
function commonWords(set: ReadonlySet<string>): number {
  let n = 0;
  for (const w of set) if (COMMON_WORDS.has(w)) n++;
  return n;
}

/**
 * The sets without repeats, smallest first, and without a set that holds another whole (every match
 * holding a word of the smaller one holds a word of the larger: it tells nothing more).
 */
function dedupe(sets: readonly ReadonlySet<string>[]): ReadonlySet<string>[] {
  const seen = new Map<string, ReadonlySet<string>>();
  for (const s of sets) seen.set([...s].sort().join("\u0000"), s);
  const sorted = [...seen.values()].sort((a, b) => a.size - b.size);
  return sorted.filter((s, k) => !sorted.some((t, j) => j < k && [...t].every((w) => s.has(w))));
}

class Parser {
  private pos = 0;
  readonly captures = new Set<string>();
  readonly captureTypes = new Map<string, readonly string[]>();
  private anchorNext = false;
  constructor(private readonly src: string, private readonly spanTypes: ReadonlySet<string>) {}

  fail(what: string): never {
    throw new PatternError(`${what} at column ${this.pos + 1} of "${this.src}"`);
  }
  more(): boolean {
    this.skip();
    return this.pos < this.src.length;
  }
  private skip() {
    while (this.pos < this.src.length && /\s/.test(this.src[this.pos]!)) this.pos++;
  }
  private peek(): string {
    this.skip();
    return this.src[this.pos] ?? "";
  }

  /** Elements up to a ")" or "|" or the end. */
  sequence(): PatternNode[] {
    const out: PatternNode[] = [];
    for (let c = this.peek(); c && c !== ")" && c !== "|"; c = this.peek()) {
      if (c === "^") { this.pos++; this.anchorNext = true; continue; }
      const atom = this.atom();
      out.push(this.quantified(atom));
    }
    return out;
  }

  private quantified(node: PatternNode): PatternNode {
    const c = this.src[this.pos];
    if (c === "?") { this.pos++; return { kind: "repeat", node, min: 0, max: 1 }; }
    if (c === "*") { this.pos++; return { kind: "repeat", node, min: 0, max: Infinity }; }
    if (c === "+" && node.kind !== "span") { this.pos++; return { kind: "repeat", node, min: 1, max: Infinity }; }
    if (c === "{") {
      const m = /^\{(\d+),(\d+)\}/.exec(this.src.slice(this.pos));
      if (!m) this.fail("a repetition is written {min,max}");
      this.pos += m[0].length;
      const min = Number(m[1]), max = Number(m[2]);
      if (min > max) this.fail("a repetition's min is above its max");
      return { kind: "repeat", node, min, max };
    }
    return node;
  }

  private atom(): PatternNode {
    const c = this.peek();
    if (c === "(") return this.group();
    if (c === "@") return this.capture();
    if (c === "[") return this.bracket();
    if (c === "\"") return this.quoted();
    if (c === "\\") {
      // \" and \( : a sign of the language as a literal token
      const ch = this.src[this.pos + 1];
      if (!ch || /\s/.test(ch)) this.fail("a backslash escapes the sign after it");
      this.pos += 2;
      return this.token((t) => t.lower === ch, new Set([ch]), `\\${ch}`);
    }
    if (c === "_") {
      const next = this.src[this.pos + 1] ?? " ";
      if (/[\s)|?*+{]/.test(next)) { this.pos++; return this.token(() => true, undefined, "_"); }
    }
    const m = /^[^\s()[\]|?*+{}@^"]+/.exec(this.src.slice(this.pos));
    if (!m) this.fail(`unexpected "${c}"`);
    this.pos += m[0].length;
    const word = fold(m[0]);
    return this.token((t) => t.lower === word, new Set([word]), word);
  }

  private token(test: TokenTest, words: ReadonlySet<string> | undefined, source: string): PatternNode {
    const anchor = this.anchorNext;
    this.anchorNext = false;
    return { kind: "token", test, ...(words && { words }), anchor, source };
  }

  private quoted(): PatternNode {
    const end = this.src.indexOf("\"", this.pos + 1);
    if (end < 0) this.fail("an unclosed quote");
    const word = fold(this.src.slice(this.pos + 1, end));
    this.pos = end + 1;
    return this.token((t) => t.lower === word, new Set([word]), `"${word}"`);
  }

  private group(name?: string): PatternNode {
    this.pos++; // (
    const anchored = this.anchorNext;
    this.anchorNext = false;
    const alternatives: PatternNode[][] = [this.sequence()];
    while (this.peek() === "|") { this.pos++; alternatives.push(this.sequence()); }
    if (this.peek() !== ")") this.fail("a group is not closed");
    this.pos++;
    const optional = (n: PatternNode): boolean => n.kind === "repeat" ? n.min === 0 || optional(n.node) : n.kind === "group" && n.alternatives.some((a) => a.every(optional));
    if (alternatives.some((a) => !a.length || a.every(optional))) this.fail("an alternative that can match nothing (put ? after the group instead)");
    // a group of single words is one token test: the engine can index its words
    if (!name && alternatives.every((a) => a.length === 1 && a[0]!.kind === "token" && a[0]!.words && !a[0]!.anchor)) {
      const words = new Set(alternatives.flatMap((a) => [...(a[0] as unknown as { words: Set<string> }).words]));
      this.anchorNext = anchored;
      return this.token((t) => words.has(t.lower), words, `(${[...words].join("|")})`);
    }
    // so is a group of single token tests ("([lower!=,]|[num])"): each alternative takes the one token,
    // so trying the next after one failed would only fail again the same way
    if (!name && alternatives.every((a) => a.length === 1 && a[0]!.kind === "token" && !a[0]!.anchor)) {
      const tests = alternatives.map((a) => (a[0] as Extract<PatternNode, { kind: "token" }>).test);
      this.anchorNext = anchored;
      return this.token((t, tags) => { for (const f of tests) if (f(t, tags)) return true; return false; }, undefined, `(${alternatives.map((a) => (a[0] as Extract<PatternNode, { kind: "token" }>).source).join("|")})`);
    }
    if (anchored) for (const a of alternatives) { const first = a.find((n) => n.kind === "token"); if (first?.kind === "token") first.anchor = true; }
    return { kind: "group", alternatives, ...(name && { name }) };
  }

  private capture(): PatternNode {
    const m = /^@([a-z][a-zA-Z0-9_]*|_)(?::([A-Z][A-Za-z]*(?:\|[A-Z][A-Za-z]*)*)([+*]?)|=(?=\())/.exec(this.src.slice(this.pos));
    if (!m) this.fail("a capture is @name:Type, @name:Type+ or @name=( ... )");
    const name = m[1]!;
    this.pos += m[0].length;
    if (name !== "_") this.captures.add(name);
    if (m[2] === undefined) return this.group(name);
    const types = m[2].split("|").flatMap((t) => SPAN_ALIASES[t] ?? [t]);
    for (const t of types) if (!this.spanTypes.has(t)) this.fail(`unknown mention type "${t}" (known: ${[...this.spanTypes].join(", ")})`);
    if (this.anchorNext) this.fail("^ marks a token, not a mention");
    if (name !== "_") this.captureTypes.set(name, [...new Set([...(this.captureTypes.get(name) ?? []), ...types])]);
    const span: PatternNode = { kind: "span", name, types, list: m[3] !== "" };
    // "@x:Type*": an optional list
    return m[3] === "*" ? { kind: "repeat", node: span, min: 0, max: 1 } : span;
  }

  private bracket(): PatternNode {
    const end = this.src.indexOf("]", this.pos);
    if (end < 0) this.fail("an unclosed [");
    const body = this.src.slice(this.pos + 1, end);
    this.pos = end + 1;
    const tests: TokenTest[] = [];
    let words: Set<string> | undefined;
    for (const part of body.split("&").map((p) => p.trim())) {
      if (FLAGS[part]) { tests.push(FLAGS[part]!); continue; }
      const m = /^(\w+)\s*(!?=)\s*(.+)$/.exec(part);
      if (!m || !KEYS.has(m[1]!)) this.fail(`a token test is [key=value] with key one of ${[...KEYS].join(", ")}, or a flag: ${Object.keys(FLAGS).join(", ")}`);
      const [, key, op, raw] = m;
      const values = new Set(raw!.split("|").map((v) => (key === "pos" ? v.trim() : fold(v.trim()))));
      const has: TokenTest =
        key === "lower" ? (t) => values.has(t.lower)
          : key === "lemma" ? (t) => values.has(t.lemma)
            : key === "pos" ? (t) => values.has(t.pos)
              : (_t, tags) => !!tags && [...values].some((v) => tags.has(v));
      tests.push(op === "=" ? has : (t, tags) => !has(t, tags));
      if (key === "lower" && op === "=") words = values;
    }
    // (one test or two are called directly: no closure per token)
    const [a, b] = tests;
    const test: TokenTest = tests.length === 1 ? a! : tests.length === 2 ? (t, tags) => a!(t, tags) && b!(t, tags) : (t, tags) => tests.every((f) => f(t, tags));
    return this.token(test, words, `[${body}]`);
  }
}

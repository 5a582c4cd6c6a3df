// The pattern language of the rules, in the manner of spaCy's Matcher, Odin and TokensRegex,
// written as one line a reader can scan:
//
//   @defendant:Party+ (was|were) ^convicted (of|on) @charges:Charge+
//
//   word            a token whose lower-case form is `word` ("convicted", ",", "'s")
//   "a word"        the same, for words with the language's own signs: "(" "|"; \" is a quote mark
//   [pos=NOUN]      a token test: lower, lemma, pos, tag (a lexicon tag) with = or !=, values
//                   joined by |; [cap], [lower] (a lower-case word), [num], [word], [age]
//                   ("41-year-old") and [placed] ("Lagos-based") are flags; tests joined by & all hold
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
// collected so that the engine runs a rule only on sentences that hold them (analysis.ts).
import type { Token } from "../../nlp/tokens.ts";
import { fold } from "../../nlp/tokens.ts";
import { foldedNumberOf } from "../../lexicon/index.ts";
import { oneShape } from "./shapes.ts";
import { collectNeeds, collectRequires, dedupe, firstOf, leadOf, markFirsts, orderOf } from "./analysis.ts";
// (regexes with \p{...}, which tsx's esbuild writes as `new RegExp(...)` made at every use, are made once here)
const WORD_START = /^[\p{L}\p{N}]/u;
const LOWER_START = /^\p{Ll}/u;
/** "41-year-old": a person's age as one word. */
const AGE_WORD = /^\d{1,3}-year-old$/;
/** "Kelmouth-based", "Lagos-headquartered": where a body is, as one word before its name. */
const PLACED_WORD = /^\p{Lu}[\p{L}.'’-]*-(?:based|headquartered|registered|listed)$/u;
const DIGIT_START = /^\d/;

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
  /** What the pattern's required elements begin with, in their order: a match holds each, after the one before (for a quick refusal). */
  order: readonly Start[];
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
  num: (t) => (foldedNumberOf(t.lower) !== undefined && t.lower !== "a" && t.lower !== "an") || DIGIT_START.test(t.text),
  word: (t) => WORD_START.test(t.text),
  lower: (t) => LOWER_START.test(t.text),
  age: (t) => AGE_WORD.test(t.lower),
  placed: (t) => PLACED_WORD.test(t.text),
};

/**
 * Groups parsed before, by their text (with the ^ before them and the capture that names them): the
 * rules' macros are written into each pattern that uses them, and one set of rules holds the same
 * group ($ADV, $WHEN, $APP...) some hundreds of times. loadRules passes one for the rules it compiles.
 */
export type GroupCache = Map<string, ParsedGroup>;
interface ParsedGroup {
  node: PatternNode;
  /** Where the parser's ^ stands after the group (a group of single words passes it to its one token). */
  anchorAfter: boolean;
  /** The captures the group named, in order (with their mention types), for the pattern's lists. */
  captured: Captured[];
}
type Captured = [name: string, types: readonly string[] | undefined];

export function compilePattern(source: string, spanTypes: ReadonlySet<string>, groups?: GroupCache): Pattern {
  const parser = new Parser(source, spanTypes, groups);
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
  return { source, nodes: oneShape(nodes), needs, needsSpans, requires, captures: parser.captures, captureTypes: parser.captureTypes, first, lead, order: orderOf(nodes) };
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

class Parser {
  private pos = 0;
  readonly captures = new Set<string>();
  readonly captureTypes = new Map<string, readonly string[]>();
  private anchorNext = false;
  /** Every capture named so far, in order (a cached group's are named again where it is used). */
  private readonly named: Captured[] = [];
  constructor(private readonly src: string, private readonly spanTypes: ReadonlySet<string>, private readonly groups?: GroupCache) {}

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

  /**
   * A group, from the cache where the same text was parsed before with the ^ in the same place (a copy:
   * the anchor marks change nodes after parsing). The parser reads nothing past a group's ")", so the
   * same text parses the same way; a group is kept only where the parser ended where groupEnd did.
   */
  private group(name?: string): PatternNode {
    const end = this.groups ? groupEnd(this.src, this.pos) : -1;
    const key = end < 0 ? undefined : `${this.anchorNext ? "^" : ""}${name ?? ""}\u0000${this.src.slice(this.pos, end)}`;
    const hit = key === undefined ? undefined : this.groups!.get(key);
    if (hit) {
      this.pos = end;
      this.anchorNext = hit.anchorAfter;
      for (const [n, types] of hit.captured) this.name(n, types);
      return copy(hit.node);
    }
    const from = this.named.length;
    const node = this.parseGroup(name);
    if (key !== undefined && this.pos === end) {
      // (marked once here: every later use is a copy with the marks, not a group to mark again, which was a
      // third of the rules' compile time in each process and worker thread that loads them)
      const kept = copy(node);
      markFirsts([kept]);
      this.groups!.set(key, { node: kept, anchorAfter: this.anchorNext, captured: this.named.slice(from) });
    }
    return node;
  }

  /** Records a capture's name (and the mention types it takes). */
  private name(name: string, types: readonly string[] | undefined): void {
    this.named.push([name, types]);
    if (name === "_") return;
    this.captures.add(name);
    if (types) this.captureTypes.set(name, [...new Set([...(this.captureTypes.get(name) ?? []), ...types])]);
  }

  private parseGroup(name?: string): PatternNode {
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
    if (m[2] === undefined) { this.name(name, undefined); return this.group(name); }
    const types = m[2].split("|").flatMap((t) => SPAN_ALIASES[t] ?? [t]);
    for (const t of types) if (!this.spanTypes.has(t)) this.fail(`unknown mention type "${t}" (known: ${[...this.spanTypes].join(", ")})`);
    if (this.anchorNext) this.fail("^ marks a token, not a mention");
    this.name(name, types);
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
    const test: TokenTest = tests.length === 1 ? a! : tests.length === 2 ? (t, tags) => a!(t, tags) && b!(t, tags) : (t, tags) => allPass(tests, t, tags);
    return this.token(test, words, `[${body}]`);
  }
}

/** One past the ")" that closes the group opening at `at`, by the parser's signs ("...", \x, [...]); -1 if none does. */
function groupEnd(src: string, at: number): number {
  let depth = 0;
  for (let i = at; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") i++;
    else if (c === "\"" || c === "[") { i = src.indexOf(c === "[" ? "]" : c, i + 1); if (i < 0) return -1; }
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i + 1;
  }
  return -1;
}

/** A node and those inside it as new objects (their tests, words and types shared: nothing changes those). */
function copy(n: PatternNode): PatternNode {
  switch (n.kind) {
    case "token": case "span": return { ...n };
    case "group": return { ...n, alternatives: n.alternatives.map((a) => a.map(copy)) };
    case "repeat": return { ...n, node: copy(n.node) };
  }
}

/** Every test passes (a loop: `tests.every((f) => f(t, tags))` made a closure at every token tested). */
function allPass(tests: readonly TokenTest[], t: Token, tags: ReadonlySet<string> | undefined): boolean {
  for (const f of tests) if (!f(t, tags)) return false;
  return true;
}

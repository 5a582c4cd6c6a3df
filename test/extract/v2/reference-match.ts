// The matcher as it was before its fast paths (main at 51d95aa: a plain recursive walk, one continuation per
// node), kept for the tests only: engine-shortcuts.ts checks that the engine matches exactly as it does.
import type { Token } from "../../../src/nlp/tokens.ts";
import type { Pattern, PatternNode, Start } from "../../../src/extract/engine/pattern.ts";
// (where a list goes on is grammar, not a fast path: the engine's own reading)
import { describedAfter, listSeparators } from "../../../src/extract/engine/lists.ts";
import { KINSHIP } from "../../../src/lexicon/index.ts";

/** A mention the patterns can refer to: a name, a pronoun, a role, a charge phrase, a penalty... */
export interface Span {
  type: string;
  /** Token indices in the sentence: tokens[start..end). */
  start: number;
  end: number;
  /** What the layer that made the span knows of it: an entity, a role label, a charge... */
  data?: unknown;
  /** A weak mention joins a list only after "and" or "or", never after a bare comma ("fraud, one day after"). */
  weak?: boolean;
}

export interface MatchInput {
  tokens: readonly Token[];
  /** Lexicon tags of each token. */
  tags: readonly (ReadonlySet<string> | undefined)[];
  /** Mentions by the token they start at, longest first. */
  spansAt: ReadonlyMap<number, readonly Span[]>;
}

export type Capture = { span: Span } | { start: number; end: number };

export interface Match {
  start: number;
  end: number;
  /** The anchor token: where negation and hedges are looked for. */
  anchor: number;
  captures: Map<string, Capture[]>;
  /** Tokens that token tests matched: a "not" the pattern asks for negates nothing. */
  consumed: Set<number>;
}

interface State {
  captures: [string, Capture][];
  consumed: number[];
  anchor: number;
}

type Cont = (pos: number) => boolean;

interface Run extends State {
  start: number;
  result: Match | undefined;
}

function finish(run: Run, end: number, input: MatchInput): boolean {
  if (end === run.start) return false; // a match takes at least one token
  if (interposedName(run, input) || danglingPossessive(run, end, input) || objectOfPreposition(run, input)) return false;
  const captures = new Map<string, Capture[]>();
  for (const [name, c] of run.captures) {
    if (!captures.has(name)) captures.set(name, []);
    captures.get(name)!.push(c);
  }
  run.result = { start: run.start, end, anchor: run.anchor, captures, consumed: new Set(run.consumed) };
  return true;
}

const POSSESSIVES = new Set(["his", "their", "its", "her"]);

const PREPOSITIONS = new Set(["in", "at", "on", "from", "near", "outside", "inside", "of", "to", "for", "with", "into", "against", "over", "under"]);

/**
 * "A man who stabbed another outside a pub in Mallow has been jailed": a name right after a
 * preposition is that preposition's object, never the subject of the verb after it.
 */
function objectOfPreposition(run: Run, input: MatchInput): boolean {
  const before = input.tokens[run.start - 1];
  if (!before || !PREPOSITIONS.has(before.lower)) return false;
  for (const [, c] of run.captures) {
    if (!("span" in c) || c.span.start !== run.start || !/^(?:Person|Organization|Studio)$/.test(c.span.type)) continue;
    // read as the subject of the verb right after it
    const next = input.tokens[c.span.end];
    if (next && (next.pos === "AUX" || next.pos === "VERB") && run.anchor >= c.span.end) return true;
  }
  return false;
}

/**
 * "dismissed the charges against his business partner, Ana Ruiz": a possessive pronoun is the
 * owner of the noun after it, not the person the rule is about; a match that ends on one (the noun
 * left outside it) has read the wrong person. ("acquitted her of": "her" before a preposition is
 * the object, and stands.)
 */
const RELATION_SLOTS = new Set(["person", "role", "employer", "lawyer", "client", "founder", "organization", "producer", "film", "actor", "director", "relative", "accuser", "accused", "kin", "name", "alias"]);
function danglingPossessive(run: Run, end: number, input: MatchInput): boolean {
  const next = input.tokens[end];
  if (!next) return false;
  // (a name the match ends on, its "'s" left outside, in a slot of an event frame: "heard from Foster's former girlfriend")
  if ((next.lower === "'s" || next.lower === "'") && run.captures.some(([name, c]) => !RELATION_SLOTS.has(name) && "span" in c && c.span.end === end && /^(?:Person|Organization|Studio)$/.test(c.span.type))) return true;
  // (a party's name with its "'s" before a kinship word the match reads past: "TV star Ana Ruiz's husband was found guilty")
  if (run.captures.some(([name, c]) => (name === "defendant" || name === "plaintiff") && "span" in c && c.span.end < run.anchor && /^(?:'s|')$/.test(input.tokens[c.span.end]?.lower ?? "") && KINSHIP.has(input.tokens[c.span.end + 1]?.lower ?? ""))) return true;
  if (!/^(?:NOUN|ADJ|PROPN|NUM)$/.test(next.pos)) return false;
  for (const [, c] of run.captures) {
    if (!("span" in c) || c.span.end !== end || c.span.end - c.span.start !== 1) continue;
    if (POSSESSIVES.has(input.tokens[c.span.start]!.lower)) return true;
  }
  return false;
}

/**
 * "Hillary Tavdale was sentenced a day after the film's director, Randall Miller, pleaded guilty": a name
 * set off by commas right before the verb is the verb's subject, so a person captured further back is not.
 * True where such a name, in no capture of the run, stands between a captured person and the anchor with
 * only auxiliaries and adverbs after it.
 */
function interposedName(run: Run, input: MatchInput): boolean {
  if (run.anchor < 0) return false;
  const { tokens } = input;
  let firstEnd = Infinity;
  const inCapture = new Set<number>();
  for (const [, c] of run.captures) {
    const [a, b] = "span" in c ? [c.span.start, c.span.end] : [c.start, c.end];
    for (let k = a; k < b; k++) inCapture.add(k);
    if ("span" in c && c.span.type === "Person" && b <= run.anchor) firstEnd = Math.min(firstEnd, b);
  }
  for (let i = firstEnd + 1; i < run.anchor; i++) {
    if (tokens[i - 1]?.lower !== "," || inCapture.has(i)) continue;
    // ("Declan Orpen (34), of Bridge Street, Mallow, had pleaded": an address is no subject)
    if (tokens.slice(firstEnd, i).some((t) => t.lower === "of")) continue;
    for (const s of input.spansAt.get(i) ?? []) {
      if (s.type !== "Person" || tokens[s.end]?.lower !== ",") continue;
      let k = s.end + 1;
      while (k < run.anchor && (tokens[k]!.pos === "AUX" || tokens[k]!.pos === "ADV" || tokens[k]!.pos === "PART")) k++;
      if (k === run.anchor) return true;
    }
  }
  return false;
}

export function matchAt(pattern: Pattern, input: MatchInput, start: number): Match | undefined {
  const run: Run = { captures: [], consumed: [], anchor: -1, start, result: undefined };
  seq(pattern.nodes, 0, start, input, run, (end) => finish(run, end, input));
  return run.result;
}

/** Whether one of the words or mention types is at `i`. */
function startsAt(first: Start, input: MatchInput, i: number): boolean {
  const t = input.tokens[i];
  if (t && first.words.has(t.lower)) return true;
  if (first.spans.size) {
    const list = input.spansAt.get(i);
    if (list) for (const s of list) if (first.spans.has(s.type)) return true;
  }
  return false;
}

/** Where each word and each mention type is in a sentence, ascending: for the matcher to find its starts without a walk over every token. */
export interface Positions {
  words: ReadonlyMap<string, readonly number[]>;
  spans: ReadonlyMap<string, readonly number[]>;
}

/** The positions in the sentence with one of the words or mention types, marked. */
function mark(start: Start, at: Positions, marks: Uint8Array): void {
  if (start.words.size <= at.words.size) {
    for (const w of start.words) { const ps = at.words.get(w); if (ps) for (const p of ps) marks[p] = 1; }
  } else {
    for (const [w, ps] of at.words) if (start.words.has(w)) for (const p of ps) marks[p] = 1;
  }
  for (const t of start.spans) { const ps = at.spans.get(t); if (ps) for (const p of ps) marks[p] = 1; }
}

/**
 * Every match, left to right, each starting after the one before ends. Only where the pattern's first
 * word or mention is, and its lead near enough, can a match start; `at` finds those places faster.
 */
export function matchAll(pattern: Pattern, input: MatchInput, at?: Positions): Match[] {
  const out: Match[] = [];
  const n = input.tokens.length;
  const { first, lead } = pattern;
  // which tokens a match may start at
  let starts: Uint8Array | undefined;
  if (first) {
    starts = new Uint8Array(n);
    if (at) mark(first, at, starts);
    else for (let i = 0; i < n; i++) if (startsAt(first, input, i)) starts[i] = 1;
  }
  if (lead) {
    // where the lead (a word or mention every match has near its start) is next, from each token on
    let leads: Uint8Array;
    if (at) mark(lead, at, (leads = new Uint8Array(n)));
    else { leads = new Uint8Array(n); for (let i = 0; i < n; i++) if (startsAt(lead, input, i)) leads[i] = 1; }
    starts ??= new Uint8Array(n).fill(1);
    let next = n + lead.within + 1;
    for (let i = n - 1; i >= 0; i--) {
      if (leads[i]) next = i;
      if (next - i > lead.within) starts[i] = 0;
    }
  }
  const run: Run = { captures: [], consumed: [], anchor: -1, start: 0, result: undefined };
  const done = (end: number) => finish(run, end, input);
  for (let i = 0; i < n; ) {
    if (starts && !starts[i]) { i++; continue; }
    run.captures.length = 0; run.consumed.length = 0; run.anchor = -1; run.start = i; run.result = undefined;
    seq(pattern.nodes, 0, i, input, run, done);
    const m = run.result as Match | undefined;
    if (m) { out.push(m); i = Math.max(m.end, i + 1); } else i++;
  }
  return out;
}

function seq(nodes: readonly PatternNode[], k: number, pos: number, input: MatchInput, state: State, cont: Cont): boolean {
  // a run of token tests offers no choice to come back to: it is matched in a loop, not in a chain of calls
  const anchorBefore = state.anchor, consumedBefore = state.consumed.length;
  let p = pos;
  for (; k < nodes.length; k++) {
    const node = nodes[k]!;
    if (node.kind !== "token") break;
    const t = input.tokens[p];
    if (!t || !node.test(t, input.tags[p])) { state.anchor = anchorBefore; state.consumed.length = consumedBefore; return false; }
    state.consumed.push(p);
    if (node.anchor && state.anchor < 0) state.anchor = p;
    p++;
  }
  const j = k;
  if (j === nodes.length ? cont(p) : one(nodes[j]!, p, input, state, (next) => seq(nodes, j + 1, next, input, state, cont))) return true;
  state.anchor = anchorBefore;
  state.consumed.length = consumedBefore;
  return false;
}

function one(node: PatternNode, pos: number, input: MatchInput, state: State, cont: Cont): boolean {
  switch (node.kind) {
    case "token": {
      const t = input.tokens[pos];
      if (!t || !node.test(t, input.tags[pos])) return false;
      state.consumed.push(pos);
      const anchorBefore = state.anchor;
      if (node.anchor && state.anchor < 0) state.anchor = pos;
      if (cont(pos + 1)) return true;
      state.anchor = anchorBefore;
      state.consumed.pop();
      return false;
    }
    case "span":
      return spans(node, pos, input, state, cont);
    case "group": {
      const { alternatives, firsts } = node;
      for (let a = 0; a < alternatives.length; a++) {
        const alternative = alternatives[a]!, f = firsts?.[a];
        if (f && !startsAt(f, input, pos)) continue;
        const mark = state.captures.length;
        const ok = seq(alternative, 0, pos, input, state, (end) => {
          if (node.name) state.captures.push([node.name, { start: pos, end }]);
          if (cont(end)) return true;
          if (node.name) state.captures.pop();
          return false;
        });
        if (ok) return true;
        state.captures.length = mark;
      }
      return false;
    }
    case "repeat":
      if (node.node.kind === "token") return tokenRepeat(node.node, node.min, node.max, pos, input, state, cont);
      return repeat(node.node, node.min, node.max, 0, pos, input, state, cont);
  }
}

/** A repeated token test, greedy: as many tokens as pass, then one fewer at a time down to `min`. */
function tokenRepeat(node: Extract<PatternNode, { kind: "token" }>, min: number, max: number, pos: number, input: MatchInput, state: State, cont: Cont): boolean {
  const { tokens, tags } = input;
  let m = 0;
  while (m < max && pos + m < tokens.length && node.test(tokens[pos + m]!, tags[pos + m])) m++;
  if (m < min) return false;
  const anchorBefore = state.anchor, consumedBefore = state.consumed.length;
  for (let c = 0; c < m; c++) state.consumed.push(pos + c);
  for (let c = m; c >= min; c--) {
    state.consumed.length = consumedBefore + c;
    state.anchor = c > 0 && node.anchor && anchorBefore < 0 ? pos : anchorBefore;
    if (cont(pos + c)) return true;
  }
  state.anchor = anchorBefore;
  state.consumed.length = consumedBefore;
  return false;
}

function repeat(node: PatternNode, min: number, max: number, count: number, pos: number, input: MatchInput, state: State, cont: Cont): boolean {
  // greedy: one more first, then stop here
  if (count < max) {
    const more = one(node, pos, input, state, (next) => next > pos && repeat(node, min, max, count + 1, next, input, state, cont));
    if (more) return true;
  }
  return count >= min && cont(pos);
}

function spans(node: Extract<PatternNode, { kind: "span" }>, pos: number, input: MatchInput, state: State, cont: Cont): boolean {
  return takeSpan(node, pos, false, input, state, cont);
}

/** "against Corhurst, Miller's wife": a name followed by a possessive starts an apposition, not a list's next item. */
function possessed(input: MatchInput, s: Span): boolean {
  const next = input.tokens[s.end]?.lower;
  return next === "'s" || next === "'";
}

/** Whether a mention is of the node's types (after a bare comma, a strong one only). */
const takes = (node: Extract<PatternNode, { kind: "span" }>, s: Span, strong: boolean) => node.types.includes(s.type) && !(strong && s.weak);

/** Whether a mention the node takes, not followed by a possessive, starts at `at`. */
function listGoesOn(node: Extract<PatternNode, { kind: "span" }>, at: number, strong: boolean, input: MatchInput): boolean {
  const list = input.spansAt.get(at);
  if (list) for (const s of list) if (takes(node, s, strong) && !possessed(input, s)) return true;
  return false;
}

function takeSpan(node: Extract<PatternNode, { kind: "span" }>, at: number, strong: boolean, input: MatchInput, state: State, cont: Cont): boolean {
  const list = input.spansAt.get(at);
  if (!list) return false;
  const capture = node.name !== "_";
  for (const span of list) {
    if (!takes(node, span, strong)) continue;
    if (capture) state.captures.push([node.name, { span }]);
    if (node.list) {
      for (const next of listSeparators(input.tokens, span)) if (listGoesOn(node, next.at, next.comma, input) && takeSpan(node, next.at, next.comma, input, state, cont)) return true;
    }
    // (a person's name after a bare comma ends no list: grammar the engine reads too, walk.ts)
    if (!(strong && span.type === "Person" && !describedAfter(input.tokens, span.end)) && cont(span.end)) return true;
    if (capture) state.captures.pop();
  }
  return false;
}

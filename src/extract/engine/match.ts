// The matcher: a compiled pattern against one sentence's tokens and mentions, with
// backtracking. Sentences are short and patterns small, so a recursive walk is enough; runs of
// token tests, repeated tokens, mentions and unnamed groups go on to the rest of their sequence
// without a continuation of their own. Lists of mentions: lists.ts; checks of a match: checks.ts.
import type { Token } from "../../nlp/tokens.ts";
import type { Pattern, PatternNode, Start } from "./pattern.ts";
import { listSeparators } from "./lists.ts";
import { danglingPossessive, insideRelativeClause, interposedName, objectOfPreposition } from "./checks.ts";

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
  if (interposedName(run, input) || insideRelativeClause(run, input) || danglingPossessive(run, end, input) || objectOfPreposition(run, input)) return false;
  const captures = new Map<string, Capture[]>();
  for (const [name, c] of run.captures) {
    if (!captures.has(name)) captures.set(name, []);
    captures.get(name)!.push(c);
  }
  run.result = { start: run.start, end, anchor: run.anchor, captures, consumed: new Set(run.consumed) };
  return true;
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
 * word or mention is, and its lead near enough, can a match start; `at` finds those places faster, and
 * `limit` (one past the last start that can match) may say where to stop.
 */
export function matchAll(pattern: Pattern, input: MatchInput, at?: Positions, limit?: number): Match[] {
  const out: Match[] = [];
  const n = input.tokens.length;
  // (no match starts after the last place one of its needed words or mentions is; `limit`: the caller knows it)
  const end = Math.min(n, limit ?? (at ? lastStart(pattern, at, n) : n));
  const { first, lead } = pattern;
  // which tokens a match may start at
  let starts: Uint8Array | undefined;
  if (first) {
    starts = scratch(0, n, 0);
    if (at) mark(first, at, starts);
    else for (let i = 0; i < n; i++) if (startsAt(first, input, i)) starts[i] = 1;
  }
  if (lead) {
    // where the lead (a word or mention every match has near its start) is next, from each token on
    const leads = scratch(1, n, 0);
    if (at) mark(lead, at, leads);
    else for (let i = 0; i < n; i++) if (startsAt(lead, input, i)) leads[i] = 1;
    starts ??= scratch(0, n, 1);
    let next = n + lead.within + 1;
    for (let i = n - 1; i >= 0; i--) {
      if (leads[i]) next = i;
      if (next - i > lead.within) starts[i] = 0;
    }
  }
  const run = RUN;
  run.input = input;
  for (let i = 0; i < end; ) {
    if (starts && !starts[i]) { i++; continue; }
    cut(run.captures, 0); cut(run.consumed, 0); run.anchor = -1; run.start = i; run.result = undefined;
    seq(pattern.nodes, 0, i, input, run, DONE);
    const m = run.result as Match | undefined;
    if (m) { out.push(m); i = Math.max(m.end, i + 1); } else i++;
  }
  run.input = undefined;
  return out;
}

/**
 * The one run matchAll walks (it is never re-entered) and its continuation, made once, not once per
 * pattern and sentence: a match found is copied out of it (finish).
 */
const RUN: Run & { input: MatchInput | undefined } = { captures: [], consumed: [], anchor: -1, start: 0, result: undefined, input: undefined };
const DONE: Cont = (end) => finish(RUN, end, RUN.input!);

/**
 * The two arrays of marks by token matchAll needs, once made for every pattern tried on every
 * sentence: kept and cleared instead (matchAll is never re-entered). Only the first `n` are set
 * (to `fill`) and read.
 */
const SCRATCH = [new Uint8Array(64), new Uint8Array(64)];
function scratch(k: 0 | 1, n: number, fill: 0 | 1): Uint8Array {
  if (SCRATCH[k]!.length < n) SCRATCH[k] = new Uint8Array(Math.max(n, 2 * SCRATCH[k]!.length));
  return SCRATCH[k]!.fill(fill, 0, n);
}

/**
 * One past the last token a match can start at: every match holds a word of each of the pattern's
 * needed sets and a mention of each needed type, all at or after its start.
 */
function lastStart(pattern: Pattern, at: Positions, n: number): number {
  let last = n - 1;
  for (const set of pattern.needs) {
    let latest = -1;
    if (set.size <= at.words.size) {
      for (const w of set) { const ps = at.words.get(w); if (ps && ps[ps.length - 1]! > latest) latest = ps[ps.length - 1]!; }
    } else {
      for (const [w, ps] of at.words) if (set.has(w) && ps[ps.length - 1]! > latest) latest = ps[ps.length - 1]!;
    }
    if (latest < last) last = latest;
  }
  for (const type of pattern.needsSpans) {
    const ps = at.spans.get(type);
    const latest = ps ? ps[ps.length - 1]! : -1;
    if (latest < last) last = latest;
  }
  return last + 1;
}

/** Shortens an array to n items (popping is cheaper than setting the length). */
function cut(a: unknown[], n: number): void {
  while (a.length > n) a.pop();
}

function seq(nodes: readonly PatternNode[], k: number, pos: number, input: MatchInput, state: State, cont: Cont): boolean {
  // a run of token tests offers no choice to come back to: it is matched in a loop, not in a chain of calls
  const anchorBefore = state.anchor, consumedBefore = state.consumed.length;
  let p = pos;
  for (; k < nodes.length; k++) {
    const node = nodes[k]!;
    if (node.kind !== "token") break;
    const t = input.tokens[p];
    if (!t || !node.test(t, input.tags[p])) { state.anchor = anchorBefore; cut(state.consumed, consumedBefore); return false; }
    state.consumed.push(p);
    if (node.anchor && state.anchor < 0) state.anchor = p;
    p++;
  }
  const j = k, node = nodes[j];
  // a mention, a list of them or a repeated token test goes straight on to the rest of the sequence: no continuation made
  const ok = !node ? cont(p)
    : node.kind === "span" && !node.list ? spanThen(node, p, input, state, nodes, j + 1, cont)
      : node.kind === "span" ? takeSpan(node, p, false, input, state, cont, nodes, j + 1)
      : node.kind === "repeat" && node.node.kind === "token" ? tokenRepeat(node.node, node.min, node.max, p, input, state, cont, nodes, j + 1)
        : node.kind === "group" && !node.name ? groupThen(node, false, nodes, j, p, input, state, cont)
          : node.kind === "repeat" && node.min === 0 && node.max === 1 && node.node.kind === "group" && !node.node.name ? groupThen(node.node, true, nodes, j, p, input, state, cont)
            : oneThen(node, p, input, state, nodes, j + 1, cont);
  if (ok) return true;
  state.anchor = anchorBefore;
  cut(state.consumed, consumedBefore);
  return false;
}

/**
 * `one` node at `pos`, then the rest of the sequence (nodes[at..]). A function of its own so that seq makes
 * no closure: a function whose variables a closure captures allocates their context at every call, even
 * where no closure is made, and seq is called some two million times per megabyte.
 */
function oneThen(node: PatternNode, pos: number, input: MatchInput, state: State, nodes: readonly PatternNode[], at: number, cont: Cont): boolean {
  return one(node, pos, input, state, (next) => seq(nodes, at, next, input, state, cont));
}

type Group = Extract<PatternNode, { kind: "group" }>;

/** Each sequence's unnamed groups, by index: every alternative followed by the rest of the sequence. */
const JOINED = new WeakMap<readonly PatternNode[], PatternNode[][][]>();
function joined(nodes: readonly PatternNode[], j: number, group: Group): PatternNode[][] {
  let at = JOINED.get(nodes);
  if (!at) JOINED.set(nodes, (at = []));
  return (at[j] ??= group.alternatives.map((a) => [...a, ...nodes.slice(j + 1)]));
}

/**
 * An unnamed group (or an optional one) at nodes[j], then the rest of the sequence: each alternative that can
 * begin here is matched joined to the rest, with no continuation made; an optional group is then left out.
 * (An alternative never matches nothing, so "one more" of an optional group always moves on.)
 */
function groupThen(node: Group, optional: boolean, nodes: readonly PatternNode[], j: number, pos: number, input: MatchInput, state: State, cont: Cont): boolean {
  const { alternatives, firsts, dispatch } = node;
  const word = input.tokens[pos]?.lower;
  const order = dispatch ? (word !== undefined && dispatch.byWord.get(word)) || dispatch.other : undefined;
  const count = order ? order.length : alternatives.length;
  let ways: PatternNode[][] | undefined;
  for (let k = 0; k < count; k++) {
    const code = order ? order[k]! : 2 * k, a = code >> 1;
    if (code & 1 && !startsAt(firsts![a]!, input, pos)) continue;
    if (!order && firsts?.[a] && !startsAt(firsts[a]!, input, pos)) continue;
    const mark = state.captures.length;
    if (seq((ways ??= joined(nodes, j, node))[a]!, 0, pos, input, state, cont)) return true;
    cut(state.captures, mark);
  }
  return optional && seq(nodes, j + 1, pos, input, state, cont);
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
      const { alternatives, firsts, dispatch } = node;
      // the alternatives that can begin here, in order (all of them without a dispatch)
      const word = input.tokens[pos]?.lower;
      const order = dispatch ? (word !== undefined && dispatch.byWord.get(word)) || dispatch.other : undefined;
      const count = order ? order.length : alternatives.length;
      for (let k = 0; k < count; k++) {
        const code = order ? order[k]! : 2 * k, a = code >> 1;
        const alternative = alternatives[a]!;
        // (an alternative that a mention lets begin: is one of its types here?)
        if (code & 1 && !startsAt(firsts![a]!, input, pos)) continue;
        if (!order && firsts?.[a] && !startsAt(firsts[a]!, input, pos)) continue;
        const mark = state.captures.length;
        // (a group that captures nothing goes on as its alternative ends: no continuation of its own)
        const ok = !node.name ? seq(alternative, 0, pos, input, state, cont) : capturing(node.name, alternative, pos, input, state, cont);
        if (ok) return true;
        cut(state.captures, mark);
      }
      return false;
    }
    case "repeat":
      if (node.node.kind === "token") return tokenRepeat(node.node, node.min, node.max, pos, input, state, cont);
      return repeat(node.node, node.min, node.max, 0, pos, input, state, cont);
  }
}

/** A named group's alternative at `pos`, its tokens captured as it ends (apart from `one`, which then makes no closure context). */
function capturing(name: string, alternative: readonly PatternNode[], pos: number, input: MatchInput, state: State, cont: Cont): boolean {
  return seq(alternative, 0, pos, input, state, (end) => {
    state.captures.push([name, { start: pos, end }]);
    if (cont(end)) return true;
    state.captures.pop();
    return false;
  });
}

/** A repeated token test, greedy: as many tokens as pass, then one fewer at a time down to `min`. */
function tokenRepeat(node: Extract<PatternNode, { kind: "token" }>, min: number, max: number, pos: number, input: MatchInput, state: State, cont: Cont, rest?: readonly PatternNode[], at = 0): boolean {
  const { tokens, tags } = input;
  let m = 0;
  while (m < max && pos + m < tokens.length && node.test(tokens[pos + m]!, tags[pos + m])) m++;
  if (m < min) return false;
  const anchorBefore = state.anchor, consumedBefore = state.consumed.length;
  for (let c = 0; c < m; c++) state.consumed.push(pos + c);
  for (let c = m; c >= min; c--) {
    cut(state.consumed, consumedBefore + c);
    state.anchor = c > 0 && node.anchor && anchorBefore < 0 ? pos : anchorBefore;
    if (rest ? seq(rest, at, pos + c, input, state, cont) : cont(pos + c)) return true;
  }
  state.anchor = anchorBefore;
  cut(state.consumed, consumedBefore);
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

/** takeSpan for a mention that is no list, going on with rest[at..] after it. */
function spanThen(node: Extract<PatternNode, { kind: "span" }>, pos: number, input: MatchInput, state: State, rest: readonly PatternNode[], at: number, cont: Cont): boolean {
  const list = input.spansAt.get(pos);
  if (!list) return false;
  const capture = node.name !== "_";
  for (const span of list) {
    if (!takes(node, span, false)) continue;
    if (capture) state.captures.push([node.name, { span }]);
    if (seq(rest, at, span.end, input, state, cont)) return true;
    if (capture) state.captures.pop();
  }
  return false;
}

/** "against Sollo, Vale's wife": a name followed by a possessive starts an apposition, not a list's next item. */
function possessed(input: MatchInput, s: Span): boolean {
  const next = input.tokens[s.end]?.lower;
  return next === "'s" || next === "'";
}

/**
 * Whether a mention is of the node's types. After a bare comma a weak one is taken only inside a
 * list that goes on after it ("mischief" in "assault, mischief and failure to comply"), never as its
 * last item ("fraud, one day after").
 */
const takes = (node: Extract<PatternNode, { kind: "span" }>, s: Span, strong: boolean) => node.types.includes(s.type) && !(strong && s.weak && !node.list);

/** Whether a mention the node takes, not followed by a possessive, starts at `at`. */
function listGoesOn(node: Extract<PatternNode, { kind: "span" }>, at: number, strong: boolean, input: MatchInput): boolean {
  const list = input.spansAt.get(at);
  if (list) for (const s of list) if (takes(node, s, strong) && !possessed(input, s)) return true;
  return false;
}

/** A mention or a list of them at `at`, then `cont`, or the rest of a sequence (rest[from..]) where one is given. */
function takeSpan(node: Extract<PatternNode, { kind: "span" }>, at: number, strong: boolean, input: MatchInput, state: State, cont: Cont, rest?: readonly PatternNode[], from = 0): boolean {
  const list = input.spansAt.get(at);
  if (!list) return false;
  const capture = node.name !== "_";
  for (const span of list) {
    if (!takes(node, span, strong)) continue;
    if (capture) state.captures.push([node.name, { span }]);
    if (node.list) {
      for (const next of listSeparators(input.tokens, span)) if (listGoesOn(node, next.at, next.comma, input) && takeSpan(node, next.at, next.comma, input, state, cont, rest, from)) return true;
    }
    if (!(strong && span.weak) && (rest ? seq(rest, from, span.end, input, state, cont) : cont(span.end))) return true;
    if (capture) state.captures.pop();
  }
  return false;
}

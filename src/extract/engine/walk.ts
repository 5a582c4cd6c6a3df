// The backtracking walk of a compiled pattern over one sentence's tokens and mentions. Sentences are
// short and patterns small, so a recursive walk is enough; runs of token tests, repeated tokens,
// mentions and unnamed groups go on to the rest of their sequence without a continuation of their
// own. Lists of mentions: lists.ts. Where a walk starts and what a match must pass: match.ts.
import type { PatternNode, Start } from "./pattern.ts";
import type { Capture, MatchInput, Span } from "./match.ts";
import { describedAfter, listSeparators, opensClause } from "./lists.ts";

/** What a walk has taken so far: its captures, the tokens its token tests matched, its anchor. */
export interface State {
  captures: [string, Capture][];
  consumed: number[];
  anchor: number;
}

/** What follows a node: true when the rest of the pattern (and the match's checks) passed from `pos`. */
export type Cont = (pos: number) => boolean;

/** Whether one of the words or mention types is at `i`. */
export function startsAt(first: Start, input: MatchInput, i: number): boolean {
  const t = input.tokens[i];
  if (t && first.words.has(t.lower)) return true;
  if (first.spans.size) {
    const list = input.spansAt.get(i);
    if (list) for (const s of list) if (first.spans.has(s.type)) return true;
  }
  return false;
}

/** Shortens an array to n items (popping is cheaper than setting the length). */
export function cut(a: unknown[], n: number): void {
  while (a.length > n) a.pop();
}

export function seq(nodes: readonly PatternNode[], k: number, pos: number, input: MatchInput, state: State, cont: Cont): boolean {
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

/** Whether a mention the node takes, not followed by a possessive, starts at `at`, and none there opens a clause of its own after `prev`. */
function listGoesOn(node: Extract<PatternNode, { kind: "span" }>, prev: Span, at: number, strong: boolean, input: MatchInput): boolean {
  const list = input.spansAt.get(at);
  if (list?.some((s) => takes(node, s, strong) && opensClause(input.tokens, prev, at, s))) return false;
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
      for (const next of listSeparators(input.tokens, span)) if (listGoesOn(node, span, next.at, next.comma, input) && takeSpan(node, next.at, next.comma, input, state, cont, rest, from)) return true;
    }
    // (nor a person's name: "the firm that employed Mr. Kalsi, Ana Ruiz of X," is an apposition, not a list of two;
    // but one the list goes on after with a description is its item: "sued A, B, C and the school board")
    if (!(strong && (span.weak || (span.type === "Person" && !describedAfter(input.tokens, span.end)))) && (rest ? seq(rest, from, span.end, input, state, cont) : cont(span.end))) return true;
    if (capture) state.captures.pop();
  }
  return false;
}

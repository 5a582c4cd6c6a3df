// The matcher: a compiled pattern against one sentence's tokens and mentions. Where a match can
// start (and where it cannot, to skip), then the backtracking walk (walk.ts) from each such start;
// the checks a match must pass: checks.ts.
import type { Token } from "../../nlp/tokens.ts";
import type { Pattern, Start } from "./pattern.ts";
import { cut, seq, startsAt, type Cont, type State } from "./walk.ts";
import { bodyBeforeRole, danglingPossessive, insideRelativeClause, interposedName, objectOfPreposition, participleOfEarlierSubject } from "./checks.ts";

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
  /**
   * A mention the text does not spell out (the subject a joined verb phrase shares, read at its
   * "and"): a rule's reading through it yields to any reading of the same anchor without one.
   */
  implied?: boolean;
}

/**
 * Sorts mentions longest first (by end, descending), in place and stably, as `sort((a, b) => b.end - a.end)` does:
 * an insertion sort, as the lists of one start are short (Array.prototype.sort makes a work array at every call,
 * and an index of mentions is made again at every mention a layer adds).
 */
export function longestFirst(list: Span[]): void {
  for (let i = 1; i < list.length; i++) {
    const x = list[i]!;
    let j = i - 1;
    for (; j >= 0 && list[j]!.end < x.end; j--) list[j + 1] = list[j]!;
    list[j + 1] = x;
  }
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

interface Run extends State {
  start: number;
  result: Match | undefined;
}

function finish(run: Run, end: number, input: MatchInput): boolean {
  if (end === run.start) return false; // a match takes at least one token
  if (interposedName(run, input) || insideRelativeClause(run, input) || danglingPossessive(run, end, input) || objectOfPreposition(run, input) || bodyBeforeRole(run, input) || participleOfEarlierSubject(run, input)) return false;
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
 * `limit` (one past the last start that can match) may say where to stop: `ordered`, where the caller
 * has brought it under orderEnd already.
 */
export function matchAll(pattern: Pattern, input: MatchInput, at?: Positions, limit?: number, ordered = false): Match[] {
  const out: Match[] = [];
  const n = input.tokens.length;
  // (no match starts after the last place one of its needed words or mentions is; `limit`: the caller knows it)
  let end = Math.min(n, limit ?? (at ? lastStart(pattern, at, n) : n));
  // (nor after the last place the first of its ordered elements can be with the others after it)
  if (at && !ordered) end = Math.min(end, orderEnd(pattern.order, at));
  if (end <= 0) return out;
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
 * One past the last token a match can start at by `order` (analysis.ts orderOf), 0 where the sentence does
 * not hold a word or mention of each element, each after the one before (a word takes its token; a mention may
 * take none: a line's subject told before it stands at the line's start): the latest place of each element
 * with the ones after it, read from the last. `ids` and `lastOf`, where given, say where an element's words
 * are last in the sentence (the engine's need sets, rules.ts: -1 in `ids` where the element's words are none of
 * them), so that only an element whose last word stands too late is looked for in `at`.
 */
export function orderEnd(order: readonly Start[], at: Positions, ids?: Int32Array, lastOf?: Int32Array): number {
  let bound = Infinity;
  for (let k = order.length - 1; k >= 0; k--) {
    const start = order[k]!;
    // (the place before the next element's: that place itself where this one is a mention)
    const upTo = k === order.length - 1 ? Infinity : start.spans.size ? bound : bound - 1;
    let best = -1;
    if (start.words.size) {
      const last = ids && ids[k]! >= 0 ? lastOf![ids[k]!]! : -2;
      if (last !== -2 && last <= upTo) best = last;
      else if (last !== -1) {
        if (start.words.size <= at.words.size) {
          for (const w of start.words) { const ps = at.words.get(w); if (ps) best = lastUpTo(ps, upTo, best); }
        } else {
          for (const [w, ps] of at.words) if (start.words.has(w)) best = lastUpTo(ps, upTo, best);
        }
      }
    }
    for (const t of start.spans) { const ps = at.spans.get(t); if (ps) best = lastUpTo(ps, upTo, best); }
    if (best < 0) return 0;
    bound = best;
  }
  return bound + 1;
}
/** The last position at or before `upTo` in the ascending list, if after `best`; else `best`. */
function lastUpTo(ps: readonly number[], upTo: number, best: number): number {
  for (let j = ps.length - 1; j >= 0; j--) if (ps[j]! <= upTo) return ps[j]! > best ? ps[j]! : best;
  return best;
}

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

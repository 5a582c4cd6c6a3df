// What the engine knows of a compiled pattern before it meets a sentence, worked out once when the
// pattern is compiled: what a match (or a group's alternative) can begin with, the word or mention
// every match has near its start, the words every match needs (to index rules and refuse sentences).
// None of it changes what a pattern matches: it only lets the engine skip work (test/extract/v2/engine-shortcuts.ts).
import type { PatternNode, Start, Dispatch } from "./pattern.ts";

/**
 * Each group's alternatives with what they can begin with, so the matcher tries only those that can. A group
 * marked already (the parser's cached groups, and their copies, come marked: pattern.ts group) is left as it is:
 * what its alternatives begin with depends on their words, mentions and repeats alone, which a copy shares.
 */
export function markFirsts(nodes: readonly PatternNode[]): void {
  for (const n of nodes) {
    if (n.kind === "group") {
      if (n.firsts) continue;
      n.firsts = n.alternatives.map((a) => firstOf(a));
      n.dispatch = dispatchOf(n.firsts);
      n.alternatives.forEach(markFirsts);
    } else if (n.kind === "repeat") markFirsts([n.node]);
  }
}

/**
 * The alternatives to try at a token, in their order: as the firsts allow, without asking each alternative.
 * (loops, not a closure and an array per alternative and word: a group of many alternatives and words,
 * as the expanded macros make, was half of the rules' compile time and most of its garbage)
 */
function dispatchOf(firsts: readonly (Start | undefined)[]): Dispatch {
  // an alternative that can begin anywhere is tried at any word, one that begins with a mention wherever one may start
  const other: number[] = [];
  for (let a = 0; a < firsts.length; a++) {
    const f = firsts[a];
    if (!f) other.push(2 * a);
    else if (f.spans.size) other.push(2 * a + 1);
  }
  const byWord = new Map<string, number[]>();
  for (const f of firsts) if (f) for (const w of f.words) {
    if (byWord.has(w)) continue;
    const list: number[] = [];
    for (let a = 0; a < firsts.length; a++) {
      const g = firsts[a];
      if (!g || g.words.has(w)) list.push(2 * a);
      else if (g.spans.size) list.push(2 * a + 1);
    }
    byWord.set(w, list);
  }
  return { byWord, other };
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
export function leadOf(nodes: readonly PatternNode[], before: number): (Start & { within: number }) | undefined {
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


/**
 * What each element every match takes begins with, in the pattern's order ("@person:Person ... ^(is|was|
 * became|...) ... @role:Role": a Person, then one of the verbs, then a Role). An element that begins with a
 * word takes its token, so a sentence holds a match only where it holds these one after another, each after
 * the one before (at or after it for a mention, which may take no token: matchAll refuses the others).
 */
export function orderOf(nodes: readonly PatternNode[], out: Start[] = []): Start[] {
  for (const n of nodes) {
    if (n.kind === "repeat" && n.min === 0) continue;
    const inner = n.kind === "repeat" ? n.node : n;
    if (inner.kind === "group" && inner.alternatives.length === 1) { orderOf(inner.alternatives[0]!, out); continue; }
    const [f] = firstOfNode(inner);
    if (f) out.push(f);
  }
  return out;
}

type First = Start | undefined;

/** The words and mention types a sequence can begin with (undefined: any token), and whether it can match nothing. */
export function firstOf(nodes: readonly PatternNode[]): First {
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
export function collectNeeds(nodes: PatternNode[], needs: ReadonlySet<string>[], spans: string[]): void {
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
export function collectRequires(nodes: readonly PatternNode[]): ReadonlySet<string>[] {
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
export function dedupe(sets: readonly ReadonlySet<string>[]): ReadonlySet<string>[] {
  const seen = new Map<string, ReadonlySet<string>>();
  for (const s of sets) seen.set([...s].sort().join("\u0000"), s);
  const sorted = [...seen.values()].sort((a, b) => a.size - b.size);
  return sorted.filter((s, k) => !sorted.some((t, j) => j < k && [...t].every((w) => s.has(w))));
}


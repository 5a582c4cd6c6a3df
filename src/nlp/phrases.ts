// A phrase index: every vocabulary form, as a sequence of lower-case tokens, in one trie.
// Looking up a sentence costs one walk per token, however many forms the vocabularies hold.
import type { Token } from "./tokens.ts";
import { fold } from "./tokens.ts";

export interface PhraseHit<V> {
  /** Token indices: the phrase is tokens[start..end). */
  start: number;
  end: number;
  value: V;
}

interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  values: V[];
}

/**
 * Splits a vocabulary form the way the token layer splits text: at spaces, with a possessive
 * "'s" and a closing comma as tokens of their own ("attorney's office", "u.s. attorney").
 */
// (read character by character: trim, a split at /\s+/ and an expression per word cost some 4.5 µs a form, and
// every form PhraseIndex.get is asked the first time, most of them in no index, is split so)
export function formTokens(form: string): string[] {
  const s = fold(form), out: string[] = [];
  let i = 0, end = s.length;
  while (i < end && isSpace(s.charCodeAt(i))) i++;
  while (end > i && isSpace(s.charCodeAt(end - 1))) end--;
  if (i === end) return [""];
  while (i < end) {
    let j = i;
    while (j < end && !isSpace(s.charCodeAt(j))) j++;
    // (a word of at least one character before a closing "'s" or comma: "attorney's" -> "attorney", "'s")
    if (j - i >= 3 && s.charCodeAt(j - 1) === 115 && s.charCodeAt(j - 2) === 39) out.push(s.slice(i, j - 2), "'s");
    else if (j - i >= 2 && s.charCodeAt(j - 1) === 44) out.push(s.slice(i, j - 1), ",");
    else out.push(s.slice(i, j));
    i = j;
    while (i < end && isSpace(s.charCodeAt(i))) i++;
  }
  return out;
}
/** The characters of /\s/ (and of trim): white space and line ends. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const NONE: unique symbol = Symbol("none");
// (not frozen: a frozen array is of another kind to V8, and every caller's reads of the lists would see two kinds; readonly says it)
const NO_HITS: readonly PhraseHit<never>[] = [];

export class PhraseIndex<V> {
  private readonly root: TrieNode<V> = { next: new Map(), values: [] };

  add(form: string, value: V): this {
    this.looked.clear();
    let node = this.root;
    for (const t of formTokens(form)) {
      let child = node.next.get(t);
      if (!child) node.next.set(t, (child = { next: new Map(), values: [] }));
      node = child;
    }
    node.values.push(value);
    return this;
  }

  /** Every phrase that starts at `tokens[i]`, longest first. `key` picks the form of a token to compare. */
  at(tokens: readonly Token[], i: number, key?: (t: Token) => string): readonly PhraseHit<V>[] {
    // most tokens begin no phrase: one look-up, and the one empty list (not a new one for every token asked)
    const t = tokens[i];
    if (!t || !this.root.next.has(key ? key(t) : t.lower)) return NO_HITS;
    const hits: PhraseHit<V>[] = [];
    let node: TrieNode<V> | undefined = this.root;
    for (let j = i; j < tokens.length; j++) {
      node = node.next.get(key ? key(tokens[j]!) : tokens[j]!.lower);
      if (!node) break;
      for (const value of node.values) hits.push({ start: i, end: j + 1, value });
    }
    return hits.reverse();
  }

  /** The first of `at`'s hits (the longest phrase, its last value), without building the list. */
  longest(tokens: readonly Token[], i: number, key?: (t: Token) => string): PhraseHit<V> | undefined {
    let node: TrieNode<V> | undefined = this.root, end = -1, found: TrieNode<V> | undefined;
    for (let j = i; j < tokens.length; j++) {
      node = node.next.get(key ? key(tokens[j]!) : tokens[j]!.lower);
      if (!node) break;
      if (node.values.length) { found = node; end = j + 1; }
    }
    return found && { start: i, end, value: found.values[found.values.length - 1]! };
  }

  /** The longest phrase at each position, left to right, not overlapping. */
  scan(tokens: readonly Token[], key?: (t: Token) => string): PhraseHit<V>[] {
    const out: PhraseHit<V>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const hit = this.longest(tokens, i, key);
      if (hit) { out.push(hit); i = hit.end; } else i++;
    }
    return out;
  }

  /** Whether the whole form is a phrase of the index. */
  has(form: string): boolean {
    return this.get(form) !== undefined;
  }

  /** Forms looked up before, and their value (NONE: not a phrase of the index; most forms asked are not). */
  private readonly looked = new Map<string, V | typeof NONE>();
  get(form: string): V | undefined {
    // (one look-up of a form asked before, not a second to tell "not in the index" from "not asked yet")
    const known = this.looked.get(form);
    if (known !== undefined) return known === NONE ? undefined : known;
    let node: TrieNode<V> | undefined = this.root;
    for (const t of formTokens(form)) if (!(node = node.next.get(t))) break;
    const value = node?.values[0];
    if (this.looked.size < 100_000) this.looked.set(form, value ?? NONE);
    return value;
  }
}

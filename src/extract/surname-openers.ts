// "Trounce had denied any wrongdoing", "Swallow's barrister, X,": a surname that is also a common word
// ("trounce", "swallow") opens a sentence, and the tagger reads it as the verb or noun it also is, so the
// name finder, which trusts the tagger at a sentence's start, passes it by. Where the article has named
// someone in full with that surname in an earlier sentence, the word opening a later sentence before
// a verb or a possessive is that surname.
import type { NameMention } from "../types.ts";
import type { Doc } from "./document.ts";
import { classify } from "./names.ts";

const OPENERS = new Set(["\"", "“", "‘", "(", "—", "–", ":"]);
const WORD = /^\p{Lu}\p{Ll}+$/u;

export function surnameOpeners(doc: Doc, names: readonly NameMention[]): NameMention[] {
  const out: NameMention[] = [];
  /** The surnames of people named in full so far, by the sentence their first full name is in. */
  const firstSaid = new Map<string, number>();
  for (const m of names) {
    const words = m.name.split(/\s+/);
    if (m.type !== "Person" || words.length < 2 || doc.headline[m.sentence]) continue;
    const last = words[words.length - 1]!;
    if (!firstSaid.has(last) || firstSaid.get(last)! > m.sentence) firstSaid.set(last, m.sentence);
  }
  for (const s of doc.sentences) {
    if (doc.headline[s.index]) continue;
    const ts = s.tokens;
    for (let i = 0; i < Math.min(ts.length - 1, 3); i++) {
      if (i > 0 && !OPENERS.has(ts[i - 1]!.text)) continue;
      const t = ts[i]!, next = ts[i + 1]!;
      if (!WORD.test(t.text) || t.pos === "PROPN" || !((firstSaid.get(t.text) ?? Infinity) < s.index)) continue;
      // (before a verb, an auxiliary or a possessive: "Trounce had", "Trounce thanked", "Swallow's barrister")
      if (!(next.lower === "'s" || next.lower === "’s" || ((next.pos === "VERB" || next.pos === "AUX") && !next.cap))) continue;
      if (names.some((n) => n.sentence === s.index && n.first <= i && i < n.last)) continue;
      const m = classify(s, [i, i + 1]);
      if (m?.type === "Person") out.push(m);
    }
  }
  return out;
}

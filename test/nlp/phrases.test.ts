// The phrase index: `longest` (what scan and the charge phrases use) is the first of `at`'s hits,
// and folded words are the same strings however often they are folded.
import { describe, expect, it } from "vitest";
import { PhraseIndex } from "../../src/nlp/phrases.ts";
import { fold, type Token } from "../../src/nlp/tokens.ts";

const tok = (lower: string): Token => ({ start: 0, end: 0, text: lower, lower, lemma: lower, pos: "NOUN", cap: false, truecase: lower, space: true, i: 0 });

describe("PhraseIndex", () => {
  const index = new PhraseIndex<string>()
    .add("fraud", "a").add("wire fraud", "b").add("wire fraud", "c").add("wire", "d")
    .add("conspiracy to commit wire fraud", "e").add("attorney's office", "f");
  const words = ["wire", "fraud", "conspiracy", "to", "commit", "attorney", "'s", "office", "x"];

  it("longest is at()[0] at every token of many sentences", () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % words.length;
    for (let n = 0; n < 300; n++) {
      const ts = Array.from({ length: 1 + (n % 9) }, () => tok(words[next()]!));
      for (let i = 0; i <= ts.length; i++) expect(index.longest(ts, i)).toEqual(index.at(ts, i)[0]);
    }
    const ts = "conspiracy to commit wire fraud".split(" ").map(tok);
    expect(index.longest(ts, 0)).toEqual({ start: 0, end: 5, value: "e" });
    expect(index.longest(ts, 3)).toEqual({ start: 3, end: 5, value: "c" });
  });

  it("fold remembers: one string for one word", () => {
    expect(fold("Attorney’s")).toBe("attorney's");
    expect(fold("THIRD‑DEGREE")).toBe("third-degree");
    expect(fold("Jury")).toBe(fold("Jury"));
    const long = "A Very Long Phrase ".repeat(5);
    expect(fold(long)).toBe(long.toLowerCase());
  });
});

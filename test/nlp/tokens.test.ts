import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/segment/index.ts";
import { tokenizeArticle } from "../../src/nlp/tokens.ts";
import { read } from "./helpers.ts";

const STORY = `Jury Deadlocks in Trial of Former Nurse Delia Varga

RIVERTON, Ore. (Wire) — Prosecutors said on Monday that the third-degree assault charge against Varga would be retried. The jury deadlocked after nine hours.`;

describe("nlp: the token layer", () => {
  it("gives every token its offsets into the article, and joins words split at an inner hyphen", () => {
    const sentences = tokenizeArticle(STORY, splitSentences(STORY));
    for (const s of sentences) for (const t of s.tokens) expect(STORY.slice(t.start, t.end)).toBe(t.text);
    const words = sentences.flatMap((s) => s.tokens.map((t) => t.text));
    expect(words).toContain("third-degree");
    expect(sentences.every((s) => s.tokens.every((t, i) => t.i === i))).toBe(true);
  });

  it("keeps a name whole when it has letters outside Latin-1 (Polish, Croatian, Maori, Vietnamese)", () => {
    const text = "Tomasz Wiśniewski, Bogdan Ilić, Te Whenua Pōhutukawa and Nguyễn Thị Lan were fined.";
    const [s] = tokenizeArticle(text, splitSentences(text));
    const words = s!.tokens.map((t) => t.text);
    for (const w of ["Wiśniewski", "Ilić", "Pōhutukawa", "Nguyễn", "Thị"]) expect(words).toContain(w);
    for (const t of s!.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("changes tags, lemmas and the true case, never the tokens themselves", () => {
    const strip = (correct: boolean) => read(STORY, correct).map((ts) => ts.map(({ start, end, text, lower, cap, space, i }) => ({ start, end, text, lower, cap, space, i })));
    expect(strip(true)).toEqual(strip(false));
    const wink = read(STORY, false).flat(), corrected = read(STORY).flat();
    expect(wink.every((t) => t.truecase === t.text)).toBe(true);
    expect(corrected.filter((t, k) => t.pos !== wink[k]!.pos).map((t) => t.text)).toEqual(expect.arrayContaining(["Jury", "Deadlocks", "Prosecutors"]));
  });

  it("reads an article the same whatever was read before it", () => {
    const other = "Summit Pays Fine in Deepfake Case\n\nLawyers for Summit said the deepfake videos were removed. Judge Ann Vale fined the firm.";
    const first = JSON.stringify(tokenizeArticle(STORY, splitSentences(STORY)));
    tokenizeArticle(other, splitSentences(other));
    expect(JSON.stringify(tokenizeArticle(STORY, splitSentences(STORY)))).toBe(first);
  });

  it("takes a long title-case run without trouble", () => {
    const headline = Array.from({ length: 300 }, (_, i) => ["Jury", "Counts", "Deadlocks", "Judge", "Trial"][i % 5]).join(" ");
    const ts = read(headline).flat();
    expect(ts.length).toBe(300);
    expect(ts.filter((t) => t.text === "Jury").every((t) => t.pos === "NOUN")).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/segment/index.ts";

const scenarios: { name: string; text: string; tokens: string[] }[] = [
  { name: "words and punctuation", text: "The jury, at last, spoke.", tokens: ["The", "jury", ",", "at", "last", ",", "spoke", "."] },
  { name: "dotted abbreviations stay whole", text: "U.S. District Judge at 5 p.m.", tokens: ["U.S.", "District", "Judge", "at", "5", "p.m."] },
  { name: "possessives and contractions", text: "Weinstein's lawyer didn't, Cosby’s did", tokens: ["Weinstein's", "lawyer", "didn't", ",", "Cosby’s", "did"] },
  { name: "hyphenated words", text: "a third-degree rape charge, 79-year-old", tokens: ["a", "third-degree", "rape", "charge", ",", "79-year-old"] },
  { name: "money, decimals and thousands", text: "$1.5 million and 2,500 pages", tokens: ["$", "1.5", "million", "and", "2,500", "pages"] },
  { name: "a list of numbers is not one number", text: "counts 1,2 and 3", tokens: ["counts", "1", ",", "2", "and", "3"] },
  { name: "hashtags and quotes", text: "the #MeToo movement's \"reckoning\"", tokens: ["the", "#MeToo", "movement's", "\"", "reckoning", "\""] },
  { name: "initials and titles", text: "J. Robert Oppenheimer and Ms. Lee", tokens: ["J", ".", "Robert", "Oppenheimer", "and", "Ms", ".", "Lee"] },
  { name: "accented names", text: "Núñez and Brontë", tokens: ["Núñez", "and", "Brontë"] },
];

describe("segment: tokens with offsets", () => {
  it.for(scenarios)("$name", ({ text, tokens }) => {
    const spans = tokenize(text);
    expect(spans.map((t) => t.text)).toEqual(tokens);
    for (const t of spans) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("offsets of a sentence's tokens index into the whole article", () => {
    const text = "Headline\nMs. Lee, 44, testified.";
    const from = text.indexOf("Ms."), to = text.length;
    const spans = tokenize(text, from, to);
    expect(spans[0]).toEqual({ start: from, end: from + 2, text: "Ms" });
    for (const t of spans) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(spans.map((t) => t.text).join(" ")).toBe("Ms . Lee , 44 , testified .");
  });
});

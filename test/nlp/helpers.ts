// Reads an invented article through the token layer, as every extraction stage gets it.
import { splitSentences } from "../../src/segment/index.ts";
import { tokenizeArticle, type Token } from "../../src/nlp/tokens.ts";

/** The tokens of each sentence of `text` (paragraphs apart by a blank line). */
export function read(text: string, correct = true): Token[][] {
  return tokenizeArticle(text, splitSentences(text), { correct }).map((s) => s.tokens);
}

/** "word/TAG" for each token of a sentence, to compare with what a reader would say. */
export const tags = (ts: readonly Token[]) => ts.map((t) => `${t.text}/${t.pos}`).join(" ");

/** The token with this text (its first occurrence, or the n-th). */
export function word(ts: readonly Token[], text: string, n = 1): Token {
  const found = ts.filter((t) => t.text === text)[n - 1];
  if (!found) throw new Error(`no "${text}" (${n}) in: ${ts.map((t) => t.text).join(" ")}`);
  return found;
}

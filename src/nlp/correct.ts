// wink's tags corrected for court news, in place: truecasing of headlines and sentence openings
// (truecase.ts), then the context rules (rules.ts) over each sentence.
import type { TokenSentence } from "./tokens.ts";
import { truecaseArticle } from "./truecase.ts";
import { applyRules } from "./rules.ts";

export function correctArticle(text: string, sentences: TokenSentence[]): void {
  truecaseArticle(text, sentences);
  for (const s of sentences) applyRules(s.tokens);
}

// wink's tags corrected for court news, in place: truecasing of headlines and sentence openings
// (truecase.ts).
import type { TokenSentence } from "./tokens.ts";
import { truecaseArticle } from "./truecase.ts";

export function correctArticle(text: string, sentences: TokenSentence[]): void {
  truecaseArticle(text, sentences);
}

// Nothing from negated, hypothetical or questioned statements. A match states a fact only
// when no negation or hedge governs its anchor: a word of the vocabularies (not, never,
// declined; could, may, whether, if) in the anchor's clause before it, with no "and", "or" or
// "but" between, that the pattern itself did not ask for ("found not guilty" asks for its "not").
// A question states nothing; "if" or "whether" earlier in the sentence makes the rest of it a
// condition.
import type { Token } from "../../nlp/tokens.ts";
import type { Match } from "./match.ts";
import { FUTURES, HEDGES, NEGATORS } from "../../lexicon/index.ts";

export type Modality = "factual" | "planned" | "any";

const BOUNDARY = new Set([";", ":", "—", "–", "(", ")", "\"", "“", "”"]);
const COORDINATORS = new Set(["and", "or", "but", "nor", "then"]);
const CONDITIONS = new Set(["if", "whether", "unless"]);

export function modalityAllows(tokens: readonly Token[], match: Match, modality: Modality): boolean {
  if (modality === "any") return true;
  const anchor = match.anchor >= 0 ? match.anchor : match.start;
  if (isQuestion(tokens, anchor)) return false;
  for (let i = 0; i < anchor; i++) if (CONDITIONS.has(tokens[i]!.lower) && !match.consumed.has(i)) return false;
  for (let i = anchor - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (BOUNDARY.has(t.lower) || COORDINATORS.has(t.lower)) break;
    if (match.consumed.has(i)) continue;
    if (NEGATORS.has(t.lower)) return false;
    if (HEDGES.has(t.lower) && !(modality === "planned" && FUTURES.has(t.lower))) return false;
  }
  return true;
}

/** The anchor's sentence, or the quotation that holds it, ends with a question mark. */
function isQuestion(tokens: readonly Token[], anchor: number): boolean {
  for (let i = anchor; i < tokens.length; i++) {
    const w = tokens[i]!.text;
    if (w === "?") return true;
    if (w === "." || w === "!" || w === ";") return false;
  }
  return false;
}

// The words of a charge phrase that names no offence of its own but one told before ("the same charge",
// "those counts", "six others"): the forms spans/charges.ts tests at each token.
import type { Token } from "../../nlp/tokens.ts";
/** "the same charge", "that count", "the charge": a charge named before, whose offence it takes. */
export const ANAPHOR = /^(?:the same|that|this|the|the (?:first|second|third|fourth|fifth|sixth|remaining|last|other|lone|only|single)) (?:charge|count|offence|offense)$/;
export const PLURAL_ANAPHOR = /^(?:those|these|both|the two|the three|all three|all four|all those) (?:charges|counts|offences|offenses)$/;
/** "the same two charges": the charges named last, of whoever they were against. */
export const SAME_PLURAL = /^the same (?:\d+|two|three|four|five|six) (?:charges|counts|offences|offenses)$|^the same (?:charges|counts|offences|offenses)$/;
/** "six others", "the other three", "two more": more counts of the offence just named. */
export const OTHERS = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:others|more)$|^the (?:other|remaining) (?:\d+|two|three|four|five|six|seven|eight|nine|ten)$/;

/** How every ANAPHOR, PLURAL_ANAPHOR, SAME_PLURAL and OTHERS phrase begins, and how its last word ends. */
export const ANAPHOR_OPENS = /^(?:the|that|this|those|these|both|all|\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)/;
export const ANAPHOR_ENDS = /(?:charges?|counts?|offen[cs]es?|others|more|\d|two|three|four|five|six|seven|eight|nine|ten)$/;
/** Their lengths in tokens, longest first (one array, not one per token tried). */
export const ANAPHOR_LENGTHS = [4, 3, 2];

/**
 * "acquitted of two charges of fraud but convicted of a third": one more count of the offence just named,
 * only as the object of "of" or "on", closing its clause ("a third defendant" is no charge), and after counts
 * or charges told in the same sentence (alone, "acquitted of a second charge" names no offence).
 */
export function oneMore(ts: readonly Token[], i: number): boolean {
  if (ts[i]?.lower !== "a" || !/^(?:second|third|fourth|fifth|sixth)$/.test(ts[i + 1]?.lower ?? "") || !/^(?:of|on)$/.test(ts[i - 1]?.lower ?? "")) return false;
  if (!ts.slice(0, i).some((t) => /^(?:counts|charges)$/.test(t.lower))) return false;
  const after = ts[i + 2];
  return !after || after.pos === "PUNCT" || after.pos === "ADP" && after.lower !== "of" || /^(?:and|but|count|charge)$/.test(after.lower);
}

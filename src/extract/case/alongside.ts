// Whether a verdict's defendant stood trial beside someone told of before, as the sentence itself says:
// "A fourth accused, X, was acquitted" (one more of the defendants), "Goyal and Bansal were also convicted",
// "acquitted two other accused persons, A and B", "acquitted the municipal engineer, X, who was charged with
// him", "The jury acquitted his brother" (the jury told of before). Never where the sentence names another trial.
import type { Frame } from "../engine/rules.ts";
import type { SentenceLayers } from "../layers.ts";

const OTHER_ACCUSED = /^(?:other|co-accused|co-defendants?|codefendants?)$/; // "two other accused", "his co-accused"
const OTHER_TRIAL = /^(?:separate|another|different|earlier|later|previous|retrial)$/;
const ORDINALS = /^(?:second|third|fourth|fifth|sixth|seventh|eighth)$/;
const ACCUSED = /^(?:accused|defendant|co-accused|co-defendant|man|woman|teenager|youth|boy|girl|suspect)$/;

/**
 * "more": one more of the defendants of the trial told before; "before": tried beside the one told before; "co": so,
 * and named as their co-accused with no "also" ("His co-accused, Y, was cleared", "Y, who stood trial with him, was
 * acquitted"), whatever the other's outcome, on no scope of counts; "jury": before its jury.
 */
export function alongsideOf(l: SentenceLayers, f: Frame): "more" | "before" | "co" | "jury" | undefined {
  const w = (i: number) => l.tokens[i]?.lower;
  const another = l.tokens.some((t) => OTHER_TRIAL.test(t.lower));
  const verdict = f.frame === "verdict";
  // ("A fourth accused, Tom Kerr, was acquitted"; "The court acquitted a third accused, X,")
  const counted = (i: number) => /^(?:a|the)$/.test(w(i) ?? "") && ORDINALS.test(w(i + 1) ?? "") && ACCUSED.test(w(i + 2) ?? "");
  const defendants = f.slots.get("defendant");
  if (verdict && !another && (counted(0) || counted(f.anchor + 1) || othersBefore(l, defendants?.[0]?.start))) return "more";
  const otherAccused = l.tokens.slice(f.anchor + 1, defendants?.[0]?.start ?? f.anchor).some((t) => OTHER_ACCUSED.test(t.lower))
    || chargedWithHim(l, defendants?.at(-1)?.end);
  const also = w(f.anchor - 1) === "also" || w(f.anchor - 2) === "also";
  // ("His co-accused, Dean Roe, 22, was found not guilty": the co-accused named right before the defendant)
  const first = defendants?.[0]?.start ?? 0;
  const coBefore = verdict && !another && first < f.anchor && l.tokens.slice(Math.max(0, first - 3), first).some((t) => /^(?:co-accused|co-defendants?|codefendants?)$/.test(t.lower));
  // (not an outcome on every count, none named: "Y's co-accused, X, was acquitted on all charges" says not whose counts)
  if (verdict && !another && !also && !f.set.scope && (coBefore || chargedWithHim(l, defendants?.at(-1)?.end))) return "co";
  if (f.slots.has("alongside") || (verdict && !another && (also || otherAccused))) return "before";
  if (verdict && ((w(f.start) === "the" && /^(?:jury|jurors)$/.test(w(f.start + 1) ?? "")) || w(f.start) === "jurors")) return "jury";
  return undefined;
}

/** The defendants of a trial told by a count of more of them: "men", "accused", "defendants". */
const MORE_ACCUSED = /^(?:men|women|accused|defendants|co-accused|co-defendants|teenagers|youths|boys|girls|suspects)$/;

/**
 * "Two other men, X and Y, were cleared", "The other three defendants, X and Y,": the sentence counts the ones it names
 * among those tried, right before their names.
 */
function othersBefore(l: SentenceLayers, first: number | undefined): boolean {
  if (first === undefined || l.tokens[first - 1]?.lower !== ",") return false;
  const ts = l.tokens.slice(Math.max(0, first - 5), first - 1).map((t) => t.lower);
  const k = ts.indexOf("other");
  return k >= 0 && ts.slice(k + 1).some((w) => MORE_ACCUSED.test(w)) && ts.slice(k + 1).every((w) => MORE_ACCUSED.test(w) || /^(?:two|three|four|five|six|\d+)$/.test(w));
}

/** ", who was charged with him", ", who had been jointly tried with her": right after the defendant (and their name). */
function chargedWithHim(l: SentenceLayers, end: number | undefined): boolean {
  if (end === undefined) return false;
  const ts = l.tokens;
  // ("the municipal engineer, Arnel Roe, who was charged with him": the description's name in apposition)
  let at = end;
  if (ts[at]?.lower === "," && ts[at + 1]?.cap) {
    let k = at + 1;
    while (k < at + 6 && ts[k]?.cap) k++;
    if (ts[k]?.lower === ",") at = k;
  }
  const w = (i: number) => ts[at + i]?.lower ?? "";
  if (w(0) !== "," || w(1) !== "who") return false;
  let k = 2;
  while (/^(?:was|were|had|has|been|also|jointly)$/.test(w(k))) k++;
  // ("who stood trial with him": the trial's two words)
  if (w(k) === "stood" && w(k + 1) === "trial") k++;
  return /^(?:charged|tried|accused|indicted|trial)$/.test(w(k)) && /^(?:with|alongside)$/.test(w(k + 1)) && /^(?:him|her|them)$/.test(w(k + 2));
}

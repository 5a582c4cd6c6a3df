// A verdict told as a fact box, as wire and business desks set it under a story:
//
//   HOW THE JURY RULED
//   Guilty:
//   - Securities fraud (count three)
//   Not guilty:
//   - Conspiracy to commit wire fraud (count seven)
//
// A heading line that is only an outcome and a colon gives that outcome to the charge that opens
// each bulleted line after it, until a line that is neither; a bulleted line may also end on its
// own outcome ("* Count 2, securities fraud (earnings call): guilty"). The defendant is left
// unsaid, as the box leaves it; the events stage gives it the article's defendant. A "Charges:"
// heading lists the counts faced the same way, each a charge without an outcome.
import type { Mention } from "../../types.ts";
import type { Doc } from "../document.ts";
import type { SentenceLayers } from "../layers.ts";
import type { ChargeData } from "../spans/charges.ts";
import { spanMention } from "../relate.ts";
import type { CaseEvent } from "./events.ts";
// (regexes with \p{...}, which tsx's esbuild writes as `new RegExp(...)` made at every use, are made once here)
const LETTER_START = /^\p{L}/u;

/** A heading that lists charges ("Charges:"), not outcomes. */
const CHARGED = "charged";
const HEADINGS: Record<string, string> = {
  "guilty": "guilty", "found guilty": "guilty", "convicted": "guilty", "convictions": "guilty",
  "not guilty": "not_guilty", "found not guilty": "not_guilty", "acquitted": "not_guilty", "acquittals": "not_guilty", "cleared": "not_guilty",
  "hung": "hung_jury", "deadlocked": "hung_jury", "no verdict": "hung_jury", "hung jury": "hung_jury", "jury deadlocked": "hung_jury", "mistrial": "mistrial",
  "dismissed": "dismissed",
  // a list of the counts faced, each a charge without an outcome
  "charges": CHARGED, "the charges": CHARGED, "charge": CHARGED, "counts": CHARGED, "the counts": CHARGED,
  "what he faces": CHARGED, "what she faces": CHARGED, "what they face": CHARGED, "the indictment": CHARGED,
};

/** The outcome a heading line gives ("Not guilty:"), if the sentence is one. */
function heading(l: SentenceLayers): string | undefined {
  const ts = l.tokens;
  if (ts.length < 2 || ts[ts.length - 1]!.text !== ":") return undefined;
  return HEADINGS[ts.slice(0, -1).map((t) => t.lower).join(" ").replace(/ - /g, "-").replace("not-guilty", "not guilty")];
}

/** Whether the sentence opens its line after a bullet ("- ", "• ", "* "). */
function bulleted(doc: Doc, l: SentenceLayers): boolean {
  const start = l.sentence.start;
  const line = doc.text.lastIndexOf("\n", start - 1) + 1;
  return /^[ \t]*[-•*–—][ \t]+$/.test(doc.text.slice(line, start));
}

/** What parts a line's outcome from its offence: "fraud: guilty", "Murder - not guilty", "theft – acquitted". */
const SEPARATOR = /^(?::|-|–|—)$/;

/** "* Count 2, securities fraud (earnings call): guilty": a line that ends on its own outcome, and where that outcome begins. */
function trailingOutcome(l: SentenceLayers): { outcome: string; at: number } | undefined {
  const ts = l.tokens;
  const colon = ts.findLastIndex((t) => SEPARATOR.test(t.text));
  if (colon < 1 || colon < ts.length - 4) return undefined;
  const words = ts.slice(colon + 1).filter((t) => LETTER_START.test(t.text)).map((t) => t.lower).join(" ");
  const outcome = HEADINGS[words];
  return outcome ? { outcome, at: colon + 1 } : undefined;
}

/** Where a line's offence begins: at its start, or after "Count 2," or "Count 2:" that numbers it. */
function offenceStart(l: SentenceLayers): number {
  const ts = l.tokens;
  return /^(?:count|counts|charge)$/.test(ts[0]?.lower ?? "") && /^[\dA-Za-z]+$/.test(ts[1]?.text ?? "") && /^[,:]$/.test(ts[2]?.text ?? "") ? 3 : 0;
}

export function factboxEvents(doc: Doc, layers: readonly SentenceLayers[]): CaseEvent[] {
  const out: CaseEvent[] = [];
  let outcome: string | undefined, anchor: Mention | undefined;
  for (const l of layers) {
    const h = heading(l);
    if (h) { outcome = h; anchor = spanMention(l, { type: "Heading", start: 0, end: l.tokens.length - 1 }); continue; }
    const own = bulleted(doc, l) ? trailingOutcome(l) : undefined;
    if (own) {
      outcome = undefined;
      const from = offenceStart(l);
      const charge = l.spans.filter((s) => s.type === "Charge" && s.start === from && (s.data as ChargeData).family && !(s.data as ChargeData).anaphor && s.end <= own.at).sort((a, b) => b.end - a.end)[0];
      if (!charge) continue;
      out.push({
        kind: "verdict", rule: "verdict.fact-box-line", sentence: l.sentence.index, confidence: 0.8, set: { outcome: own.outcome },
        defendants: [], inferred: false, charges: [{ data: charge.data as ChargeData, mention: spanMention(l, charge) }],
        victims: [], plaintiffs: [], people: [], anchor: spanMention(l, { type: "Outcome", start: own.at, end: l.tokens.length }),
      });
      continue;
    }
    if (!outcome || !bulleted(doc, l)) { outcome = undefined; continue; }
    // the charge the line opens with, the longest one read there
    const charge = l.spans.filter((s) => s.type === "Charge" && s.start === offenceStart(l) && (s.data as ChargeData).family && !(s.data as ChargeData).anaphor).sort((a, b) => b.end - a.end)[0];
    if (!charge) continue;
    if (outcome === CHARGED) {
      out.push({
        kind: "charge", rule: "charge.fact-box", sentence: l.sentence.index, confidence: 0.75, set: {},
        defendants: [], inferred: false, charges: [{ data: charge.data as ChargeData, mention: spanMention(l, charge) }],
        victims: [], plaintiffs: [], people: [],
      });
      continue;
    }
    out.push({
      kind: "verdict", rule: "verdict.fact-box", sentence: l.sentence.index, confidence: 0.8, set: { outcome },
      defendants: [], inferred: false, charges: [{ data: charge.data as ChargeData, mention: spanMention(l, charge) }],
      victims: [], plaintiffs: [], people: [], ...(anchor && { anchor }),
    });
  }
  return boxed(out);
}

/**
 * Each event with the extent of its box: the lines of one box follow each other (a heading between
 * them at most), and a box under the headline is told before the lede that names its defendant.
 */
function boxed(events: CaseEvent[]): CaseEvent[] {
  let first = 0;
  events.forEach((e, i) => {
    if (i > 0 && e.sentence > events[i - 1]!.sentence + 2) first = i;
    const start = (e.anchor && e.anchor.sentence < e.sentence ? e.anchor.sentence : e.sentence);
    for (let j = first; j <= i; j++) events[j]!.box = [Math.min(events[first]!.box?.[0] ?? start, start), e.sentence];
  });
  return events;
}

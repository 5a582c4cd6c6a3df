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
// own outcome after a colon or a dash ("* Count 2, securities fraud (earnings call): guilty",
// "• Attempted murder – NOT GUILTY"), bulleted or numbered, or a line of its own with no full stop
// ("Count 1, assault: guilty" under "Verdicts:"). The defendant is left unsaid, as the box leaves it;
// the events stage gives it the article's defendant; a line that opens with a name and gives only
// an outcome ("- Kevin Moir: not guilty") is that defendant's. A "Charges:" heading lists the
// counts faced the same way, each a charge without an outcome; under "Pleas:" a line's outcome is a plea.
import type { Entity, Mention } from "../../types.ts";
import type { Doc } from "../document.ts";
import type { EntityData, SentenceLayers } from "../layers.ts";
import type { ChargeData } from "../spans/charges.ts";
import { spanMention } from "../relate.ts";
import type { CaseEvent } from "./events.ts";
// (regexes with \p{...}, which tsx's esbuild writes as `new RegExp(...)` made at every use, are made once here)
const LETTER_START = /^\p{L}/u;

/** A heading that lists charges ("Charges:"), not outcomes. */
const CHARGED = "charged";
const HEADINGS: Record<string, string> = {
  "guilty": "guilty", "found guilty": "guilty", "convicted": "guilty", "convictions": "guilty",
  "not guilty": "not_guilty", "not proven": "not_guilty", "found not guilty": "not_guilty", "acquitted": "not_guilty", "acquittals": "not_guilty", "cleared": "not_guilty",
  "hung": "hung_jury", "deadlocked": "hung_jury", "no verdict": "hung_jury", "hung jury": "hung_jury", "jury deadlocked": "hung_jury", "mistrial": "mistrial",
  "dismissed": "dismissed",
  // a list of the counts faced, each a charge without an outcome
  "charges": CHARGED, "the charges": CHARGED, "charge": CHARGED, "counts": CHARGED, "the counts": CHARGED,
  "what he faces": CHARGED, "what she faces": CHARGED, "what they face": CHARGED, "the indictment": CHARGED,
};

/** A box's heading over its pleas: "Pleas:", "THE PLEAS", "How they pleaded:". */
const PLEA_HEADING = /^(?:the )?(?:pleas|plea|how (?:they|the accused|the defendants) pleaded)(?: :)?$/;
/** The outcomes a plea line may give. */
const PLEAS = new Set(["guilty", "not_guilty"]);

/** The outcome a heading line gives ("Not guilty:"), if the sentence is one. */
function heading(l: SentenceLayers): string | undefined {
  const ts = l.tokens;
  if (ts.length < 2 || ts[ts.length - 1]!.text !== ":") return undefined;
  return HEADINGS[ts.slice(0, -1).map((t) => t.lower).join(" ").replace(/ - /g, "-").replace("not-guilty", "not guilty")];
}

/** A bullet before a box's line: "- ", "• ", "* ", "1. ", "2) ". */
const BULLET = /^[ \t]*(?:[-•*–—▪►]|\d{1,2}[.)])[ \t]+$/;
/** A bullet the tokenizer kept as the line's first token ("• Assault – GUILTY"). */
const BULLET_TOKEN = /^[•▪►]$/;

/** Whether the sentence opens its line after a bullet ("- ", "• ", "* ", "1. "). */
function bulleted(doc: Doc, l: SentenceLayers): boolean {
  const start = l.sentence.start;
  const line = doc.text.lastIndexOf("\n", start - 1) + 1;
  return BULLET.test(doc.text.slice(line, start)) || BULLET_TOKEN.test(l.tokens[0]?.text ?? "");
}

/** A line of its own with no full stop: a box's line, bulleted or not ("Count 1, assault: guilty"). */
function boxLine(doc: Doc, l: SentenceLayers): boolean {
  const { start, end } = l.sentence;
  const line = doc.text.lastIndexOf("\n", start - 1) + 1;
  const before = doc.text.slice(line, start);
  const after = doc.text.slice(end, (doc.text.indexOf("\n", end) + 1 || doc.text.length + 1) - 1);
  return (before.trim() === "" || BULLET.test(before)) && after.trim() === "" && !/[.!?]["”’)]?$/.test(l.sentence.text.trim());
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
  const b = BULLET_TOKEN.test(ts[0]?.text ?? "") ? 1 : 0;
  return /^(?:count|counts|charge)$/.test(ts[b]?.lower ?? "") && /^[\dA-Za-z]+$/.test(ts[b + 1]?.text ?? "") && /^[,:]$/.test(ts[b + 2]?.text ?? "") ? b + 3 : b;
}

/** "- Kevin Moir, 31: not guilty": the defendant a box's line opens with, when only an outcome follows. */
function lineDefendant(l: SentenceLayers, at: number): Entity | undefined {
  const b = BULLET_TOKEN.test(l.tokens[0]?.text ?? "") ? 1 : 0;
  const who = l.spans.find((s) => s.type === "Person" && s.start === b && s.end > b && (s.data as EntityData).entity && !(s.data as EntityData).pronoun);
  if (!who) return undefined;
  const ts = l.tokens;
  let i = who.end;
  if (ts[i]?.text === "," && /^\d{1,3}$/.test(ts[i + 1]?.text ?? "")) i += 2;
  return i === at - 1 ? (who.data as EntityData).entity : undefined;
}

export function factboxEvents(doc: Doc, layers: readonly SentenceLayers[]): CaseEvent[] {
  const out: CaseEvent[] = [];
  let outcome: string | undefined, anchor: Mention | undefined;
  // under "Pleas:", "- Ana Ruiz: guilty" is a plea, not a verdict
  let pleas = false;
  for (const l of layers) {
    if (PLEA_HEADING.test(l.tokens.map((t) => t.lower).join(" "))) { pleas = true; outcome = undefined; continue; }
    const h = heading(l);
    if (h) { outcome = h; pleas = false; anchor = spanMention(l, { type: "Heading", start: 0, end: l.tokens.length - 1 }); continue; }
    const inBox = bulleted(doc, l) || boxLine(doc, l);
    if (!inBox) pleas = false;
    const own = inBox ? trailingOutcome(l) : undefined;
    if (own && pleas) {
      const charge = l.spans.filter((s) => s.type === "Charge" && s.start === offenceStart(l) && (s.data as ChargeData).family && !(s.data as ChargeData).anaphor && s.end <= own.at).sort((a, b) => b.end - a.end)[0];
      const who = lineDefendant(l, own.at);
      if (PLEAS.has(own.outcome) && (who || charge)) {
        out.push({
          kind: "plea", rule: "plea.fact-box-line", sentence: l.sentence.index, confidence: 0.8, set: { plea: own.outcome },
          defendants: who ? [who] : [], inferred: false, charges: charge ? [{ data: charge.data as ChargeData, mention: spanMention(l, charge) }] : [],
          victims: [], plaintiffs: [], people: [], anchor: spanMention(l, { type: "Outcome", start: own.at, end: l.tokens.length }),
        });
      }
      continue;
    }
    const who = own && lineDefendant(l, own.at);
    if (own && who) {
      outcome = undefined;
      out.push({
        kind: "verdict", rule: "verdict.fact-box-defendant", sentence: l.sentence.index, confidence: 0.8, set: { outcome: own.outcome },
        defendants: [who], inferred: false, charges: [], victims: [], plaintiffs: [], people: [],
        anchor: spanMention(l, { type: "Outcome", start: own.at, end: l.tokens.length }),
      });
      continue;
    }
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

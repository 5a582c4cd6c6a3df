// "A man who admitted causing death by careless driving has been jailed": a guilty plea told inside the description
// a lede gives its defendant, in a relative clause the description's span holds (so that no rule reads it beside its
// defendant). The plea is the described person's, on the offences the clause names.
import type { Frame } from "../engine/rules.ts";
import type { SentenceLayers, EntityData } from "../layers.ts";
import type { ChargeData } from "../spans/charges.ts";
import { spanMention } from "../relate.ts";
import type { CaseEvent } from "./events.ts";

const ADMITTED = /^(?:admitted|admits)$/;
const PLEADED = /^(?:pleaded|pled)$/;

/** The plea a description of the frame's defendant tells ("a man who admitted X"), as an event of the same people. */
export function describedPlea(f: Frame, l: SentenceLayers, told: CaseEvent): CaseEvent | undefined {
  if (f.frame === "plea" || !told.defendants.length) return undefined;
  for (const d of f.slots.get("defendant") ?? []) {
    if (!(d.data as EntityData | undefined)?.description) continue;
    const ts = l.tokens;
    const who = ts.findIndex((t, i) => i > d.start && i < d.end && t.lower === "who");
    if (who < 0) continue;
    let k = who + 1;
    if (/^(?:has|had)$/.test(ts[k]?.lower ?? "")) k++;
    if (ADMITTED.test(ts[k]?.lower ?? "")) k += 1;
    else if (PLEADED.test(ts[k]?.lower ?? "") && ts[k + 1]?.lower === "guilty" && ts[k + 2]?.lower === "to") k += 3;
    else continue;
    const from = k;
    const found = l.spans.filter((s) => s.type === "Charge" && s.start >= from && s.end <= d.end && !(s.data as ChargeData).anaphor).sort((a, b) => a.start - b.start || b.end - a.end);
    const charges: typeof found = [];
    for (const s of found) if (!charges.some((o) => o.start < s.end && s.start < o.end)) charges.push(s);
    // (the first offence must open the clause: "who admitted he had lied" names none)
    if (!charges.length || charges[0]!.start > from + 1) continue;
    const verb = ts[who + 1 + (/^(?:has|had)$/.test(ts[who + 1]!.lower) ? 1 : 0)]!;
    return {
      ...told, kind: "plea", rule: "case.described-plea", set: { plea: "guilty" }, at: k - 1,
      anchor: { sentence: l.sentence.index, start: verb.start, end: verb.end, surface: verb.text }, court: undefined, judge: undefined, people: [], victims: [],
      charges: charges.map((s) => ({ data: s.data as ChargeData, mention: spanMention(l, s) })),
      penalty: undefined, inferred: false,
    };
  }
  return undefined;
}

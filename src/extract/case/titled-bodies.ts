// "The Managing Director, Tallis Foods Limited, Mrs X, was arraigned": Nigerian and Ghanaian papers set a post's
// organisation off by commas between the post and the name (rules/work-comma-titles.yaml). A case frame that read
// the organisation as its defendant, the name after it taken for an aside, is the person's: the subject is the post's holder.
import type { Frame } from "../engine/rules.ts";
import type { Span } from "../engine/match.ts";
import type { SentenceLayers } from "../layers.ts";

/** The person named after "<post>, <organisation>," where `d` is the organisation, if any. */
function holderAfter(l: SentenceLayers, d: Span): Span | undefined {
  if (d.type !== "Organization" && d.type !== "Studio") return undefined;
  const ts = l.tokens;
  const before = ts[d.start - 1]?.lower === "the" ? d.start - 2 : d.start - 1;
  if (ts[before]?.text !== "," || !l.spans.some((r) => r.type === "Role" && r.end === before)) return undefined;
  // ("The Chairman, Tarn Revenue Commission (TRC), Mr X": the body's acronym in brackets)
  const comma = ts[d.end]?.text === "(" && ts[d.end + 2]?.text === ")" ? d.end + 3 : d.end;
  if (ts[comma]?.text !== ",") return undefined;
  return l.spans.find((p) => p.type === "Person" && p.start === comma + 1);
}

export function titledHolder(l: SentenceLayers, f: Frame): Frame {
  const ds = f.slots.get("defendant");
  if (!ds?.some((d) => holderAfter(l, d))) return f;
  const slots = new Map(f.slots);
  slots.set("defendant", ds.map((d) => holderAfter(l, d) ?? d));
  return { ...f, slots };
}

// The names stage: TYPE rules read the words around a name or a title and say what it names
// ("starred in X": a film; "the streaming company X": a studio), before resolution groups them.
import type { NameMention, NameType } from "../types.ts";
import type { Doc } from "./document.ts";
import type { Frame, RuleSet } from "./engine/rules.ts";
import type { Span } from "./engine/match.ts";
import { titleSpans } from "./titles.ts";

export function applyTypes(doc: Doc, names: NameMention[], rules: RuleSet): { names: NameMention[]; frames: Frame[] } {
  const frames: Frame[] = [];
  const removed = new Set<NameMention>();
  const added: NameMention[] = [];
  const bySentence = new Map<number, NameMention[]>();
  for (const m of names) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  for (const s of doc.sentences) {
    const here = bySentence.get(s.index) ?? [];
    const spans: Span[] = [
      ...here.map((m) => ({ type: m.type, start: m.first, end: m.last, data: { mention: m } })),
      ...titleSpans(s.tokens),
    ];
    const spansAt = new Map<number, Span[]>();
    for (const sp of spans) spansAt.set(sp.start, [...(spansAt.get(sp.start) ?? []), sp]);
    for (const list of spansAt.values()) list.sort((a, b) => b.end - a.end);
    const found = rules.run({ tokens: s.tokens, tags: [], spansAt }, s.index);
    for (const frame of found) {
      if (frame.frame !== "TYPE") continue;
      frames.push(frame);
      const type = frame.set.type as NameType | "none";
      for (const span of frame.slots.get("name") ?? []) {
        const mention = (span.data as { mention?: NameMention } | undefined)?.mention;
        if (mention) {
          // a person named with a title or a given name gives way only to a strong cue
          if (mention.type === "Person" && mention.evidence === "sure" && type !== "Person" && frame.confidence < 0.85) continue;
          // a studio is an organisation already: "the production company, Rust Movie Productions"
          if (mention.type === "Studio" && type === "Organization") continue;
          if (type === "none") removed.add(mention);
          else { mention.type = type; if (frame.confidence >= 0.75) mention.evidence = "sure"; }
          continue;
        }
        // a title: one name of that type over its tokens, in place of the names inside it; a title
        // that is a sure name of something else gives way only to a strong cue ("starred in")
        const sure = here.find((m) => m.first < span.end && span.start < m.last && m.evidence === "sure" && m.type !== type && m.type !== "Place");
        if (span.type !== "Quoted" && sure && (frame.confidence < 0.85 || (sure.type === "Studio" && type === "Organization"))) continue;
        if (added.some((m) => m.sentence === s.index && m.first === span.start && m.last === span.end)) continue;
        // a name the finder already gave that type stays as it is
        if (here.some((m) => m.type === type && m.first <= span.start && span.end <= m.last && !removed.has(m))) continue;
        for (const m of here) if (m.first < span.end && span.start < m.last) removed.add(m);
        if (type === "none") continue;
        const [a, b] = (span.data as { inner?: [number, number] } | undefined)?.inner ?? [span.start, span.end];
        const first = s.tokens[a]!, last = s.tokens[b - 1]!;
        const surface = s.text.slice(first.start - s.start, last.end - s.start);
        added.push({ type, sentence: s.index, start: first.start, end: last.end, surface, name: surface.replace(/\s+/g, " "), first: a, last: b, evidence: frame.confidence >= 0.75 ? "sure" : "weak" });
      }
    }
    // one person, two names: the alias is a name of that person, whatever a TYPE rule made of it
    for (const frame of found) {
      if (frame.frame !== "ALIAS") continue;
      const person = (frame.slots.get("person")?.[0]?.data as { mention?: NameMention } | undefined)?.mention;
      if (!person || removed.has(person)) continue;
      frames.push(frame);
      for (const span of frame.slots.get("alias") ?? []) {
        const [a, b] = (span.data as { inner?: [number, number] } | undefined)?.inner ?? [span.start, span.end];
        const inside = (m: NameMention) => m.sentence === s.index && m.first < b && a < m.last;
        const mention = (span.data as { mention?: NameMention } | undefined)?.mention;
        for (const m of [...here, ...added]) if (m !== mention && inside(m)) removed.add(m);
        if (mention) { mention.type = "Person"; mention.aliasOf = person; continue; }
        const first = s.tokens[a]!, last = s.tokens[b - 1]!;
        const surface = s.text.slice(first.start - s.start, last.end - s.start);
        added.push({ type: "Person", sentence: s.index, start: first.start, end: last.end, surface, name: surface.replace(/\s+/g, " "), first: a, last: b, evidence: "sure", aliasOf: person });
      }
    }
  }
  const out = [...names.filter((m) => !removed.has(m)), ...added.filter((m) => !removed.has(m))].sort((a, b) => a.start - b.start || b.end - a.end);
  return { names: out, frames };
}

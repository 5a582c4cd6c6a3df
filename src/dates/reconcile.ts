// Dates after resolution across articles: each event takes the dates its mentions were given,
// in every article. Dates that agree (2025, 2025-06 and 2025-06-12 describe one day as precisely as
// each text could) give the most precise one; dates that disagree are all kept, and flagged.
//
//   date           the date (ISO 8601, as precise as the text allows)
//   date_evidence  the Sentence keys that state it
//   dates          only when the sources disagree: [{ date, evidence }] for every distinct date,
//                  most stated first; `date` is then the first of them
import type { GraphEntity } from "../build/index.ts";
import { sentenceKey } from "../build/index.ts";
import type { DatedMention } from "./attach.ts";

export interface StatedDate { date: string; evidence: string[] }

export function reconcileDates<T extends { entities: GraphEntity[] }>(resolved: T, dated: readonly DatedMention[]): T {
  if (dated.length === 0) return resolved;
  const byMention = new Map<string, DatedMention[]>();
  for (const d of dated) {
    const k = `${d.type}\u0000${d.article}\u0000${d.start}\u0000${d.end}`;
    byMention.set(k, [...(byMention.get(k) ?? []), d]);
  }
  const entities = resolved.entities.map((e) => {
    const found = new Map<string, Set<string>>();
    const staged = new Set<string>(); // every date the stage gave a mention of this node, whatever its outcome
    for (const m of e.mentions) {
      for (const d of byMention.get(`${e.type}\u0000${m.article}\u0000${m.start}\u0000${m.end}`) ?? []) {
        staged.add(d.date);
        if (d.outcome !== undefined && d.outcome !== e.attrs.outcome) continue;
        const set = found.get(d.date) ?? new Set<string>();
        set.add(sentenceKey(d.article, d.sentence));
        found.set(d.date, set);
      }
    }
    // A date the stage gave a verdict merged here from another outcome is not this node's; a date
    // the extractor set itself is kept.
    const { date: stale, ...attrs } = e.attrs;
    if (found.size === 0) return typeof stale === "string" && staged.has(stale) ? { ...e, attrs } : e;
    const stated = mergeCompatible([...found].map(([date, evidence]) => ({ date, evidence: [...evidence].sort() })));
    const dateAttrs: Record<string, unknown> = { date: stated[0]!.date, date_evidence: stated[0]!.evidence };
    if (stated.length > 1) dateAttrs.dates = stated;
    return { ...e, attrs: { ...attrs, ...dateAttrs } as GraphEntity["attrs"] };
  });
  return { ...resolved, entities };
}

/**
 * Folds each date into a more precise one it agrees with (2025 into 2025-06-12), then orders them
 * by how many sentences state them, most precise and earliest first on a tie.
 */
export function mergeCompatible(dates: StatedDate[]): StatedDate[] {
  const sorted = [...dates].sort((a, b) => b.date.length - a.date.length || (a.date < b.date ? -1 : 1));
  const kept: StatedDate[] = [];
  for (const d of sorted) {
    const finer = kept.filter((k) => k.date.startsWith(d.date));
    if (finer.length === 1) finer[0]!.evidence = [...new Set([...finer[0]!.evidence, ...d.evidence])].sort();
    else kept.push({ date: d.date, evidence: [...d.evidence] });
  }
  return kept.sort((a, b) => b.evidence.length - a.evidence.length || b.date.length - a.date.length || (a.date < b.date ? -1 : 1));
}

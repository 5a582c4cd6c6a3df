// An article's relations as a large build's reduce holds them until resolution reads them, in its
// last pass only (src/resolve/across.ts): two flat columns rather than an object and two arrays
// per relation. At 5 MB the maps' relations were 10 MB of live heap, a third of every map, held
// through every pass of resolution that never reads them.
import type { Relation } from "../extract/types.ts";

/** One window's relations: per relation its strings (type, source, target, relation, the rule ids' array) and its numbers (confidence, evidence count, evidence). */
export interface HeldRelations {
  strings: (string | readonly string[] | undefined)[];
  numbers: Float64Array;
}

const STRINGS = 5;

/**
 * A holder for one build: relations found by the same rules share one array of rule ids (the
 * reader copies a relation's rule ids before it changes them).
 */
export function relationHolder(): (relations: readonly Relation[]) => HeldRelations {
  const rules = new Map<string, readonly string[]>();
  const sharedRule = (rule: readonly string[]) => {
    const id = rule.join("\u0000");
    let known = rules.get(id);
    if (!known) rules.set(id, (known = Object.freeze([...rule])));
    return known;
  };
  return (relations) => {
    const strings: HeldRelations["strings"] = new Array(relations.length * STRINGS);
    let count = 0;
    for (const r of relations) count += 2 + r.evidence.length;
    const numbers = new Float64Array(count);
    let s = 0, n = 0;
    for (const r of relations) {
      strings[s++] = r.type; strings[s++] = r.source; strings[s++] = r.target; strings[s++] = r.relation; strings[s++] = sharedRule(r.rule);
      numbers[n++] = r.confidence;
      numbers[n++] = r.evidence.length;
      for (const e of r.evidence) numbers[n++] = e;
    }
    return { strings, numbers };
  };
}

/** The relations again, as the extractor gave them (a `relation` key only where it had one). */
export function heldRelations({ strings, numbers }: HeldRelations): Relation[] {
  const out: Relation[] = [];
  for (let s = 0, n = 0; s < strings.length; s += STRINGS) {
    const confidence = numbers[n++]!, count = numbers[n++]!;
    const evidence: number[] = new Array(count);
    for (let i = 0; i < count; i++) evidence[i] = numbers[n++]!;
    const relation = strings[s + 3] as string | undefined;
    out.push({ type: strings[s] as Relation["type"], source: strings[s + 1] as string, target: strings[s + 2] as string, evidence, confidence,
      rule: strings[s + 4] as string[], ...(relation !== undefined && { relation }) });
  }
  return out;
}

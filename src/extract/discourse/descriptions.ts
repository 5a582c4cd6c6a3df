// Descriptions: "the judge", "the former producer" stand for the one person of the article
// who holds that role, once the roles stage has found who holds what.
import type { Entity } from "../../types.ts";
import type { Span } from "../engine/match.ts";
import type { Facts } from "../facts.ts";
import type { EntityData, SentenceLayers } from "../layers.ts";
import type { RoleData } from "../spans/roles.ts";
import type { Gender } from "../../lexicon/index.ts";

export function describePeople(l: SentenceLayers, facts: Facts, _gender: Map<Entity, Gender>, _layers: readonly SentenceLayers[]): Span[] {
  const ts = l.tokens;
  const out: Span[] = [];
  const taken = (a: number, b: number) => l.spans.some((s) => (s.type === "Person") && s.start < b && a < s.end);
  for (const span of l.spans) {
    if (span.type !== "Role") continue;
    const role = span.data as RoleData;
    if (role.unnamed) continue;
    // "the judge", "the former producer": a definite description, not a title before a name
    let a = span.start;
    while (a > 0 && /^(?:former|then|longtime|veteran|disgraced|embattled)$/.test(ts[a - 1]!.lower)) a--;
    if (ts[a - 1]?.lower !== "the") continue;
    if ((l.spansAt.get(span.end) ?? []).some((s) => s.type === "Person")) continue;
    // in apposition, the description is the role of the name before it, which the roles stage has read
    if (ts[a - 2]?.lower === ",") continue;
    if (taken(a - 1, span.end)) continue;
    const holders = facts.entities.filter((e) => e.type === "Person" && facts.rolesOf(e).includes(role.label));
    if (holders.length !== 1) continue;
    out.push({ type: "Person", start: a - 1, end: span.end, data: { entity: holders[0]!, description: true } satisfies EntityData });
  }
  return out;
}

// Families by their surname: "the Okafor brothers testified", "the Lind sisters", "the Marsh
// twins" stand for the people of the article who bear that surname, when it names at least two of
// them (and as many as a number says: "the two Okafor brothers"). A case rule that reads the group
// reads each of them; plain relations refuse a group (relate.ts).
import type { Entity } from "../../types.ts";
import type { Span } from "../engine/match.ts";
import type { Facts } from "../facts.ts";
import type { EntityData, SentenceLayers } from "../layers.ts";
import { numberOf } from "../../lexicon/index.ts";

/** The nouns that make a surname a family's: "the Okafor brothers". */
const FAMILY_NOUNS = /^(?:brothers|sisters|siblings|twins)$/;

const surname = (label: string) => label.trim().split(/\s+/).pop()!.toLowerCase();

export function familyGroups(l: SentenceLayers, facts: Facts): Span[] {
  const ts = l.tokens;
  const out: Span[] = [];
  for (const s of l.spans) {
    const d = s.type === "Person" ? s.data as EntityData | undefined : undefined;
    if (!d?.mention || d.pronoun || d.description || d.group || !FAMILY_NOUNS.test(ts[s.end]?.lower ?? "")) continue;
    // the name is one surname alone ("Okafor", not "Tunde Okafor brothers")
    const words = ts.slice(s.start, s.end).filter((t) => /\p{L}/u.test(t.text));
    if (words.length !== 1) continue;
    const name = words[0]!.lower;
    const members = facts.entities.filter((e): e is Entity => e.type === "Person" && e.label.includes(" ") && surname(e.label) === name);
    if (members.length < 2) continue;
    // "the Okafor brothers", "the two Okafor brothers"
    let start = s.start;
    const size = numberOf(ts[start - 1]?.lower ?? "");
    if (size !== undefined) { if (size !== members.length) continue; start--; }
    if (ts[start - 1]?.lower === "the") start--;
    out.push({ type: "Person", start, end: s.end + 1, data: { entity: members[0]!, description: true, group: members } satisfies EntityData });
  }
  return out;
}

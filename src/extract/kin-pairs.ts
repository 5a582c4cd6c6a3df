// Who is kin to whom in a list: "A and B, his sons" is each one's; "A, B, his wife" gives the singular
// kinship word to the nearest name, and a later item with a kinship of its own to the same "his" that one.
import type { Frame } from "./engine/rules.ts";
import type { Span } from "./engine/match.ts";
import type { EntityData, SentenceLayers } from "./layers.ts";
import type { Kinship } from "../lexicon/index.ts";

/** "A and B, his sons": each; "A, B, his wife": a kinship word in the singular is the nearest one's. */
export function kinPairs(l: SentenceLayers, f: Frame, people: readonly Span[], relatives: readonly Span[], relation: string): [Span, Span, string][] {
  const kin = f.slots.get("kin")?.[0];
  let kept: [Span, string][] = people.map((p) => [p, relation]);
  if (kin && people.length > 1 && !/(?:s|children)$/.test(l.tokens[kin.end - 1]!.lower)) {
    const dist = (p: Span) => Math.min(Math.abs(p.start - kin.end), Math.abs(kin.start - p.end));
    const nearest = people.reduce((a, b) => (dist(b) < dist(a) ? b : a));
    // ("his partner, A, and his eldest son, B": a later item with a kinship of its own to the same "his" has that one;
    // "X's wife, A, and his mother, B": so has one whose "his" stands for the named owner X)
    const owner = possessiveBefore(l, kin);
    const named = owner ? undefined : relatives.length === 1 && /^(?:'s|')$/.test(l.tokens[relatives[0]!.end]?.lower ?? "") ? (relatives[0]!.data as EntityData | undefined)?.entity : undefined;
    kept = [[nearest, relation], ...people.flatMap((p): [Span, string][] => {
      const own = p === nearest || !(owner || named) ? undefined : l.spans.find((k) => k.type === "Kin" && (k.end === p.start || k.end + 1 === p.start && l.tokens[k.end]!.lower === ","));
      const his = own && possessiveBefore(l, own);
      const same = !!his && (owner ? his === owner : l.spans.some((x) => x.type === "Person" && x.start === own!.start - 1 && (x.data as EntityData | undefined)?.pronoun && (x.data as EntityData).entity === named));
      return same ? [[p, (own!.data as Kinship).relation]] : [];
    })];
  }
  return kept.flatMap(([p, rel]) => relatives.map((r) => [p, r, rel] as [Span, Span, string]));
}

/** The possessive pronoun before a kinship word and its modifiers ("his" of "his eldest son"), if any. */
function possessiveBefore(l: SentenceLayers, kin: Span): string | undefined {
  for (let k = kin.start - 1; k >= kin.start - 3 && k >= 0; k--) {
    const w = l.tokens[k]!.lower;
    if (w === "his" || w === "her" || w === "their") return w;
    if (l.tokens[k]!.pos !== "ADJ" && l.tokens[k]!.pos !== "NOUN") return undefined;
  }
  return undefined;
}

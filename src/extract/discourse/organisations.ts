// Descriptions of a body: "the hospital's then chief executive, X", "the company's chief financial
// officer", and of a title: "who starred in the film" (the one film or show the article names). A definite description whose noun is one of lexicon/names.json's organisation
// descriptions stands for the one organisation or studio of the article whose name ends in one of
// that description's words ("the hospital" for "Countess of Wessex Hospital"); with two such bodies,
// or none, it stands for no one.
import type { Entity } from "../../types.ts";
import type { Span } from "../engine/match.ts";
import type { EntityData, SentenceLayers } from "../layers.ts";
import { ORG_DESCRIPTIONS } from "../../lexicon/index.ts";

export function bodyDescriptions(l: SentenceLayers, bodies: readonly Entity[]): Span[] {
  const out: Span[] = [];
  const ts = l.tokens;
  for (let i = 1; i < ts.length; i++) {
    const heads = ORG_DESCRIPTIONS.get(ts[i]!.lower);
    if (!heads || ts[i - 1]!.lower !== "the" || ts[i]!.cap || ts[i + 1]?.cap) continue;
    // ("the company's", "the hospital responded": not "the company secretary", a noun of its own)
    const next = ts[i + 1];
    if (next && next.pos === "NOUN" && !/^(?:'s|')$/.test(next.lower)) continue;
    const fits = heads.has("*film") ? bodies.filter((e) => e.type === "Film") : bodies.filter((e) => e.type !== "Film" && heads.has(e.label.split(/\s+/).pop()!));
    if (fits.length !== 1 || l.spans.some((s) => s.start < i + 1 && i - 1 < s.end && s.type !== "Role" && s.type !== "ChargeLike")) continue;
    out.push({ type: fits[0]!.type, start: i - 1, end: i + 1, data: { entity: fits[0]!, description: true } satisfies EntityData });
  }
  return out;
}

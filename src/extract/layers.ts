// The mentions the rules can refer to, per sentence: names (with the entity resolution gave
// them), pronouns and descriptions resolved to people, role phrases, charge phrases, penalties,
// sums of money, kinship words and titles of works.
import type { Entity, NameMention } from "../types.ts";
import type { TokenSentence } from "../nlp/tokens.ts";
import type { MatchInput, Span } from "./engine/match.ts";
import type { PersonRef } from "./discourse/pronouns.ts";
import { roleSpans } from "./spans/roles.ts";
import { chargeSpans } from "./spans/charges.ts";
import { moneySpans, penaltySpans } from "./spans/amounts.ts";
import { titleSpans } from "./titles.ts";
import { KINSHIP } from "../lexicon/index.ts";

/** What a name, pronoun or description span refers to. */
export interface EntityData {
  entity: Entity;
  mention?: NameMention;
  pronoun?: boolean;
  description?: boolean;
}

export interface SentenceLayers extends MatchInput {
  sentence: TokenSentence;
  spans: Span[];
}

export function buildLayers(
  sentence: TokenSentence,
  names: readonly NameMention[],
  entityOf: ReadonlyMap<NameMention, Entity>,
  people: readonly PersonRef[],
): SentenceLayers {
  const ts = sentence.tokens;
  const spans: Span[] = [];
  for (const m of names) {
    const entity = entityOf.get(m);
    if (!entity) continue;
    // a quoted name ("Salt Roads") is read with its quotation marks
    const quoted = /^["“‘']$/.test(ts[m.first - 1]?.text ?? "") && /^["”’']$/.test(ts[m.last]?.text ?? "");
    spans.push({ type: entity.type, start: quoted ? m.first - 1 : m.first, end: quoted ? m.last + 1 : m.last, data: { entity, mention: m } satisfies EntityData });
  }
  for (const p of people) spans.push({ type: "Person", start: p.first, end: p.last, data: { entity: p.entity, ...(p.pronoun ? { pronoun: true } : { description: true }) } satisfies EntityData });
  const titles = names.filter((m) => m.title && entityOf.has(m)).map((m) => m.title!);
  spans.push(...roleSpans(ts, titles));
  spans.push(...chargeSpans(ts));
  const money = moneySpans(ts);
  spans.push(...money, ...penaltySpans(ts, money));
  for (const hit of KINSHIP.scan(ts)) spans.push({ type: "Kin", start: hit.start, end: hit.end, data: hit.value });
  spans.push(...titleSpans(ts));
  return { sentence, spans, tokens: ts, tags: [], spansAt: index(spans) };
}

/** Adds spans (descriptions found after the roles stage) to a sentence's layers. */
export function addSpans(layers: SentenceLayers, more: readonly Span[]): void {
  layers.spans.push(...more);
  layers.spansAt = index(layers.spans);
}

function index(spans: readonly Span[]): Map<number, Span[]> {
  const at = new Map<number, Span[]>();
  for (const s of spans) {
    const list = at.get(s.start) ?? [];
    list.push(s);
    at.set(s.start, list);
  }
  for (const list of at.values()) list.sort((a, b) => b.end - a.end);
  return at;
}

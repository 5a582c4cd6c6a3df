// Relation frames become relations: each slot's mention stands for an entity (a name, a
// pronoun, a description) or makes one (a role phrase makes the Role of its label).
import type { RelationType } from "../schema.ts";
import type { Entity, Mention } from "../types.ts";
import type { Frame } from "./engine/rules.ts";
import type { Span } from "./engine/match.ts";
import type { Facts } from "./facts.ts";
import type { EntityData, SentenceLayers } from "./layers.ts";
import type { RoleData } from "./spans/roles.ts";
import type { Kinship } from "../lexicon/index.ts";

/** Frames that are one relation each, and their [source, target] slots. */
const RELATION_SLOTS: Partial<Record<string, [RelationType, string, string]>> = {
  HOLDS_ROLE: ["HOLDS_ROLE", "person", "role"],
  WORKS_FOR: ["WORKS_FOR", "person", "employer"],
  REPRESENTS: ["REPRESENTS", "lawyer", "client"],
  FOUNDED: ["FOUNDED", "founder", "organization"],
  PRODUCED: ["PRODUCED", "producer", "film"],
  ACTED_IN: ["ACTED_IN", "actor", "film"],
  DIRECTED: ["DIRECTED", "director", "film"],
  WORKED_ON: ["WORKED_ON", "person", "film"],
  RELATED_TO: ["RELATED_TO", "person", "relative"],
  ACCUSED: ["ACCUSED", "accuser", "accused"],
};

/** The mention a span is, as offsets into the article. */
export function spanMention(l: SentenceLayers, span: Span): Mention {
  const ts = l.sentence.tokens;
  const start = ts[span.start]!.start, end = ts[span.end - 1]!.end;
  return { sentence: l.sentence.index, start, end, surface: l.sentence.text.slice(start - l.sentence.start, end - l.sentence.start) };
}

/** The entity a span stands for; a role phrase makes (or finds) its Role. */
export function spanEntity(l: SentenceLayers, span: Span, facts: Facts): Entity | undefined {
  if (span.type === "Role") return facts.role((span.data as RoleData).label, spanMention(l, span));
  const data = span.data as EntityData | undefined;
  if (!data?.entity) return undefined;
  if (data.pronoun || data.description) facts.mention(data.entity, spanMention(l, span));
  return data.entity;
}

export function applyRelationFrames(frames: readonly Frame[], layers: readonly SentenceLayers[], facts: Facts): void {
  for (const f of frames) {
    const def = RELATION_SLOTS[f.frame];
    if (!def) continue;
    const [type, from, to] = def;
    const l = layers[f.sentence]!;
    const sources = f.slots.get(from) ?? [], targets = f.slots.get(to) ?? [];
    let relation = f.set.relation;
    if (type === "RELATED_TO" && !relation) relation = ((f.slots.get("kin")?.[0]?.data) as Kinship | undefined)?.relation;
    if (type === "RELATED_TO" && !relation) continue;
    // "told reporters Ana Ruiz": a plural role before one name is not hers
    if (type === "HOLDS_ROLE" && sources.length === 1 && targets.some((t) => (t.data as RoleData).plural && t.end === sources[0]!.start)) continue;
    for (const s of sources) for (const t of targets) {
      const source = spanEntity(l, s, facts), target = spanEntity(l, t, facts);
      if (!source || !target || source === target) continue;
      facts.relate(type, source, target, f.sentence, f.confidence, f.rule, relation);
    }
  }
}

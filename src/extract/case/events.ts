// The events stage's frames read as events of a case: each slot's mentions resolved to
// entities, charge phrases kept with what the phrase says, and the defendant an event leaves
// unsaid ("The jury deadlocked on two counts") taken from the events told just before.
import type { Entity, Mention } from "../../types.ts";
import type { Frame } from "../engine/rules.ts";
import type { Span } from "../engine/match.ts";
import type { Facts } from "../facts.ts";
import type { EntityData, SentenceLayers } from "../layers.ts";
import type { ChargeData } from "../spans/charges.ts";
import { spanMention } from "../relate.ts";

export interface ChargeRef {
  data: ChargeData;
  mention: Mention;
}

export interface CaseEvent {
  kind: string;
  rule: string;
  sentence: number;
  confidence: number;
  set: Record<string, string>;
  defendants: Entity[];
  /** Whether the defendants were said, or taken from the events before. */
  inferred: boolean;
  charges: ChargeRef[];
  victims: Entity[];
  plaintiffs: Entity[];
  court?: Entity;
  judge?: Entity;
  people: Entity[];
  penalty?: string;
  damages?: string;
}

/** The people, companies and courts a slot's spans stand for. */
function entitiesOf(spans: readonly Span[] | undefined, l: SentenceLayers, facts: Facts): Entity[] {
  const out: Entity[] = [];
  for (const s of spans ?? []) {
    const data = s.data as EntityData | undefined;
    if (!data?.entity) continue;
    if (data.pronoun || data.description) facts.mention(data.entity, spanMention(l, s));
    if (!out.includes(data.entity)) out.push(data.entity);
  }
  return out;
}

export function readEvents(frames: readonly Frame[], layers: readonly SentenceLayers[], facts: Facts): CaseEvent[] {
  const out: CaseEvent[] = [];
  for (const f of frames) {
    if (/^[A-Z]/.test(f.frame)) continue; // relation frames are read by relate.ts
    const l = layers[f.sentence]!;
    const text = (s: Span) => l.sentence.text.slice(l.tokens[s.start]!.start - l.sentence.start, l.tokens[s.end - 1]!.end - l.sentence.start);
    const one = (slot: string) => entitiesOf(f.slots.get(slot), l, facts)[0];
    const charges = (f.slots.get("charges") ?? []).filter((s) => s.data).map((s) => ({ data: s.data as ChargeData, mention: spanMention(l, s) }));
    const penalty = f.slots.get("penalty")?.[0];
    const damages = f.slots.get("damages")?.[0];
    out.push({
      kind: f.frame,
      rule: f.rule,
      sentence: f.sentence,
      confidence: f.confidence,
      set: f.set,
      defendants: entitiesOf([...(f.slots.get("defendant") ?? []), ...(f.slots.get("against") ?? [])], l, facts),
      inferred: false,
      charges,
      victims: entitiesOf(f.slots.get("victim"), l, facts),
      plaintiffs: entitiesOf(f.slots.get("plaintiff"), l, facts),
      court: one("court"),
      judge: one("judge"),
      people: entitiesOf([...(f.slots.get("witness") ?? []), ...(f.slots.get("prosecutor") ?? []), ...(f.slots.get("lawyer") ?? [])], l, facts),
      ...(penalty && { penalty: text(penalty) }),
      ...(damages && { damages: text(damages) }),
    });
  }
  return out;
}

const CIVIL = new Set(["liable", "not_liable", "settled"]);
export const isCivil = (e: CaseEvent) => e.kind === "suit" || CIVIL.has(e.set.outcome ?? "");

/** Kinds of event whose defendant may go unsaid and be taken from the events before. */
const NEEDS_DEFENDANT = new Set(["verdict", "trial", "sentence", "appeal", "charge", "plea", "victim"]);
const REACH = 6;

/**
 * Fills the defendant an event leaves unsaid: the defendant of the nearest event before it in
 * the same sentence or up to six sentences back (of the same kind of case: criminal or civil),
 * else, when the article has one defendant of that kind, that one.
 */
export function fillDefendants(events: CaseEvent[]): void {
  const said = events.filter((e) => e.defendants.length);
  for (const civil of [false, true]) {
    const kind = said.filter((e) => isCivil(e) === civil);
    const all = new Set(kind.flatMap((e) => e.defendants));
    for (const e of events) {
      if (e.defendants.length || isCivil(e) !== civil || !NEEDS_DEFENDANT.has(e.kind)) continue;
      const before = kind.filter((x) => x.sentence <= e.sentence && x.sentence >= e.sentence - REACH && x !== e && (x.sentence < e.sentence || events.indexOf(x) < events.indexOf(e)));
      const nearest = before[before.length - 1];
      if (nearest) e.defendants = [...nearest.defendants];
      else if (all.size === 1) e.defendants = [...all];
      e.inferred = e.defendants.length > 0;
    }
  }
}

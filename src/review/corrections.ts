// Corrections that last: a person's decisions (casegraph.corrections.json) applied to the resolved
// entities and relations by every build, in file order, each to what the ones before it left. A
// correction that no longer applies (its entity or sentence has gone) is reported, never fatal. Pure.
import type { Article } from "../ingest/index.ts";
import { articleKey } from "../ingest/index.ts";
import type { Sentence } from "../segment/index.ts";
import type { GraphEntity, GraphRelation } from "../build/index.ts";
import { sentenceKey } from "../build/index.ts";
import { slug } from "../resolve/names.ts";
import { z } from "zod";
import { Correction, NodeAttributes, RELATION_ENDS, type CorrectionsReport, type EntityHandle, type EntityType, type FactHandle } from "../schema.ts";
import { describeHandle, namedBy, sameText } from "./handles.ts";
import { datesAgree } from "./values.ts";

export interface CorrectionsInput {
  documents: readonly { article: Article; sentences: readonly Sentence[] }[];
  entities: readonly GraphEntity[];
  relations: readonly GraphRelation[];
}
export type CorrectionStatus = CorrectionsReport["status"][number];
export interface Corrected {
  entities: GraphEntity[];
  relations: GraphRelation[];
  status: CorrectionStatus[];
  /** Attribute values a person confirmed: `<entity key>\u0000<attribute>` → value. */
  confirmed: Map<string, string | number>;
}

class Stale extends Error {}
type Outcome = "applied" | "no_effect" | { applied: string };

/** Applies each correction in order; an entry that is not a correction is reported like a stale one. */
export function applyCorrections(corrections: readonly unknown[], input: CorrectionsInput): Corrected {
  // Nothing to apply: the input as it is, without the copy of every entity, relation and sentence
  // key that corrections work on (a few MB of heap per MB of articles, at the build's peak).
  if (corrections.length === 0) return { entities: [...input.entities], relations: [...input.relations], status: [], confirmed: new Map() };
  const state = new State(input);
  const status = corrections.map((entry, index): CorrectionStatus => {
    const parsed = Correction.safeParse(entry);
    if (!parsed.success) return { index, state: "stale", message: `not a correction: ${z.prettifyError(parsed.error).replace(/✖\s*/g, "").replace(/\s*\n\s*/g, " ")}` };
    try {
      const outcome = state.apply(parsed.data);
      return typeof outcome === "string" ? { index, state: outcome } : { index, state: "applied", message: outcome.applied };
    } catch (err) {
      if (err instanceof Stale) return { index, state: "stale", message: err.message };
      throw err;
    }
  });
  return { ...state.result(), status };
}

/** Types whose labels are made up by the build ("Delahunt trial: guilty"), not names to keep as aliases. */
const HAS_NO_ALIASES = new Set<EntityType>(["Trial", "Verdict", "Plea"]);
const fold_ = (label: string) => label.toLowerCase().replace(/\s+/g, " ").trim();
const ordered = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

class State {
  entities = new Map<string, GraphEntity>();
  relations: GraphRelation[];
  confirmedOn = new Map<GraphEntity, Map<string, string | number>>();
  sentences = new Map<string, { key: string; text: string }[]>(); // article path -> sentences

  constructor(input: CorrectionsInput) {
    for (const e of input.entities) this.entities.set(e.key, { ...e, aliases: [...e.aliases], attrs: { ...e.attrs }, mentions: [...e.mentions] });
    this.relations = input.relations.map((r) => ({ ...r, evidence: [...r.evidence], rule: [...r.rule] }));
    for (const { article, sentences } of input.documents)
      this.sentences.set(article.path, sentences.map((s) => ({ key: sentenceKey(article.key, s.index), text: s.text })));
  }

  result() {
    const confirmed = new Map<string, string | number>();
    for (const [e, values] of this.confirmedOn) if (this.entities.get(e.key) === e) for (const [a, v] of values) confirmed.set(`${e.key}\u0000${a}`, v);
    return { entities: [...this.entities.values()], relations: this.relations, confirmed };
  }

  apply(c: Correction): Outcome {
    switch (c.action) {
      case "merge": return this.merge(c.entities.map((h) => this.find(h)));
      case "split": return this.split(this.find(c.entity), c.alias, c.article, c.label);
      case "retype": return this.retype(this.find(c.entity), c.to);
      case "relabel": return this.relabel(this.find(c.entity), c.label);
      case "reject": return this.reject(c.fact, c.article, c.sentence);
      case "add": return this.add(c.fact, c.article, c.sentence);
      case "confirm":
        if (c.fact) { this.relation(c.fact).confirmed = true; return "applied"; }
        if (c.entity && c.attribute && c.value !== undefined) return this.confirmValue(this.find(c.entity), c.attribute, c.value);
        throw new Stale('a confirmation names a "fact", or an "entity" with an "attribute" and a "value"');
    }
  }

  /** The one entity a handle names, or Stale saying why there is none or several. */
  find(h: EntityHandle): GraphEntity {
    let found = [...this.entities.values()].filter((e) => e.type === h.type && namedBy(h.name, e.label, e.aliases));
    if (found.length === 0) throw new Stale(`no ${describeHandle({ type: h.type, name: h.name })} in the graph`);
    if (h.article) {
      const key = articleKey(h.article);
      found = found.filter((e) => e.mentions.some((m) => m.article === key));
      if (found.length === 0) throw new Stale(`${describeHandle({ type: h.type, name: h.name })} is not mentioned in ${h.article}`);
    }
    if (h.sentence) {
      const keys = new Set(this.sentenceKeys(h.article, h.sentence));
      found = found.filter((e) => e.mentions.some((m) => keys.has(sentenceKey(m.article, m.sentence))));
      if (found.length === 0) throw new Stale(`${describeHandle(h)}: no such sentence mentions it`);
    }
    if (found.length > 1) throw new Stale(`${found.length} entities are ${describeHandle(h)} (${found.map((e) => e.key).join(", ")}): add "article" or "sentence" to say which`);
    return found[0]!;
  }

  sentenceKeys(path: string | undefined, text: string): string[] {
    const lists = path ? [this.sentences.get(path) ?? []] : [...this.sentences.values()];
    return lists.flatMap((l) => l.filter((s) => sameText(s.text, text)).map((s) => s.key));
  }

  relation(f: FactHandle): GraphRelation {
    const source = this.find(f.source), target = this.find(f.target);
    const r = this.relations.find((x) => x.type === f.relation && x.source === source.key && x.target === target.key);
    if (!r) throw new Stale(`no ${f.relation} from ${describeHandle(f.source)} to ${describeHandle(f.target)}`);
    return r;
  }

  merge(list: GraphEntity[]): Outcome {
    const [keep, ...rest] = list as [GraphEntity, ...GraphEntity[]];
    const others = [...new Set(rest.filter((e) => e !== keep))];
    if (others.length === 0) return "no_effect";
    const wrong = others.find((e) => e.type !== keep.type);
    if (wrong) throw new Stale(`cannot merge a ${wrong.type} into a ${keep.type}: retype it first`);
    for (const other of others) this.absorb(keep, other);
    const events = this.cascade(keep);
    return events ? { applied: `and ${events} of their trials, verdicts or charges` } : "applied";
  }

  /** `other` joins `keep`: names, mentions, missing attributes and relations. */
  absorb(keep: GraphEntity, other: GraphEntity): void {
    keep.aliases = [...new Set([...keep.aliases, ...(HAS_NO_ALIASES.has(keep.type) ? [] : [other.label]), ...other.aliases])].sort(ordered);
    const seen = new Set(keep.mentions.map((m) => `${m.article}\u0000${m.start}\u0000${m.end}`));
    for (const m of other.mentions) if (!seen.has(`${m.article}\u0000${m.start}\u0000${m.end}`)) keep.mentions.push(m);
    for (const [k, v] of Object.entries(other.attrs)) if (!(k in keep.attrs)) keep.attrs[k] = v;
    this.entities.delete(other.key);
    this.rename(other.key, keep.key);
  }

  /**
   * After two people (or companies) become one, their cases do too, as resolution would have made
   * them: trials of the same defendants and status, then each trial's verdicts of one outcome, and
   * the same offence charged against them with the same complainants. Returns how many merged.
   */
  cascade(party: GraphEntity): number {
    const out = (key: string, type: string) => this.relations.filter((r) => r.source === key && r.type === type).map((r) => r.target);
    const into = (key: string, type: string) => this.relations.filter((r) => r.target === key && r.type === type).map((r) => r.source);
    const attr = (key: string, name: string) => String(this.entities.get(key)?.attrs[name] ?? "");
    let merged = 0;
    const fold = (keys: string[], signature: (key: string) => string) => {
      const groups = new Map<string, GraphEntity[]>();
      for (const key of [...new Set(keys)]) {
        const e = this.entities.get(key);
        if (!e) continue;
        const sig = signature(key);
        groups.set(sig, [...(groups.get(sig) ?? []), e]);
      }
      for (const [first, ...rest] of groups.values()) for (const other of rest) { this.absorb(first!, other); merged++; }
    };
    fold(out(party.key, "DEFENDANT_IN"), (t) => `${attr(t, "status")}|${attr(t, "kind")}|${into(t, "DEFENDANT_IN").sort().join(",")}`);
    for (const trial of out(party.key, "DEFENDANT_IN"))
      fold(out(trial, "RESULTED_IN"), (v) => `${attr(v, "outcome")}|${out(v, "OVERTURNS").length > 0}`);
    fold(out(party.key, "CHARGED_WITH"), (c) => `${fold_(this.entities.get(c)!.label)}|${out(c, "ALLEGED_VICTIM").sort().join(",")}`);
    return merged;
  }

  split(entity: GraphEntity, alias: string | undefined, path: string | undefined, label: string | undefined): Outcome {
    if (!alias && !path) throw new Stale('a split names the "alias" or the "article" whose mentions leave the entity');
    const article = path ? articleKey(path) : undefined;
    const moves = (m: GraphEntity["mentions"][number]) => (!alias || sameText(m.surface, alias)) && (!article || m.article === article);
    const moved = entity.mentions.filter(moves), kept = entity.mentions.filter((m) => !moves(m));
    const where = `${alias ? ` written "${alias}"` : ""}${path ? ` in ${path}` : ""}`;
    if (moved.length === 0) throw new Stale(`${entity.type} "${entity.label}" has no mention${where}`);
    if (kept.length === 0) throw new Stale(`every mention of ${entity.type} "${entity.label}" is${where}: nothing would remain (relabel it instead)`);
    const newLabel = label ?? alias ?? entity.label;
    const named = !["Charge", "Trial", "Verdict", "Plea"].includes(entity.type); // events keep the attributes that make them
    const split: GraphEntity = {
      key: this.freeKey(entity.type, newLabel), type: entity.type, label: newLabel,
      aliases: [...new Set([newLabel, ...moved.map((m) => m.surface)])].sort(ordered),
      attrs: named ? {} : { ...entity.attrs }, mentions: moved,
    };
    entity.mentions = kept;
    const surfaces = new Set(kept.map((m) => m.surface));
    if (alias) entity.aliases = entity.aliases.filter((a) => !sameText(a, alias) || surfaces.has(a));
    if (alias && sameText(entity.label, alias)) entity.label = [...surfaces].sort((a, b) => b.length - a.length || ordered(a, b))[0]!;
    this.entities.set(split.key, split);
    // A sentence goes with the new entity when all the entity's mentions in it moved.
    const keptIn = new Set(kept.map((m) => sentenceKey(m.article, m.sentence)));
    const movedIn = new Set(moved.map((m) => sentenceKey(m.article, m.sentence)).filter((s) => !keptIn.has(s)));
    const added: GraphRelation[] = [];
    this.relations = this.relations.filter((r) => {
      if (r.source !== entity.key && r.target !== entity.key) return true;
      const goes = r.evidence.filter((s) => movedIn.has(s));
      if (goes.length === 0) return true;
      added.push({ ...r, evidence: goes, rule: [...r.rule], source: r.source === entity.key ? split.key : r.source, target: r.target === entity.key ? split.key : r.target });
      r.evidence = r.evidence.filter((s) => !movedIn.has(s));
      return r.evidence.length > 0;
    });
    this.relations.push(...added);
    return { applied: `${moved.length} mention${moved.length === 1 ? "" : "s"} now ${split.key}` };
  }

  retype(entity: GraphEntity, to: EntityType): Outcome {
    if (entity.type === to) return "no_effect";
    const check = NodeAttributes.safeParse({ type: to, label: entity.label, aliases: entity.aliases });
    if (!check.success) throw new Stale(`a ${to} needs more than a name (${check.error.issues.map((i) => i.path.join(".")).join(", ")}): cannot retype to it`);
    const before = entity.type;
    entity.type = to;
    entity.attrs = {};
    this.rekey(entity);
    const fits = (r: GraphRelation) => {
      const [from, into] = RELATION_ENDS[r.type];
      const t = (k: string) => this.entities.get(k)?.type;
      return from.includes(t(r.source)!) && into.includes(t(r.target)!);
    };
    const dropped = this.relations.filter((r) => !fits(r));
    this.relations = this.relations.filter(fits);
    return dropped.length ? { applied: `${dropped.length} relation${dropped.length === 1 ? "" : "s"} a ${to} cannot have dropped (${[...new Set(dropped.map((r) => r.type))].join(", ")}), were those of a ${before}` } : "applied";
  }

  relabel(entity: GraphEntity, label: string): Outcome {
    if (entity.label === label) return "no_effect";
    entity.aliases = [...new Set([...entity.aliases, entity.label, label])].sort(ordered);
    entity.label = label;
    this.rekey(entity);
    return "applied";
  }

  reject(fact: FactHandle, path: string | undefined, text: string | undefined): Outcome {
    const r = this.relation(fact);
    if (!text) { this.relations = this.relations.filter((x) => x !== r); return "applied"; }
    const keys = new Set(this.sentenceKeys(path, text));
    if (keys.size === 0) throw new Stale(`no sentence "${text}"${path ? ` in ${path}` : ""}`);
    if (!r.evidence.some((s) => keys.has(s))) throw new Stale(`that sentence no longer states ${fact.relation} from ${describeHandle(fact.source)} to ${describeHandle(fact.target)}`);
    r.evidence = r.evidence.filter((s) => !keys.has(s));
    if (r.evidence.length === 0) this.relations = this.relations.filter((x) => x !== r);
    return "applied";
  }

  add(fact: FactHandle, path: string, text: string): Outcome {
    const source = this.find(fact.source), target = this.find(fact.target);
    const [from, into] = RELATION_ENDS[fact.relation];
    if (!from.includes(source.type) || !into.includes(target.type)) throw new Stale(`${fact.relation} cannot join a ${source.type} to a ${target.type}`);
    if (!this.sentences.has(path)) throw new Stale(`no article ${path}`);
    const [sentence] = this.sentenceKeys(path, text);
    if (!sentence) throw new Stale(`no sentence "${text}" in ${path}`);
    const had = this.relations.find((r) => r.type === fact.relation && r.source === source.key && r.target === target.key);
    if (had) {
      if (had.confirmed && had.evidence.includes(sentence)) return "no_effect";
      if (!had.evidence.includes(sentence)) had.evidence.push(sentence);
      had.confirmed = true;
      return "applied";
    }
    if (source === target) throw new Stale("a relation cannot join an entity to itself");
    this.relations.push({ type: fact.relation, source: source.key, target: target.key, evidence: [sentence], confidence: 1, rule: ["correction"], confirmed: true });
    return "applied";
  }

  confirmValue(entity: GraphEntity, attribute: string, value: string | number): Outcome {
    const check = NodeAttributes.safeParse({ type: entity.type, label: entity.label, aliases: entity.aliases, ...entity.attrs, [attribute]: value });
    if (!check.success) throw new Stale(`${value} is not a ${entity.type}'s ${attribute}: ${check.error.issues[0]?.message ?? "invalid"}`);
    if (attribute === "date") settleDate(entity.attrs, String(value));
    entity.attrs[attribute] = value;
    if (!this.confirmedOn.has(entity)) this.confirmedOn.set(entity, new Map());
    this.confirmedOn.get(entity)!.set(attribute, value);
    return "applied";
  }

  /** A key for a type and label that no entity holds: person:tobias-wren, else person:tobias-wren-2... */
  freeKey(type: EntityType, label: string): string {
    const base = `${type.toLowerCase()}:${slug(label)}`;
    let key = base;
    for (let n = 2; this.entities.has(key); n++) key = `${base}-${n}`;
    return key;
  }

  /** After a retype or relabel: the key that says the entity's type and label, relations following. */
  rekey(entity: GraphEntity): void {
    const old = entity.key;
    this.entities.delete(old);
    entity.key = this.freeKey(entity.type, entity.label);
    // keep the order of entities: re-insert at the end is fine, the graph's order is by key use only
    this.entities.set(entity.key, entity);
    if (entity.key !== old) this.rename(old, entity.key);
  }

  /** Points every relation of `from` at `to`; parallel duplicates fold into one, self-loops go. */
  rename(from: string, to: string): void {
    const bySig = new Map<string, GraphRelation>();
    const out: GraphRelation[] = [];
    for (const r of this.relations) {
      if (r.source === from) r.source = to;
      if (r.target === from) r.target = to;
      if (r.source === r.target) continue;
      const sig = `${r.source}\u0000${r.type}\u0000${r.target}`;
      const prev = bySig.get(sig);
      if (!prev) { bySig.set(sig, r); out.push(r); continue; }
      for (const ev of r.evidence) if (!prev.evidence.includes(ev)) prev.evidence.push(ev);
      prev.confidence = 1 - (1 - prev.confidence) * (1 - r.confidence);
      prev.rule = [...new Set([...prev.rule, ...r.rule])].sort(ordered);
      prev.relation ??= r.relation;
      if (r.confirmed) prev.confirmed = true;
    }
    this.relations = out;
  }
}

/**
 * A confirmed date settles the date stage's disagreement as accepting a side settles a relation's:
 * `date_evidence` becomes the sentences of the stated dates it agrees with (none when no article
 * states it), and `dates`, the list of the sources' dates, goes; the contradiction, marked resolved,
 * still records what each source said. Called before the date is set.
 */
function settleDate(attrs: GraphEntity["attrs"], date: string): void {
  const stated: { date: string; evidence: string[] }[] = Array.isArray(attrs.dates) ? attrs.dates as { date: string; evidence: string[] }[]
    : typeof attrs.date === "string" && Array.isArray(attrs.date_evidence) ? [{ date: attrs.date, evidence: attrs.date_evidence as string[] }] : [];
  const evidence = [...new Set(stated.filter((d) => datesAgree(d.date, date)).flatMap((d) => d.evidence))].sort();
  delete attrs.dates;
  if (evidence.length) attrs.date_evidence = evidence;
  else delete attrs.date_evidence;
}

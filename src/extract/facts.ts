// What one article's extraction has found so far: entities and the relations between them.
// Each relation keeps the sentences that state it and the rules that found it.
import type { EntityType, RelationType } from "../schema.ts";
import type { Entity, Mention, Relation } from "../types.ts";

export class Facts {
  readonly entities: Entity[];
  readonly relations: Relation[] = [];
  private readonly byKey = new Map<string, Relation>();
  private readonly from = new Map<string, Relation[]>();
  private readonly to = new Map<string, Relation[]>();
  private readonly roles = new Map<string, Entity>();
  private readonly index = new Map<string, Entity>();
  private counter = 0;

  constructor(named: readonly Entity[], private readonly text: string) {
    this.entities = [...named];
    // (the named entities indexed here, not at the first look-up: a look-up after make() found them by a scan of every entity)
    for (const e of named) if (!this.index.has(e.id)) this.index.set(e.id, e);
  }

  relate(type: RelationType, source: Entity | undefined, target: Entity | undefined, sentences: number | number[], confidence: number, rule: string, relation?: string): Relation | undefined {
    if (!source || !target || source === target) return undefined;
    const key = `${source.id}|${type}|${target.id}`;
    const evidence = Array.isArray(sentences) ? sentences : [sentences];
    const prev = this.byKey.get(key);
    if (prev) {
      for (const s of evidence) if (!prev.evidence.includes(s)) prev.evidence.push(s);
      prev.evidence.sort((a, b) => a - b);
      if (!prev.rule.includes(rule)) { prev.rule.push(rule); prev.rule.sort(); }
      prev.confidence = Math.max(prev.confidence, confidence);
      return prev;
    }
    const r: Relation = { type, source: source.id, target: target.id, evidence: [...new Set(evidence)].sort((a, b) => a - b), confidence, rule: [rule], ...(relation && { relation }) };
    this.byKey.set(key, r);
    this.relations.push(r);
    this.link(r);
    return r;
  }

  private link(r: Relation): void {
    const from = this.from.get(r.source);
    if (from) from.push(r); else this.from.set(r.source, [r]);
    const to = this.to.get(r.target);
    if (to) to.push(r); else this.to.set(r.target, [r]);
  }

  has(type: RelationType, source: Entity, target?: Entity): boolean {
    return (this.from.get(source.id) ?? []).some((r) => r.type === type && (!target || r.target === target.id));
  }

  relationsFrom(source: Entity, type?: RelationType): Relation[] {
    return (this.from.get(source.id) ?? []).filter((r) => !type || r.type === type);
  }

  /** Removes the relations a test refuses. */
  drop(refuse: (r: Relation) => boolean): void {
    const keep = this.relations.filter((r) => !refuse(r));
    if (keep.length === this.relations.length) return;
    this.relations.length = 0;
    this.relations.push(...keep);
    this.byKey.clear();
    this.from.clear();
    this.to.clear();
    for (const r of keep) {
      this.byKey.set(`${r.source}|${r.type}|${r.target}`, r);
      this.link(r);
    }
  }

  /** The Role entity of a label, with one more mention (whose words are one more name of the role, unless `alias` is false). */
  role(label: string, mention: Mention, alias = true): Entity {
    let e = this.roles.get(label);
    if (!e) {
      e = this.make("Role", label);
      this.roles.set(label, e);
    }
    this.mention(e, mention);
    const surface = mention.surface.toLowerCase().replace(/\s+/g, " ");
    if (alias && surface !== label && !e.aliases.includes(surface)) e.aliases.push(surface);
    return e;
  }

  /**
   * Up to `limit` people who hold the role of that label (besides those `except` leaves out): enough
   * to tell one from several; with `by`, only those some sentence up to that one gives it.
   */
  holdersOf(label: string, limit = 2, except: (e: Entity) => boolean = () => false, by?: number): Entity[] {
    const role = this.roles.get(label);
    const out: Entity[] = [];
    for (const r of (role && this.to.get(role.id)) ?? []) {
      const e = this.entity(r.source)!;
      if (r.type !== "HOLDS_ROLE" || e.type !== "Person" || except(e) || (by !== undefined && r.evidence[0]! > by)) continue;
      out.push(e);
      if (out.length >= limit) break;
    }
    return out;
  }

  /**
   * The one person holding a longer role that ends in this one ("soap star" for "the star", "chief executive"
   * for "the executive"), given by sentence `by`; nothing where no one or several do.
   */
  soleHolderOfKind(label: string, by: number): Entity | undefined {
    const found = new Set<Entity>();
    for (const [l, role] of this.roles) {
      if (!l.endsWith(` ${label}`)) continue;
      for (const r of this.to.get(role.id) ?? []) {
        const e = this.entity(r.source)!;
        if (r.type === "HOLDS_ROLE" && e.type === "Person" && r.evidence[0]! <= by) found.add(e);
      }
    }
    return found.size === 1 ? [...found][0] : undefined;
  }

  /** The labels of a person's roles; with `by`, only those some sentence up to that one gives. */
  rolesOf(person: Entity, by?: number): string[] {
    // (pushed onto a literal, not `filter().map()`: `map` of nothing makes an array of another hidden class, and
    // the callers, optimised on the others, were thrown away at the first person with no role)
    const out: string[] = [];
    for (const r of this.relationsFrom(person, "HOLDS_ROLE")) if (by === undefined || r.evidence[0]! <= by) out.push(this.entity(r.target)!.label);
    return out;
  }

  make(type: EntityType, label: string, attrs: Record<string, string | number> = {}, hints?: Record<string, string>): Entity {
    const e: Entity = { id: `${type.toLowerCase()}-${this.counter++}`, type, label, aliases: [], mentions: [], attrs, ...(hints && { hints }) };
    this.entities.push(e);
    this.index.set(e.id, e);
    return e;
  }

  mention(e: Entity, m: Mention): void {
    if (m.end <= m.start) return;
    if (!e.mentions.some((x) => x.start === m.start && x.end === m.end)) e.mentions.push({ ...m, surface: this.text.slice(m.start, m.end) });
  }

  entity(id: string): Entity | undefined {
    return this.index.get(id);
  }
}

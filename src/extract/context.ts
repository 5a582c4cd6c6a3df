// The per-article working state that the relation and event rules share: sentences, resolved
// names, and the entities and relations found so far. Rules read it and add to it.
import type { Sentence } from "../segment/index.ts";
import type { RelationType } from "../schema.ts";
import type { NameMention } from "./mentions.ts";
import type { Entity, Relation } from "./types.ts";
import type { PersonInfo } from "../resolve/within.ts";

export class ArticleContext {
  readonly relations: Relation[] = [];
  /** Mentions made from descriptions, in the order they were found. */
  readonly described: NameMention[] = [];
  /** Lawyers named as "his lawyer": whose, the events stage decides once it knows the defendants. */
  readonly pronounClients: { lawyer: Entity; sentence: number; at: number; pronoun: string }[] = [];
  /** People called "an accuser": of the defendant, once the events stage knows who that is. */
  readonly pendingAccusers: { accuser: Entity; sentence: number }[] = [];
  private readonly relationIndex = new Map<string, Relation>();
  private readonly evidenceSeen = new Map<string, Set<number>>();
  private readonly bySource = new Map<string, Relation[]>();
  private readonly byTarget = new Map<string, Relation[]>();
  private readonly namesBySentence = new Map<number, NameMention[]>();
  private readonly entityById = new Map<string, Entity>();
  private readonly roleEntities = new Map<string, Entity>();
  private counter = 0;

  constructor(
    readonly text: string,
    readonly sentences: readonly Sentence[],
    /** Resolved name mentions in text order. */
    readonly names: NameMention[],
    readonly entityOf: Map<NameMention, Entity>,
    readonly entities: Entity[],
    readonly people: Map<Entity, PersonInfo>,
  ) {
    for (const m of names) {
      if (!this.namesBySentence.has(m.sentence)) this.namesBySentence.set(m.sentence, []);
      this.namesBySentence.get(m.sentence)!.push(m);
    }
    for (const e of entities) this.entityById.set(e.id, e);
  }

  entity(id: string | undefined): Entity | undefined {
    return id === undefined ? undefined : this.entityById.get(id);
  }

  relationsFrom(id: string): readonly Relation[] {
    return this.bySource.get(id) ?? [];
  }

  relationsTo(id: string): readonly Relation[] {
    return this.byTarget.get(id) ?? [];
  }

  private genders?: Map<Entity, "m" | "f">;

  /** A person's gender as the text shows it: honorifics, gendered words beside the name, the pronouns that follow. */
  gender(e: Entity): "m" | "f" | undefined {
    this.genders ??= this.inferGenders();
    return this.genders.get(e);
  }

  private inferGenders(): Map<Entity, "m" | "f"> {
    const votes = new Map<Entity, number>(); // > 0 male, < 0 female
    const vote = (e: Entity | undefined, g: "m" | "f" | undefined, weight = 1) => {
      if (!e || !g) return;
      votes.set(e, (votes.get(e) ?? 0) + (g === "m" ? weight : -weight));
    };
    const word = (w: string): "m" | "f" | undefined =>
      /^(he|his|him|himself|man|husband|father|son|boyfriend|brother|actor|spokesman|chairman|mr\.?)$/i.test(w) ? "m"
        : /^(she|her|hers|herself|woman|wife|mother|daughter|girlfriend|sister|actress|spokeswoman|chairwoman|grandmother|ms\.?|mrs\.?)$/i.test(w) ? "f" : undefined;
    for (const [e, info] of this.people) vote(e, info.gender, 3);
    for (const m of this.names) {
      if (m.type !== "Person" || !this.entityOf.has(m)) continue;
      const e = this.entityOf.get(m)!;
      const persons = this.namesIn(m.sentence).filter((x) => x.type === "Person");
      const s = this.sentences[m.sentence]!;
      // gendered words just before or in the apposition after the name
      const before = /(\p{L}+)\s+$/u.exec(this.text.slice(Math.max(s.start, m.start - 30), m.start))?.[1];
      vote(e, before ? word(before) : undefined, 2);
      const app = /^,\s+(?:a|an|the|his|her)\s+(?:[\p{L}\-]+\s+){0,2}?(\p{L}+)/u.exec(this.text.slice(m.end, Math.min(s.end, m.end + 80)))?.[1];
      vote(e, app ? word(app) : undefined, 2);
      // the subject of a sentence is what its own later pronouns and the next sentence's first word refer to
      const first = persons[0];
      if (first !== m) continue;
      const next = persons.find((x) => x.start > m.end);
      const pronoun = /\b(he|she)\b/i.exec(this.text.slice(m.end, next?.start ?? s.end));
      if (pronoun) vote(e, word(pronoun[1]!), 1);

    }
    const out = new Map<Entity, "m" | "f">();
    for (const [e, v] of votes) if (v !== 0) out.set(e, v > 0 ? "m" : "f");
    return out;
  }

  /** A filter for the people a pronoun can stand for. */
  fitsPronoun(pronoun: string | undefined): (e: Entity) => boolean {
    const g = pronoun && /^(he|his|him|himself)$/i.test(pronoun) ? "m" : pronoun && /^(she|her|hers|herself)$/i.test(pronoun) ? "f" : undefined;
    return (e) => !g || this.gender(e) === undefined || this.gender(e) === g;
  }

  namesIn(sentence: number): NameMention[] {
    return this.namesBySentence.get(sentence) ?? [];
  }

  relate(type: RelationType, source: Entity | undefined, target: Entity | undefined, sentence: number | number[], confidence: number): void {
    if (!source || !target || source === target) return;
    const key = `${source.id}|${type}|${target.id}`;
    const evidence = Array.isArray(sentence) ? sentence : [sentence];
    const prev = this.relationIndex.get(key);
    if (prev) {
      const seen = this.evidenceSeen.get(key)!;
      let added = false;
      for (const s of evidence) if (!seen.has(s)) { seen.add(s); prev.evidence.push(s); added = true; }
      if (added) prev.evidence.sort((a, b) => a - b);
      prev.confidence = Math.max(prev.confidence, confidence);
      return;
    }
    this.evidenceSeen.set(key, new Set(evidence));
    // the regex extractor's rules have no names: each relation type is one family until the rule engine replaces it
    const r: Relation = { type, source: source.id, target: target.id, evidence: [...evidence].sort((a, b) => a - b), confidence, rule: [`regex.${type.toLowerCase()}`] };
    this.relationIndex.set(key, r);
    this.relations.push(r);
    if (!this.bySource.has(r.source)) this.bySource.set(r.source, []);
    if (!this.byTarget.has(r.target)) this.byTarget.set(r.target, []);
    this.bySource.get(r.source)!.push(r);
    this.byTarget.get(r.target)!.push(r);
  }

  has(type: RelationType, source: Entity, target?: Entity): boolean {
    return this.relationsFrom(source.id).some((r) => r.type === type && (!target || r.target === target.id));
  }

  /** The Role entity for a label, with the mention that names it. */
  role(label: string, sentence: number, start: number, end: number): Entity {
    let e = this.roleEntities.get(label);
    if (!e) {
      e = { id: `role${this.counter++}`, type: "Role", label, aliases: [], mentions: [], attrs: {} };
      this.roleEntities.set(label, e);
      this.entities.push(e);
      this.entityById.set(e.id, e);
    }
    const surface = this.text.slice(start, end);
    if (!e.mentions.some((m) => m.start === start)) e.mentions.push({ start, end, sentence, surface });
    const alias = surface.toLowerCase();
    if (alias !== label && !e.aliases.includes(alias)) e.aliases.push(alias);
    return e;
  }

  holdsRole(person: Entity | undefined, label: string, sentence: number, start: number, end: number, confidence = 0.8): void {
    if (!person || person.type !== "Person") return;
    this.relate("HOLDS_ROLE", person, this.role(label, sentence, start, end), sentence, confidence);
  }

  rolesOf(person: Entity): string[] {
    return this.relationsFrom(person.id).filter((r) => r.type === "HOLDS_ROLE").map((r) => this.entityById.get(r.target)!.label);
  }

  /** A new event or charge entity with one mention. */
  event(type: "Trial" | "Verdict" | "Charge", label: string, sentence: number, start: number, end: number, attrs: Record<string, string | number> = {}, hints: Record<string, string> = {}): Entity {
    const e: Entity = { id: `${type.toLowerCase()}${this.counter++}`, type, label, aliases: [], mentions: [], attrs, hints };
    this.mention(e, sentence, start, end);
    this.entities.push(e);
    this.entityById.set(e.id, e);
    return e;
  }

  mention(e: Entity, sentence: number, start: number, end: number): void {
    if (e.mentions.some((m) => m.start === start && m.end === end)) return;
    e.mentions.push({ start, end, sentence, surface: this.text.slice(start, end) });
  }

  /** Adds a mention to a person from a description ("the 73-year-old", "the comedian"); later rules see it as a name. */
  describe(person: Entity, sentence: number, start: number, end: number): void {
    this.mention(person, sentence, start, end);
    const here = this.namesIn(sentence);
    if (here.some((n) => n.start < end && start < n.end)) return;
    const m: NameMention = { type: "Person", sentence, start, end, surface: this.text.slice(start, end), name: person.label };
    const at = here.findIndex((n) => n.start > start);
    here.splice(at < 0 ? here.length : at, 0, m);
    this.namesBySentence.set(sentence, here);
    this.entityOf.set(m, person);
    this.described.push(m);
  }

  persons(): Entity[] {
    return this.entities.filter((e) => e.type === "Person");
  }

  byType(type: Entity["type"]): Entity[] {
    return this.entities.filter((e) => e.type === type);
  }

  /** Person mentions before `pos` in the sentence and, failing that, the first one of the sentences before. */
  salientPerson(sentence: number, pos: number, filter: (e: Entity) => boolean = () => true): Entity | undefined {
    const here = this.namesIn(sentence).filter((m) => m.type === "Person" && m.end <= pos).map((m) => this.entityOf.get(m)!).filter(filter);
    if (here.length) return here[here.length - 1];
    for (let s = sentence - 1; s >= Math.max(0, sentence - 3); s--) {
      const first = this.namesIn(s).filter((m) => m.type === "Person").map((m) => this.entityOf.get(m)!).filter(filter)[0];
      if (first) return first;
    }
    // a pronoun can reach further back when no one else has been named in between
    for (let s = sentence - 4; s >= Math.max(0, sentence - 8); s--) {
      const any = this.namesIn(s).filter((m) => m.type === "Person").map((m) => this.entityOf.get(m)!).filter(filter);
      if (any.length) return any[any.length - 1];
    }
    return undefined;
  }

  /**
   * Whom a description such as "the actor" stands for: of the people named earlier in the sentence
   * and the subjects of the two sentences before, the one the article mentions most.
   */
  describedPerson(sentence: number, pos: number, filter: (e: Entity) => boolean, role?: string): Entity | undefined {
    const candidates = this.namesIn(sentence).filter((m) => m.type === "Person" && m.end <= pos).map((m) => this.entityOf.get(m)!).filter(filter);
    // the subjects of the sentences before (and everyone in the one just before), skipping those the filter refuses
    const previous = this.namesIn(sentence - 1).filter((m) => m.type === "Person").map((m) => this.entityOf.get(m)!).filter(filter);
    candidates.push(...previous);
    let subjects = 0;
    for (let s = sentence - 2; s >= Math.max(0, sentence - 4) && subjects < 2; s--) {
      const first = this.namesIn(s).map((m) => (m.type === "Person" ? this.entityOf.get(m)! : undefined)).find((e) => e && filter(e));
      if (first) { candidates.push(first); subjects++; }
    }
    const fit = candidates;
    const holds = (e: Entity) => (role && this.rolesOf(e).includes(role) ? 1 : 0);
    return fit.sort((a, b) => holds(b) - holds(a) || b.mentions.length - a.mentions.length)[0];
  }

  /** The person the article is most about: most mentions. */
  mainPerson(filter: (e: Entity) => boolean = () => true): Entity | undefined {
    return this.persons().filter(filter).sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0]!.start - b.mentions[0]!.start)[0];
  }
}


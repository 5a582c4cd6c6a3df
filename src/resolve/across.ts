// Resolution across articles: one node per real-world thing, every alias and mention kept.
import type { Article } from "../ingest/index.ts";
import type { Entity, Extraction, Relation } from "../extract/types.ts";
import type { GraphEntity, GraphRelation } from "../build/index.ts";
import { sentenceKey } from "../build/index.ts";
import type { EntityType } from "../schema.ts";
import { slug } from "./names.ts";
import { identityKeys, normalizedNames } from "./identity.ts";

interface Doc {
  article: Article;
  extraction: Extraction;
  /**
   * The extraction's relations when its holder keeps them apart (a large build's reduce holds
   * them packed, src/build/held-relations.ts): made when the last pass reads them, and only then.
   */
  relations?: () => readonly Relation[];
}

/** Types whose identity is their name; the rest (Charge, Trial, Verdict) are known by what they join. */
const NAMED: EntityType[] = ["Person", "Role", "Court", "Studio", "Film", "Organization", "Place"];
const EVENT_ORDER: EntityType[] = ["Charge", "Trial", "Verdict"];

export interface Resolved {
  entities: GraphEntity[];
  relations: GraphRelation[];
}

/**
 * With `consume`, `docs` is emptied as it is read: each article's entities once every group is
 * made (each group's entities then go once it is an entity of the graph), its slot once its
 * relations are read (the last pass). So the input and the resolved entities are not all held at
 * once, when the build's reduce holds no other reference to the extractions (a watching process
 * keeps them). `remember` keeps each entity's identity keys while it lives (src/resolve/identity.ts):
 * for a watching process, whose unchanged articles' entities are resolved again at each rebuild.
 */
export function resolveAcrossArticles(docs: readonly Doc[], consume = false, remember = !consume): Resolved {
  // Every local entity is numbered by its place in `items` (articles in order, then the article's
  // entities); groups of numbers merge through shared identity keys. Numbers rather than
  // "article|id" strings: no key is built or hashed again at each lookup.
  const items: { doc: number; entity: Entity }[] = [];
  const numbers = docs.map((doc, d) => {
    const byId = new Map<string, number>();
    for (const entity of doc.extraction.entities) {
      const known = byId.get(entity.id);
      if (known === undefined) { byId.set(entity.id, items.length); items.push({ doc: d, entity }); }
      else items[known] = { doc: d, entity }; // one id twice: the later entity in the earlier place
    }
    return byId;
  });
  const local = (d: number, id: string | undefined) => (id === undefined ? undefined : numbers[d]!.get(id));
  const parent = items.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  const union = (a: number, b: number) => {
    const ra = find(a), rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  /** What a hint names: its group when it is a local entity id, else the hint itself. */
  const ref = (d: number, hint: string | undefined) => {
    const n = local(d, hint);
    return n === undefined ? hint : `\u0000${find(n)}`;
  };

  const owner = new Map<string, number>(); // identity key -> local entity
  const claim = (key: string, n: number) => {
    const prev = owner.get(key);
    if (prev !== undefined) union(prev, n);
    else owner.set(key, n);
  };
  let related: number[] = docs.map((_, d) => d);
  /** A generic name joins its kind's entities among related articles, and a full name there that ends with it ("Superior Court"). */
  const joinGenericNames = (type: EntityType) => {
    const specifics = new Map<number, { n: number; names: string[] }[]>(); // article group -> entities with a full name
    const generics: { d: number; n: number; names: string[] }[] = [];
    docs.forEach((doc, d) => {
      for (const e of doc.extraction.entities) {
        if (e.type !== type) continue;
        const keys = identityKeys(e, remember), n = local(d, e.id)!;
        for (const k of keys.generic) claim(`${type}|generic|${related[d]}|${k}`, n);
        if (keys.specific.length) {
          if (!specifics.has(related[d]!)) specifics.set(related[d]!, []);
          specifics.get(related[d]!)!.push({ n, names: keys.specific });
        } else if (keys.generic.length) generics.push({ d, n, names: keys.generic });
      }
    });
    for (const g of generics) {
      // ("Court" left of "Federal Court Justice X": the kind's word alone joins no court named in full; within its
      // article, resolution already joined it where only one court could be meant)
      if (g.names.every((k) => !k.includes(" "))) continue;
      const ends = (specifics.get(related[g.d]!) ?? []).filter((s) => s.names.some((name) => g.names.some((k) => name.endsWith(` ${k}`))));
      const groups = new Set(ends.map((s) => find(s.n)));
      if (groups.size === 1) union(g.n, ends[0]!.n);
    }
  };
  /**
   * "President Harlow" in an article that never gives his first name is the one Dana Harlow of the
   * corpus when no other person named in full bears that surname, and she is named in two articles
   * or in one about the same people.
   */
  const joinBareSurnames = () => {
    const bySurname = new Map<string, { d: number; n: number }[]>();
    const bare: { d: number; n: number; name: string }[] = [];
    docs.forEach((doc, d) => {
      for (const e of doc.extraction.entities) {
        if (e.type !== "Person") continue;
        const names = normalizedNames(e, remember).filter(Boolean);
        const full = names.filter((x) => x.includes(" "));
        if (!full.length) { if (names.length === 1) bare.push({ d, n: local(d, e.id)!, name: names[0]! }); continue; }
        for (const surname of new Set(full.map((x) => x.split(" ").at(-1)!))) {
          if (!bySurname.has(surname)) bySurname.set(surname, []);
          bySurname.get(surname)!.push({ d, n: local(d, e.id)! });
        }
      }
    });
    for (const b of bare) {
      const holders = bySurname.get(b.name) ?? [];
      const groups = new Set(holders.map((h) => find(h.n)));
      if (groups.size !== 1) continue;
      const where = new Set(holders.map((h) => h.d));
      if (where.has(b.d)) continue; // the article names someone else in full with it: within-article resolution decided
      if (where.size >= 2 || [...where].some((d) => related[d] === related[b.d])) union(b.n, holders[0]!.n);
    }
  };
  // (the extractions are read, never written: a watching build keeps them for the next build)
  const retyped = retypeCapitalsOnly(docs, remember);
  const typeOf = (e: Entity): EntityType => retyped.get(e) ?? e.type;
  for (const type of NAMED) {
    docs.forEach((doc, d) => {
      for (const e of doc.extraction.entities) if (typeOf(e) === type) for (const k of identityKeys(e, remember).specific) claim(`${kindOf(type)}|${k}`, local(d, e.id)!);
    });
    // people first: generic names ("the high court") then join only within articles about the same people
    if (type === "Person") { related = relatedArticles(docs, local, find, typeOf); joinBareSurnames(); }
    if (type === "Court" || type === "Organization") joinGenericNames(type);
  }
  // Events are the same when what they join is the same: resolved ids first, so order matters.
  for (const type of EVENT_ORDER) {
    docs.forEach((doc, d) => {
      // a charge's outcome keeps two counts of one offence apart only inside the article that tells
      // them apart; across articles the same count with another outcome is the same count, and the
      // outlets' disagreement a contradiction to review, not a second charge
      const split = new Set<string>();
      if (type === "Charge") {
        const seen = new Map<string, string | undefined>();
        for (const e of doc.extraction.entities) {
          if (e.type !== "Charge" || !e.hints) continue;
          const sig = `${e.hints.defendant}|${e.hints.family}`;
          if (seen.has(sig) && seen.get(sig) !== e.hints.outcome) split.add(sig);
          seen.set(sig, e.hints.outcome);
        }
      }
      for (const e of doc.extraction.entities) {
        if (e.type !== type || !e.hints) continue;
        const keep = (k: string) => k !== "outcome" || type !== "Charge" || split.has(`${e.hints!.defendant}|${e.hints!.family}`);
        const parts = Object.entries(e.hints).filter(([k]) => keep(k)).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}=${ref(d, v)}`);
        claim(`${type}|${parts.join("|")}`, local(d, e.id)!);
      }
    });
  }

  // every claim is made: the identity keys (a tenth of the heap resolution adds) go before the entities are built
  owner.clear();
  // Gather groups in a stable order: by first appearance (docs are sorted by path).
  const groups = new Map<number, { doc: number; entity: Entity }[]>();
  items.forEach((item, n) => {
    const root = find(n);
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root)!.push(item);
  });
  // A general charge ("the rape charge") stands for the specific counts of that offence against the
  // same defendant that other articles tell apart by complainant: its mentions and relations go to each.
  const redirect = new Map<number, number[]>();
  const chargeSig = (members: { doc: number; entity: Entity }[]) => {
    const { doc, entity } = members[0]!;
    // (a charge of an earlier case told in passing, "convicted him in 2020 of rape", is none of this trial's counts)
    return `${ref(doc, entity.hints?.defendant)}|${entity.hints?.family}|${entity.hints?.case ?? ""}`;
  };
  const specific = new Map<string, number[]>();
  for (const [root, members] of groups) {
    if (members[0]!.entity.type !== "Charge" || members.every((m) => m.entity.hints?.general === "yes")) continue;
    const sig = chargeSig(members);
    if (!specific.has(sig)) specific.set(sig, []);
    specific.get(sig)!.push(root);
  }
  for (const [root, members] of groups) {
    if (members[0]!.entity.type !== "Charge" || !members.every((m) => m.entity.hints?.general === "yes")) continue;
    // a general charge said with an outcome ("a mistrial on the rape charge") stands only for counts with that outcome, or none said
    const outcome = members[0]!.entity.hints?.outcome;
    const targets = specific.get(chargeSig(members))?.filter((t) => !outcome || !groups.get(t)![0]!.entity.hints?.outcome || groups.get(t)![0]!.entity.hints?.outcome === outcome);
    if (!targets?.length) continue;
    redirect.set(root, targets);
    for (const t of targets) groups.get(t)!.push(...members);
    groups.delete(root);
  }

  // the local entities are in the groups now: only the relations' ends are looked up from here
  items.length = 0;
  if (consume) (docs as Doc[]).forEach((doc, d) => { (docs as Doc[])[d] = { article: doc.article, extraction: { entities: [], relations: doc.extraction.relations }, relations: doc.relations }; });
  const used = new Set<string>();
  const nextSuffix = new Map<string, number>();
  const globalKey = new Map<number, string>(); // root -> node key
  const entities: GraphEntity[] = [];
  for (const [root, members] of groups) {
    const label = bestLabel(members.map((m) => m.entity));
    const type = groupType(members.map((m) => typeOf(m.entity)));
    // the second "charge:rape" is "charge:rape-2": a counter per base key keeps this linear
    const base = `${type.toLowerCase()}:${slug(label)}`;
    let key = base;
    for (let n = nextSuffix.get(base) ?? 2; used.has(key); n++) { key = `${base}-${n}`; nextSuffix.set(base, n + 1); }
    used.add(key);
    globalKey.set(root, key);
    const aliases = new Set<string>();
    const attrs: Record<string, string | number> = {};
    const mentions: GraphEntity["mentions"] = [];
    // a mention is once in the group however many members hold it (a long article's windows
    // among them): by article, then by its span
    const seen = new Map<string, Set<number>>();
    for (const { doc, entity } of members) {
      aliases.add(entity.label);
      for (const a of entity.aliases) aliases.add(a);
      for (const k in entity.attrs) if (!(k in attrs)) attrs[k] = entity.attrs[k]!;
      const article = docs[doc]!.article.key;
      let spans = seen.get(article);
      if (!spans) seen.set(article, (spans = new Set()));
      for (const m of entity.mentions) {
        const span = m.start * SPAN + m.end;
        if (!spans.has(span)) { spans.add(span); mentions.push({ article, ...m }); }
      }
    }
    entities.push({ key, type, label, aliases: [...aliases].sort(), attrs, mentions });
    if (consume) groups.delete(root);
  }
  groups.clear();
  const relations = new Map<string, GraphRelation>();
  // a relation's evidence is a handful of sentences, seldom more: the array is searched, and a set
  // is made only for the few cited by many articles
  const evidenceSeen = new Map<GraphRelation, Set<string>>();
  const addEvidence = (r: GraphRelation, ev: string) => {
    let had = evidenceSeen.get(r);
    if (!had && r.evidence.length >= LONG_EVIDENCE) evidenceSeen.set(r, (had = new Set(r.evidence)));
    if (had ? had.has(ev) : r.evidence.includes(ev)) return;
    had?.add(ev);
    r.evidence.push(ev);
  };
  docs.forEach((doc, d) => {
    const known = new Map<string, string[]>(); // an article's entities are in many of its relations
    // and its sentences evidence for many: one key string per sentence, however many cite it
    const sentenceKeys: string[] = [];
    const evidenceKey = (i: number) => (sentenceKeys[i] ??= sentenceKey(doc.article.key, i));
    const keysOf = (id: string) => {
      let keys = known.get(id);
      if (keys) return keys;
      const n = local(d, id);
      if (n === undefined) keys = [];
      else {
        const root = find(n);
        keys = (redirect.get(root) ?? [root]).map((r) => globalKey.get(r)).filter((k): k is string => !!k);
      }
      known.set(id, keys);
      return keys;
    };
    for (const r of doc.relations?.() ?? doc.extraction.relations) for (const source of keysOf(r.source)) for (const target of keysOf(r.target)) {
      if (source === target) continue;
      const sig = `${source}\u0000${r.type}\u0000${target}`;
      const evidence = r.evidence.map(evidenceKey);
      const prev = relations.get(sig);
      if (prev) {
        for (const ev of evidence) addEvidence(prev, ev);
        prev.confidence = 1 - (1 - prev.confidence) * (1 - r.confidence);
        for (const id of r.rule) if (!prev.rule.includes(id)) prev.rule.push(id);
        prev.rule.sort();
        prev.relation ??= r.relation;
      } else {
        relations.set(sig, { type: r.type, source, target, evidence, confidence: r.confidence, rule: [...r.rule].sort(), ...(r.relation && { relation: r.relation }) });
      }
    }
    if (consume) (docs as (Doc | undefined)[])[d] = undefined;
  });
  return { entities, relations: [...relations.values()] };
}

/**
 * A name one article types a company or a studio and another only takes for a person by its capitals ("the bank
 * Velmont Carraway", "a former trader of Velmont Carraway,") is that company in both.
 */
function retypeCapitalsOnly(docs: readonly Doc[], remember: boolean): Map<Entity, EntityType> {
  const bodies = new Map<string, EntityType>();
  for (const doc of docs) for (const e of doc.extraction.entities) {
    if (e.type === "Organization" || e.type === "Studio") for (const n of normalizedNames(e, remember)) if (n.includes(" ") && !bodies.has(n)) bodies.set(n, e.type);
  }
  // (decided again at each build: a watching build keeps the entity while the other article may go)
  const retyped = new Map<Entity, EntityType>();
  for (const doc of docs) for (const e of doc.extraction.entities) {
    const body = e.hints?.named === "capitals" ? bodies.get(normalizedNames(e, remember)[0]!) : undefined;
    if (body) retyped.set(e, body);
  }
  return retyped;
}

/** A company one article calls a studio and another only names is one company: a studio. */
const kindOf = (type: EntityType) => (type === "Studio" ? "Organization" : type);
const groupType = (types: EntityType[]): EntityType => (types.includes("Studio") && types.every((t) => t === "Studio" || t === "Organization") ? "Studio" : types[0]!);

/** Evidence this long is looked up in a set rather than the array. */
const LONG_EVIDENCE = 16;

/** A span's number among an article's mentions: start and end (each under 2^26, an article being at most 32 MB) in one. */
const SPAN = 2 ** 26;

/** The fullest name seen: most words, then longest, then alphabetical for stability. */
function bestLabel(entities: Entity[]): string {
  let best = entities[0]!.label, words = best.split(/\s+/).length;
  for (let i = 1; i < entities.length; i++) {
    const label = entities[i]!.label;
    if (label === best) continue;
    const n = label.split(/\s+/).length;
    if (n > words || (n === words && (label.length > best.length || (label.length === best.length && label < best)))) { best = label; words = n; }
  }
  return best;
}

/**
 * Articles about the same people, as one number per article (the smallest of its group): two
 * articles are related when someone named in full is named at least twice in each.
 */
function relatedArticles(docs: readonly Doc[], local: (d: number, id: string) => number | undefined, find: (n: number) => number, typeOf: (e: Entity) => EntityType): number[] {
  const group = docs.map((_, d) => d);
  const top = (d: number): number => (group[d] === d ? d : (group[d] = top(group[d]!)));
  const firstDocOf = new Map<number, number>(); // person group -> first article naming them
  docs.forEach((doc, d) => {
    for (const e of doc.extraction.entities) {
      if (typeOf(e) !== "Person" || !e.label.includes(" ") || e.mentions.length < 2) continue;
      const root = find(local(d, e.id)!);
      const first = firstDocOf.get(root);
      if (first === undefined) firstDocOf.set(root, d);
      else { const a = top(first), b = top(d); if (a !== b) group[Math.max(a, b)] = Math.min(a, b); }
    }
  });
  return docs.map((_, d) => top(d));
}

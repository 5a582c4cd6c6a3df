// The per-article guard: one article's extraction is checked as it is made, so that a defect in
// it (an empty or out-of-range mention, a relation to nothing, an attribute outside the contract)
// costs that mention, relation or entity, with a warning naming the article, never the build.
// After this check the whole-graph check in the pipeline can only fail for a bug in assembly.
// Pure: extraction and sentences in, a cleaned extraction and the problems found out.
import type { Sentence } from "../segment/index.ts";
import type { Entity, Extraction, Mention, Relation } from "../extract/types.ts";
import { ENTITY_TYPES, KINSHIPS, NodeAttributes, RELATION_ENDS, RELATION_TYPES, type EntityType, type RelationType } from "../schema.ts";

export interface GuardedExtraction {
  extraction: Extraction;
  /** What was dropped and why, one line each, at most MAX_PROBLEMS (then a count). */
  problems: string[];
}

const MAX_PROBLEMS = 5;
const ENTITY_TYPE_SET: ReadonlySet<string> = new Set(ENTITY_TYPES);
const RELATION_TYPE_SET: ReadonlySet<string> = new Set(RELATION_TYPES);
const KINSHIP_SET: ReadonlySet<string> = new Set(KINSHIPS);
/** Attributes the assembly writes itself; an extractor's attrs must not replace them. */
const RESERVED = new Set(["type", "label", "aliases", "x", "y"]);
const clip = (s: string, n = 40) => (s.length > n ? `${s.slice(0, n)}…` : s);

/**
 * Checks one article's extraction against its text and sentences: every mention non-empty, inside
 * its sentence and equal to the text it covers; every entity of a contract type with a label, at
 * least one good mention and attributes the contract accepts; every relation of a contract type,
 * between two different entities of the right types, with evidence in the article.
 */
export function guardExtraction(text: string, sentences: readonly Sentence[], extraction: Extraction): GuardedExtraction {
  const found: string[] = [];
  let count = 0;
  const problem = (m: string) => { count++; if (found.length < MAX_PROBLEMS) found.push(m); };

  const entities: Entity[] = [];
  const kept = new Map<string, Entity>();
  for (const e of Array.isArray(extraction?.entities) ? extraction.entities : []) {
    const entity = checkEntity(text, sentences, e, problem);
    if (entity) { entities.push(entity); kept.set(entity.id, entity); }
  }
  const relations: Relation[] = [];
  for (const r of Array.isArray(extraction?.relations) ? extraction.relations : []) {
    const relation = checkRelation(sentences, kept, r, problem);
    if (relation) relations.push(relation);
  }
  if (count > found.length) found.push(`... and ${count - found.length} more`);
  return { extraction: { entities, relations }, problems: found };
}

function checkEntity(text: string, sentences: readonly Sentence[], e: Entity, problem: (m: string) => void): Entity | undefined {
  const name = `${typeof e?.type === "string" ? e.type : "entity"} "${clip(String(e?.label ?? e?.id ?? "?"))}"`;
  if (typeof e?.id !== "string" || e.id === "") return void problem(`${name} has no id; dropped`);
  if (!ENTITY_TYPE_SET.has(e.type)) return void problem(`${name} is of no contract type; dropped`);
  if (typeof e.label !== "string" || e.label.trim() === "") return void problem(`${name} has no label; dropped`);
  const mentions: Mention[] = [];
  for (const m of Array.isArray(e.mentions) ? e.mentions : []) {
    const bad = mentionProblem(text, sentences, m);
    if (bad) problem(`${name}: mention ${bad}; dropped`);
    else mentions.push(m);
  }
  if (mentions.length === 0) return void problem(`${name} has no usable mention; dropped`);
  const aliases = Array.isArray(e.aliases) ? e.aliases.filter((a): a is string => typeof a === "string" && a !== "") : [];
  const attrs = checkAttributes(e.type, e.label, e.attrs, (m) => problem(`${name}: ${m}`));
  if (!attrs) return void problem(`${name} breaks the contract; dropped`);
  return { ...e, aliases, mentions, attrs };
}

function mentionProblem(text: string, sentences: readonly Sentence[], m: Mention): string | undefined {
  if (!m || !Number.isInteger(m.start) || !Number.isInteger(m.end)) return "without offsets";
  const where = `at ${m.start}..${m.end}`;
  if (m.end <= m.start) return `${where} is empty`;
  const s = Number.isInteger(m.sentence) ? sentences[m.sentence] : undefined;
  if (!s) return `${where} names no sentence (${String(m.sentence)})`;
  if (m.start < s.start || m.end > s.end) return `${where} lies outside its sentence ${s.start}..${s.end}`;
  if (typeof m.surface !== "string" || text.slice(m.start, m.end) !== m.surface) return `${where} says "${clip(String(m.surface))}" where the text says "${clip(text.slice(m.start, m.end))}"`;
  return undefined;
}

/** The attributes the contract accepts for this type; a bad one is dropped, a bad entity is undefined. */
function checkAttributes(type: EntityType, label: string, raw: unknown, problem: (m: string) => void): Record<string, string | number> | undefined {
  const attrs: Record<string, string | number> = {};
  if (raw && typeof raw === "object") {
    for (const [k, v] of Object.entries(raw)) {
      if (RESERVED.has(k)) problem(`attribute ${k} is the assembly's own; dropped`);
      else if (typeof v === "string" || (typeof v === "number" && Number.isFinite(v))) attrs[k] = v;
      else problem(`attribute ${k} is neither text nor a number; dropped`);
    }
  }
  // The schema of the node this entity becomes; an attribute it rejects goes, then the rest must pass.
  // (the label is a text of at least one character, which every schema takes: whether the node passes
  // depends on its type and attributes alone, and those that passed before are not parsed again)
  const key = `${type}\u0000${JSON.stringify(attrs)}`;
  if (PASSED.has(key)) return attrs;
  const candidate = () => ({ type, label, ...(type === "Role" || hasAliases(type) ? { aliases: [] } : {}), ...attrs });
  let parsed = NodeAttributes.safeParse(candidate());
  if (parsed.success) {
    if (PASSED.size >= 10_000) PASSED.clear();
    PASSED.add(key);
    return attrs;
  }
  for (const issue of parsed.error.issues) {
    const key = issue.path[0];
    if (typeof key === "string" && key in attrs) { problem(`attribute ${key}=${clip(String(attrs[key]))} is outside the contract; dropped`); delete attrs[key]; }
  }
  parsed = NodeAttributes.safeParse(candidate());
  return parsed.success ? attrs : undefined;
}

/** Types and attributes (as checkAttributes keys them) that made a node the contract accepts. */
const PASSED = new Set<string>();

const hasAliases = (type: EntityType) => type !== "Trial" && type !== "Verdict" && type !== "Plea";

function checkRelation(sentences: readonly Sentence[], entities: Map<string, Entity>, r: Relation, problem: (m: string) => void): Relation | undefined {
  const type = typeof r?.type === "string" ? r.type : "?";
  const name = `relation ${type} ${String(r?.source)} -> ${String(r?.target)}`;
  if (!RELATION_TYPE_SET.has(type)) return void problem(`${name} is of no contract type; dropped`);
  const source = entities.get(r.source), target = entities.get(r.target);
  if (!source || !target) return void problem(`${name} joins an entity that was not kept; dropped`);
  if (r.source === r.target) return void problem(`${name} joins an entity to itself; dropped`);
  const [from, to] = RELATION_ENDS[type as RelationType];
  if (!from.includes(source.type) || !to.includes(target.type)) return void problem(`${name} cannot join ${source.type} to ${target.type}; dropped`);
  const evidence = (Array.isArray(r.evidence) ? r.evidence : []).filter((i) => Number.isInteger(i) && sentences[i] !== undefined);
  if (evidence.length === 0) return void problem(`${name} has no evidence in the article; dropped`);
  if (typeof r.confidence !== "number" || !(r.confidence >= 0 && r.confidence <= 1)) return void problem(`${name} has confidence ${String(r.confidence)}, not 0 to 1; dropped`);
  const rule = (Array.isArray(r.rule) ? r.rule : []).filter((x): x is string => typeof x === "string" && x !== "");
  const relation: Relation = { ...r, evidence, rule };
  if (r.relation !== undefined && !KINSHIP_SET.has(r.relation)) {
    problem(`${name}: relation "${clip(String(r.relation))}" is outside the contract; dropped`);
    delete relation.relation;
  }
  return relation;
}

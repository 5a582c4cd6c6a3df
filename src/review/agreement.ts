// Agreement and contradiction, after resolution and corrections: how many articles and outlets
// state each relation, and where articles disagree (one charge with different outcomes, one
// verdict with different penalties, one person with different ages...). Pure.
import type { Article } from "../ingest/index.ts";
import type { GraphEntity, GraphRelation } from "../build/index.ts";
import { relationKey } from "../build/index.ts";
import type { Contradiction, ContradictionKind, ContradictionSide } from "../schema.ts";
import { fold } from "../query/text.ts";
import type { AttributeClaim } from "./claims.ts";
import { agesDisagree, datesAgree, moneyKey, outcomesDisagree, penaltyKey } from "./values.ts";

export interface AgreementInput {
  articles: readonly Article[];
  entities: readonly GraphEntity[];
  relations: readonly GraphRelation[];
  claims: readonly AttributeClaim[];
  /** Values a person confirmed in the corrections file: `<entity key>\u0000<attribute>` → value. */
  confirmed?: ReadonlyMap<string, string | number>;
  /**
   * The relations are the caller's to give up: they are annotated in place rather than copied (a
   * build's reduce holds no other reference to them; at 20 MB the copies were 76 MB of heap).
   */
  consume?: boolean;
}
export interface Agreement {
  /** The relations, in the same order, with `articles`, `outlets` and `contested` set. */
  relations: GraphRelation[];
  contradictions: Contradiction[];
}

/** One article's statement of one value about one subject. */
interface Statement {
  value: string;
  /** The value's comparable form: statements with one key are one side. */
  key: string;
  node?: string;
  article: string;
  evidence: string[];
  edge?: string;
}

/** A mention's span as one number: start and end each under 2^26 (an article is at most 32 MB). */
const SPAN = 2 ** 26;

const articleOfSentence = (sentence: string) => sentence.slice(0, sentence.lastIndexOf("#"));

export function computeAgreement(input: AgreementInput): Agreement {
  const article = new Map(input.articles.map((a) => [a.key, a]));
  const order = new Map(input.articles.map((a, i) => [a.key, i]));
  // an article's outlet, folded once per article rather than once per relation that cites it
  const outlets = new Map<string, string>();
  const outlet = (key: string) => {
    let o = outlets.get(key);
    if (o === undefined) { const a = article.get(key); outlets.set(key, (o = a?.source ? fold(a.source) : (a?.path ?? key))); }
    return o;
  };
  const entity = new Map(input.entities.map((e) => [e.key, e]));
  const relations = input.relations.map((r) => {
    const articles = new Set(r.evidence.map(articleOfSentence));
    const counts = { articles: articles.size, outlets: new Set([...articles].map(outlet)).size };
    return input.consume ? Object.assign(r, counts) : { ...r, ...counts };
  });

  const groups = new Map<string, { kind: ContradictionKind; subject: string; statements: Statement[] }>();
  const state = (kind: ContradictionKind, subject: string, s: Statement) => {
    const id = `${kind}:${subject}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { kind, subject, statements: [] }));
    g.statements.push(s);
  };
  /** One statement per article that states the relation. */
  const byArticle = (r: GraphRelation, kind: ContradictionKind, subject: string, value: string, key = value, node?: string) => {
    const perArticle = new Map<string, string[]>();
    for (const ev of r.evidence) {
      const a = articleOfSentence(ev);
      const list = perArticle.get(a);
      if (list) list.push(ev); else perArticle.set(a, [ev]);
    }
    for (const [a, evidence] of perArticle) state(kind, subject, { value, key, node, article: a, evidence, edge: relationKey(r) });
  };

  const typeOf = (key: string) => entity.get(key)?.type;
  const attr = (key: string, name: string) => entity.get(key)?.attrs[name];
  const charged = new Set<string>(), appeals = new Set<string>();
  for (const r of input.relations) {
    if (r.type === "ON_CHARGE" && typeOf(r.source) === "Verdict") charged.add(r.source);
    if (r.type === "OVERTURNS") appeals.add(r.source);
  }
  const count = countOf(input.entities, input.relations);
  for (const r of input.relations) {
    switch (r.type) {
      case "ON_CHARGE": {
        const outcome = attr(r.source, "outcome"), plea = attr(r.source, "plea");
        if (typeOf(r.source) === "Verdict" && typeof outcome === "string") byArticle(r, "outcome", count(r.target), outcome);
        if (typeOf(r.source) === "Plea" && typeof plea === "string") byArticle(r, "plea", count(r.target), plea);
        break;
      }
      case "RESULTED_IN": {
        // A verdict that names no charge speaks for the whole trial (a civil suit, a one-count case).
        const outcome = attr(r.target, "outcome");
        if (!charged.has(r.target) && !appeals.has(r.target) && typeof outcome === "string") byArticle(r, "outcome", r.source, outcome);
        break;
      }
      case "OVERTURNS": {
        const outcome = attr(r.source, "outcome");
        if (typeof outcome === "string") byArticle(r, "outcome", r.target, outcome);
        break;
      }
      case "HELD_AT":
        byArticle(r, "court", r.source, entity.get(r.target)?.label ?? r.target, r.target, r.target);
        break;
      case "DEFENDANT_IN": case "CHARGED_WITH": case "ENTERED_PLEA":
        if (typeOf(r.source) === "Person") byArticle(r, "party", r.source, "defendant");
        break;
      case "ALLEGED_VICTIM":
        byArticle(r, "party", r.target, "complainant");
        break;
    }
  }

  // Attribute claims go to the node that now holds the claiming entity's mentions.
  // by article, then by the mention's span as one number (start and end each under 2^26)
  const holder = new Map<string, Map<number, string>>();
  const claimedTypes = new Set(input.claims.map((c) => c.type));
  for (const e of input.entities) {
    if (!claimedTypes.has(e.type)) continue;
    for (const m of e.mentions) {
      let spans = holder.get(m.article);
      if (!spans) holder.set(m.article, (spans = new Map()));
      spans.set(m.start * SPAN + m.end, e.key);
    }
  }
  for (const c of input.claims) {
    const spans = holder.get(c.article);
    const subject = c.mentions.map((m) => spans?.get(m.start * SPAN + m.end)).find((k) => k !== undefined);
    if (!subject || typeOf(subject) !== c.type) continue;
    const value = String(c.value);
    const key = c.attribute === "penalty" ? penaltyKey(value) : c.attribute === "damages" ? (moneyKey(value) ?? fold(value)) : fold(value);
    state(c.attribute, subject, { value, key, article: c.article, evidence: c.sentences.map((i) => `${c.article}#${i}`) });
  }

  const published = (a: string) => article.get(a)?.published;
  const disagree = (kind: ContradictionKind, x: Statement, y: Statement): boolean => {
    switch (kind) {
      case "outcome": return outcomesDisagree(x.key, y.key);
      case "date": return !datesAgree(x.key, y.key);
      case "age": return agesDisagree(Number(x.key), published(x.article), Number(y.key), published(y.article));
      case "party": case "plea": case "court": case "penalty": case "damages": return x.key !== y.key;
    }
  };
  const contradictions: Contradiction[] = [];
  const contestedEdges = new Set<string>();
  const confirmedEdges = new Set(input.relations.filter((r) => r.confirmed).map(relationKey));
  for (const [id, g] of groups) {
    const found = contradiction(g.statements, (x, y) => disagree(g.kind, x, y), (a) => order.get(a) ?? 0);
    if (!found) continue;
    const confirmed = input.confirmed?.get(`${g.subject}\u0000${g.kind}`);
    const resolved = found.some((side) => (side.edges?.length && side.edges.every((e) => confirmedEdges.has(e)))
      || (confirmed !== undefined && sideMatches(g.kind, side, String(confirmed))));
    if (resolved) contradictions.push({ id, kind: g.kind, subject: g.subject, sides: found, resolved: true });
    else {
      contradictions.push({ id, kind: g.kind, subject: g.subject, sides: found });
      for (const side of found) for (const e of side.edges ?? []) contestedEdges.add(e);
    }
  }
  contradictions.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const r of relations) if (contestedEdges.has(relationKey(r))) r.contested = true;
  return { relations, contradictions };
}

/**
 * The node that stands for a charge's count: the first of the charges one trial is tried for with
 * one offence and the same complainants. Resolution may keep one count as two nodes when two
 * articles tell it differently; their outcomes are still about one count.
 */
function countOf(entities: readonly GraphEntity[], relations: readonly GraphRelation[]): (charge: string) => string {
  // only charges' labels are asked for, each once
  const entity = new Map(entities.map((e) => [e.key, e]));
  const folded = new Map<string, string | undefined>();
  const label = { get: (key: string) => {
    if (!folded.has(key)) { const e = entity.get(key); folded.set(key, e && fold(e.label)); }
    return folded.get(key);
  } };
  const trialOf = new Map<string, string>(), victims = new Map<string, string[]>();
  for (const r of relations) {
    if (r.type === "TRIED_FOR" && !trialOf.has(r.target)) trialOf.set(r.target, r.source);
    if (r.type === "ALLEGED_VICTIM") victims.set(r.source, [...(victims.get(r.source) ?? []), r.target]);
  }
  const first = new Map<string, string>();
  const signature = (charge: string) => `${trialOf.get(charge)}\u0000${label.get(charge)}\u0000${(victims.get(charge) ?? []).sort().join(",")}`;
  for (const [charge, trial] of [...trialOf].sort(([a], [b]) => (a < b ? -1 : 1))) if (trial) { const sig = signature(charge); if (!first.has(sig)) first.set(sig, charge); }
  return (charge) => (trialOf.has(charge) ? first.get(signature(charge)) ?? charge : charge);
}

const sideMatches = (kind: ContradictionKind, side: ContradictionSide, value: string) =>
  kind === "penalty" ? penaltyKey(side.value) === penaltyKey(value) : fold(side.value) === fold(value) || side.node === value;

/**
 * The sides of a disagreement among statements, or null. Two values disagree only when an article
 * states one and not the other while another article states the other and not the first: an
 * article that reports both (a conviction and the acquittal at its retrial) tells a sequence, and
 * one article alone is not sources disagreeing.
 */
function contradiction(statements: Statement[], disagree: (x: Statement, y: Statement) => boolean, rank: (article: string) => number): ContradictionSide[] | null {
  const sides = new Map<string, Statement[]>();
  for (const s of statements) {
    const list = sides.get(s.key);
    if (list) list.push(s); else sides.set(s.key, [s]);
  }
  if (sides.size < 2) return null;
  const keys = [...sides.keys()];
  const articlesOf = (k: string) => new Set(sides.get(k)!.map((s) => s.article));
  const inConflict = new Set<string>();
  for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) {
    const x = keys[i]!, y = keys[j]!, ax = articlesOf(x), ay = articlesOf(y);
    const onlyX = sides.get(x)!.filter((s) => !ay.has(s.article)), onlyY = sides.get(y)!.filter((s) => !ax.has(s.article));
    if (onlyX.some((sx) => onlyY.some((sy) => disagree(sx, sy)))) { inConflict.add(x); inConflict.add(y); }
  }
  if (inConflict.size < 2) return null;
  const out = [...inConflict].map((k) => {
    const list = sides.get(k)!.sort((a, b) => rank(a.article) - rank(b.article));
    const edges = [...new Set(list.flatMap((s) => (s.edge ? [s.edge] : [])))].sort();
    const side: ContradictionSide = {
      value: list[0]!.value,
      articles: [...new Set(list.map((s) => s.article))],
      evidence: [...new Set(list.flatMap((s) => s.evidence))],
    };
    if (list[0]!.node) side.node = list[0]!.node;
    if (edges.length) side.edges = edges;
    return side;
  });
  return out.sort((a, b) => rank(a.articles[0]!) - rank(b.articles[0]!) || (a.value < b.value ? -1 : 1));
}

// Every schema of the graph contract (../shared/ONTOLOGY.md, mirrored in README.md) in one module.
// Types are inferred from the schemas so that code and contract cannot drift apart.
import { z } from "zod";

export const ENTITY_TYPES = [
  "Person", "Role", "Court", "Charge", "Trial", "Verdict", "Plea",
  "Studio", "Film", "Organization", "Place",
] as const;
export const NODE_TYPES = ["Article", "Sentence", ...ENTITY_TYPES] as const;

export const PROVENANCE_TYPES = ["MENTIONED_IN", "IN_ARTICLE"] as const;
export const RELATION_TYPES = [
  "HOLDS_ROLE", "REPRESENTS", "WORKS_FOR", "PRESIDED_OVER", "DEFENDANT_IN", "PROSECUTED",
  "TESTIFIED_IN", "HELD_AT", "CHARGED_WITH", "ALLEGED_VICTIM", "TRIED_FOR", "RESULTED_IN",
  "ON_CHARGE", "RULED", "OVERTURNS", "FOUNDED", "PRODUCED", "ACTED_IN", "DIRECTED",
  "WORKED_ON", "ACCUSED", "ENTERED_PLEA", "PLAINTIFF_IN", "RELATED_TO",
] as const;
export const EDGE_TYPES = [...PROVENANCE_TYPES, ...RELATION_TYPES] as const;

export const OUTCOMES = [
  "guilty", "not_guilty", "mistrial", "hung_jury", "dismissed", "overturned", "upheld",
  "liable", "not_liable", "settled",
] as const;
/** What an Article was read from, when not a text file: a saved web page or a PDF. */
export const SOURCE_FORMATS = ["html", "pdf"] as const;
export const TRIAL_STATUSES = ["held", "ongoing", "planned"] as const;
/** v2: what a Trial is; `criminal` when absent. */
export const TRIAL_KINDS = ["criminal", "civil", "inquest"] as const;
/** v2: the plea a defendant enters. */
export const PLEAS = ["guilty", "not_guilty", "no_contest"] as const;
/** v2: the `relation` of a RELATED_TO edge, read "source is the <relation> of target". */
export const KINSHIPS = [
  "wife", "husband", "partner", "son", "daughter", "mother", "father", "brother", "sister",
  "child", "parent", "sibling",
] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];
export type NodeType = (typeof NODE_TYPES)[number];
export type RelationType = (typeof RELATION_TYPES)[number];
export type EdgeType = (typeof EDGE_TYPES)[number];
export type Outcome = (typeof OUTCOMES)[number];
export type TrialStatus = (typeof TRIAL_STATUSES)[number];
export type TrialKind = (typeof TRIAL_KINDS)[number];
export type PleaValue = (typeof PLEAS)[number];
export type Kinship = (typeof KINSHIPS)[number];

/** Which node types each relation may join: [sources, targets]. */
export const RELATION_ENDS: Record<RelationType, readonly [readonly EntityType[], readonly EntityType[]]> = {
  HOLDS_ROLE: [["Person"], ["Role"]],
  REPRESENTS: [["Person"], ["Person", "Organization", "Studio"]],
  WORKS_FOR: [["Person"], ["Organization", "Studio", "Court"]],
  PRESIDED_OVER: [["Person"], ["Trial"]],
  DEFENDANT_IN: [["Person", "Organization", "Studio"], ["Trial"]],
  PROSECUTED: [["Person", "Organization"], ["Trial"]],
  TESTIFIED_IN: [["Person"], ["Trial"]],
  HELD_AT: [["Trial"], ["Court"]],
  CHARGED_WITH: [["Person", "Organization", "Studio"], ["Charge"]],
  ALLEGED_VICTIM: [["Charge"], ["Person"]],
  TRIED_FOR: [["Trial"], ["Charge"]],
  RESULTED_IN: [["Trial"], ["Verdict"]],
  ON_CHARGE: [["Verdict", "Plea"], ["Charge"]],
  RULED: [["Court"], ["Verdict"]],
  OVERTURNS: [["Verdict"], ["Verdict"]],
  FOUNDED: [["Person"], ["Studio", "Organization"]],
  PRODUCED: [["Studio", "Person"], ["Film"]],
  ACTED_IN: [["Person"], ["Film"]],
  DIRECTED: [["Person"], ["Film"]],
  WORKED_ON: [["Person"], ["Film"]],
  ACCUSED: [["Person"], ["Person"]],
  ENTERED_PLEA: [["Person", "Organization", "Studio"], ["Plea"]],
  PLAINTIFF_IN: [["Person", "Organization", "Studio"], ["Trial"]],
  RELATED_TO: [["Person"], ["Person"]],
};

const offset = z.number().int().nonnegative();
const named = { label: z.string().min(1), aliases: z.array(z.string()) };

export const ArticleAttributes = z.looseObject({
  type: z.literal("Article"),
  label: z.string(),
  path: z.string().min(1),
  text: z.string(),
  source: z.string().optional(),
  published: z.string().optional(),
  url: z.string().optional(),
  /** The author(s), from front matter or the page. */
  byline: z.string().optional(),
  /** A saved web page (`html`) or a PDF (`pdf`): `path` is that file, `text` the text taken from it. Absent for .txt and .md. */
  format: z.enum(SOURCE_FORMATS).optional(),
});
export const SentenceAttributes = z.looseObject({
  type: z.literal("Sentence"),
  label: z.string(),
  article: z.string().min(1),
  index: z.number().int().nonnegative(),
  start: offset,
  end: offset,
  text: z.string(),
});
export const PersonAttributes = z.looseObject({
  type: z.literal("Person"), ...named,
  age: z.number().int().positive().optional(),
  description: z.string().optional(),
});
export const RoleAttributes = z.looseObject({ type: z.literal("Role"), label: z.string().min(1), aliases: z.array(z.string()).optional() });
export const CourtAttributes = z.looseObject({ type: z.literal("Court"), ...named });
/** v2: ISO 8601 as precise as the text allows: 2025-06-12, 2025-06 or 2025. */
const isoDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, "an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD");
/**
 * The date stage's attributes on Trial, Verdict, Plea and Charge: `date`, the Sentence keys that
 * state it, and, only where the sources disagree, every date stated with its sentences.
 */
const dated = {
  date: isoDate.optional(),
  date_evidence: z.array(z.string().min(1)).optional(),
  dates: z.array(z.object({ date: isoDate, evidence: z.array(z.string().min(1)).min(1) })).min(2).optional(),
};
export const ChargeAttributes = z.looseObject({ type: z.literal("Charge"), ...named, ...dated });
export const TrialAttributes = z.looseObject({
  type: z.literal("Trial"),
  label: z.string().min(1),
  ...dated,
  status: z.enum(TRIAL_STATUSES).optional(),
  kind: z.enum(TRIAL_KINDS).optional(),
});
export const VerdictAttributes = z.looseObject({
  type: z.literal("Verdict"),
  label: z.string().min(1),
  outcome: z.enum(OUTCOMES),
  ...dated,
  penalty: z.string().optional(),
  damages: z.string().optional(),
});
export const PleaAttributes = z.looseObject({
  type: z.literal("Plea"),
  label: z.string().min(1),
  plea: z.enum(PLEAS),
  ...dated,
});
export const StudioAttributes = z.looseObject({ type: z.literal("Studio"), ...named });
export const FilmAttributes = z.looseObject({ type: z.literal("Film"), ...named });
export const OrganizationAttributes = z.looseObject({ type: z.literal("Organization"), ...named });
export const PlaceAttributes = z.looseObject({ type: z.literal("Place"), ...named });

export const NodeAttributes = z.discriminatedUnion("type", [
  ArticleAttributes, SentenceAttributes, PersonAttributes, RoleAttributes, CourtAttributes,
  ChargeAttributes, TrialAttributes, VerdictAttributes, PleaAttributes, StudioAttributes, FilmAttributes,
  OrganizationAttributes, PlaceAttributes,
]);

export const MentionedInAttributes = z.looseObject({
  type: z.literal("MENTIONED_IN"),
  start: offset,
  end: offset,
  surface: z.string().min(1),
});
export const InArticleAttributes = z.looseObject({ type: z.literal("IN_ARTICLE") });
export const RelationAttributes = z.looseObject({
  type: z.enum(RELATION_TYPES),
  evidence: z.array(z.string().min(1)).min(1),
  confidence: z.number().min(0).max(1),
  /** v2: the ids of the extraction rules that made the edge. Optional so that v1 files still load. */
  rule: z.array(z.string().min(1)).min(1).optional(),
  /** v2: on RELATED_TO, what the source is to the target. */
  relation: z.enum(KINSHIPS).optional(),
  /** Review: how many articles state the relation, and from how many distinct outlets. */
  articles: z.number().int().nonnegative().optional(),
  outlets: z.number().int().nonnegative().optional(),
  /** Review: the relation is a side of a contradiction (`contradictions` in the graph attributes). */
  contested: z.boolean().optional(),
  /** Review: a person confirmed (or added) it in the corrections file. */
  confirmed: z.boolean().optional(),
});
export const EdgeAttributes = z.discriminatedUnion("type", [MentionedInAttributes, InArticleAttributes, RelationAttributes]);

export const SerializedNode = z.object({ key: z.string(), attributes: NodeAttributes });
export const SerializedEdge = z.object({
  key: z.string(),
  source: z.string(),
  target: z.string(),
  attributes: EdgeAttributes,
});

/** One value in a contradiction, with the articles and sentences that state it. */
export const ContradictionSide = z.object({
  /** The value as a reader sees it: an outcome, a penalty, an age, a court's label, a role. */
  value: z.string(),
  /** The node the value is, when it is one (a Court). */
  node: z.string().optional(),
  /** Article keys, and the Sentence keys that state the value. */
  articles: z.array(z.string()).min(1),
  evidence: z.array(z.string()),
  /** The relation edges that carry the value, when it is a relation. */
  edges: z.array(z.string()).optional(),
});
export const CONTRADICTION_KINDS = ["outcome", "penalty", "damages", "date", "plea", "age", "party", "court"] as const;
/** Articles that disagree about one thing: a charge's outcome, a verdict's penalty, a person's age... */
export const Contradiction = z.object({
  id: z.string(),
  kind: z.enum(CONTRADICTION_KINDS),
  /** The node the articles disagree about. */
  subject: z.string(),
  sides: z.array(ContradictionSide).min(2),
  /** A person settled it in the corrections file (confirmed one side). */
  resolved: z.boolean().optional(),
});

/** A place in the corpus a correction names: type plus label or alias, narrowed by article and sentence. */
export const EntityHandle = z.strictObject({
  type: z.enum(ENTITY_TYPES),
  name: z.string().min(1).describe("the entity's label or one of its aliases (case, accents and quote style ignored)"),
  article: z.string().min(1).optional().describe("path of an article that mentions it, relative to the input folder"),
  sentence: z.string().min(1).optional().describe("the text of a sentence that mentions it"),
});
export const FactHandle = z.strictObject({
  source: EntityHandle,
  relation: z.enum(RELATION_TYPES),
  target: EntityHandle,
});
const note = z.string().optional().describe("why: for the people who read the file");
/** One decision. Corrections apply in file order, each to the graph the ones before it left. */
export const Correction = z.discriminatedUnion("action", [
  z.strictObject({ action: z.literal("merge"), entities: z.array(EntityHandle).min(2).describe("the first keeps its key and label; the others join it"), note }),
  z.strictObject({
    action: z.literal("split"), entity: EntityHandle,
    alias: z.string().min(1).optional().describe("the mentions written this way leave the entity"),
    article: z.string().min(1).optional().describe("only the mentions in this article leave it"),
    label: z.string().min(1).optional().describe("the new entity's label (default: the alias)"), note,
  }),
  z.strictObject({ action: z.literal("retype"), entity: EntityHandle, to: z.enum(ENTITY_TYPES), note }),
  z.strictObject({ action: z.literal("relabel"), entity: EntityHandle, label: z.string().min(1), note }),
  z.strictObject({
    action: z.literal("reject"), fact: FactHandle,
    article: z.string().min(1).optional().describe("with sentence: only this sentence does not state the fact"),
    sentence: z.string().min(1).optional(), note,
  }),
  z.strictObject({
    action: z.literal("confirm"),
    fact: FactHandle.optional().describe("a relation that is right"),
    entity: EntityHandle.optional(), attribute: z.string().min(1).optional(), value: z.union([z.string(), z.number()]).optional()
      .describe("with entity and attribute: the right value of a contested attribute (a penalty, an age)"),
    note,
  }),
  z.strictObject({
    action: z.literal("add"), fact: FactHandle,
    article: z.string().min(1).describe("path of the article that states the fact"),
    sentence: z.string().min(1).describe("the text of the sentence that states it"), note,
  }),
]);
/** casegraph.corrections.json in the input folder: decisions every build applies. */
export const CorrectionsFile = z.strictObject({
  $schema: z.string().optional(),
  corrections: z.array(Correction),
});
/** What the build did with the corrections file; stored in the graph attributes. */
export const CorrectionsReport = z.object({
  file: z.string(),
  /** The corrections as read, so a viewer can write the file back with its own added. */
  corrections: z.array(z.unknown()),
  /** One entry per correction: applied, no effect (already so), or stale; `message` says why or what else changed. */
  status: z.array(z.object({ index: z.number().int().nonnegative(), state: z.enum(["applied", "no_effect", "stale"]), message: z.string().optional() })),
});
export const GraphAttributes = z.looseObject({
  contradictions: z.array(Contradiction).optional(),
  corrections: CorrectionsReport.optional(),
});

/** The file `casegraph build` writes: graphology's `graph.export()` of a directed multigraph. */
export const GraphFile = z.object({
  attributes: GraphAttributes,
  options: z.object({ type: z.literal("directed"), multi: z.literal(true), allowSelfLoops: z.boolean() }),
  nodes: z.array(SerializedNode),
  edges: z.array(SerializedEdge),
});

export type ArticleAttributes = z.infer<typeof ArticleAttributes>;
export type SentenceAttributes = z.infer<typeof SentenceAttributes>;
export type NodeAttributes = z.infer<typeof NodeAttributes>;
export type MentionedInAttributes = z.infer<typeof MentionedInAttributes>;
export type RelationAttributes = z.infer<typeof RelationAttributes>;
export type EdgeAttributes = z.infer<typeof EdgeAttributes>;
export type GraphFile = z.infer<typeof GraphFile>;
export type Contradiction = z.infer<typeof Contradiction>;
export type ContradictionSide = z.infer<typeof ContradictionSide>;
export type ContradictionKind = (typeof CONTRADICTION_KINDS)[number];
export type EntityHandle = z.infer<typeof EntityHandle>;
export type FactHandle = z.infer<typeof FactHandle>;
export type Correction = z.infer<typeof Correction>;
export type CorrectionsFile = z.infer<typeof CorrectionsFile>;
export type CorrectionsReport = z.infer<typeof CorrectionsReport>;
export type SerializedEdge = z.infer<typeof SerializedEdge>;

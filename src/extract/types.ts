// The shapes that pass between the extraction stages of one article.
import type { EntityType, RelationType } from "../schema.ts";

/** One place in the text that names or refers to an entity. Offsets index into the article text. */
export interface Mention {
  start: number;
  end: number;
  /** Index of the sentence that holds the mention. */
  sentence: number;
  surface: string;
}

/** One thing an article speaks of, with every mention of it. Keys are local to the article. */
export interface Entity {
  id: string;
  type: EntityType;
  label: string;
  aliases: string[];
  mentions: Mention[];
  /** Type-specific attributes of the contract: outcome, status, age, penalty, date... */
  attrs: Record<string, string | number>;
  /** Facts that only resolution uses (defendant of a charge or trial, complainant...). Not written out. */
  hints?: Record<string, string>;
}

export interface Relation {
  type: RelationType;
  source: string;
  target: string;
  /** Indices of the sentences that state the relation. */
  evidence: number[];
  confidence: number;
  /** Ids of the rules that found the relation (ONTOLOGY v2 `rule`). */
  rule: string[];
  /** What a RELATED_TO edge says the source is to the target. */
  relation?: string;
}

export interface Extraction {
  entities: Entity[];
  relations: Relation[];
}

// The shapes that pass between the stages of one article's extraction and the resolution
// that follows: mentions, entities and relations. Extraction makes them, resolution groups
// them; neither imports the other.
import type { EntityType, RelationType } from "./schema.ts";

/** One place in the text that names or refers to an entity. Offsets index into the article text. */
export interface Mention {
  start: number;
  end: number;
  /** Index of the sentence that holds the mention. */
  sentence: number;
  surface: string;
}

export type NameType = "Person" | "Organization" | "Studio" | "Court" | "Place" | "Film";

/** A name as the name finder reads it, before resolution joins the names of one thing. */
export interface NameMention extends Mention {
  type: NameType;
  /** The name without title or leading article: what the entity is called. */
  name: string;
  /** Token indices in the sentence. */
  first: number;
  last: number;
  /** Role label a title before the name gives ("Judge", "District Attorney"), with its tokens. */
  title?: { role: string; first: number; last: number };
  gender?: "m" | "f";
  /** The first token of a title or honorific before the name ("Mr.", "Judge"), when there is one. */
  lead?: number;
  /** How sure the finder is of the type: a head word or a title ("sure") or only capital letters ("weak"). */
  evidence: "sure" | "weak";
  /** A nickname quoted inside the name: "KK" in Kelsey "KK" Marlow. */
  nickname?: string;
  /** The mention of the person this is another name of ("Lil Brisk" in "Marcus Dell, known as Lil Brisk"). */
  aliasOf?: NameMention;
}

/** One thing an article speaks of, with every mention of it. Ids are local to the article. */
export interface Entity {
  id: string;
  type: EntityType;
  label: string;
  aliases: string[];
  mentions: Mention[];
  /** Type-specific attributes of the contract: outcome, status, kind, plea, age, penalty, date... */
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

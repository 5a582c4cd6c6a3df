// The shapes the query module takes and returns. Browser-safe: no node: imports anywhere in src/query.
import type { EdgeType, NodeType } from "../schema.ts";

/** One attribute test in a node step: `[outcome=mistrial]`, `[role=judge]`, `[label~farb]`. */
export interface AttributeTest {
  name: string;
  /** `=` equal, `!=` not equal, `~` contains; all compare case- and accent-insensitively. */
  op: "=" | "!=" | "~";
  value: string;
}

/** A node step: a node type (or `*` for any entity) with optional tests, all of which must hold. */
export interface NodeStep {
  type: NodeType | "*";
  tests: AttributeTest[];
}

/** An edge step: which edge types it follows, and which way. */
export interface EdgeStep {
  /** Edge types the step accepts; `"*"` is any relation edge (provenance edges only when named). */
  types: EdgeType[] | "*";
  /** `out`: `-R->`, `in`: `<-R-`, `both`: `-R-`. */
  direction: "out" | "in" | "both";
}

/** A parsed path pattern: `nodes.length === edges.length + 1`, edges[i] joins nodes[i] and nodes[i + 1]. */
export interface Pattern {
  /** The text the pattern was parsed from (the expansion, for a named query). */
  text: string;
  nodes: NodeStep[];
  edges: EdgeStep[];
}

/** One sentence that states a relation (or, for MENTIONED_IN, holds a mention). */
export interface Evidence {
  /** Sentence node key. */
  sentence: string;
  /** Article node key. */
  article: string;
  /** The article's path, relative to the input folder. */
  path: string;
  /** The article's title. */
  title: string;
  /** The article's outlet, published date and address, when its front matter gives them. */
  source?: string;
  published?: string;
  url?: string;
  /** The sentence text. */
  text: string;
  /** Offsets into the article text: the sentence's, or the mention's for MENTIONED_IN. */
  start: number;
  end: number;
  /** For MENTIONED_IN: the mention as written (the article text at start..end). */
  surface?: string;
}

export interface HopEdge {
  key: string;
  type: string;
  /** True when the edge points from the hop's target to its source. */
  reversed: boolean;
  confidence?: number;
  evidence: Evidence[];
}

/** One step of a path, with every parallel edge between the two nodes that the step accepts. */
export interface Hop {
  source: string;
  target: string;
  edges: HopEdge[];
}

export interface PathResult {
  nodes: string[];
  hops: Hop[];
}

export interface RunOptions {
  /** At most this many results (default 1000). */
  limit?: number;
  /** The work a pattern match may do: edges looked at, and milliseconds (default DEFAULT_BUDGET). */
  budget?: { steps?: number; ms?: number };
  /** The clock the time budget reads (tests pass their own). */
  now?: () => number;
}

/** What a pattern match found, and why it stopped when it did not see every path. */
export interface MatchOutcome {
  results: PathResult[];
  /** Whether every matching path is in `results`. */
  complete: boolean;
  /** `limit`: more paths match than the limit; `steps` or `time`: the budget ran out first. */
  stopped: "limit" | "steps" | "time" | null;
  /** Edges looked at. */
  steps: number;
}

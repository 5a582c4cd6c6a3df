// The data side of the viewer: the graph as read from graph.json, never changed to show a view.
import type Graph from "graphology";

export type DataGraph = Graph;

export type LoadResult =
  | { ok: true; graph: DataGraph; name: string }
  | { ok: false; name: string; message: string };

/** A place a mention covers, in article offsets. */
export interface Mention {
  edge: string;
  entity: string;
  sentence: string;
  start: number;
  end: number;
}

/** A name the search box can suggest. */
export interface SearchEntry {
  node: string;
  type: string;
  label: string;
  /** The label or alias that is matched, lower case. */
  text: string;
  /** The alias shown when it differs from the label. */
  alias?: string;
}

/** Look-ups the panels, filters and reducers need, computed once per loaded graph. */
export interface GraphIndex {
  /** Sentence keys of each article, in text order. */
  sentencesOf: Map<string, string[]>;
  /** Mentions inside each sentence, by start offset. */
  mentionsIn: Map<string, Mention[]>;
  /** Articles that support each node (the node's own article, or where it is mentioned). */
  nodeArticles: Map<string, Set<string>>;
  /** Articles that support each edge (evidence, or the mention's article). */
  edgeArticles: Map<string, Set<string>>;
  /** Count of nodes per type, for the legend. */
  typeCounts: Map<string, number>;
  /** Count of edges per type. */
  edgeTypeCounts: Map<string, number>;
  /** Entities articles disagree on: ends of contested relations, subjects and values of contradictions. */
  contestedNodes: Set<string>;
  /** Verdict outcomes present, with counts. */
  outcomeCounts: Map<string, number>;
  /** Trial kinds present (criminal when a trial gives none), with counts. */
  kindCounts: Map<string, number>;
  /** Articles by title order: key and title. */
  articles: { key: string; label: string }[];
  search: SearchEntry[];
  /** The shown name of each node whose label another node of its type shares ("rape (mistrial)"); see labels.ts. */
  names: Map<string, string>;
}

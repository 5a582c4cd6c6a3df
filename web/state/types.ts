// The view state: everything the viewer shows beyond the data. Reducer inputs, never graph mutations.

export type Selection =
  | { kind: "node"; key: string }
  | { kind: "edge"; key: string }
  /** The article reader, opened at one sentence. */
  | { kind: "sentence"; key: string };

export interface Filters {
  /** Node types not drawn. Article and Sentence are here by default. */
  hiddenNodeTypes: string[];
  /** Relation (and provenance) edge types not drawn. */
  hiddenEdgeTypes: string[];
  /** Only what these articles support; empty means every article. */
  articles: string[];
  /** Only verdicts with these outcomes; empty means every outcome. */
  outcomes: string[];
  /** Only trials of these kinds (criminal, civil, inquest); empty means every kind. */
  kinds: string[];
  /** The time window the timeline's brush chose: ISO days, both ends included. */
  timeWindow: TimeWindow | null;
  /** The case shown alone: a Trial, or a person in the dock (all their trials). */
  caseKey: string | null;
  /** Relations below this confidence are hidden (0 shows all). */
  minConfidence: number;
  /** Only what articles disagree on: contested relations and the entities of contradictions. */
  contestedOnly: boolean;
}

export interface TimeWindow { from: string; to: string }

export type PathQuery =
  | { kind: "pattern"; text: string }
  | { kind: "shortest"; from: string; to: string };

export interface ViewState {
  hovered: string | null;
  selection: Selection | null;
  filters: Filters;
  query: PathQuery | null;
  /** Which path result is emphasised; null shows them all. */
  activeResult: number | null;
}

export type Action =
  | { type: "hover"; node: string | null }
  | { type: "select"; selection: Selection | null }
  | { type: "toggleNodeType"; nodeType: string }
  | { type: "toggleEdgeType"; edgeType: string }
  | { type: "showProvenance"; show: boolean }
  | { type: "setArticles"; articles: string[] }
  | { type: "setOutcomes"; outcomes: string[] }
  | { type: "setKinds"; kinds: string[] }
  | { type: "setTimeWindow"; window: TimeWindow | null }
  | { type: "openCase"; key: string | null }
  | { type: "setMinConfidence"; value: number }
  | { type: "setContestedOnly"; value: boolean }
  | { type: "resetFilters" }
  | { type: "setQuery"; query: PathQuery | null }
  | { type: "setActiveResult"; index: number | null }
  | { type: "replace"; state: ViewState };

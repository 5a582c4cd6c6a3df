// Colours are data: one per node type and one per edge type. A type missing here gets the fallback.
export const NODE_COLORS: Record<string, string> = {
  Person: "#d9485f",
  Role: "#f08c2e",
  Court: "#3f6fb5",
  Charge: "#9b5fc0",
  Trial: "#3f9d57",
  Verdict: "#c99a06",
  Plea: "#b5651d",
  Studio: "#2a9d9a",
  Film: "#e76fa6",
  Organization: "#8a6a4f",
  Place: "#7a8791",
  Article: "#5c6370",
  Sentence: "#aab1bb",
};
export const FALLBACK_NODE_COLOR = "#888888";

export const EDGE_COLORS: Record<string, string> = {
  MENTIONED_IN: "#d5d9df",
  IN_ARTICLE: "#e2e5e9",
  HOLDS_ROLE: "#f5b77a",
  REPRESENTS: "#7fb0d9",
  WORKS_FOR: "#a5bfe0",
  PRESIDED_OVER: "#8fcf9d",
  DEFENDANT_IN: "#ee9aa6",
  PROSECUTED: "#9bb3e8",
  TESTIFIED_IN: "#c7a4e0",
  HELD_AT: "#8eb0d8",
  CHARGED_WITH: "#d6a4e6",
  ALLEGED_VICTIM: "#f0a3b5",
  TRIED_FOR: "#b9a3dc",
  RESULTED_IN: "#e3c55f",
  ON_CHARGE: "#c5a0d8",
  RULED: "#8db9e0",
  OVERTURNS: "#e5b95a",
  FOUNDED: "#9ad0c8",
  PRODUCED: "#85cfcb",
  ACTED_IN: "#f3aacb",
  DIRECTED: "#ef9cc0",
  WORKED_ON: "#f1b7d0",
  ENTERED_PLEA: "#d9a26b",
  PLAINTIFF_IN: "#a8d5a2",
  RELATED_TO: "#c9c27a",
  ACCUSED: "#e98080",
};
export const FALLBACK_EDGE_COLOR = "#cccccc";

/** Colours of a view state. */
export const DIM_NODE = "#e6e8eb";
export const DIM_EDGE = "#f0f1f3";
export const PATH_EDGE = "#2563eb";

export const nodeColor = (type: string) => NODE_COLORS[type] ?? FALLBACK_NODE_COLOR;
export const edgeColor = (type: string) => EDGE_COLORS[type] ?? FALLBACK_EDGE_COLOR;

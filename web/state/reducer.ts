// The one function that changes the view state. Pure: (state, action) => new state.
import type { Action, Filters, ViewState } from "./types.ts";

export const PROVENANCE_NODE_TYPES = ["Article", "Sentence"] as const;

export const DEFAULT_FILTERS: Filters = { hiddenNodeTypes: [...PROVENANCE_NODE_TYPES], hiddenEdgeTypes: [], articles: [], outcomes: [], kinds: [], timeWindow: null, caseKey: null, minConfidence: 0, contestedOnly: false };

export const INITIAL_STATE: ViewState = { hovered: null, selection: null, filters: DEFAULT_FILTERS, query: null, activeResult: null };

const sorted = (list: Iterable<string>) => [...new Set(list)].sort();
const toggle = (list: string[], item: string) => (list.includes(item) ? list.filter((x) => x !== item) : sorted([...list, item]));

export function update(state: ViewState, action: Action): ViewState {
  const filters = (f: Partial<Filters>): ViewState => ({ ...state, filters: { ...state.filters, ...f } });
  switch (action.type) {
    case "hover":
      return action.node === state.hovered ? state : { ...state, hovered: action.node };
    case "select":
      return { ...state, selection: action.selection };
    case "toggleNodeType":
      return filters({ hiddenNodeTypes: toggle(state.filters.hiddenNodeTypes, action.nodeType) });
    case "toggleEdgeType":
      return filters({ hiddenEdgeTypes: toggle(state.filters.hiddenEdgeTypes, action.edgeType) });
    case "showProvenance": {
      const rest = state.filters.hiddenNodeTypes.filter((t) => !(PROVENANCE_NODE_TYPES as readonly string[]).includes(t));
      return filters({ hiddenNodeTypes: action.show ? rest : sorted([...rest, ...PROVENANCE_NODE_TYPES]) });
    }
    case "setArticles":
      return filters({ articles: sorted(action.articles) });
    case "setOutcomes":
      return filters({ outcomes: sorted(action.outcomes) });
    case "setKinds":
      return filters({ kinds: sorted(action.kinds) });
    case "setTimeWindow":
      return filters({ timeWindow: action.window && action.window.from <= action.window.to ? action.window : null });
    case "openCase":
      return filters({ caseKey: action.key });
    case "setMinConfidence":
      return filters({ minConfidence: Math.min(1, Math.max(0, Math.round(action.value * 100) / 100)) });
    case "setContestedOnly":
      return filters({ contestedOnly: action.value });
    case "resetFilters":
      return { ...state, filters: DEFAULT_FILTERS };
    case "setQuery":
      return { ...state, query: action.query, activeResult: null };
    case "setActiveResult":
      return { ...state, activeResult: action.index };
    case "replace":
      return action.state;
  }
}

export const showsProvenance = (filters: Filters) =>
  !PROVENANCE_NODE_TYPES.some((t) => filters.hiddenNodeTypes.includes(t));

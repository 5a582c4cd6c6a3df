export * from "./types.ts";
export { update, INITIAL_STATE, DEFAULT_FILTERS, PROVENANCE_NODE_TYPES, showsProvenance } from "./reducer.ts";
export { stateToParams, paramsToState, describesView } from "./url.ts";
export { computeVisibility, type Visibility } from "./visibility.ts";
export { createStore, type Store } from "./store.ts";

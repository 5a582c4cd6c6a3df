// A tiny store around the reducer: dispatch actions, let views subscribe.
import { update } from "./reducer.ts";
import type { Action, ViewState } from "./types.ts";

export interface Store {
  get(): ViewState;
  dispatch(action: Action): void;
  subscribe(listener: (state: ViewState, previous: ViewState) => void): () => void;
}

export function createStore(initial: ViewState): Store {
  let state = initial;
  const listeners = new Set<(state: ViewState, previous: ViewState) => void>();
  return {
    get: () => state,
    dispatch(action) {
      const previous = state;
      state = update(state, action);
      if (state !== previous) for (const l of listeners) l(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

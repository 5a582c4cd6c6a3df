// Decisions made in the page and not yet saved. Kept apart from the view state: they change no view,
// only what the next build will apply.
import type { Correction } from "../../src/schema.ts";

export interface Decision {
  /** The review item it settles, if any, so the item can show it. */
  item?: string;
  /** What was decided, as the page says it ("Accepted “guilty”"). */
  summary: string;
  corrections: Correction[];
}

export interface Pending {
  list(): readonly Decision[];
  corrections(): Correction[];
  add(decision: Decision): void;
  undo(index: number): void;
  clear(): void;
  subscribe(listener: () => void): () => void;
}

export function createPending(): Pending {
  let decisions: Decision[] = [];
  const listeners = new Set<() => void>();
  const changed = () => { for (const l of listeners) l(); };
  return {
    list: () => decisions,
    corrections: () => decisions.flatMap((d) => d.corrections),
    add(decision) { decisions = [...decisions, decision]; changed(); },
    undo(index) { decisions = decisions.filter((_, i) => i !== index); changed(); },
    clear() { decisions = []; changed(); },
    subscribe(listener) { listeners.add(listener); return () => listeners.delete(listener); },
  };
}

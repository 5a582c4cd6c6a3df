// The view's path query, answered by a worker (query.worker.ts) so that a pattern with
// exponentially many paths cannot freeze the page: while it runs the outcome says `running` and
// the panel offers Cancel, which ends the worker (a new one gets the graph at the next query).
// Shortest paths are one breadth-first search, answered here at once. Where workers cannot
// start, patterns run here too, within their time budget.
import type { DataGraph } from "../data/index.ts";
import type { PathQuery } from "../state/index.ts";
import { runQuery } from "./run.ts";
import type { QueryOutcome } from "./types.ts";

export interface QueryRunner {
  /** The outcome of a query: the answer, or `running` until the worker answers (then `onChange` is called). */
  outcomeOf(query: PathQuery | null): QueryOutcome;
  /** Stops the query under way. */
  cancel(): void;
  kill(): void;
}

const RUNNING: QueryOutcome = { results: [], error: null, truncated: false, running: true };

export function queryRunner(graph: DataGraph, onChange: () => void): QueryRunner {
  let last: { key: string; outcome: QueryOutcome } | null = null;
  let worker: Worker | null = null, nextId = 0, waiting = -1;

  const start = (): Worker | null => {
    if (worker) return worker;
    try {
      worker = new Worker(new URL("./query.worker.ts", import.meta.url), { type: "module" });
    } catch {
      return null;
    }
    worker.postMessage({ kind: "graph", data: graph.export() });
    worker.onmessage = (event: MessageEvent<{ id: number; outcome: QueryOutcome }>) => {
      if (event.data.id !== waiting || !last) return;
      last = { key: last.key, outcome: event.data.outcome };
      waiting = -1;
      onChange();
    };
    worker.onerror = (event) => settle({ results: [], error: `The query stopped: ${event.message || "its worker failed"}`, truncated: false });
    return worker;
  };
  const stop = () => { worker?.terminate(); worker = null; };
  const settle = (outcome: QueryOutcome) => {
    if (!last) return;
    stop();
    waiting = -1;
    last = { key: last.key, outcome };
    onChange();
  };

  return {
    outcomeOf(query) {
      const key = JSON.stringify(query);
      if (last?.key === key) return last.outcome;
      if (waiting >= 0) stop(); // a new query replaces the one under way
      waiting = -1;
      const w = query?.kind === "pattern" ? start() : null;
      if (!w) {
        last = { key, outcome: runQuery(graph, query) };
        return last.outcome;
      }
      waiting = ++nextId;
      w.postMessage({ kind: "run", id: waiting, query });
      last = { key, outcome: RUNNING };
      return RUNNING;
    },
    cancel() {
      if (waiting >= 0) settle({ results: [], error: "Cancelled: the pattern was stopped before it finished. Narrow it with types or tests on its steps and run it again.", truncated: false });
    },
    kill: stop,
  };
}

// Running the view's path query with the project's query module (src/query); no query logic lives here.
import { runPattern, shortestPath } from "../../src/query/index.ts";
import type { DataGraph } from "../data/index.ts";
import type { PathQuery } from "../state/index.ts";
import type { QueryOutcome } from "./types.ts";

export const RESULT_LIMIT = 200;

export function runQuery(graph: DataGraph, query: PathQuery | null): QueryOutcome {
  if (!query) return { results: [], error: null, truncated: false };
  try {
    if (query.kind === "pattern") {
      const results = runPattern(graph, query.text, { limit: RESULT_LIMIT + 1 });
      return { results: results.slice(0, RESULT_LIMIT), error: null, truncated: results.length > RESULT_LIMIT };
    }
    for (const end of [query.from, query.to]) if (!graph.hasNode(end)) return { results: [], error: `${end} is not a node of this graph`, truncated: false };
    const path = shortestPath(graph, query.from, query.to);
    return { results: path ? [path] : [], error: path ? null : "No path joins these two.", truncated: false };
  } catch (err) {
    return { results: [], error: (err as Error).message, truncated: false };
  }
}

/** Remembers the last outcome, so reducers and panels share one run per query. */
export function memoQuery(graph: DataGraph): (query: PathQuery | null) => QueryOutcome {
  let last: { query: PathQuery | null; outcome: QueryOutcome } | null = null;
  return (query) => {
    if (last && JSON.stringify(last.query) === JSON.stringify(query)) return last.outcome;
    last = { query, outcome: runQuery(graph, query) };
    return last.outcome;
  };
}

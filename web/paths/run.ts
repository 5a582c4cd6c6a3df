// Running the view's path query with the project's query module (src/query); no query logic lives here.
import { matchPattern, shortestPath } from "../../src/query/index.ts";
import type { DataGraph } from "../data/index.ts";
import type { PathQuery } from "../state/index.ts";
import type { QueryOutcome } from "./types.ts";

export const RESULT_LIMIT = 200;
/** A pattern runs in a worker (runner.ts), so it may take longer than on the command line; Cancel stops it sooner. */
export const VIEWER_BUDGET = { ms: 10_000, steps: 20_000_000 };

export function runQuery(graph: DataGraph, query: PathQuery | null): QueryOutcome {
  if (!query) return { results: [], error: null, truncated: false };
  try {
    if (query.kind === "pattern") {
      const outcome = matchPattern(graph, query.text, { limit: RESULT_LIMIT + 1, budget: VIEWER_BUDGET });
      const cut = outcome.stopped === "steps" || outcome.stopped === "time";
      return {
        results: outcome.results.slice(0, RESULT_LIMIT),
        error: null,
        truncated: outcome.results.length > RESULT_LIMIT || cut,
        cutShort: cut ? `Cut short ${outcome.stopped === "time" ? `after ${VIEWER_BUDGET.ms / 1000} s` : `after ${outcome.steps.toLocaleString("en")} edges`}: the pattern matches too many paths to try them all, so more may match. Narrow it with types or tests on its steps.` : null,
      };
    }
    for (const end of [query.from, query.to]) if (!graph.hasNode(end)) return { results: [], error: `${end} is not a node of this graph`, truncated: false };
    const path = shortestPath(graph, query.from, query.to);
    return { results: path ? [path] : [], error: path ? null : "No path joins these two.", truncated: false };
  } catch (err) {
    return { results: [], error: (err as Error).message, truncated: false };
  }
}

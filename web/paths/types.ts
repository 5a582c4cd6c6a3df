import type { PathResult } from "../../src/query/index.ts";

export type { PathResult };

/** What a path query gave: results, or the message of the error that stopped it. */
export interface QueryOutcome {
  results: PathResult[];
  error: string | null;
  /** True when the limit cut the list. */
  truncated: boolean;
  /** Why the match stopped before it tried every path (its budget ran out), or null. */
  cutShort?: string | null;
  /** True while the query runs in its worker. */
  running?: boolean;
}

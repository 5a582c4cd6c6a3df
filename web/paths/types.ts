import type { PathResult } from "../../src/query/index.ts";

export type { PathResult };

/** What a path query gave: results, or the message of the error that stopped it. */
export interface QueryOutcome {
  results: PathResult[];
  error: string | null;
  /** True when the limit cut the list. */
  truncated: boolean;
}

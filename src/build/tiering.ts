// When V8 optimises extraction's functions. Extraction's functions are large and meet a long tail of
// rare shapes (a token, a mention or a name's reading built another way), so optimised early, on
// little feedback, each is thrown away at the next new shape and compiled again: on the 1 MB
// benchmark corpus about 40% of extraction's CPU time was TurboFan on V8's worker threads (a
// function such as typeName compiled four to seven times, 0.3-1 CPU-s each), not the collector
// (--single-threaded-gc changed nothing; --no-concurrent-recompilation moved that time onto the
// main thread). A larger budget of bytecode run before a function is optimised gives it the feedback
// of more articles first.
import { setFlagsFromString } from "node:v8";

/**
 * V8's --interrupt-budget (bytes of bytecode run between tier-up checks, 132 kB by default), read
 * at run time. Measured (extraction alone, process CPU-s, medians of 3 at 1 MB and 2 at 3 MB): the
 * default 8.19 and 21.25, 600 kB 6.28 and 18.48, 1.5 MB 6.56 at 1 MB (the main thread slower by
 * more than the compiler saves).
 */
export const TIER_UP_BUDGET = 600_000;

/** Process-wide and harmless to any other code (it changes when code is optimised, never what it does). */
export function tierUpLater(): void {
  setFlagsFromString(`--interrupt-budget=${TIER_UP_BUDGET}`);
}

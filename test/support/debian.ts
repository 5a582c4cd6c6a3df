// Tests that need a Debian package (chromium, python3-networkx, python3-igraph, redis-server) ask here first.
// On a machine with only Node and npm they skip, with one line naming the package and the command
// that installs it; CI (.ci/run) sets CASEGRAPH_REQUIRE_DEBIAN=1, and then a missing package fails.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { it } from "vitest";

/** Debian's chromium; CASEGRAPH_CHROMIUM points elsewhere (a missing path tries the skip). */
export const CHROMIUM = process.env.CASEGRAPH_CHROMIUM || "/usr/bin/chromium";
/** Debian's python, which has python3-networkx and python3-igraph (python3 on PATH may be another); CASEGRAPH_PYTHON points elsewhere. */
export const PYTHON = process.env.CASEGRAPH_PYTHON || "/usr/bin/python3";
export const REQUIRED = process.env.CASEGRAPH_REQUIRE_DEBIAN === "1";
/** Debian's redis-server, for the BullMQ tests; CASEGRAPH_REDIS_SERVER points elsewhere. */
export const REDIS_SERVER = process.env.CASEGRAPH_REDIS_SERVER || "/usr/bin/redis-server";

export interface Requirement {
  /** What is missing, as one line: the package and the command that installs it; null when present. */
  missing: string | null;
}

let redis: Requirement | undefined;
export function needRedis(): Requirement {
  redis ??= { missing: existsSync(REDIS_SERVER) ? null : `needs Debian's redis-server at ${REDIS_SERVER} (install: apt-get install redis-server)` };
  return redis;
}

let chromium: Requirement | undefined, python: Requirement | undefined, pythonGraphs: Requirement | undefined;

export function needChromium(): Requirement {
  chromium ??= { missing: existsSync(CHROMIUM) ? null : `needs Debian's chromium at ${CHROMIUM} (install: apt-get install chromium)` };
  return chromium;
}

export function needPython(): Requirement {
  python ??= { missing: spawnSync(PYTHON, ["-c", "import csv"], { stdio: "ignore" }).status === 0 ? null : `needs Debian's python3 at ${PYTHON} (install: apt-get install python3)` };
  return python;
}

export function needPythonGraphLibraries(): Requirement {
  if (pythonGraphs) return pythonGraphs;
  if (needPython().missing) return (pythonGraphs = { missing: `needs python3, python3-networkx and python3-igraph at ${PYTHON} (install: apt-get install python3-networkx python3-igraph)` });
  const lacking = [["networkx", "python3-networkx"], ["igraph", "python3-igraph"]]
    .filter(([module]) => spawnSync(PYTHON, ["-c", `import ${module}`], { stdio: "ignore" }).status !== 0)
    .map(([, pkg]) => pkg!);
  pythonGraphs = { missing: lacking.length ? `needs ${lacking.join(" and ")} for ${PYTHON} (install: apt-get install ${lacking.join(" ")})` : null };
  return pythonGraphs;
}

/**
 * Call at the top of a describe block, or of a file: true when the tests may run. Otherwise it
 * registers one skipped test named after what is missing (or, when CI requires it, one failing
 * test) and the caller returns.
 */
export function available(requirement: Requirement): boolean {
  if (!requirement.missing) return true;
  if (REQUIRED) it(`has what it needs: ${requirement.missing}`, () => { throw new Error(`${requirement.missing} (CASEGRAPH_REQUIRE_DEBIAN=1)`); });
  else it.skip(requirement.missing, () => {});
  return false;
}

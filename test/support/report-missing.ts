// Vitest global setup: after the run, one line for each Debian package whose tests were skipped.
import { needChromium, needPython, needPythonGraphLibraries, needRedis, REQUIRED } from "./debian.ts";

export default function setup() {
  return () => {
    if (REQUIRED) return; // CI: nothing skips, a missing package fails its tests
    const lines: string[] = [];
    const chromium = needChromium().missing, python = needPython().missing, graphs = needPythonGraphLibraries().missing;
    if (chromium) lines.push(`skipped the browser tests: ${chromium}`);
    // without python3 the graph-library line names it too
    if (graphs) lines.push(`skipped the ${python ? "Python (csv, NetworkX, igraph)" : "NetworkX and igraph"} export checks: ${graphs}`);
    const redis = needRedis().missing;
    if (redis) lines.push(`skipped the Redis (BullMQ) build tests: ${redis}`);
    if (lines.length) process.stdout.write(`\n${lines.join("\n")}\n`);
  };
}

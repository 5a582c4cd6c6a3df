// One config for the viewer (web/) and the test runner.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { graphBeside } from "./web/scripts/graph-plugin.ts";
import { correctionsEndpoint } from "./web/scripts/corrections-endpoint.ts";
import { dirname } from "node:path";

/** The graph the viewer opens by default: graph/graph.json, or CASEGRAPH_GRAPH. */
const graphFile = process.env.CASEGRAPH_GRAPH ?? fileURLToPath(new URL("./graph/graph.json", import.meta.url));
/** The folder that graph is built from, where the viewer saves corrections (dev server only): seeds/, or CASEGRAPH_INPUT. */
const inputDir = process.env.CASEGRAPH_INPUT ?? fileURLToPath(new URL("./seeds", import.meta.url));

export default defineConfig({
  root: "web",
  base: "./",
  publicDir: false,
  plugins: [graphBeside(graphFile), correctionsEndpoint({ input: inputDir, out: dirname(graphFile) })],
  // Pre-bundled up front, so the dev server does not reload the page when it discovers them.
  optimizeDeps: { include: ["graphology", "sigma", "sigma/rendering", "graphology-layout-forceatlas2", "graphology-layout-forceatlas2/worker", "@sigma/export-image", "zod"] },
  build: { outDir: "dist", emptyOutDir: true },
  test: {
    root: ".",
    include: ["test/**/*.test.ts"],
    // says which tests were skipped for want of a Debian package (chromium, python3-networkx, ...)
    globalSetup: ["test/support/report-missing.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

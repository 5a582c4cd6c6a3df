// One config for the viewer (web/) and the test runner.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { graphBeside } from "./web/scripts/graph-plugin.ts";

/** The graph the viewer opens by default: graph/graph.json, or CASEGRAPH_GRAPH. */
const graphFile = process.env.CASEGRAPH_GRAPH ?? fileURLToPath(new URL("./graph/graph.json", import.meta.url));

export default defineConfig({
  root: "web",
  base: "./",
  publicDir: false,
  plugins: [graphBeside(graphFile)],
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

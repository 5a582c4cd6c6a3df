// One config for the viewer (web/) and the test runner.
import { defineConfig } from "vitest/config";

export default defineConfig({
  root: "web",
  publicDir: false,
  build: { outDir: "dist", emptyOutDir: true },
  test: {
    root: ".",
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

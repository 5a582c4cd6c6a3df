export * from "./types.ts";
export { parseGraphText, loadGraphText, fetchText, BIG_FILE } from "./load.ts";
export { indexGraph, suggest } from "./indexing.ts";

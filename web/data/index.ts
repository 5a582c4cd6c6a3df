export * from "./types.ts";
export { parseGraphText, fetchGraph, readGraphFile } from "./load.ts";
export { indexGraph, suggest } from "./indexing.ts";

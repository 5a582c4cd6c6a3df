export * from "./types.ts";
export { parseGraphText, graphOfChecked } from "./load.ts";
export { loadGraphFile, VIEWER_LIMITS, type LoadSource, type Progress } from "./loader.ts";
export { indexGraph, suggest } from "./indexing.ts";

// Path queries over a casegraph graph, with the evidence for every hop. Used by the CLI and the
// viewer, so nothing here touches node: modules.
//
//   parsePattern("Person[role=judge] -PRESIDED_OVER-> Trial -RESULTED_IN-> Verdict[outcome=mistrial]")
//   runPattern(graph, "judge→trial→verdict", { limit: 20 })    named queries: NAMED_QUERIES
//   shortestPath(graph, "Jane Doe", "doe retrial")              over relation edges, either direction
//   neighbourhood(graph, "Jane Doe", 2)                         one shortest path per node within 2 hops
//   findEntities(graph, "doe")                                  keys whose label or alias is "doe"
export type { AttributeTest, EdgeStep, Evidence, Hop, HopEdge, NodeStep, MatchOutcome, PathResult, Pattern, RunOptions } from "./types.ts";
export { parsePattern, formatPattern } from "./pattern.ts";
export { runPattern, matchPattern, DEFAULT_LIMIT, DEFAULT_BUDGET } from "./match.ts";
export { shortestPath, neighbourhood, findEntities, resolveEntity, describe } from "./paths.ts";
export { NAMED_QUERIES } from "./named.ts";
export { edgeEvidence, sentenceEvidence } from "./evidence.ts";
export { graphFromJSON, graphFromData } from "./graph-file.ts";
export { formatPath, formatPathLine, formatResults, nodeName } from "./format.ts";
export { fold } from "./text.ts";

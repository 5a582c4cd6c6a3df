// Pattern queries off the main thread: the page sends the checked graph once, then queries; a
// query that runs long never freezes the page, and Cancel ends this worker.
import type { SerializedGraph } from "graphology-types";
import { graphOfChecked } from "../data/load.ts";
import type { PathQuery } from "../state/index.ts";
import { runQuery } from "./run.ts";
import type { DataGraph } from "../data/index.ts";

let graph: DataGraph | null = null;

self.onmessage = (event: MessageEvent<{ kind: "graph"; data: SerializedGraph } | { kind: "run"; id: number; query: PathQuery }>) => {
  const message = event.data;
  if (message.kind === "graph") graph = graphOfChecked(message.data);
  else if (graph) self.postMessage({ id: message.id, outcome: runQuery(graph, message.query) });
};

// npm start: build the seeds graph if needed, then serve the viewer and print its address.
import { fileURLToPath } from "node:url";
import { createServer } from "vite";
import { ensureSeedsGraph } from "./fresh-graph.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
ensureSeedsGraph(root);
const port = Number(process.env.PORT) || 5173;
const server = await createServer({ configFile: `${root}vite.config.ts`, server: { host: "localhost", port } });
await server.listen();
const address = server.resolvedUrls?.local[0] ?? `http://localhost:${port}/`;
console.log(`\ncasegraph viewer: ${address}\n(open another graph with ${address}?graph=<address of a graph.json>; Ctrl+C stops)`);

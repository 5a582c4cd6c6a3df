// npm run build:web: a static site in web/dist with the seeds graph beside it (graph.json).
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { ensureSeedsGraph } from "./fresh-graph.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
ensureSeedsGraph(root);
await build({ configFile: `${root}vite.config.ts` });
console.log(`\nstatic viewer in web/dist/ (index.html, graph.json); serve that folder with any static server, e.g. npx vite preview`);

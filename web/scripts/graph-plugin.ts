// Vite plugin: the viewer's default graph.json. Served beside the page by the dev and preview servers,
// and copied into the static build, so the site shows the graph it was built with.
import { createReadStream, existsSync, readFileSync } from "node:fs";
import type { Connect, Plugin } from "vite";

export function graphBeside(file: string): Plugin {
  const serve: Connect.NextHandleFunction = (req, res, next) => {
    if ((req.url ?? "").split("?")[0] !== "/graph.json") return next();
    if (!existsSync(file)) {
      res.statusCode = 404;
      res.statusMessage = `no graph at ${file}: run npm run build:graph`;
      return res.end();
    }
    res.setHeader("Content-Type", "application/json");
    res.setHeader("Cache-Control", "no-store");
    createReadStream(file).pipe(res);
  };
  return {
    name: "casegraph-graph-beside",
    configureServer(server) { server.middlewares.use(serve); },
    configurePreviewServer(server) { server.middlewares.use(serve); },
    generateBundle() {
      if (existsSync(file)) this.emitFile({ type: "asset", fileName: "graph.json", source: readFileSync(file) });
      else this.warn(`no graph at ${file}: the site will show a message until one is opened`);
    },
  };
}

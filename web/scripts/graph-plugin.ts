// Vite plugin: the viewer's default graph.json. Served beside the page by the dev and preview servers,
// and copied into the static build, so the site shows the graph it was built with. The servers also
// tell an open page when that file changes (a rebuild, `casegraph build --watch`): /graph-events is
// a stream of server-sent events, one `graph` event per new file, and the page loads it again.
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
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
  const events = graphEvents(file);
  const both: Connect.NextHandleFunction = (req, res, next) => events(req, res, () => serve(req, res, next));
  return {
    name: "casegraph-graph-beside",
    configureServer(server) { server.middlewares.use(both); },
    configurePreviewServer(server) { server.middlewares.use(both); },
    generateBundle() {
      if (existsSync(file)) this.emitFile({ type: "asset", fileName: "graph.json", source: readFileSync(file) });
      else this.warn(`no graph at ${file}: the site will show a message until one is opened`);
    },
  };
}

/** What tells one version of the file from the next: a build replaces its output folder whole, so a new file has a new inode. */
function version(file: string): string {
  try { const s = statSync(file); return `${s.ino}:${s.size}:${s.mtimeMs}`; } catch { return "none"; }
}

/**
 * /graph-events: server-sent events, a `graph` event each time `file` is replaced or changed
 * (looked at every `everyMs`; a folder swapped by rename defeats file watchers, a stat does not).
 */
export function graphEvents(file: string, everyMs = 500): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  return (req, res, next) => {
    if ((req.url ?? "").split("?")[0] !== "/graph-events") return next();
    res.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-store", Connection: "keep-alive" });
    res.write(": casegraph graph events\n\n");
    let seen = version(file);
    const timer = setInterval(() => {
      const now = version(file);
      if (now === seen || now === "none") return;
      seen = now;
      res.write(`event: graph\ndata: ${now}\n\n`);
    }, everyMs);
    req.on("close", () => clearInterval(timer));
  };
}

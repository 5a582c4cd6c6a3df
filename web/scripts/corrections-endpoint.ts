// Vite plugin for `npm start`: a small endpoint, answering only on localhost, through which the
// viewer adds corrections to the input folder's casegraph.corrections.json and rebuilds the graph.
// Only the dev server has it; a static site downloads the file instead.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Plugin } from "vite";
import { z } from "zod";
import { Correction } from "../../src/schema.ts";
import { CORRECTIONS_FILE, formatCorrections, parseCorrections } from "../../src/review/corrections-file.ts";

export interface EndpointOptions {
  /** The input folder the graph is built from; the corrections file goes there. */
  input: string;
  /** The output folder of the build (where graph.json is). */
  out: string;
}

const PATH = "/api/corrections";
const MAX_BODY = 1 << 20;
const LOCAL_HOSTS = /^(?:localhost|127\.0\.0\.1|\[::1\])(?::\d+)?$/;
const Body = z.strictObject({ add: z.array(Correction).min(1).max(10_000) });

export function correctionsEndpoint(options: EndpointOptions): Plugin {
  const file = join(options.input, CORRECTIONS_FILE);
  let queue: Promise<unknown> = Promise.resolve(); // one save (and build) at a time
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const reply = (status: number, body: unknown) => {
      res.statusCode = status;
      res.setHeader("Content-Type", "application/json");
      res.setHeader("Cache-Control", "no-store");
      res.end(JSON.stringify(body));
    };
    // Only this machine's pages: a page elsewhere cannot write here (nor through DNS rebinding).
    const host = req.headers.host ?? "", origin = req.headers.origin;
    if (!LOCAL_HOSTS.test(host) || (origin !== undefined && origin !== `http://${host}`)) return reply(403, { error: "only pages served by this server on localhost may save corrections" });
    if (req.method === "GET") return reply(200, { file: CORRECTIONS_FILE, folder: basename(options.input), corrections: existing().entries ?? [] });
    if (req.method !== "POST") return reply(405, { error: "GET or POST" });
    if (!(req.headers["content-type"] ?? "").startsWith("application/json")) return reply(415, { error: "send JSON" });
    let text: string;
    try { text = await readBody(req); } catch (err) { return reply(413, { error: (err as Error).message }); }
    let data: unknown;
    try { data = JSON.parse(text); } catch { return reply(400, { error: "the request is not JSON" }); }
    const body = Body.safeParse(data);
    if (!body.success) return reply(400, { error: `not corrections: ${z.prettifyError(body.error)}` });
    const result = queue.then(() => save(body.data.add));
    queue = result.catch(() => undefined);
    const outcome = await result;
    reply(outcome.status, outcome.body);
  };

  function existing(): { entries?: unknown[]; problem?: string } {
    if (!existsSync(file)) return { entries: [] };
    const parsed = parseCorrections(readFileSync(file, "utf8"));
    return parsed.ok ? { entries: parsed.entries } : { problem: parsed.problem };
  }

  async function save(add: unknown[]): Promise<{ status: number; body: unknown }> {
    const before = existing();
    // A file a person broke by hand is theirs to fix: writing over it would lose their work.
    if (!before.entries) return { status: 409, body: { error: `${CORRECTIONS_FILE} in ${options.input} cannot be read (${before.problem}): fix it, then save again` } };
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, formatCorrections([...before.entries, ...add]));
    renameSync(tmp, file);
    const build = await run(process.execPath, [new URL("../../src/bin.js", import.meta.url).pathname, "build", options.input, "--out", options.out, "--quiet"]);
    if (build.code !== 0) return { status: 500, body: { error: `saved, but the build failed: ${build.stderr.trim()}` } };
    const stale = build.stderr.split("\n").filter((l) => l.includes(CORRECTIONS_FILE)).map((l) => l.replace(/^casegraph: warning: /, ""));
    return { status: 200, body: { file: `${basename(options.input)}/${CORRECTIONS_FILE}`, saved: before.entries.length + add.length, stale } };
  }

  return {
    name: "casegraph-corrections-endpoint",
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if ((req.url ?? "").split("?")[0] !== PATH) return next();
        handle(req, res).catch((err) => { res.statusCode = 500; res.end(JSON.stringify({ error: String(err) })); });
      });
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) { reject(new Error("the request is too large")); req.destroy(); } else chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function run(command: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => { stderr += c.toString(); });
    child.on("close", (code) => resolve({ code, stderr }));
    child.on("error", (err) => resolve({ code: 1, stderr: err.message }));
  });
}

// Test harness for the viewer in a real browser: build the site, serve it, drive Debian's chromium.
import { createServer, type Server } from "node:http";
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { tmpdir } from "node:os";
import { execFileSync } from "node:child_process";
import type { AddressInfo } from "node:net";
import { build } from "vite";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { CHROMIUM } from "../support/debian.ts";
import { graphEvents } from "../../web/scripts/graph-plugin.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".png": "image/png" };

export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-quic", "--disable-sync"];

export interface Harness {
  url: string;
  context: BrowserContext;
  page(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Serves `dist` at / and test/fixtures at /fixtures/ on a free localhost port; with `live`, as the
 * dev server does, graph.json is that file as it is now and /graph-events tells of its rebuilds.
 */
function serve(dist: string, live?: string): Promise<Server> {
  const fixtures = join(ROOT, "test", "fixtures");
  const events = live ? graphEvents(live, 200) : undefined;
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    if (events && path === "/graph-events") return events(req, res, () => {});
    if (live && path === "/graph.json") { res.setHeader("Content-Type", "application/json"); return createReadStream(live).pipe(res); }
    if (path.startsWith("/slow/") || path === "/huge.json") return slowly(res, path === "/huge.json" ? null : join(fixtures, path.slice("/slow/".length)));
    const [base, rest] = path.startsWith("/fixtures/") ? [fixtures, path.slice("/fixtures/".length)] : [dist, path.slice(1) || "index.html"];
    const file = normalize(join(base, rest));
    if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) { res.statusCode = 404; return res.end("not found"); }
    res.setHeader("Content-Type", TYPES[extname(file)] ?? "application/octet-stream");
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/**
 * A fixture sent in twenty pieces 150 ms apart, so the page shows its progress; or (no file) a
 * response that announces 500 MB and never sends them.
 */
function slowly(res: import("node:http").ServerResponse, file: string | null): void {
  const body = file && existsSync(file) ? readFileSync(file) : null;
  res.writeHead(200, { "Content-Type": "application/json", "Content-Length": String(body ? body.length : 500_000_000) });
  if (!body) { res.write("{"); setTimeout(() => res.destroy(), 3000); return; }
  let i = 0;
  const step = Math.ceil(body.length / 20);
  const timer = setInterval(() => {
    if (res.destroyed) return clearInterval(timer);
    res.write(body.subarray(i, i + step));
    i += step;
    if (i >= body.length) { clearInterval(timer); res.end(); }
  }, 150);
}

/**
 * Builds the seeds graph with the CLI and the site with Vite (the graph beside it, as `npm run build:web` does),
 * serves both, and opens a fresh chromium profile.
 */
export async function startHarness(options: { graph?: string; width?: number; height?: number; live?: boolean } = {}): Promise<Harness> {
  const work = mkdtempSync(join(tmpdir(), "casegraph-web-"));
  let graph = options.graph;
  if (!graph) {
    execFileSync(process.execPath, [join(ROOT, "src", "bin.js"), "build", join(ROOT, "seeds"), "--out", join(work, "graph"), "--quiet"], { stdio: "pipe" });
    graph = join(work, "graph", "graph.json");
  }
  const dist = join(work, "dist");
  const previous = process.env.CASEGRAPH_GRAPH;
  process.env.CASEGRAPH_GRAPH = graph;
  try {
    await build({ configFile: join(ROOT, "vite.config.ts"), logLevel: "error", build: { outDir: dist, emptyOutDir: true } });
  } finally {
    if (previous === undefined) delete process.env.CASEGRAPH_GRAPH; else process.env.CASEGRAPH_GRAPH = previous;
  }
  const server = await serve(dist, options.live ? graph : undefined);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const context = await chromium.launchPersistentContext(join(work, "profile"), {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: options.width ?? 1400, height: options.height ?? 850 },
    acceptDownloads: true,
  });
  return {
    url,
    context,
    page: () => context.newPage(),
    async close() {
      await context.close().catch(() => {});
      await new Promise((r) => server.close(r));
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/** Opens the viewer and waits until it has shown a graph or a message. */
export async function openViewer(page: Page, url: string): Promise<"ready" | "error"> {
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.state === "ready" || document.body.dataset.state === "error", null, { timeout: 20_000 });
  return (await page.evaluate(() => document.body.dataset.state)) as "ready" | "error";
}

/**
 * Counts pixels of a screenshot of `selector`: those that differ from white, and those close to `color`.
 * The screenshot is decoded in the page, so no image library is needed here.
 */
export async function pixelCounts(page: Page, selector: string, color?: string): Promise<{ inked: number; matching: number; total: number }> {
  const png = (await page.locator(selector).screenshot()).toString("base64");
  return page.evaluate(async ({ png, color }) => {
    const img = new Image();
    img.src = `data:image/png;base64,${png}`;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = img.width; canvas.height = img.height;
    const c2d = canvas.getContext("2d")!;
    c2d.drawImage(img, 0, 0);
    const data = c2d.getImageData(0, 0, img.width, img.height).data;
    const target = color ? [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) : null;
    let inked = 0, matching = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      if (r < 245 || g < 245 || b < 245) inked++;
      if (target && Math.abs(r - target[0]!) + Math.abs(g - target[1]!) + Math.abs(b - target[2]!) < 24) matching++;
    }
    return { inked, matching, total: data.length / 4 };
  }, { png, color });
}

// The Review tab in headless Debian chromium, on an invented folder where two outlets disagree:
// decisions made with one click are saved to the folder through `npm start`'s endpoint (Vite's dev
// server, as npm start runs it), applied by the rebuild, and still applied after an article is
// added; on a static site they are downloaded as the corrections file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { createServer, type ViteDevServer } from "vite";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { CHROMIUM_ARGS, openViewer, startHarness, type Harness } from "./browser.ts";
import { casegraph, writeFiles } from "../cli/run.ts";
import { type GraphFile } from "../../src/schema.ts";
import { checkGraph } from "../../src/graph-check.ts";
import { COURIER, GAZETTE, LEDGER } from "../review/corpus.ts";
import { available, CHROMIUM, needChromium } from "../support/debian.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
const HAVE_CHROMIUM = available(needChromium());

let work: string;
const input = () => join(work, "in"), output = () => join(work, "out");
const build = () => {
  const r = casegraph(["build", input(), "--out", output(), "--quiet"]);
  if (r.status !== 0) throw new Error(r.stderr);
  return r;
};
const graphFile = (): GraphFile => {
  const check = checkGraph(JSON.parse(readFileSync(join(output(), "graph.json"), "utf8")));
  if (!check.ok) throw new Error(check.message);
  return check.graph;
};
const hasNode = (g: GraphFile, key: string) => g.nodes.some((n) => n.key === key);
const edgeOf = (g: GraphFile, key: string) => g.edges.find((e) => e.key === key)?.attributes;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "casegraph-review-"));
  writeFiles(work, [["in/gazette.md", GAZETTE], ["in/ledger.md", LEDGER]]);
  build();
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const item = (page: Page, text: string) => page.locator(".review-item", { hasText: text }).first();
async function openReview(page: Page) {
  await page.click("role=tab[name=Review]");
  await page.waitForSelector(".review-item");
}

describe.skipIf(!HAVE_CHROMIUM)("the Review tab, served by npm start", () => {
  let server: ViteDevServer;
  let context: BrowserContext;
  let page: Page;
  let url: string;

  beforeAll(async () => {
    // what npm start does, on the test's folder: vite.config.ts reads these two variables
    process.env.CASEGRAPH_GRAPH = join(output(), "graph.json");
    process.env.CASEGRAPH_INPUT = input();
    try {
      server = await createServer({ configFile: join(ROOT, "vite.config.ts"), logLevel: "error", server: { host: "localhost", port: 0, strictPort: false } });
      await server.listen();
    } finally {
      delete process.env.CASEGRAPH_GRAPH;
      delete process.env.CASEGRAPH_INPUT;
    }
    url = `http://localhost:${(server.httpServer!.address() as AddressInfo).port}/`;
    context = await chromium.launchPersistentContext(join(work, "profile"), { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1400, height: 900 } });
    page = await context.newPage();
    page.on("pageerror", (e) => { throw e; });
  }, 120_000);
  afterAll(async () => {
    await context?.close().catch(() => {});
    await server?.close();
  });

  it("lists both contradictions first, each side with its outlet's sentence", async () => {
    expect(await openViewer(page, url)).toBe("ready");
    await openReview(page);
    const titles = await page.locator(".review-item h4").allTextContents();
    expect(titles.slice(0, 3).join("\n")).toMatch(/outcome of Charge "fraud": guilty \(Harbour Gazette\) vs not guilty \(Valley Ledger\)/);
    expect(titles.slice(0, 3).join("\n")).toMatch(/penalty of Verdict "Wyke trial: guilty": six years in prison \(Harbour Gazette\) vs two years in prison \(Valley Ledger\)/);
    const outcome = item(page, 'outcome of Charge "fraud"');
    const sides = outcome.locator(".side");
    expect(await sides.count()).toBe(2);
    expect(await sides.nth(0).textContent()).toMatch(/Harbour Gazette.*convicted Tobias Wyke, 52, of fraud and forgery/);
    expect(await sides.nth(1).textContent()).toMatch(/Valley Ledger.*acquitted Tobias Wyke, 49, of fraud/);
    // side by side, not one under the other
    const [left, right] = [await sides.nth(0).boundingBox(), await sides.nth(1).boundingBox()];
    expect(right!.x).toBeGreaterThan(left!.x + left!.width - 1);
  });

  it("says on every edge panel how many articles and outlets state it", async () => {
    await page.click("role=tab[name=Details]");
    await page.evaluate(() => {
      const v = window.casegraph!.viewer!;
      v.store.dispatch({ type: "select", selection: { kind: "edge", key: "trial:wyke-trial-HELD_AT->court:ashford-county-court" } });
    });
    await expect.poll(() => page.locator(".edge-panel .support").textContent()).toMatch(/stated by 2 articles from 2 outlets/);
    expect(await page.locator(".edge-panel blockquote").count()).toBe(2);
  });

  it("accepts, merges, rejects and retypes with one click each, saves to the folder and shows the rebuilt graph", async () => {
    await openReview(page);
    await item(page, 'outcome of Charge "fraud"').locator(".side").nth(1).locator("text=Accept this side").click();
    await item(page, '"H. Marsk" and "Helen Marsk"').locator("text=Merge the other into “Helen Marsk”").click();
    await item(page, "Daniel Reyes\" PROSECUTED").locator("button", { hasText: /^Reject$/ }).click();
    // retype from the entity's own panel
    await page.evaluate(() => window.casegraph!.viewer!.store.dispatch({ type: "select", selection: { kind: "node", key: "court:ashford-county-court" } }));
    await page.selectOption("select[aria-label='Retype Ashford County Court']", "Organization");
    await openReview(page);
    const pending = page.locator(".pending li");
    expect(await pending.allTextContents()).toEqual([
      expect.stringMatching(/^Accepted “not guilty”/), expect.stringMatching(/^Merged “H. Marsk” into “Helen Marsk”/),
      expect.stringMatching(/^Rejected/), expect.stringMatching(/^Retyped “Ashford County Court” as Organization/),
    ]);
    expect(await item(page, 'outcome of Charge "fraud"').locator(".decision").textContent()).toMatch(/not saved yet/);

    await page.click("text=Save and rebuild");
    await expect.poll(() => page.locator(".review-panel .status").textContent(), { timeout: 60_000 }).toMatch(/Saved to in\/casegraph\.corrections\.json; the graph was rebuilt/);
    // the page now shows the rebuilt graph
    const nodes = () => page.evaluate(() => { const l = window.casegraph!.load; return l?.ok ? l.graph.nodes() : []; });
    await expect.poll(nodes, { timeout: 20_000 }).toContain("organization:ashford-county-court");
    await page.waitForSelector(".review-item");
    const keys = await nodes();
    expect(keys).not.toContain("person:h-marsk");
    expect(await page.locator(".review-item h4", { hasText: 'outcome of Charge "fraud"' }).count()).toBe(0);
    expect(await page.locator(".corrections-report").textContent()).toMatch(/casegraph\.corrections\.json: \d+ applied/);
  });

  it("wrote a corrections file the next builds apply, also after one more article is added", () => {
    const saved = JSON.parse(readFileSync(join(input(), "casegraph.corrections.json"), "utf8")) as { corrections: { action: string }[] };
    expect(saved.corrections.map((c) => c.action)).toEqual(["confirm", "reject", "merge", "reject", "retype"]);
    const check = (g: GraphFile) => {
      expect(hasNode(g, "person:h-marsk")).toBe(false);
      expect(hasNode(g, "organization:ashford-county-court")).toBe(true);
      expect(hasNode(g, "court:ashford-county-court")).toBe(false);
      expect(edgeOf(g, "person:daniel-reyes-PROSECUTED->trial:wyke-trial")).toBeUndefined();
      expect(edgeOf(g, "verdict:wyke-trial-guilty-ON_CHARGE->charge:fraud")).toBeUndefined();
      expect(edgeOf(g, "verdict:wyke-trial-not-guilty-ON_CHARGE->charge:fraud")).toMatchObject({ confirmed: true });
      expect(g.attributes.corrections?.status.every((s) => s.state === "applied")).toBe(true);
    };
    build();
    check(graphFile());
    writeFiles(work, [["in/courier.md", COURIER]]);
    expect(build().stderr).toBe("");
    const g = graphFile();
    check(g);
    expect(g.nodes.filter((n) => n.attributes.type === "Article")).toHaveLength(3);
  });

  it("refuses a page from elsewhere", async () => {
    const res = await fetch(`${url}api/corrections`, { method: "POST", headers: { "Content-Type": "application/json", Origin: "http://evil.example" }, body: JSON.stringify({ add: [] }) });
    expect(res.status).toBe(403);
  });
});

describe.skipIf(!HAVE_CHROMIUM)("the Review tab on a static site", () => {
  let harness: Harness;
  let page: Page;
  beforeAll(async () => {
    harness = await startHarness({ graph: join(output(), "graph.json") });
    page = await harness.page();
  }, 120_000);
  afterAll(async () => harness?.close());

  it("filters the graph to what is contested, and by confidence, from the sidebar", async () => {
    expect(await openViewer(page, harness.url)).toBe("ready");
    const shownNodes = async () => Number(/^(\d+) of/.exec((await page.locator("#status").textContent())!)![1]);
    const shownEdges = async () => Number(/· (\d+) of/.exec((await page.locator("#status").textContent())!)![1]);
    const [nodes, edges] = [await shownNodes(), await shownEdges()];
    await page.check("input[aria-label='Contested only']");
    await expect.poll(shownNodes).toBeLessThan(nodes);
    expect(page.url()).toMatch(/contested=1/);
    const hidden = await page.evaluate(() => window.casegraph!.viewer!.renderer.getNodeDisplayData("person:maria-okanta")?.hidden);
    expect(hidden).toBe(true);
    await page.uncheck("input[aria-label='Contested only']");
    await expect.poll(shownNodes).toBe(nodes);
    await page.locator("input[aria-label='Minimum confidence']").fill("0.95");
    await expect.poll(shownEdges).toBeLessThan(edges);
    expect(page.url()).toMatch(/conf=0\.95/);
  });

  it("downloads the corrections file: what the graph was built with, then the new decisions", async () => {
    expect(await openViewer(page, harness.url)).toBe("ready");
    await openReview(page);
    const penalty = item(page, "penalty of Verdict");
    await penalty.locator(".side").nth(0).locator("text=Accept this side").click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=Download corrections file")]);
    expect(download.suggestedFilename()).toBe("casegraph.corrections.json");
    const file = JSON.parse(readFileSync((await download.path())!, "utf8")) as { corrections: Record<string, unknown>[] };
    const built = graphFile().attributes.corrections?.corrections ?? [];
    expect(file.corrections.slice(0, built.length)).toEqual(built);
    expect(file.corrections.at(-1)).toEqual({ action: "confirm", entity: { type: "Verdict", name: "Wyke trial: guilty" }, attribute: "penalty", value: "six years in prison" });
    expect(await page.locator(".pending .status").textContent()).toMatch(/put it in the input folder/);
  });
});

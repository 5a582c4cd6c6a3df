// The reader, the paths panel, the camera, the labels and the load messages in headless Debian
// chromium, on a graph the CLI builds from invented articles: a saved web page, a markdown file
// with front matter, a plain text file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer } from "node:net";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { openViewer, startHarness, type Harness } from "./browser.ts";
import { casegraph } from "../cli/run.ts";
import { available, needChromium } from "../support/debian.ts";

const skip = !available(needChromium());

const BAKER = `---
title: "Baker cleared of invoice fraud"
source: Aldane Evening Post
published: 2031-03-05
byline: Ana Pellow
---
# Baker cleared of invoice fraud

A jury in Port Aldane on Tuesday found the baker **Tomas Hrubin** not guilty of fraud, ending a three-week trial.

Judge Lena Varga presided over the trial at the Aldane County Court.

> "I always trusted the jury," Hrubin said outside the court.

His lawyer, [Petra Solc](https://example.com/solc), said the charges should never have been brought.
`;
const FERRY = `Ferry owner convicted of fraud
A jury in Port Aldane convicted the ferry owner Ivo Rusk of fraud on Friday. Judge Mara Lisk presided over the trial.
`;

let harness: Harness, page: Page, work: string;
beforeAll(async () => {
  if (skip) return;
  work = mkdtempSync(join(tmpdir(), "casegraph-reader-"));
  writeFileSync(join(work, "baker.md"), BAKER);
  writeFileSync(join(work, "ferry.txt"), FERRY);
  writeFileSync(join(work, "florist.html"), readFileSync(new URL("../fixtures/pages/ledger-article.html", import.meta.url)));
  const built = casegraph(["build", work, "--out", join(work, "out"), "--quiet"]);
  if (built.status !== 0) throw new Error(built.stderr);
  harness = await startHarness({ graph: join(work, "out", "graph.json") });
  page = await harness.page();
  page.on("pageerror", (e) => { throw e; });
}, 120_000);
afterAll(async () => { await harness?.close(); if (work) rmSync(work, { recursive: true, force: true }); });

const open = () => openViewer(page, harness.url);
async function search(text: string) {
  await page.fill(".search-slot input", text);
  await page.waitForSelector(".search-slot .suggestions li");
  await page.keyboard.press("Enter");
}
/** Opens the reader at a sentence that mentions `name`, in the article titled `title`. */
async function read(name: string, title: string) {
  await search(name);
  await page.locator(".node-panel .mentions blockquote .source", { hasText: title }).first().click();
  await page.locator(".article-panel").waitFor();
}
/** Where sigma draws each of `keys` now, in canvas pixels, and the canvas size. */
const onScreen = (keys: string[]) => page.evaluate((keys) => {
  const r = window.casegraph!.viewer!.renderer;
  return { ...r.getDimensions(), at: keys.map((k) => r.framedGraphToViewport(r.getNodeDisplayData(k)!)) };
}, keys);
const settled = () => page.waitForFunction(() => !window.casegraph!.viewer!.renderer.getCamera().isAnimated()).then(() => page.waitForTimeout(100));
/** Zooms far into one corner, where none of the graph is in view. */
const lookAway = () => page.evaluate(() => window.casegraph!.viewer!.renderer.getCamera().setState({ x: -2, y: -2, ratio: 0.1, angle: 0 }));
/**
 * Waits until the camera has left the corner `lookAway` set and come to rest. The viewer frames on
 * the next animation frame, so a camera at rest just after a click may not have started to move.
 */
const settledAway = () => page.waitForFunction(() => {
  const camera = window.casegraph!.viewer!.renderer.getCamera();
  return camera.ratio !== 0.1 && !camera.isAnimated();
}).then(() => page.waitForTimeout(100));
async function expectAllInView(keys: string[]) {
  const { width, height, at } = await onScreen(keys);
  for (const [i, p] of at.entries()) {
    expect(p.x, keys[i]).toBeGreaterThan(0); expect(p.x, keys[i]).toBeLessThan(width);
    expect(p.y, keys[i]).toBeGreaterThan(0); expect(p.y, keys[i]).toBeLessThan(height);
  }
}

describe.skipIf(skip)("the article reader", () => {
  it("shows the title, outlet, date and byline, then the body without front matter or markdown marks", async () => {
    await open();
    await read("Hrubin", "Baker cleared");
    const panel = page.locator(".article-panel");
    expect(await panel.locator("h2").textContent()).toBe("Baker cleared of invoice fraud");
    expect(await panel.locator(".byline .outlet").textContent()).toBe("Aldane Evening Post");
    expect(await panel.locator(".byline .date").textContent()).toBe("5 March 2031");
    expect(await panel.locator(".byline .by").textContent()).toBe("by Ana Pellow");
    const body = (await panel.locator(".article-text").textContent())!;
    expect(body.startsWith("A jury in Port Aldane on Tuesday found the baker Tomas Hrubin not guilty")).toBe(true);
    for (const markup of ["---", "title:", "source:", "**", "# ", "](", "> ", "https://example.com"]) expect(body, markup).not.toContain(markup);
    expect(body).toContain("His lawyer, Petra Solc, said");
    expect(await panel.locator(".article-text mark", { hasText: "Tomas Hrubin" }).count()).toBe(1);
    expect(await panel.locator(".sentence.current mark", { hasText: "Hrubin" }).count()).toBeGreaterThan(0);
  });

  it("reads a saved web page as its story: headline, outlet, date, the original address", async () => {
    await open();
    await read("Anselm Vey", "Florist convicted");
    const panel = page.locator(".article-panel");
    expect(await panel.locator("h2").textContent()).toBe("Florist convicted of arson at Quayside market");
    expect(await panel.locator(".byline span").allTextContents()).toEqual(["The Harbour Ledger", "12 June 2031", "by Odile Marzotti"]);
    expect(await panel.locator(".meta .path").textContent()).toBe("florist.html (saved web page)");
    expect(await panel.locator(".meta a").getAttribute("href")).toBe("https://harbour-ledger.example/courts/florist-convicted");
    expect(await panel.locator(".article-text").textContent()).not.toMatch(/[<>{}]|Supreme Court Watch|cookies/);
  });

  it("gives a text file's headline line as the heading, with its mentions marked, and not again in the body", async () => {
    await open();
    await read("Ivo Rusk", "Ferry owner");
    const panel = page.locator(".article-panel");
    expect(await panel.locator("h2").textContent()).toBe("Ferry owner convicted of fraud");
    expect(await panel.locator(".byline").count()).toBe(0); // a text file without front matter names no outlet or date
    expect(await panel.locator(".article-text").textContent()).toMatch(/^A jury in Port Aldane convicted/);
  });
});

describe.skipIf(skip)("paths", () => {
  it("reads a hop walked against its edge the way the relation goes: the lawyer REPRESENTS the client", async () => {
    await open();
    await page.click("role=tab[name=Paths]");
    for (const [box, name] of [["Path from", "Anselm Vey"], ["Path to", "Oyewande"]] as const) {
      await page.fill(`input[aria-label='${box}']`, name);
      await page.keyboard.press("Enter");
    }
    await page.click("text=Find path");
    const hop = page.locator(".path-list .hop-line").first();
    await hop.waitFor();
    expect(await hop.textContent()).toBe("Matthias OyewandeREPRESENTSAnselm Vey");
    expect(await hop.locator(".entity-link").first().getAttribute("data-node")).toBe("person:matthias-oyewande");
    // the path itself still runs from where it was asked
    expect(JSON.parse((await page.locator(".path-list > li").first().getAttribute("data-nodes"))!)).toEqual(["person:anselm-vey", "person:matthias-oyewande"]);
  });

  it("tells apart two charges with one label, in the search, the panel and on the canvas", async () => {
    await open();
    await page.fill(".search-slot input", "fraud");
    await page.waitForSelector(".search-slot .suggestions li");
    const suggested = await page.locator(".search-slot .suggestions li .label").allTextContents();
    expect(suggested).toEqual(expect.arrayContaining(["fraud (Tomas Hrubin)", "fraud (Ivo Rusk)"]));
    await page.locator(".search-slot .suggestions li", { hasText: "fraud (Ivo Rusk)" }).dispatchEvent("mousedown");
    expect(await page.locator(".node-panel h2").textContent()).toBe("fraud (Ivo Rusk)");
    const key = await page.locator(".node-panel").getAttribute("data-node");
    expect(await page.evaluate((k) => window.casegraph!.viewer!.display.getNodeAttribute(k, "label"), key!)).toBe("fraud (Ivo Rusk)");
  });
});

describe.skipIf(skip)("the camera", () => {
  it("frames the results of a named question", async () => {
    await open();
    await lookAway();
    await page.click("role=tab[name=Paths]");
    await page.selectOption("select[aria-label='Named questions']", "judge→trial→verdict");
    const list = page.locator(".path-list > li");
    await list.first().waitFor();
    await settledAway();
    const nodes = [...new Set((await Promise.all((await list.all()).map(async (li) => JSON.parse((await li.getAttribute("data-nodes"))!) as string[]))).flat())];
    expect(nodes.length).toBeGreaterThanOrEqual(6);
    await expectAllInView(nodes);
  });

  it("frames one path when it is clicked, closer than all of them", async () => {
    await open();
    await page.click("role=tab[name=Paths]");
    await page.selectOption("select[aria-label='Named questions']", "judge→trial→verdict");
    await page.locator(".path-list > li").first().waitFor();
    await settled();
    const all = await page.evaluate(() => window.casegraph!.viewer!.renderer.getCamera().ratio);
    await lookAway();
    await page.locator(".path-list > li .path-head").first().click();
    await settledAway();
    await expectAllInView(JSON.parse((await page.locator(".path-list > li").first().getAttribute("data-nodes"))!));
    expect(await page.evaluate(() => window.casegraph!.viewer!.renderer.getCamera().ratio)).toBeLessThan(all);
  });

  it("frames what a filter leaves on the canvas", async () => {
    await open();
    await lookAway();
    for (const type of ["Role", "Court", "Charge", "Trial", "Verdict", "Place"]) await page.click(`.legend li[data-type=${type}] input`);
    await settledAway();
    const people = await page.evaluate(() => window.casegraph!.viewer!.display.filterNodes((_, a) => a.nodeType === "Person"));
    await expectAllInView(people);
  });
});

describe.skipIf(skip)("labels", () => {
  it("are drawn inside the canvas, none cut off at its edges", async () => {
    await open();
    await page.waitForTimeout(300);
    const ink = await page.evaluate(() => {
      const canvas = window.casegraph!.viewer!.renderer.getCanvases().labels!;
      const c = document.createElement("canvas");
      c.width = canvas.width; c.height = canvas.height;
      const ctx = c.getContext("2d")!;
      ctx.drawImage(canvas, 0, 0);
      const column = (x: number) => { const d = ctx.getImageData(x, 0, 1, c.height).data; let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++; return n; };
      return { left: column(0), right: column(c.width - 1), total: (() => { const d = ctx.getImageData(0, 0, c.width, c.height).data; let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++; return n; })() };
    });
    expect(ink.total).toBeGreaterThan(500); // labels are drawn
    expect(ink.left).toBe(0);
    expect(ink.right).toBe(0);
  });
});

describe.skipIf(skip)("a ?graph= address that fails says what happened", () => {
  const message = () => page.locator("#message").textContent();

  it("a server on another site that does not allow this page to read it (CORS)", async () => {
    const other = harness.url.replace("127.0.0.1", "localhost");
    expect(await openViewer(page, `${harness.url}?graph=${encodeURIComponent(`${other}fixtures/viewer-case.json`)}`)).toBe("error");
    expect(await message()).toMatch(/is on another site \(http:\/\/localhost:\d+\), which does not let this page read it: its server sends no Access-Control-Allow-Origin header/);
  });

  it("a server that cannot be reached", async () => {
    const port = await new Promise<number>((resolve) => { const s = createServer().listen(0, "127.0.0.1", () => { const p = (s.address() as { port: number }).port; s.close(() => resolve(p)); }); });
    expect(await openViewer(page, `${harness.url}?graph=${encodeURIComponent(`http://127.0.0.1:${port}/graph.json`)}`)).toBe("error");
    expect(await message()).toMatch(/Could not reach http:\/\/127\.0\.0\.1:\d+ to fetch .*: the network failed/);
  });

  it("a missing file (404)", async () => {
    expect(await openViewer(page, `${harness.url}?graph=fixtures/no-such-graph.json`)).toBe("error");
    expect(await message()).toMatch(/the server answered 404 Not Found \(there is no file at that address\)/);
  });

  it("a server that answers a missing file with its home page", async () => {
    await page.route("**/spa/graph.json", (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><html><body>Welcome</body></html>" }));
    expect(await openViewer(page, `${harness.url}?graph=spa/graph.json`)).toBe("error");
    expect(await message()).toMatch(/answered with a web page, not a graph file: the address is probably wrong/);
    await page.unroute("**/spa/graph.json");
  });

  it("a file that is not JSON, and JSON that is not a casegraph graph", async () => {
    expect(await openViewer(page, `${harness.url}?graph=fixtures/viewer-garbled.json`)).toBe("error");
    expect(await message()).toMatch(/'fixtures\/viewer-garbled\.json' is not JSON/);
    expect(await openViewer(page, `${harness.url}?graph=fixtures/viewer-foreign.json`)).toBe("error");
    // the graph reader's own line, said once (not wrapped in "could not be read")
    expect(await message()).toMatch(/'fixtures\/viewer-foreign\.json' is not a casegraph graph: it has no "options"/);
    expect(await message()).not.toMatch(/could not be read/);
  });
});

// The viewer on big and hostile inputs, in headless Debian chromium: progress while a graph is
// read, Cancel, a refusal past the viewer's limits, and a pattern with exponentially many paths
// that runs in a worker, with Cancel, while the page stays usable.
import { afterAll, beforeAll, describe as describeAll, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openViewer, startHarness, type Harness } from "./browser.ts";
import { denseGraph } from "../fuzz/graphs.ts";
import { available, needChromium } from "../support/debian.ts";

// Without Debian's chromium these skip, naming it (CI makes them mandatory: test/support/debian.ts).
const CHROMIUM = available(needChromium());
const describe = describeAll.skipIf(!CHROMIUM);

let harness: Harness;
let page: Page;

beforeAll(async () => {
  if (!CHROMIUM) return;
  harness = await startHarness();
  page = await harness.page();
  page.on("pageerror", (e) => { throw e; });
}, 120_000);
afterAll(async () => harness?.close());

const state = () => page.evaluate(() => document.body.dataset.state);

describe("loading a graph", () => {
  it("shows how much it has read, then the graph", async () => {
    await page.goto(`${harness.url}?graph=slow/viewer-case.json`);
    const text = page.locator(".loading .load-text");
    await expect.poll(() => text.textContent(), { timeout: 10_000 }).toMatch(/Reading slow\/viewer-case\.json: [\d.]+ MB of [\d.]+ MB/);
    expect(await page.locator(".loading progress").getAttribute("value")).not.toBeNull();
    await expect.poll(state, { timeout: 20_000 }).toBe("ready");
    expect(await page.locator(".loading").count()).toBe(0);
  });

  it("stops when Cancel is pressed, and says so", async () => {
    await page.goto(`${harness.url}?graph=slow/viewer-case.json`);
    await page.locator(".loading .load-cancel").click();
    await expect.poll(state).toBe("error");
    expect(await page.locator("#message h2").textContent()).toBe("Loading cancelled");
    expect(await page.locator("#graph canvas").count()).toBe(0);
  });

  it("refuses a file past the viewer's size at once, saying what to do", async () => {
    expect(await openViewer(page, `${harness.url}?graph=huge.json`)).toBe("error");
    const message = await page.locator("#message").textContent();
    expect(message).toMatch(/too big for the viewer \(500 MB\)/);
    expect(message).toMatch(/casegraph query, path and neighbours/);
  });
});

describe("a shared link with a 16-hop wildcard pattern", () => {
  it("runs in a worker: the page answers, shows Running with Cancel, and Cancel stops it", async () => {
    const body = JSON.stringify(denseGraph(80));
    await page.route("**/dense.json", (route) => route.fulfill({ contentType: "application/json", body }));
    const pattern = ["Role", ...Array(15).fill("*"), "Verdict[outcome=mistrial]"].join(" -- ");
    expect(await openViewer(page, `${harness.url}?graph=dense.json&q=${encodeURIComponent(pattern)}`)).toBe("ready");
    const running = page.locator(".paths .running");
    await running.waitFor({ timeout: 5_000 });
    // the main thread is free: the page answers and a click lands while the pattern runs
    expect(await page.evaluate(() => document.querySelectorAll(".path-list > li").length)).toBe(0);
    await page.click("role=tab[name=Details]");
    await page.click("role=tab[name=Paths]");
    await running.locator("button", { hasText: "Cancel" }).click();
    await expect.poll(() => page.locator(".paths .results .error").textContent()).toMatch(/Cancelled/);
    await page.unroute("**/dense.json");
  });
});

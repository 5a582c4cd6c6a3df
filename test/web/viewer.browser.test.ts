// The viewer in headless Debian chromium, on the seeds graph built by the CLI (and small fixtures).
// Each scenario reads like what a person does and sees.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { checkGraph } from "../../src/graph-check.ts";
import { NODE_COLORS, PATH_EDGE, DIM_NODE } from "../../web/render/palette.ts";
import { openViewer, pixelCounts, startHarness, type Harness } from "./browser.ts";
import { fixturePath } from "./helpers.ts";
import { generateGraph } from "../bench/web-graph.ts";
import { available, needChromium } from "../support/debian.ts";

const skip = !available(needChromium());

let harness: Harness;
let page: Page;

beforeAll(async () => {
  if (skip) return;
  harness = await startHarness();
  page = await harness.page();
  page.on("pageerror", (e) => { throw e; });
}, 120_000);
afterAll(async () => harness?.close());

const seeds = () => openViewer(page, harness.url);
const fixture = (name: string, query = "") => openViewer(page, `${harness.url}?graph=fixtures/viewer-${name}.json${query}`);

/** Display data sigma holds for a node or edge right now. */
const nodeDisplay = (key: string) => page.evaluate((k) => window.casegraph!.viewer!.renderer.getNodeDisplayData(k), key);
const edgeDisplay = (key: string) => page.evaluate((k) => window.casegraph!.viewer!.renderer.getEdgeDisplayData(k), key);
const nodesOfType = (type: string) => page.evaluate((t) => {
  const data = window.casegraph!.viewer!.display;
  return data.filterNodes((_, a) => a.nodeType === t);
}, type);
/** Where a node is on screen, in page coordinates. */
async function nodeOnScreen(key: string) {
  const box = (await page.locator("#graph").boundingBox())!;
  const p = await page.evaluate((k) => {
    const r = window.casegraph!.viewer!.renderer;
    return r.framedGraphToViewport(r.getNodeDisplayData(k)!);
  }, key);
  return { x: box.x + p.x, y: box.y + p.y };
}
async function search(text: string) {
  await page.fill(".search-slot input", text);
  await page.waitForSelector(".search-slot .suggestions li");
  await page.keyboard.press("Enter");
}

describe.skipIf(skip)("the viewer on the seeds graph", () => {
  it("renders the seeds graph: the canvas is not blank", async () => {
    expect(await seeds()).toBe("ready");
    await page.waitForTimeout(300);
    const { inked, total } = await pixelCounts(page, "#graph");
    expect(inked / total).toBeGreaterThan(0.005);
    expect(await page.locator(".legend li[data-type=Person] .count").textContent()).toMatch(/^[1-9]\d*$/);
  });

  it("opens Farber's panel from the search box, with the sentence that names him", async () => {
    await seeds();
    await search("Farber");
    const panel = page.locator(".node-panel");
    await expect.poll(() => panel.locator("h2").textContent()).toMatch(/Farber/);
    expect(await panel.locator(".badge").first().textContent()).toBe("Person");
    const marked = await panel.locator(".mentions blockquote mark").allTextContents();
    expect(marked.some((m) => /Farber/.test(m))).toBe(true);
    const sentence = await panel.locator(".mentions blockquote p").first().textContent();
    expect(sentence).toMatch(/Farber/);
    expect(page.url()).toMatch(/sel=n%3A/);
  });

  it("answers judge → trial → verdict: lists the mistrial and highlights the path", async () => {
    await seeds();
    const before = await pixelCounts(page, "#graph", PATH_EDGE);
    await page.click("role=tab[name=Paths]");
    await page.selectOption("select[aria-label='Named questions']", "judge→trial→verdict");
    const list = page.locator(".path-list > li");
    await expect.poll(() => list.count()).toBeGreaterThan(0);
    expect((await list.allTextContents()).join(" ")).toMatch(/mistrial/);
    const mistrial = list.filter({ hasText: "mistrial" }).first();
    expect(await mistrial.locator(".hops blockquote").count()).toBeGreaterThan(0);
    const nodes = JSON.parse((await mistrial.getAttribute("data-nodes"))!) as string[];
    expect(nodes).toHaveLength(3);
    for (const key of nodes) expect(await nodeDisplay(key)).toMatchObject({ forceLabel: true, hidden: false });
    await page.waitForTimeout(300);
    const after = await pixelCounts(page, "#graph", PATH_EDGE);
    expect(after.matching).toBeGreaterThan(before.matching + 30);
  });

  it("hides the Person nodes with the type filter", async () => {
    await seeds();
    await page.waitForTimeout(200);
    const persons = await nodesOfType("Person");
    expect(persons.length).toBeGreaterThan(0);
    const before = await pixelCounts(page, "#graph", NODE_COLORS.Person);
    expect(before.matching).toBeGreaterThan(20);
    await page.click(".legend li[data-type=Person] input");
    for (const key of persons) expect((await nodeDisplay(key))!.hidden).toBe(true);
    await page.waitForTimeout(200);
    const after = await pixelCounts(page, "#graph", NODE_COLORS.Person);
    expect(after.matching).toBeLessThan(before.matching / 20);
    expect(page.url()).toMatch(/hide=Person/);
  });

  it("draws articles and sentences only once the toggle shows them, and hides them again through the reducers", async () => {
    await seeds();
    expect(await nodesOfType("Sentence")).toEqual([]);
    const toggle = page.getByLabel("Show articles and sentences");
    await toggle.check();
    await expect.poll(async () => (await nodesOfType("Sentence")).length).toBeGreaterThan(10);
    const sentence = (await nodesOfType("Sentence"))[0]!;
    await expect.poll(async () => (await nodeDisplay(sentence))?.hidden).toBe(false);
    expect(page.url()).toMatch(/show=/);
    await toggle.uncheck();
    await expect.poll(async () => (await nodeDisplay(sentence))?.hidden).toBe(true);
    expect((await nodesOfType("Sentence")).length).toBeGreaterThan(10);
  });

  it("shows a sentence's article with every mention in it marked", async () => {
    await seeds();
    await search("Farber");
    await page.locator(".node-panel .mentions blockquote .source").first().click();
    const article = page.locator(".article-panel");
    await article.waitFor();
    expect(await article.locator(".sentence.current mark", { hasText: "Farber" }).count()).toBeGreaterThan(0);
    expect(await article.locator(".article-text mark").count()).toBeGreaterThan(5);
  });

  it("runs ForceAtlas2 in a worker with start and stop", async () => {
    await seeds();
    const key = (await nodesOfType("Person"))[0]!;
    const at = () => page.evaluate((k) => window.casegraph!.viewer!.display.getNodeAttributes(k), key);
    const start = await at();
    await page.click("text=Run layout");
    await expect.poll(async () => JSON.stringify(await at()), { timeout: 5000 }).not.toBe(JSON.stringify(start));
    await page.click("text=Stop layout");
    await page.waitForTimeout(200);
    const stopped = await at();
    await page.waitForTimeout(400);
    expect(await at()).toEqual(stopped);
  });

  it("keeps the layout running over the articles and sentences when they are shown", async () => {
    await seeds();
    await page.click("text=Run layout");
    await page.getByLabel("Show articles and sentences").check();
    await expect.poll(async () => (await nodesOfType("Sentence")).length).toBeGreaterThan(10);
    const sentence = (await nodesOfType("Sentence"))[0]!;
    const at = () => page.evaluate((k) => JSON.stringify(window.casegraph!.viewer!.display.getNodeAttributes(k)), sentence);
    const start = await at();
    await expect.poll(at, { timeout: 5000 }).not.toBe(start);
    expect(await page.evaluate(() => window.casegraph!.viewer!.layout.isRunning())).toBe(true);
    await page.click("text=Stop layout");
  });

  it("exports the view as PNG and the visible graph as graph.json and GraphML", async () => {
    await seeds();
    const [png] = await Promise.all([page.waitForEvent("download"), page.click(".tools >> text=PNG")]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    expect(readFileSync((await png.path())!).subarray(1, 4).toString()).toBe("PNG");
    await page.click(".legend li[data-type=Person] input");
    const [json] = await Promise.all([page.waitForEvent("download"), page.click(".tools >> text=JSON")]);
    const exported = JSON.parse(readFileSync((await json.path())!, "utf8"));
    expect(checkGraph(exported)).toMatchObject({ ok: true });
    expect(exported.nodes.some((n: { attributes: { type: string } }) => n.attributes.type === "Person")).toBe(false);
    const [graphml] = await Promise.all([page.waitForEvent("download"), page.click(".tools >> text=GraphML")]);
    expect(readFileSync((await graphml.path())!, "utf8")).toMatch(/<graphml[\s\S]*<node id="trial/);
  });
});

describe.skipIf(skip)("the viewer on hand-made graphs", () => {
  it("highlights a hovered node's neighbourhood", async () => {
    await fixture("case");
    const p = await nodeOnScreen("person:farber");
    await page.mouse.move(p.x, p.y);
    await expect.poll(() => page.evaluate(() => window.casegraph!.viewer!.store.get().hovered)).toBe("person:farber");
    expect(await nodeDisplay("trial:retrial")).toMatchObject({ forceLabel: true });
    expect((await nodeDisplay("charge:act"))!.color).toBe(DIM_NODE);
  });

  it("shows an edge's evidence when the edge is clicked, even a little off its thin line", async () => {
    await fixture("case");
    const [a, b] = [await nodeOnScreen("person:farber"), await nodeOnScreen("trial:retrial")];
    // Three pixels to the side of the edge's middle.
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    await page.mouse.click((a.x + b.x) / 2 + (3 * (a.y - b.y)) / length, (a.y + b.y) / 2 + (3 * (b.x - a.x)) / length);
    const panel = page.locator(".edge-panel");
    await panel.waitFor({ timeout: 5000 });
    expect(await panel.locator(".badge").textContent()).toBe("PRESIDED_OVER");
    expect(await panel.locator("blockquote").textContent()).toMatch(/Farber presided over the retrial/);
  });

  it("keeps the selection and filters in the address, so a view can be sent", async () => {
    await fixture("case");
    await search("Farber");
    await page.click(".legend li[data-type=Charge] input");
    await page.click("role=tab[name=Paths]");
    await page.selectOption("select[aria-label='Named questions']", "judge→trial→verdict");
    await page.locator(".path-list > li").first().waitFor();
    const shared = page.url();
    const other = await harness.page();
    await openViewer(other, shared);
    expect(await other.locator(".legend li[data-type=Charge] input").isChecked()).toBe(false);
    expect(await other.evaluate(() => window.casegraph!.viewer!.renderer.getNodeDisplayData("charge:rape")!.hidden)).toBe(true);
    // the pattern runs in a worker: the list is there once the answer is (its summary line)
    await other.locator(".paths .results .summary").waitFor({ state: "attached" });
    expect(await other.locator(".path-list > li").count()).toBe(2);
    await other.click("role=tab[name=Details]");
    expect(await other.locator(".node-panel h2").textContent()).toBe("Curtis Farber");
    await other.close();
  });

  it("finds the shortest path between two chosen entities", async () => {
    await fixture("case");
    await page.click("role=tab[name=Paths]");
    for (const [box, name] of [["Path from", "Farber"], ["Path to", "criminal sexual act"]] as const) {
      await page.fill(`input[aria-label='${box}']`, name);
      await page.keyboard.press("Enter");
    }
    await page.click("text=Find path");
    const path = page.locator(".path-list > li");
    await path.first().waitFor();
    expect(JSON.parse((await path.first().getAttribute("data-nodes"))!)).toEqual(expect.arrayContaining(["person:farber", "charge:act"]));
  });

  it("opens another graph from the file picker", async () => {
    await seeds();
    await page.setInputFiles("#file-input", fixturePath("case"));
    await expect.poll(() => page.locator(".legend li[data-type=Person] .count").textContent()).toBe("2");
  });

  it("opens a graph dropped on the page", async () => {
    await seeds();
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], "dropped.json", { type: "application/json" }));
      for (const type of ["dragenter", "dragover", "drop"]) window.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }, readFileSync(fixturePath("case"), "utf8"));
    await expect.poll(() => page.title()).toBe("casegraph viewer: dropped.json");
    expect(await page.locator(".legend li[data-type=Verdict] .count").textContent()).toBe("2");
    expect(await page.locator("#drop").isHidden()).toBe(true);
  });

  it("checks a big file in a worker and shows it only once the check passes, or shows the message", async () => {
    const big = generateGraph(3000, 15000).export();
    const good = JSON.stringify(big);
    big.nodes.find((n) => n.attributes!.type === "Verdict")!.attributes!.outcome = "acquitted-ish";
    const bad = JSON.stringify(big);
    await page.route("**/big-*.json", (route) => route.fulfill({ contentType: "application/json", body: route.request().url().includes("good") ? good : bad }));
    expect(await openViewer(page, `${harness.url}?graph=big-good.json`)).toBe("ready");
    expect(await page.locator(".legend li[data-type=Verdict] .count").textContent()).toMatch(/^[1-9]/);
    const person = (await nodesOfType("Person"))[0]!;
    expect((await nodeDisplay(person))!.hidden).toBe(false);
    // An address with a view in it: the big file is drawn with that view from its first frame.
    expect(await openViewer(page, `${harness.url}?graph=big-good.json&hide=Person`)).toBe("ready");
    expect((await nodeDisplay(person))!.hidden).toBe(true);
    expect(await openViewer(page, `${harness.url}?graph=big-bad.json`)).toBe("error");
    expect(await page.locator("#message").textContent()).toMatch(/is not a casegraph graph: node \d+ .*outcome/);
    expect(await page.locator("#graph canvas").count()).toBe(0);
    expect(await page.locator(".legend").count()).toBe(0);
    await page.unroute("**/big-*.json");
  });

  for (const [name, message] of [["broken", /is not a casegraph graph: .*person:nobody/], ["garbled", /is not JSON/], ["foreign", /not a casegraph graph/], ["missing", /server answered 404/]] as const) {
    it(`shows a readable message for a ${name} graph, not a blank canvas`, async () => {
      expect(await fixture(name)).toBe("error");
      const box = page.locator("#message");
      expect(await box.isVisible()).toBe(true);
      expect(await box.textContent()).toMatch(message);
      expect(await page.locator("#graph canvas").count()).toBe(0);
    });
  }

  it("runs no script from a hostile graph and shows its markup as text", async () => {
    const dialogs: string[] = [];
    page.on("dialog", (d) => { dialogs.push(d.message()); void d.dismiss(); });
    expect(await fixture("hostile")).toBe("ready");
    await search("Judge");
    const panel = page.locator(".node-panel");
    expect(await panel.locator("h2").textContent()).toBe("Judge <script>window.__pwned = (window.__pwned || 0) + 1</script>");
    expect(await panel.textContent()).toContain("<img src=x onerror=");
    await panel.locator("blockquote .source").first().click();
    await page.locator(".article-panel").waitFor();
    expect(await page.locator(".article-panel h2").textContent()).toContain("<script>");
    expect(await page.locator(".article-text").textContent()).toContain(`<img src=x onerror="window.__pwned`);
    await page.click("role=tab[name=Paths]");
    await page.fill("textarea[aria-label='Path pattern']", "Person -PRESIDED_OVER-> Trial -RESULTED_IN-> Verdict");
    await page.click("text=Run pattern");
    expect(await page.locator(".path-list > li").first().textContent()).toContain("<script>");
    await page.mouse.move(...Object.values(await nodeOnScreen("person:hostile")) as [number, number]);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator("body img").count()).toBe(0);
    expect(await page.locator("body script:not([type=module])").count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});

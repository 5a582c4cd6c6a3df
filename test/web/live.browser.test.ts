// npm start follows rebuilds: the page is open on the graph beside it, the folder is built again
// (one more article), and the page shows the new graph by itself, in headless Debian chromium.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { openViewer, startHarness, type Harness } from "./browser.ts";
import { casegraph } from "../cli/run.ts";
import { available, needChromium } from "../support/debian.ts";

const skip = !available(needChromium());

const FERRY = `Ferry owner convicted of fraud
A jury in Port Aldane convicted the ferry owner Ivo Rusk of fraud on Friday. Judge Mara Lisk presided over the trial.
`;
const MILLER = `Miller acquitted of arson
A jury in Port Aldane on Monday acquitted the miller Oskar Vell of arson. Judge Mara Lisk presided over the trial at the Aldane County Court.
`;

let harness: Harness, page: Page, work: string;
const build = () => {
  const built = casegraph(["build", join(work, "in"), "--out", join(work, "out"), "--quiet"]);
  if (built.status !== 0) throw new Error(built.stderr);
};
beforeAll(async () => {
  if (skip) return;
  work = mkdtempSync(join(tmpdir(), "casegraph-live-"));
  mkdirSync(join(work, "in"));
  writeFileSync(join(work, "in", "ferry.txt"), FERRY);
  build();
  harness = await startHarness({ graph: join(work, "out", "graph.json"), live: true });
  page = await harness.page();
  page.on("pageerror", (e) => { throw e; });
}, 120_000);
afterAll(async () => { await harness?.close(); if (work) rmSync(work, { recursive: true, force: true }); });

const articles = () => page.evaluate(() => {
  const load = window.casegraph!.load;
  return load?.ok ? load.graph.filterNodes((_, a) => a.type === "Article").length : -1;
});

describe.skipIf(skip)("the viewer beside a graph that is rebuilt", () => {
  it("loads the new graph when the folder is built again", async () => {
    expect(await openViewer(page, harness.url)).toBe("ready");
    expect(await articles()).toBe(1);
    writeFileSync(join(work, "in", "miller.txt"), MILLER);
    build();
    await page.waitForFunction(() => {
      const load = window.casegraph!.load;
      return document.body.dataset.state === "ready" && load?.ok && load.graph.filterNodes((_, a) => a.type === "Article").length === 2;
    }, null, { timeout: 20_000 });
    expect(await articles()).toBe(2);
  }, 60_000);
});

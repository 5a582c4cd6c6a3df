// The output set: graph.json and graph.graphml from one build, whatever happens. A build stopped
// dead at each step of the replacement leaves the old set or the new one (or, between the two
// renames, both whole beside the folder); the next build finishes or undoes it and says so.
// A real build killed at random moments, and a real full disk, leave a consistent set too.
import { afterAll, describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { cleanup, casegraph, REPO, tempDir, writeFiles } from "../cli/run.ts";
import { prepareOutputFolder, recover, replaceOutputSet, type Step } from "../../src/output/set.ts";
import { InputError } from "../../src/errors.ts";

afterAll(cleanup);

const SET = ["graph.json", "graph.graphml"];
const setOf = (dir: string) => {
  const json = readFileSync(join(dir, "graph.json"), "utf8"), graphml = readFileSync(join(dir, "graph.graphml"), "utf8");
  const a = /"set":"(\w+)"/.exec(json)?.[1], b = /<graphml>(\w+)<\/graphml>/.exec(graphml)?.[1];
  expect(a).toBe(b); // never a graph.json of one build beside a graph.graphml of another
  return a;
};
async function writeSet(out: string, text: string) {
  await replaceOutputSet(prepareOutputFolder(out, SET), [{ name: "graph.json", chunks: [`{"set":"${text}"}`] }, { name: "graph.graphml", chunks: ["<graphml>", text, "</graphml>"] }]);
}

describe("a build stopped dead at each step of replacing its output", () => {
  const steps: { step: Step; left: "old" | "new" | "beside" }[] = [
    { step: "written", left: "old" }, { step: "carried", left: "old" }, { step: "moved-aside", left: "beside" },
    { step: "moved-in", left: "new" }, { step: "done", left: "new" },
  ];
  it.for(steps)("at $step: leaves the $left set, and the next build tidies up and says so", async ({ step, left }) => {
    const root = tempDir(), out = join(root, "graph");
    await writeSet(out, "old");
    mkdirSync(join(out, "cache"));
    writeFileSync(join(out, "cache", "kept.txt"), "a folder of the user's (or a cache) survives");
    writeFileSync(join(out, "notes.txt"), "a file of the user's survives");
    const r = spawnSync(process.execPath, ["--import", "tsx", join(REPO, "test/output/kill-child.ts"), out, step, "new"], { cwd: REPO, encoding: "utf8" });
    expect(r.signal).toBe("SIGKILL");
    if (left === "beside") {
      expect(existsSync(out)).toBe(false);
      const beside = readdirSync(root).filter((n) => n.startsWith(".graph.casegraph-")).sort();
      expect(beside).toHaveLength(2);
      for (const b of beside) setOf(join(root, b)); // both whole
    } else {
      expect(setOf(out)).toBe(left);
    }
    const notes = recover(out, SET);
    expect(notes.length > 0).toBe(step !== "done");
    expect(readdirSync(root)).toEqual(["graph"]); // nothing left beside it
    expect(setOf(out)).toBe(left === "old" ? "old" : "new");
    expect(readFileSync(join(out, "cache", "kept.txt"), "utf8")).toMatch(/survives/);
    expect(readFileSync(join(out, "notes.txt"), "utf8")).toMatch(/survives/);
    await writeSet(out, "next");
    expect(setOf(out)).toBe("next");
    expect(readdirSync(out).sort()).toEqual(["cache", "graph.graphml", "graph.json", "notes.txt"]);
  });

  it("leaves alone what a build that is still running has made", async () => {
    const root = tempDir(), out = join(root, "graph");
    await writeSet(out, "old");
    const running = join(root, `.graph.casegraph-new-${process.ppid}`);
    mkdirSync(running);
    expect(recover(out, SET).join("\n")).toMatch(/is running/);
    expect(existsSync(running)).toBe(true);
  });

  it("removes graph.json.<pid>.tmp files that single-file writes left", async () => {
    const root = tempDir(), out = join(root, "graph");
    await writeSet(out, "old");
    writeFileSync(join(out, "graph.json.999999.tmp"), "half a file");
    expect(recover(out, SET).join("\n")).toMatch(/removed .*graph\.json\.999999\.tmp/);
    expect(readdirSync(out).sort()).toEqual(["graph.graphml", "graph.json"]);
  });
});

describe("output folders that cannot be used are refused before any work", () => {
  const cases: [string, (root: string) => string, RegExp][] = [
    ["an empty name", () => "", /--out is empty/],
    ["a file", (root) => { writeFileSync(join(root, "f"), "x"); return join(root, "f"); }, /exists and is not a folder/],
    ["a device", () => "/dev/null", /exists and is not a folder/],
    ["a place no folder can be made", () => "/proc/self/casegraph-out", /cannot write output folder/],
    ["a folder where graph.json is a folder", (root) => { mkdirSync(join(root, "o", "graph.json"), { recursive: true }); return join(root, "o"); }, /graph\.json' is in the way/],
    ["the file system's root", () => "/", /root of the file system/],
    ["the current folder", () => ".", /holds the current folder/],
  ];
  it.for(cases)("%s", ([, make, message]) => {
    const root = tempDir();
    expect(() => prepareOutputFolder(make(root), SET)).toThrow(InputError);
    expect(() => prepareOutputFolder(make(root), SET)).toThrow(message);
  });
});

const story = (judge: string, i: number) => `Trial ${i}\n\nJudge ${judge} presided over the trial of Otto Brayne${i}. The jury convicted Brayne${i} of fraud.\n`;

describe("a real build killed with SIGKILL at random moments", () => {
  it("always leaves graph.json and graph.graphml of the same build", async () => {
    const root = tempDir();
    writeFiles(root, Array.from({ length: 100 }, (_, i): [string, string] => [`a/${i}.txt`, story("Mara Quenby", i)]));
    writeFiles(root, Array.from({ length: 100 }, (_, i): [string, string] => [`b/${i}.txt`, story("Tobin Ashmead", i)]));
    const out = join(root, "graph");
    expect(casegraph(["build", join(root, "a"), "--out", out, "--quiet"]).status).toBe(0);
    const consistent = () => {
      const json = readFileSync(join(out, "graph.json"), "utf8"), graphml = readFileSync(join(out, "graph.graphml"), "utf8");
      expect(json.includes("Quenby")).toBe(graphml.includes("Quenby"));
      expect(json.includes("Ashmead")).toBe(graphml.includes("Ashmead"));
    };
    for (let i = 0; i < 4; i++) {
      const child = spawn(process.execPath, [join(REPO, "src/bin.js"), "build", join(root, i % 2 ? "a" : "b"), "--out", out, "--quiet"], { cwd: REPO, stdio: "ignore" });
      // (listened for before the kill: a build from the cache can end before it, and its exit would be missed)
      const exited = new Promise((r) => child.on("exit", r));
      await new Promise((r) => setTimeout(r, 300 + i * 250));
      child.kill("SIGKILL");
      await exited;
      recover(out, SET); // what the next build does first
      consistent();
    }
    const r = casegraph(["build", join(root, "b"), "--out", out]);
    expect(r.status).toBe(0);
    consistent();
    expect(readdirSync(dirname(out)).filter((n) => n.includes("casegraph"))).toEqual([]);
    // (two whole builds of 100 articles beside the other test files: minutes on a busy 2-core machine;
    // a guard against a hang, not a speed check)
  }, 300_000);
});

describe("a full disk", () => {
  const root = tempDir("casegraph-full-");
  const mounted = process.getuid?.() === 0 && spawnSync("mount", ["-t", "tmpfs", "-o", "size=200k", "tmpfs", root]).status === 0;
  afterAll(() => { if (mounted) spawnSync("umount", [root]); });
  it.skipIf(!mounted)("keeps the previous set whole and says so (a 200 KB tmpfs; needs root to mount it)", () => {
    const out = join(root, "graph");
    expect(casegraph(["build", join(REPO, "seeds"), "--out", out, "--quiet"]).status).toBe(0);
    const before = [readFileSync(join(out, "graph.json")), readFileSync(join(out, "graph.graphml"))];
    writeFileSync(join(root, "filler"), Buffer.alloc(30_000));
    const input = tempDir();
    writeFiles(input, [["more.txt", story("Mara Quenby", 1)], ...readdirSync(join(REPO, "seeds")).map((n): [string, string] => [n, readFileSync(join(REPO, "seeds", n), "utf8")])]);
    const r = casegraph(["build", input, "--out", out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/the disk is full; the graph files already there are unchanged/);
    expect([readFileSync(join(out, "graph.json")), readFileSync(join(out, "graph.graphml"))]).toEqual(before);
    expect(readdirSync(root).sort()).toEqual(["filler", "graph"]);
  });
});

describe("the bytes written", () => {
  it("are each chunk's UTF-8, whatever the chunks: lone surrogates, pairs split between chunks, chunks over a megabyte", async () => {
    const chunks: string[] = [];
    for (let i = 0; i < 2000; i++) chunks.push(i % 7 === 0 ? "\ud800x\udc00é€😀".repeat(i) : i % 11 === 0 ? "" : "abc".repeat((i * 37) % 5000));
    chunks.push("\ud83d", "\ude00", "z".repeat(900_000), "€".repeat(400_000), "end");
    const out = join(tempDir(), "graph");
    await replaceOutputSet(prepareOutputFolder(out, SET), [{ name: "graph.json", chunks }, { name: "graph.graphml", chunks: chunks.slice(3) }]);
    expect(readFileSync(join(out, "graph.json")).equals(Buffer.concat(chunks.map((c) => Buffer.from(c))))).toBe(true);
    expect(readFileSync(join(out, "graph.graphml")).equals(Buffer.concat(chunks.slice(3).map((c) => Buffer.from(c))))).toBe(true);
  });
});

// The failure path of the atomic writers: a write that dies halfway (disk full) or a rename that
// fails must leave the previous graph.json exactly as it was and no temporary file behind.
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { chmodSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CaseGraphError } from "../../src/errors.ts";
import { writeAtomically, writeChunksAtomically } from "../../src/cli.ts";
import { cleanup, tempDir } from "./run.ts";

const fail = vi.hoisted(() => ({ write: false, rename: false }));
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const error = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });
  return {
    ...fs,
    writeSync: (fd: number, data: string) => {
      if (!fail.write) return fs.writeSync(fd, data);
      fs.writeSync(fd, data.slice(0, data.length >> 1)); // half the bytes reach the disk
      throw error("ENOSPC");
    },
    renameSync: (...args: Parameters<typeof fs.renameSync>) => {
      if (fail.rename) throw error("EXDEV");
      return fs.renameSync(...args);
    },
  };
});

afterEach(() => { fail.write = false; fail.rename = false; });
afterAll(cleanup);

const OLD = JSON.stringify({ previous: "graph", nodes: [] });
const NEW = JSON.stringify({ nodes: Array.from({ length: 1000 }, (_, i) => ({ key: `n${i}` })) });
const writers = {
  writeAtomically: (path: string) => writeAtomically(path, NEW),
  writeChunksAtomically: (path: string) => writeChunksAtomically(path, [NEW.slice(0, 100), NEW.slice(100)]),
};

describe.for(Object.keys(writers) as (keyof typeof writers)[])("%s", (writer) => {
  it.for([
    { name: "the disk fills up halfway through the write", when: "write" as const, code: "ENOSPC" },
    { name: "the rename fails", when: "rename" as const, code: "EXDEV" },
  ])("keeps the old file whole and removes the temporary file when $name", ({ when, code }) => {
    const dir = tempDir();
    const target = join(dir, "graph.json");
    writeFileSync(target, OLD);
    fail[when] = true;
    let thrown: unknown;
    try { writers[writer](target); } catch (err) { thrown = err; }
    expect(thrown).toBeInstanceOf(CaseGraphError); // one line for the user, no stack trace
    expect((thrown as Error).message).toBe(`cannot write '${target}': ${code}`);
    expect(readFileSync(target, "utf8")).toBe(OLD);
    expect(readdirSync(dir)).toEqual(["graph.json"]);
  });

  it("replaces the old file whole when nothing fails", () => {
    const dir = tempDir();
    const target = join(dir, "graph.json");
    writeFileSync(target, OLD.padEnd(200_000, " "));
    writers[writer](target);
    expect(readFileSync(target, "utf8")).toBe(NEW);
    expect(readdirSync(dir)).toEqual(["graph.json"]);
  });

  it.skipIf(process.getuid?.() === 0)("leaves the old file in a read-only folder untouched (permissions do not bind root)", () => {
    const dir = tempDir();
    const target = join(dir, "graph.json");
    writeFileSync(target, OLD);
    chmodSync(dir, 0o555);
    try {
      expect(() => writers[writer](target)).toThrow(CaseGraphError);
      expect(readFileSync(target, "utf8")).toBe(OLD);
      expect(readdirSync(dir)).toEqual(["graph.json"]);
    } finally {
      chmodSync(dir, 0o755);
    }
  });
});

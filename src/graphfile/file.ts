// Reading a graph.json from disk through the graph reader, a megabyte at a time: a file of any
// size is read without ever being one string. Node only; the viewer feeds the reader from fetch.
import { closeSync, openSync, readSync, statSync } from "node:fs";
import { join } from "node:path";
import type Graph from "graphology";
import { InputError } from "../errors.ts";
import { GraphReader } from "./reader.ts";

const CHUNK = 1 << 20;

/** Reads and checks a graph.json, or the graph.json inside a folder; every problem is an exit-2 error naming the file. */
export function readGraphFile(path: string): Graph {
  let file = path, fd: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) file = join(path, "graph.json");
    else if (!stat.isFile()) throw Object.assign(new Error(), { code: "not a regular file" });
    fd = openSync(file, "r");
    if (!statSync(file).isFile()) { closeSync(fd); throw Object.assign(new Error(), { code: "not a regular file" }); }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(code === "ENOENT" ? `graph file '${file}' does not exist (build one with: casegraph build <input-dir>)` : `cannot read graph file '${file}' (${code ?? "error"})`);
  }
  try {
    const reader = new GraphReader(file);
    const buffer = new Uint8Array(CHUNK);
    for (let n; (n = readSync(fd, buffer, 0, CHUNK, null)) > 0; ) reader.write(buffer.subarray(0, n));
    return reader.end();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code) throw new InputError(`cannot read graph file '${file}' (${code})`);
    throw err;
  } finally {
    closeSync(fd);
  }
}

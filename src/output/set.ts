// The files a build writes are one set: graph.json and graph.graphml from the same build, always.
// They are written into a new folder beside the output folder, which then takes the output
// folder's place: rename the old folder aside, rename the new one in, remove the old one. Files of
// the user's in the output folder are carried over into the new one first (hard links; folders are
// moved). A kill at any moment leaves the old set or the new set in place, or, between the two
// renames, no folder and both complete sets beside it; the next build finishes or undoes what was
// left and says so. A full disk fails the write of the new folder and leaves the old set untouched.
import { closeSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, copyFileSync } from "node:fs";
import { fsync, write } from "node:fs";
import { promisify } from "node:util";
import { basename, dirname, join, resolve, sep } from "node:path";
import { chmodSync, realpathSync } from "node:fs";
import { CaseGraphError, InputError } from "../errors.ts";

export interface OutputFile {
  name: string;
  chunks: Iterable<string>;
}

/** Steps of a replacement, for tests that stop a build at each of them. */
export type Step = "written" | "carried" | "moved-aside" | "moved-in" | "done";

export interface OutputFolder {
  /** The folder the set goes into (a link to a folder is followed). */
  dir: string;
  /** The new folder being written, made when the folder was checked. */
  staging: string;
  /** What an interrupted earlier build left, and what was done about it: one line each. */
  recovered: string[];
}

const TAG = ".casegraph-";
const staged = (dir: string, kind: "new" | "old", pid: number) => join(dirname(dir), `.${basename(dir)}${TAG}${kind}-${pid}`);

/**
 * Checks the output folder before any work is done, finishes or undoes what an interrupted build
 * left beside it, and makes the folder the new set will be written into (which proves the place
 * is writable). Problems are InputErrors naming the folder.
 */
export function prepareOutputFolder(out: string, setNames: readonly string[], inputDir?: string): OutputFolder {
  if (out.trim() === "") throw new InputError("--out is empty; give the folder to write into (for example --out graph)");
  let dir = resolve(out);
  let stat;
  try { stat = lstatSync(dir); } catch { stat = undefined; }
  if (stat?.isSymbolicLink()) {
    try { dir = realpathSync(dir); stat = statSync(dir); }
    catch { throw new InputError(`output folder '${out}' is a link to nothing`); }
  }
  if (stat && !stat.isDirectory()) throw new InputError(`output folder '${out}' exists and is not a folder`);
  const cwd = process.cwd();
  if (dir === dirname(dir)) throw new InputError(`output folder '${out}' is the root of the file system; give a folder of its own (for example --out graph)`);
  if (cwd === dir || cwd.startsWith(dir + sep)) throw new InputError(`output folder '${out}' holds the current folder; casegraph replaces its output folder as a whole, so give it a folder of its own (for example --out graph)`);
  if (inputDir) {
    const input = resolve(inputDir);
    if (input === dir || input.startsWith(dir + sep)) throw new InputError(`output folder '${out}' holds the input folder; give it a folder of its own (for example --out graph)`);
  }
  if (stat) {
    for (const name of setNames) {
      let s;
      try { s = lstatSync(join(dir, name)); } catch { continue; }
      if (!s.isFile()) throw new InputError(`'${join(out, name)}' is in the way: it is not a file (move it and build again)`);
    }
  }
  const recovered = recover(dir, setNames);
  const staging = staged(dir, "new", process.pid);
  try {
    mkdirSync(dirname(dir), { recursive: true });
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging);
    if (stat) chmodSync(staging, stat.mode & 0o7777); // the folder keeps its permissions
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "error";
    const file = code === "EEXIST" || code === "ENOTDIR" ? fileInTheWay(dir) : undefined;
    throw new InputError(`cannot write output folder '${out}' (${file ? `'${file}' is a file, not a folder` : `${code} making ${staging}`})`);
  }
  return { dir, staging, recovered };
}

/** The nearest existing ancestor of `dir` when it is not a folder. */
function fileInTheWay(dir: string): string | undefined {
  for (let d = dirname(dir); d !== dirname(d); d = dirname(d)) {
    try { return statSync(d).isDirectory() ? undefined : d; } catch { /* not there: look further up */ }
  }
  return undefined;
}

/** Gives up a prepared folder without touching the output (a build that failed). */
export function abandonOutputFolder(folder: OutputFolder): void {
  rmSync(folder.staging, { recursive: true, force: true });
}

/**
 * Writes the set into the prepared folder and puts it in the output folder's place. On any error
 * the new folder goes and the old set stays; the error says so.
 */
export async function replaceOutputSet(folder: OutputFolder, files: readonly OutputFile[], after: (step: Step) => void = () => {}): Promise<void> {
  const { dir, staging } = folder;
  try {
    await writeFiles(files.map((f) => ({ path: join(staging, f.name), chunks: f.chunks })));
    after("written");
    carryOver(dir, staging, new Set(files.map((f) => f.name)));
    after("carried");
  } catch (err) {
    abandonOutputFolder(folder);
    const e = err as NodeJS.ErrnoException;
    const full = e.code === "ENOSPC" || e.code === "EDQUOT";
    const what = full ? "the disk is full" : `${e.code ?? e.message}`;
    throw new CaseGraphError(`cannot write the graph into '${dir}': ${what}; ${existed(dir) ? "the graph files already there are unchanged" : "nothing was written"}`);
  }
  const aside = staged(dir, "old", process.pid);
  let movedAside = false;
  try {
    if (existed(dir)) { renameSync(dir, aside); movedAside = true; }
    after("moved-aside");
    renameSync(staging, dir);
    after("moved-in");
  } catch (err) {
    if (movedAside) try { renameSync(aside, dir); } catch { /* left for the next build to finish */ }
    abandonOutputFolder(folder);
    throw new CaseGraphError(`cannot put the new graph in place of '${dir}' (${(err as NodeJS.ErrnoException).code ?? "error"}); the graph files already there are unchanged`);
  }
  rmSync(aside, { recursive: true, force: true });
  after("done");
}

const pwrite = promisify(write), fsyncAsync = promisify(fsync);
/** Chunks are gathered into blocks of this many bytes, each written in one call. */
const BLOCK = 1 << 20;
/** Blocks handed to the disk and not yet written, at most: then this thread waits for one. */
const IN_FLIGHT = 16;

/**
 * Writes each file's chunks in turn, in blocks of a megabyte written at their place in the file on
 * libuv's threads while this thread makes the next (the copying into the kernel was this thread's),
 * then flushes every file to disk at once (the flush of graph.json waited alone before the GraphML
 * was made). The bytes are each chunk's UTF-8, as writeSync wrote them.
 */
async function writeFiles(files: readonly { path: string; chunks: Iterable<string> }[]): Promise<void> {
  const fds: number[] = [];
  const pending = new Set<Promise<void>>();
  const free: Buffer[] = [];
  let failed: unknown;
  const send = async (fd: number, block: Buffer, length: number, position: number) => {
    const done: Promise<void> = writeAt(fd, block, length, position).then(
      () => { if (block.length === BLOCK) free.push(block); pending.delete(done); },
      (err) => { failed ??= err; pending.delete(done); },
    );
    pending.add(done);
    if (pending.size >= IN_FLIGHT) await Promise.race(pending);
    if (failed) throw failed;
  };
  try {
    for (const file of files) {
      const fd = openSync(file.path, "wx");
      fds.push(fd);
      let position = 0, block = free.pop() ?? Buffer.allocUnsafe(BLOCK), used = 0;
      for (const chunk of file.chunks) {
        // UTF-8 takes at most 3 bytes per UTF-16 unit: a chunk that might not fit starts a new block
        if (used > 0 && used + 3 * chunk.length > BLOCK) {
          await send(fd, block, used, position);
          position += used;
          block = free.pop() ?? Buffer.allocUnsafe(BLOCK);
          used = 0;
        }
        if (3 * chunk.length > BLOCK) {
          const bytes = Buffer.from(chunk, "utf8");
          await send(fd, bytes, bytes.length, position);
          position += bytes.length;
        } else used += block.write(chunk, used, "utf8");
      }
      if (used > 0) await send(fd, block, used, position);
    }
    await Promise.all(pending);
    if (failed) throw failed;
    await Promise.all(fds.map((fd) => fsyncAsync(fd)));
  } finally {
    // nothing may still be writing into a file when it is closed (an error left writes in flight)
    await Promise.allSettled(pending);
    for (const fd of fds) closeSync(fd);
  }
}

/** The first `length` bytes of `block` at `position` (a write may take fewer bytes than it is given). */
async function writeAt(fd: number, block: Buffer, length: number, position: number): Promise<void> {
  for (let at = 0; at < length;) {
    const { bytesWritten } = await pwrite(fd, block, at, length - at, position + at);
    at += bytesWritten;
  }
}

/** The user's own files and folders in the output folder go into the new one too. */
function carryOver(dir: string, staging: string, ours: ReadonlySet<string>): void {
  let entries;
  try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return; }
  for (const entry of entries) {
    if (ours.has(entry.name) || isLeftover(entry.name)) continue;
    const from = join(dir, entry.name), to = join(staging, entry.name);
    if (entry.isDirectory()) renameSync(from, to); // moved back by recover() if the build stops now
    else {
      try { linkSync(from, to); } catch { copyFileSync(from, to); }
    }
  }
}

const isLeftover = (name: string) => /\.\d+\.tmp$/.test(name);
const existed = (dir: string) => { try { return statSync(dir).isDirectory(); } catch { return false; } };
const alive = (pid: number) => {
  if (pid === process.pid) return false;
  try { process.kill(pid, 0); return true; } catch (err) { return (err as NodeJS.ErrnoException).code === "EPERM"; }
};

/**
 * Finishes or undoes what a stopped build left beside `dir` (and temporary files of older
 * versions inside it). Folders of a build still running are left alone. One line per thing done.
 */
export function recover(dir: string, setNames: readonly string[]): string[] {
  const done: string[] = [];
  const parent = dirname(dir), prefix = `.${basename(dir)}${TAG}`;
  let names: string[];
  try { names = readdirSync(parent); } catch { return done; }
  const left = new Map<number, { new?: string; old?: string }>();
  for (const name of names) {
    const m = name.startsWith(prefix) ? /^(new|old)-(\d+)$/.exec(name.slice(prefix.length)) : null;
    if (!m) continue;
    const pid = Number(m[2]);
    if (alive(pid)) { done.push(`left '${join(parent, name)}' alone: process ${pid}, which made it, is running (another build?)`); continue; }
    const entry = left.get(pid) ?? {};
    entry[m[1] as "new" | "old"] = join(parent, name);
    left.set(pid, entry);
  }
  for (const [pid, { new: fresh, old }] of left) {
    if (old && !existed(dir)) {
      // stopped between its two renames: both sets are whole; the new one goes in
      renameSync(fresh ?? old, dir);
      if (fresh) rmSync(old, { recursive: true, force: true });
      done.push(`finished replacing '${dir}', which a stopped build (process ${pid}) had left half done`);
    } else {
      if (fresh) {
        // stopped before its renames: the folders it carried over go back, the rest goes
        for (const entry of readdirSync(fresh, { withFileTypes: true })) {
          const back = join(dir, entry.name);
          if (entry.isDirectory() && !setNames.includes(entry.name) && !existed(back)) renameSync(join(fresh, entry.name), back);
        }
        rmSync(fresh, { recursive: true, force: true });
      }
      if (old) rmSync(old, { recursive: true, force: true });
      done.push(`removed what a stopped build (process ${pid}) left beside '${dir}'`);
    }
  }
  // temporary files of single-file writes that were stopped (graph.json.<pid>.tmp)
  try {
    for (const name of readdirSync(dir)) {
      const m = /^(.*)\.(\d+)\.tmp$/.exec(name);
      if (m && setNames.includes(m[1]!) && !alive(Number(m[2]))) {
        rmSync(join(dir, name), { force: true });
        done.push(`removed '${join(dir, name)}', left by a stopped build`);
      }
    }
  } catch { /* no folder yet */ }
  return done;
}

// Runs the real casegraph command in a child process, on folders made for one test.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = fileURLToPath(new URL("../../", import.meta.url));

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function casegraph(args: string[], options: { timeout?: number } = {}): Run {
  const r = spawnSync(process.execPath, [join(REPO, "src/bin.js"), ...args], {
    cwd: REPO,
    encoding: "utf8",
    timeout: options.timeout ?? 60_000,
    env: { ...process.env, NO_COLOR: "1" },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw new Error(`casegraph ${args.join(" ")} did not finish: ${r.error.message}`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh folder below the system temp folder; `cleanup` removes every one made. */
const made: string[] = [];
export function tempDir(prefix = "casegraph-cli-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
export function cleanup(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Writes files (path relative to `dir` -> content) in the order given. */
export function writeFiles(dir: string, files: [string, string | Uint8Array][]): void {
  for (const [path, content] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

/** No line of a JavaScript stack trace ("    at f (file:1:2)"). */
export const STACK_FRAME = /^\s+at .+[:(]/m;

// The one-article rebuild of a watching process (casegraph build --watch): the process is started
// on the folder (its first build from the cache), an article is written, and the time is taken
// from the write to the summary of the rebuild (the 300 ms the folder must stay quiet included,
// and given apart), with the process's CPU seconds over the same span (Linux: /proc/<pid>/stat).
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEBOUNCE_MS } from "../../src/commands/watch.ts";

const cpuOf = (pid: number) => {
  try { const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" "); return (Number(f[11]) + Number(f[12])) / 100; } catch { return NaN; }
};

export async function watchRebuild(repo: string, input: string, out: string, added: { path: string; text: string }): Promise<{ wall: number; cpu: number; quiet: number }> {
  const child = spawn(process.execPath, [join(repo, "src/bin.js"), "build", input, "--out", out, "--watch", "--jobs", "1"], { cwd: repo, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "", stderr = "", wake = () => {};
  child.stdout.on("data", (d) => { stdout += d; wake(); });
  child.stderr.on("data", (d) => { stderr += d; wake(); });
  const until = (test: () => boolean) => new Promise<void>((resolve, reject) => {
    const check = () => { if (test()) resolve(); else if (child.exitCode !== null) reject(new Error(`the watching build stopped: ${stderr}`)); };
    wake = check;
    child.once("exit", check);
    check();
  });
  const builds = () => stdout.split("built ").length - 1;
  try {
    await until(() => builds() === 1 && stderr.includes("watching"));
    // the extractor is loaded once the first build is done: let it load
    await new Promise((r) => setTimeout(r, 3000));
    const c0 = cpuOf(child.pid!), t0 = performance.now();
    writeFileSync(join(input, added.path), added.text);
    await until(() => builds() === 2);
    const wall = (performance.now() - t0) / 1000;
    return { wall, cpu: cpuOf(child.pid!) - c0, quiet: DEBOUNCE_MS / 1000 };
  } finally {
    child.kill("SIGTERM");
  }
}

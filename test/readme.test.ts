// Every `casegraph ...` (or `npx casegraph ...`) example in the README runs as written on a build of
// seeds/: the command lines are taken from the README's sh blocks and run in a folder that holds
// that build as graph/graph.json, as a new user's clone does.
import { afterAll, describe, expect, it } from "vitest";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { STACK_FRAME } from "./cli/run.ts";

const ROOT = join(import.meta.dirname, "..");
const README = readFileSync(join(ROOT, "README.md"), "utf8");

/** Shell words of one command line: double and single quotes, a trailing # comment dropped. */
function words(line: string): string[] {
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(#.*$)|(\S+)/g;
  for (let m; (m = re.exec(line)); ) {
    if (m[3] !== undefined) break;
    out.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, "$1") : m[2] ?? m[4]!);
  }
  return out;
}

/** The README's example command lines; synopses (with <placeholders> or [optional parts]) are not examples. */
export function readmeExamples(readme: string): string[] {
  const blocks = [...readme.matchAll(/```(?:sh|bash|shell)\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks.flatMap((b) => b.split("\n"))
    .map((l) => l.trim())
    .filter((l) => /^(npx )?casegraph\s/.test(l))
    .filter((l) => !/<[a-z][\w.-]*>|\s\[--/i.test(l.replace(/#.*$/, "")));
}

describe("the README's examples", () => {
  const examples = readmeExamples(README);
  const work = mkdtempSync(join(tmpdir(), "casegraph-readme-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  cpSync(join(ROOT, "seeds"), join(work, "seeds"), { recursive: true });
  const run = (args: string[]) => spawnSync(process.execPath, [join(ROOT, "src/bin.js"), ...args], { cwd: work, encoding: "utf8", timeout: 60_000 });
  const built = run(["build", "seeds", "--out", "graph", "--quiet"]);

  it("has examples of every command, and a seeds build to run them on", () => {
    expect(built.status, built.stderr).toBe(0);
    for (const command of ["query", "path", "neighbours", "export"]) expect(examples.some((e) => words(e).includes(command)), command).toBe(true);
  });

  it.for(examples)("%s", (line) => {
    const args = words(line).slice(line.startsWith("npx ") ? 2 : 1);
    const r = run(args);
    expect(r.status, `${line}\n${r.stderr}`).toBe(0);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.stdout, "an example that finds nothing shows nothing").not.toMatch(/^no paths? (match|joins)/);
    if (args[0] === "export") {
      const out = args[args.indexOf("--out") + 1]!;
      expect(existsSync(join(work, out)), out).toBe(true);
    }
  });
});

// Incremental builds: a rebuild extracts only new and changed articles (the rest come from the
// cache in <out>/.casegraph-cache/), and its files are byte for byte those of a clean build.
import { afterAll, describe, expect, it } from "vitest";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { STACK_FRAME, casegraph, cleanup, tempDir, writeFiles } from "../cli/run.ts";
import { generateArticles } from "../bench/corpus.ts";

afterAll(cleanup);

const articles = [...generateArticles(24_000, 7)].map(({ path, text }) => [path, text] as [string, string]);
const output = (out: string) => ({ json: readFileSync(join(out, "graph.json")), graphml: readFileSync(join(out, "graph.graphml")) });
const entries = (out: string) => readdirSync(join(out, ".casegraph-cache")).filter((n) => !n.endsWith(".tmp"));

/** A clean build (no cache read or kept) of `input`, for comparison. */
function clean(input: string) {
  const out = join(tempDir(), "clean");
  const r = casegraph(["build", input, "--out", out, "--quiet", "--no-cache"]);
  expect(r.status, r.stderr).toBe(0);
  return output(out);
}

describe("casegraph build: a rebuild reuses the extractions of unchanged articles", () => {
  const dir = tempDir(), input = join(dir, "in"), out = join(dir, "out");
  writeFiles(input, articles.slice(0, -1));
  const all = articles.length;
  const steps: { name: string; change: () => void; files: number; extracted: number }[] = [
    { name: "first build", change: () => {}, files: all - 1, extracted: all - 1 },
    { name: "nothing changed", change: () => {}, files: all - 1, extracted: 0 },
    { name: "an article added", change: () => writeFiles(input, [articles.at(-1)!]), files: all, extracted: 1 },
    { name: "an article changed", change: () => writeFileSync(join(input, articles[2]![0]), `${articles[2]![1]}\nThe judge thanked the jury.\n`), files: all, extracted: 1 },
    { name: "an article removed", change: () => rmSync(join(input, articles[4]![0])), files: all - 1, extracted: 0 },
  ];
  it.for(steps)("$name: the same files as a clean build", ({ change, files: n, extracted }) => {
    change();
    const r = casegraph(["build", input, "--out", out]);
    expect(r.status, r.stderr).toBe(0);
    if (extracted === n) expect(r.stdout).toMatch(new RegExp(`articles\\s+${n} of ${n} files\\n`));
    else expect(r.stdout).toContain(`articles   ${n} of ${n} files (${extracted} extracted, ${n - extracted} from the cache)`);
    const built = output(out), fresh = clean(input);
    expect(built.json.equals(fresh.json)).toBe(true);
    expect(built.graphml.equals(fresh.graphml)).toBe(true);
    // one entry per article: removed and changed articles' entries are gone
    expect(entries(out)).toHaveLength(n);
  });
});

describe("casegraph build: a damaged cache entry is ignored with a warning", () => {
  it("names the entry in one line, extracts the article again and builds the same graph", () => {
    const dir = tempDir(), input = join(dir, "in"), out = join(dir, "out");
    writeFiles(input, articles.slice(0, 4));
    expect(casegraph(["build", input, "--out", out, "--quiet"]).status).toBe(0);
    const [first, second] = entries(out);
    writeFileSync(join(out, ".casegraph-cache", first!), "not an entry");
    const bytes = readFileSync(join(out, ".casegraph-cache", second!));
    bytes[bytes.length - 3]! ^= 0xff; // one flipped byte: the checksum fails
    writeFileSync(join(out, ".casegraph-cache", second!), bytes);
    const r = casegraph(["build", input, "--out", out]);
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^casegraph: warning: .*\.casegraph-cache.*: a cache entry for .* was ignored: (not a cache entry|its checksum does not match \(damaged\)); the article is extracted again$/);
    expect(r.stdout).toContain("(2 extracted, 2 from the cache)");
    expect(output(out).json.equals(clean(input).json)).toBe(true);
    expect(casegraph(["build", input, "--out", out]).stderr).toBe(""); // mended
  });
});

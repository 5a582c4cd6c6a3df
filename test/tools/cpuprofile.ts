// Development tool: where a V8 CPU profile spent its time, by function, so that a speed change
// starts from figures. Make the profile with --cpu-prof (one file per thread: tsx's loader-hooks
// thread and every worker get their own), for example
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx test/bench/extractors-child.ts . corpus.json extract
// then
//   npx tsx test/tools/cpuprofile.ts <file.cpuprofile> [self|total] [rows] [filter]   time in each function itself, or with its callees
//   npx tsx test/tools/cpuprofile.ts <file.cpuprofile> callers <function> [depth]     who calls it, and for how long
//   npx tsx test/tools/cpuprofile.ts <file.cpuprofile> callees <function> [depth]     what it calls, and for how long
//   npx tsx test/tools/cpuprofile.ts <files...> threads                              each file's sampled, idle and GC time
// Times are sampled wall time of the thread: on a busy machine a thread waiting for a core is still sampled.
import { readFileSync } from "node:fs";

interface Node { id: number; callFrame: { functionName: string; url: string }; children?: number[] }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[] }

const args = process.argv.slice(2);
const mode = args.find((a) => /^(?:self|total|callers|callees|threads)$/.test(a)) ?? "self";
const files = args.slice(0, Math.max(1, args.indexOf(mode)));
const [p1, p2] = args.slice(args.indexOf(mode) + 1);
const ms = (us: number) => `${(us / 1000).toFixed(0).padStart(7)} ms`;

function read(file: string) {
  const p = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  /** Sampled time by the node the sample was in. */
  const time = new Map<number, number>();
  p.samples.forEach((id, k) => time.set(id, (time.get(id) ?? 0) + (p.timeDeltas[k] ?? 0)));
  /** The node and its callers, innermost first. */
  const stack = (id: number) => { const out: Node[] = []; for (let c: number | undefined = id; c !== undefined; c = parent.get(c)) out.push(byId.get(c)!); return out; };
  return { time, stack, total: [...time.values()].reduce((a, b) => a + b, 0) };
}
const label = (n: Node) => `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.split("/").slice(-2).join("/")}`;
const top = (sums: Map<string, number>, total: number, rows: number) => {
  for (const [k, t] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, rows)) console.log(`${(100 * t / total).toFixed(1).padStart(5)}% ${ms(t)}  ${k}`);
};

if (mode === "threads") {
  for (const file of files) {
    const { time, stack, total } = read(file);
    let idle = 0, gc = 0;
    for (const [id, t] of time) { const name = stack(id)[0]!.callFrame.functionName; if (name === "(idle)") idle += t; if (name === "(garbage collector)") gc += t; }
    console.log(`${file}: sampled ${ms(total)}, busy ${ms(total - idle)}, of which GC ${ms(gc)}`);
  }
} else {
  const { time, stack, total } = read(files[0]!);
  const sums = new Map<string, number>();
  const add = (k: string, t: number) => sums.set(k, (sums.get(k) ?? 0) + t);
  for (const [id, t] of time) {
    const s = stack(id);
    if (mode === "self") add(label(s[0]!), t);
    else if (mode === "total") for (const k of new Set(s.map(label))) add(k, t);
    else {
      const at = s.findIndex((n) => n.callFrame.functionName === p1);
      if (at < 0) continue;
      const depth = Number(p2 ?? 1);
      const path = mode === "callers" ? s.slice(at + 1, at + 1 + depth) : s.slice(Math.max(0, at - depth), at).reverse();
      add(path.map(label).join(mode === "callers" ? " < " : " > ") || "(itself)", t);
    }
  }
  console.log(`${files[0]}: sampled ${ms(total)}`);
  const rows = mode === "self" || mode === "total" ? Number(p1 ?? 40) : 25;
  if (mode === "self" || mode === "total") for (const k of [...sums.keys()]) if (p2 && !k.includes(p2)) sums.delete(k);
  top(sums, total, rows);
}

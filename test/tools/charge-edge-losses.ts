// Where a gold corpus's charge edges are lost (CHARGED_WITH, ENTERED_PLEA, ALLEGED_VICTIM) and its charges'
// defendants stand, as counts only (safe on a held-out set: it prints no name, label or sentence of its articles
// or its gold). For each missed edge: its ends' types, whether each end is in the graph, and where both are,
// whether the defendant has other charges and the charge another defendant. For each missed Charge: its
// defendant's type and whether the defendant is in the graph with charges of their own.
//   npx tsx test/tools/charge-edge-losses.ts test/fixtures/eval/dev11
import { resolve } from "node:path";
import { edgeIndex, goldNodes, normName, scoredBuild } from "./scored-build.ts";

const dir = resolve(process.argv[2] ?? "../shared/eval/corpus/dev2");
const { graph, misses, gold } = scoredBuild(dir);
const goldById = new Map(gold.entities.map((e) => [e.id, e]));
const nodes = new Map(graph.nodes.map((n) => [n.key, n.attributes]));
const { nodesOf } = goldNodes(nodes, gold, misses, normName);
const { outOf, into } = edgeIndex(graph.edges);
const rel = (k: string, type: string) => (outOf.get(k) ?? []).filter((e) => e.attributes.type === type).map((e) => e.target);
const relIn = (k: string, type: string) => (into.get(k) ?? []).filter((e) => e.attributes.type === type).map((e) => e.source);
const tally = new Map<string, number>();
const count = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
const typeOf = (id: string) => goldById.get(id)?.type ?? (id.includes("{") ? id.slice(0, id.indexOf("{")) : "path");

for (const line of misses.relationFN) {
  const [s, t, o] = line.split(" ");
  if (!s || !o || !["CHARGED_WITH", "ENTERED_PLEA", "ALLEGED_VICTIM"].includes(t!)) continue;
  const ss = nodesOf(s), os = nodesOf(o);
  count(`${t}: missed (${typeOf(s)} -> ${typeOf(o)})`);
  count(`${t}:   ends in the graph: ${ss.length ? "source" : "no source"}, ${os.length ? "target" : "no target"}`);
  if (t === "CHARGED_WITH" && ss.length && os.length) {
    count(`${t}:     the defendant has other charges: ${ss.some((k) => rel(k, "CHARGED_WITH").length) ? "yes" : "no"}`);
    count(`${t}:     the charge has another defendant: ${os.some((k) => relIn(k, "CHARGED_WITH").length) ? "yes" : "no"}`);
    count(`${t}:     the charge has a verdict or plea: ${os.some((k) => relIn(k, "ON_CHARGE").length) ? "yes" : "no"}`);
  }
  if (t === "ALLEGED_VICTIM" && ss.length && os.length)
    count(`${t}:     the charge has another victim: ${ss.some((k) => rel(k, "ALLEGED_VICTIM").length) ? "yes" : "no"}; the person is a victim of another charge: ${os.some((k) => relIn(k, "ALLEGED_VICTIM").length) ? "yes" : "no"}`);
}
const defendants = new Map<string, string[]>();
for (const [s, t, o] of gold.facts) if (t === "CHARGED_WITH") (defendants.get(o!) ?? defendants.set(o!, []).get(o!)!).push(s!);
const missedCharges = new Set(misses.entityFN.map((l) => l.split(/\s+/)).filter(([ty]) => ty === "Charge").map(([, id]) => id!));
for (const id of missedCharges) {
  const ds = defendants.get(id) ?? [];
  count(`Charge missed: its gold defendants: ${ds.length ? [...new Set(ds.map(typeOf))].join("+") : "none"}`);
  for (const d of ds) {
    const ks = nodesOf(d);
    count(`Charge missed:   a defendant ${ks.length ? (ks.some((k) => rel(k, "CHARGED_WITH").length) ? "in the graph with charges" : "in the graph, no charges") : "not in the graph"}`);
  }
}
console.log(`${dir}: ${misses.relationFN.length} relations missed`);
for (const [k, n] of [...tally].sort((a, b) => (a[0] < b[0] ? -1 : 1))) console.log(`${String(n).padStart(4)}  ${k}`);

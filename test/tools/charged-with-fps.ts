// How a corpus's false CHARGED_WITH edges are made, as counts only (safe on a held-out set: it prints no name, label or
// sentence). For each: who the subject is in the gold (a defendant there, of other charges or of this one under another
// node; a complainant, a lawyer, a witness, a judge, a prosecutor; a person the gold names in no case role; no gold
// person), whether the charge is a gold charge (the subject's, another's, none), the rules that made the edge, and what
// its evidence sentences hold (a negation, a report or allegation, a hypothetical, another case's words).
//   npx tsx test/tools/charged-with-fps.ts test/fixtures/eval/dev10
import { resolve } from "node:path";
import { goldNodes, normName, scoredBuild } from "./scored-build.ts";
const dir = resolve(process.argv[2] ?? "../shared/eval/corpus/dev2");
const { graph, misses, gold } = scoredBuild(dir);
const fps = ((misses as { relationFP?: string[] }).relationFP ?? []).filter((l) => l.includes(" -CHARGED_WITH-> "));
const norm = normName;
const nodes = new Map(graph.nodes.map((n) => [n.key, n.attributes]));
const { nodesOf } = goldNodes(nodes, gold, misses, norm);
const goldOf = new Map<string, string[]>();
for (const g of gold.entities) for (const k of nodesOf(g.id)) goldOf.set(k, [...(goldOf.get(k) ?? []), g.id]);
const triples = [...gold.facts, ...((gold as { allowed?: string[][] }).allowed ?? [])].flatMap((f) => f.flatMap((_, i) => (i % 2 === 0 && i + 2 < f.length ? [[f[i]!, f[i + 1]!, f[i + 2]!]] : [])));
const has = (id: string, type: string, dir: "out" | "in" = "out") => triples.some(([s, t, o]) => t === type && (dir === "out" ? s === id : o === id));
const tally = new Map<string, number>();
const count = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
const text = (k: string) => ` ${norm(String(nodes.get(k)?.text ?? ""))} `;
const NEG = / (?:not(?! guilty)|never|no|denied|denies|deny|without) /, REPORT = / (?:alleged|allegedly|accused|accusing|claimed|claims|said|says|told|according) /;
const HYPO = / (?:could|would|may|might|if|whether|faces up to|possible|potential) /, OTHER = / (?:earlier|previous|previously|separate|another|prior|former|2000|19\d\d|20[01]\d) /;
for (const line of fps) {
  const edge = graph.edges.find((e) => e.attributes.type === "CHARGED_WITH" && `${nodes.get(e.source)?.type} "${nodes.get(e.source)?.label}" -CHARGED_WITH-> ${nodes.get(e.target)?.type} "${nodes.get(e.target)?.label}"` === line);
  count("false CHARGED_WITH");
  if (!edge) { count("  (edge not found)"); continue; }
  const who = goldOf.get(edge.source) ?? [];
  const role = !who.length ? "no gold person" : who.some((id) => has(id, "CHARGED_WITH")) ? "a gold defendant" : who.some((id) => has(id, "ALLEGED_VICTIM", "in")) ? "a complainant"
    : who.some((id) => has(id, "REPRESENTS")) ? "a lawyer" : who.some((id) => has(id, "TESTIFIED_IN")) ? "a witness" : who.some((id) => has(id, "PRESIDED_OVER")) ? "a judge"
    : who.some((id) => has(id, "PROSECUTED")) ? "a prosecutor" : "a gold person of no case role";
  count(`  subject: ${role}`);
  const charge = goldOf.get(edge.target) ?? [];
  const theirs = charge.some((c) => who.some((id) => triples.some(([s, t, o]) => s === id && t === "CHARGED_WITH" && o === c)));
  count(`  charge: ${!charge.length ? "no gold charge of its name" : theirs ? "the subject's gold charge (another node?)" : "another's gold charge"}`);
  const rules = (edge.attributes as { rule?: string[] }).rule ?? [];
  for (const r of rules) count(`  rule: ${r}`);
  if (process.argv.includes("--by-rule")) count(`  by rule: ${rules.join("+")} / ${role} / ${!charge.length ? "no gold charge" : theirs ? "theirs" : "another's"}`);
  const ev = ((edge.attributes as { evidence?: string[] }).evidence ?? []).map(text);
  count(`  evidence: ${ev.length} sentence${ev.length === 1 ? "" : "s"}`);
  for (const [name, re] of [["a negation", NEG], ["a report or allegation", REPORT], ["a hypothetical", HYPO], ["another case's words", OTHER]] as const) {
    if (ev.length && ev.every((t) => re.test(t))) count(`  evidence: every sentence has ${name}`);
  }
}
for (const [k, n] of [...tally].sort((a, b) => (a[0] < b[0] ? -1 : 1))) console.log(`${String(n).padStart(4)}  ${k}`);

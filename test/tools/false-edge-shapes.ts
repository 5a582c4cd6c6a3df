// The shape of each false relation edge of a gold corpus: it prints no name, label or content word of its articles or
// its gold, but it does print the skeletons of their sentences, which is more than counts: run it on the corpora that
// may be read, never on the held-out sets (dev5, dev9, dev10, dev11), which it would make less blind. Each evidence sentence is cut down to a skeleton: the edge's
// subject is S, its object O, another person P, another named thing (court, organisation, charge, film, studio) its type's
// first letter in lower case, a number #; of the other words only those of a closed list of function words and court verbs
// are kept, the rest fold into "·". An edge is one line (its evidence sentences side by side); lines are counted by relation type, rule and
// skeletons, so edges of one shape add up. A person end carries what the gold makes of it: its case roles and pleas.
//   npx tsx test/tools/false-edge-shapes.ts test/fixtures/eval/dev10 [RELATION_TYPE]
import { resolve } from "node:path";
import { edgeIndex, goldNodes, normName, scoredBuild } from "./scored-build.ts";
import { refuseHeldOut } from "./held-out.ts";

const dir = resolve(process.argv[2] ?? "../shared/eval/corpus/dev2");
refuseHeldOut(dir, "false-edge-shapes");
const only = process.argv[3];
const { graph, misses, gold } = scoredBuild(dir);
const nodes = new Map(graph.nodes.map((n) => [n.key, n.attributes]));
// (what the gold makes of a person end: its case roles and its pleas, in closed words)
const { nodesOf } = goldNodes(nodes, gold, misses, normName);
const goldOf = new Map<string, string[]>();
for (const g of gold.entities) for (const k of nodesOf(g.id)) goldOf.set(k, [...(goldOf.get(k) ?? []), g.id]);
const triples: [string, string, string][] = [...gold.facts, ...((gold as { allowed?: string[][] }).allowed ?? [])].flatMap((f) => f.flatMap((_, i) => (i % 2 === 0 && i + 2 < f.length ? [[f[i]!, f[i + 1]!, f[i + 2]!] as [string, string, string]] : [])));
const GOLD_ROLES: [string, string, "out" | "in"][] = [["defendant", "CHARGED_WITH", "out"], ["tried", "DEFENDANT_IN", "out"], ["pleaded", "ENTERED_PLEA", "out"], ["victim", "ALLEGED_VICTIM", "in"],
  ["lawyer", "REPRESENTS", "out"], ["witness", "TESTIFIED_IN", "out"], ["judge", "PRESIDED_OVER", "out"], ["prosecutor", "PROSECUTED", "out"], ["employed", "WORKS_FOR", "out"], ["role", "HOLDS_ROLE", "out"]];
function goldTag(k: string): string {
  if (nodes.get(k)?.type !== "Person") return /^(?:Organization|Studio)$/.test(String(nodes.get(k)?.type)) ? `<${nodes.get(k)?.type}${goldOf.has(k) ? "" : ", no gold entity"}>` : "";
  const ids = goldOf.get(k) ?? [];
  if (!ids.length) return "{no gold person}";
  const roles = GOLD_ROLES.filter(([, t, dir]) => triples.some(([s, x, o]) => x === t && ids.includes(dir === "out" ? s : o))).map(([name]) => name);
  const pleas = [...new Set(triples.filter(([s, x]) => x === "ENTERED_PLEA" && ids.includes(s)).map(([, , o]) => /plea=(\w+)/.exec(o)?.[1] ?? "?"))];
  return `{${roles.join(",") || "no case role"}${pleas.length ? `; pleas ${pleas.join(",")}` : ""}}`;
}
const { outOf } = edgeIndex(graph.edges);
type Mention = { source: string; target: string; attributes: { type: string; start: number; end: number } };
const mentionsIn = new Map<string, Mention[]>();
for (const e of graph.edges as Mention[]) if (e.attributes.type === "MENTIONED_IN") (mentionsIn.get(e.target) ?? mentionsIn.set(e.target, []).get(e.target)!).push(e);
// (closed-class words and the court's everyday verbs and nouns: nothing of them names or tells a story)
const KEEP = new Set(`a an the this that these those his her their its he she they him them who whom whose which what when where while
whereas but and or nor not no never also both each all either neither other another same former earlier later previously separately
then after before since until during as at by for from in into of on over to under with without against alongside along together
among between than is was were are be been being has had have having will would could may might can should must did does do
said says told according alleged allegedly accused denied denies admitted admits pleaded pleads pleading guilty innocent
charged charges charge charging convicted conviction convicting acquitted acquittal cleared found jailed sentenced sentence
sentencing imprisoned remanded bail arrested trial tried retrial appeal appealed appeals sued lawsuit suit case court jury judge
magistrate lawyer lawyers barrister solicitor counsel attorney prosecutor prosecutors prosecution defence defense defendant
defendants co-accused accomplice victim witness witnesses testified testimony evidence represented representing represents
appearing appeared for husband wife son daughter brother sister mother father family partner friend man woman men women boy girl
police officer officers detective mr mrs ms dr years year months old aged his own himself herself one two three four five six first second
gave give giving presided presiding pair couple duo trio siblings group`.split(/\s+/));
// (the types whose mentions are names; an event's or a role's mention is its words, filtered like the rest)
const NAMED = new Set(["Organization", "Court", "Charge", "Film", "Studio"]);
const tally = new Map<string, number>();
const count = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);

function skeleton(sentence: string, source: string, target: string): string {
  const sent = nodes.get(sentence)!;
  const at = Number(sent.start ?? 0), text = String(sent.text ?? "");
  const spans = (mentionsIn.get(sentence) ?? []).map((m) => {
    const type = String(nodes.get(m.source)?.type ?? "");
    const mark = m.source === source ? "S" : m.source === target ? "O" : type === "Person" ? "P" : NAMED.has(type) ? type.charAt(0).toLowerCase() : "";
    return { start: m.attributes.start - at, end: m.attributes.end - at, mark };
  }).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: string[] = [];
  let i = 0;
  const words = (s: string) => {
    for (const w of s.match(/[A-Za-z][A-Za-z'-]*|\d+|[,;:()\u2014\u2013"]/g) ?? []) {
      const low = w.toLowerCase().replace(/'s$/, "");
      out.push(/^\d+$/.test(w) ? "#" : KEEP.has(low) || /^[,;:()\u2014\u2013"]$/.test(w) ? low : w.endsWith("'s") ? "·'s" : "·");
    }
  };
  for (const s of spans) {
    if (s.start < i || !s.mark) continue;
    words(text.slice(i, s.start));
    // (a mention of the edge's ends or a person that is no name shows its words too: "S[the two men]", "P[he]")
    const inner: string[] = [];
    if (s.mark === "S" || s.mark === "O" || s.mark === "P") for (const w of text.slice(s.start, s.end).match(/[A-Za-z][A-Za-z'-]*|\d+/g) ?? []) inner.push(KEEP.has(w.toLowerCase()) ? w.toLowerCase() : "·");
    out.push(inner.some((w) => w !== "·") ? `${s.mark}[${inner.join(" ")}]` : s.mark);
    i = s.end;
  }
  words(text.slice(i));
  return out.join(" ").replace(/· (?:· )+/g, "·… ").replace(/·… ·(?= |$)/g, "·…");
}

const fps = new Set(((misses as { relationFP?: string[] }).relationFP ?? []));
const lineOf = (e: { source: string; target: string; attributes: { type: string } }) =>
  `${nodes.get(e.source)?.type} "${nodes.get(e.source)?.label}" -${e.attributes.type}-> ${nodes.get(e.target)?.type} "${nodes.get(e.target)?.label}"`;
for (const edges of outOf.values()) {
  for (const e of edges as (Mention & { attributes: { evidence?: string[]; rule?: string[] } })[]) {
    if (e.attributes.type === "MENTIONED_IN" || (only && e.attributes.type !== only) || !fps.has(lineOf(e))) continue;
    const rules = (e.attributes.rule ?? ["?"]).join("+");
    const ev = e.attributes.evidence ?? [];
    count(`${e.attributes.type}  ${rules}  S${goldTag(e.source)} O${goldTag(e.target)}  ${ev.length ? ev.map((k) => `| ${skeleton(k, e.source, e.target)}`).join("  ") : "(no evidence)"}`);
  }
}
for (const [k, n] of [...tally].sort((a, b) => (a[0] < b[0] ? -1 : 1))) console.log(`${String(n).padStart(3)}  ${k}`);

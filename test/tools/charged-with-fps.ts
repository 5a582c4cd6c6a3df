// How a corpus's false CHARGED_WITH edges are made, as counts only (safe on a held-out set: it prints no name, label or
// sentence). For each: who the subject is in the gold (a defendant there, of other charges or of this one under another
// node; a complainant, a lawyer, a witness, a judge, a prosecutor; a person the gold names in no case role; no gold
// person), whether the charge is a gold charge (the subject's, another's, none), the rules that made the edge, and what
// its evidence sentences hold (a negation, a report or allegation, a hypothetical, another case's words).
//   npx tsx test/tools/charged-with-fps.ts test/fixtures/eval/dev10
import { resolve } from "node:path";
import { tagWord } from "../../src/nlp/wink.ts";
import { goldNodes, normName, scoredBuild, type Edge } from "./scored-build.ts";
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
// (the sentence's shape around the edge: the words of these lists only, and which people stand where; no article text)
const mentions = (k: string) => graph.edges.filter((e) => e.source === k && e.attributes.type === "MENTIONED_IN") as (Edge & { attributes: { start: number; end: number; surface: string } })[];
const personMentions = graph.edges.filter((e) => e.attributes.type === "MENTIONED_IN" && nodes.get(e.source)?.type === "Person") as (Edge & { attributes: { start: number; end: number; surface: string } })[];
const CUE = [["along with", / along with /], ["together with", / together with /], ["alongside", / alongside /], ["as well as", / as well as /],
  ["co-accused/co-defendant/accomplice", / co (?:accused|defendant|defendants|conspirator|conspirators)|accomplices? /], ["separately", / separate(?:ly)? /],
  ["while/whereas/but", / (?:while|whereas|but|meanwhile) /], ["who/whom", / (?:who|whom|whose) /], ["both/each/all", / (?:both|each|all|two|three|four) (?:men|women|accused|defendants|of them)? ?/]] as const;
function shape(edge: Edge, evidence: string[]): void {
  const sub = mentions(edge.source), ch = mentions(edge.target);
  for (const sk of evidence) {
    const sent = nodes.get(sk)!;
    const at = Number(sent.start ?? 0), text = String(sent.text ?? "");
    const inS = (m: { target: string }) => m.target === sk;
    const s = sub.filter(inS), c = ch.filter(inS);
    if (!s.length) { count("  shape: the subject is not named in the sentence (a pronoun or description elsewhere?)"); continue; }
    const sm = s[0]!.attributes, cm = c[0]?.attributes;
    count(`  shape: subject mention is ${/^(?:he|she|they|him|her|them)$/i.test(sm.surface) ? "a pronoun" : "a name or description"}`);
    if (!cm) { count("  shape: the charge is not named in the sentence"); continue; }
    count(`  shape: the subject stands ${sm.start < cm.start ? "before" : "after"} the charge`);
    const lo = Math.min(sm.end, cm.end), hi = Math.max(sm.start, cm.start);
    const between = ` ${norm(text.slice(lo - at, hi - at))} `;
    const others = personMentions.filter((e) => e.target === sk && e.source !== edge.source);
    const owners = others.filter((e) => (goldOf.get(e.source) ?? []).some((id) => (goldOf.get(edge.target) ?? []).some((c) => triples.some(([x, t, o]) => x === id && t === "CHARGED_WITH" && o === c))));
    const words = between.trim().split(" ").filter(Boolean).length;
    count(`  shape: words between subject and charge: ${words <= 3 ? "0-3" : words <= 8 ? "4-8" : words <= 15 ? "9-15" : "16+"}`);
    for (const w of ["earlier", "previous", "previously", "separate", "separately", "another", "prior", "former", "also", "second", "third", "other", "later", "co"]) if (new RegExp(` ${w} `).test(` ${norm(text)} `)) count(`  shape:   the sentence holds '${w}'`);
    count(`  shape: another person named in the sentence: ${others.length ? (owners.length ? "yes, the charge's gold defendant" : "yes, not its gold defendant") : "no"}`);
    if (others.some((e) => e.attributes.start > lo && e.attributes.end < hi)) count("  shape:   one stands between the subject and the charge");
    const near = others.find((e) => { const g = e.attributes.start > sm.end ? text.slice(sm.end - at, e.attributes.start - at) : text.slice(e.attributes.end - at, sm.start - at); return /^\s*(?:,|and|, and|or|&)\s*$/.test(g.replace(/,?\s*\d+\s*,?/g, ",")); });
    if (near) count(`  shape:   the subject is in a list with another person${owners.includes(near) ? " (the charge's gold defendant)" : ""}`);
    if (/\bby\s*$/i.test(text.slice(0, sm.start - at))) count("  shape:   the subject follows 'by'");
    if (/[;:]/.test(text.slice(lo - at, hi - at))) count("  shape:   a semicolon or colon between the subject and the charge");
    if (/ (?:and|but|while|whereas) (?:he|she|they|[a-z]+ (?:was|were|is|are|has|had)) /.test(between)) count("  shape:   a clause with another subject between them");
    for (const [name, re] of CUE) if (re.test(between)) count(`  shape:   between them: ${name}`);
    for (const [name, re] of CUE) if (!re.test(between) && re.test(` ${norm(text)} `)) count(`  shape:   elsewhere in the sentence: ${name}`);
  }
}
for (const line of fps) {
  const edge = graph.edges.find((e) => e.attributes.type === "CHARGED_WITH" && `${nodes.get(e.source)?.type} "${nodes.get(e.source)?.label}" -CHARGED_WITH-> ${nodes.get(e.target)?.type} "${nodes.get(e.target)?.label}"` === line);
  count("false CHARGED_WITH");
  if (!edge) { count("  (edge not found)"); continue; }
  const who = goldOf.get(edge.source) ?? [];
  const role = !who.length ? "no gold person" : who.some((id) => has(id, "CHARGED_WITH")) ? "a gold defendant" : who.some((id) => has(id, "ALLEGED_VICTIM", "in")) ? "a complainant"
    : who.some((id) => has(id, "REPRESENTS")) ? "a lawyer" : who.some((id) => has(id, "TESTIFIED_IN")) ? "a witness" : who.some((id) => has(id, "PRESIDED_OVER")) ? "a judge"
    : who.some((id) => has(id, "PROSECUTED")) ? "a prosecutor" : "a gold person of no case role";
  count(`  subject: ${role}`);
  if (!who.length) {
    // (a person the gold lacks: the shape of the node's label and what else the graph says of it; no text)
    const label = String(nodes.get(edge.source)?.label ?? "");
    count(`  no gold person: label of ${label.split(/\s+/).length} word(s), ${((nodes.get(edge.source)?.aliases as string[]) ?? []).length} alias(es)`);
    const types = [...new Set(graph.edges.filter((e) => e.source === edge.source && e.attributes.type !== "MENTIONED_IN").map((e) => e.attributes.type))].sort();
    count(`  no gold person: its edges: ${types.join("+")}`);
    const surname = label.split(/\s+/).pop() ?? "";
    const kin = gold.entities.some((g) => g.type === "Person" && g.names.some((n) => n.split(/\s+/).pop() === surname));
    count(`  no gold person: a gold person shares its last word: ${kin ? "yes" : "no"}`);
    const first = gold.entities.some((g) => g.type === "Person" && g.names.some((n) => n.split(/\s+/)[0] === label.split(/\s+/)[0]));
    count(`  no gold person: a gold person shares its first word: ${first ? "yes" : "no"}`);
    count(`  no gold person: the tagger reads its first word in lower case as ${tagWord(label.split(/\s+/)[0]!.toLowerCase()).pos}`);
    const other = gold.entities.find((g) => g.type !== "Person" && g.names.some((n) => norm(n) === norm(label) || norm(n).split(" ").includes(norm(label))));
    count(`  no gold person: a gold entity of another type has its name: ${other ? other.type : "none"}`);
    const allCaps = /^[A-Z]{2,}$/.test(label);
    count(`  no gold person: in capitals: ${allCaps ? "yes" : "no"}`);
  }
  const charge = goldOf.get(edge.target) ?? [];
  const theirs = charge.some((c) => who.some((id) => triples.some(([s, t, o]) => s === id && t === "CHARGED_WITH" && o === c)));
  count(`  charge: ${!charge.length ? "no gold charge of its name" : theirs ? "the subject's gold charge (another node?)" : "another's gold charge"}`);
  if (charge.length && !theirs) {
    // (another's charge: how the subject and the charge's gold defendant stand to each other)
    const owners = gold.entities.filter((g) => g.type === "Person" && charge.some((c) => triples.some(([x, t, o]) => x === g.id && t === "CHARGED_WITH" && o === c)));
    const trialsOf = (id: string) => new Set(triples.filter(([x, t]) => x === id && t === "DEFENDANT_IN").map(([, , o]) => o));
    const shared = owners.some((o) => who.some((id) => [...trialsOf(id)].some((t) => trialsOf(o.id).has(t))));
    count(`  another's: the subject and the charge's defendant ${shared ? "share a gold trial (co-accused)" : "share no gold trial"}`);
    count(`  another's: the subject has gold charges of its own: ${who.some((id) => has(id, "CHARGED_WITH")) ? "yes" : "no"}`);
    const ownerNodes = owners.flatMap((o) => nodesOf(o.id));
    const evSent = new Set((edge.attributes as { evidence?: string[] }).evidence ?? []);
    const evIdx = [...evSent].map((k) => Number(nodes.get(k)?.index ?? -99));
    const art = String(nodes.get([...evSent][0] ?? "")?.article ?? "");
    const ownerIdx = personMentions.filter((e) => ownerNodes.includes(e.source) && String(nodes.get(e.target)?.article) === art).map((e) => Number(nodes.get(e.target)?.index ?? -99));
    const d = Math.min(99, ...ownerIdx.flatMap((i) => evIdx.map((j) => Math.abs(i - j))));
    count(`  another's: the charge's defendant is named ${!ownerNodes.length ? "nowhere in the graph" : !ownerIdx.length ? "only in other articles" : d === 0 ? "in the same sentence" : d <= 2 ? "1-2 sentences away" : "3+ sentences away"}`);
  }
  const rules = (edge.attributes as { rule?: string[] }).rule ?? [];
  for (const r of rules) count(`  rule: ${r}`);
  if (process.argv.includes("--by-rule")) count(`  by rule: ${rules.join("+")} / ${role} / ${!charge.length ? "no gold charge" : theirs ? "theirs" : "another's"}`);
  const evKeys = (edge.attributes as { evidence?: string[] }).evidence ?? [];
  shape(edge, evKeys);
  const ev = evKeys.map(text);
  count(`  evidence: ${ev.length} sentence${ev.length === 1 ? "" : "s"}`);
  for (const [name, re] of [["a negation", NEG], ["a report or allegation", REPORT], ["a hypothetical", HYPO], ["another case's words", OTHER]] as const) {
    if (ev.length && ev.every((t) => re.test(t))) count(`  evidence: every sentence has ${name}`);
  }
}
// (how many distinct subjects and evidence sentences the false edges share: one sentence giving many charges counts once)
const subjects = new Set<string>(), sentencesSeen = new Set<string>();
for (const line of fps) {
  const edge = graph.edges.find((e) => e.attributes.type === "CHARGED_WITH" && `${nodes.get(e.source)?.type} "${nodes.get(e.source)?.label}" -CHARGED_WITH-> ${nodes.get(e.target)?.type} "${nodes.get(e.target)?.label}"` === line);
  if (!edge) continue;
  subjects.add(edge.source);
  for (const k of (edge.attributes as { evidence?: string[] }).evidence ?? []) sentencesSeen.add(k);
}
count(`distinct subjects: ${subjects.size}`);
count(`distinct evidence sentences: ${sentencesSeen.size}`);
for (const [k, n] of [...tally].sort((a, b) => (a[0] < b[0] ? -1 : 1))) console.log(`${String(n).padStart(4)}  ${k}`);

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
// (a pronoun subject: the word before it, and what the sentences before told its person doing, by class of verb only)
function pronounShape(edge: Edge, sk: string, sm: { start: number; surface: string } | undefined, text: string, at: number): void {
  const before = sm ? norm(text.slice(0, sm.start - at)).split(" ").pop() ?? "" : "";
  if (sm) count(`  pronoun: ${/^(?:he|she)$/i.test(sm.surface) ? "a subject" : /^(?:convicted|acquitted|cleared|jailed|sentenced|found|charged|fined)$/.test(before) ? "a court verb's object" : "another object"}`);
  const sent = nodes.get(sk)!, idx = Number(sent.index), art = String(sent.article);
  const named = mentions(edge.source).filter((m) => { const n = nodes.get(m.target)!; return String(n.article) === art && Number(n.index) < idx && !/^(?:he|she|him|her|his)$/i.test(m.attributes.surface); });
  const last = named.sort((a, b) => b.attributes.start - a.attributes.start)[0];
  if (!last) { count("  pronoun: its person is named nowhere before in the article"); return; }
  const n = nodes.get(last.target)!, back = idx - Number(n.index);
  count(`  pronoun: its person last named ${back <= 2 ? back : "3+"} sentence(s) before`);
  const after = String(n.text).slice(last.attributes.end - Number(n.start)).toLowerCase().replace(/\s+/g, " ").slice(0, 60);
  const cls = /^ ?(?:,[^,]*, ?)?(?:\w+ )?(?:told|testified|gave evidence|described|recalled)/.test(after) ? "a witness's verb" : /^ ?(?:,[^,]*, ?)?(?:\w+ )?(?:said|says|added)/.test(after) ? "said" : /^ ?(?:,[^,]*, ?)?(?:was|were|had been|has been)? ?(?:charged|convicted|jailed|sentenced|acquitted|cleared|found|pleaded|denied|admitted)/.test(after) ? "an accused's verb" : "another";
  count(`  pronoun: the verb after its last naming: ${cls}`);
  const ls = ` ${String(n.text).toLowerCase()} `;
  count(`  pronoun: its last naming's sentence has ${/ (?:witness|witnesses|evidence|testif\w*|told the|cross-examined|giving|statement)\b/.test(ls) ? "a witness's word" : / (?:victim|complainant|injured|killed|died|attacked|stabbed|assaulted|robbed)\b/.test(ls) ? "a victim's word" : "neither a witness's nor a victim's word"}`);
  const accusedNear = graph.edges.some((e) => e.attributes.type === "CHARGED_WITH" && e.source !== edge.source && mentions(e.source).some((m) => { const x = nodes.get(m.target)!; return String(x.article) === art && Number(x.index) < idx && idx - Number(x.index) <= 3; }));
  count(`  pronoun: someone else charged in the graph named 1-3 sentences before: ${accusedNear ? "yes" : "no"}`);
  const fpSubjects = new Set(fps.map((l) => l.split(" -CHARGED_WITH-> ")[0]));
  const charged = new Set(graph.edges.filter((e) => e.attributes.type === "CHARGED_WITH" && !fpSubjects.has(`${nodes.get(e.source)?.type} "${nodes.get(e.source)?.label}"`) && mentions(e.source).some((m) => { const x = nodes.get(m.target)!; return String(x.article) === art && Number(x.index) < idx && idx - Number(x.index) <= 10; })).map((e) => e.source));
  count(`  pronoun: others rightly charged in the graph, named 1-10 sentences before: ${charged.size <= 3 ? charged.size : "4+"}`);
  const lastNamed = [...new Set(personMentions.filter((m) => m.target === last.target).map((m) => m.source))];
  count(`  pronoun: people named in its last naming's sentence: ${lastNamed.length <= 3 ? lastNamed.length : "4+"}`);
}
function shape(edge: Edge, evidence: string[]): void {
  const sub = mentions(edge.source), ch = mentions(edge.target);
  for (const sk of evidence) {
    const sent = nodes.get(sk)!;
    const at = Number(sent.start ?? 0), text = String(sent.text ?? "");
    const inS = (m: { target: string }) => m.target === sk;
    const s = sub.filter(inS), c = ch.filter(inS);
    if (!s.length) {
      count("  shape: the subject is not named in the sentence (a pronoun or description elsewhere?)");
      const low = ` ${text.toLowerCase()} `;
      count(`  unnamed: the sentence has ${/ (?:convicted|acquitted|cleared|jailed|sentenced|found|charged|fined) (?:him|her) /.test(low) ? "a court verb + him/her" : / (?:he|she) /.test(low) ? "he/she" : / (?:him|her) /.test(low) ? "him/her elsewhere" : "no third-person pronoun"}`);
      count(`  unnamed: the sentence has ${/ (?:convicted|acquitted|cleared|jailed|sentenced|found|charged) them /.test(low) ? "a court verb + them" : / they /.test(low) ? "they" : / them /.test(low) ? "them elsewhere" : "no they/them"}`);
      count(`  unnamed: the sentence has ${/ (?:both|the pair|the two|the three|all three|all four|the trio|the couple|the men|the women|the brothers|the defendants|the accused) /.test(low) ? "a group's words" : / the (?:accused|defendant|man|woman|teenager|\d+-year-old) /.test(low) ? "a description's words" : "neither group nor description words"}`);
      for (const g of ["both", "the pair", "the two", "the three", "all three", "the trio", "the couple", "the men", "the women", "the brothers", "the defendants", "the accused", "all", "each"]) if (low.includes(` ${g} `)) count(`  unnamed:   group word '${g}' ${low.indexOf(` ${g} `) < low.indexOf(" them ") ? "before" : "after"} 'them'`);
      if (low.includes(" both ")) {
        const after = low.slice(low.indexOf(" both ") + 6).split(/\s+/)[0] ?? "";
        const pos = low.trim().startsWith("both ") ? "opens the sentence" : "stands inside it";
        count(`  unnamed:   'both' ${pos}; the word after: ${/^(?:men|women|of|the|defendants|accused)$/.test(after) ? after : /^(?:were|had|have|are|was)$/.test(after) ? "an auxiliary" : /^(?:denied|pleaded|admitted|deny|denies|gave|told|said)$/.test(after) ? "a verb (" + after + ")" : /^[a-z]+ed$/.test(after) ? "another -ed word" : "another word"}`);
        const cv = low.match(/ (convicted|acquitted|cleared|jailed|sentenced|found|charged) them /)?.[1] ?? "";
        count(`  unnamed:   the court verb before 'them': ${cv}; the word before that verb: ${/ (?:jury|jurors|judge|magistrate|magistrates|court|justice) (?:\w+ )?(?:convicted|acquitted|cleared|jailed|sentenced|found|charged) them /.test(low) ? "a bench" : "other"}`);
      }
      count(`  unnamed: people named in the sentence: ${Math.min(3, new Set(personMentions.filter((m) => m.target === sk).map((m) => m.source)).size)}`);
      pronounShape(edge, sk, undefined, text, at);
      continue;
    }
    const sm = s[0]!.attributes, cm = c[0]?.attributes;
    count(`  shape: subject mention is ${/^(?:he|she|they|him|her|them)$/i.test(sm.surface) ? "a pronoun" : "a name or description"}`);
    if (/^(?:he|she|him|her)$/i.test(sm.surface)) pronounShape(edge, sk, sm, text, at);
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
    const inner = gold.entities.some((g) => g.type === "Person" && g.names.some((n) => norm(n).split(" ").slice(1, -1).includes(norm(label))));
    const within = gold.entities.some((g) => g.type === "Person" && g.names.some((n) => norm(n).includes(norm(label))));
    count(`  no gold person: a gold person's name holds it as an inner word: ${inner ? "yes" : "no"}; holds its letters: ${within ? "yes" : "no"}`);
    const ms = mentions(edge.source), idx = ms.map((m) => Number(nodes.get(m.target)?.index ?? -1));
    count(`  no gold person: mentions: ${ms.length <= 2 ? ms.length : "3+"}; in the headline: ${idx.includes(0) ? "yes" : "no"}; only in the headline: ${idx.every((i) => i === 0) ? "yes" : "no"}`);
    count(`  no gold person: a mention starts its sentence: ${ms.some((m) => m.attributes.start === Number(nodes.get(m.target)?.start)) ? "yes" : "no"}`);
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

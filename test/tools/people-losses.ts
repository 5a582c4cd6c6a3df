// Where a gold corpus's people, roles, employers, lawyers and families are lost, as counts only (safe on a
// held-out set: it prints no text of its articles or its gold). For each missed HOLDS_ROLE, WORKS_FOR,
// REPRESENTS, RELATED_TO or ALLEGED_VICTIM triple: whether both ends are in the graph; if so, whether they
// share a sentence in the graph (or only in the text), what the subject is tied to instead (a role under
// another label, another employer, another client); else how the missing end is lost. For each false Person,
// Organization or Role, and each false HOLDS_ROLE / WORKS_FOR / REPRESENTS edge: its shape. For each missed
// Organization: how it is lost, whether a node of another type holds its name, and the word before it in the text.
//   npx tsx test/tools/people-losses.ts test/fixtures/eval/dev11
import { resolve } from "node:path";
import { NOT_EMPLOYMENT, NOT_ROLES, ORG_DESCRIPTIONS, ORG_HEADS, PERSON_NOUNS, ROLE_FORMS, ROLE_STRIP, roleInfo } from "../../src/lexicon/index.ts";
import { normPersonName, scoredBuild } from "./scored-build.ts";

const dir = resolve(process.argv[2] ?? "../shared/eval/corpus/dev2");
const built = scoredBuild(dir);
const graph = built.graph as { nodes: { key: string; attributes: Record<string, any> }[]; edges: { source: string; target: string; attributes: Record<string, any> }[] };
const section = (name: string) => built.misses[name] ?? [];
// the scorer's normalisation of names
const norm = normPersonName;
const gold = built.gold;
const goldFacts = gold.facts.flatMap((f) => f.flatMap((_, i) => (i % 2 === 0 && i + 2 < f.length ? [[f[i], f[i + 1], f[i + 2]]] : [])));
const goldById = new Map<string, { type: string; names: Set<string> }>();
for (const e of gold.entities) {
  const g = goldById.get(e.id) ?? { type: e.type, names: new Set<string>() };
  e.names.forEach((n) => g.names.add(norm(n)));
  goldById.set(e.id, g);
}
const missedIds = new Set(section("entityFN").map((l) => l.split(/\s+/)[1]));

const node = new Map(graph.nodes.map((n) => [n.key, n.attributes]));
const namesOf = (k: string) => new Set([node.get(k)!.label, ...(node.get(k)!.aliases ?? [])].map((x: string) => norm(String(x))).filter(Boolean));
const outEdges = new Map<string, { type: string; to: string }[]>(), inEdges = new Map<string, { type: string; from: string }[]>();
const mentions = new Map<string, { sentence: string; start: number; end: number }[]>();
for (const e of graph.edges) {
  const t = e.attributes.type as string;
  if (t === "MENTIONED_IN") { mentions.set(e.source, [...(mentions.get(e.source) ?? []), { sentence: e.target, start: e.attributes.start, end: e.attributes.end }]); continue; }
  outEdges.set(e.source, [...(outEdges.get(e.source) ?? []), { type: t, to: e.target }]);
  inEdges.set(e.target, [...(inEdges.get(e.target) ?? []), { type: t, from: e.source }]);
}
const sentences = graph.nodes.filter((n) => n.attributes.type === "Sentence").map((n) => ({ key: n.key, a: n.attributes, words: ` ${norm(n.attributes.text)} ` }));
/** The graph node standing for a gold entity found by the scorer (same type, a shared name; the label first). */
function nodeOf(id: string): string | undefined {
  const g = goldById.get(id);
  if (!g || missedIds.has(id)) return undefined;
  const fits = graph.nodes.filter((n) => n.attributes.type === g.type && [...namesOf(n.key)].some((x) => g.names.has(x)));
  return (fits.find((n) => g.names.has(norm(n.attributes.label))) ?? fits[0])?.key;
}
const inText = (names: Set<string>) => sentences.filter((s) => [...names].some((n) => n && s.words.includes(` ${n} `)));

const tally = new Map<string, number>();
const count = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);

/** How a gold entity the graph lacks is lost: its name never in the text, typed otherwise, only a longer or shorter node. */
function lost(id: string, prefix: string) {
  const g = goldById.get(id)!;
  const other = graph.nodes.find((n) => n.attributes.type !== g.type && n.attributes.type !== "Sentence" && n.attributes.type !== "Article" && [...namesOf(n.key)].some((x) => g.names.has(x)));
  if (other) return count(`${prefix}: a node of type ${other.attributes.type} has its name`);
  const partial = graph.nodes.find((n) => n.attributes.type === g.type && [...namesOf(n.key)].some((x) => [...g.names].some((y) => x.includes(y) || y.includes(x))));
  if (partial) {
    count(`${prefix}: only a node with a longer or shorter name`);
    if (g.type !== "Role") return;
    for (const x of namesOf(partial.key)) for (const y of g.names) {
      if (x === y || !(x.includes(y) || y.includes(x))) continue;
      const [long, short] = x.includes(y) ? [x, y] : [y, x];
      const extra = long.replace(short, " ").trim().split(/\s+/);
      return count(`${prefix}   our node is ${x.includes(y) ? "longer" : "shorter"} by ${extra.length} word(s), ${long.startsWith(short) ? "after" : long.endsWith(short) ? "before" : "around"} the gold's; ${extra.every((w) => ROLE_STRIP.has(w)) ? "all stripped words" : extra.some((w) => ROLE_STRIP.has(w)) ? "some stripped words" : extra.some((w) => /^(?:of|for|at|to|in)$/.test(w)) ? "a complement" : "no stripped word"}`);
    }
    return;
  }
  const where = inText(g.names);
  count(`${prefix}: ${where.length ? "its name is in the text, no node" : "its name is not in the text as given"}`);
  if (g.type !== "Role" || !where.length) return;
  const name = [...g.names].find((n) => where[0]!.words.includes(` ${n} `))!;
  const head = name.split(" ").pop()!;
  const listed = !!roleInfo(name);
  count(`${prefix}   ${name.split(" ").length} word(s); head ${NOT_ROLES.has(head) ? "vetoed (not_roles)" : PERSON_NOUNS.has(head) ? "a person noun" : /(?:er|or|ist|ian|ant|ent)$/.test(head) ? "agentive, unlisted" : "unlisted"}${listed ? ", a listed form" : ""}`);
  const raw = String(where[0]!.a.text), at = raw.toLowerCase().indexOf(name.split(" ")[0]!);
  if (at >= 0) {
    const cap = /^\p{Lu}/u.test(raw.slice(at));
    const after = raw.slice(at).split(/\s+/).slice(name.split(" ").length).join(" ");
    const before = raw.slice(0, at).trim().split(/\s+/).pop() ?? "";
    count(`${prefix}   in text: ${cap ? "capitalised" : "lower case"}, after ${!before ? "nothing" : /,$/.test(before) ? "a comma" : /^(?:the|a|an)$/i.test(before) ? "an article" : /^\p{Lu}/u.test(before) ? "a capitalised word" : "a lower-case word"}, before ${/^\p{Lu}/u.test(after) ? "a capitalised word" : /^(?:of|at|for|with|in)\b/.test(after) ? "of/at/for/with/in" : /^[,.]/.test(after) ? "punctuation" : "another word"}`);
  }
}

/** For a role with no node whose holder is in the graph: where the role's words stand from the holder's name in
 * the first sentence holding both, told by word classes only. */
function roleApart(s: string, o: string) {
  const both = inText(goldById.get(o)!.names).filter((x) => inText(goldById.get(s)!.names).includes(x));
  if (!both.length) return count("  HOLDS_ROLE   role apart: the role's words and the holder's name never in one sentence");
  const ws = both[0]!.words.trim().split(" ");
  const find = (ns: Set<string>) => { for (let i = 0; i < ws.length; i++) for (const n of ns) { const k = n.split(" "); if (n && k.every((w, j) => ws[i + j] === w)) return [i, i + k.length] as const; } return undefined; };
  const r = find(goldById.get(o)!.names), h = find(goldById.get(s)!.names);
  if (!r || !h) return;
  const gap = r[0] < h[0] ? ws.slice(r[1], h[0]) : ws.slice(h[1], r[0]);
  const cls = (w: string | undefined) => !w ? "nothing" : /^(?:the|a|an)$/.test(w) ? "an article" : /^(?:his|her|their|its)$/.test(w) ? "a possessive" : /^(?:who|which|that)$/.test(w) ? "who/which" : /^(?:is|was|were|are|been|be|became|worked|works|working|served|serving|employed)$/.test(w) ? "be/work" : /^(?:as|at|of|for|with|in|from|by|on|to)$/.test(w) ? "a preposition" : /^(?:and|or|but)$/.test(w) ? "and" : /^(?:former|ex|then|now|retired|senior|junior)$/.test(w) ? "former/then" : "a word";
  count(`  HOLDS_ROLE   role apart: ${r[0] < h[0] ? "role first" : "holder first"}, ${gap.length ? gap.length <= 3 ? "1-3 words" : gap.length <= 8 ? "4-8 words" : "9+ words" : "adjacent"}; gap: ${[...new Set(gap.map(cls))].join(" ") || "-"}; before the role: ${cls(ws[r[0] - 1])}; after the role: ${cls(ws[r[1]])}`);
}

function roleRelation(label: string, goldNames: Set<string>): string {
  const l = norm(label);
  const head = (s: string) => s.split(" ").pop();
  if ([...goldNames].some((g) => l.includes(g))) return "a longer label";
  if ([...goldNames].some((g) => g.includes(l))) return "a shorter label";
  if ([...goldNames].some((g) => head(g) === head(l))) return "same head, other modifiers";
  return "another head";
}

const CUES: [string, RegExp][] = [
  ["represent", /\brepresent/i], ["counsel for", /\bcounsel (?:for|to)\b/i], ["appearing for", /\b(?:appear(?:ing|ed|s)?|acting|act(?:s|ed)?) (?:for|on behalf of)\b/i],
  ["for the defence/accused/state", /\bfor the (?:defen[cs]e|accused|state|prosecution|crown|complainant|applicant|respondent|petitioner|appellant)/i],
  ["instructed by", /\binstructed by\b/i], ["lawyer/attorney for", /\b(?:lawyer|attorney|solicitor|advocate|barrister)s? (?:for|of)\b/i],
  ["possessive lawyer", /\b(?:his|her|their|its)\s+(?:\w+\s+)?(?:lawyer|attorney|solicitor|advocate|barrister|counsel)/i], ["advocate", /\badvocate\b/i],
  ["defending/prosecuting", /\b(?:defending|prosecuting)\b/i], ["said/told", /\b(?:said|told|argued|submitted)\b/i],
  ["his/her/their client", /\b(?:his|her|their) clients?\b/i], ["mitigation", /\bmitigat/i], ["the accused/defendant", /\bthe (?:accused|defendant)\b/i], ["the defence/defense", /\bthe defen[cs]e\b/i],
  ["a group (the pair, both ...)", /\b(?:the (?:pair|two|three|couple|duo|trio|men|women|brothers|sisters|accused persons|suspects|defendants|accused)|both (?:men|women|of them)|all (?:three|four|five))\b/i],
];
/** What stands between two nodes' first mentions in a sentence: their order and the words linking them. */
function link(sentence: string, a: string, b: string): string {
  const s = node.get(sentence)!;
  const at = (k: string) => (mentions.get(k) ?? []).filter((m) => m.sentence === sentence).sort((x, y) => x.start - y.start)[0]!;
  const ma = at(a), mb = at(b);
  const [first, second] = ma.start < mb.start ? [ma, mb] : [mb, ma];
  const gap = String(s.text).slice(first.end - s.start, second.start - s.start);
  const words = gap.trim().split(/\s+/).filter(Boolean);
  const kind = /^'s?\b|^’s?\b/.test(gap) ? "possessive" : /\b(?:at|of|for|with|from)\s*(?:the\s*)?$/i.test(gap) ? "role + at/of/for/with" : /,/.test(gap) ? "commas" : "other";
  const marks = ["brother", "sister", "son", "daughter", "wife", "husband", "mother", "father", "its", "his", "her", "their", "which", "who", "whose", "where", "said", "says", "and", "at", "of", "for", "with", "by", "as", "the", "'s"].filter((w) => words.some((x) => x.toLowerCase().replace(/[,.]$/, "") === w || (w === "'s" && /['’]s?$/.test(x))));
  const caps = words.filter((x, i) => i > 0 && /^\p{Lu}/u.test(x)).length;
  return `${ma.start < mb.start ? "subject first" : "object first"}, ${words.length <= 3 ? "1-3" : words.length <= 8 ? "4-8" : "9+"} words, ${kind}; between: ${marks.join(" ") || "-"}${caps ? `, ${caps} capitalised` : ""}, ${(gap.match(/,/g) ?? []).length} commas`;
}
/** The same from the text alone, where the graph does not tie a mention: the order of the two names' first
 * occurrences, how many words and which marks stand between, and the words on either side. */
function textLink(words: string, a: Set<string>, b: Set<string>): string {
  const ws = words.trim().split(" ");
  const find = (ns: Set<string>) => { for (let i = 0; i < ws.length; i++) for (const n of ns) { const k = n.split(" "); if (n && k.every((w, j) => ws[i + j] === w)) return [i, i + k.length] as const; } return undefined; };
  const x = find(a), y = find(b);
  if (!x || !y) return "not found";
  const [f, s] = x[0] < y[0] ? [x, y] : [y, x];
  const gap = ws.slice(f[1], s[0]);
  const marks = ["former", "then", "its", "his", "her", "their", "who", "whose", "which", "as", "at", "of", "for", "with", "by", "from", "and", "said", "says", "is", "was", "the", "a", "an", "s", "chief", "head", "boss", "director", "brother", "brothers", "sister", "sisters", "son", "sons", "daughter", "wife", "husband", "mother", "father", "parents", "couple", "family", "widow", "partner", "cousin", "uncle", "nephew"].filter((w) => gap.includes(w));
  const side = (w: string | undefined) => !w ? "nothing" : /^(?:the|a|an)$/.test(w) ? "an article" : /^(?:his|her|their|its)$/.test(w) ? "a possessive" : /^(?:former|ex)$/.test(w) ? "former" : /^(?:in|at|from|to|of|on|by|for|with|against)$/.test(w) ? "a preposition" : "a word";
  return `${x[0] < y[0] ? "subject first" : "object first"}, ${gap.length === 0 ? "adjacent" : gap.length <= 3 ? "1-3 words" : gap.length <= 8 ? "4-8 words" : "9+ words"}; between: ${marks.join(" ") || "-"}; before the first: ${side(ws[f[0] - 1])}; after the second: ${side(ws[s[1]])}`;
}
/** The order of a person (P), an organisation (O) and the person's roles (R) in one sentence, each gap told by a
 * closed class: a comma, 's, a preposition, the/a, its/their, who/which, a verb of work, or a count of other words. */
const WORK_VERBS = /^(?:work\w*|join\w*|employ\w*|hired|head\w*|run\w*|ran|led|lead\w*|chair\w*|own\w*|founded|left|quit|resign\w*|retire\w*|served|serves|appointed|named|fired|sacked|manag\w*|is|was|were|are|been|became|becomes)$/i;
function order(sentence: string, p: string, o: string): string {
  const s = node.get(sentence)!, t = String(s.text);
  const roles = new Set((outEdges.get(p) ?? []).filter((e) => e.type === "HOLDS_ROLE").map((e) => e.to));
  const marks: { at: number; end: number; tag: string }[] = [];
  for (const [k, tag] of [[p, "P"], [o, "O"], ...[...roles].map((r) => [r, "R"])] as [string, string][]) for (const m of (mentions.get(k) ?? []).filter((m) => m.sentence === sentence)) marks.push({ at: m.start, end: m.end, tag });
  marks.sort((a, b) => a.at - b.at);
  const out: string[] = [];
  const first = marks[0];
  if (first) {
    const before = t.slice(0, first.at - s.start).trim().split(/\s+/).pop()?.toLowerCase() ?? "";
    out.push(!before ? "^" : /^(?:former|ex-?)$/.test(before) ? "former" : /^(?:the|a|an)$/.test(before) ? "the" : /^(?:his|her|their|its)$/.test(before) ? "poss" : /,$/.test(before) ? "," : "w");
  }
  marks.forEach((m, i) => {
    out.push(m.tag);
    const next = marks[i + 1];
    if (!next) return;
    const gap = t.slice(m.end - s.start, next.at - s.start);
    const ws = gap.replace(/[,()]/g, " ").trim().split(/\s+/).filter(Boolean).map((w) => w.toLowerCase());
    const g: string[] = [];
    if (/^['’]s?/.test(gap)) g.push("'s");
    if (gap.includes(",")) g.push(",");
    if (ws.some((w) => /^(?:of|at|for|with|from|in|by)$/.test(w))) g.push("prep");
    if (ws.some((w) => /^(?:its|their|his|her)$/.test(w))) g.push("poss");
    if (ws.some((w) => /^(?:who|which|whose|where)$/.test(w))) g.push("rel");
    if (ws.some((w) => WORK_VERBS.test(w))) g.push("verb");
    if (ws.some((w) => /^(?:former|ex|then|previously|once)$/.test(w))) g.push("former");
    const rest = ws.filter((w) => !/^(?:['’]s?|of|at|for|with|from|in|by|its|their|his|her|who|which|whose|where|former|ex|then|previously|once|the|a|an)$/.test(w) && !WORK_VERBS.test(w)).length;
    if (rest) g.push(rest <= 2 ? "1-2w" : rest <= 5 ? "3-5w" : "6+w");
    out.push(g.length ? `[${g.join(" ")}]` : "_");
  });
  return out.join(" ");
}
/** The classes of the words between two nodes' first mentions in a sentence, in order (runs of one class told once):
 * V a verb of representing, T a title, D a determiner, C another capitalised word, & and, , a comma, W who/which,
 * B be/has, P a preposition, x another lower-case word; and what stands before the first and after the second. */
function gapClasses(sentence: string, a: string, b: string): string {
  const s = node.get(sentence)!, t = String(s.text);
  const at = (k: string) => (mentions.get(k) ?? []).filter((m) => m.sentence === sentence).sort((x, y) => x.start - y.start)[0]!;
  const ma = at(a), mb = at(b);
  const [first, second] = ma.start < mb.start ? [ma, mb] : [mb, ma];
  const ws = t.slice(first.end - s.start, second.start - s.start).replace(/,/g, " , ").trim().split(/\s+/).filter(Boolean);
  const cls = (w: string) => /^represent/i.test(w) ? "V" : /^(?:mr|mrs|ms|dr|sir|judge|justice|lord|lady|dame)\.?$/i.test(w) ? "T" : /^(?:the|a|an)$/i.test(w) ? "D" : /^\p{Lu}/u.test(w) ? "C" : w === "and" ? "&" : w === "," ? "," : /^(?:who|which|that)$/i.test(w) ? "W" : /^(?:is|was|are|were|has|had|have|been|be|being)$/i.test(w) ? "B" : /^(?:of|for|by|at|with|from|in|on)$/i.test(w) ? "P" : "x";
  const seq = ws.map(cls).filter((c, i, xs) => i === 0 || xs[i - 1] !== c).join("");
  const before = t.slice(0, first.start - s.start).trim();
  const after = t.slice(second.end - s.start).trim();
  return `${ma.start < mb.start ? "lawyer first" : "client first"}: ${before ? /,$/.test(before) ? "," : /\b(?:and|or)$/i.test(before) ? "and" : "w" : "^"} [${seq || "-"}] ${!after ? "$" : /^[,.;:]/.test(after) ? after[0] : /^(?:and|or)\b/i.test(after) ? "and" : /^\p{Lu}/u.test(after) ? "C" : "x"}`;
}
/** How many people of an article the graph puts on trial and names before a sentence of it (0, 1, 2+). */
function accusedBefore(article: string, index: number): string {
  const n = graph.nodes.filter((x) => x.attributes.type === "Person" && (outEdges.get(x.key) ?? []).some((e) => e.type === "DEFENDANT_IN" || e.type === "CHARGED_WITH")
    && (mentions.get(x.key) ?? []).some((m) => node.get(m.sentence)!.article === article && Number(node.get(m.sentence)!.index) <= index)).length;
  return n >= 2 ? "2+" : String(n);
}
const RELS = ["HOLDS_ROLE", "WORKS_FOR", "REPRESENTS", "RELATED_TO", "ALLEGED_VICTIM"];
for (const line of section("relationFN")) {
  const [s, rel, o] = line.split(/\s+/) as [string, string, string];
  if (!RELS.includes(rel)) continue;
  count(`${rel} missed`);
  const p = `  ${rel}`;
  if (!goldById.has(s) || !goldById.has(o)) { count(`${p}: an end is a pattern`); continue; }
  const sk = nodeOf(s), ok = nodeOf(o);
  if (!sk || !ok) {
    count(`${p}: ${!sk && !ok ? "both ends" : !sk ? "the subject" : "the object"} missing`);
    if (!sk) lost(s, `${p}   subject (${goldById.get(s)!.type})`);
    if (!ok) lost(o, `${p}   object (${goldById.get(o)!.type})`);
    if (rel === "HOLDS_ROLE" && sk && !ok) roleApart(s, o);
    continue;
  }
  count(`${p}: both ends in the graph`);
  const sSent = new Set((mentions.get(sk) ?? []).map((m) => m.sentence)), oSent = new Set((mentions.get(ok) ?? []).map((m) => m.sentence));
  const shared = [...sSent].filter((x) => oSent.has(x));
  const textShared = inText(goldById.get(s)!.names).filter((x) => inText(goldById.get(o)!.names).includes(x));
  count(`${p}   ${shared.length ? "they share a sentence in the graph" : textShared.length ? "they share a sentence only in the text (a mention untied)" : "never in one sentence"}`);
  const mine = (outEdges.get(sk) ?? []).filter((e) => e.type === rel);
  const reverse = (outEdges.get(ok) ?? []).some((e) => e.type === rel && e.to === sk);
  if (reverse) count(`${p}   the edge exists reversed`);
  if (!shared.length && textShared.length) count(`${p}   untied, in the text: ${textLink(textShared[0]!.words, goldById.get(s)!.names, goldById.get(o)!.names)}`);
  if (!shared.length && textShared.length) {
    const k = textShared[0]!.key, tied = (x: string) => (mentions.get(x) ?? []).some((m) => m.sentence === k);
    const here = (id: string) => [...goldById.get(id)!.names].filter((y) => textShared[0]!.words.includes(` ${y} `));
    const other = (id: string, x: string) => graph.nodes.some((g) => g.key !== x && (mentions.get(g.key) ?? []).some((m) => m.sentence === k) && [...namesOf(g.key)].some((y) => here(id).includes(y))) ? "another node holds its words there" : "no node there";
    const end = (id: string, x: string) => tied(x) ? "tied" : `untied (${Math.min(...here(id).map((y) => y.split(" ").length))} word(s) in the text; ${other(id, x)})`;
    count(`${p}   untied, which: the subject ${end(s, sk)}, the object ${end(o, ok)}`);
    // an untied end's words there beside the node's label (its first words: a short name) and the word after them
    const form = (id: string, x: string) => {
      const y = here(id).sort((a, b) => a.length - b.length)[0] ?? "", label = norm(String(node.get(x)!.label));
      const after = textShared[0]!.words.split(` ${y} `)[1]?.trim().split(" ")[0] ?? "";
      return `${y === label ? "the label" : label.startsWith(`${y} `) ? "the label's first words" : label.endsWith(` ${y}`) ? "the label's last words" : "other words"}, then ${!after ? "nothing" : after === "s" ? "'s" : "a word"}`;
    };
    if (!tied(ok)) count(`${p}   the untied object's words there: ${form(o, ok)}`);
  }
  if (rel === "HOLDS_ROLE") {
    if (shared.length) count(`${p}   in a shared sentence: ${link(shared[0]!, sk, ok)}`);
    for (const e of mine) count(`${p}   the person holds a role with ${roleRelation(node.get(e.to)!.label, goldById.get(o)!.names)}`);
    if (!mine.length) count(`${p}   the person holds no role`);
    if ((inEdges.get(ok) ?? []).some((e) => e.type === rel)) count(`${p}   someone else holds the role`);
    const info = roleInfo(String(node.get(ok)!.label));
    const kind = info?.legal ? "legal" : info ? "listed" : "unlisted";
    const told = (inEdges.get(ok) ?? []).filter((e) => e.type === rel).length;
    const is = (r: string) => goldFacts.some(([a, x]) => a === s && x === r);
    count(`${p}   the role: ${kind}, ${String(node.get(ok)!.label).split(" ").length} word(s), held by ${told} in the graph; the person in gold: ${is("DEFENDANT_IN") ? "a defendant" : is("TESTIFIED_IN") ? "a witness" : is("REPRESENTS") ? "a lawyer" : goldFacts.some(([, x, b]) => x === "ALLEGED_VICTIM" && b === s) ? "a victim" : "other"}, ${(mentions.get(sk) ?? []).length >= 3 ? "3+" : (mentions.get(sk) ?? []).length} mentions`);
  } else if (rel === "WORKS_FOR") {
    count(`${p}   the person works for ${mine.length ? "another" : "nothing"}; holds ${(outEdges.get(sk) ?? []).some((e) => e.type === "HOLDS_ROLE") ? "a role" : "no role"}`);
    if (!shared.length && !textShared.length) {
      const roleSents = (outEdges.get(sk) ?? []).filter((e) => e.type === "HOLDS_ROLE").flatMap((e) => (mentions.get(e.to) ?? []).map((m) => m.sentence));
      const t = roleSents.map((k) => String(node.get(k)!.text).toLowerCase()).join(" ");
      const orgs = graph.nodes.filter((n) => n.attributes.type === "Organization" || n.attributes.type === "Studio").length;
      for (const e of (outEdges.get(sk) ?? []).filter((e) => e.type === "HOLDS_ROLE")) for (const m of mentions.get(e.to) ?? []) {
        const st = node.get(m.sentence)!, t = String(st.text);
        const before = t.slice(0, m.start - st.start).trim().split(/\s+/).slice(-3).join(" ").toLowerCase();
        const desc = /\bthe (\w+)(?:'s|’s|')(?: \w+)?$/.exec(before)?.[1];
        const ptr = /\bits(?: \w+)?$/.test(before) ? "its" : /\btheir(?: \w+)?$/.test(before) ? "their" : desc ? (ORG_HEADS.has(desc[0]!.toUpperCase() + desc.slice(1)) ? "the + an org head's" : "the + another noun's") : /\b(?:as|the|a|an)$/.test(before) ? "as/the/a" : "other";
        const orgOrder = (mentions.get(ok) ?? []).map((x) => Number(node.get(x.sentence)!.index) - Number(st.index));
        const where = orgOrder.some((d) => d === -1) ? "the sentence before" : orgOrder.some((d) => d < -1) ? "earlier" : "only after";
        const last = String(node.get(ok)!.label).split(/\s+/).pop()!;
        const heads = desc ? ORG_DESCRIPTIONS.get(desc) : undefined;
        const kinds = [...ORG_DESCRIPTIONS].filter(([, v]) => v.has(last)).map(([k]) => k);
        const ends = !desc ? "" : `, the noun ${heads ? "described" : "undescribed"}, the employer's last word ${heads?.has(last) ? "a head of the noun" : kinds.length ? "a head of another noun" : ORG_HEADS.has(last) ? "an organisation head" : "unmarked"}; ${graph.nodes.filter((n) => n.attributes.type === "Organization" || n.attributes.type === "Studio").length} bodies in the graph`;
        count(`${p}   apart: before the role: ${ptr}${ends}; the employer named ${where}; the person ${(mentions.get(sk) ?? []).some((x) => x.sentence === m.sentence) ? "named" : "unnamed"} in the role's sentence`);
      }
      count(`${p}   apart: ${roleSents.length ? `the role's sentences have ${/\b(?:its|their)\b/.test(t) ? "its/their" : /\bthe (?:company|firm|bank|group|council|agency|department|ministry|club|board|union|university|hospital|school|church|studio|network|party|commission|authority|organisation|organization|charity|trust|force|service)\b/.test(t) ? "the + an organisation noun" : "no pointer to an organisation"}` : "no role sentence"}; ${orgs === 1 ? "one organisation" : "several organisations"}`);
    }
    for (const k of shared) count(`${p}   in a shared sentence: ${link(k, sk, ok)}`);
    for (const k of shared) count(`${p}   in a shared sentence, the order: ${order(k, sk, ok)}`);
    if (shared.length) {
      const last = String(node.get(ok)!.label).split(/\s+/).pop()!;
      const roles = (outEdges.get(sk) ?? []).filter((e) => e.type === "HOLDS_ROLE").map((e) => String(node.get(e.to)!.label).toLowerCase());
      const kinds = roles.map((r) => NOT_EMPLOYMENT.has(r) || NOT_EMPLOYMENT.has(r.split(" ").pop()!) ? "employs no one" : roleInfo(r)?.legal ? "legal" : roleInfo(r) ? "listed" : "unlisted");
      count(`${p}   shared, the roles: ${[...new Set(kinds)].sort().join(" ") || "none"}; the employer: ${String(node.get(ok)!.label).split(/\s+/).length} word(s), ${ORG_HEADS.has(last) ? "an organisation head last" : /^[A-Z]{2,}$/.test(last) ? "an acronym" : "unmarked"}; other employers of anyone in the graph: ${(inEdges.get(ok) ?? []).filter((e) => e.type === "WORKS_FOR").length}`);
    }
    const roleRules = (outEdges.get(sk) ?? []).filter((e) => e.type === "HOLDS_ROLE").flatMap((e) => [].concat(graph.edges.find((x) => x.source === sk && x.target === e.to && x.attributes.type === "HOLDS_ROLE")?.attributes.rule ?? []));
    count(`${p}   the person's roles made by: ${[...new Set(roleRules)].sort().join(" ") || "none"}`);
  } else if (rel === "REPRESENTS") {
    count(`${p}   the lawyer represents ${mine.length ? "someone else" : "no one"}; holds ${(outEdges.get(sk) ?? []).some((e) => e.type === "HOLDS_ROLE") ? "a role" : "no role"}`);
    if ((inEdges.get(ok) ?? []).some((e) => e.type === rel)) count(`${p}   the client has another lawyer`);
    for (const k of shared) count(`${p}   in a shared sentence: ${link(k, sk, ok)}`);
    for (const k of shared) count(`${p}   in a shared sentence, the gap's words: ${gapClasses(k, sk, ok)}`);
    if (!mine.length) {
      const art = node.get((mentions.get(sk) ?? [])[0]?.sentence ?? "")?.article;
      const inArt = (x: string) => (mentions.get(x) ?? []).some((m) => node.get(m.sentence)!.article === art);
      const lawyersHere = graph.nodes.filter((x) => inArt(x.key) && (outEdges.get(x.key) ?? []).some((e) => e.type === "HOLDS_ROLE" && roleInfo(String(node.get(e.to)!.label))?.legal === "lawyer")).length;
      const accused = graph.nodes.filter((x) => x.attributes.type === "Person" && inArt(x.key) && (outEdges.get(x.key) ?? []).some((e) => e.type === "DEFENDANT_IN" || e.type === "CHARGED_WITH")).length;
      const legal = [...new Set((outEdges.get(sk) ?? []).filter((e) => e.type === "HOLDS_ROLE").map((e) => roleInfo(String(node.get(e.to)!.label))?.legal ?? "unlisted"))].sort().join(" ");
      count(`${p}   the lonely lawyer: roles ${legal || "none"}; lawyers in the article ${lawyersHere >= 3 ? "3+" : lawyersHere}; defendants in the article ${accused >= 2 ? "2+" : accused}; the client ${(outEdges.get(ok) ?? []).some((e) => e.type === "DEFENDANT_IN" || e.type === "CHARGED_WITH") ? "accused in the graph" : "not accused in the graph"}`);
    }
    const cues = new Set<string>();
    for (const m of mentions.get(sk) ?? []) for (const [cue, re] of CUES) if (re.test(String(node.get(m.sentence)!.text))) cues.add(cue);
    count(`${p}   the lawyer's sentences say: ${[...cues].sort().join(", ") || "no cue"}`);
    for (const m of mentions.get(sk) ?? []) {
      const st = node.get(m.sentence)!, t = String(st.text);
      const c = /\b(his|her|their) (clients?)\b/i.exec(t);
      if (!c) continue;
      const lawyerFirst = m.start - st.start < c.index;
      const between = lawyerFirst ? t.slice(m.end - st.start, c.index) : t.slice(c.index, m.start - st.start);
      const n = between.trim().split(/\s+/).filter(Boolean).length;
      const after = t.slice(c.index + c[0].length).trim();
      count(`${p}   "${c[1]!.toLowerCase() === "their" ? "their" : "his/her"} ${c[2]!.toLowerCase()}": the lawyer ${lawyerFirst ? "before" : "after"} it, ${n <= 3 ? "1-3" : n <= 8 ? "4-8" : "9+"} words apart${/,/.test(between) ? ", a comma between" : ""}${/\b(?:said|says|told|argued|added|submitted|insisted)\b/i.test(between) ? ", a verb of saying between" : ""}; after it: ${/^\p{Lu}/u.test(after) ? "a capitalised word" : /^[,.;:]/.test(after) ? "punctuation" : "a lower-case word"}; the lawyer's role ${(outEdges.get(sk) ?? []).some((e) => e.type === "HOLDS_ROLE") ? "held" : "none"}; defendants the article names before: ${accusedBefore(st.article, Number(st.index))}; the word before it: ${((w) => /^that$/i.test(w) ? "that" : /^(?:said|says|told|argued|added|submitted|insisted|maintained|stressed|contended)$/i.test(w) ? "a verb of saying" : /^(?:court|jury|reporters|journalists|media|magistrate|judge|bench)$/i.test(w) ? "the one told" : /,$/.test(w) ? "a comma" : "another word")(t.slice(0, c.index).trim().split(/\s+/).pop() ?? "")}; the lawyer's legal roles: ${[...new Set((outEdges.get(sk) ?? []).filter((e) => e.type === "HOLDS_ROLE").map((e) => roleInfo(String(node.get(e.to)!.label))?.legal ?? "none"))].join(" ")}`);
    }
    count(`${p}   the client: ${goldById.get(o)!.type}, ${(mentions.get(ok) ?? []).length >= 4 ? "4+" : (mentions.get(ok) ?? []).length} mentions, ${(outEdges.get(ok) ?? []).some((e) => e.type === "DEFENDANT_IN") ? "a defendant" : "no defendant"}`);
    const goldOf = (x: string) => [...new Set(goldFacts.flatMap(([a, r, b]) => (a === x ? [r!] : b === x ? [`<${r}`] : [])))].filter((r) => r !== "REPRESENTS" && r !== "<REPRESENTS" && r !== "MENTIONED_IN").sort();
    count(`${p}   the client's other gold ties: ${goldOf(o).join(" ") || "none"}`);
    for (const m of mentions.get(sk) ?? []) {
      const t = String(node.get(m.sentence)!.text);
      const after = /\b(?:appear(?:ing|ed|s)?|acting|represent(?:ing|ed|s)?|counsel) (?:for|on behalf of)?\s*(\S+(?:\s+\S+)?)/i.exec(t.slice(m.end - node.get(m.sentence)!.start));
      const plural = after && /^the (?:\w+ )?(\w+s)\b/i.exec(after[1]! + " " + t.slice(m.end - node.get(m.sentence)!.start).split(/\s+/).slice(4, 6).join(" "));
      if (plural) {
        const one = plural[1]!.toLowerCase().replace(/ies$/, "y").replace(/s$/, "");
        const cs = inText(goldById.get(o)!.names).map((x) => x.words);
        const noun = plural[1]!.toLowerCase();
        count(`${p}   the plural's noun in the client's sentences: ${cs.some((w) => w.includes(` ${noun} `)) ? "the plural" : cs.some((w) => w.includes(` ${one} `)) ? "the singular" : cs.some((w) => w.includes(` ${one.slice(0, 5)}`)) ? "a word of its stem" : "neither"}; ${cs.length} sentence(s); the plural's noun in the headline or lede: ${sentences.filter((x) => x.a.index < 3).some((x) => x.words.includes(` ${one.slice(0, 5)}`)) ? "yes" : "no"}; in the article ${sentences.filter((x) => x.words.includes(` ${one.slice(0, 5)}`)).length} time(s)`);
        for (const w of cs.filter((w) => w.includes(` ${noun} `)).slice(0, 1)) count(`${p}   the client beside the plural: ${textLink(w, goldById.get(o)!.names, new Set([noun]))}; names in that sentence ${graph.nodes.filter((n) => ["Person", "Organization", "Studio"].includes(n.attributes.type) && (mentions.get(n.key) ?? []).some((mm) => sentences.find((x) => x.key === mm.sentence)?.words === w)).length}`);
        const rest = t.slice(m.end - node.get(m.sentence)!.start);
        const gapV = /^(.*?)\b(?:appear|act|represent|counsel)/i.exec(rest)?.[1] ?? "";
        const afterP = new RegExp(`\\b${noun}\\b\\s*(\\S*)`, "i").exec(rest)?.[1] ?? "";
        count(`${p}   around the plural: lawyer to verb: ${gapV.trim() === "," ? "a comma" : /^\s*(?:kc|qc|sc|san|bl)\s*,\s*$/i.test(gapV) ? "a postnominal, a comma" : /\bwho\b/i.test(gapV) ? "who" : /\band\b/i.test(gapV) ? "and (another lawyer)" : !gapV.trim() ? "nothing" : "other"}; after the plural: ${/^[,.;]/.test(afterP) ? "punctuation" : /^(?:said|told)/i.test(afterP) ? "said/told" : /^(?:and|at|in|before|who|argued|submitted|with)$/i.test(afterP) ? "a word the code takes" : /^[a-z]/.test(afterP) ? "another lower-case word" : /^\p{Lu}/u.test(afterP) ? "a capitalised word" : "nothing"}`);
        count(`${p}   the plural: ${ROLE_FORMS.longest([{ lower: one } as never], 0) ? "a listed role" : /^(?:compan|firm|corporation|business)/.test(one) ? "companies" : ORG_HEADS.has(one[0]!.toUpperCase() + one.slice(1)) ? "an organisation head" : /^(?:respondent|applicant|appellant|petitioner|defendant|accused|complainant|plaintiff|claimant)/.test(one) ? "a party" : "other"}; ${goldFacts.some(([a, r, b]) => a === o && r === "HOLDS_ROLE" && [...(goldById.get(b!)?.names ?? [])].some((n) => n.includes(one.slice(0, -1)))) ? "a gold role of the client holds it" : [...goldById.get(o)!.names].some((n) => n.includes(one.slice(0, -1))) ? "the client's name holds it" : "not in the client's name or role"}, ${one.length <= 4 ? "short" : /(?:er|or|ist|ant|ent|ian)$/.test(one) ? "agentive" : "not agentive"}; the verb ${/,\s*(?:who\s+(?:is|was)\s+)?(?:appear|act)\w*\s+(?:for|on)/i.test(t) ? "after a comma" : /^(?:appear|act)/i.test(t.trim()) ? "opens the sentence" : /\((?:appear|act)/i.test(t) ? "in brackets" : "a main verb"}`);
      }
      if (after) count(`${p}   after the lawyer's verb: ${/^the (?:accused|defendant|petitioner|applicant|appellant|convict)\b/i.test(after[1]!) ? "the party word of a defendant" : /^the (?:state|prosecution|crown|republic|government|people)\b/i.test(after[1]!) ? "the state" : /^the (?:complainant|respondent|victim|family|deceased|plaintiff|claimant)/i.test(after[1]!) ? "the complainant/respondent/victim/family" : /^(?:him|her|them|his|their)\b/i.test(after[1]!) ? "a pronoun" : /^the (?:petitioner|applicant|appellant|accused|defendant|respondent|complainant)s\b/i.test(after[1]!) ? "the plural of a party word" : /^the \p{Lu}/u.test(after[1]!) ? "the + a capitalised word" : /^the (?:defen[cs]e)\b/i.test(after[1]!) ? "the defence" : /^the (?:famil|relative|parent|widow|victim|deceased)/i.test(after[1]!) ? "the family" : /^the (?:company|bank|firm|council|board|commission|authority|university|union|club|ministry|department|hospital|regulator|insurer|tribunal|centre|corporation|airline|group|agency|municipality|city|county)\b/i.test(after[1]!) ? "the + an organisation noun" : /^the (?:two|three|four|five|six|\d+)\b/i.test(after[1]!) ? "the + a number" : /^the \S+s\b/i.test(after[1]!) ? "the + another plural" : /^the\b/i.test(after[1]!) ? "the + another lower-case word" : /^\p{Lu}/u.test(after[1]!) ? "a capitalised word" : "another word"}`);
    }
  } else if (rel === "RELATED_TO") {
    count(`${p}   the subject is related to ${mine.length ? "someone else" : "no one"}`);
    for (const k of shared) count(`${p}   in a shared sentence: ${link(k, sk, ok)}`);
    const kin = new Set<string>();
    for (const m of [...(mentions.get(sk) ?? []), ...(mentions.get(ok) ?? [])]) for (const w of String(node.get(m.sentence)!.text).toLowerCase().match(/\b(?:wife|husband|son|daughter|mother|father|brother|sister|uncle|aunt|cousin|nephew|niece|grandson|granddaughter|grandmother|grandfather|partner|fianc[eé]e?|girlfriend|boyfriend|widow|widower|stepfather|stepmother|stepson|stepdaughter|parents|children|siblings?|family|relative|in-law)s?\b/g) ?? []) kin.add(w.replace(/s$/, ""));
    count(`${p}   kin words in their sentences: ${kin.size ? [...kin].sort().join(" ") : "none"}`);
  } else if (rel === "ALLEGED_VICTIM") {
    count(`${p}   the charge has ${mine.length ? "another victim" : "no victim"}`);
  }
}

/** The shape of a false entity: words, case, suffix, a place head, where it stands in its first sentence. */
const ORG_END = /\b(?:ltd|limited|inc|plc|corp|corporation|llp|llc|pty|bhd|group|company|co|bank|authority|council|commission|police|service|agency|ministry|department|university|board|association|union|trust|foundation|party)$/;
const PLACE_END = /\b(?:port|europort|terminal|interchange|airport|station|road|street|avenue|lane|bridge|estate|park|square|harbour|harbor|mall|centre|center|hotel|prison|hospital|house|village|county|district|city|town|province|state|island)$/;
const PREP = new Set(["in", "at", "from", "to", "of", "near", "on", "into", "outside", "inside", "by", "for", "with", "against", "via", "between"]);
const goldNameType = new Map<string, string>();
for (const g of goldById.values()) for (const n of g.names) goldNameType.set(n, g.type);
for (const line of section("entityFP")) {
  const m = /^(\w+) "(.*)"$/.exec(line);
  if (!m || !["Person", "Organization", "Role"].includes(m[1]!)) continue;
  const [, type, label] = m as unknown as [string, string, string];
  const p = `false ${type}`;
  count(p);
  const l = norm(label), words = label.split(/\s+/);
  const k = graph.nodes.find((n) => n.attributes.type === type && n.attributes.label === label)?.key;
  const ms = k ? mentions.get(k) ?? [] : [];
  count(`  ${p}: ${words.length === 1 ? "one word" : words.length === 2 ? "two words" : "three words or more"}; ${ms.length > 1 ? "mentioned more than once" : "mentioned once"}`);
  const other = goldNameType.get(l);
  if (other) {
    count(`  ${p}: a gold name of type ${other}`);
    count(`  ${p}:   (that one) ${words.length} word(s)${ORG_END.test(l) ? ", an organisation word" : ""}${/^[A-Z0-9]+$/.test(label) ? ", an acronym" : ""}${label.includes("&") ? ", an ampersand" : ""}`);
    for (const m of ms) {
      const st = node.get(m.sentence)!, t = String(st.text);
      const prev = t.slice(0, m.start - st.start).trim().split(/\s+/).pop()?.toLowerCase() ?? "";
      const next = t.slice(m.end - st.start).trim().split(/\s+/)[0] ?? "";
      count(`  ${p}:   (that one) a mention after ${!prev ? "nothing" : PREP.has(prev) ? `"${prev}"` : /^(?:the|a|an)$/.test(prev) ? "an article" : /,$/.test(prev) ? "a comma" : /^[a-z]/.test(prev) ? "a lower-case word" : "a capitalised word"}, before ${/^(?:'s|’s)/.test(next) || /^['’]/.test(t.slice(m.end - st.start)) ? "'s" : /^[,.;:]/.test(next) || !next ? "punctuation" : /^(?:said|says|told|announced|confirmed|denied|has|had|is|was|will|would)\b/.test(next) ? "a verb of report/aux" : /^[a-z]/.test(next) ? "another lower-case word" : "a capitalised word"}`);
    }
  }
  else if ([...goldNameType.keys()].some((g) => g.length > 2 && (l.includes(g)))) count(`  ${p}: holds a gold name (${[...goldNameType].find(([g]) => g.length > 2 && l.includes(g))![1]})`);
  else if ([...goldNameType.keys()].some((g) => l.length > 2 && g.includes(l))) count(`  ${p}: part of a gold name`);
  else count(`  ${p}: unrelated to any gold name`);
  if (/^[A-Z0-9 .&'-]+$/.test(label) && /[A-Z]{2}/.test(label)) count(`  ${p}: all capitals${words.length === 1 ? (/[AEIOUY]/.test(label.slice(1)) && !/[B-DF-HJ-NP-TV-Z]{3}/.test(label) ? ", one word read aloud" : ", one word spelled out") : ", several words"}`);
  if (ORG_END.test(l)) count(`  ${p}: ends in an organisation word`);
  if (PLACE_END.test(l)) count(`  ${p}: ends in a place word`);
  if (words.some((w) => /^[a-z]/.test(w))) count(`  ${p}: has a lower-case word`);
  if (type === "Person") {
    const shape = words.map((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w) ? "Xx" : /^\p{Lu}+\.?$/u.test(w) ? "X" : /\d/.test(w) ? "9" : /^\p{Ll}/u.test(w) ? "x" : "?").join(" ");
    count(`  ${p}: shape ${shape}${words.length > 1 && PLACE_END.test(l) ? ", a place word last" : ""}${/^(?:the|a|an) /i.test(label) ? ", an article first" : ""}`);
    const rels = k ? [...new Set([...(outEdges.get(k) ?? []).map((e) => e.type), ...(inEdges.get(k) ?? []).map((e) => `<${e.type}`)])].sort() : [];
    count(`  ${p}: carries ${rels.join(" ") || "no relation"}`);
  }
  const first = ms[0];
  const s = first && node.get(first.sentence);
  if (!s) continue;
  const before = String(s.text).slice(0, first.start - s.start).trim().split(/\s+/).filter(Boolean);
  const after = String(s.text).slice(first.end - s.start).trim();
  const prev = before.pop()?.toLowerCase() ?? "";
  count(`  ${p}: first mention ${!prev ? "starts its sentence" : PREP.has(prev) ? "follows a preposition" : prev === "the" ? "follows 'the'" : /[,(]$/.test(prev) ? "follows a comma" : /^[a-z]/.test(prev) ? "follows another lower-case word" : "follows a capitalised word"}`);
  count(`  ${p}: followed by ${/^[,)]/.test(after) ? "a comma" : /^'s\b|^’s\b/.test(after) ? "'s" : /^[.;:!?]|^$/.test(after) ? "the sentence's end" : /^[a-z]/.test(after) ? "a lower-case word" : "a capitalised word"}`);
}

/** Missed Organizations: how each is lost, and what holds its name: a node of another type over it, or the words around it. */
for (const line of section("entityFN")) {
  const [type, id] = line.split(/\s+/);
  if (type !== "Organization" || !goldById.has(id!)) continue;
  const p = "missed Organization";
  count(p);
  lost(id!, `  ${p}`);
  const g = goldById.get(id!)!;
  const over = graph.nodes.find((n) => !["Sentence", "Article"].includes(n.attributes.type) && [...namesOf(n.key)].some((x) => [...g.names].some((y) => y.length > 2 && x !== y && x.includes(y))));
  count(`  ${p}: ${over ? `inside the name of a ${over.attributes.type} node` : "inside no node's name"}`);
  for (const st of inText(g.names).slice(0, 3)) {
    const t = String(st.a.text), name = [...g.names].find((y) => st.words.includes(` ${y} `))!;
    const at = norm(t).split(" ").indexOf(name.split(" ")[0]!);
    const ws = norm(t).split(" "), raw = t.split(/\s+/);
    const prev = ws[at - 1] ?? "";
    const rawAt = t.toLowerCase().indexOf(name.split(" ")[0]!);
    if (rawAt >= 0) {
      const left = t.slice(0, rawAt).trimEnd().split(/\s+/).pop() ?? "", right = t.slice(rawAt).split(/\s+/)[name.split(" ").length] ?? "";
      const capL = /^\p{Lu}/u.test(left) && !/[,.;:]$/.test(left), capR = /^\p{Lu}/u.test(right);
      count(`  ${p}:   ${capL || capR ? `in a longer capitalised phrase (${capL ? "words before" : ""}${capL && capR ? ", " : ""}${capR ? "words after" : ""})` : /^(?:of|for|at)$/i.test(right) ? "followed by of/for/at" : "stands alone"}${/^(?:'s|’s)/.test(t.slice(rawAt + name.length)) ? ", before 's" : ""}`);
    }
    count(`  ${p}:   in text after ${!prev ? "nothing" : PREP.has(prev) ? "a preposition" : /^(?:the|a|an)$/.test(prev) ? "an article" : /^(?:mr|ms|mrs|dr|judge|justice)$/.test(prev) ? "a title" : "another word"}${raw.some((w) => /^\p{Lu}{2,}$/u.test(w)) ? ", capitals in the sentence" : ""}, ${name.split(" ").length} word(s)`);
  }
}

/** False role, employer and lawyer edges: whether their ends are gold entities and what the gold ties them to instead. */
const goldIdsOf = (type: string, label: string) => [...goldById].filter(([, g]) => g.type === type && g.names.has(norm(label))).map(([id]) => id);
for (const line of section("relationFP")) {
  const m = /^(\w+) "(.*)" -([A-Z_]+)-> (\w+) "(.*)"$/.exec(line);
  if (!m || !["HOLDS_ROLE", "WORKS_FOR", "REPRESENTS", "RELATED_TO"].includes(m[3]!)) continue;
  const [, st, sl, rel, ot, ol] = m as unknown as string[];
  const p = `false ${rel}`;
  count(p);
  const ss = goldIdsOf(st!, sl!), os = goldIdsOf(ot!, ol!);
  count(`  ${p}: subject ${ss.length ? "is gold" : "not gold"}, object ${os.length ? "is gold" : "not gold"}`);
  if (ss.length && os.length) {
    const sHas = goldFacts.some(([a, r]) => ss.includes(a!) && r === rel);
    const oHas = goldFacts.some(([a, r, b]) => os.includes(b!) && r === rel && !ss.includes(a!));
    count(`  ${p}: gold gives the subject ${sHas ? "another" : "no"} ${rel} and the object ${oHas ? "to another" : "to no other"}`);
  }
  const sk = graph.nodes.find((n) => n.attributes.type === st && n.attributes.label === sl)?.key, ok = graph.nodes.find((n) => n.attributes.type === ot && n.attributes.label === ol)?.key;
  const edge = graph.edges.find((e) => e.source === sk && e.target === ok && e.attributes.type === rel);
  if (!edge) continue;
  count(`  ${p}: by ${[].concat(edge.attributes.rule ?? "no rule").join("+")}`);
  if (rel === "HOLDS_ROLE" || rel === "WORKS_FOR") falseRoleShape(p, sk!, ok!, ss, os, rel, edge.attributes.evidence ?? []);
  if (rel === "WORKS_FOR" && ot === "Court") falseCourtEmployer(p, ss, os);
}

/** A false judge-to-court edge: whether the gold has the subject preside, over a trial held at that court or another,
 * and what role the gold gives the subject (a judge's word, another, none). */
function falseCourtEmployer(p: string, ss: string[], os: string[]) {
  const presided = goldFacts.filter(([a, r]) => ss.includes(a!) && r === "PRESIDED_OVER").map(([, , t]) => t!);
  const held = goldFacts.filter(([a, r]) => presided.includes(a!) && r === "HELD_AT").map(([, , c]) => c!);
  count(`  ${p}:   court: gold subject presides ${!presided.length ? "over no trial" : held.some((c) => os.includes(c)) ? "over a trial held there" : held.length ? "over a trial held at another court" : "over a trial held nowhere told"}`);
  const roles = goldFacts.filter(([a, r]) => ss.includes(a!) && r === "HOLDS_ROLE").map(([, , b]) => [...(goldById.get(b!)?.names ?? [])].join(" "));
  count(`  ${p}:   court: gold subject's role ${!roles.length ? "none" : roles.some((x) => /judge|justice|magistrate|recorder|sheriff|coroner/.test(x)) ? "a judge's word" : "another"}`);
  const ruled = goldFacts.some(([a, r]) => os.includes(a!) && r === "RULED"), holds = goldFacts.some(([, r, c]) => r === "HELD_AT" && os.includes(c!));
  count(`  ${p}:   court: gold court ${ruled ? "rules a verdict" : "rules none"}, ${holds ? "holds a trial" : "holds none"}`);
}

/** How a false role or employer edge is made: the role is another person's (gold gives it to someone named in the
 * same sentence), a past or planned post (a cue word between the two), a description of a victim (the subject is a
 * gold victim or the sentence tells a death or an attack), and how far apart the two stand. */
function falseRoleShape(p: string, sk: string, ok: string, ss: string[], os: string[], rel: string, evidence: string[]) {
  const victims = new Set(goldFacts.filter(([, r]) => r === "ALLEGED_VICTIM").map(([, , b]) => b));
  if (ss.some((x) => victims.has(x))) count(`  ${p}:   the subject is a gold victim`);
  for (const key of evidence.slice(0, 1)) {
    const sent = node.get(key);
    if (!sent) continue;
    const t = String(sent.text);
    const others = os.length ? goldFacts.filter(([a, r, b]) => r === rel && os.includes(b!) && !ss.includes(a!)).map(([a]) => a!) : [];
    const named = others.filter((a) => inText(goldById.get(a)?.names ?? new Set()).some((x) => x.key === key));
    count(`  ${p}:   ${named.length ? "gold gives the object to another person named in the sentence" : others.length ? "gold gives the object to another person, not in the sentence" : "gold gives the object to no one else"}`);
    const ms = mentions.get(sk)?.filter((m) => m.sentence === key) ?? [], mo = mentions.get(ok)?.filter((m) => m.sentence === key) ?? [];
    if (!ms.length || !mo.length) { count(`  ${p}:   an end is not mentioned in its evidence sentence`); continue; }
    const a = ms[0]!, b = mo[0]!;
    const [x, y] = a.start < b.start ? [a, b] : [b, a];
    const gap = t.slice(x.end - sent.start, y.start - sent.start), before = t.slice(Math.max(0, x.start - sent.start - 30), x.start - sent.start);
    const cue = /(?:former|ex-|then|previous(?:ly)?|once|later|until|retired|late)/i.test(gap + " " + before) ? "a past cue"
      : /(?:will|would|to become|to be|named|nominated|appointed|incoming|designate|elect|succeed|replace|next|new)/i.test(gap + " " + before) ? "a planned or new post cue"
      : /(?:killed|died|murdered|shot|stabbed|victim|body|death|attacked|assaulted|injured|abducted|raped)/i.test(t) ? "a death or attack in the sentence" : "no cue";
    if (rel === "HOLDS_ROLE") {
      // (closed classes only: the verb between, the determiner before the role, what the role's word is)
      const lg = ` ${gap.toLowerCase().replace(/[^a-z' ]+/g, " ")} `, pre = t.slice(0, b.start - sent.start).toLowerCase().trim().split(/\s+/).pop() ?? "";
      count(`  ${p}:   between: ${/ (?:is|was|were|are|became|becomes|remains|remained) /.test(lg) ? "a copula" : / (?:as) /.test(lg) ? "'as'" : / (?:who|whose) /.test(lg) ? "a relative pronoun" : "no verb word"}${/ (?:not|never|no) /.test(lg) ? ", a negation" : ""}; the word before the role: ${/^(?:a|an|the)$/.test(pre) ? pre : /^(?:his|her|their|its)$/.test(pre) ? "a possessive" : /^[a-z]+'s$/.test(pre) ? "a noun's possessive" : pre === "," ? "a comma" : "another"}`);
      const label = String(node.get(ok)?.label ?? "");
      const info = roleInfo(label);
      count(`  ${p}:   the role: ${info?.legal ? "legal" : PERSON_NOUNS.has(label.split(" ").pop() ?? "") ? "a person noun" : info ? "listed" : "unlisted"}, ${label.split(" ").length} word(s)`);
    }
    count(`  ${p}:   ${a.start < b.start ? "subject first" : "object first"}, ${gap.trim().split(/\s+/).filter(Boolean).length} words apart, ${cue}${/\b(?:his|her|their)\b/i.test(gap) ? ", a possessive pronoun between" : ""}${(gap.match(/,/g) ?? []).length >= 2 ? ", 2+ commas between" : ""}`);
  }
}
console.log(`${dir}:`);
for (const [k, n] of [...tally].sort((a, b) => (a[0] < b[0] ? -1 : 1))) console.log(`${String(n).padStart(4)}  ${k}`);

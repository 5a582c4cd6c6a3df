// Hostile graph files: what a fuzz run handed to the readers (query, path, neighbours, export, the
// viewer). Each case is the bytes of a file and whether the reader must accept it; a rejected file
// must give one line naming the file and the first problem, exit 2, never a stack trace.
import { trialGraph } from "../fixtures/trial-graph.ts";
import { random, type Random } from "../bench/corpus.ts";

export interface GraphCase {
  family: string;
  name: string;
  bytes: Uint8Array;
  /** Must the reader accept it? */
  valid: boolean;
  /** For a rejected file: what the one-line message must mention. */
  problem?: RegExp;
}

const enc = new TextEncoder();
type Data = { attributes: Record<string, unknown>; options: Record<string, unknown>; nodes: { key: string; attributes: Record<string, unknown> }[]; edges: { key: string; source: string; target: string; attributes: Record<string, unknown>; undirected?: boolean }[] };
const base = (): Data => JSON.parse(JSON.stringify(trialGraph().export()));

/** JSON text of a value nested `depth` levels deep (JSON.stringify itself would overflow the stack). */
function deepText(depth: number): string {
  let open = "", close = "";
  for (let i = 0; i < depth; i++) { open += i % 2 ? "[" : '{"v":'; close = (i % 2 ? "]" : "}") + close; }
  return `${open}"bottom"${close}`;
}
const DEEP = "\u0000deep\u0000";
const withDeep = (d: Data, depth: number) => JSON.stringify(d).replace(JSON.stringify(DEEP), deepText(depth));

/** A relation between two people of the fixture, as a template for odd edges. */
function relation(d: Data, key: string, source: string, target: string): Data["edges"][number] {
  const sentence = d.nodes.find((n) => n.attributes.type === "Sentence")!.key;
  return { key, source, target, attributes: { type: "ACCUSED", evidence: [sentence], confidence: 0.5 } };
}

export function hostileGraphs(seed = 1): GraphCase[] {
  const rnd: Random = random(seed);
  const cases: GraphCase[] = [];
  const add = (family: string, name: string, content: string | Uint8Array | Data, valid: boolean, problem?: RegExp) =>
    cases.push({ family, name, valid, problem, bytes: content instanceof Uint8Array ? content : enc.encode(typeof content === "string" ? content : JSON.stringify(content)) });
  const edit = (f: (d: Data) => void): Data => { const d = base(); f(d); return d; };
  const people = base().nodes.filter((n) => n.attributes.type === "Person").map((n) => n.key);
  const [p1, p2] = [people[0]!, people[1]!];

  add("good", "good.json", base(), true);
  add("good", "bom.json", `\ufeff${JSON.stringify(base())}`, true);
  add("good", "pretty.json", JSON.stringify(base(), null, 2), true);
  add("good", "edges-first.json", (() => { const d = base(); return `{"edges":${JSON.stringify(d.edges)},"nodes":${JSON.stringify(d.nodes)},"attributes":{},"options":${JSON.stringify(d.options)}}`; })(), true);
  add("good", "self-loop-allowed.json", edit((d) => { d.options.allowSelfLoops = true; d.edges.push(relation(d, "loop", p1, p1)); }), true);
  add("good", "unicode-keys.json", edit((d) => { d.edges.push(relation(d, "e\u2028\u{1F600}\"<&>", p1, p2)); }), true);

  add("not JSON", "empty.json", "", false, /cut short|not JSON/);
  add("not JSON", "garbage.json", "{ nodes: [", false, /not JSON/);
  add("not JSON", "truncated.json", JSON.stringify(base()).slice(0, 500), false, /cut short/);
  add("not JSON", "trailing.json", `${JSON.stringify(base())} {"more": 1}`, false, /more text after/);
  add("not JSON", "trailing-comma.json", JSON.stringify(base()).replace(/\]\}$/, ",]}"), false, /not JSON/);
  add("not JSON", "binary.json", Uint8Array.from({ length: 2048 }, () => Math.floor(rnd() * 256)), false, /not JSON|not a casegraph graph|not UTF-8/);
  add("not JSON", "latin1.json", Uint8Array.from([...enc.encode('{"options":{"type":"directed","multi":true,"allowSelfLoops":false},"attributes":{},"nodes":[{"key":"'), 0xe9, ...enc.encode('","attributes":{"type":"Person","label":"x","aliases":[]}}],"edges":[]}')]), false, /UTF-8|not JSON/);
  add("not JSON", "xml.graphml", '<?xml version="1.0"?><graphml/>', false, /not a casegraph graph|not JSON/);
  add("wrong shape", "array.json", "[1, 2, 3]", false, /not a JSON object/);
  add("wrong shape", "null.json", "null", false, /not a JSON object/);
  add("wrong shape", "number.json", "42", false, /not a JSON object/);
  add("wrong shape", "no-nodes.json", '{"options":{"type":"directed","multi":true,"allowSelfLoops":false},"attributes":{},"edges":[]}', false, /no "nodes"/);
  add("wrong shape", "no-options.json", '{"attributes":{},"nodes":[],"edges":[]}', false, /no "options"/);
  add("wrong shape", "nodes-object.json", '{"options":{"type":"directed","multi":true,"allowSelfLoops":false},"attributes":{},"nodes":{"a":1},"edges":[]}', false, /"nodes" is not a list/);
  add("wrong shape", "undirected.json", edit((d) => { d.options.type = "undirected"; }), false, /options/);
  add("wrong shape", "two-options.json", `{"options":{"type":"directed","multi":true,"allowSelfLoops":false},${JSON.stringify(base()).slice(1)}`, false, /options" appears twice/);

  add("invariants", "duplicate-node.json", edit((d) => { d.nodes.push(d.nodes.find((n) => n.key === p1)!); }), false, /node key .* appears twice/);
  add("invariants", "duplicate-edge.json", edit((d) => { d.edges.push(d.edges[d.edges.length - 1]!); }), false, /edge key .* appears twice/);
  add("invariants", "self-loop.json", edit((d) => { d.edges.push(relation(d, "loop", p1, p1)); }), false, /to itself.*allowSelfLoops/);
  add("invariants", "missing-end.json", edit((d) => { d.edges.push(relation(d, "ghost", p1, "person:ghost")); }), false, /"person:ghost" is not a node/);
  add("invariants", "undirected-edge.json", edit((d) => { d.edges.push({ ...relation(d, "u", p1, p2), undirected: true }); }), false, /undirected edge/);
  add("invariants", "deep-attribute.json", withDeep(edit((d) => { d.nodes[0]!.attributes.extra = DEEP; }), 100_000), false, /nest deeper than/);
  add("invariants", "deep-edge-attribute.json", withDeep(edit((d) => { d.edges[0]!.attributes.extra = DEEP; }), 40), false, /nest deeper than/);
  add("invariants", "deep-graph-attribute.json", withDeep(edit((d) => { d.attributes.extra = DEEP; }), 5_000), false, /nest deeper than/);
  add("contract", "bad-outcome.json", edit((d) => { d.nodes.find((n) => n.attributes.type === "Verdict")!.attributes.outcome = "acquitted-ish"; }), false, /outcome/);
  add("contract", "bad-surface.json", edit((d) => { d.edges.find((e) => e.attributes.type === "MENTIONED_IN")!.attributes.surface = "nobody"; }), false, /surface/);
  add("contract", "infinite.json", JSON.stringify(base()).replace(/"confidence":[0-9.]+/, '"confidence":1e999'), false, /confidence/);
  add("contract", "wrong-ends.json", edit((d) => { d.edges.push({ ...relation(d, "w", p1, p2), attributes: { ...relation(d, "w", p1, p2).attributes, type: "RESULTED_IN" } }); }), false, /cannot join/);

  add("odd values", "proto-keys.json", edit((d) => {
    d.nodes.push({ key: "__proto__", attributes: { type: "Person", label: "constructor", aliases: ["__proto__", "toString"], __proto__x: 1 } });
    const m = d.edges.find((e) => e.attributes.type === "MENTIONED_IN")!;
    d.edges.push({ ...m, key: "proto-mention", source: "__proto__" });
  }), true);
  add("odd values", "xml-invalid-keys.json", edit((d) => {
    for (const c of ["\u0001", "\u0002", "\ufffe", "\ud800"]) {
      d.nodes.push({ key: `person:a${c}`, attributes: { type: "Person", label: `A${c}`, aliases: [], [`note${c}`]: c } });
      const m = d.edges.find((e) => e.attributes.type === "MENTIONED_IN")!;
      d.edges.push({ ...m, key: `mention${c}`, source: `person:a${c}` });
    }
  }), true);
  add("odd values", "long-label.json", edit((d) => { d.nodes.find((n) => n.key === p1)!.attributes.label = "L".repeat(5_000_000); }), true);
  add("odd values", "many-aliases.json", edit((d) => { d.nodes.find((n) => n.key === p1)!.attributes.aliases = Array.from({ length: 100_000 }, (_, i) => `alias ${i}`); }), true);
  add("odd values", "wide-attributes.json", edit((d) => { for (let i = 0; i < 10_000; i++) d.nodes[0]!.attributes[`a${i}`] = i; }), true);
  return cases;
}

/**
 * The fixture and a crowd of people who testified at its first trial and accuse one another at
 * random: wildcard patterns of many hops through them have exponentially many paths.
 */
export function denseGraph(people = 60, seed = 1): Data {
  const rnd = random(seed);
  const d = base();
  const sentence = d.nodes.find((n) => n.attributes.type === "Sentence")!;
  const article = d.nodes.find((n) => n.key === sentence.attributes.article)!;
  const text = String(article.attributes.text);
  const s0 = Number(sentence.attributes.start);
  const word = /\S+/.exec(text.slice(s0))!;
  for (let i = 0; i < people; i++) {
    const key = `person:dense-${i}`;
    d.nodes.push({ key, attributes: { type: "Person", label: `Dense ${i}`, aliases: [] } });
    d.edges.push({ key: `${key}>m`, source: key, target: sentence.key, attributes: { type: "MENTIONED_IN", start: s0 + word.index, end: s0 + word.index + word[0].length, surface: word[0] } });
  }
  const testified = (key: string) => ({ ...relation(d, `${key}>testified`, key, "Trial:brayne-1"), attributes: { ...relation(d, "", key, "").attributes, type: "TESTIFIED_IN" } });
  for (let i = 0; i < people; i++) d.edges.push(testified(`person:dense-${i}`));
  for (let i = 0; i < people * 4; i++) {
    const a = Math.floor(rnd() * people), b = Math.floor(rnd() * people);
    if (a !== b) d.edges.push(relation(d, `dense-${i}`, `person:dense-${a}`, `person:dense-${b}`));
  }
  return d;
}

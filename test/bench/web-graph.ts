// A generated graph that follows the contract, for the viewer benchmark: `nodes` nodes and about `edges` edges.
// Sentences list entity names, so every mention's offsets index the article text exactly.
import Graph from "graphology";
import { RELATION_ENDS, RELATION_TYPES, OUTCOMES, type EntityType } from "../../src/schema.ts";
import { assignLayout } from "../../src/layout/index.ts";

const KINDS: EntityType[] = ["Person", "Person", "Person", "Role", "Court", "Charge", "Charge", "Trial", "Trial", "Verdict", "Studio", "Film", "Organization", "Place"];

/** A small deterministic generator (mulberry32), so every run measures the same graph. */
function random(seed: number) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateGraph(nodes = 20_000, edges = 100_000): Graph {
  const rnd = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const g = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
  const articles = Math.round(nodes / 100), perArticle = 20;
  const sentences = articles * perArticle;
  const entityCount = nodes - articles - sentences;
  const mentionsPerSentence = Math.max(1, Math.round((edges * 0.45) / sentences));
  const byType = new Map<EntityType, string[]>();
  const entities: { key: string; name: string }[] = [];
  for (let i = 0; i < entityCount; i++) {
    const type = KINDS[i % KINDS.length]!;
    const key = `${type.toLowerCase()}:${i}`, name = `${type} ${i}`;
    entities.push({ key, name });
    byType.set(type, [...(byType.get(type) ?? []), key]);
  }
  const mentions: { entity: string; sentence: string; start: number; end: number; surface: string }[] = [];
  let sentenceKeys: string[] = [];
  for (let a = 0; a < articles; a++) {
    const ak = `article:${a}`;
    const title = `Generated article ${a}`;
    let text = `${title}\n\n`;
    const made: { key: string; start: number; end: number; index: number }[] = [];
    for (let s = 0; s < perArticle; s++) {
      const start = text.length;
      const sk = `${ak}#${s}`;
      const parts: string[] = [];
      for (let m = 0; m < mentionsPerSentence; m++) {
        const e = pick(entities);
        const at = start + parts.join(" and ").length + (parts.length ? 5 : 0);
        parts.push(e.name);
        mentions.push({ entity: e.key, sentence: sk, start: at, end: at + e.name.length, surface: e.name });
      }
      text += `${parts.join(" and ")}.`;
      made.push({ key: sk, start, end: text.length, index: s });
      text += " ";
    }
    g.addNode(ak, { type: "Article", label: title, path: `${a}.txt`, text });
    for (const s of made) {
      g.addNode(s.key, { type: "Sentence", label: `${title} #${s.index + 1}`, article: ak, index: s.index, start: s.start, end: s.end, text: text.slice(s.start, s.end) });
      g.addDirectedEdgeWithKey(`${s.key}>in`, s.key, ak, { type: "IN_ARTICLE" });
    }
    sentenceKeys = sentenceKeys.concat(made.map((s) => s.key));
  }
  for (const e of entities) {
    const type = e.key.split(":")[0]!;
    const attrs: Record<string, unknown> = { type: type[0]!.toUpperCase() + type.slice(1), label: e.name, aliases: [e.name] };
    if (attrs.type === "Verdict") { attrs.outcome = pick(OUTCOMES); delete attrs.aliases; }
    if (attrs.type === "Trial") delete attrs.aliases;
    g.addNode(e.key, attrs);
  }
  for (const m of mentions) g.addDirectedEdgeWithKey(`${m.entity}>${m.sentence}@${m.start}`, m.entity, m.sentence, { type: "MENTIONED_IN", start: m.start, end: m.end, surface: m.surface });
  let n = 0;
  while (g.size < edges) {
    const type = pick(RELATION_TYPES);
    const [from, to] = RELATION_ENDS[type];
    const s = pick(byType.get(pick(from)) ?? []), t = pick(byType.get(pick(to)) ?? []);
    if (!s || !t || s === t) continue;
    g.addDirectedEdgeWithKey(`r${n++}`, s, t, { type, evidence: [pick(sentenceKeys)], confidence: 0.8 });
  }
  return assignLayout(g);
}

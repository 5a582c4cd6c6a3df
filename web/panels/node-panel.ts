// The panel for one node: type, label, aliases, attributes, relations by type with evidence, mentions by article.
import { h } from "./dom.ts";
import { entityLink, sentenceBlock } from "./evidence.ts";
import { labelOf, type ViewContext } from "./context.ts";

const SHOWN_ELSEWHERE = new Set(["type", "label", "aliases", "x", "y", "text"]);
const PROVENANCE = new Set(["MENTIONED_IN", "IN_ARTICLE"]);

export function nodePanel(ctx: ViewContext, key: string): HTMLElement {
  const { graph, index } = ctx;
  const a = graph.getNodeAttributes(key);
  const type = String(a.type);
  const aliases = Array.isArray(a.aliases) ? (a.aliases as unknown[]).map(String) : [];
  const attrs = Object.entries(a).filter(([k]) => !SHOWN_ELSEWHERE.has(k));

  const relations = new Map<string, HTMLElement[]>();
  graph.forEachEdge(key, (edge, e, source, target) => {
    if (PROVENANCE.has(e.type)) return;
    const out = source === key;
    const other = out ? target : source;
    const item = h("li", { className: "relation", "data-edge": edge },
      h("div", { className: "relation-head" },
        h("span", { className: "direction" }, out ? "→" : "←"),
        entityLink(ctx, other),
        h("button", { className: "link-button small", type: "button", title: "Show this relation", onclick: () => ctx.store.dispatch({ type: "select", selection: { kind: "edge", key: edge } }) },
          `confidence ${Number(e.confidence).toFixed(2)}`)),
      ...(e.evidence as string[]).map((s) => sentenceBlock(ctx, s, [source, target])),
    );
    const group = `${out ? "" : "← "}${e.type}`;
    relations.set(group, [...(relations.get(group) ?? []), item]);
  });

  const mentions = new Map<string, HTMLElement[]>();
  graph.forEachOutEdge(key, (_edge, e, _s, sentence) => {
    if (e.type !== "MENTIONED_IN") return;
    const article = String(graph.getNodeAttribute(sentence, "article"));
    mentions.set(article, [...(mentions.get(article) ?? []), sentenceBlock(ctx, sentence, [key], { start: e.start, end: e.end })]);
  });

  const isText = type === "Article" || type === "Sentence";
  return h("article", { className: "panel node-panel", "data-node": key },
    h("header", {},
      h("span", { className: `badge type-${type}` }, type),
      h("h2", {}, String(a.label ?? key))),
    aliases.length ? h("section", {}, h("h3", {}, "Aliases"), h("ul", { className: "aliases" }, aliases.map((x) => h("li", {}, x)))) : null,
    attrs.length ? h("section", {}, h("h3", {}, "Attributes"),
      h("dl", { className: "attributes" }, attrs.flatMap(([k, v]) => [h("dt", {}, k), h("dd", {}, typeof v === "string" ? v : JSON.stringify(v))]))) : null,
    isText ? h("section", {}, h("button", { className: "primary", type: "button", onclick: () => ctx.store.dispatch({ type: "select", selection: { kind: "sentence", key: type === "Sentence" ? key : (index.sentencesOf.get(key)?.[0] ?? key) } }) }, "Read the article")) : null,
    relations.size ? h("section", { className: "relations" }, h("h3", {}, "Relations"),
      [...relations].sort(([x], [y]) => x.localeCompare(y)).map(([group, items]) => h("details", { open: true, className: "group" },
        h("summary", {}, `${group} (${items.length})`), h("ul", {}, items)))) : null,
    mentions.size ? h("section", { className: "mentions" }, h("h3", {}, "Mentions"),
      [...mentions].map(([article, items]) => h("details", { open: true, className: "group" },
        h("summary", {}, `${labelOf(ctx, article)} (${items.length})`), items))) : null,
  );
}

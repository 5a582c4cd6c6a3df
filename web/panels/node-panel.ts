// The panel for one node: type, label, aliases, attributes, relations by type with evidence, mentions by article.
import { h } from "./dom.ts";
import { entityLink, sentenceBlock } from "./evidence.ts";
import { labelOf, type ViewContext } from "./context.ts";
import { opensCase } from "../case/panel.ts";

const SHOWN_ELSEWHERE = new Set(["type", "label", "aliases", "x", "y", "text", "date", "date_evidence", "dates"]);
const KEYS = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

/** The date, the sentences that state it, and every other date the sources give. */
function dateSection(ctx: ViewContext, key: string, a: Record<string, unknown>): HTMLElement | null {
  if (typeof a.date !== "string") return null;
  const others = Array.isArray(a.dates) ? (a.dates as { date: string; evidence: unknown }[]).filter((d) => d.date !== a.date) : [];
  return h("section", { className: "date" }, h("h3", {}, "Date"),
    h("p", { className: "date-value" }, h("time", {}, a.date), others.length ? h("span", { className: "disputed" }, " · the sources disagree") : null),
    KEYS(a.date_evidence).map((s) => sentenceBlock(ctx, s, [key])),
    others.map((d) => h("div", { className: "other-date" }, h("p", {}, "Also dated ", h("time", {}, d.date), " by:"), KEYS(d.evidence).map((s) => sentenceBlock(ctx, s, [key])))));
}
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
        typeof e.relation === "string" ? h("span", { className: "kinship" }, out ? `(${e.relation} of)` : `(${e.relation})`) : null,
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
      h("h2", {}, labelOf(ctx, key))),
    aliases.length ? h("section", {}, h("h3", {}, "Aliases"), h("ul", { className: "aliases" }, aliases.map((x) => h("li", {}, x)))) : null,
    attrs.length ? h("section", {}, h("h3", {}, "Attributes"),
      h("dl", { className: "attributes" }, attrs.flatMap(([k, v]) => [h("dt", {}, k), h("dd", {}, typeof v === "string" ? v : JSON.stringify(v))]))) : null,
    dateSection(ctx, key, a),
    !isText && opensCase(ctx, key) ? h("section", {}, h("button", { className: "primary case-button", type: "button", onclick: () => ctx.store.dispatch({ type: "openCase", key }) }, "Open the case view")) : null,
    isText ? h("section", {}, h("button", { className: "primary", type: "button", onclick: () => ctx.store.dispatch({ type: "select", selection: { kind: "sentence", key: type === "Sentence" ? key : (index.sentencesOf.get(key)?.[0] ?? key) } }) }, "Read the article")) : null,
    relations.size ? h("section", { className: "relations" }, h("h3", {}, "Relations"),
      [...relations].sort(([x], [y]) => x.localeCompare(y)).map(([group, items]) => h("details", { open: true, className: "group" },
        h("summary", {}, `${group} (${items.length})`), h("ul", {}, items)))) : null,
    mentions.size ? h("section", { className: "mentions" }, h("h3", {}, "Mentions"),
      [...mentions].map(([article, items]) => h("details", { open: true, className: "group" },
        h("summary", {}, `${labelOf(ctx, article)} (${items.length})`), items))) : null,
  );
}

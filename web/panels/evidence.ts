// A sentence shown as evidence: its text with chosen mentions marked, its article named, a link to read it.
import { h } from "./dom.ts";
import { highlightText, type Mark } from "./highlight.ts";
import { labelOf, type ViewContext } from "./context.ts";

/**
 * `entities` picks which mentions to mark: a list of entity keys, or "all".
 * `span` marks an extra range in article offsets (a mention edge's own surface).
 */
export function sentenceBlock(ctx: ViewContext, sentence: string, entities: readonly string[] | "all", span?: { start: number; end: number }): HTMLElement {
  const { graph, index, store } = ctx;
  if (!graph.hasNode(sentence)) return h("p", { className: "missing" }, `sentence ${sentence} is not in this graph`);
  const s = graph.getNodeAttributes(sentence);
  const marks: Mark[] = [];
  for (const m of index.mentionsIn.get(sentence) ?? []) {
    if (entities !== "all" && !entities.includes(m.entity)) continue;
    marks.push({ start: m.start - s.start, end: m.end - s.start, className: `mention type-${graph.getNodeAttribute(m.entity, "type")}`, title: labelOf(ctx, m.entity) });
  }
  if (span) marks.push({ start: span.start - s.start, end: span.end - s.start, className: "mention" });
  const open = () => store.dispatch({ type: "select", selection: { kind: "sentence", key: sentence } });
  const title = labelOf(ctx, String(s.article));
  const shortTitle = title.length > 70 ? `${title.slice(0, 68)}…` : title;
  const article = graph.hasNode(s.article) ? graph.getNodeAttributes(s.article) : {};
  const outlet = [article.source, article.published].filter((v) => typeof v === "string" && v).join(", ");
  return h("blockquote", { className: "evidence", "data-sentence": sentence },
    h("p", {}, highlightText(String(s.text), marks)),
    h("button", { className: "source link-button", type: "button", title: `Read “${title}” with every mention marked`, onclick: open },
      `${outlet ? `${outlet} · ` : ""}${shortTitle} · sentence ${Number(s.index) + 1}`),
  );
}

/** A clickable entity name with its type colour. */
export function entityLink(ctx: ViewContext, key: string): HTMLElement {
  const type = ctx.graph.hasNode(key) ? String(ctx.graph.getNodeAttribute(key, "type")) : "?";
  return h("button", { className: `entity-link type-${type}`, type: "button", title: `${type}: open`, "data-node": key, onclick: () => ctx.focusNode(key) },
    h("span", { className: "dot" }), labelOf(ctx, key));
}

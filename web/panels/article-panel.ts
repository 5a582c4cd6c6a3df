// The article reader: the whole text, every mention marked, the chosen sentence emphasised.
import { h } from "./dom.ts";
import { highlightText, type Mark } from "./highlight.ts";
import { labelOf, type ViewContext } from "./context.ts";

export function articlePanel(ctx: ViewContext, sentence: string): HTMLElement {
  const { graph, index } = ctx;
  const articleKey = graph.getNodeAttribute(sentence, "type") === "Article" ? sentence : String(graph.getNodeAttribute(sentence, "article"));
  const article = graph.getNodeAttributes(articleKey);
  const text = String(article.text);
  const body = h("div", { className: "article-text" });
  let at = 0;
  for (const s of index.sentencesOf.get(articleKey) ?? []) {
    const { start, end } = graph.getNodeAttributes(s) as { start: number; end: number };
    if (start > at) body.append(text.slice(at, start));
    const marks: Mark[] = (index.mentionsIn.get(s) ?? []).map((m) => ({
      start: m.start - start, end: m.end - start,
      className: `mention type-${graph.getNodeAttribute(m.entity, "type")}`,
      title: `${graph.getNodeAttribute(m.entity, "type")}: ${labelOf(ctx, m.entity)}`,
      onClick: () => ctx.focusNode(m.entity),
    }));
    body.append(h("span", { className: s === sentence ? "sentence current" : "sentence", "data-sentence": s }, highlightText(text.slice(start, end), marks)));
    at = Math.max(at, end);
  }
  if (at < text.length) body.append(text.slice(at));
  const meta = ["source", "published", "path"].filter((k) => typeof article[k] === "string").map((k) => h("span", {}, `${k}: ${article[k]}`));
  const url = typeof article.url === "string" && /^https?:\/\//i.test(article.url) ? article.url : null;
  const panel = h("article", { className: "panel article-panel", "data-article": articleKey },
    h("header", {}, h("span", { className: "badge type-Article" }, "Article"), h("h2", {}, String(article.label || article.path))),
    h("p", { className: "meta" }, meta, url ? h("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, "original") : null),
    h("button", { className: "link-button", type: "button", onclick: () => ctx.focusNode(articleKey) }, "Show the article node"),
    body,
  );
  requestAnimationFrame(() => panel.querySelector(".sentence.current")?.scrollIntoView({ block: "center" }));
  return panel;
}

// The article reader: the headline, the outlet, the date and the byline, then the body with every
// mention marked and the chosen sentence emphasised. Front matter and markdown marks are never
// shown (the text keeps them, so every offset still holds; the reader skips them).
import { h } from "./dom.ts";
import { highlightText, type Mark } from "./highlight.ts";
import { markupRanges, visibleText, type Range } from "./markup.ts";
import { labelOf, type ViewContext } from "./context.ts";
import { frontMatter } from "../../src/ingest/front-matter.ts";
import { headlineLine } from "../../src/ingest/title.ts";
import { findDate } from "../../src/ingest/dates.ts";

/** "2031-06-12T16:40:00+02:00" as "12 June 2031"; a date the reader cannot read is shown as written. */
export function formatDate(published: string): string {
  const iso = /^\d{4}-\d{2}-\d{2}/.exec(published)?.[0] ?? findDate(published);
  if (!iso) return published;
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (Number.isNaN(date.getTime())) return published;
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}

const FORMATS: Record<string, string> = { html: "saved web page", pdf: "PDF" };

export function articlePanel(ctx: ViewContext, sentence: string): HTMLElement {
  const { graph, index } = ctx;
  const articleKey = graph.getNodeAttribute(sentence, "type") === "Article" ? sentence : String(graph.getNodeAttribute(sentence, "article"));
  const article = graph.getNodeAttributes(articleKey);
  const text = String(article.text);
  const title = String(article.label || article.path);
  const bodyStart = frontMatter(text).end;
  const hidden = markupRanges(text, bodyStart);
  const sentences = (index.sentencesOf.get(articleKey) ?? []).map((s) => ({ key: s, ...(graph.getNodeAttributes(s) as { start: number; end: number }) }));

  /** text[from..to) with its sentences as spans and their mentions marked, markup left out. */
  const render = (from: number, to: number): (Node | string)[] => {
    const out: (Node | string)[] = [];
    let at = from;
    for (const s of sentences) {
      if (s.end <= from || s.start >= to) continue;
      const start = Math.max(s.start, from), end = Math.min(s.end, to);
      if (start > at) out.push(visibleText(text, at, start, hidden));
      const marks: Mark[] = (index.mentionsIn.get(s.key) ?? []).map((m) => ({
        start: m.start - start, end: m.end - start,
        className: `mention type-${graph.getNodeAttribute(m.entity, "type")}`,
        title: `${graph.getNodeAttribute(m.entity, "type")}: ${labelOf(ctx, m.entity)}`,
        onClick: () => ctx.focusNode(m.entity),
      }));
      const relative: Range[] = hidden.filter((r) => r.end > start && r.start < end).map((r) => ({ start: Math.max(r.start, start) - start, end: Math.min(r.end, end) - start }));
      out.push(h("span", { className: s.key === sentence ? "sentence current" : "sentence", "data-sentence": s.key }, highlightText(text.slice(start, end), marks, relative)));
      at = end;
    }
    if (at < to) out.push(visibleText(text, at, to, hidden));
    return out;
  };

  // The headline line at the top of the body is the heading (with its marks), not a body paragraph.
  const headline = headlineLine(text, bodyStart);
  const own = headline && headline.title.replace(/\s+/g, " ") === title.replace(/\s+/g, " ");
  let bodyFrom = own ? headline.end : bodyStart;
  while (bodyFrom < text.length && /\s/.test(text[bodyFrom]!)) bodyFrom++;

  const published = typeof article.published === "string" ? formatDate(article.published) : null;
  const byline = typeof article.byline === "string" ? `by ${article.byline.replace(/^by\s+/i, "")}` : null;
  const said: [string, string][] = [];
  for (const [className, x] of [["outlet", article.source], ["date", published], ["by", byline]] as [string, unknown][]) if (typeof x === "string" && x) said.push([className, x]);
  const url = typeof article.url === "string" && /^https?:\/\//i.test(article.url) ? article.url : null;
  const format = typeof article.format === "string" ? FORMATS[article.format] ?? article.format : null;
  const panel = h("article", { className: "panel article-panel", "data-article": articleKey },
    h("header", {},
      h("span", { className: "badge type-Article" }, "Article"),
      h("h2", { className: "article-title", title }, own ? render(headline.start, headline.end) : title),
      said.length ? h("p", { className: "byline" }, said.map(([className, x]) => h("span", { className }, x))) : null),
    h("p", { className: "meta" }, h("span", { className: "path" }, `${article.path}${format ? ` (${format})` : ""}`),
      url ? h("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, "original") : null,
      h("button", { className: "link-button", type: "button", onclick: () => ctx.focusNode(articleKey) }, "Show the article node")),
    h("div", { className: "article-text" }, render(bodyFrom, text.length)),
  );
  requestAnimationFrame(() => panel.querySelector(".sentence.current")?.scrollIntoView({ block: "center" }));
  return panel;
}

// A saved web page in, its article out: Mozilla's Readability on a linkedom DOM finds the story,
// the page's metadata (html-meta.ts) gives title, outlet, date, address and byline.
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import { documentText, squash, storyFurniture, type Conversion } from "./document.ts";
import { pageMetadata } from "./html-meta.ts";

/** Fewer characters of running text than this is not an article. */
const MIN_TEXT = 200;
/** Text inside links above this share of the text: a list of links (an index page), not a story. */
const MAX_LINK_SHARE = 0.5;

const BLOCKS = new Set(["P", "DIV", "SECTION", "ARTICLE", "MAIN", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE",
  "TD", "TH", "TR", "DD", "DT", "UL", "OL", "DL", "TABLE", "HEADER", "FOOTER", "HR", "ADDRESS"]);
/** Not prose: pictures and their captions and credits, forms, embedded code. */
const SKIPPED = new Set(["FIGURE", "FIGCAPTION", "PICTURE", "IMG", "SVG", "BUTTON", "FORM", "SCRIPT", "STYLE", "NOSCRIPT", "IFRAME", "NAV", "ASIDE", "TEMPLATE"]);

/** A page's bytes as text: a byte-order mark, then a declared charset, then UTF-8, then Windows-1252 as browsers do. */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
  if (declared) {
    try { return new TextDecoder(declared).decode(bytes); } catch { /* an unknown charset: guess as below */ }
  }
  try { return new TextDecoder("utf-8", { fatal: true }).decode(bytes); } catch { return new TextDecoder("windows-1252").decode(bytes); }
}

/** The paragraphs of Readability's article HTML, as plain text, with the share of text inside links. */
function paragraphsOf(html: string): { paragraphs: string[]; linkShare: number } {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const paragraphs: string[] = [];
  let line = "", inLink = 0, linked = 0, total = 0;
  const flush = () => { const p = line.split("\n").map(squash).filter(Boolean).join("\n"); if (p) paragraphs.push(p); line = ""; };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const text = node.textContent ?? "";
      line += text;
      const n = text.replace(/\s+/g, "").length;
      total += n;
      if (inLink) linked += n;
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED.has(tag)) return;
    if (tag === "BR") { line += "\n"; return; }
    const block = BLOCKS.has(tag);
    if (block) flush();
    if (tag === "A") inLink++;
    for (const child of node.childNodes) walk(child);
    if (tag === "A") inLink--;
    if (block) flush();
  };
  walk(document.body);
  flush();
  return { paragraphs, linkShare: total ? linked / total : 0 };
}

export function htmlToDocument(bytes: Uint8Array): Conversion {
  const { document } = parseHTML(decodeHtml(bytes));
  const meta = pageMetadata(document as unknown as Document);
  const login = document.querySelector('input[type="password"]') !== null;
  const notArticle = (why: string): Conversion => ({ ok: false, problem: `not an article: ${why}` });
  if (meta.otherType) return notArticle(`the page says it is a ${meta.otherType}`);
  const parsed = new Readability(document as unknown as Document).parse();
  const { paragraphs, linkShare } = paragraphsOf(parsed?.content ?? "");
  const title = meta.title ?? (parsed?.title ? squash(parsed.title) : undefined) ?? paragraphs[0] ?? "";
  const byline = meta.byline ?? (parsed?.byline ? squash(parsed.byline).replace(/^by\s+/i, "") : undefined);
  // the headline and the byline and dateline lines above the story are metadata, not body
  let start = 0;
  const above: { byline?: string; date?: string }[] = [];
  for (; start < Math.min(paragraphs.length, 4); start++) {
    const line = paragraphs[start]!;
    const furniture = line === title ? {} : storyFurniture(line, byline);
    if (!furniture) break;
    above.push(furniture);
  }
  const body = paragraphs.slice(start);
  const length = body.join("").length;
  if (length < MIN_TEXT) return notArticle(login ? "it looks like a login page (a password field and little text)" : `it holds too little running text (${length} characters)`);
  if (!meta.article && linkShare > MAX_LINK_SHARE) return notArticle(`it looks like an index page (${Math.round(linkShare * 100)}% of its text is links)`);
  const published = meta.published ?? (parsed?.publishedTime ? squash(parsed.publishedTime) : undefined) ?? above.find((f) => f.date)?.date;
  const source = meta.source ?? (parsed?.siteName ? squash(parsed.siteName) : undefined);
  const by = byline ?? above.find((f) => f.byline)?.byline;
  const warnings = title ? [] : ["the page has no title"];
  return {
    ok: true,
    warnings,
    document: {
      format: "html",
      text: documentText(title, body),
      title: title || "(untitled page)",
      ...(source && { source }), ...(published && { published }), ...(meta.url && { url: meta.url }), ...(by && { byline: by }),
    },
  };
}

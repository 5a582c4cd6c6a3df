// A saved page's metadata: JSON-LD (schema.org NewsArticle and its kin), Open Graph and <meta name>.
import { findDate } from "./dates.ts";
import { hostOf, splitTitle, squash } from "./document.ts";

export interface PageMeta {
  title?: string;
  source?: string;
  published?: string;
  url?: string;
  byline?: string;
  /** The page says it is an article (JSON-LD or og:type). */
  article: boolean;
  /** What the page says it is when that is not an article (CollectionPage, WebSite, ...). */
  otherType?: string;
}

type Json = Record<string, unknown>;
const ARTICLE_TYPE = /(Article|BlogPosting|Report)$/;
const PAGE_TYPES = new Set(["CollectionPage", "WebSite", "SearchResultsPage", "ItemList", "ProfilePage", "AboutPage", "ContactPage"]);
const DATE_NAMES = ["article:published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date", "publish_date", "article.published",
  "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date", "citation_publication_date", "og:article:published_time"];

const str = (v: unknown): string | undefined => (typeof v === "string" && squash(v) ? squash(v) : undefined);
const types = (o: Json): string[] => [o["@type"]].flat().filter((t): t is string => typeof t === "string");
const names = (v: unknown): string[] => [v].flat().flatMap((x) => (typeof x === "string" ? [x] : x && typeof x === "object" ? [str((x as Json).name)].filter((n): n is string => !!n) : []));
const absolute = (v: string | undefined) => (v && /^https?:\/\//i.test(v) ? v : undefined);
const byless = (v: string | undefined) => v?.replace(/^by\s+/i, "").trim() || undefined;

/** Every JSON-LD object on the page, @graph members included; scripts that are not JSON are passed over. */
function jsonLd(document: Document): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!v || typeof v !== "object") return;
    out.push(v as Json);
    if ("@graph" in v) visit((v as Json)["@graph"]);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try { visit(JSON.parse(script.textContent ?? "")); } catch { /* a broken block says nothing */ }
  }
  return out;
}

export function pageMetadata(document: Document): PageMeta {
  const meta = new Map<string, string>();
  for (const m of document.querySelectorAll("meta[content]")) {
    const key = (m.getAttribute("property") ?? m.getAttribute("name") ?? m.getAttribute("itemprop") ?? "").toLowerCase();
    const value = str(m.getAttribute("content"));
    if (key && value && !meta.has(key)) meta.set(key, value);
  }
  const objects = jsonLd(document);
  const ld = objects.find((o) => types(o).some((t) => ARTICLE_TYPE.test(t)));
  const otherType = objects.flatMap(types).find((t) => PAGE_TYPES.has(t));
  const publisher = ld?.publisher;
  const ldUrl = str(ld?.url) ?? (typeof ld?.mainEntityOfPage === "string" ? ld.mainEntityOfPage : str((ld?.mainEntityOfPage as Json | undefined)?.["@id"]));
  const url = absolute(str(document.querySelector('link[rel="canonical"]')?.getAttribute("href"))) ?? absolute(meta.get("og:url")) ?? absolute(ldUrl);
  const titleTag = str(document.querySelector("title")?.textContent);
  const fromTitleTag = titleTag ? splitTitle(titleTag) : undefined;
  const source = meta.get("og:site_name") ?? names(publisher)[0] ?? meta.get("application-name") ?? fromTitleTag?.outlet ?? hostOf(url);
  let title = str(ld?.headline) ?? meta.get("og:title") ?? meta.get("twitter:title") ?? meta.get("title") ?? meta.get("citation_title") ?? fromTitleTag?.title;
  // "Headline | Outlet" in og:title too: the outlet goes
  if (title && source) { const split = splitTitle(title); if (split.outlet?.toLowerCase() === source.toLowerCase()) title = split.title; }
  const time = document.querySelector("time[datetime]")?.getAttribute("datetime");
  const published = str(ld?.datePublished) ?? str(ld?.dateCreated) ?? DATE_NAMES.map((n) => meta.get(n)).find(Boolean) ?? str(time ?? undefined);
  const author = meta.get("author");
  const byline = byless(names(ld?.author).join(", ") || (author && !/^https?:/.test(author) ? author : undefined) || meta.get("byl"));
  const ogArticle = meta.get("og:type")?.toLowerCase() === "article";
  return { title, source, published: published && (findDate(published) ? published : undefined), url, byline, article: !!ld || ogArticle, otherType: ld ? undefined : otherType };
}

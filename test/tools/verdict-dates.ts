// Why a verdict or plea of the right outcome misses the gold's date, as counts only (on-charge-losses.ts calls it;
// it prints no name, date or sentence): whether the system gives none, where the gold's date is written (the
// sentence telling the verdict, the next or the one before, elsewhere, nowhere but the published date) and in
// what form; or which other date it gives (the published date, an offence's, one told with a sentencing, an
// earlier or a later one, one written in a sentence that does not tell the verdict).
import { findDates, parsePublished } from "../../src/dates/parse.ts";
import type { Attrs } from "./scored-build.ts";

export interface DateLossGraph {
  nodes: ReadonlyMap<string, Attrs>;
  /** The Sentence nodes a node is mentioned in. */
  sentencesOf: (k: string) => Set<string>;
  /** Its mentions, with offsets into the article's text. */
  mentionsOf?: (k: string) => { sentence: string; start: number; end: number; surface: string }[];
}

const SENTENCING = /\b(?:sentenc\w*|jailed|jail|prison|imprisonment|years?|months?)\b/i;
const EARLIER = /\b(?:charged|arrested|indicted|appeared|hearing|committal|remanded|bail)\b/i;
const APPEAL = /\b(?:appeal\w*|overturn\w*|quash\w*|upheld|upholds)\b/i;
const FINDING = /\b(?:guilty|convicted|conviction|acquitted|acquittal|cleared|verdicts?|jury|pleaded|pleads|plea|admitted|denied)\b/i;

const seen = new Set<string>();
const precision = (d: string) => (d.length === 10 ? "day" : d.length === 7 ? "month" : "year");

export function dateLoss(g: DateLossGraph, kind: string, want: string, verdicts: readonly string[], count: (k: string) => void) {
  const p = `${kind}: date:`;
  if (!want) { count(`${p} the gold gives none (the system gives one: no loss)`); return; }
  if (!verdicts.length) return;
  const node = (k: string) => g.nodes.get(k)!;
  const articleKey = (k: string) => String(node(k).article);
  const published = (article: string) => parsePublished(/^published:\s*(.+)$/m.exec(String(g.nodes.get(article)?.text ?? ""))?.[1]?.trim());
  const told = new Set(verdicts.flatMap((v) => [...g.sentencesOf(v)]));
  const articles = new Set([...told].map(articleKey));
  const pub = [...articles].map(published).find(Boolean);
  // every sentence of the verdicts' articles, with its dates
  const sentences = [...g.nodes].filter(([, a]) => a.type === "Sentence" && articles.has(String(a.article)))
    .map(([k, a]) => ({ k, article: String(a.article), index: Number(a.index), text: String(a.text ?? "") }));
  const datesIn = (s: { article: string; text: string }) => findDates(s.text, { published: published(s.article) });
  const toldIndex = new Set([...told].map((k) => `${articleKey(k)}#${node(k).index}`));
  const where = (match: (v: string) => boolean) => {
    const hits = sentences.filter((s) => datesIn(s).some((d) => d.value && match(d.value)));
    if (!hits.length) return "in no sentence";
    const near = (s: typeof hits[number], off: number) => toldIndex.has(`${s.article}#${s.index + off}`);
    return hits.some((s) => near(s, 0)) ? "in a sentence telling it" : hits.some((s) => near(s, -1)) ? "in the sentence after one telling it"
      : hits.some((s) => near(s, 1)) ? "in the sentence before one telling it" : "only in sentences far from it";
  };
  const form = (match: (v: string) => boolean) => {
    const ds = sentences.flatMap((s) => datesIn(s)).filter((d) => d.value && match(d.value));
    return ds.length ? (ds.some((d) => !d.relative) ? "written out" : "relative") + (ds.some((d) => d.role === "bound") && ds.every((d) => d.role === "bound") ? ", a bound" : "") : "";
  };
  count(`${p} gold precision: ${precision(want)}`);
  const have = verdicts.map((v) => String(node(v).date ?? ""));
  if (have.every((d) => !d)) {
    count(`${p} the system gives none`);
    const w = where((v) => v === want);
    const isPub = pub === want ? "yes" : pub?.startsWith(want) ? "its month or year" : "no";
    count(`${p}   the gold's date is the published date: ${isPub}; written ${w}${w === "in no sentence" ? "" : ` (${form((v) => v === want)})`}`);
    if (!seen.has(verdicts.join())) {
      seen.add(verdicts.join());
      count(`${p}   (distinct verdict sets) published: ${isPub}; written ${w}`);
      const idx = [...told].map((k) => Number(node(k).index)).sort((a, b) => a - b);
      const first = Math.min(...sentences.filter((s) => s.index > 0 && !/^(?:by |published|updated|posted)/i.test(s.text)).map((s) => s.index));
      count(`${p}   (distinct) told in: ${idx.includes(0) ? "the headline" : "not the headline"}, ${idx.some((i) => i > 0 && i <= first + 1) ? "the lede" : "not the lede"}; ${idx.length} sentences`);
      const bucket = (n: number) => (n <= 3 ? String(n) : n <= 6 ? "4-6" : n <= 12 ? "7-12" : "13+");
      const at = sentences.filter((s) => datesIn(s).some((d) => d.value === want && !d.relative));
      const words = (t: string) => t.split(/\s+/).length;
      count(`${p}   (distinct) told at sentence ${idx.map(bucket).join("/")}; the date written at ${at.map((s) => `${bucket(s.index)} (${words(s.text) < 12 ? "short" : "long"}${/\b(?:found|convicted|verdict|guilty|acquitted|cleared|pleaded|jury)\b/i.test(s.text) ? ", finding words" : ""})`).join("/") || "none"}`);
      const title = sentences.find((s) => s.index === 0)?.text ?? "";
      const lede = sentences.filter((s) => s.index > 0 && words(s.text) >= 12).sort((a, b) => a.index - b.index)[0];
      count(`${p}   (distinct) headline: ${FINDING.test(title) || SENTENCING.test(title) ? "verdict words" : "no verdict words"}; told in the first long sentence: ${lede && idx.includes(lede.index) ? "yes" : "no"}; in the second: ${sentences.filter((s) => s.index > 0 && words(s.text) >= 12).sort((a, b) => a.index - b.index)[1] && idx.includes(sentences.filter((s) => s.index > 0 && words(s.text) >= 12).sort((a, b) => a.index - b.index)[1]!.index) ? "yes" : "no"}`);
      if (isPub === "yes") count(`${p}   (distinct, published) sentence words 0-7: ${sentences.filter((s) => s.index < 8).sort((a, b) => a.index - b.index).map((s) => `${words(s.text)}${idx.includes(s.index) ? "V" : ""}${datesIn(s).some((d) => d.value === want) ? "D" : ""}`).join(" ")}`);
      const texts = [...told].map((k) => String(node(k).text ?? ""));
      if (process.argv.includes("--date-shapes")) {
        // (the shapes of its sentences and of the sentences holding the gold's date: the tool's own words, others by class)
        for (const t of texts) count(`${p}   (distinct) shape told: ${maskShape(t)}`);
        for (const s of at) count(`${p}   (distinct) shape dated${toldIndex.has(`${s.article}#${s.index}`) ? " (tells it)" : ""}: ${maskShape(s.text)}`);
        count(`${p}   (distinct) headline shape: ${maskShape(title)}`);
        // (why the headline's news would not date it: each mention's verb and the words before it, as the tool's words)
        const recentDay = (d: string) => d.length === 10 && !!pub && d !== pub && d <= pub && Date.parse(pub) - Date.parse(d) <= 14 * 86_400_000;
        const recentIn = sentences.filter((s) => datesIn(s).some((d) => d.role === "at" && (d.relative && d.value !== pub && d.value?.length === 10 && !!pub && d.value < pub || d.value && recentDay(d.value))));
        const recent = recentIn.length ? `yes (${recentIn.map((s) => `${/\b(?:guilty|convict\w*|acquit\w*|clear(?:ed|s)|verdicts?|walked free|pleaded|pleads?|pled|plea|admitted|admits|denied|denies|found|finds)\b/i.test(s.text) ? "finding" : "other"}: ${maskShape(s.text)}`).join(" / ")})` : "no";
        count(`${p}   (distinct) a recent day other than the published one told: ${recent ? "yes" : "no"}`);
        const ms = verdicts.flatMap((v) => (g.mentionsOf?.(v) ?? []).map((m) => {
          const s = node(m.sentence);
          const at = m.start - Number(s.start);
          const text = String(s.text ?? "");
          return `"${maskShape(m.surface)}" after "${maskShape(text.slice(0, at)).split(" ").slice(-4).join(" ")}"${findDates(text, { published: pub }).length ? " +date" : ""}${/\b(?:had|'d|previously|earlier|already|once|prior|since|who|whom|whose)\b/i.test(text.slice(0, at + m.surface.length)) ? " +background" : ""}`;
        }));
        count(`${p}   (distinct) [${maskShape(title)}] gold=published: ${pub === want ? "yes" : "no"}; other news: ${HEAD_OTHER.exec(title.replace(/,\s+(?:says?|said)\b.*$/i, ""))?.[0]?.toLowerCase() ?? "none"}; recent: ${recent}; mentions: ${ms.join(" | ")}`);
      }
      count(`${p}   (distinct) its sentences: ${texts.some((t) => /\b(?:has|have)\s+(?:\w+\s+)?been\b|\b(?:has|have)\s+(?:\w+\s+)?(?:found|convicted|cleared|acquitted|pleaded)\b/i.test(t)) ? "present perfect" : "no present perfect"}, ${texts.some((t) => /\b(?:was|were)\s+(?:\w+\s+)?(?:found|convicted|cleared|acquitted|sentenced|jailed)\b|\b(?:found|convicted|cleared|acquitted|pleaded)\b/i.test(t)) ? "past" : "no past"}, ${texts.some((t) => findDates(t, { published: pub }).length) ? "some date" : "no date"}`);
    }
    if (w === "in no sentence") count(`${p}   coarser or finer there: ${where((v) => v.startsWith(want) || want.startsWith(v))}`);
    const hit = sentences.filter((s) => toldIndex.has(`${s.article}#${s.index}`) && datesIn(s).some((d) => d.value === want));
    if (hit.length) count(`${p}   that sentence also has: ${[SENTENCING.test(hit[0]!.text) && "sentencing words", EARLIER.test(hit[0]!.text) && "charge/hearing words", APPEAL.test(hit[0]!.text) && "appeal words", datesIn(hit[0]!).length > 1 && "another date"].filter(Boolean).join(", ") || "nothing else"}`);
    return;
  }
  count(`${p} the system gives another date${have.some((d) => !d) ? " (and an undated one)" : ""}`);
  const other = have.find(Boolean)!;
  const offence = [...g.nodes].some(([k, a]) => a.type === "Charge" && a.date === other && [...g.sentencesOf(k)].some((s) => articles.has(articleKey(s))));
  count(`${p}   the system's date is: ${[pub === other && "the published date", offence && "an offence's date", other < want ? "earlier" : "later", precision(other) !== precision(want) && `at ${precision(other)} precision`].filter(Boolean).join(", ")}`);
  const evidence = verdicts.flatMap((v) => (node(v).date_evidence as string[] | undefined) ?? []).filter((k) => g.nodes.has(k));
  for (const k of evidence.slice(0, 1)) {
    const text = String(node(k).text ?? "");
    count(`${p}   its evidence sentence: ${[FINDING.test(text) ? "finding words" : "no finding words", SENTENCING.test(text) && "sentencing words", EARLIER.test(text) && "charge/hearing words", APPEAL.test(text) && "appeal words"].filter(Boolean).join(", ")}`);
  }
  const w = where((v) => v === want);
  count(`${p}   the gold's date is written ${w}${w === "in no sentence" ? (pub === want ? " (it is the published date)" : "") : ` (${form((v) => v === want)})`}`);
}

/** headline.ts's words of other news (a copy: the tool prints which of them a headline holds). */
const HEAD_OTHER = /\?|\b(?:appeals?|appealed|overturn\w*|quash\w*|upheld|upholds|retrial|sentenced|sentencing|jailed|jail|will|could|may|might|to be|faces?|facing|awaits?|expected|charged|accused|denied|refused|lawyers?|says?|said)\b/i;
/** The words a shape keeps as themselves (the tool's own list: no article text); others by class. */
const KEEP = /^(?:a|an|the|was|were|is|are|has|have|had|been|be|will|would|he|she|they|him|her|them|his|their|who|which|that|on|in|at|of|for|to|by|with|after|before|and|but|or|not|no|guilty|convicted|convicts?|acquitted|acquits?|cleared|clears?|found|finds?|jury|jurors|judge|justice|magistrate|court|verdicts?|pleaded|pleads?|plea|admitted|denied|sentenced|sentencing|jailed|jail|prison|years?|months?|charged|charges?|counts?|trial|appeal|appealed|returned|delivered|reached|deliberat\w*|hours?|days?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|last|this|week|earlier|later|previously|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|said|says|told|,|\.|:|;)$/i;
export function maskShape(text: string): string {
  return text.split(/(?=[,.:;])|\s+/).filter(Boolean).map((w) => (KEEP.test(w) ? w.toLowerCase() : /^\d/.test(w) ? "N" : /^\p{Lu}/u.test(w) ? "C" : "w")).join(" ").replace(/\b(w|C)( \1)+\b/g, "$1+");
}

// The headline's news: an article whose headline tells a finding ("Cortland man convicted of
// manslaughter", "VW pleads guilty") reports it on the day it is published. A verdict or plea of
// that kind the body tells in the simple past with no date of its own ("Wesley Varga was found
// guilty of manslaughter.") is that news, delivered on the published day. Not one told as
// background (the past perfect, "previously", "in 2019"), nor under a headline about an appeal,
// a sentencing or what may come.
import type { Article } from "../ingest/index.ts";
import type { Sentence } from "../segment/index.ts";
import type { Entity, Mention } from "../extract/types.ts";
import { findDates } from "./parse.ts";

/** Headline words that tell a finding, by the outcome or plea it fits. */
/** (the pleas first: "pleads not guilty" tells no acquittal, and the guilty plea's words are a conviction too) */
const HEADLINE: [kind: "Verdict" | "Plea", value: string, words: RegExp][] = [
  ["Plea", "not_guilty", /\b(?:pleads?|pleaded|pled)\s+not\s+guilty\b|\bdenies\b/i],
  ["Plea", "guilty", /\b(?:pleads?|pleaded|pled)\s+guilty\b|\badmits\b/i],
  ["Verdict", "not_guilty", /\b(?:acquitted|acquits?|cleared|clears|not guilty)\b/i],
  ["Verdict", "guilty", /\b(?:convicted|convicts?|found guilty|guilty)\b/i],
];
/** "Verdicts in the trial of X", "Verdict in Vale fraud trial", "Vale trial: the verdicts": a headline that tells the verdicts, of whatever outcome. */
const VERDICTS = /^(?:the\s+)?verdicts?\b|\bverdicts?\s+(?:in|on|for|at)\b|:\s*(?:the\s+)?verdicts?\s*$/i;
/** Words that tell a finding, a plea or its news in a sentence. */
const FOUND = /\b(?:guilty|convict\w*|acquit\w*|clear(?:ed|s)|verdicts?|walked free|pleaded|pleads?|pled|plea|admitted|admits|denied|denies|found|finds)\b/i;
/** What opens a verdict box's line before its outcome: nothing, a bullet, a name and a colon. */
const BOX_LINE = /^\s*(?:[-•*–—]\s*)?(?:[\p{L}\p{N} .'’-]{1,40}:\s*)?$|\bverdicts?\s*:\s*$/iu;
/** ", says prosecution failed to prove its case": the court's reasons, told with its finding, are the same news. */
const REASONS = /,\s+(?:says?|said)\b.*$/i;
/** The words of a conviction by plea: under a guilty plea's headline, that conviction is the news too. */
const PLEADED = /^(?:pleaded|pleads|pled|admitted|admits|entered|changed)\b/i;
/** A headline about something else the finding is told beside: an appeal, a sentencing, what may come, a question. */
const OTHER_NEWS = /\?|\b(?:appeals?|appealed|overturn\w*|quash\w*|upheld|upholds|retrial|sentenced|sentencing|jailed|jail|will|could|may|might|to be|faces?|facing|awaits?|expected|charged|accused|denied|refused|lawyers?|says?|said)\b/i;
/** Words that tell a finding as background, earlier than the news. */
const BACKGROUND = /\b(?:had|'d|previously|earlier|already|once|prior|since|who|whom|whose)\b|\bfirst(?![-\w])/i;

/** A finding's verb in the simple past. */
const FINITE = /^(?:found|convicted|cleared|acquitted|pleaded|pled|admitted|denied|returned|entered|changed)\b/i;

/** Its first mention, then the first the body tells ("Vale guilty of fraud" is the headline itself: its words tell no tense). */
const mentionsOf = (e: Entity, sentences: readonly Sentence[], title: string) => {
  const told = e.mentions.filter((m) => sentences[m.sentence]).sort((a, b) => a.start - b.start);
  return [...new Set([told[0], told.find((m) => sentences[m.sentence]!.text.trim() !== title.trim())])].filter((m) => m !== undefined);
};

/** The verdicts and pleas the headline's news dates to the published day, each with the mention the date is told by. */
export function headlineNews(article: Article, sentences: readonly Sentence[], entities: readonly Entity[], dateOf: ReadonlyMap<Entity, string>, published: string): { entity: Entity; mention: Mention }[] {
  const title = article.title ?? "";
  // (the reasons after a finding: "Court acquits X, says police failed to prove charge"; not a headline whose saying is the news)
  const reasons = REASONS.exec(title);
  const own = reasons && HEADLINE.some(([, , words]) => words.test(title.slice(0, reasons.index))) ? title.slice(0, reasons.index) : title;
  if (!title || OTHER_NEWS.test(own)) return [];
  // (the first kind the headline tells: "pleads not guilty" is no "guilty" verdict)
  let rest = title;
  const told: [string, string][] = [];
  for (const [kind, value, words] of HEADLINE) if (words.test(rest)) { told.push([kind, value]); rest = rest.replace(new RegExp(words.source, "gi"), " "); }
  const verdicts = VERDICTS.test(own);
  if (verdicts) told.push(["Verdict", "guilty"], ["Verdict", "not_guilty"]);
  if (!told.length) return [];
  const byPlea = told.some(([k, v]) => k === "Plea" && v === "guilty");
  // (a recent day the text tells with a finding, "walked free yesterday", "the verdict came on Tuesday", "was convicted on 8
  // April", may be the news's own: the published day is then no surer; not one told of another step, "the jury retired on Monday",
  // nor a day to come or a limit, "a plea hearing is set for July 8", "remanded until 3 May")
  const recent = (d: string) => d.length === 10 && d !== published && d <= published && Date.parse(published) - Date.parse(d) <= 14 * 86_400_000;
  if (sentences.some((s) => FOUND.test(s.text) && findDates(s.text, { published }).some((d) => d.role === "at" && (d.relative && d.value !== published && d.value?.length === 10 && d.value < published || d.value && recent(d.value))))) return [];
  const out: { entity: Entity; mention: Mention }[] = [];
  for (const e of entities) {
    const value = e.type === "Verdict" ? String(e.attrs.outcome) : e.type === "Plea" ? String(e.attrs.plea) : "";
    if (dateOf.has(e) || / \(earlier\)/.test(e.label)) continue;
    const m = mentionsOf(e, sentences, title).find((x) => {
      if (!told.some(([k, v]) => k === e.type && v === value) && !(byPlea && e.type === "Verdict" && value === "guilty" && PLEADED.test(x.surface))) return false;
      const s = sentences[x.sentence]!;
      // (told by a finite verb, "was found guilty", "a jury convicted", "found him not guilty": not "took four hours to convict")
      // (under "Verdicts in the trial of X", a verdict box's line: "Not guilty on the three theft counts.", "Vale: guilty of fraud")
      const boxed = verdicts && BOX_LINE.test(s.text.slice(0, x.start - s.start)) && /^(?:not|guilty)\b/i.test(x.surface);
      if (!boxed && !FINITE.test(x.surface) && !/\b(?:was|were)\s+(?:\p{L}+ly\s+)?$|\bfound\s+(?:[\p{L}.'’-]+\s+){0,4}$/iu.test(s.text.slice(0, x.start - s.start)) || /\b(?:to|will|would|could|may|might)\s+$/i.test(s.text.slice(0, x.start - s.start))) return false;
      // (its clause from the sentence's start: "X, who had been convicted of Y, ..." is background)
      if (BACKGROUND.test(s.text.slice(0, x.end - s.start))) return false;
      // (a date of another time in the sentence leaves the time open: "was convicted of the 2019 murder")
      return !findDates(s.text, { published }).some((d) => !d.value || !published.startsWith(d.value));
    });
    if (!m) continue;
    out.push({ entity: e, mention: m });
  }
  return out;
}

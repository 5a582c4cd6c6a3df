// The date stage for one article: each Trial, Verdict, Plea and Charge gets the date its own
// sentence and clause state, with that sentence as evidence. Precision first: a date goes to an
// event only when the clause ties them (the event's verb, or a noun the date sits on: "his 2019
// conviction", "the trial in January 2014"); a date inside an offence phrase ("his alleged assault
// of a producer in 2006") dates the charge, not the verdict beside it; limits ("until Aug. 29") and
// other events' dates date nothing; and nothing is guessed from the publication date, but for a verdict the
// news tells in the present perfect with no date of its own ("has been found guilty"), delivered on the day it is published.
import lexicon from "../lexicon/dates.json" with { type: "json" };
import type { Article } from "../ingest/index.ts";
import type { Sentence } from "../segment/index.ts";
import type { Entity, Extraction } from "../extract/types.ts";
import type { EntityType } from "../schema.ts";
import { findDates, parsePublished, type DateExpression } from "./parse.ts";
import { datesInSentence, type Trigger } from "./sentence.ts";
import { headlineNews } from "./headline.ts";
import { deliveryDates } from "./delivery.ts";
import { hearingPleas } from "./hearing-pleas.ts";

/** A date stated for one mention of an event: what reconcileDates gathers across articles. */
export interface DatedMention {
  type: EntityType;
  /** Article key, and the mention's offsets into the article text. */
  article: string;
  start: number;
  end: number;
  /** ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** Index of the sentence that states it. */
  sentence: number;
  /** A verdict's outcome: resolution may merge verdicts that share a mention, and the date is this one's. */
  outcome?: string;
}

export interface DatedExtraction {
  extraction: Extraction;
  dated: DatedMention[];
  /** A published date that is not a date, for the build's warnings. */
  problem?: string;
}

const EVENT_TYPES = new Set<EntityType>(["Trial", "Verdict", "Plea", "Charge"]);
const set = (list: string[]) => new Set(list);
const TRIAL = set(lexicon.trial), PLEA = set(lexicon.plea), SENTENCING = set(lexicon.sentencing);
const VERDICT = new Map(Object.entries(lexicon.verdict).map(([outcome, list]) => [outcome, set(list)]));

/** Whether a mention's words name its entity's kind of event (a verdict's words must fit its outcome). */
function triggers(entity: Entity, surface: string): boolean {
  const s = surface.toLowerCase().replace(/\s+/g, " ").trim();
  switch (entity.type) {
    case "Trial": return TRIAL.has(s);
    case "Plea": return PLEA.has(s) || s.startsWith("pleaded ") || s.endsWith(" plea");
    case "Verdict": return VERDICT.get(String(entity.attrs.outcome))?.has(s) ?? false;
    default: return true;
  }
}

/**
 * Where a mention's trigger ends, or undefined if its words name no event of its kind. A rule may
 * anchor on the first word of a phrase ("returned the ^not guilty verdicts on Wednesday"): the
 * trigger is then that word and the one or two after it, where together they name the event.
 */
function triggerEnd(entity: Entity, m: { start: number; end: number; surface: string }, sentence: Sentence): number | undefined {
  if (triggers(entity, m.surface)) return m.end;
  if (entity.type !== "Verdict") return undefined;
  const after = /^(\s+[\p{L}'’-]+)(\s+[\p{L}'’-]+)?/u.exec(sentence.text.slice(m.end - sentence.start));
  if (!after) return undefined;
  for (const words of [after[1]!, after[0]]) if (triggers(entity, m.surface + words)) return m.end + words.length;
  return undefined;
}

export function attachDates(article: Article, sentences: readonly Sentence[], extraction: Extraction): DatedExtraction {
  const published = parsePublished(article.published);
  const problem = article.published && !published ? `published date '${article.published}' is not a day (YYYY-MM-DD); relative dates in it are left out` : undefined;
  const bySentence = new Map<number, Map<string, Trigger>>();
  for (const entity of extraction.entities) {
    if (!EVENT_TYPES.has(entity.type)) continue;
    for (const m of entity.mentions) {
      const sentence = sentences[m.sentence];
      if (!sentence) continue;
      const end = triggerEnd(entity, m, sentence);
      if (end === undefined) continue;
      const spans = bySentence.get(m.sentence) ?? new Map<string, Trigger>();
      bySentence.set(m.sentence, spans);
      const key = `${m.start}:${m.end}`;
      const t = spans.get(key) ?? { start: m.start - sentence.start, end: end - sentence.start, first: -1, last: -1, entities: [], verbal: false, offence: false };
      if (!t.entities.includes(entity)) t.entities.push(entity);
      spans.set(key, t);
    }
  }
  const all: { entity: Entity; mention: DatedMention; sentencing: boolean }[] = [];
  for (const [index, spans] of bySentence) {
    const sentence = sentences[index]!;
    const found = datesInSentence(sentence.text, [...spans.values()], published);
    for (const { trigger, date } of found) {
      const sentencing = SENTENCING.has(sentence.text.slice(trigger.start, trigger.end).toLowerCase());
      for (const entity of trigger.entities) {
        const outcome = entity.type === "Verdict" ? String(entity.attrs.outcome) : undefined;
        all.push({ entity, sentencing, mention: { type: entity.type, article: article.key, start: sentence.start + trigger.start, end: sentence.start + trigger.end, date, sentence: index, ...(outcome && { outcome }) } });
      }
    }
  }
  // (a sentencing's date dates the conviction only when the finding's own words give none)
  const foundDated = new Set(all.filter((d) => !d.sentencing).map((d) => d.entity));
  const dated: DatedMention[] = [];
  const dateOf = new Map<Entity, string>();
  for (const { entity, mention, sentencing } of all) {
    if (sentencing && foundDated.has(entity)) continue;
    dated.push(mention);
    if (!dateOf.has(entity) || mention.date.length > dateOf.get(entity)!.length) dateOf.set(entity, mention.date);
  }
  const together = (hung: boolean) => {
    for (const [v, date] of deliveredTogether(extraction, dated, dateOf, sentences, hung)) {
      dateOf.set(v, date.date);
      // (told apart from the date, its first mention is the one the date's sentence dates: that sentence is the evidence)
      const told = v.mentions.filter((m) => m.sentence === date.sentence);
      for (const m of told.length ? told : v.mentions.slice(0, 1)) dated.push({ type: "Verdict", article: article.key, start: m.start, end: m.end, date: date.date, sentence: date.sentence, outcome: String(v.attrs.outcome) });
    }
  };
  together(false);
  // ("The jury returned its verdicts on Thursday. X was convicted of A and acquitted of B.": the delivery's day;
  // "X appeared at Cork District Court on Tuesday. He pleaded guilty to drink driving.": the hearing's day)
  const sentenceDates = new Map<number, readonly DateExpression[]>();
  const datesOf = (i: number) => sentenceDates.get(i) ?? sentenceDates.set(i, findDates(sentences[i]?.text ?? "", { published })).get(i)!;
  for (const pass of [deliveryDates, hearingPleas]) for (const { entity, mention, date, sentence } of pass(sentences, extraction.entities, dateOf, datesOf)) {
    dateOf.set(entity, date);
    const outcome = entity.type === "Verdict" ? String(entity.attrs.outcome) : undefined;
    dated.push({ type: entity.type, article: article.key, start: mention.start, end: mention.end, date, sentence, ...(outcome && { outcome }) });
  }
  // ("The jury has found X guilty", "X has been acquitted": a verdict the news tells in the present perfect, with no
  // date of its own, was delivered on the day the article was published)
  // ("has been found guilty of assaulting his partner in October 2023": a present perfect takes no earlier month, so such
  // a date is the offence's, not the verdict's)
  const perfectIn = new Set(extraction.entities.filter((v) => v.type === "Verdict").flatMap((v) => v.mentions.filter((x) => PERFECT.test(before(sentences, x))).map((x) => x.sentence)));
  if (published) for (const v of extraction.entities) {
    if (v.type !== "Verdict" || / \(earlier\)/.test(v.label)) continue;
    const own = dateOf.get(v);
    if (own && own.slice(0, 7) >= published.slice(0, 7)) continue;
    const m = v.mentions.find((x) => PERFECT.test(before(sentences, x)));
    const mine = (d: DatedMention) => d.type === "Verdict" && v.mentions.some((x) => x.start === d.start && x.end === d.end);
    if (!m || own && dated.some((d) => mine(d) && !perfectIn.has(d.sentence))) continue;
    for (let i = dated.length - 1; i >= 0; i--) if (mine(dated[i]!)) dated.splice(i, 1);
    dateOf.set(v, published);
    dated.push({ type: "Verdict", article: article.key, start: m.start, end: m.end, date: published, sentence: m.sentence, outcome: String(v.attrs.outcome) });
  }
  // ("Cortland man convicted of manslaughter ... Wesley Varga was found guilty of manslaughter.": the headline's news,
  // told in the body with no date of its own, happened on the day published)
  if (published) for (const { entity, mention } of headlineNews(article, sentences, extraction.entities, dateOf, published)) {
    dateOf.set(entity, published);
    const outcome = entity.type === "Verdict" ? String(entity.attrs.outcome) : undefined;
    dated.push({ type: entity.type, article: article.key, start: mention.start, end: mention.end, date: published, sentence: mention.sentence, ...(outcome && { outcome }) });
  }
  // ("The jury has found X guilty of A ... It could not agree on B", "X has been found guilty of A. He was cleared of B": an
  // outcome delivered with one the news dates by its tense or its headline)
  // (after the tenses have dated the verdicts, not from a date one of them took before: "has found X guilty of assaulting her in October 2023")
  together(false);
  together(true);
  const entities = extraction.entities.map((e) => (dateOf.has(e) ? { ...e, attrs: { ...e.attrs, date: dateOf.get(e)! } } : e));
  return { extraction: { ...extraction, entities }, dated, ...(problem && { problem }) };
}

/** "had been acquitted", "had earlier been cleared", "had also convicted": a verb in the past perfect ends the text before it. */
const PLUPERFECT = /\b(?:had|'d)\s+(?:\p{L}+ly\s+|also\s+|earlier\s+|already\s+)?(?:been\s+)?(?:\p{L}+ly\s+)?$/iu;
/** "has been", "have now", "has today been": a verb in the present perfect just before a mention. */
const PERFECT = /\b(?:has|have|'s|'ve)\s+(?:(?:also|now|today|this\s+\w+|unanimously|finally|just)\s+)?(?:been\s+)?(?:\p{L}+ly\s+)?$/iu;
/** The text of a mention's sentence before it. */
const before = (sentences: readonly Sentence[], m: { sentence: number; start: number }) => {
  const s = sentences[m.sentence];
  return s ? s.text.slice(0, Math.max(0, m.start - s.start)) : "";
};

/** Outcomes a jury or a judge delivers together, count by count, at the end of one trial. */
const DELIVERED = new Set(["guilty", "not_guilty", "liable", "not_liable"]);

/**
 * "was convicted of manslaughter by a jury in March and acquitted of tampering with evidence": the date went to the
 * outcome nearest it, and the other outcome of the same trial, told in the same sentence with no date of its own, was
 * delivered with it. Each undated verdict gets the date its sibling's mention in a shared sentence states, where all
 * such siblings agree.
 */
function deliveredTogether(extraction: Extraction, dated: readonly DatedMention[], dateOf: ReadonlyMap<Entity, string>, sentences: readonly Sentence[], hung: boolean): Map<Entity, { date: string; sentence: number }> {
  const out = new Map<Entity, { date: string; sentence: number }>();
  const byId = new Map(extraction.entities.map((e) => [e.id, e]));
  const trialOf = new Map<Entity, string>();
  for (const r of extraction.relations) if (r.type === "RESULTED_IN") { const v = byId.get(r.target); if (v) trialOf.set(v, r.source); }
  for (const [v, trial] of trialOf) {
    // ("found him guilty of A and cleared him of B; it could not agree on C": a jury that could not agree on a count said so with its verdicts)
    if (dateOf.has(v) || (hung ? v.attrs.outcome !== "hung_jury" : !DELIVERED.has(String(v.attrs.outcome)))) continue;
    const told = new Set(v.mentions.map((m) => m.sentence));
    const found = new Map<string, number>();
    // ("X was convicted of fraud on Thursday, while his co-accused, Y, was acquitted": another defendant's outcome told in
    // the same sentence, whose one date is the other's, was delivered with it; not one told as background, "had been acquitted")
    const coDefendant = (w: Entity, sentence: number) => trialOf.get(w) !== trial && findDates(sentences[sentence]?.text ?? "").length === 1
      && v.mentions.some((m) => m.sentence === sentence && !PLUPERFECT.test(before(sentences, m)));
    for (const [w, t] of trialOf) {
      if (w === v || !DELIVERED.has(String(w.attrs.outcome))) continue;
      for (const d of dated) if (d.type === "Verdict" && told.has(d.sentence) && (t === trial || coDefendant(w, d.sentence)) && d.outcome === String(w.attrs.outcome) && w.mentions.some((m) => m.start === d.start && m.end === d.end)) found.set(d.date, d.sentence);
    }
    if (found.size === 1) { const [date, sentence] = [...found][0]!; out.set(v, { date, sentence }); continue; }
    // ("A jury on Wednesday found X guilty of murder. X was acquitted of robbery.": told apart, the trial's other outcome
    // was delivered with the one the date is told of, where every dated outcome of the trial has that one date; not one
    // told as background, "X had been acquitted of Y", whose time the article leaves open)
    if (found.size || v.mentions.some((m) => PLUPERFECT.test(before(sentences, m)))) continue;
    const apart = new Map<string, number>();
    for (const [w, t] of trialOf) {
      if (w === v || t !== trial || !DELIVERED.has(String(w.attrs.outcome)) || !dateOf.has(w)) continue;
      const own = dated.find((d) => d.type === "Verdict" && d.outcome === String(w.attrs.outcome) && d.date === dateOf.get(w) && w.mentions.some((m) => m.start === d.start && m.end === d.end));
      if (own) apart.set(own.date, own.sentence);
    }
    if (apart.size === 1) { const [date, sentence] = [...apart][0]!; out.set(v, { date, sentence }); }
  }
  return out;
}

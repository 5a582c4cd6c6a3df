// What each article says about an entity's attributes, kept apart before resolution merges the
// entities (a merged Verdict keeps the first article's penalty; the agreement stage needs them all).
import type { Article } from "../ingest/index.ts";
import type { Sentence } from "../segment/index.ts";
import type { Extraction } from "../extract/types.ts";
import type { EntityType } from "../schema.ts";
import type { DatedMention } from "../dates/attach.ts";

/** One article's value of one attribute of one entity, with where the article states it. */
export interface AttributeClaim {
  article: string;
  type: EntityType;
  attribute: ClaimedAttribute;
  value: string | number;
  /** The local entity's mentions (offsets into the article), to find its node after resolution. */
  mentions: { start: number; end: number }[];
  /** Indices of the sentences that state the value. */
  sentences: number[];
}

export type ClaimedAttribute = "age" | "outcome" | "penalty" | "damages" | "date" | "plea";

/** The attributes articles can disagree on, by entity type. */
const CLAIMED: Partial<Record<EntityType, readonly ClaimedAttribute[]>> = {
  Person: ["age"],
  Verdict: ["outcome", "penalty", "damages", "date"],
  Trial: ["date"],
  Plea: ["plea", "date"],
  Charge: ["date"],
};

/**
 * Every claimed attribute value of one article's extraction. A date cites the sentences the date
 * stage found it in (`dated`, that stage's mentions for this article), not the entity's first mention. Pure.
 */
export function collectClaims(article: Article, sentences: readonly Sentence[], extraction: Extraction, dated: readonly DatedMention[] = []): AttributeClaim[] {
  const claims: AttributeClaim[] = [];
  for (const e of extraction.entities) {
    const attributes = CLAIMED[e.type];
    if (!attributes || e.mentions.length === 0) continue;
    for (const attribute of attributes) {
      const value = e.attrs[attribute];
      if (value === undefined || value === "") continue;
      const mentioned = [...new Set(e.mentions.map((m) => m.sentence))].sort((a, b) => a - b);
      const datedIn = attribute === "date" ? datingSentences(e.mentions, String(value), dated) : [];
      claims.push({
        article: article.key, type: e.type, attribute, value,
        mentions: e.mentions.map(({ start, end }) => ({ start, end })),
        sentences: datedIn.length ? datedIn : stating(String(value), attribute, mentioned, sentences),
      });
    }
  }
  return claims;
}

/** The sentences in which the date stage gave one of these mentions this date (or one it makes more precise). */
function datingSentences(mentions: readonly { start: number; end: number }[], date: string, dated: readonly DatedMention[]): number[] {
  const at = new Set(mentions.map((m) => `${m.start}:${m.end}`));
  const found = dated.filter((d) => at.has(`${d.start}:${d.end}`) && date.startsWith(d.date)).map((d) => d.sentence);
  return [...new Set(found)].sort((a, b) => a - b);
}

/**
 * The sentences that state a value: those where the entity is mentioned and the value is written
 * ("Tobias Delahunt, 52," for age 52), else one of the few sentences after a mention that writes it
 * ("sentenced Delahunt to six years in prison"), else where the entity is first mentioned.
 */
function stating(value: string, attribute: ClaimedAttribute, mentioned: number[], sentences: readonly Sentence[]): number[] {
  const written = attribute === "outcome" || attribute === "plea" || attribute === "date" ? null : writtenAs(value);
  if (written) {
    const near = mentioned.filter((i) => sentences[i] && written.test(sentences[i]!.text));
    if (near.length) return near;
    // "Delahunt was convicted. The judge sentenced him to six years": a few sentences after a mention
    for (const i of mentioned) for (let j = i + 1; j <= i + NEARBY && j < sentences.length; j++)
      if (written.test(sentences[j]!.text)) return [sentences[j]!.index];
  }
  return mentioned.slice(0, attribute === "outcome" || attribute === "plea" ? 3 : 1);
}

/** How many sentences after a mention may state its value. */
const NEARBY = 4;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A test for a value written as a whole word or phrase, case and runs of white space aside. */
function writtenAs(value: string): { test(text: string): boolean } {
  const needle = value.replace(/\s+/g, " ").trim().toLowerCase();
  return {
    test(text: string) {
      const hay = text.replace(/\s+/g, " ").toLowerCase();
      for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
        const before = hay[at - 1], after = hay[at + needle.length];
        if ((!before || !WORD_CHAR.test(before)) && (!after || !WORD_CHAR.test(after))) return true;
      }
      return false;
    },
  };
}

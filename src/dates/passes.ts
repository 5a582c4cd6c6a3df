// What the date passes that read across sentences share (delivery.ts, hearing-pleas.ts): the dates of a sentence,
// found once per article, what they return, and the words that tell an event as background.
import type { Entity, Mention } from "../extract/types.ts";
import type { DateExpression } from "./parse.ts";

/** The dates written in sentence `i` (attach.ts finds each sentence's once). */
export type DatesOf = (sentence: number) => readonly DateExpression[];

/** An event a pass dates: the mention its date is told for, and the sentence that tells the date. */
export interface PassDate { entity: Entity; mention: Mention; date: string; sentence: number }

/** An event told as background, earlier than the one dated: "had been acquitted", "previously admitted". */
export const TOLD_EARLIER = /\b(?:had|'d|previously|earlier|already|once|prior)\b/i;

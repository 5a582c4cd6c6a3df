// Charge anaphors: what "the same charge", "both counts", "the second charge" name, from the charges told
// before them in the article.
import type { Entity } from "../../types.ts";
import type { ChargeData } from "../spans/charges.ts";
import type { CaseEvent, ChargeRef } from "./events.ts";
import type { Said } from "./charges.ts";
import { numberOf } from "../../lexicon/index.ts";

/**
 * What a charge anaphor names. "The same charge", "that count": the offence named before it in its sentence, else the
 * defendant's charge named last, up to three sentences before ("the same charge": else anyone's named last). "The same two charges" (against another): every offence of
 * the last event that named charges, up to five sentences before, whoever it was against; "those counts": the defendant's, else so.
 */
export function antecedents(ref: ChargeRef, d: Entity, e: CaseEvent, said: readonly Said[]): ChargeData[] {
  const reach = ref.data.anaphor === "same" ? 5 : 3;
  // ("dismissed the same two charges against Y ... Z, who faced the same two charges": a resolved "same" names them again)
  // ("had also been charged with breach of trust, but that charge was withdrawn": an event told before it in its own sentence too)
  const before = (x: CaseEvent) => x.sentence < e.sentence || x.sentence === e.sentence && x !== e && x.at !== undefined && e.at !== undefined && x.at < e.at;
  const recent = said.filter((s) => before(s.event) && s.event.sentence >= e.sentence - reach && (!s.ref.data.anaphor || s.ref.data.anaphor === "same"));
  const own = recent.filter((s) => s.defendant === d);
  const kind = ref.data.anaphor;
  if (kind === "same" || kind === "plural") {
    const pool = kind === "plural" && own.length ? own : recent;
    const last = pool[pool.length - 1];
    if (!last) return [];
    const families = new Map<string, ChargeData>();
    // the last event's offences; "both counts", "the three charges" after counts told one a line: the events before it too, until there are so many
    const want = kind === "plural" ? HOW_MANY.exec(ref.data.label.toLowerCase())?.slice(1).map((w) => (w ? numberOf(w) : undefined)).find((n) => n !== undefined) : undefined;
    const events = [...new Set(pool.filter((s) => s.defendant === last.defendant).map((s) => s.event))].reverse();
    for (const ev of events) {
      for (const s of pool) if (s.event === ev && s.defendant === last.defendant && !families.has(s.data.family)) families.set(s.data.family, { ...ref.data, family: s.data.family, label: s.data.label });
      if (!want || families.size >= want) break;
    }
    return [...families.values()];
  }
  // "charged with rape and sexual assault ... acquitted him of the second charge": the n-th offence of the last
  // list of the defendant's that has so many, never simply the last named (nothing where none has)
  const nth = ORDINAL.exec(ref.data.label.toLowerCase())?.[1];
  if (nth) {
    const mine = said.filter((s) => s.defendant === d && s.event !== e && s.event.sentence <= e.sentence && s.event.sentence >= e.sentence - reach && !s.ref.data.anaphor);
    // (each offence as many times as its counts: "three counts of rape ... the third count" is rape)
    const lists = [...new Set(mine.map((s) => s.event))].map((ev) => [...new Set(mine.filter((s) => s.event === ev).map((s) => s.data))]
      .filter((x, i, all) => all.findIndex((y) => y.family === x.family) === i).flatMap((x) => Array<ChargeData>(Math.max(1, x.count ?? 1)).fill(x)));
    const n = ORDINAL_INDEX[nth]!;
    const list = [...lists].reverse().find((l) => (n < 0 ? l.length >= 2 : l.length >= n));
    const pick = list ? (n < 0 ? list[list.length - 1] : list[n - 1]) : new Set(own.map((s) => s.data.family)).size === 1 ? own[0]!.data : undefined;
    return pick ? [{ ...ref.data, family: pick.family, label: pick.label }] : [];
  }
  // ("convicted A and B of disloyal management, but acquitted C of that count": the count its own sentence named
  // before it, whoever it was against, comes before the defendant's counts told earlier)
  const here = recent.filter((s) => s.event.sentence === e.sentence && !s.ref.data.anaphor);
  // ("X pleaded guilty to conspiracy ... His co-defendant, Y, pleaded guilty to the same charge": with none of Y's own
  // told, the charge named last, whoever it was against)
  const same = SAME.test(ref.data.label) ? recent.filter((s) => !s.ref.data.anaphor).at(-1) : undefined;
  // ("A was convicted of conspiracy ... B had admitted the same charge ... C was cleared of the charge": with none of
  // C's own told, the one offence the article has named before, whoever it was against; nothing when it named two)
  const told = said.filter((s) => before(s.event) && !s.ref.data.anaphor);
  const sole = new Set(told.map((s) => s.data.family)).size === 1 ? told.at(-1) : undefined;
  const last = here[here.length - 1] ?? own[own.length - 1] ?? same ?? sole;
  if (last) return [{ ...ref.data, family: last.data.family, label: last.data.label }];
  return ref.fallback ? [{ ...ref.data, family: ref.fallback.family, label: ref.fallback.label }] : [];
}

const ORDINAL = /\b(first|second|third|fourth|fifth|sixth|last)\b/;
const SAME = /^the same (?:charge|count|offen[cs]e)$/i;
const ORDINAL_INDEX: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, last: -1 };

/** How many counts a plural anaphor names: "both counts", "the two charges", "all three counts". */
const HOW_MANY = /^(?:(both)|(?:the|all) (two|three|four|five|six))\b/;

// Courts and offices named in lower case: "federal court in Alexandria", "a French court",
// "New York state's highest court", "the special counsel's office", "the U.S. attorney's office
// in Brooklyn". They are names of one thing all the same; resolution joins a described court to
// the court the article names.
import { lowerWords, type Token, type TokenSentence } from "../nlp/tokens.ts";
import type { NameMention } from "../types.ts";
import { COURT_PHRASES, GIVEN_NAMES, MONTHS, OFFICE_BODIES, ROLE_FORMS, WEEKDAYS, isPlace } from "../lexicon/index.ts";

const NATIONALITY = /^(?:\p{Lu}\p{Ll}+(?:ian|ish|ese|an|ch|ic|i|ean))$/u;
/** Words before "court" that say what it is, not which it is: "the same court", "a packed court". */
const NOT_KINDS = /^(?:same|other|another|this|that|whole|entire|packed|crowded|full|open|empty|hushed|tiny|small|large|new|old|his|her|their|its|own)$/;
/** Courts the British press names by town and kind, the kind in lower case: "Harwick crown court". */
const TOWN_COURTS = new Set(["crown court", "magistrates court", "magistrates' court", "county court", "sheriff court", "coroner's court", "coroners court", "youth court", "family court"]);
const BARE_NEEDS_PLACE = new Set(["federal court", "district court", "state court", "courthouse", "criminal court", "court", "county court", "family court", "magistrates court", "magistrates' court"]);

/** Whether a name other than a place overlaps tokens[a..b): a described name takes in its places ("New York state's highest court"). */
const within = (_ts: readonly Token[], a: number, b: number, names: readonly NameMention[]) =>
  names.some((n) => n.type !== "Place" && n.first < b && a < n.last);

/** A lower-case noun or adjective that says what kind a court is ("accountability", "sessions"). */
const kindWord = (t?: Token) => !!t && !t.cap && (t.pos === "NOUN" || t.pos === "ADJ") && !NOT_KINDS.test(t.lower);

// (made once, not in every sentence: tsx's esbuild names each closure made inside a function with
// Object.defineProperty, each time it is made)
function make(s: TokenSentence, type: NameMention["type"], a: number, b: number): NameMention {
  const ts = s.tokens;
  const start = ts[a]!.start, end = ts[b - 1]!.end;
  const surface = s.text.slice(start - s.start, end - s.start);
  return { type, sentence: s.index, start, end, surface, name: surface.replace(/\s+/g, " "), first: a, last: b, evidence: "sure" };
}

/**
 * "in Alexandria", "in Manhattan": the place that completes a described name; a name the finder
 * did not take for anyone's ("in Islamabad") is a place there too.
 */
function placeAfter(ts: readonly Token[], names: readonly NameMention[], b: number): number {
  if (ts[b]?.lower !== "in" || !ts[b + 1]?.cap) return b;
  // ("granted bail by a sessions court in October": a month or a day is when, not where)
  if (MONTHS.has(ts[b + 1]!.lower) || WEEKDAYS.has(ts[b + 1]!.lower)) return b;
  let e = b + 1;
  while (ts[e]?.cap && e - b <= 3) e++;
  if (isPlace(ts.slice(b + 1, e).map((t) => t.text).join(" ")) || isPlace(ts[b + 1]!.text)) return e;
  const n = names.find((x) => x.first === b + 1);
  const unnamed = !n || n.type === "Place" || (n.type === "Person" && n.evidence === "weak" && n.last - n.first === 1 && !GIVEN_NAMES.has(ts[b + 1]!.text));
  if (!unnamed || ts[e]?.lower === "'s" || ts[b + 1]!.pos !== "PROPN") return b;
  if (n) n.type = "Place";
  return n ? n.last : e;
}

export function describedNames(s: TokenSentence, names: readonly NameMention[]): NameMention[] {
  const ts = s.tokens;
  const out: NameMention[] = [];
  for (let i = 0; i < ts.length; i++) {
    // courts
    const hit = COURT_PHRASES.at(ts, i)[0] ?? (ts[i]!.lower === "court" ? { start: i, end: i + 1 } : undefined);
    if (hit && !ts[i]!.cap && !within(ts, hit.start, hit.end, names)) {
      if (/^(?:judge|justice|judges|justices|hearing|order|filing|documents?|records?|papers|date|appearance|case)$/.test(ts[hit.end]?.lower ?? "")) continue;
      let a = hit.start;
      // "the state's", "New York state's", "a French", "the Denver"
      if (ts[a - 1]?.lower === "'s" && ts[a - 2] && /^(?:state|nation|country)$/.test(ts[a - 2]!.lower)) { a -= 2; while (ts[a - 1]?.cap) a--; }
      // "Italy's highest court", "New South Wales's top court": the place it serves is in its name
      else if (ts[a - 1]?.lower === "'s" && ts[a - 2]?.cap) {
        let p = a - 2;
        while (p > 0 && ts[p - 1]?.cap && a - 1 - p < 3) p--;
        while (p < a - 1 && !isPlace(ts.slice(p, a - 1).map((t) => t.text).join(" "))) p++;
        if (p < a - 1 && !within(ts, p, a - 1, names)) a = p;
      }
      else if (ts[a - 1] && (ts[a - 1]!.lower === "federal" || ts[a - 1]!.lower === "state") && !ts[a - 1]!.cap) a--;
      // "an accountability court in Islamabad", "a sessions court in Mumbai": the kind of court
      let kind = hit.start;
      if (hit.end - hit.start === 1 && a === hit.start) {
        while (kind > hit.start - 2 && kindWord(ts[kind - 1])) kind--;
        // "district and sessions court"
        if (kind < hit.start && ts[kind - 1]?.lower === "and" && kindWord(ts[kind - 2])) kind -= 2;
      }
      let placed = false;
      while (ts[a - 1]?.cap && (isPlace(ts[a - 1]!.text) || NATIONALITY.test(ts[a - 1]!.text))) { a--; placed = true; }
      // "at Harwick crown court", "Ely magistrates court": the British press writes a court's kind in lower
      // case after the town that names it, a town no list need hold
      if (!placed && a === hit.start && TOWN_COURTS.has(lowerWords(ts, hit.start, hit.end))) {
        let p = a;
        while (p > a - 2 && ts[p - 1]?.cap && ts[p - 1]!.pos === "PROPN") p--;
        const town = names.find((n) => n.last === a && n.first >= p);
        if (p < a && (!town || town.type === "Place" || (town.type === "Person" && town.evidence === "weak"))) {
          if (town) town.type = "Place";
          a = town?.first ?? p;
          placed = true;
        }
      }
      const b = placeAfter(ts, names, hit.end);
      // "the Lahore district and sessions court": a place before the kind
      const before = kind < hit.start && ts[kind - 1]?.cap && ts[kind - 1]!.pos === "PROPN" ? names.find((n) => n.last === kind && n.last - n.first === 1) : undefined;
      const placedBefore = kind < hit.start && ts[kind - 1]?.cap && (isPlace(ts[kind - 1]!.text) || (before?.type === "Person" && before.evidence === "weak") || before?.type === "Place");
      if (placedBefore) { if (before) before.type = "Place"; a = kind - 1; placed = true; }
      else if (kind < hit.start && b > hit.end) a = kind;
      const phrase = lowerWords(ts, hit.start, hit.end);
      if (BARE_NEEDS_PLACE.has(phrase) && !placed && b === hit.end && a === hit.start) continue;
      if (phrase === "court" && !placed && b === hit.end) continue;
      if (within(ts, a, hit.end, names)) a = hit.start;
      out.push(make(s, "Court", a, b));
      i = b - 1;
      continue;
    }
    // offices: "[Manhattan] district attorney's office", "the special counsel's office [in Alexandria]"
    if (ts[i]!.lower === "office" && ts[i - 1]?.lower === "'s" && !within(ts, i - 1, i + 1, names)) {
      let a = i - 1;
      for (let k = Math.max(0, a - 4); k < a; k++) if (ROLE_FORMS.at(ts, k).some((h) => h.end === a)) { a = k; break; }
      // ("the governor's office said", "the head teacher's office": anyone else's office is a room or a staff)
      // (the office's owner ends before its "'s": a constant of this block, so that no closure reads the loop's `i`, whose
      // context would then be made at every token)
      const owner = i - 1;
      const held = ROLE_FORMS.at(ts, a).find((h) => h.end === owner);
      if (a === i - 1 || !(held?.value.legal === "prosecutor" || OFFICE_BODIES.has(lowerWords(ts, a, i - 1)))) continue;
      // "the national financial prosecutor's office": the words that say which office
      while (a > 0 && ts[a - 1]!.pos === "ADJ" && !ts[a - 1]!.cap && a > i - 6) a--;
      while (ts[a - 1]?.cap && (isPlace(ts[a - 1]!.text) || ts[a - 1]!.pos === "PROPN") && !within(ts, a - 1, a, names)) a--;
      const b = placeAfter(ts, names, i + 1);
      out.push(make(s, "Organization", a, b));
      i = b - 1;
    }
  }
  return out;
}

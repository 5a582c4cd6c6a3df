// Words and clauses of one sentence, with offsets into it. A date belongs to the event told in its
// own clause; these are the clause edges that news sentences show without a parser: semicolons,
// colons, dashes and brackets; words that open a subordinate clause ("who", "after", "but"...);
// ", and" between two clauses; ", <word>ing" opening a participle; "that" after a speech verb
// ("said Tuesday that..."); and the comma that closes a relative clause opened after a comma.
import lexicon from "../lexicon/dates.json" with { type: "json" };

export interface Word { start: number; end: number; text: string; lower: string }
export interface Span { start: number; end: number }

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.\-]*/gu;

/** The words of a text, a trailing full stop dropped unless it ends an abbreviation such as "Aug.". */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    let t = m[0];
    if (t.endsWith(".") && !/^[A-Z][a-z]{1,3}\.$|^(?:[A-Za-z]\.)+$/.test(t)) t = t.slice(0, -1);
    if (!t) continue;
    out.push({ start: m.index!, end: m.index! + t.length, text: t, lower: t.toLowerCase().replace(/’/g, "'") });
  }
  return out;
}

const OPENERS = new Set(["who", "whom", "whose", "which", "when", "while", "whereas", "where", "after", "before", "since",
  "because", "although", "though", "but", "if", "unless", "whether", "until", "till", "once"]);
/** Openers that are prepositions when a name follows: "a trial before Judge Doe". */
const PREPOSITIONAL = new Set(["after", "before", "since", "until", "till", "once"]);
/** The proceedings such an opener may govern as a noun: "convicted of fraud after a two-week trial in March" is one clause. */
const PROCEEDINGS = new Set(lexicon.proceedings);
const DETERMINER = /^(?:a|an|the|his|her|their|its|this|that|\d+)$/;
const RELATIVE = new Set(["who", "whom", "whose", "which", "where"]);
const COORDINATORS = new Set(["and", "but", "or", "so", "yet", "then"]);
const SPEECH = new Set(lexicon.speech);
// (a regex with \p{...}, which tsx's esbuild writes as `new RegExp(...)` made at every use, is made once here)
const UPPER_START = /^\p{Lu}/u;
const HARD = /[;:()[\]]|\s[—–-]{1,2}\s|—|–|--/g;

/** Clause spans of a sentence, in order, covering it without overlap. */
export function clauses(text: string): Span[] {
  const cuts = new Set<number>();
  for (const m of text.matchAll(HARD)) {
    if (m[0] === ":" && /\d/.test(text[m.index! - 1] ?? "") && /\d/.test(text[m.index! + 1] ?? "")) continue; // 10:30
    cuts.add(m.index!);
  }
  const ws = words(text);
  let relativeOpen = false;
  ws.forEach((w, i) => {
    const before = text.slice(ws[i - 1]?.end ?? 0, w.start);
    const comma = before.includes(",");
    if (comma && relativeOpen) { cuts.add(ws[i - 1]!.end); relativeOpen = false; }
    if (OPENERS.has(w.lower)) {
      const next = ws[i + 1];
      const prepositional = PREPOSITIONAL.has(w.lower) && next && (UPPER_START.test(next.text) || proceedingsAfter(text, ws, i));
      if (!prepositional) cuts.add(w.start);
      if (comma && RELATIVE.has(w.lower)) relativeOpen = true;
    } else if (comma && (COORDINATORS.has(w.lower) || (/ing$/.test(w.lower) && w.lower.length > 5))) {
      cuts.add(w.start);
    } else if (w.lower === "that" && ws.slice(Math.max(0, i - 5), i).some((p) => SPEECH.has(p.lower))) {
      cuts.add(w.start);
    }
  });
  const sorted = [...cuts].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b);
  const spans: Span[] = [];
  let at = 0;
  for (const c of sorted) { if (c > at) spans.push({ start: at, end: c }); at = c; }
  spans.push({ start: at, end: text.length });
  return spans;
}

/** Whether the words after the opener at `i` are a noun phrase of proceedings: "after a trial", "before a three-day hearing". */
function proceedingsAfter(text: string, ws: Word[], i: number): boolean {
  if (!DETERMINER.test(ws[i + 1]?.lower ?? "")) return false;
  for (let k = i + 2; k <= i + 5 && k < ws.length; k++) {
    if (/[,;:()]/.test(text.slice(ws[k - 1]!.end, ws[k]!.start))) return false;
    if (PROCEEDINGS.has(ws[k]!.lower)) return true;
  }
  return false;
}

/** The index of the clause that holds an offset. */
export function clauseOf(spans: readonly Span[], offset: number): number {
  for (let i = spans.length - 1; i >= 0; i--) if (offset >= spans[i]!.start) return i;
  return 0;
}

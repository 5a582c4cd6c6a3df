// Two lawyers and their clients told in one sentence (rules/counsel-pairs.yaml): which name a lawyer's verb belongs to
// when one match runs over two clauses ("A, who represents B, and C, who represents D"), and lists paired in order
// ("A and B, lawyers for C and D respectively").
import type { Frame } from "./engine/rules.ts";
import type { Span } from "./engine/match.ts";
import type { EntityData, SentenceLayers } from "./layers.ts";

/** A lawyer's verbs, which after a client list open a clause of its own. */
export const COUNSEL_VERBS = new Set(["represents", "represented", "defends", "defended", "acts", "acted", "appears", "appeared"]);

/** ", who represents", ", who is acting for", ", representing": a clause saying whom the name before it acts for, which makes it a lawyer. */
export function counselClauseAt({ tokens: ts }: SentenceLayers, k: number): boolean {
  if (ts[k]?.text !== ",") return false;
  const w = (i: number) => ts[k + i]?.lower ?? "";
  if (/^(?:representing|acting|appearing|defending)$/.test(w(1))) return true;
  return w(1) === "who" && (COUNSEL_VERBS.has(w(2)) || /^(?:is|was|has|had)$/.test(w(2)) && /^(?:representing|represented|acting|acted|appearing|appeared|defending)$/.test(w(3)));
}

/**
 * "A, who represents B, and C, who represents D": a match may run from the first lawyer over the first clause to the
 * second verb; the name after "and" whose own clause that verb opens (", who represents", ", representing") is its lawyer.
 */
export function ownClauseLawyer(l: SentenceLayers, f: Frame): Span | undefined {
  const lo = Math.max(...(f.slots.get("lawyer") ?? []).map((s) => s.end));
  return l.spans.find((s) => s.type === "Person" && s.start > lo && s.end < f.anchor && f.anchor <= s.end + 4 && !(s.data as EntityData).pronoun && l.tokens[s.start - 1]?.lower === "and"
    && counselClauseAt(l, s.end) && l.tokens.slice(s.end + 1, f.anchor).every((t) => /^(?:who|is|was|has|had)$/.test(t.lower)));
}

/** "A and B, lawyers for C and D respectively": as many on each side, paired in the order told. */
export function respectively(l: SentenceLayers, f: Frame, sources: readonly Span[], targets: readonly Span[]): boolean {
  return sources.length > 1 && sources.length === targets.length && l.tokens[f.end - 1]?.lower === "respectively";
}

/** A match that stops short of the "respectively" its list ends in ("lawyers for C| and D respectively"): the whole list is read apart. */
export function shortOfRespectively({ tokens: ts }: SentenceLayers, f: Frame): boolean {
  for (let k = f.end; k < ts.length && !/^[,.;:]$/.test(ts[k]!.text); k++) if (ts[k]!.lower === "respectively") return true;
  return false;
}

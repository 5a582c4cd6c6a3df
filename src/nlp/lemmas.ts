// Verb lemmas where wink's are wrong: it strips -ed or -ing to a stem that is a word of its own
// (fined -> fin, raped -> rap, stared -> star), or leaves a form it does not know as it is
// (deadlocked, forfeited, observing).
import { inLexicon } from "./wink.ts";

/** Answers already worked out: a form, the lemma wink gave it first, the lemma fixed. */
const seen = new Map<string, { lemma: string; fixed: string }>();

/** The lemma of a verb form (lower case), given wink's. */
export function verbLemma(form: string, lemma: string): string {
  if (!form.endsWith("ed") && !form.endsWith("ing")) return lemma;
  const known = seen.get(form);
  if (known?.lemma === lemma) return known.fixed;
  const fixed = fixLemma(form, lemma);
  if (!known) {
    if (seen.size >= 20000) seen.clear();
    seen.set(form, { lemma, fixed });
  }
  return fixed;
}

function fixLemma(form: string, lemma: string): string {
  const m = /^(.{3,}?)(?:ed|ing)$/.exec(form);
  if (!m) return lemma;
  const stem = m[1]!;
  // a stem that ends in one vowel and one consonant takes an -e when the verb has one: fine, rape, hope
  const withE = /[aeiou][^aeiouwxy]$/.test(stem) && !/[aeiou]{2}[^aeiou]$/.test(stem) && inLexicon(`${stem}e`) ? `${stem}e` : undefined;
  if (lemma === stem) return withE ?? lemma;
  if (lemma !== form) return lemma;
  const undoubled = /([^aeiou])\1$/.test(stem) ? stem.slice(0, -1) : undefined;
  return withE ?? [stem, `${stem}e`, undoubled].find((c) => c && inLexicon(c)) ?? lemma;
}

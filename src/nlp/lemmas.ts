// Verb lemmas where wink's are wrong: it strips -ed or -ing to a stem that is a word of its own
// (fined -> fin, raped -> rap, stared -> star), or leaves a form it does not know as it is
// (deadlocked, forfeited, observing).
import { inLexicon, memo } from "./wink.ts";

/** The lemma of a verb form (lower case), given wink's. */
export function verbLemma(form: string, lemma: string): string {
  if (!form.endsWith("ed") && !form.endsWith("ing")) return lemma;
  return form === lemma ? unknownForm(form) : lemmaOf(`${form} ${lemma}`);
}

const lemmaOf = memo((key: string) => { const [form, lemma] = key.split(" "); return fixLemma(form!, lemma!); });
const unknownForm = memo((form: string) => fixLemma(form, form));

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

// The one wink-nlp instance of the token layer (wink-eng-lite-web-model: its tokenizer and
// part-of-speech tagger), and the look-ups into its lexicon the corrections use.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** Universal part-of-speech tags, as wink-eng-lite-web-model gives them. */
export type Pos =
  | "ADJ" | "ADP" | "ADV" | "AUX" | "CCONJ" | "DET" | "INTJ" | "NOUN" | "NUM" | "PART"
  | "PRON" | "PROPN" | "PUNCT" | "SCONJ" | "SYM" | "VERB" | "X" | "SPACE";

// (no "sbd": the sentences are src/segment's, and wink's tagger and lemmas never read its own; its
// sentence boundary pass was a fifth of the time spent in wink)
const nlp = winkNLP(model, ["pos"]);
const its = nlp.its;

export interface Tagged {
  values: string[];
  tags: Pos[];
  lemmas: string[];
}

/** wink's tokens of a text, with their tags and lemmas (white space included, tagged SPACE). */
export function tag(text: string): Tagged {
  const tokens = nlp.readDoc(text).tokens();
  return {
    values: tokens.out(its.value) as string[],
    tags: tokens.out(its.pos) as Pos[],
    lemmas: tokens.out(its.lemma as Parameters<typeof tokens.out>[0]) as string[],
  };
}

// A document kept only to ask the lexicon about words: isOOV is a hash look-up, no tagging.
const probe = nlp.readDoc("probe");
/** The word, exactly as written (the lexicon is lower case), is in wink's own lexicon. */
export const inLexicon = (word: string): boolean => !probe.isOOV(word);

/** Answers about single words, remembered: they depend on the word alone, so any order gives the same. */
export function memo<T>(f: (word: string) => T, limit = 20000): (word: string) => T {
  const seen = new Map<string, T>();
  return (word) => {
    let v = seen.get(word);
    if (v === undefined && !seen.has(word)) {
      if (seen.size >= limit) seen.clear();
      seen.set(word, (v = f(word)));
    }
    return v as T;
  };
}

/** wink's tag and lemma for a word read alone ("jury": NOUN, jury). */
export const tagWord = memo((word: string) => {
  const t = tag(word);
  const k = Math.max(0, t.tags.findIndex((p) => p !== "SPACE"));
  return { pos: t.tags[k] ?? "X", lemma: t.lemmas[k] ?? word };
});

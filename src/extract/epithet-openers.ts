// "Tragic Amy Vance", "Bubbly Amy Vance had just turned 21", "Heartbroken Sal Orme": a tabloid's headline or lede sets an
// adjective before a person's given name, and at the start of a clause its capital makes it look like the name's
// first word. Where the article names the same person without it ("Amy Vance", or "Amy" before a surname), a
// leading word that wink's lexicon knows as an adjective, and that is neither a given name nor a title, is no part of
// the name. (A given name that is also an adjective, "Bright Okoro", is kept: the article never names him without it.)
import type { NameMention } from "../types.ts";
import type { Doc } from "./document.ts";
import { GIVEN_NAMES, ROLE_FORMS, TITLES } from "../lexicon/index.ts";
import { commonByLexicon } from "../nlp/truecase.ts";

export function dropEpithets(doc: Doc, names: readonly NameMention[]): NameMention[] {
  const people = names.filter((n) => n.type === "Person");
  return names.map((m) => {
    if (m.type !== "Person" || m.title || m.last - m.first < 2) return m;
    const ts = doc.sentences[m.sentence]!.tokens, t = ts[m.first]!, given = ts[m.first + 1]!;
    if (!GIVEN_NAMES.has(given.text) || GIVEN_NAMES.has(t.text) || TITLES.at(ts, m.first).length || ROLE_FORMS.at(ts, m.first).length) return m;
    if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || !commonByLexicon(t.lower)) return m;
    const rest = m.name.split(" ").slice(1).join(" ");
    if (!rest || rest.split(" ")[0] !== given.text) return m;
    // the same person named without the word: "Amy Vance", or "Amy" before the surname of "Tragic Amy Vance"
    const surname = m.last - m.first > 2 ? ts[m.last - 1]!.text : undefined;
    const plain = people.some((n) => n !== m && !(n.sentence === m.sentence && n.first === m.first) && (n.name === rest || (n.name.startsWith(`${given.text} `) && (!surname || n.name.endsWith(` ${surname}`)))));
    if (!plain) return m;
    const surface = doc.text.slice(given.start, m.end);
    return { ...m, first: m.first + 1, start: given.start, surface, name: rest };
  });
}

// A body's name said short: "Marlowby Permanent Bank ... former Marlowby finance director Neil Brindmore". A name the
// finder was unsure of (capital letters only) that is the first word or words of an organisation or studio the article
// named before it, said before a post in it or its possession ("Marlowby's", "Marlowby chief executive"), and that is no one's given name or surname in the story, is that body said short, not a person. So is a
// name read as a place's by its last word that no list of places holds ("Corvane Valley NHS Trust ... Corvane Valley chief
// executive Marion Aldwick"): "Leeds" stays the city, even after "Leeds City Council".
import type { NameMention } from "../types.ts";
import type { Doc } from "./document.ts";
import { GIVEN_NAMES, NOT_EMPLOYMENT, PERSON_NOUNS, ROLE_FORMS, isPlace } from "../lexicon/index.ts";
import { ownBody } from "../resolve/name-match.ts";

export function shortBodyNames(doc: Doc, names: NameMention[]): void {
  const people = names.filter((m) => m.type === "Person" && (m.last - m.first > 1 || m.evidence === "sure"));
  const personWords = new Set(people.flatMap((m) => m.name.split(" ")));
  const bodies = names.filter((m) => (m.type === "Organization" || m.type === "Studio") && m.last - m.first > 1);
  for (const m of names) {
    const unsure = m.type === "Person" ? m.evidence === "weak" : m.type === "Place" && !isPlace(m.name) && !m.name.split(" ").some(isPlace);
    if (!unsure || m.title || m.aliasOf || m.last - m.first > 2 || !beforePost(doc.sentences[m.sentence]!.tokens, m.last)) continue;
    const words = m.name.split(" ");
    if (words.some((w) => GIVEN_NAMES.has(w) || personWords.has(w))) continue;
    // (not where the rest names a body of its own, which the resolver keeps apart: "Kestrel Media" beside "Kestrel Media
    // Pension Trust", "Kestrel" beside "Kestrel Savings Bank")
    const before = bodies.filter((b) => (b.sentence < m.sentence || (b.sentence === m.sentence && b.last <= m.first)) && b.name.startsWith(`${m.name} `) && !ownBody(b.name.split(" ").slice(words.length)));
    // (the first words of two bodies' names are neither's: "Marlowby Bank ... Marlowby Insurance ... Marlowby said")
    const types = new Set(before.map((b) => b.type));
    if (new Set(before.map((b) => b.name)).size === 1 && types.size === 1) m.type = [...types][0]!;
  }
}

/** Whether "'s" or a post ("chief executive", "branch manager") follows at token k, past at most two lower-case words (not
 * a word for anyone: "a Wexcombe man", nor one for no employment: "a Wexcombe customer"). */
function beforePost(ts: Doc["sentences"][number]["tokens"], k: number): boolean {
  if (/^(?:'s|’s|')$/.test(ts[k]?.lower ?? "")) return true;
  for (let j = k; j < k + 3 && ts[j] && !ts[j]!.cap; j++) {
    const w = ts[j]!.lower;
    if (ROLE_FORMS.longest(ts, j) || (PERSON_NOUNS.has(w) && !ANYONE.has(w) && !NOT_EMPLOYMENT.has(w))) return true;
  }
  return false;
}
const ANYONE = new Set(["man", "woman", "men", "women", "boy", "girl", "teenager", "youth", "child", "mother", "father", "resident", "native", "local"]);

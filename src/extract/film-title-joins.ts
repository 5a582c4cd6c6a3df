// "Romeo and the Rainy Season", "Four Sisters and a Wedding": a title of a work may join its words with "and" and an
// article. The title finder cuts a run at "and" (a list of titles is likelier), so a film a cue typed may end there; where
// "and", an article and a capitalised run follow it to the end of the clause, with no one's sure name among them, the
// run is the rest of the same title ("starred in A and The B": a second title opens with a capital).
import type { NameMention } from "../types.ts";
import type { Doc } from "./document.ts";
import { isPlace } from "../lexicon/index.ts";

const JOINS = new Set(["and", "&"]);
const ARTICLES = new Set(["the", "a", "an"]);
const SMALL = new Set(["of", "the", "a", "an", "in", "on", "for", "to", "at", "from", "with"]);
const LOWER_START = /^\p{Ll}/u;

/** The names with each unquoted film that goes on over "and the ..." joined to its rest; the names inside that rest dropped. */
export function joinFilmTitles(doc: Doc, names: NameMention[]): NameMention[] {
  const dropped = new Set<NameMention>();
  for (const film of names) {
    if (film.type !== "Film" || dropped.has(film)) continue;
    const s = doc.sentences[film.sentence]!, ts = s.tokens, b = film.last;
    if (/^["“‘']$/.test(ts[film.first - 1]?.text ?? "") || !JOINS.has(ts[b]?.lower ?? "") || !ARTICLES.has(ts[b + 1]?.text ?? "") || !ts[b + 2]?.cap) continue;
    let e = b + 2;
    while (e < ts.length && (ts[e]!.cap || /^\d+$/.test(ts[e]!.text) || (SMALL.has(ts[e]!.text) && ts[e + 1]?.cap))) e++;
    // the run ends the clause: not "and the Harcourt Theatre production", "and the Kestrel board"
    const after = ts[e];
    if (after && LOWER_START.test(after.text) && (after.pos === "NOUN" || after.pos === "PROPN")) continue;
    const inside = names.filter((m) => m !== film && m.sentence === film.sentence && m.first < e && b < m.last);
    if (inside.some((m) => m.last > e || !(m.type === "Film" || (m.type === "Person" && m.evidence === "weak") || (m.type === "Place" && m.evidence === "weak" && !isPlace(m.name))))) continue;
    for (const m of inside) dropped.add(m);
    const last = ts[e - 1]!;
    film.last = e;
    film.end = last.end;
    film.surface = s.text.slice(film.start - s.start, film.end - s.start);
    film.name = film.surface.replace(/\s+/g, " ");
  }
  return dropped.size ? names.filter((m) => !dropped.has(m)) : names;
}

// A body named before by its first words, as a modifier of a role: "Quillon chief executive X", "a Quillon
// spokeswoman, X,", "X, a Quillon director," after "Quillon Freight Group". The name finder leaves such a word
// alone before a lower-case noun ("a Ford Bronco" names no one), and resolution joins a first word to a body only
// for a two-word name; before a role, the words are the one body of the article whose name opens with them.
import type { Entity } from "../../types.ts";
import type { Span } from "../engine/match.ts";
import type { EntityData, SentenceLayers } from "../layers.ts";
import { GEOGRAPHIC_HEADS, isPlace } from "../../lexicon/index.ts";

const ARTICLES = new Set(["a", "an", "the"]);
/** Bodies named for a place: "a Tarnby teacher" beside "Tarnby Borough Council" or "Tarnby Police" is a teacher of the place. */
const PLACE_BODY_WORDS = new Set(["police", "council", "government", "state", "constabulary"]);

export function bodyShortNames(l: SentenceLayers, bodies: readonly Entity[]): Span[] {
  const out: Span[] = [];
  const ts = l.tokens;
  for (const role of l.spans) {
    if (role.type !== "Role" || ts[role.start]!.cap) continue;
    // the capitals right before the role's first lower-case word, after an article or a stop or nothing
    let a = role.start;
    while (a > 0 && ts[a - 1]!.cap && !ARTICLES.has(ts[a - 1]!.lower)) a--;
    const b = role.start;
    if (a === b || b - a > 2 || (a > 0 && !ARTICLES.has(ts[a - 1]!.lower) && !/^[,(]$/.test(ts[a - 1]!.text))) continue;
    // (words another mention holds are that mention's)
    // (a title-case stretch, "A Quillon", is no mention)
    if (l.spans.some((s) => s.type !== "Role" && s.type !== "Title" && s.type !== "ChargeLike" && s.start < b && a < s.end)) continue;
    const words = ts.slice(a, b).map((t) => t.lower);
    if (isPlace(ts.slice(a, b).map((t) => t.text).join(" "))) continue;
    // (a body the article named before, whose longer name opens with these words: the only one)
    const fits = bodies.filter((e) => {
      const label = e.label.toLowerCase().split(/\s+/);
      const rest = e.label.split(/\s+/).slice(words.length);
      return label.length > words.length && words.every((w, k) => label[k] === w) && e.mentions.some((m) => m.start < ts[a]!.start)
        && !rest.some((w) => GEOGRAPHIC_HEADS.has(w) || PLACE_BODY_WORDS.has(w.toLowerCase()));
    });
    if (fits.length !== 1 || out.some((s) => s.start === a)) continue;
    out.push({ type: fits[0]!.type, start: a, end: b, data: { entity: fits[0]! } satisfies EntityData });
  }
  return out;
}

// What the name finder (names.ts) adds once a sentence's capitalised runs are read: bodies named
// by an acronym before a participle, and the place that tells a court or an office of a kind apart.
import type { TokenSentence } from "../nlp/tokens.ts";
import type { NameMention } from "../types.ts";
import { ROLE_FORMS, TITLES, isPlace } from "../lexicon/index.ts";

/** "a NATO-backed intervention", "the UN-brokered truce": the body an acronym before such a participle names. */
const ACRONYM_COMPOUND = /^((?:\p{Lu}){2,6})-(?:backed|led|brokered|funded|sponsored|run|imposed|mandated|approved|sanctioned|monitored|supervised|commissioned)$/u;
export function acronymCompounds(s: TokenSentence, found: readonly NameMention[]): NameMention[] {
  const out: NameMention[] = [];
  s.tokens.forEach((t, i) => {
    const m = ACRONYM_COMPOUND.exec(t.text);
    if (!m || isPlace(m[1]!) || found.some((n) => n.first <= i && i < n.last)) return;
    const name = m[1]!;
    out.push({ type: "Organization", sentence: s.index, start: t.start, end: t.start + name.length, surface: name, name, first: i, last: i + 1, evidence: "sure" });
  });
  return out;
}

const ACRONYM = /^\p{Lu}{2,6}$/u;
const DOTTED = /^(?:\p{Lu}\.)+$/u;
/** "FBI Special Agent Ana Ruiz", "CBI Inspector Ravi Nair": the body an acronym before a person's title names. */
export function titleAcronyms(s: TokenSentence, found: readonly NameMention[]): NameMention[] {
  const ts = s.tokens;
  const out: NameMention[] = [];
  for (const m of found) {
    if (m.type !== "Person" || !m.title) continue;
    // (the acronym opens the title, or stands just before it)
    const i = m.title.last - m.title.first > 1 && ACRONYM.test(ts[m.title.first]!.text) ? m.title.first : m.title.first - 1, t = ts[i];
    // ("former SHO Inspector X": an acronym that is itself a title or a role, a station house officer, names no body)
    if (!t || !ACRONYM.test(t.text) || isPlace(t.text) || ts[i - 1]?.cap || found.some((n) => n.first <= i && i < n.last) || TITLES.at(ts, i).some((h) => h.end === i + 1) || ROLE_FORMS.has(t.lower)) continue;
    out.push({ type: "Organization", sentence: s.index, start: t.start, end: t.end, surface: t.text, name: t.text, first: i, last: i + 1, evidence: "sure" });
  }
  return out;
}

/**
 * "Federal District Court in Brooklyn", "the U.S. Attorney's Office in Brooklyn": a court or an
 * office named by its kind alone is called with the place
 * that follows it, which tells it from the courts of that kind elsewhere. The mention keeps its
 * own words (rules read "the Federal High Court" in "the Federal High Court in Lagos").
 */
export function withCourtPlaces(s: TokenSentence, names: NameMention[]): NameMention[] {
  const ts = s.tokens;
  for (const m of names) {
    // and so is an office: "the U.S. Attorney's Office in Brooklyn"
    const office = m.type === "Organization" && /\bOffices?$/.test(m.name);
    const at = courtPlaceAt(ts, m.last);
    if ((m.type !== "Court" && !office) || at < 0 || !ts[at]?.cap) continue;
    if (ts.slice(m.first, m.last).some((t) => (isPlace(t.text) && !DOTTED.test(t.text)) || t.lower === "for")) continue;
    const place = names.find((n) => n.first === at && (n.type === "Place" || (n.type === "Person" && n.evidence === "weak")));
    let end = at;
    if (place) end = place.last;
    else while (ts[end]?.cap && end - at < 3) end++;
    if (!place && !isPlace(ts.slice(at, end).map((t) => t.text).join(" "))) continue;
    if (place) place.type = "Place";
    m.name = `${m.name} in ${s.text.slice(ts[at]!.start - s.start, ts[end - 1]!.end - s.start).replace(/\s+/g, " ")}`;
  }
  return names;
}

/**
 * Where the place a court is called with starts after the court's name ends at `i`: "the Federal High
 * Court in Lagos", and the Nigerian reports' "a Federal High Court sitting in Ikoyi"; -1 when none.
 */
export function courtPlaceAt(ts: TokenSentence["tokens"], i: number): number {
  if (ts[i]?.lower === "in") return i + 1;
  return ts[i]?.lower === "sitting" && ts[i + 1]?.lower === "in" ? i + 2 : -1;
}

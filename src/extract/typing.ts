// The names stage: TYPE rules read the words around a name or a title and say what it names
// ("starred in X": a film; "the streaming company X": a studio), before resolution groups them.
import type { NameMention, NameType } from "../types.ts";
import type { Doc } from "./document.ts";
import type { Frame, RuleSet } from "./engine/rules.ts";
import { longestFirst, type Span } from "./engine/match.ts";
import { titleSpans } from "./titles.ts";
import { quotedTitles } from "./quoted-titles.ts";
import { inLexicon } from "../nlp/wink.ts";
import { pluralNoun } from "./name-context.ts";
import { shortBodyNames } from "./short-bodies.ts";
import { joinFilmTitles } from "./film-title-joins.ts";
import { BROADCAST_HEADS, FILM_MAKING_WORDS, GIVEN_NAMES, STUDIO_ANAPHORS, STUDIO_DESCRIPTIONS, WIDE_STUDIO_HEADS, isPlace } from "../lexicon/index.ts";

const OWNER_LETTERS = /^\p{Lu}{2,5}$/u;
const STUDIO_WORD = /\bstudios?\b/i;

export function applyTypes(doc: Doc, names: NameMention[], rules: RuleSet): { names: NameMention[]; frames: Frame[] } {
  const frames: Frame[] = [];
  const removed = new Set<NameMention>();
  // names a strong cue made no one ("the trawler Mary Ellen"): the same name untitled elsewhere is no one either
  const nobody = new Set<string>();
  // names a strong cue made a film ("the thriller Iron Harbour"): the same name a place's head alone typed elsewhere is that film
  const films = new Set<string>();
  // names a rule of another trade made a company ("the broadcaster Northstar Television"): a company wherever their head word made them a studio
  const notStudios = new Set<string>();
  // names a cue made a studio ("the production company Northgate Media"): they stay studios in a story that names no film
  const studios = new Set<string>();
  // letters a strong cue made a court ("An anti-terrorism court (ATC)"): the same letters elsewhere ("ATC Judge X") are that court
  const courtLetters = new Set<string>();
  const added: NameMention[] = [];
  // names of people the weak cues of a company read, by the sentences that read them
  const firmCues = new Map<string, Set<number>>();
  const bySentence = new Map<number, NameMention[]>();
  const surnames = new Set(names.filter((m) => m.type === "Person" && m.last - m.first > 1).map((m) => m.name.split(" ").at(-1)!));
  for (const m of names) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  for (const s of doc.sentences) {
    const here = bySentence.get(s.index) ?? [];
    const spans: Span[] = [
      ...here.map((m) => ({ type: m.type, start: m.first, end: m.last, data: { mention: m } })),
      ...titleSpans(s.tokens),
    ];
    const spansAt = new Map<number, Span[]>();
    for (const sp of spans) spansAt.set(sp.start, [...(spansAt.get(sp.start) ?? []), sp]);
    for (const list of spansAt.values()) if (list.length > 1) longestFirst(list);
    const found = rules.run({ tokens: s.tokens, tags: [], spansAt }, s.index);
    for (const frame of found) {
      if (frame.frame !== "TYPE") continue;
      frames.push(frame);
      const type = frame.set.type as NameType | "none";
      for (const span of frame.slots.get("name") ?? []) {
        const mention = (span.data as { mention?: NameMention } | undefined)?.mention;
        if (mention) {
          // a person named with a title or a given name gives way only to a strong cue (or to weak ones that agree: firmCues)
          if (mention.type === "Person" && mention.evidence === "sure" && type !== "Person" && frame.confidence < 0.85) {
            if (type === "Organization") firmCues.set(mention.name, new Set([...(firmCues.get(mention.name) ?? []), s.index]));
            continue;
          }
          // and so does the surname of a person the story names in full ("Tresk's drama")
          if (mention.type === "Person" && type !== "Person" && frame.confidence < 0.85 && mention.last - mention.first === 1 && surnames.has(mention.name)) continue;
          // a studio is an organisation already: "the production company, Kestrel Reel Productions"
          // (unless the rule tells another trade: "talent agency Brightmoor Entertainment": over: studio)
          if (mention.type === "Studio" && type === "Organization" && frame.set.over !== "studio") continue;
          // a rule for names of several words ("words: several": a firm named after its founders) passes over one word
          if (frame.set.words === "several" && mention.last - mention.first < 2) continue;
          if (mention.type === "Studio" && type === "Organization") notStudios.add(mention.name);
          if (type === "none") { removed.add(mention); if (frame.confidence >= 0.9) nobody.add(mention.name); }
          else { mention.type = type; if (frame.confidence >= 0.75) mention.evidence = "sure"; }
          if (type === "Film" && frame.confidence >= 0.75) films.add(mention.name);
          if (type === "Studio") studios.add(mention.name);
          if (type === "Court" && frame.confidence >= 0.75 && OWNER_LETTERS.test(mention.name)) courtLetters.add(mention.name);
          continue;
        }
        // a title: one name of that type over its tokens, in place of the names inside it; a title
        // that is a sure name of something else gives way only to a strong cue ("starred in")
        const sure = here.find((m) => m.first < span.end && span.start < m.last && m.evidence === "sure" && m.type !== type && m.type !== "Place");
        // a title that is only the surname of someone the story names in full is that person ("told Harlan")
        if (span.type !== "Quoted" && type !== "Person" && frame.confidence < 0.85 && span.end - span.start === 1 && surnames.has(s.tokens[span.start]!.text)) continue;
        if (span.type !== "Quoted" && sure && (frame.confidence < 0.85 || (sure.type === "Studio" && type === "Organization"))) {
          if (sure.type === "Person" && type === "Organization" && sure.first === span.start && sure.last === span.end) firmCues.set(sure.name, new Set([...(firmCues.get(sure.name) ?? []), s.index]));
          continue;
        }
        // a person named with a title is no title of a work unless it is quoted ("the programme, Det Supt Ana Ruiz said, ...")
        if (span.type !== "Quoted" && sure?.type === "Person" && sure.title && type !== "Person") continue;
        if (added.some((m) => m.sentence === s.index && m.first === span.start && m.last === span.end)) continue;
        // a place the lexicon knows, unquoted, is where a career happened, not a work named like it ("rose to fame in Lagos")
        if (span.type !== "Quoted" && type === "Film" && here.some((m) => m.type === "Place" && m.first === span.start && m.last === span.end && isPlace(m.name))) continue;
        // a name the finder already gave that type stays as it is
        const same = here.find((m) => m.type === type && m.first <= span.start && span.end <= m.last && !removed.has(m));
        if (same) { if (type === "Studio") studios.add(same.name); continue; }
        // and so does a body's name before "of" and its town ("its parent company, Pelangi Freight Sdn Bhd of Johor Bahru,")
        const body = here.find((m) => m.type === type && m.first === span.start && m.last < span.end && /^(?:of|in)$/.test(s.tokens[m.last]!.lower));
        if (body && here.some((p) => p.type === "Place" && p.first === body.last + 1 && p.last === span.end)) continue;
        for (const m of here) if (m.first < span.end && span.start < m.last) removed.add(m);
        if (type === "none") continue;
        let [a, b] = (span.data as { inner?: [number, number] } | undefined)?.inner ?? [span.start, span.end];
        // ("the web series Mirzapur Nights for Amazon Prime Video", "Khoon Ki Raat on SonyLIV": where a show streams ends its title)
        if (span.type !== "Quoted" && type === "Film") b = beforeBroadcaster(s.tokens, a, b);
        // ("in ITV's Harbour Heights", "HBO's The Long Night": a broadcaster's letters and possessive own the title)
        if (span.type !== "Quoted" && b - a > 2 && OWNER_LETTERS.test(s.tokens[a]!.text) && /^['’]s$/.test(s.tokens[a + 1]!.lower)) a += 2;
        const first = s.tokens[a]!, last = s.tokens[b - 1]!;
        const surface = s.text.slice(first.start - s.start, last.end - s.start);
        added.push({ type, sentence: s.index, start: first.start, end: last.end, surface, name: surface.replace(/\s+/g, " "), first: a, last: b, evidence: frame.confidence >= 0.75 ? "sure" : "weak" });
        if (type === "Film" && frame.confidence >= 0.75) films.add(added.at(-1)!.name);
        if (type === "Studio") studios.add(added.at(-1)!.name);
      }
    }
    // one person, two names: the alias is a name of that person, whatever a TYPE rule made of it
    for (const frame of found) {
      if (frame.frame !== "ALIAS") continue;
      const person = (frame.slots.get("person")?.[0]?.data as { mention?: NameMention } | undefined)?.mention;
      if (!person || removed.has(person)) continue;
      frames.push(frame);
      for (const span of frame.slots.get("alias") ?? []) {
        const [a, b] = (span.data as { inner?: [number, number] } | undefined)?.inner ?? [span.start, span.end];
        const inside = (m: NameMention) => m.sentence === s.index && m.first < b && a < m.last;
        const mention = (span.data as { mention?: NameMention } | undefined)?.mention;
        for (const m of [...here, ...added]) if (m !== mention && inside(m)) removed.add(m);
        if (mention) { mention.type = "Person"; mention.aliasOf = person; continue; }
        const first = s.tokens[a]!, last = s.tokens[b - 1]!;
        const surface = s.text.slice(first.start - s.start, last.end - s.start);
        added.push({ type: "Person", sentence: s.index, start: first.start, end: last.end, surface, name: surface.replace(/\s+/g, " "), first: a, last: b, evidence: "sure", aliasOf: person });
      }
    }
  }
  firmsNamedForPeople(names, firmCues);
  for (const m of names) if (teamNickname(m, surnames) || (nobody.has(m.name) && !m.title)) removed.add(m);
  for (const m of names) if (m.type === "Place" && films.has(m.name)) m.type = "Film";
  for (const m of names) if (m.type === "Studio" && notStudios.has(m.name)) m.type = "Organization";
  for (const m of names) if (m.type === "Organization" && courtLetters.has(m.name)) m.type = "Court";
  if (films.size) added.push(...quotedFilms(doc, films, [...names, ...added].filter((m) => !removed.has(m)), removed));
  const kept = [...names.filter((m) => !removed.has(m)), ...added.filter((m) => !removed.has(m))];
  const out = joinFilmTitles(doc, [...kept, ...quotedTitles(doc, kept)]).sort((a, b) => a.start - b.start || b.end - a.end);
  mediaCompanies(doc, out, studios);
  studiosFromDiscourse(doc, out);
  companiesInLists(doc, out);
  shortBodyNames(doc, out);
  return { names: out, frames };
}

/**
 * "sued over the drama "The Harrow Bells," ... "The Harrow Bells," created by X and starring Y, premiered": a
 * title a strong cue made a film is that film wherever the story quotes it again, cue or none. The names
 * inside the quotation give way to it.
 */
function quotedFilms(doc: Doc, films: ReadonlySet<string>, names: readonly NameMention[], removed: Set<NameMention>): NameMention[] {
  const out: NameMention[] = [];
  for (const s of doc.sentences) {
    for (const span of titleSpans(s.tokens)) {
      if (span.type !== "Quoted") continue;
      const [a, b] = (span.data as { inner: [number, number] }).inner;
      const first = s.tokens[a]!, last = s.tokens[b - 1]!;
      const surface = s.text.slice(first.start - s.start, last.end - s.start);
      const name = surface.replace(/\s+/g, " ");
      if (!films.has(name)) continue;
      const inside = names.filter((m) => m.sentence === s.index && m.first < b && a < m.last);
      if (inside.some((m) => m.type === "Film")) continue;
      for (const m of inside) removed.add(m);
      out.push({ type: "Film", sentence: s.index, start: first.start, end: last.end, surface, name, first: a, last: b, evidence: "sure" });
    }
  }
  return out;
}

/**
 * "owned by Northgate Media", "a lawsuit filed by Tarn Entertainment": a name whose only sign of a studio is a head
 * word of a wider trade ("Media", "Entertainment", "Television": publishers, agencies, labels, broadcasters) is a
 * company in a story that names no film and says no "studio"; a cue that made it a studio ("the production company
 * X") keeps it one.
 */
function mediaCompanies(doc: Doc, names: readonly NameMention[], cued: ReadonlySet<string>): void {
  if (names.some((m) => m.type === "Film") || STUDIO_WORD.test(doc.text)) return;
  for (const m of names) if (m.type === "Studio" && !cued.has(m.name) && WIDE_STUDIO_HEADS.has(m.name.split(" ").at(-1)!)) m.type = "Organization";
}

/**
 * "a spokesman for Harriet Ingleby said ... she ran shifts at Harriet Ingleby": a firm named after a person, told by weak
 * cues of a company in two sentences, is that firm. A person is named by a title somewhere, or again by the surname or
 * the given name alone; a firm is named in full each time.
 */
function firmsNamedForPeople(names: readonly NameMention[], cues: ReadonlyMap<string, ReadonlySet<number>>): void {
  for (const [name, sentences] of cues) {
    if (sentences.size < 2) continue;
    const words = name.split(" ");
    const same = names.filter((m) => m.name === name);
    if (same.some((m) => m.title || m.aliasOf || m.type !== "Person")) continue;
    if (names.some((m) => m.type === "Person" && m.name !== name && (m.name === words[0] || m.name === words.at(-1)))) continue;
    for (const m of same) m.type = "Organization";
  }
}

/**
 * "Hawks said": a lone plural English noun that no one in the story bears as a surname, with no
 * title or given name, is a team's (or a band's) nickname, never a person ("Banks said" stays a
 * person where the story names a Banks in full).
 */
function teamNickname(m: NameMention, surnames: ReadonlySet<string>): boolean {
  return m.type === "Person" && m.evidence === "weak" && m.last - m.first === 1 && !m.title && !m.aliasOf &&
    !GIVEN_NAMES.has(m.name) && !surnames.has(m.name) && pluralNoun(m.name);
}

/**
 * A company the story goes on to call a film company is one: "a lawsuit against Lumen ... Dana
 * Larkbey sued the streaming company"; "The brothers launched Kestrel in 2005; it backed 'Salt
 * Roads'"; "Larkbey co-founded Kestrel, and the company became the powerhouse behind 'Salt Roads'".
 * The company is the nearest name before the words that could be one (an organisation, or a lone
 * capitalised word that is no one's given name or surname in the story).
 */
function studiosFromDiscourse(doc: Doc, names: NameMention[]): void {
  const surnames = new Set(names.filter((m) => m.type === "Person" && m.last - m.first > 1).map((m) => m.name.split(" ").at(-1)!));
  const companyLike = (m: NameMention) =>
    m.type === "Organization" || m.type === "Studio" ||
    (m.type === "Person" && m.evidence === "weak" && m.last - m.first === 1 && !GIVEN_NAMES.has(m.name) && !surnames.has(m.name) && !m.aliasOf);
  const before = (sentence: number, token: number, back: number) =>
    names.filter((m) => m.sentence <= sentence && m.sentence >= sentence - back && (m.sentence < sentence || m.last <= token))
      .sort((a, b) => b.sentence - a.sentence || b.last - a.last);
  const studios = new Set<NameMention>();
  for (const s of doc.sentences) {
    const ts = s.tokens;
    for (let i = 0; i < ts.length; i++) {
      // "the streaming company", not "the studio Kestrel Films" (a TYPE rule reads that)
      if (ts[i]!.lower === "the") {
        const hit = STUDIO_DESCRIPTIONS.at(ts, i + 1)[0];
        if (hit && !ts[hit.end]?.cap) {
          const near = before(s.index, i, 2).find((m) => m.type !== "Place" && m.type !== "Film" && (m.type !== "Person" || companyLike(m)));
          if (near && companyLike(near)) studios.add(near);
        }
      }
      // "it backed 'Salt Roads'", "the company became the powerhouse behind 'Salt Roads'"
      const anaphor = STUDIO_ANAPHORS.at(ts, i)[0];
      if (anaphor && i > 0) {
        const verb = ts.slice(anaphor.end, anaphor.end + 6).findIndex((t) => FILM_MAKING_WORDS.has(t.lower));
        if (verb < 0) continue;
        const at = anaphor.end + verb;
        const film = names.some((m) => m.sentence === s.index && m.type === "Film" && m.first > at && m.first <= at + 5) ||
          titleSpans(ts).some((sp) => sp.type === "Quoted" && sp.start > at && sp.start <= at + 5);
        const candidates = before(s.index, i, 0).filter(companyLike);
        if (film && new Set(candidates.map((m) => m.name)).size === 1) studios.add(candidates[0]!);
      }
    }
  }
  const called = new Set([...studios].map((m) => m.name));
  for (const m of names) if (called.has(m.name) && companyLike(m)) { m.type = "Studio"; m.evidence = "sure"; }
}

/**
 * A name listed with companies is a company: "the company that owns Kestrel Pictures, Lowline
 * and MTV"; "reporting by The Harbour Ledger and Quayside". Only a one-word name the finder was unsure
 * of, that is no one's given name or surname in the story, changes; listed with studios only, it is a studio.
 */
function companiesInLists(doc: Doc, names: NameMention[]): void {
  const surnames = new Set(names.filter((m) => m.type === "Person" && m.last - m.first > 1).map((m) => m.name.split(" ").at(-1)!));
  // ("her reps at UTA and Anonymous Content": a name of up to three words, none of them anyone's given name or surname)
  const unsure = (m: NameMention) =>
    m.evidence === "weak" && !m.aliasOf && !m.title &&
    m.type === "Person" && (m.last - m.first === 1 ? !GIVEN_NAMES.has(m.name) && !surnames.has(m.name) :
      // (of two or three words, each an English word: "Anonymous Content", not "Ravi Tandon")
      m.last - m.first <= 3 && m.name.split(" ").every((w) => !GIVEN_NAMES.has(w)) && m.name.split(" ").some((w) => inLexicon(w.toLowerCase())) && !names.some((o) => o.type === "Person" && o !== m && o.name !== m.name && o.name.endsWith(` ${m.name.split(" ").at(-1)}`)));
  const bySentence = new Map<number, NameMention[]>();
  for (const m of names) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  for (const [i, here] of bySentence) {
    const ts = doc.sentences[i]!.tokens;
    const list = here.filter((m) => m.type !== "Film").sort((a, b) => a.first - b.first);
    let chain: NameMention[] = [];
    // (a name of several words only in a list with "and" or "or": "Orchid Holdings, Chua Boon Keat," is an apposition)
    let listed = false;
    const close = () => {
      const companies = chain.filter((m) => m.type === "Organization" || m.type === "Studio");
      // listed with studios only, a studio: "Lumenflix, Kestrel Pictures and Vantaflix"
      const type = companies.every((m) => m.type === "Studio") ? "Studio" : "Organization";
      if (chain.length > 1 && companies.length) for (const m of chain) if (unsure(m) && (listed || m.last - m.first === 1)) m.type = type;
      chain = [];
      listed = false;
    };
    for (const m of list) {
      const prev = chain.at(-1);
      const between = prev ? ts.slice(prev.last, m.first).map((t) => t.lower) : [];
      const conjunctions = between.filter((w) => w === "and" || w === "or" || w === "&").length;
      const joined = prev && between.length >= 1 && between.length <= 3 && conjunctions <= 1 && between.every((w) => w === "," || w === "and" || w === "or" || w === "&");
      if (!joined) close();
      else if (conjunctions) listed = true;
      chain.push(m);
    }
    close();
  }
}

/** The end of a show's title-case run before "on" or "for" and a streaming service or a channel that ends it. */
function beforeBroadcaster(ts: readonly Doc["sentences"][number]["tokens"][number][], a: number, b: number): number {
  for (let j = a + 1; j < b - 1; j++) {
    if (!/^(?:on|for)$/.test(ts[j]!.text)) continue;
    const tail = ts.slice(j + 1, b);
    if (BROADCAST_HEADS.has(tail.at(-1)!.text) || tail.some((t) => CAMEL_CASE.test(t.text))) return j;
  }
  return b;
}
const CAMEL_CASE = /^\p{Lu}\p{Ll}+\p{Lu}/u;

// Mentions: the names in one sentence (people, courts, organisations, studios, films, places),
// each with its offsets into the article text from the moment it is found.
import type { Sentence } from "../segment/index.ts";
import type { EntityType } from "../schema.ts";
import {
  COURT_HEADS, COURT_PHRASES, FILM_CONTEXT, HONORIFIC_GENDER, NON_NAME, NOT_FILM_CONTEXT, ORG_HEADS, ORG_PREFIXES,
  ORG_CONTEXT, PLACES, PLACE_HEADS, POSTNOMINALS, ROLE_FORMS, STREET_HEADS, ROLE_MODIFIER_WORDS, STUDIO_CONTEXT, roleByForm, STUDIO_HEADS, TITLES, TITLE_FORMS,
} from "./lexicon.ts";

export interface NameMention {
  type: Exclude<EntityType, "Role" | "Charge" | "Trial" | "Verdict">;
  sentence: number;
  start: number;
  end: number;
  surface: string;
  /** The name without title or leading article: what the entity is called. */
  name: string;
  /** Role label given by a title before the name ("Judge", "District Attorney"). */
  title?: string;
  gender?: "m" | "f";
}

interface Token { start: number; end: number; text: string }

// "Mr.", "Dr.", "Sen." before a name are one token with their full stop, so the title joins the name
const WORD = /(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s\p{Lu})|(?:Mrs|Mr|Ms|Dr|Prof|Rev|Sen|Gov|Rep)\.(?=\s\p{Lu})|#?[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*|["“”‘’'&,;:()\-–—]/gu;
const PARTICLES = new Set(["de", "van", "von", "der", "den", "du", "da", "di", "del", "della", "la", "le", "bin", "al", "dos", "das", "st."]);
const JOINERS = new Set(["of", "for", "at", "and", "&", "the"]);
const MERGE_HEADS = new Set([...COURT_HEADS, ...ORG_HEADS, ...ORG_PREFIXES, "District", "Circuit", "Division", "Chamber", "Appeals", "Attorney's", "Attorney’s"]);
const FUNCTION_WORDS = new Set(["a", "an", "the", "of", "in", "on", "and", "for", "to", "at", "by", "with", "from", "or", "is", "was", "be", "as", "vs.", "vs"]);
/** Words whose possessive is part of a name: "District Attorney's Office", "State's Attorney", "Children's Hospital". */
const POSSESSIVE_OWNERS = new Set(["Attorney", "Attorneys", "State", "Commonwealth", "Prosecutor", "Prosecutors", "Sheriff", "Marshal", "Coroner", "General", "People", "Children", "Women", "Men", "Veterans", "Workers", "Governor", "Mayor", "President", "Solicitor", "Defender", "Defenders"]);

/** A word that can be part of a name: capitalised, not a shouted dateline ("LOS ANGELES"), not "R-rated" or "Oscar-winning". */
const isCap = (t: string) => {
  const c = t.charCodeAt(0);
  if (c >= 97 && c <= 122) return false; // most words: a-z is neither \p{Lu} nor "#", so the tests below would fail
  return (/^[\p{Lu}#]/u.test(t) || /^\p{Lu}\./u.test(t)) && !/^\p{Lu}{5,}$/u.test(t) && !/-\p{Ll}/u.test(t);
};
/** "7th" in "9th U.S. Circuit Court of Appeals": an ordinal that opens a name. */
const isOrdinal = (t: string) => /^\d+(?:st|nd|rd|th)$/.test(t);
const isPossessive = (t: string) => /['’]s$/.test(t) && t.length > 2;
const bare = (t: string) => t.replace(/['’]s$/, "");

function tokens(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** Every name mention in one sentence. `offset` is where the sentence starts in the article. */
export function findNames(sentence: Sentence): NameMention[] {
  const toks = tokens(sentence.text);
  const out: NameMention[] = [];
  const films = findFilms(sentence);
  out.push(...films);
  const quoted = shortQuotes(sentence.text);
  const inFilm = (t: Token) =>
    films.some((f) => sentence.start + t.start >= f.start - 1 && sentence.start + t.end <= f.end + 1) ||
    quoted.some(([a, b]) => t.start >= a && t.end <= b);

  for (const run of capitalRuns(toks, inFilm)) {
    for (const seg of segments(run)) {
      const m = classify(seg, toks, sentence);
      if (m) out.push(m);
    }
  }
  out.push(...findDescriptiveCourts(sentence, out));
  for (const m of [...out]) {
    if (m.type !== "Person" || m.title) continue;
    const words = m.name.split(/\s+/);
    if (words.length !== 2) continue;
    const first = /(?:^|[\s(]\p{Ll}+\s|^\p{Lu}\p{Ll}+\s|[,;:]\s)(\p{Lu}\p{Ll}+) and $/u.exec(sentence.text.slice(0, m.start - sentence.start));
    if (!first || NON_NAME.has(first[1]!) || PLACES.has(first[1]!)) continue;
    const start = m.start - first[0].length + first[0].indexOf(first[1]!);
    const i = out.findIndex((x) => x.start === start);
    if (i >= 0) out.splice(i, 1);
    out.push({ type: "Person", sentence: sentence.index, start, end: start + first[1]!.length, surface: first[1]!, name: `${first[1]} ${words[1]}` });
  }
  // "Greaves, Lin & Oduya": a firm of three names, the first cut off at its comma
  for (const o of out) {
    if (o.type !== "Organization" || !o.name.includes("&")) continue;
    const lead = /(?:^|[\s(])(\p{Lu}[\p{L}'’\-]+),\s$/u.exec(sentence.text.slice(0, o.start - sentence.start));
    if (!lead || PLACES.has(lead[1]!) || NON_NAME.has(lead[1]!)) continue;
    const start = o.start - lead[0].length + lead[0].indexOf(lead[1]!);
    const i = out.findIndex((x) => x.start === start && x !== o);
    if (i >= 0) out.splice(i, 1);
    o.start = start;
    o.surface = sentence.text.slice(start - sentence.start, o.end - sentence.start);
    o.name = o.surface;
  }
  // "U.S. District Court in Denver", "federal court in Boston": the place is part of the court's name
  for (const c of out) {
    if (c.type !== "Court" && !(c.type === "Organization" && /\b(?:Office|Department)$/.test(c.name))) continue;
    const tail = /^ in ((?:\p{Lu}[\p{L}.'’\-]*)(?: \p{Lu}[\p{L}.'’\-]*){0,2})/u.exec(sentence.text.slice(c.end - sentence.start));
    if (!tail || !PLACES.has(tail[1]!)) continue;
    c.end += tail[0].length;
    c.surface = sentence.text.slice(c.start - sentence.start, c.end - sentence.start);
    c.name = c.surface;
    const place = out.findIndex((p) => p.type === "Place" && p.start >= c.start && p.end <= c.end);
    if (place >= 0) out.splice(place, 1);
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A quote followed by its speaker: speech, not a title. */
const SPEECH_AFTER = /^,?\s*(?:(?:\p{Lu}[\p{L}.'’\-]*|\p{Ll}+)\s+){0,3}(?:said|says|told|added|wrote|argued|chanted|shouted|asked|recalled|testified|declared|insisted|explained|noted|replied|responded|yelled|cried|sang)\b/u;
const TITLE_AT_START = new RegExp(`^(?:${TITLE_FORMS})(?= )`);
const ORG_BEFORE = new RegExp(`\\b(?:the|a|an|its|his|her|their)\\s+(?:[\\p{Ll}\\-]+\\s+)?(?:${ORG_CONTEXT}),?\\s*$`, "iu");
const ROLE_OF_ORG_BEFORE = new RegExp(`\\b(?:${ROLE_FORMS})\\s+of\\s+(?:the|a|an|its|his|her)\\s+[^,;.]{1,40},\\s*$`, "iu");
const STUDIO_BEFORE = new RegExp(`\\b(?:${STUDIO_CONTEXT}),?\\s*$`, "i");
const DESCRIBED_COURT = new RegExp(`((?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3})((?:[Ss]tate['’]s|the state['’]s|[Ff]ederal|[Ss]tate)\\s+)?(${COURT_PHRASES}|court)\\b`, "gu");

/** Quoted stretches of at most eight words: titles, nicknames, catchphrases, never a person's name. */
function shortQuotes(text: string): [number, number][] {
  return [...text.matchAll(/["“]([^"“”]{1,80}?)["”]/g)]
    .filter((m) => m[1]!.split(/\s+/).length <= 8 && !isNickname(text, m.index, m.index + m[0].length))
    .map((m) => [m.index, m.index + m[0].length]);
}

/** A quoted word between two names is a nickname: Paolo "Pip" Ruiz. */
function isNickname(text: string, start: number, end: number): boolean {
  return /\p{Lu}[\p{L}.'’\-]*\s$/u.test(text.slice(0, start)) && /^\s\p{Lu}/u.test(text.slice(end)) && !/\s/.test(text.slice(start + 1, end - 1).trim());
}

/** Maximal runs of capitalised tokens, with particles, joiners and a quoted nickname allowed inside. */
function capitalRuns(toks: Token[], skip: (t: Token) => boolean): Token[][] {
  const runs: Token[][] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    const opensWithOrdinal = isOrdinal(t.text) && !!toks[i + 1] && isCap(toks[i + 1]!.text);
    if ((!isCap(t.text) && !opensWithOrdinal) || skip(t) || shouted(toks, i)) { i++; continue; }
    const run: Token[] = [t];
    let j = i + 1;
    while (j < toks.length) {
      const u = toks[j]!;
      if (skip(u)) break;
      if (isPossessive(run[run.length - 1]!.text)) {
        // "District Attorney's office": a possessive followed by an organisation head continues the name
        // only an office's or a title's possessive goes on: "State's Attorney", "Women's Hospital", never "Ruiz's office"
        const owner = bare(run[run.length - 1]!.text);
        if ((ORG_HEADS.has(bare(u.text)) || bare(u.text) === "Attorney") && u.start - run[run.length - 1]!.end <= 1 && POSSESSIVE_OWNERS.has(owner)) { run.push(u); j++; continue; }
        break;
      }
      // pseudonyms with a number: "John Doe 2"
      if (/^\d{1,2}$/.test(u.text) && /^Doe$/.test(run[run.length - 1]!.text) && u.start - run[run.length - 1]!.end <= 1) { run.push(u); j++; continue; }
      if (isCap(u.text) && u.start - run[run.length - 1]!.end <= 1) { run.push(u); j++; continue; }
      // a quoted nickname between two names: Paolo "Pip" Ruiz
      if (/["“]/.test(u.text) && toks[j + 1] && isCap(toks[j + 1]!.text) && /["”]/.test(toks[j + 2]?.text ?? "") && toks[j + 3] && isCap(toks[j + 3]!.text)) {
        run.push(u, toks[j + 1]!, toks[j + 2]!); j += 3; continue;
      }
      const lower = u.text.toLowerCase();
      if ((PARTICLES.has(lower) || JOINERS.has(lower)) && u.text === lower || u.text === "&") {
        // joiners only when a capitalised word follows (possibly after "the")
        let k = j;
        while (k < toks.length && (JOINERS.has(toks[k]!.text.toLowerCase()) || PARTICLES.has(toks[k]!.text)) && toks[k]!.text === toks[k]!.text.toLowerCase() || toks[k]?.text === "&") k++;
        if (k < toks.length && k - j <= 2 && isCap(toks[k]!.text) && !skip(toks[k]!)) {
          for (let x = j; x < k; x++) run.push(toks[x]!);
          j = k;
          continue;
        }
      }
      break;
    }
    runs.push(run);
    i = j;
  }
  return runs;
}

/** All capitals next to more capitals: a dateline ("LOS ANGELES (Wire) —"), not a name or an acronym. */
function shouted(toks: Token[], i: number): boolean {
  const caps = (t?: Token) => !!t && /^\p{Lu}{2,}$/u.test(t.text);
  return caps(toks[i]) && (caps(toks[i - 1]) || caps(toks[i + 1])) && [toks[i - 1], toks[i], toks[i + 1]].some((t) => !!t && /^\p{Lu}{3,}$/u.test(t.text));
}

/** Splits a run at joiners unless the words before them head an organisation or court ("Court of Appeals"). */
function segments(run: Token[]): Token[][] {
  const chunks: { words: Token[]; joiner: Token[] }[] = [];
  let cur: Token[] = [];
  let joiner: Token[] = [];
  for (const t of run) {
    const lower = t.text.toLowerCase();
    const isJoin = (JOINERS.has(lower) && t.text === lower) || t.text === "&";
    if (isJoin) { joiner.push(t); continue; }
    if (joiner.length) { chunks.push({ words: cur, joiner }); cur = []; joiner = []; }
    cur.push(t);
  }
  chunks.push({ words: cur, joiner: [] });
  const out: Token[][] = [];
  let acc = chunks[0]!.words;
  for (let c = 0; c < chunks.length - 1; c++) {
    const join = chunks[c]!.joiner;
    const next = chunks[c + 1]!.words;
    const lastWord = bare(acc[acc.length - 1]!.text);
    const joinText = join.map((j) => j.text.toLowerCase()).join(" ");
    const nextHead = next[next.length - 1]!.text;
    const merge =
      joinText === "&" ||
      // "Duchess of Kent Hospital": one word, "of", then a name with an organisation head
      (acc.length === 1 && /^of( the)?$/.test(joinText) && (ORG_HEADS.has(nextHead) || COURT_HEADS.has(nextHead))) ||
      (MERGE_HEADS.has(lastWord) && /^(of|for|at|of the|for the|at the|on)$/.test(joinText)) ||
      (/^(and|&)$/.test(joinText) && (ORG_HEADS.has(nextHead) || COURT_HEADS.has(nextHead)) && acc.length > 1 && !isPersonLike(acc));
    if (merge) acc = [...acc, ...join, ...next];
    else { out.push(acc); acc = next; }
  }
  out.push(acc);
  return out.filter((s) => s.length > 0);
}

const isPersonLike = (words: Token[]) => words.length <= 4 && words.every((w) => /^\p{Lu}[\p{Ll}'’\-]/u.test(w.text) && !ORG_HEADS.has(w.text) && !COURT_HEADS.has(w.text));

function classify(seg: Token[], toks: Token[], sentence: Sentence): NameMention | undefined {
  let words = seg;
  // strip a possessive from the last word: "Ruiz's" names Ruiz
  const lastTok = words[words.length - 1]!;
  let endTrim = 0;
  if (isPossessive(lastTok.text)) endTrim = 2;

  // a title before the name: "Judge", "Mr Justice", "Manhattan District Attorney", "U.S. District Judge"
  const lowerWords = words.map((w) => w.text.toLowerCase());
  let title: string | undefined;
  let gender: "m" | "f" | undefined;
  for (let s = 0; s < Math.min(words.length - 1, 4); s++) {
    const rest = lowerWords.slice(s).join(" ");
    const m = TITLE_AT_START.exec(rest);
    if (!m) continue;
    // words before a title name its jurisdiction: "Essex County District Attorney Ana Ruiz"
    const used = m[0].split(" ").length;
    if (words.length - s - used > 4) continue;
    const key = m[0];
    title = TITLES.get(key) ?? undefined;
    gender = HONORIFIC_GENDER.get(key) as "m" | "f" | undefined;
    words = words.slice(s + used);
    break;
  }
  const ofAt = words.findIndex((w, i) => i > 0 && /^(of|for|at)$/.test(w.text));
  const core = ofAt > 0 ? bare(words[ofAt - 1]!.text) : bare(words[words.length - 1]!.text);
  const orgLike = ORG_HEADS.has(bare(words[words.length - 1]!.text)) || ORG_HEADS.has(core) || words.some((w) => COURT_HEADS.has(w.text)) || STUDIO_HEADS.has(words[words.length - 1]!.text);
  if (orgLike) {
    if (words.length > 1 && /^(The|A|An|In|At|On|By|For|From|Of|After|Before|When|While)$/.test(words[0]!.text)) words = words.slice(1);
  } else if (title === undefined && gender === undefined) {
    // a capitalised role word or modifier opening the sentence is no part of the name: "Dentist Hedda Lindqvist", "Former nurse X"
    while (words.length > 1 && (roleByForm.has(words[0]!.text.toLowerCase()) || ROLE_MODIFIER_WORDS.has(words[0]!.text.toLowerCase()))) words = words.slice(1);
    // the leading article or a sentence-initial function word is not part of a name
    while (words.length > 1 && NON_NAME.has(words[0]!.text) && !(ORG_HEADS.has(words[words.length - 1]!.text) && words[0]!.text === "The")) words = words.slice(1);
    if (words.length && words[0]!.text === "The") words = words.slice(1);
  }
  // "Ana Ruiz KC": letters after a name are not part of it
  while (words.length > 1 && POSTNOMINALS.has(words[words.length - 1]!.text)) words = words.slice(0, -1);
  if (!words.length) return undefined;
  const start = sentence.start + words[0]!.start;
  const end = sentence.start + words[words.length - 1]!.end - (words[words.length - 1] === lastTok ? endTrim : 0);
  const surface = sentence.text.slice(start - sentence.start, end - sentence.start);
  const name = surface.replace(/\s+/g, " ");
  const texts = words.map((w) => bare(w.text));
  const head = texts[texts.length - 1]!;
  const base = { sentence: sentence.index, start, end, surface, name };
  const next = toks.find((t) => t.start >= words[words.length - 1]!.end);
  const before = sentence.text.slice(0, words[0]!.start);

  if (/\b(?:played|plays|playing|portrayed|portrays|portraying|role of|cast \p{L}+ as)\s+$/u.test(before) && !title) return undefined;
  if (texts.some((t) => COURT_HEADS.has(t))) return { type: "Court", ...base };
  if (texts.includes("&")) return texts.filter((t) => t !== "&").every((t) => t.length > 2) ? { type: "Organization", ...base } : undefined;
  if (texts.length > 1 && PLACE_HEADS.has(head)) return { type: "Place", ...base };
  if (texts.every((t) => /^(?:\p{Lu}\.){2,}$/u.test(t))) return { type: "Place", ...base };
  // an address: "Ashcombe, of Mill Lane, Kestleford", "a house on Mill Lane", "12 Mill Lane"
  if (texts.length > 1 && STREET_HEADS.has(head) && !title && !endTrim && /(?:,\s*of|\b(?:on|in|at|along|off)|\b\d+[A-Za-z]?)\s+$/.test(before)) return { type: "Place", ...base };
  if (STUDIO_HEADS.has(head) && head !== "studio") return { type: "Studio", ...base };
  if (texts.length > 1 && (ORG_HEADS.has(head) || ORG_HEADS.has(core))) return { type: "Organization", ...base };
  if (texts.length > 1 && head === "Act" && !title) return undefined; // a statute, named in a charge
  if (ORG_HEADS.has(head) && texts.length === 1 && /office$/i.test(head)) return undefined;
  if (texts.length > 1 && ORG_PREFIXES.has(texts[0]!) && texts.some((t) => t === "of" || t === "for")) return { type: "Organization", ...base };
  if (/^#/.test(texts[0]!)) {
    const tail = /^\s+(movement|era|campaign)\b/i.exec(sentence.text.slice(words[words.length - 1]!.end));
    const withTail = tail ? { end: end + tail[0].length, surface: sentence.text.slice(start - sentence.start, end - sentence.start + tail[0].length) } : {};
    return { type: "Organization", ...base, ...withTail, name: `${name} movement` };
  }
  if (next && /^(studio|studios)$/i.test(next.text) && next.start - words[words.length - 1]!.end <= 1) return { type: "Studio", ...base };
  if (STUDIO_BEFORE.test(before.slice(-40)) && !title) return { type: "Studio", ...base };
  // "the building company Threlfall Constructions", "the contractor, Kessler Mechanical", "who founded Veritest"
  // ...but not the subject of a clause: "the company Renfrew founded"
  const verbNext = !!next && /^(?:\p{Ll}+ed|owns|runs|leads|heads|sold|built|ran|led|set)$/u.test(next.text);
  // ...nor the holder of a role in it: "The owner of the paving company, John Doe, was charged"
  const roleHolder = ROLE_OF_ORG_BEFORE.test(before.slice(-90));
  if (!title && !gender && !verbNext && !roleHolder && (ORG_BEFORE.test(before.slice(-50)) || /\b(?:co-?founded|founded|started|launched|set up)\s+(?:the\s+)?$/.test(before.slice(-30)))) return { type: "Organization", ...base };
  if (PLACES.has(name) || PLACES.has(texts.join(" "))) return { type: "Place", ...base };
  if (texts.every((t) => /^(?:\p{Lu}\.?){2,6}$/u.test(t)) && !title) {
    return PLACES.has(name) ? { type: "Place", ...base } : { type: "Organization", ...base };
  }
  // a person: one to five name words, none of them a common capitalised word
  if (texts.length > 5 || texts.some((t) => ORG_HEADS.has(t) || STUDIO_HEADS.has(t))) return undefined;
  if (!title && !gender && texts.length === 1 && (NON_NAME.has(texts[0]!) || roleByForm.has(texts[0]!.toLowerCase()) || ROLE_MODIFIER_WORDS.has(texts[0]!.toLowerCase()))) return undefined;
  if (texts.some((t, i) => (/^\d/.test(t) && texts[i - 1] !== "Doe") || /-(?:winning|born|based|nominated|year-old|led|owned|era|style|like)$/i.test(t))) return undefined;
  if (!title && !gender && texts.length > 1 && texts.every((t) => NON_NAME.has(t) || PLACES.has(t))) return undefined;
  if (!title && !gender && texts.length === 1 && /\b(?:in|near|outside|at|from|to)\s*$/.test(before)) return { type: "Place", ...base };
  // "a ranch outside Dutton Creek", "a village near Lower Marsh": a place, not a person
  if (!title && !gender && texts.length <= 3 && /\b(?:near|outside|north of|south of|east of|west of|suburb of|village of|town of|city of)\s*$/.test(before) && !endTrim) return { type: "Place", ...base };
  return { type: "Person", ...base, ...(title && { title }), ...(gender && { gender }) };
}

/** Quoted titles that read as film or show titles: title case, short, and not a song or a nickname. */
function findFilms(sentence: Sentence): NameMention[] {
  const out: NameMention[] = [];
  const text = sentence.text;
  const patterns = [/["“]([^"“”]{1,80}?)["”]/g, /(?<=^|[\s(])['‘]([\p{Lu}\d][^'‘’"]{0,60}?)[’'](?=[\s,.:;)]|$)/gu];
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      if (isNickname(text, m.index, m.index + m[0].length)) continue;
      let inner = m[1]!;
      let innerStart = m.index + 1;
      inner = inner.replace(/[,.]$/, "");
      if (!inner.trim()) continue;
      const words = inner.split(/\s+/);
      if (words.length > 8) continue;
      const content = words.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
      if (!content.length || !content.every((w) => /^[\p{Lu}\d'’"(]/u.test(w))) continue;
      if (!/^[\p{Lu}\d'’]/u.test(words[0]!)) continue;
      const beforeWords = text.slice(Math.max(0, m.index - 80), m.index).toLowerCase().match(/[\p{L}-]+/gu)?.slice(-4) ?? [];
      const afterWords = text.slice(m.index + m[0].length).toLowerCase().match(/[\p{L}-]+/gu)?.slice(0, 2) ?? [];
      if (beforeWords.some((w) => NOT_FILM_CONTEXT.has(w)) || afterWords.some((w) => NOT_FILM_CONTEXT.has(w))) continue;
      const filmy = [...beforeWords, ...afterWords].some((w) => FILM_CONTEXT.has(w));
      if (!filmy && (/[?!]$/.test(inner) || words.length > 5)) continue;
      // A quote that is speech ends with punctuation inside and is followed by a speech verb.
      if (!filmy && SPEECH_AFTER.test(text.slice(m.index + m[0].length))) continue;
      const start = sentence.start + innerStart;
      const end = start + inner.length;
      out.push({ type: "Film", sentence: sentence.index, start, end, surface: text.slice(innerStart, innerStart + inner.length), name: inner });
    }
  }
  return out;
}

/** Courts named by description: "Ohio state's highest court", "the Denver court", "a Spanish court". */
function findDescriptiveCourts(sentence: Sentence, names: NameMention[]): NameMention[] {
  const out: NameMention[] = [];
  if (!/court/i.test(sentence.text)) return out;
  const re = DESCRIBED_COURT;
  re.lastIndex = 0;
  for (const m of sentence.text.matchAll(re)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (names.some((n) => (n.type === "Court" || (n.type === "Person" && n.title)) && n.start < end && start < n.end + 1)) continue;
    if (/^\s+(?:[Jj]udge|[Jj]ustice)s?\b/.test(sentence.text.slice(m.index + m[0].length))) continue; // "Superior Court Judge X": a title
    let prefix = m[1]!.trim();
    const words = prefix ? prefix.split(/\s+/) : [];
    while (words.length && (NON_NAME.has(words[0]!) && !PLACES.has(words[0]!) && !/^(French|British|Italian|German|Spanish|Federal)$/.test(words[0]!))) words.shift();
    prefix = words.join(" ");
    const phrase = m[3]!.toLowerCase();
    // a bare "court" needs a place before it; a phrase ("highest court") stands alone
    if (phrase === "court" && !prefix && !m[2]) continue;
    if (prefix && !words.every((w) => PLACES.has(w.replace(/['’]s$/, "")) || /^[A-Z][a-z]+(?:['’]s)?$/.test(w))) continue;
    const placed = /^ in \p{Lu}/u.test(sentence.text.slice(m.index + m[0].length));
    if (!prefix && !m[2] && !placed && /^(federal court|district court|state court|courthouse|criminal court)$/.test(phrase)) continue;
    const s = prefix ? start + m[0].indexOf(prefix) : start + (m[2] ? m[0].indexOf(m[2]) : m[0].indexOf(m[3]!));
    const surface = sentence.text.slice(s - sentence.start, end - sentence.start);
    out.push({ type: "Court", sentence: sentence.index, start: s, end, surface, name: surface });
  }
  return out;
}


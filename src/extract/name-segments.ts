// Where a run of capitalised words is cut into names: at its joiners ("of", "and", "&", "de"), unless the
// words before head a body or a court ("Court of Appeals", "Food and Drug Administration") or a particle
// goes on a person's name ("Carmen de la Fuente"); and between a court or a company and a title that opens
// a person's name ("Superior Court Judge Mara Kimber").
import type { Token } from "../nlp/tokens.ts";
import type { PhraseHit } from "../nlp/phrases.ts";
import { departmentTitle } from "./name-context.ts";
import { BODY_AND_HEADS, BODY_AND_WORDS, COMPANY_POSTS, FIRM_TAILS, FIRM_TAILS_AFTER_A_NAME, FIRM_TAILS_AFTER_TWO_NAMES, COURT_HEADS, GIVEN_NAMES, KNOWN_ORGANIZATIONS, LAW_FIRM_LEADS, MONTHS, NAME_PARTICLES, ORG_HEADS, ORG_PREFIXES, ROLE_FORMS, STATUTE_HEADS, STUDIO_HEADS, TITLES, WEEKDAYS, isPlace } from "../lexicon/index.ts";

export const JOINERS = new Set(["of", "for", "at", "and", "&", "the", "on", "de", "du", "des"]);
/** Words after which "of" or "for" continues a name: "Court of Appeals", "Department for Education". */
const MERGE_HEADS = new Set([...COURT_HEADS, ...ORG_HEADS, ...ORG_PREFIXES, "District", "Circuit", "Division", "Chamber", "Appeals", "Attorney", "Party", "Republic", "Bank", "Council", "Ministry", "Office", "Secretary", "Bureau"]);
const LEGAL_SUFFIX = /^(?:Ltd\.?|Limited|Inc\.?|LLC|LLP|PLC|plc|Plc|Pty|Bhd|Berhad|GmbH|Corp\.?|Co\.)$/;
const AMPERSAND_WORD = /\p{L}&\p{L}/u, HYPHEN_LOWER = /-\p{Ll}/u;

/**
 * "Carmen de la Fuente", "Jean-Philippe de Villiers": a particle inside a person's name, where a
 * given name or a capitalised word opens the run and no organisation or court head stands before it.
 */
function particleJoin(ts: readonly Token[], start: number, i: number, k: number): boolean {
  if (!ts.slice(i, k).every((t) => NAME_PARTICLES.has(t.text))) return false;
  if (ts.slice(start, i).some((t) => COURT_HEADS.has(t.text) || ORG_HEADS.has(t.text) || STUDIO_HEADS.has(t.text) || MERGE_HEADS.has(t.text))) return false;
  return i - start <= 3 && !!ts[k] && !COURT_HEADS.has(ts[k]!.text) && !ORG_HEADS.has(ts[k]!.text);
}

/**
 * "Securities and Exchange Commission", "Food and Drug Administration": one common noun before "and" opens a body's name;
 * so does a word made as common words are, no one's given name ("Economic and Financial Crimes Commission",
 * "Competition and Markets Authority").
 */
const COMMON_WORD = /^\p{Lu}\p{Ll}{3,}(?:tion|sion|ment|ity|ance|ence|ical|omic|nomic|ial|ral|tal|ary|ive|ous|ics|ure)$/u;
const opensBodyName = (t: Token) => BODY_AND_WORDS.has(t.text) || COMMON_WORD.test(t.text) && !GIVEN_NAMES.has(t.text);

/**
 * Whether a listed role opening at the run's start (or the word after it, or the word before the joiner) goes on past the
 * joiner's end `k`. (A function of its own: a closure over the loop's variables made their context at every token.)
 */
function titledAcross(ts: readonly Token[], start: number, i: number, k: number, to: number): boolean {
  for (const p of [start, start + 1, i - 1]) if (p < i && p >= start && ROLE_FORMS.at(ts, p).some((h) => h.end > k && (h.end < to || p > start))) return true;
  return false;
}

/** Cuts a run at its joiners unless the words before head an organisation or a court. */
export function segments(ts: readonly Token[], [from, to]: [number, number]): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const t = ts[i]!;
    const joiner = (JOINERS.has(t.lower) && !t.cap) || t.text === "&" || t.text === "+";
    if (!joiner || i === start) continue;
    let k = i;
    while (k < to && ((JOINERS.has(ts[k]!.lower) && !ts[k]!.cap) || ts[k]!.text === "&" || ts[k]!.text === "+")) k++;
    const join = ts.slice(i, k).map((x) => x.lower).join(" ");
    const before = ts[i - 1]!.text;
    let nextEnd = k;
    while (nextEnd < to && !((JOINERS.has(ts[nextEnd]!.lower) && !ts[nextEnd]!.cap) || ts[nextEnd]!.text === "&")) nextEnd++;
    const nextHead = ts[nextEnd - 1]?.text ?? "";
    // "Court on Friday": a date, not "Commission on Human Rights"
    // ("a claim against Harbour Teaching Hospital at the National Industrial Court": where the case was heard,
    // not a body's seat, as "Crown Court at Snaresbrook" is a court's)
    const dated = join === "on" && (COURT_HEADS.has(before) || WEEKDAYS.has(ts[k]!.lower) || MONTHS.has(ts[k]!.lower.replace(/\.$/, ""))) ||
      /^at( the)?$/.test(join) && COURT_HEADS.has(nextHead) && !COURT_HEADS.has(before);
    // "Director of Public Prosecutions Claire Loughran": a title of several words goes on to the name after it
    // ("Office of the Director of Public Prosecutions": a body named after such a title goes on too)
    const titled = titledAcross(ts, start, i, k, to);
    // "the Anti-Graft and Corrupt Practices Act": a statute's name goes on over "and"
    const statute = join === "and" && STATUTE_HEADS.has(nextHead) && nextEnd - k > 1 && !ts.slice(start, i).every((x) => GIVEN_NAMES.has(x.text));
    // "Head of Security Marcus Iveson": a role of a department, then a full name, goes on to that name
    const department = i - start === 1 && (join === "of" || join === "for") && !!departmentTitle(ts, start, nextEnd);
    // ("Slaughter and May": an organisation known by its whole name)
    const known = join === "and" && KNOWN_ORGANIZATIONS.has(ts.slice(start, nextEnd).map((x) => x.text).join(" "));
    // ("Office of the Director of Corporate Enforcement": an office named after its holder's post goes on over the post's "of")
    const office = /^of( the)?$/.test(join) && ts[start]!.text === "Office" && i - start >= 3 && ROLE_FORMS.has(before.toLowerCase()) && ORG_PREFIXES.has(ts[start]!.text);
    // ("Dana Larkbey and Partners", "Larkbey and Vale Solicitors", "Larkbey and Sons Ltd": a firm named after its partners,
    // its trade's word last, before its legal suffix if any)
    const tailEnd = LEGAL_SUFFIX.test(nextHead) ? nextEnd - 1 : nextEnd, tail = ts[tailEnd - 1]?.text ?? "";
    const firm = join === "and" && nextEnd === to && (tailEnd - k === 1 ? FIRM_TAILS.has(tail) : tailEnd - k === 2 && FIRM_TAILS_AFTER_A_NAME.has(tail) && !ORG_HEADS.has(ts[k]!.text));
    // ("Dennis and Varrow Holdings", "Dennis and Varrow LLP": two one-word names, then a business's word or a legal suffix; not a
    // post or a place, "Minister and Haryana Congress leader"; the first a given name, which the press does not call an adult
    // by alone: "Rudge and Acme Holdings would fight the suit" is a man, named in full before, and his company)
    const pair = join === "and" && nextEnd === to && i - start === 1 && ts[start - 1]?.text !== "," && GIVEN_NAMES.has(ts[start]!.text) && !TITLES.at(ts, start).length && !ROLE_FORMS.at(ts, start).length &&
      !isPlace(ts[start]!.text) && !isPlace(ts[k]!.text) &&
      (tailEnd - k === 2 ? (FIRM_TAILS_AFTER_TWO_NAMES.has(tail) || ORG_HEADS.has(tail)) && !ORG_HEADS.has(ts[k]!.text) : tailEnd - k === 1 && tailEnd < nextEnd && !FIRM_TAILS.has(tail));
    const merge = join === "&" || join === "+" || known || office || firm || pair || titled || statute || department || join === "and &" || particleJoin(ts, start, i, k) ||
      // ("Tarn Logistics Sdn Bhd of Johor Bahru": a company's legal suffix ends its name; the town after "of" is where it is)
      (MERGE_HEADS.has(before) && /^(of|for|at|of the|for the|at the|on|de|du|des)$/.test(join) && !dated && !LEGAL_SUFFIX.test(before)) ||
      // "the Act on the Aggravated Punishment of Specific Economic Crimes": a statute named head first goes on
      (STATUTE_HEADS.has(ts[start]!.text) && i > start && /^(on|on the|of|of the|for|for the|concerning|and|against)$/.test(join) && !isPlace(ts.slice(k, nextEnd).map((x) => x.text).join(" "))) ||
      // ("the CEO of Tarn Securities", "Chairman of Vale Bank": a post, then the body it is held at, is no one name)
      (i - start === 1 && /^of( the)?$/.test(join) && !COMPANY_POSTS.has(ts[start]!.lower) && (ORG_HEADS.has(nextHead) || COURT_HEADS.has(nextHead) || (LAW_FIRM_LEADS.has(before) && !isPlace(ts.slice(k, nextEnd).map((x) => x.text).join(" "))))) ||
      // ("the Punjab and Haryana High Court": a court of two regions named together)
      (join === "and" && COURT_HEADS.has(nextHead) && i - start === 1 && nextEnd - k >= 3 && !GIVEN_NAMES.has(ts[start]!.text) && !TITLES.at(ts, start).length && !COURT_HEADS.has(ts[start]!.text)) ||
      // ("Mr Ezeokafor and Ikeja Bitumen Limited": a person with a title, then a company)
      (join === "and" && (ORG_HEADS.has(nextHead) || COURT_HEADS.has(nextHead) || STUDIO_HEADS.has(nextHead) || (BODY_AND_HEADS.has(nextHead) && opensBodyName(ts[start]!))) && (i - start > 1 || opensBodyName(ts[start]!)) && !ts.slice(start, i).every((x) => GIVEN_NAMES.has(x.text)) && !TITLES.at(ts, start).length &&
        // ("convicted Wafula, Tom Mutua and Kilima Traders Limited": a given name and one more word is a person)
        !(i - start === 2 && GIVEN_NAMES.has(ts[start]!.text) && !ORG_HEADS.has(ts[start + 1]!.text)) &&
        // ("NHS England and Network Rail": a body named for its country, then another body)
        !(i - start > 1 && isPlace(before) && !ts.slice(start, i).some((x) => x.lower === "of")) &&
        // "Kestrel C&T and Harbour Industries", "Puppet Club and Animal Clinic": two names, each whole
        // (but "Academy of Motion Picture Arts and Sciences", "Department of Health and Human Services" go on)
        (ts.slice(start, i).some((x) => x.lower === "of") || !ts.slice(start, i).some((x) => AMPERSAND_WORD.test(x.text) || (ORG_HEADS.has(x.text) && !BODY_AND_WORDS.has(x.text)) || STUDIO_HEADS.has(x.text))));
    if (merge) { i = k - 1; continue; }
    out.push([start, i]);
    start = k;
    i = k - 1;
  }
  if (start < to) out.push([start, to]);
  return out;
}

/**
 * The first hit that ends after token `at`. (Loops of their own: closures over splitCourtTitle's loop variable made its
 * context at every token of a run.)
 */
function endingAfter<V>(hits: readonly PhraseHit<V>[], at: number): PhraseHit<V> | undefined {
  for (const h of hits) if (h.end > at) return h;
  return undefined;
}
const withoutStop = (t: Token) => t.lower.replace(/\.$/, "");

/**
 * "Superior Court Judge Mara Kimber": a court, then a judge named with her title; "Hanbit
 * Electronics Vice Chairman Kim Min-jun": a company, then someone named with a title.
 */
export function splitCourtTitle(ts: readonly Token[], [from, to]: [number, number]): [number, number][] {
  for (let p = from + 1; p < to - 1; p++) {
    // ("Court Chief Magistrate X": a longer role that opens with an honorific is that role)
    const title = endingAfter(ROLE_FORMS.at(ts, p), p + 1) ?? TITLES.at(ts, p, withoutStop)[0] ?? TITLES.at(ts, p)[0] ?? ROLE_FORMS.at(ts, p)[0];
    const role = (title?.value as { role?: string; label?: string; legal?: string } | undefined);
    if (!title || title.end >= to) continue;
    const before = ts.slice(from, p);
    // ("Court of Appeal President Ana Ruiz": any title before a full name that opens with a given name)
    const court = before.some((t) => COURT_HEADS.has(t.text)) && (role?.role === "judge" || role?.legal === "judge" || (to - title.end >= 2 && GIVEN_NAMES.has(ts[title.end]!.text)));
    // ("Senior Principal Prosecution Counsel Ana Ruiz": a longer title that opens the run holds the body's word)
    const body = !before.some((t) => COURT_HEADS.has(t.text)) && !endingAfter(ROLE_FORMS.at(ts, from), p) && ORG_HEADS.has(ts[p - 1]!.text) && ts[p]!.cap && ts.slice(title.end, to).some((t) => GIVEN_NAMES.has(t.text) || HYPHEN_LOWER.test(t.text) || t.pos === "PROPN");
    if (court || body) return [[from, p], [p, to]];
  }
  return [[from, to]];
}

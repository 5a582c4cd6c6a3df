// A name's type, once its bounds and its title are known: its head word names a court, a body, a
// studio, a place or an event, or else it is a person's name (names.ts finds the names and reads
// their titles; TYPE rules in rules/names.yaml correct these first guesses from the words around).
import type { Token, TokenSentence } from "../nlp/tokens.ts";
import type { NameMention, NameType } from "../types.ts";
import {
  BODY_AND_HEADS, BODY_AND_WORDS, COMPLEMENT_HEADS, FIRM_TAILS, PERSON_NOUNS, COURT_HEADS, GIVEN_NAMES, NAME_PARTICLES, NON_NAME, ORG_HEADS, ORG_PREFIXES, PLACES, COMMON_ACRONYMS, COURT_BUILDINGS, COURT_PANELS, GEOGRAPHIC_HEADS, ORG_LEADS, PLACE_HEADS, SURNAME_PLACE_HEADS, STATUTE_HEADS, ROLE_FORMS, STREET_HEADS, STUDIO_HEADS, TITLES, WEEKDAY_PAPER_HEADS, isPlace, CLUB_LEADS, CLUB_HEADS, IZAFAT_LEADS, EVENT_HEADS, WEEKDAYS, MONTHS, PLACE_LEADS, SAINT_PLACE_LEADS, BARE_BODY_HEADS, THING_MODIFIERS, THING_HEADS, NOBLE_TITLES, VENUE_NOUNS,
} from "../lexicon/index.ts";
import { commonByLexicon } from "../nlp/truecase.ts";
import { bodyBeforePlace, lawFirmName, shortCourtName, hometown, inAddress, modifies, ofPlace, spelledBefore, thingNamed, pluralNoun, portfolio, BODY_OPENERS, STATUTE_NAME_ENDS } from "./name-context.ts";

const DETERMINERS = new Set(["a", "an", "his", "her", "their", "its", "my", "our", "your"]);
/** Prepositions of place only: what follows them is somewhere, not someone. */
const LOCATIVES = new Set(["off", "near", "outside", "across", "along", "towards", "toward", "onto", "inside", "beyond", "upriver", "offshore"]);
// (tsx's esbuild writes a regex with \p{...} as `new RegExp(...)`, made again at every call: the hot ones are made once here)
export const LOWER_START = /^\p{Ll}/u, DOTTED_INITIALS = /^(?:\p{Lu}\.){2,}$/u;
/** A company's letters, "S.L.", "AB": at a name's end they end a company's name, before a surname they are a person's. */
export const LETTERS_ONLY = /^(?:(?:\p{Lu}\.){2,}|\p{Lu}{2,3})$/u;
const AMPERSAND_WORD = /\p{L}&\p{L}/u;
const QUOTED_NICKNAME = /\s["“‘'](\p{Lu}[^"”’']*)["”’']\s/u, ACRONYM = /^(?:\p{Lu}\.?){2,6}(?:-\p{Lu}{1,6})?$/u, PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u, SHORT_CAPS = /^\p{Lu}{2,5}$/u;
const HYPHENATED_DEMONYM = /^(?:\p{Lu}\p{Ll}+-)+\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|an|ch|ic|i)$/u;
const IZAFAT = /^\p{Lu}\p{Ll}+-[ei]-\p{Lu}/u, CAPS_START = /^\p{Lu}{3,}/u, CAPS_WORD = /^\p{Lu}{2,}[.,]?$/u, CAPS_ONLY = /^\p{Lu}{3,}$/u;
// "ATC-IX", "ATC-II": a numbered court's letters and its Roman numeral
const JOINED_WORD = /^(?!Mc|Mac|De|Le|La|Di|Da|Van|Von)\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}{2,}$/u;
const NUMBERED_COURT = /^\p{Lu}{2,5}-(?=[IVX])X{0,2}(?:IX|IV|V?I{0,3})$/u, COURT_CONTEXT = new Set(["court", "courts", "judge", "judges", "bench", "tribunal", "magistrate"]);
const LETTERS_AND_DIGITS = /\p{L}.*\d|\d.*\p{L}/u, GENERAL_OFFICE = /^\p{Lu}\p{Ll}+-General$/u;
const ROMAN_NUMERAL = /^[IVXL]+$/;
/** A state's or province's abbreviation in a dateline: "Mo.", "Calif.", "N.S.", "Ont." */
const REGION_ABBREVIATION = /^\p{Lu}[\p{L}.]{0,4}\.$/u;

/** "the Sunday Courier", "the Saturday Star": a weekday, then the head of a newspaper's name. */
export const weekdayPaper = (ts: readonly Token[], i: number) => WEEKDAYS.has(ts[i]?.lower ?? "") && ts[i - 1]?.lower === "the" && WEEKDAY_PAPER_HEADS.has(ts[i + 1]?.text ?? "");
const mention = (base: Omit<NameMention, "type" | "evidence">, type: NameType, evidence: NameMention["evidence"]): NameMention => ({ ...base, type, evidence });

/** What names.ts read of a name before typing it. */
export interface NameReading {
  title?: NameMention["title"];
  gender?: "m" | "f";
  /** where the title or honorific before the name begins */
  lead?: number;
  /** a body known by a name that reads as someone's ("Goldman Sachs") */
  known: boolean;
  /** what a common noun that opens the sentence says the name is ("Streamer Lumenflix") */
  kind?: NameType;
  /** a one-word name after a sentence-opening first name, in apposition ("Tomas Rell, a ...") */
  apposed: boolean;
}

/** The mention of words a..b of a sentence, typed; nothing when they name no one and nothing. */
const ORDINAL_WORDS = /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|\d{1,2}(?:st|nd|rd|th))$/;

export function typeName(s: TokenSentence, a: number, b: number, { title, gender, lead, known, kind, apposed }: NameReading): NameMention | undefined {
  const ts = s.tokens;
  const words = ts.slice(a, b);
  const texts = words.map((t) => t.text);
  const head = texts[texts.length - 1]!;
  const start = words[0]!.start, end = words[words.length - 1]!.end;
  const surface = s.text.slice(start - s.start, end - s.start);
  // a nickname quoted between the parts of a name: Kelsey "KK" Marlow, Oluwaseun 'Seun' Adeyemi
  const name = surface.replace(QUOTED_NICKNAME, " ").replace(/\s+/g, " ").trim();
  const nickname = QUOTED_NICKNAME.exec(surface)?.[1]?.trim();
  const base = { sentence: s.index, start, end, surface, name, first: a, last: b, ...(title && { title }), ...(gender && { gender }), ...(lead !== undefined && { lead }), ...(nickname && { nickname }) };
  // "of the Office's fraud section", "the Ministry said": a body's kind alone points back to one, it names none
  if (words.length === 1 && ts[a - 1]?.lower === "the" && BARE_BODY_HEADS.has(head)) return undefined;
  if (known) return mention(base, "Organization", "sure");
  // ("the anti-graft court's Fourth Division", "the Second Division ruled": a numbered division is a bench of the court named
  // with it, no body of its own)
  if (words.length === 2 && head === "Division" && ORDINAL_WORDS.test(texts[0]!)) return undefined;
  if (shortCourtName(ts, a, b)) return mention(base, "Court", "sure");
  // "an anti-terrorism court (ATC-IX)", "the ATC-IX judge": a numbered court where the sentence tells of one, else
  // no body (Pakistani reports of anti-terrorism and sessions courts)
  if (words.length === 1 && NUMBERED_COURT.test(texts[0]!)) return ts.some((t) => COURT_CONTEXT.has(t.lower)) ? mention(base, "Court", "sure") : undefined;
  if (lawFirmName(texts)) return mention(base, "Organization", "sure");
  if (kind && !texts.some((t) => COURT_HEADS.has(t))) return mention(base, kind, "sure");
  if ((words.length === 2 && bodyBeforePlace(ts, a)) || (BODY_AND_HEADS.has(head) && BODY_AND_WORDS.has(texts[0]!) && texts.includes("and"))) return mention(base, "Organization", "sure");
  if (weekdayPaper(ts, a) && b - a === 2) return mention(base, "Organization", "sure");
  const ofAt = texts.findIndex((w, i) => i > 0 && (w === "of" || w === "for" || w === "Against"));
  const core = ofAt > 0 ? texts[ofAt - 1]! : head;
  // "Pellworth Bank CEO, Ana Ruiz,": capitals ending in a role after a body named by its head word are the body, her employer
  // (the longest role: "Office of the Attorney General" is no "Office of the Attorney" before a general)
  const roleAt = title || gender || GIVEN_NAMES.has(texts[0]!) ? undefined : [...Array(b - a).keys()].find((k) => k > 0 && ROLE_FORMS.at(ts, a + k).some((h) => h.end === b));
  // (the body's own head word last: "Office of the Special Prosecutor" is an office, not "Office of the Special")
  if (roleAt !== undefined && (ORG_HEADS.has(ts[a + roleAt - 1]!.text) || STUDIO_HEADS.has(ts[a + roleAt - 1]!.text))) {
    const body = typeName(s, a, a + roleAt, { known: false, apposed: false });
    if (body?.evidence === "sure" && (body.type === "Organization" || body.type === "Studio")) return body;
  }

  // "the Indian Penal Code", "the Companies Act": a statute is no place, person or body
  // ("the Protection of Children Act", "the Prevention of Corruption Act": a body's word inside a statute's name
  // is the statute's; alone, "Act" is no place, "ACT" is one)
  if (STATUTE_HEADS.has(head) && (words.length === 1 || (!texts.some((t) => COURT_HEADS.has(t) || ORG_HEADS.has(t)) || STATUTE_NAME_ENDS.has(head)))) return undefined;
  // "the Harcourt Bill", "the Online Harms Bill": a bill after "the", whatever its first word (alone, "Bill" is a given name)
  if (head === "Bill" && words.length > 1 && ts[a - 1]?.lower === "the" && !title && !gender) return undefined;
  // ("the Act on the Protection of Children", "Code of Criminal Procedure": head first)
  if (words.length > 2 && STATUTE_HEADS.has(texts[0]!) && /^(?:on|of|for|concerning)$/.test(texts[1]!)) return undefined;
  // "in Court 2 at the Old Bailey": a courtroom's number, not a court
  // (nor is "a Division Bench" of the court's judges)
  if ((words.length === 1 && COURT_HEADS.has(head) && /^(?:\d{1,2}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)$/.test(ts[b]?.text ?? "")) || (head === "Bench" && (words.length === 1 || (words.length === 2 && COURT_PANELS.has(texts[0]!))))) return undefined;
  // ("the Juniper Court restaurant": a venue named like a court, where a victim was shot)
  if (texts.some((t) => COURT_HEADS.has(t)) && !(words.length === 2 && head === "Court" && VENUE_NOUNS.has(ts[b]?.lower ?? ""))) return mention(base, "Court", "sure");
  // the building a court sits in: "the Harlan Pike Criminal Justice Center"
  if (words.length > 1 && COURT_BUILDINGS.some((c) => c.length < texts.length && c.every((w, i) => texts[texts.length - c.length + i] === w))) return mention(base, "Court", "sure");
  // ("BBC Radio Tarn": after a broadcaster's letters too)
  if (words.length > 1 && (ORG_LEADS.has(texts[0]!) || (SHORT_CAPS.test(texts[0]!) && ORG_LEADS.has(texts[1]!)))) return mention(base, "Organization", "sure");
  // "Real Almenara", "Ashvale Rovers": a sports club
  if (words.length > 1 && !title && !gender && (CLUB_LEADS.has(texts[0]!) || (CLUB_HEADS.has(head) && !GIVEN_NAMES.has(texts[0]!)))) return mention(base, "Organization", "sure");
  // "the R&B singer": a genre, not a body
  if (words.length === 1 && COMMON_ACRONYMS.has(texts[0]!)) return undefined;
  if (texts.some((t) => t === "&" || t === "+" || AMPERSAND_WORD.test(t))) return mention(base, "Organization", "sure");
  // "Dana Larkbey and Sons", "Larkbey and Vale Solicitors" (name-segments.ts joined them over their "and")
  if (words.length > 2 && texts.includes("and") && FIRM_TAILS.has(head)) return mention(base, "Organization", "sure");
  if (/^#/.test(texts[0]!)) return mention(base, "Organization", "sure");
  // a head word alone is no name: "Pictures from the set were shown", "Studio sued over death"
  if (STUDIO_HEADS.has(head) && head !== "studio") return words.length > 1 ? mention(base, "Studio", "sure") : undefined;
  // "a former Member of County Assembly", "the Member of the Legislative Assembly": a post written in capitals, no one's name
  if (words.length > 2 && !title && !gender && texts[1] === "of" && ROLE_FORMS.at(ts, a).some((h) => h.end === b)) return undefined;
  // ("Pakistan Muslim League-Nawaz": a party's faction after its head's hyphen)
  if (ORG_HEADS.has(head) || ORG_HEADS.has(core) || (words.length > 1 && ORG_HEADS.has(head.split("-")[0]!) && !title && !gender)) return words.length > 1 || /Office$/.test(head) ? mention(base, "Organization", "sure") : undefined;
  if (words.length > 1 && ORG_PREFIXES.has(texts[0]!) && (texts.includes("of") || texts.includes("for"))) return mention(base, "Organization", "sure");
  // "Parole Board Canada", "Legal Aid Ontario": a body's head word, then the country or the province it serves
  const bodyHead = texts.findLastIndex((t) => ORG_HEADS.has(t));
  if (!title && !gender && bodyHead >= 0 && bodyHead < texts.length - 1 && isPlace(texts.slice(bodyHead + 1).join(" "))) return mention(base, "Organization", "sure");
  const thing = !title && !gender ? thingNamed(ts, a, b) : undefined;
  if (thing) return thing === "maker" ? mention(base, "Organization", "weak") : undefined;
  // "Shahrah-e-Qaimabad", "Tehreek-e-Adl": a name in izafat is what its first word says, and no one
  const izafat = !title && !gender ? texts.find((t) => IZAFAT.test(t)) : undefined;
  if (izafat) {
    const kind = IZAFAT_LEADS.get(izafat.split("-")[0]!);
    return kind === "none" ? undefined : kind === "Organization" ? mention(base, "Organization", "sure") : mention(base, "Place", kind ? "sure" : "weak");
  }
  const given = GIVEN_NAMES.has(texts[0]!);
  // "the Harrowmere Festival", "the Tarn Regatta": an event is neither a person nor a body
  if (words.length > 1 && EVENT_HEADS.has(head) && !title && !gender && !given) return undefined;
  // ("Grace Hall" is someone; "George Street" is not: only some place heads are surnames too,
  // and any is one after a given name that a person's noun introduces: "defence lawyer Rosa Quay")
  const introduced = given && words.length === 2 && PERSON_NOUNS.has(ts[a - 1]?.lower ?? "");
  // (but "the Nelson Mandela Bridge", "the Victoria Hall": no one's name follows "the", unless it modifies a noun after it)
  const theThing = ts[a - 1]?.lower === "the" && !modifies(ts, b);
  if (words.length > 1 && (PLACE_HEADS.has(head) || GEOGRAPHIC_HEADS.has(head)) && !title && !gender && !introduced && !(given && words.length <= 3 && SURNAME_PLACE_HEADS.has(head) && !theThing)) return mention(base, "Place", "sure");
  // "MADRID, Oct 18 (Iberia Wire) -", "SPRINGFIELD, Mo. (KSPR) -": the agency or station in a dateline's brackets
  // reports the story, it is not in it (a state's or province's abbreviation may follow the city)
  if (ts[a - 1]?.text === "(" && ts[b]?.text === ")" && a >= 2 && !title && !gender && CAPS_START.test(ts[0]!.text) &&
    ts.slice(0, a - 1).every((t) => CAPS_WORD.test(t.text) || t.text === "," || MONTHS.has(t.lower.replace(/\.$/, "")) || /^\d{1,2}$/.test(t.text) || REGION_ABBREVIATION.test(t.text))) return undefined;
  // "the Countess of Chesterford", "the Earl of Harrowby": a title's domain, no one's name
  if (words.length === 1 && ts[a - 1]?.lower === "of" && a >= 2 && (TITLES.at(ts, a - 2).length || NOBLE_TITLES.has(ts[a - 2]!.text))) return mention(base, "Place", "weak");
  // "Port Ellerby", "Mount Tarn": a word that opens a place's name
  // ("the Port of Mombasa": the lead alone before "of" and its place)
  if ((words.length > 1 || ts[b]?.lower === "of") && PLACE_LEADS.has(texts[0]!) && !title && !gender && !GIVEN_NAMES.has(texts[1] ?? "")) return mention(base, "Place", "sure");
  if (words.length > 1 && words.length <= 3 && SAINT_PLACE_LEADS.has(texts[0]!) && !title && !gender) return mention(base, "Place", "sure");
  // "WorkSafe Queensland", "SafeWork Victoria": a body's word of two capitalised parts, then the place it serves
  if (words.length >= 2 && JOINED_WORD.test(texts[0]!) && !title && !gender && isPlace(texts.slice(1).join(" "))) return mention(base, "Organization", "sure");
  // "Rowing New Zealand", "Cricket South Africa": a body named for the country it serves
  if (!title && !gender && !given && [2, 3].some((k) => texts.length > k && isPlace(texts.slice(-k).join(" ")) && !isPlace(texts[0]!))) return mention(base, "Organization", "weak");
  // "CPS London", "HM Revenue": a body's acronym and its place or branch
  if (words.length > 1 && SHORT_CAPS.test(texts[0]!) && !title && !gender && texts.slice(1).every((t) => isPlace(t) || PLACE_HEADS.has(t))) return mention(base, "Organization", "sure");
  if (words.length > 1 && STREET_HEADS.has(head) && !title && !gender) {
    // an address: "of Moss Lane, Swinton", "14 Cedar Close"
    // ("the murder of Sophie Lane, 23,": a given name before the head and no town after the comma is someone's name)
    const address = /^\d/.test(ts[a - 1]?.text ?? "") || (ts[a - 1]?.lower === "of" && ts[b]?.text === "," && (!given || !!ts[b + 1]?.cap));
    if (address) return mention(base, "Place", "sure");
    // ("on Mill Lane", "Park Avenue": a first word that is a place's word before a street's head names no one)
    if (!given || PLACE_HEADS.has(texts[0]!)) return mention(base, "Place", "weak");
  }
  if (PLACES.has(texts.join(" ")) && !title && !gender) return mention(base, "Place", "sure");
  // "Co Cork", "Co. Wexford": an Irish county
  if (words.length === 2 && /^Co\.?$/.test(texts[0]!) && !title) return mention(base, "Place", "sure");
  if (!title && !gender && words.length <= 3 && (!given || hometown(ts, a, b)) && inAddress(ts, a, b)) return mention(base, "Place", "sure");
  // "of Lower Wick Farm, Ashby Wick,": the village after a farm or a house someone is "of" (whatever its first word)
  if (!title && !gender && words.length <= 3 && ts[a - 1]?.text === "," && ofPlace(ts, a - 1) && /^[,.;]$/.test(ts[b]?.text ?? "")) return mention(base, "Place", "sure");
  // an acronym, unless it is a role's ("GP", "CEO")
  if (texts.every((t) => ACRONYM.test(t) || PLURAL_ACRONYM.test(t)) && !title && !gender) {
    if (words.length === 1 && (ROLE_FORMS.has(texts[0]!.toLowerCase()) || NON_NAME.has(texts[0]!) || COMMON_ACRONYMS.has(texts[0]!) || spelledBefore(ts, a))) return undefined;
    // "traded NFTs", "her GCSEs": letters in the plural are things, no body; nor is "an ASBO", "a PCR" that modifies no noun
    // (but "an FBI agent", "a BBC documentary" name the body)
    if (words.length === 1 && (PLURAL_ACRONYM.test(texts[0]!) || (/^(?:a|an)$/.test(ts[a - 1]?.lower ?? "") && !modifies(ts, b)))) return undefined;
    // "(END)": a wire's mark, alone in its brackets
    if (words.length === 1 && ts[a - 1]?.text === "(" && ts[b]?.text === ")" && ts.length <= 4) return undefined;
    // "LOS ANGELES —", "DALTON, Ga.": a dateline
    // ("CAA, which represents her,": an acronym and a clause after its comma is a body, no dateline)
    if (a === 0 && CAPS_ONLY.test(texts[0]!) && /^[,(—–:-]$/.test(ts[b]?.text ?? "") && !(ts[b]!.text === "," && LOWER_START.test(ts[b + 1]?.text ?? ""))) return mention(base, "Place", "weak");
    // "U.S.", "N.M." are places; "F.B.I." is an agency
    if (texts.every((t) => DOTTED_INITIALS.test(t))) return isPlace(texts.join(" ")) || texts.join("").length <= 4 ? mention(base, "Place", "weak") : mention(base, "Organization", "weak");
    return mention(base, "Organization", "weak");
  }
  // "the Director of Public Prosecutions": what an office heads, after its head word and "of", is no one (nor with the "of")
  // (but "the head of Tindall Wexley", "a former director of Tindall Wexley": a post in lower case before a name that is
  // no common words is a post at a company, and names it)
  if ((!title && !gender && ts[a - 1]?.lower === "of" && COMPLEMENT_HEADS.has(ts[a - 2]?.lower ?? "") && !GIVEN_NAMES.has(texts[0]!) &&
    !(ts[a - 2]!.cap === false && texts.some((t) => !commonByLexicon(t.toLowerCase())))) || texts[0] === "of") return undefined;
  // "the Minister for Better Regulation", "the Minister of Marine and Blue Economy": a portfolio, each of its parts, is no one
  if (!title && !gender && portfolio(ts, a)) return undefined;
  // a person: up to five name words, none a word that names an organisation
  // the words of a person's name, a quoted nickname inside it aside
  // (particles aside: "José Manuel de la Fuente García" is four names long)
  const own = (nickname ? name.split(" ") : texts).filter((t) => !NAME_PARTICLES.has(t)).length;
  // (a company's letters before a surname are a person's initials or nickname: "Judge S.L. Varkey", "AB Rossouw", not
  // "Varkey S.L." nor "Tallis AB")
  if (own > 5 || texts.some((t, i) => (ORG_HEADS.has(t) && !(i < texts.length - 1 && LETTERS_ONLY.test(t))) || STUDIO_HEADS.has(t))) return undefined;
  if (texts.some((t, i) => /^\d/.test(t) && !/^(?:Doe|Roe)$/.test(texts[i - 1] ?? ""))) return undefined;
  // "QF-221", "Kelton-2": a code with digits in it is no one's name
  if (texts.some((t) => LETTERS_AND_DIGITS.test(t))) return undefined;
  // "the Auditor-General", "Solicitor-General", "write to the Attorney General": an office, no one's name (the title
  // before a bare "General" is the office's first word)
  if (words.length === 1 && (GENERAL_OFFICE.test(texts[0]!) || texts[0] === "General")) return undefined;
  if (!title && !gender && !apposed && texts.every((t) => NON_NAME.has(t) || PLACES.has(t) || ROLE_FORMS.has(t))) return undefined;
  // "Special Agent", "Senior Counsel": a title alone names no one; nor does "National Drugs" after "Garda" (a body's unit cut at "and")
  if ((words.length > 1 && ROLE_FORMS.has(texts.join(" ").toLowerCase())) || BODY_OPENERS.has(texts[0]!)) return undefined;
  // "Franco-Lebanese businessman": a people's adjective before a noun
  if (words.length === 1 && !title && HYPHENATED_DEMONYM.test(texts[0]!) && LOWER_START.test(ts[b]?.text ?? "")) return undefined;
  // "the four Jane Does": a pseudonym in the plural is no one
  if (texts.length === 2 && /^(?:Jane|John)$/.test(texts[0]!) && /^(?:Does|Roes)$/.test(texts[1]!)) return undefined;
  // "Lorry driver Gethin Moss admitted ...", "Van driver X": a capital only of the sentence's start, before a
  // lower-case word for a person that a name follows, modifies that word
  if (words.length === 1 && !title && (a === 0 || /^[—–:-]$/.test(ts[a - 1]!.text)) && LOWER_START.test(ts[b]?.text ?? "") && (PERSON_NOUNS.has(ts[b]!.lower) || ROLE_FORMS.has(ts[b]!.lower)) && ts[b + 1]?.cap) return undefined;
  if (!title && !gender) {
    // "NRP Vice Chairman": capitals ending in a role, with no one's name before it
    if (!texts.some((t) => GIVEN_NAMES.has(t)) && [...Array(b - a).keys()].some((k) => ROLE_FORMS.at(ts, a + k).some((h) => h.end === b) && k > 0)) return undefined;
    // "the former Permanent Secretary": capitals ending in a word for a person's post, after "the" or "former"
    if (!given && words.length > 1 && /^(?:the|former|then)$/.test(ts[a - 1]?.lower ?? "") && (PERSON_NOUNS.has(head.toLowerCase()) || COMPLEMENT_HEADS.has(head.toLowerCase()))) return undefined;
    // "Stanbic IBTC", "Orvane GTX": a company's letters after its first word (a shouted surname follows a given name:
    // "Peter BOND"; "John Ray III" keeps his numeral)
    if (!given && words.length > 1 && texts.slice(1).some((t) => CAPS_ONLY.test(t) && !ROMAN_NUMERAL.test(t))) return mention(base, "Organization", "weak");
    // "off Kowhai Point", "near Tarn Gate": no one is sailed off or found near a person
    if (!given && LOCATIVES.has(ts[a - 1]?.lower ?? "")) return mention(base, "Place", "weak");
    // ("in Spanish Town": a place's head the tagger cut from its capitalised adjective is no one's name)
    if (words.length === 1 && PLACE_HEADS.has(texts[0]!) && a > 1 && ts[a - 1]!.cap && ts[a - 1]!.pos === "ADJ") return mention(base, "Place", "weak");
    // "the Golden Oar award", "the Tasman Ambulance crew": a name before such a noun is no one's
    if (!given && THING_MODIFIERS.has(ts[b]?.lower ?? "")) return undefined;
    // "the 2021 Greenvale Peace Prize", "the Tarrow Crisis Help Line": a name whose head is such a noun is no one's
    // (after a given name too: "the Harcourt Award" honours someone and names no one)
    if (words.length > 1 && (THING_HEADS.has(head.toLowerCase()) || THING_HEADS.has(texts.slice(-2).join(" ").toLowerCase()))) return undefined;
    // "a Ford Bronco", "his Toyota Prius": a thing; people are not "a" or "his" anything
    if (DETERMINERS.has(ts[a - 1]?.lower ?? "")) return undefined;
    // "for the Rovers", "the Magpies said": a team or a band is named in the plural, a person never is
    // ("a lawyer for the Kelvale Broncos": a team's place before its plural, as no surname is)
    if (ts[a - 1]?.lower === "the" && !given && (words.length > 1 || !modifies(ts, b)) && pluralNoun(head)) return undefined;
    // "the Western Dry Creek", "at the Old Bailey": a person is not "the" X (but "the Ruiz trial" names one)
    if (ts[a - 1]?.lower === "the" && words.length > 1 && !given && !modifies(ts, b)) return mention(base, "Place", "weak");
  }
  const sure = !!title || !!gender || (given && words.length > 1);
  return mention(base, "Person", sure ? "sure" : "weak");
}

// How each false Person or Organization of a gold corpus is made, and how each missed Organization is told, as
// counts only (safe on a held-out set: it prints no text of its articles or its gold). For a false node: the layer
// that made its first mention (the name finder by a head word, a title or a given name, or capitals alone; a
// described name; a names-stage TYPE rule, by id; resolution; or no name at all, a later layer), and its shape (words,
// capitals, a possessive, after a title, in quotes, in a headline, byline, caption or dateline, a place, a product or
// a publication, another name of a gold person). For a missed Organization: its kind (a company by its suffix, a
// government body, a union, a club, a school, a hospital, "the X's"), and what the graph made of it.
//   npx tsx test/tools/entity-origins.ts test/fixtures/eval/dev11
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArticle } from "../../src/ingest/index.ts";
import { splitSentences } from "../../src/segment/index.ts";
import { readDocument, type Doc } from "../../src/extract/document.ts";
import { findArticleNames } from "../../src/extract/article.ts";
import { findNames } from "../../src/extract/names.ts";
import { resolveArticleNames } from "../../src/resolve/article.ts";
import { initials } from "../../src/resolve/aliases.ts";
import { COMMON_ACRONYMS, GIVEN_NAMES, NATIONALITY_ADJECTIVES, ORG_HEADS, PERSON_NOUNS, ROLE_FORMS, isPlace } from "../../src/lexicon/index.ts";
import type { NameMention } from "../../src/types.ts";
import { commonByLexicon } from "../../src/nlp/truecase.ts";
import { inLexicon, tagWord } from "../../src/nlp/wink.ts";
import cities from "../../src/lexicon/cities.json" with { type: "json" };
const CITIES = new Set(cities.cities);
import type { Frame } from "../../src/extract/engine/rules.ts";
import { normPersonName as norm, scoredBuild } from "./scored-build.ts";

const dir = resolve(process.argv[2] ?? "../shared/eval/corpus/dev2");
const { graph, misses, gold } = scoredBuild(dir);
const tally = new Map<string, number>();
const count = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);

const nodes = new Map(graph.nodes.map((n) => [n.key, n.attributes]));
type M = { article: string; sentence: number; start: number; end: number };
const mentions = new Map<string, M[]>();
for (const e of graph.edges as unknown as { source: string; target: string; attributes: { type: string; start: number; end: number } }[]) {
  if (e.attributes.type !== "MENTIONED_IN") continue;
  const s = nodes.get(e.target);
  if (!s) continue;
  mentions.set(e.source, [...(mentions.get(e.source) ?? []), { article: String(s.article), sentence: Number(s.index), start: e.attributes.start, end: e.attributes.end }]);
}

/** An article read as the build reads it, through the names stage and resolution. */
interface Read { doc: Doc; names: NameMention[]; found: Set<string>; frames: Frame[]; typeOf: Map<NameMention, string> }
const reads = new Map<string, Read>();
function read(articleKey: string): Read {
  const known = reads.get(articleKey);
  if (known) return known;
  const path = String(nodes.get(articleKey)!.path);
  const r = parseArticle(path, readFileSync(join(dir, path)));
  if (!r.ok) throw new Error("unreadable article");
  const doc = readDocument(r.article, splitSentences(r.article.text, r.article.bodyStart));
  const { names, frames } = findArticleNames(doc);
  const found = new Set(doc.sentences.flatMap((s) => findNames(s).map((m) => `${m.start}:${m.type}`)));
  const resolved = resolveArticleNames(names, doc);
  const typeOf = new Map(names.map((m) => [m, resolved.entityOf.get(m)?.type ?? "-"]));
  const out = { doc, names, found, frames, typeOf };
  reads.set(articleKey, out);
  return out;
}

/** The layer that gave a name its type. */
function origin(r: Read, m: NameMention, type: string): string {
  const s = r.doc.sentences[m.sentence]!;
  const frame = r.frames.find((f) => f.frame === "TYPE" && f.sentence === m.sentence && [...f.slots.values()].flat().some((sp) => s.tokens[sp.start]?.start === m.start || (sp.start <= m.first && m.last <= sp.end)));
  const entityType = r.typeOf.get(m);
  if (frame && (frame.set.type === type || m.type === type)) return `TYPE rule ${frame.rule}`;
  if (m.type !== type) return `resolution (the name was ${m.type}, its entity ${entityType})`;
  if (!r.found.has(`${m.start}:${m.type}`)) return m.aliasOf ? "an alias rule" : "a described or added name (described.ts, surname openers, shared surnames)";
  if (type === "Organization") {
    const head = m.name.split(/\s+/).pop()!;
    return ORG_HEADS.has(head) ? "the name finder: an organisation head word" : /^[A-Z&]{2,}$/.test(m.name) ? "the name finder: an acronym" : "the name finder: no organisation head word";
  }
  if (type !== "Person") return `the name finder: typed ${type}`;
  if (m.title) return "the name finder: after a title";
  if (GIVEN_NAMES.has(m.name.split(/\s+/)[0]!)) return "the name finder: a given name first";
  return `the name finder: capitals alone (${m.evidence})`;
}

const FILM_WORDS = /\b(?:films?|movies?|film-?makers?|studios?|cinemas?|box office|filming|actors?|actress(?:es)?|starring|starred|screenplay|documentar(?:y|ies)|series|sitcom|episodes?|streaming|Hollywood|Bollywood|Nollywood)\b/i;
const STUDIO_HEADS_FILM = /^(?:Pictures|Productions|Films|Animation|Filmworks|Releasing|Bros\.?)$/;
const PUBLICATION = /\b(?:times|post|herald|news|gazette|tribune|standard|nation|journal|guardian|telegraph|mail|express|mirror|star|sun|observer|chronicle|review|magazine|daily|weekly|press|radio|tv|television|fm|online|report|monitor|insider|bulletin|today)\b/i;
const PRODUCT = /\b(?:app|platform|model|phone|car|vehicle|drug|device|software|brand|product|vessel|ship|aircraft|award|prize|cup|festival|summit|conference|week|games|championship|fund|scheme|act|bill|policy|programme|program|project|operation)\b/i;
const goldPersons = gold.entities.filter((e) => e.type === "Person");
const goldNames = new Map<string, string>();
for (const e of gold.entities) for (const n of e.names) goldNames.set(norm(n), e.type);
const missedIds = new Set(misses.entityFN.map((l) => l.split(/\s+/)[1]));

function shape(p: string, label: string, key: string | undefined, type: string) {
  const words = label.split(/\s+/), l = norm(label);
  count(`  ${p}: ${words.length === 1 ? "one word" : words.length === 2 ? "two words" : "three words or more"}${/^[A-Z0-9 .&'-]+$/.test(label) && /[A-Z]{2}/.test(label) ? ", all capitals" : ""}`);
  const other = goldNames.get(l);
  if (other) count(`  ${p}: a gold ${other}'s name`);
  if (other && other !== type) {
    // the same name as a node of the gold's type too: in the same article (typed two ways there) or in another only
    const arts = new Set((key ? mentions.get(key) ?? [] : []).map((m) => m.article));
    const twin = graph.nodes.find((n) => n.attributes.type === other && norm(String(n.attributes.label)) === l);
    const where = !twin ? "none" : (mentions.get(twin.key) ?? []).some((m) => arts.has(m.article)) ? "the same article" : "another article only";
    const g = gold.entities.find((e) => e.type === other && e.names.some((n) => norm(n) === l));
    const found = g && !missedIds.has(g.id) ? (g.names.length > 1 ? "found under another of its names" : "found") : "missed";
    count(`  ${p}:   (a gold ${other}'s name) a ${other} node of that name: ${where}; the gold ${other} ${found}`);
  }
  else if (isPlace(label)) count(`  ${p}: a listed place`);
  else if (CITIES.has(label)) count(`  ${p}: a large city's name that is also a given name`);
  if (words.length === 1 && type === "Person") count(`  ${p}: one word: ${GIVEN_NAMES.has(label) ? "a given name" : "no given name"}${commonByLexicon(label.toLowerCase()) ? ", a common word" : ""}`);
  if (type === "Person") {
    const toks = l.split(" ");
    const same = goldPersons.filter((g) => !missedIds.has(g.id) && g.names.some((n) => norm(n).split(" ").some((w) => w.length > 1 && toks.includes(w))));
    if (same.length && !other) {
      const gn = same[0]!.names.map((n) => norm(n).split(" "));
      const full = gn.find((x) => x.length > 1) ?? gn[0]!;
      const kind = toks.length === 1 ? (toks[0] === full[0] ? "its given name alone" : toks[0] === full[full.length - 1] ? "its surname alone" : "one of its words alone")
        : toks.some((w) => /^[a-z]$/.test(w)) ? "with an initial" : toks[toks.length - 1] === full[full.length - 1] ? "its surname with another given name" : toks[0] === full[0] ? "its given name with another surname (maiden or married?)" : "sharing a middle word";
      count(`  ${p}: another name of a found gold Person: ${kind}`);
    }
  }
  for (const m of (key ? mentions.get(key) ?? [] : []).slice(0, 1)) {
    const r = read(m.article);
    const s = r.doc.sentences[m.sentence]!;
    const nm = r.names.find((n) => n.sentence === m.sentence && n.start < m.end && m.start < n.end);
    count(`  ${p}: made by ${nm ? origin(r, nm, type) : "no name of the names stage (a later layer)"}`);
    if (nm && type === "Organization" && /^[A-Z&]{2,}$/.test(label)) {
      // an acronym: whether a body of the article spells it, whether the text spells it out in full anywhere, how often it is named
      const orgsHere = graph.nodes.filter((n) => ["Organization", "Court", "Studio"].includes(String(n.attributes.type)) && n.key !== key && (mentions.get(n.key) ?? []).some((x) => x.article === m.article));
      const spelled = orgsHere.some((n) => initials(String(n.attributes.label)) === label);
      const words = r.names.some((x) => x.name !== label && initials(x.name) === label);
      const bracket = /\(\s*$/.test(r.doc.text.slice(Math.max(0, m.start - 3), m.start)) ? "in brackets" : "bare";
      const t0 = r.doc.text, bef = t0.slice(Math.max(0, m.start - 30), m.start), aft = t0.slice(m.end, m.end + 20);
      count(`  ${p}:   (an acronym) before: ${/\b(?:told|to|according to|on|in an interview with|by)\s+(?:the\s+)?$/i.test(bef) ? "told/to/on/by (a medium?)" : /\b(?:the|a|an)\s+$/i.test(bef) ? "an article" : /\b(?:at|for|with|from|of|joined|left)\s+(?:the\s+)?$/i.test(bef) ? "at/for/with/from/of" : "other"}; after: ${/^\s+\p{Ll}+/u.test(aft) && !/^\s+(?:said|says|has|had|is|was|will|would|and|or|in|on|at|to|for|of|after|before)\b/.test(aft) ? "a lower-case noun or verb (a modifier?)" : /^\s*[,.;:)]/.test(aft) ? "punctuation" : "other"}; ${m.sentence === 0 || r.doc.isHeadline(m.sentence) ? "headline" : "body"}; ${commonByLexicon(label.toLowerCase()) || inLexicon(label.toLowerCase()) ? "a word in capitals" : /^[A-Z][AEIOU]/.test(label) || /^[A-Z]{1,2}[AEIOU][A-Z]/.test(label) ? "letters one can say" : "letters"}, ${label.length} long; the sentence ${/[a-z]/.test(s.text) ? "in mixed case" : "all in capitals"}`);
      count(`  ${p}:   (an acronym) ${spelled ? "a body of its article spells it" : words ? "a name of its article spells it, no body does" : "nothing in its article spells it"}; ${bracket}; ${(mentions.get(key!) ?? []).length > 1 ? "named several times" : "named once"}; ${COMMON_ACRONYMS.has(label) ? "a listed common acronym" : "not listed"}`);
    }
    if (nm && type === "Organization" && !r.found.has(`${nm.start}:${nm.type}`) && !nm.aliasOf) {
      const cls = (w: string) => /^(?:the|of|and|for|in|on|at|'s|’s)$/i.test(w) ? w.toLowerCase() : /['’]s$/.test(w) ? `${/^\p{Lu}/u.test(w) ? "Capital" : "lower"}'s` : isPlace(w) ? "place" : ORG_HEADS.has(w) ? "org head" : /^\p{Lu}{2,}$/u.test(w) ? "letters" : /^\p{Ll}/u.test(w) ? `lower${ORG_HEADS.has(w[0]!.toUpperCase() + w.slice(1)) ? " head" : ""}` : commonByLexicon(w.toLowerCase()) ? "common" : "other";
      count(`  ${p}:   (a described name) its words: ${label.split(/\s+/).map(cls).join(" ")}`);
      if (/['’]s\b/.test(label)) count(`  ${p}:   (a described office) whose: ${/\b(?:prosecutor|attorney|counsel|solicitor)/i.test(label) ? "a prosecutor's" : /\b(?:sheriff|police|constable|marshal)/i.test(label) ? "a police officer's" : /\b(?:coroner|examiner|pathologist)/i.test(label) ? "a coroner's" : "another's"}; ${/^\p{Lu}/u.test(label) ? "with a capitalised word first" : "all lower case"}`);
    }
    const t = r.doc.text, before = t.slice(Math.max(s.start, m.start - 40), m.start), after = t.slice(m.end, Math.min(s.end, m.end + 40));
    const text = s.text.trim();
    const place = r.doc.headline[m.sentence] ? (r.doc.isHeadline(m.sentence) ? "a headline" : "a caption, credit or byline line")
      : /^(?:By|Photo|Photograph|Picture|Pictured|Image|Credit|Source|Reporting by|Additional reporting|Edited by|Written by)\b/i.test(text) || /\b(?:Photo|Picture|Image|Credit)s?:/i.test(text) || /(?:Getty|AFP|Reuters|AP Photo|Shutterstock|PA Wire)/.test(text) ? "a line with a credit or byline cue"
      : /^[A-Z][A-Z .'-]{2,}(?:,|\s[—–-])/.test(text) && m.start - s.start < 40 ? "a dateline" : m.sentence === r.doc.sentences.findIndex((x) => !r.doc.headline[x.index]) ? "the lede" : "the body";
    count(`  ${p}: in ${place}`);
    const cues = [
      /['’]s?$/.test(t.slice(m.end, m.end + 2)) || /^['’]/.test(after) ? "a possessive" : "",
      /["“‘']\s*$/.test(before) || /^\s*["”’']/.test(after) ? "inside quotes" : "",
      nm?.title ? `after the title ${nm.title.role}` : /\b(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady)\.?\s*$/.test(before) ? "after an honorific" : "",
      PUBLICATION.test(label) || /\b(?:told|wrote in|reported|according to|published by|in an interview with|columnist for|editor of)\s+(?:the\s+)?$/i.test(before) ? "a publication word or cue" : "",
      PRODUCT.test(label) || /^\s*(?:app|platform|car|phone|award|prize|festival|summit|brand)\b/i.test(after) ? "a product, award or event word" : "",
      /^\s*(?:[A-Z][a-z]+\s+)?(?:Ltd|Limited|Inc|PLC|Plc|LLP|LLC|Pty|Bhd|Group|Holdings|Bank|Ministry|Council|Union|Hospital|Police|Club|School|University|College|Authority|Commission)\b/.test(after) ? "before an organisation word outside the name" : "",
      /\b(?:the|a|an)\s+$/i.test(before) ? "after an article" : "",
      /\b(?:at|for|with|from|of|by|joined|left)\s+(?:the\s+)?$/i.test(before) ? "after at/for/with/from/of/by" : "",
      /^\s*(?:said|says|told|added|confirmed|denied|announced)\b/.test(after) ? "before a verb of saying" : "",
      type === "Person" && r.doc.headline[m.sentence] && /^[A-Z][a-z]+$/.test(before.trim().split(/\s+/).pop() ?? "") ? "a capitalised word before it in a headline" : "",
    ].filter(Boolean);
    count(`  ${p}: cues ${cues.join(", ") || "none"}`);
    if (type === "Person" && goldNames.get(norm(label)) === "Organization") {
      const bw = before.trim().split(/\s+/).slice(-3).map((w) => w.toLowerCase().replace(/[^a-z'-]/g, ""));
      const prev = bw[bw.length - 1] ?? "", prev2 = bw[bw.length - 2] ?? "";
      const aw = after.trim().split(/\s+/).slice(0, 3);
      const adjective = (w: string) => /^(?:former|ex|then|late|defunct|now-defunct|collapsed)$/.test(w) ? "a word of time" : /^(?:rival|fellow|sister|parent|partner)$/.test(w) ? "a word of kinship between bodies" : /^(?:local|national|international|global|private|public|online|leading|major|big|small|top|independent|luxury|budget|high-street|upmarket|family-run|family-owned|listed)$/.test(w) ? "a word of size or kind" : "another";
      const kind = (w: string) => !w ? "nothing" : NATIONALITY_ADJECTIVES.has(w) ? "a nationality" : tagWord(w).pos === "ADJ" && inLexicon(w) ? `an adjective (${adjective(w)})` : ROLE_FORMS.longest([{ lower: w } as never], 0) || PERSON_NOUNS.has(w) ? "a role or person noun" : /^(?:the|a|an|its|their|his|her)$/.test(w) ? "an article or possessive" : `${/(?:ed|ing|s)$/.test(w) ? "a verb-like word" : "another word"} (${tagWord(w).pos}${inLexicon(w) ? "" : `, not in the lexicon${w.includes("-") ? ", hyphenated" : ""}${new RegExp(`\\b${w.replace(/[^a-z]/g, ".")}\\b`).test(before) ? "" : ", capitalised"}`})`;
      // what else says it is a body: a business word near it, the name with an organisation word elsewhere, how often it is named
      const near = `${before.split(/\s+/).slice(-5).join(" ")} # ${after.split(/\s+/).slice(0, 3).join(" ")}`.toLowerCase();
      const BUSINESS = /\b(?:firm|firms|company|companies|business|retailer|chain|store|stores|bank|group|brand|label|agency|agents|solicitors|lawyers|accountants|builders|developer|developers|contractor|contractors|supermarket|shop|restaurant|hotel|practice|partnership|consultancy|outfit|house|giant|maker|manufacturer|operator|provider|supplier|insurer|lender|broker|brokers)\b/;
      const where = near.split("#");
      for (const withWord of r.doc.text.matchAll(new RegExp(`${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s+(Ltd|Limited|LLP|LLC|Inc|PLC|plc|Group|Holdings|Solicitors|Lawyers|Partners|& Co)\\b`, "g"))) {
        const at = withWord.index, inSentence = r.doc.sentences.find((x) => x.start <= at && at < x.end);
        const there = r.names.filter((x) => x.start <= at && at < x.end);
        count(`  ${p}:   (named with "${withWord[1]}" too) ${!inSentence ? "outside every sentence" : r.doc.isHeadline(inSentence.index) ? "in a headline" : "in the body"}; the names stage made ${there.map((x) => `${x.type} of ${x.name.split(" ").length} words${x.end - x.start === withWord[0].length ? "" : x.end - x.start > withWord[0].length ? " (longer)" : " (shorter)"}`).join(" + ") || "nothing"} there; ${at < (mentions.get(key!) ?? [])[0]!.start ? "before" : "after"} the person's mention`);
      }
      count(`  ${p}:   (an Organization) a business word ${BUSINESS.test(where[0]!) ? "before it" : BUSINESS.test(where[1]!) ? "after it" : "nowhere near"}; named ${(mentions.get(key!) ?? []).length > 1 ? "several times" : "once"}; the article ${new RegExp(`${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s+(?:Ltd|Limited|LLP|LLC|Inc|PLC|plc|Group|Holdings|Solicitors|Lawyers|Partners|& Co)\\b`).test(r.doc.text) ? "names it with an organisation word too" : "never names it with an organisation word"}`);
      count(`  ${p}:   (an Organization) before: ${/^(?:at|for|with|from|of|by|against|to|on|in)$/.test(prev) ? `"${prev}" after ${kind(prev2)}` : kind(prev)}; after: ${/^['’]s?$/.test(aw[0] ?? "") || /^['’]/.test(after) ? "'s" : /^,/.test(after) ? `a comma then ${/^,\s*(?:a|an|the)\b/i.test(after) ? "an article" : /^,\s*(?:which|that|who)\b/i.test(after) ? "which/who" : /^,\s*\p{Lu}/u.test(after) ? "a capital" : "another"}` : /^\s*\p{Lu}/u.test(after) ? "a capitalised word" : /^\s*(?:said|says|told|has|had|is|was|will|would|did)\b/.test(after) ? "a verb of saying or an auxiliary" : /^\s*[.;:)]/.test(after) ? "punctuation" : "a lower-case word"}; its words: ${label.split(/\s+/).map((w) => GIVEN_NAMES.has(w) ? "given" : /^[A-Z]+$/.test(w) ? "caps" : w.length <= 3 ? "short" : "other").join(" ")}`);
    }
  }
}

for (const line of misses.entityFP ?? []) {
  const m = /^(\w+) "(.*)"$/.exec(line);
  if (!m || !["Person", "Organization"].includes(m[1]!)) continue;
  const [, type, label] = m as unknown as [string, string, string];
  count(`false ${type}`);
  const key = graph.nodes.find((n) => n.attributes.type === type && n.attributes.label === label)?.key;
  shape(`false ${type}`, label, key, type);
}

const KINDS: [string, RegExp][] = [
  ["a company with a suffix", /\b(?:ltd|limited|inc|incorporated|plc|llp|llc|pty|bhd|corp|corporation|co|company|group|holdings|gmbh|ag|sa|nv|bv|pte)$/],
  ["a law firm", /\b(?:llp|chambers|solicitors|advocates|attorneys|law|partners|associates)\b/],
  ["a government body", /\b(?:ministry|department|commission|authority|agency|council|service|office|board|bureau|directorate|revenue|treasury|parliament|senate|assembly|government|cabinet|tribunal|regulator|inspectorate|registry|county)\b/],
  ["a police force", /\bpolice|constabulary|gardai|garda|force\b/],
  ["a union", /\bunion|federation|confederation|congress|guild\b/],
  ["a club or league", /\b(?:club|fc|united|rovers|city|league|association|society)\b/],
  ["a school or university", /\b(?:school|college|university|academy|institute|polytechnic)\b/],
  ["a hospital or health body", /\b(?:hospital|clinic|health|medical|infirmary|nhs)\b/],
  ["a publication or broadcaster", PUBLICATION],
  ["a charity or party", /\b(?:trust|foundation|charity|fund|party|movement|church|mission)\b/],
];
for (const line of misses.entityFN) {
  const [type, id] = line.split(/\s+/);
  if (type !== "Organization") continue;
  const g = gold.entities.filter((e) => e.id === id).flatMap((e) => e.names);
  const names = g.map(norm);
  count("missed Organization");
  const kind = KINDS.find(([, re]) => names.some((n) => re.test(n)));
  count(`  missed Organization: ${kind ? kind[0] : names.some((n) => /^[a-z0-9]+$/.test(n) && g.some((x) => /^[A-Z0-9]{2,}$/.test(x))) ? "an acronym alone" : names.every((n) => n.split(" ").length === 1) ? "one word, no kind word" : "several words, no kind word"}`);
  const node = graph.nodes.find((n) => !["Sentence", "Article"].includes(n.attributes.type) && [n.attributes.label, ...((n.attributes.aliases as string[]) ?? [])].some((x) => names.includes(norm(String(x)))));
  if (!node) {
    // where its names stand in the articles: what the name finder and the names stage made of them
    const words = g.filter((n) => n.split(/\s+/).length > 1 || /\p{Ll}/u.test(n));
    count(`  missed Organization, no node: its names' words ${g.every((n) => n.split(/\s+/).every((w) => commonByLexicon(w.toLowerCase()) || /^(?:the|of|and|for)$/i.test(w))) ? "all common" : "not all common"}`);
    let seen = false;
    for (const a of graph.nodes.filter((n) => n.attributes.type === "Article")) {
      const r = read(a.key);
      for (const name of words) {
        let at = r.doc.text.indexOf(name);
        while (at >= 0) {
          seen = true;
          const here = r.names.filter((m) => m.start < at + name.length && at < m.end);
          const raw = r.found.size && r.doc.sentences.flatMap((x) => findNames(x)).filter((m) => m.start < at + name.length && at < m.end);
          const wordClass = (w: string) => /^(?:the|of|and|for|in|on|at|'s|’s)$/i.test(w) ? w.toLowerCase() : isPlace(w) ? "place" : ORG_HEADS.has(w) ? "org head" : /^\p{Lu}{2,}$/u.test(w) ? "letters" : /^\p{Ll}/u.test(w) ? "lower" : GIVEN_NAMES.has(w) ? "given" : commonByLexicon(w.toLowerCase()) ? "common" : "other";
          const bounds = (m: NameMention) => {
            if (m.start === at && m.end === at + name.length) return "";
            const t = r.doc.text, mine = t.slice(m.start, m.end), theirs = name;
            if (mine.includes(theirs)) return ` (ours longer by: ${t.slice(m.start, at).split(/\s+/).concat(t.slice(at + name.length, m.end).split(/\s+/)).filter(Boolean).map(wordClass).join(" ")})`;
            if (theirs.includes(mine)) return ` (ours shorter, without: ${t.slice(at, m.start).split(/\s+/).concat(t.slice(m.end, at + name.length).split(/\s+/)).filter(Boolean).map(wordClass).join(" ")})`;
            return " (overlapping)";
          };
          count(`  missed Organization, no node: a mention ${here.length ? `the names stage made ${here.map((m) => `${m.type}${bounds(m)}`).join(" + ")}` : raw && raw.length ? `the name finder made ${raw.map((m) => m.type).join("+")}, the names stage dropped` : `the name finder made nothing of (its words: ${name.split(/\s+/).map(wordClass).join(" ")}${r.doc.sentences.some((x) => x.start <= at && at < x.end) ? `${r.doc.sentences.some((x) => x.start <= at && at < x.end && r.doc.isHeadline(x.index)) ? ", in a headline" : ""}` : ", outside every sentence"})`}`);
          at = r.doc.text.indexOf(name, at + 1);
        }
      }
    }
    if (!seen) count("  missed Organization, no node: no name of it found as written in an article");
  }
  if (node) {
    count(`  missed Organization: the graph made a ${node.attributes.type} of it`);
    shape(`  missed Organization as ${node.attributes.type}`, String(node.attributes.label), node.key, String(node.attributes.type));
    if (node.attributes.type === "Studio") {
      // a studio's head word (a film word or a wider one: Media, Entertainment, Television), the word before its mention, and whether its articles name a film
      const head = String(node.attributes.label).split(/\s+/).pop()!;
      const arts = new Set((mentions.get(node.key) ?? []).map((x) => x.article));
      const film = graph.nodes.some((n) => n.attributes.type === "Film" && (mentions.get(n.key) ?? []).some((x) => arts.has(x.article)));
      const m = (mentions.get(node.key) ?? [])[0];
      const prev = m ? read(m.article).doc.text.slice(Math.max(0, m.start - 40), m.start).trim().split(/\s+/).slice(-2).map((w) => w.toLowerCase().replace(/[^a-z']/g, "")) : [];
      const kind = (w: string) => !w ? "nothing" : ROLE_FORMS.longest([{ lower: w } as never], 0) || PERSON_NOUNS.has(w) ? "a role or person noun" : /^(?:at|for|with|from|of|by|to|on|in)$/.test(w) ? `"${w}"` : /^(?:the|a|an|its|their|his|her)$/.test(w) ? "an article or possessive" : `another word (${tagWord(w).pos})`;
      count(`  missed Organization as Studio: head ${/^(?:Media|Entertainment|Television|Studio|Studios)$/.test(head) ? head : STUDIO_HEADS_FILM.test(head) ? "a film word" : "no studio head"}; its articles ${film ? "name a Film" : "name no Film"}${[...arts].some((a) => FILM_WORDS.test(read(a).doc.text)) ? ", use a film word" : ", use no film word"}; before: ${prev.map(kind).join(" ")}`);
    }
  }
}
// A missed Film, Person, Court, Role or Studio: what the graph made of its names (a node of another type, or none), and
// for none, what the names stage made of each of its mentions, with the mention's shape (quotes, words, place).
for (const line of misses.entityFN) {
  const [type, id] = line.split(/\s+/);
  if (!type || !["Film", "Person", "Court", "Role", "Studio"].includes(type)) continue;
  const g = gold.entities.filter((e) => e.id === id).flatMap((e) => e.names);
  const names = g.map(norm);
  const p = `missed ${type}`;
  count(p);
  count(`  ${p}: ${names.every((n) => n.split(" ").length === 1) ? "one word" : names.some((n) => n.split(" ").length >= 3) ? "three words or more" : "two words"}${g.length > 1 ? ", several names" : ""}`);
  const node = graph.nodes.find((n) => !["Sentence", "Article"].includes(n.attributes.type) && [n.attributes.label, ...((n.attributes.aliases as string[]) ?? [])].some((x) => names.includes(norm(String(x)))));
  if (node) { count(`  ${p}: the graph made a ${node.attributes.type} of it`); continue; }
  const near = graph.nodes.find((n) => n.attributes.type === type && names.some((x) => { const l = norm(String(n.attributes.label)); return l.length > 2 && (l.includes(x) || x.includes(l)); }));
  if (near) count(`  ${p}: a ${type} node ${norm(String(near.attributes.label)).length > names[0]!.length ? "longer" : "shorter"} than its name`);
  let seen = false;
  for (const a of graph.nodes.filter((n) => n.attributes.type === "Article")) {
    const r = read(a.key);
    for (const name of g) {
      let at = r.doc.text.indexOf(name);
      while (at >= 0) {
        seen = true;
        const t = r.doc.text, before = t.slice(Math.max(0, at - 30), at), after = t.slice(at + name.length, at + name.length + 30);
        const here = r.names.filter((m) => m.start < at + name.length && at < m.end);
        const s = r.doc.sentences.find((x) => x.start <= at && at < x.end);
        const wordClass = (w: string) => /^(?:the|of|and|for|in|on|at|a|an)$/i.test(w) ? w.toLowerCase() : isPlace(w) ? "place" : /^\p{Lu}{2,}$/u.test(w) ? "letters" : /^\p{Ll}/u.test(w) ? "lower" : GIVEN_NAMES.has(w) ? "given" : commonByLexicon(w.toLowerCase().replace(/[^a-z]/g, "")) ? "common" : "other";
        const quoted = /["“‘']\s*$/.test(before) && /^\s*[,.]?["”’']/.test(after) ? "in quotes" : /\*\s*$|_\s*$/.test(before) ? "in italics marks" : "bare";
        const where = !s ? "outside every sentence" : r.doc.isHeadline(s.index) ? "a headline" : "the body";
        const cue = /\b(?:film|movie|documentary|series|drama|show|picture|thriller|comedy|feature)\s*["“‘']?\s*$/i.test(before) ? "after a film word" : /\b(?:in|of|on|for|from)\s*["“‘']?\s*$/i.test(before) ? "after a preposition" : /\b(?:as|played)\s*["“‘']?\s*$/i.test(before) ? "after as/played" : "other";
        if (quoted === "in quotes" && s) {
          const prev = before.replace(/["“‘']\s*$/, "").trim().split(/\s+/).pop() ?? "";
          const next = after.replace(/^\s*[,.]?["”’']/, "").trim().split(/\s+/)[0] ?? "";
          const cls = (w: string) => !w ? "nothing" : /['’]s$/.test(w) ? "a possessive" : /[,;:(]$/.test(w) ? "punctuation" : /^(?:the|a|an|his|her|their|its)$/i.test(w) ? "an article or possessive" : /^\p{Lu}/u.test(w) ? "a capitalised word" : `a ${tagWord(w.toLowerCase().replace(/[^a-z-]/g, "")).pos}`;
          const films = graph.nodes.some((n) => n.attributes.type === "Film" && (mentions.get(n.key) ?? []).some((x) => x.article === a.key));
          count(`  ${p}, in quotes: before ${cls(prev)}; after ${/^[,.;:)]/.test(after.replace(/^\s*["”’']/, "")) ? "punctuation" : cls(next)}; the article has ${films ? "another Film node" : "no Film node"}`);
        }
        count(`  ${p}, no node: ${here.length ? `the names stage made ${here.map((m) => `${m.type}${m.start === at && m.end === at + name.length ? "" : m.end - m.start > name.length ? " (longer)" : " (shorter)"}`).join(" + ")}` : "nothing"}; ${quoted}; ${where}; ${cue}; words: ${name.split(/\s+/).map(wordClass).join(" ")}`);
        at = t.indexOf(name, at + 1);
      }
    }
  }
  if (!seen) count(`  ${p}, no node: no name of it found as written in an article`);
}
// One thing as two nodes: the duplicate's words beside the matched node's, by class, and whether they share an article.
for (const line of misses.duplicates ?? []) {
  const m = /^(\w+) "(.*)" duplicates (.*)$/.exec(line);
  if (!m || !["Court", "Role", "Charge", "Organization", "Film"].includes(m[1]!)) continue;
  const [, type, label, ids] = m as unknown as [string, string, string, string];
  const dup = graph.nodes.find((n) => n.attributes.type === type && n.attributes.label === label);
  const g = gold.entities.find((e) => ids.split(",").includes(e.id));
  const matchedKey = g && graph.nodes.find((n) => n.attributes.type === type && n !== dup && [n.attributes.label, ...((n.attributes.aliases as string[]) ?? [])].some((x) => g.names.map(norm).includes(norm(String(x)))));
  const cls = (w: string) => /^(?:the|of|and|for|in|on|at|'s|’s)$/i.test(w) ? w.toLowerCase() : isPlace(w.replace(/[,.]$/, "")) ? "place" : ORG_HEADS.has(w) ? "org head" : /court|tribunal|bench/i.test(w) ? "court word" : /^\p{Lu}{2,}$/u.test(w) ? "letters" : /^\p{Ll}/u.test(w) ? "lower" : commonByLexicon(w.toLowerCase()) ? "common" : "other";
  const shapeOf = (x: string) => x.split(/\s+/).map(cls).join(" ");
  const arts = (k: string) => new Set((mentions.get(k) ?? []).map((x) => x.article));
  const shared = dup && matchedKey ? [...arts(dup.key)].some((a) => arts(matchedKey.key).has(a)) : false;
  count(`dup ${type}: "${shapeOf(label)}" beside "${matchedKey ? shapeOf(String(matchedKey.attributes.label)) : "?"}"; ${shared ? "in one article" : "in other articles"}`);
}
console.log(`${dir}:`);
for (const [k, n] of [...tally].sort((a, b) => (a[0] < b[0] ? -1 : 1))) console.log(`${String(n).padStart(4)}  ${k}`);

/** Every Person and Organization node by how it was made, how often it is mentioned and whether it carries a relation: how many are false. */
const related = new Set(graph.edges.filter((e) => e.attributes.type !== "MENTIONED_IN").flatMap((e) => [e.source, e.target]));
for (const type of ["Person", "Organization"]) {
  const falseLabels = new Set((misses.entityFP ?? []).map((l) => new RegExp(`^${type} "(.*)"$`).exec(l)?.[1]).filter(Boolean));
  const byKind = new Map<string, [number, number]>();
  for (const n of graph.nodes.filter((x) => x.attributes.type === type)) {
    const ms = mentions.get(n.key) ?? [];
    const m = ms[0];
    if (!m) continue;
    const r = read(m.article);
    const nm = r.names.find((x) => x.sentence === m.sentence && x.start < m.end && m.start < x.end);
    const how = nm ? origin(r, nm, type).replace(/ \(.*\)$/, "") : "a later layer";
    const label = String(n.attributes.label);
    const words = label.split(/\s+/);
    const possessive = type === "Organization" && /['’]s\b/.test(label) && /^\p{Ll}/u.test(label) ? ", a lower-case possessive" : "";
    const k = `${how}; ${ms.length > 1 ? "several mentions" : "one mention"}; ${related.has(n.key) ? "related" : "no relation"}; ${words.length} word(s)${words.some((w) => /^\p{Lu}\.|^\p{Lu}$/u.test(w)) ? ", an initial" : ""}${words.some((w) => commonByLexicon(w.toLowerCase())) ? ", a common word" : ""}${words.some((w) => /^\p{Lu}{2,}$/u.test(w)) ? ", capitals" : ""}${possessive}`;
    const v = byKind.get(k) ?? [0, 0];
    v[falseLabels.has(label) ? 1 : 0]++;
    byKind.set(k, v);
  }
  console.log(`${type} nodes (right / false):`);
  for (const [k, [ok, bad]] of [...byKind].sort()) console.log(`${String(ok).padStart(4)} / ${String(bad).padStart(3)}  ${k}`);
}

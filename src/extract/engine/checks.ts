// Checks of a match the patterns cannot state: whom a name right before the verb, a possessive or a
// preposition leaves the match to be about. finish() in match.ts refuses a match that fails one.
import type { Capture, MatchInput } from "./match.ts";
import { COMPANIONS, KINSHIP, PERSON_NOUNS, ROLE_FORMS } from "../../lexicon/index.ts";

/** What a run of the matcher has so far: where it started, its anchor, its captures. */
export interface RunSoFar {
  start: number;
  anchor: number;
  captures: readonly [string, Capture][];
}

const POSSESSIVES = new Set(["his", "their", "its", "her"]);
/** The slots of the relation frames (HOLDS_ROLE, WORKS_FOR, REPRESENTS...): relate.ts judges their owners. */
const RELATION_SLOTS = new Set(["person", "role", "employer", "lawyer", "client", "founder", "organization", "producer", "film", "actor", "director", "relative", "accuser", "accused", "kin", "name", "alias"]);

const PREPOSITIONS = new Set(["in", "at", "on", "from", "near", "outside", "inside", "of", "to", "for", "with", "into", "against", "over", "under"]);

/**
 * "A man who stabbed another outside a pub in Mallow has been jailed": a name right after a
 * preposition is that preposition's object, never the subject of the verb after it.
 */
export function objectOfPreposition(run: RunSoFar, input: MatchInput): boolean {
  // ("a manager at the Transit Authority was charged": past the article)
  const det = /^(?:the|a|an)$/.test(input.tokens[run.start - 1]?.lower ?? "") ? 1 : 0;
  const before = input.tokens[run.start - 1 - det];
  if (!before) return false;
  if (agentOrBench(run, input)) return true;
  // ("Ana Ruiz of Kestrel Haulage Ltd., has been charged": the company after a person's name and "of" is where she
  // works, no subject)
  if (/^(?:of|from)$/.test(before.lower) && personEndsAt(input, run.start - 1 - det)
    && run.captures.some(([, c]) => "span" in c && c.span.start === run.start && /^(?:Organization|Studio)$/.test(c.span.type))) return true;
  // ("Dale Vorn (41), from Eastwick, who admitted burglary": where a person named with an age comes from, never the subject)
  if (/^(?:from|of)$/.test(before.lower) && ageBefore(input, run.start - 1 - det)) return true;
  const described = describedAfter(input, run.start);
  if (!PREPOSITIONS.has(before.lower) && !described) return false;
  const afterOf = before.lower === "of" || !PREPOSITIONS.has(before.lower);
  for (const [name, c] of run.captures) {
    if (!("span" in c) || c.span.start !== run.start || !/^(?:Person|Organization|Studio)$/.test(c.span.type)) continue;
    const next = input.tokens[c.span.end];
    const afterComma = input.tokens[c.span.end + 1];
    // ("best known for playing a nurse in the long-running soap Harbour Row, had been accused of": the comma closes the
    // phrase the preposition opened, so the name is that phrase's object and the verb's subject came before it; a
    // participle after the comma may still be the name's own: "the daughter of tycoon Ade Bello, convicted in 2019 of")
    // (only a company or a title described by lower-case words, inside a phrase a comma opened: reports may put a comma
    // after a long subject, "Former minister of mines in the state Ade Bello, was convicted", or name a company after a
    // bare preposition that is the subject all the same)
    if (next?.lower === "," && run.anchor >= c.span.end && afterComma?.pos === "AUX" && c.span.type !== "Person" && described && commaBefore(input, run.start)) return true;
    if (!PREPOSITIONS.has(before.lower) && described !== "of") continue;
    // read as the subject of the verb right after it
    if (next && (next.pos === "AUX" || next.pos === "VERB") && run.anchor >= c.span.end) return true;
    // ("The former chief executive of Harlow Capital, Corwin Aldane, was convicted": the name after the comma is in
    // apposition to the whole phrase, and the one after "of" is no subject; the match from that name reads it)
    // ("A former director in the Federal Ministry of Works, Mr. X, was arraigned": so after "in", "at", "with" too)
    if (next?.lower === "," && (afterOf || /^(?:in|at|with|from)$/.test(before.lower)) && run.anchor >= c.span.end && input.spansAt.get(c.span.end + 1)?.some((o) => o.type === "Person" && input.tokens[o.start]!.cap && input.tokens[o.end]?.lower === ",")) return true;
    // ("The chief executive of Kestrel Live, a concert promoter, has been charged": an apposition on the name after "of"
    // leaves it that preposition's object; the verb's subject is the one the phrase began with)
    if ((before.lower === "of" || described === "of") && !RELATION_SLOTS.has(name) && next?.lower === "," && appositionUpTo(input, c.span.end + 1, run.anchor)) return true;
  }
  return false;
}

/** An age right before the preposition at `k`: "X, 41, from", "X (41), from", "X, aged 41, of". */
function ageBefore(input: MatchInput, k: number): boolean {
  const { tokens } = input;
  let j = k - 1;
  if (tokens[j]?.lower === ",") j--;
  if (tokens[j]?.lower === ")") j--;
  return tokens[j]?.pos === "NUM" && /^\d{1,3}$/.test(tokens[j]!.text) && /^(?:,|\(|aged)$/.test(tokens[j - 1]?.lower ?? "");
}

/** The slots of a party to a case (not a lawyer's client: "ECP counsel X" represents the body before the role). */
const PARTY_SLOTS = new Set(["defendant", "plaintiff"]);

/** The auxiliaries of a passive: "was convicted", "had been charged" ("has arraigned a businessman, X," is active). */
const PASSIVE_AUX = new Set(["was", "were", "is", "are", "been", "being", "be"]);

/**
 * "Like Ana Ruiz, who was convicted of murder in 2019, Oren Vale is accused of": a participle after a passive's auxiliary
 * is the verb of a clause whose subject came before it, not a phrase fronted before the subject; a party named after
 * the comma that closes it is the subject of the next verb, never that participle's.
 */
export function participleOfEarlierSubject(run: RunSoFar, input: MatchInput): boolean {
  const { tokens } = input;
  const anchor = tokens[run.anchor];
  if (run.anchor !== run.start || anchor?.pos !== "VERB" || !PASSIVE_AUX.has(tokens[run.start - 1]?.lower ?? "")) return false;
  for (const [name, c] of run.captures) {
    if (!PARTY_SLOTS.has(name) || !("span" in c) || c.span.start <= run.anchor) continue;
    for (let k = run.anchor + 1; k < c.span.start; k++) if (tokens[k]!.lower === ",") return true;
  }
  return false;
}

/**
 * "set aside the acquittal of a Metro Police officer who shot ...": a body's or a place's name right before a
 * lower-case word for someone's role modifies that word; the party is the officer, never the body.
 */
export function bodyBeforeRole(run: RunSoFar, input: MatchInput): boolean {
  for (const [name, c] of run.captures) {
    if (!PARTY_SLOTS.has(name) || !("span" in c) || !/^(?:Organization|Studio|Court|Place)$/.test(c.span.type)) continue;
    const next = input.tokens[c.span.end];
    if (next && !next.cap && next.pos === "NOUN" && input.spansAt.get(c.span.end)?.some((o) => o.type === "Role")) return true;
  }
  return false;
}

/**
 * "Ana Ruiz appeared before Judge Oren Vale on Monday and was convicted of fraud", "was arrested by Constable Kit Ashwell
 * and charged": a name after "by", or after "before" with no verb of its own, is that preposition's object, never the
 * subject of a verb further on (an apposition or a relative clause on it may still say what it is: "by Kit Ashwell, who works as ...").
 */
function agentOrBench(run: RunSoFar, input: MatchInput): boolean {
  // (past a title or a role before the name: "before Judge Oren Vale", "by the arresting officer, Kit Ashwell")
  let k = run.start - 1;
  if (input.tokens[k]?.lower === ",") k--;
  for (let i = Math.max(0, k - 4); i <= k; i++) if ((input.spansAt.get(i) ?? []).some((s) => s.type === "Role" && s.end === k + 1)) { k = i - 1; break; }
  if (/^(?:the|a|an)$/.test(input.tokens[k]?.lower ?? "")) k--;
  const before = input.tokens[k];
  if (!before || (before.lower !== "by" && before.lower !== "before")) return false;
  const anchor = input.tokens[run.anchor];
  if (!anchor || (anchor.pos !== "VERB" && anchor.pos !== "AUX")) return false;
  for (const [, c] of run.captures) {
    if (!("span" in c) || c.span.start !== run.start || c.span.end > run.anchor || !/^(?:Person|Organization|Studio)$/.test(c.span.type)) continue;
    const next = input.tokens[c.span.end];
    // ("before Ana Ruiz was charged": "before" opens a clause whose subject she is)
    if (before.lower === "before" && (!next || next.pos === "AUX" || next.pos === "VERB")) continue;
    // (an apposition or a relative clause on the name may say more of it: "by Kestrel Films, the company Ruiz founded",
    // "by Kit Ashwell, who works as ...", "before Ana Ruiz, 34, fled"; but a verb right after the comma closes the
    // phrase "by" opened: "The man, represented by attorney Imelda Varro, was convicted" is the man's conviction)
    if (next?.lower === ",") {
      const after = input.tokens[c.span.end + 1];
      if (before.lower === "by" && after && (after.pos === "AUX" || after.pos === "VERB") && run.anchor > c.span.end) return true;
      continue;
    }
    return true;
  }
  return false;
}

/** ", a concert promoter, has been": a description with no verb of its own (a participle after its noun may be in it: "a
 * firm based in Kent") from `at`, closed by a comma after which auxiliaries, and adverbs, come up to `anchor`. */
function appositionUpTo(input: MatchInput, at: number, anchor: number): boolean {
  const { tokens } = input;
  let k = at;
  while (k < anchor && tokens[k]!.lower !== ",") {
    const t = tokens[k]!;
    const participle = t.pos === "VERB" && t.lower.endsWith("ed") && tokens[k - 1]!.pos === "NOUN";
    if (!participle && !/^(?:DET|ADJ|NOUN|NUM|ADP|PROPN|PART)$/.test(t.pos)) return false;
    k++;
  }
  if (k === at || k >= anchor) return false;
  k++;
  // (an auxiliary at least: "The trial of X, 29, charged with robbery" is a participle on the name, its own)
  let aux = false;
  for (; k < anchor && /^(?:AUX|ADV|PART)$/.test(tokens[k]!.pos); k++) if (tokens[k]!.pos === "AUX") aux = true;
  return k === anchor && aux;
}

/** Whether a comma comes earlier in the sentence than `start`. */
function commaBefore(input: MatchInput, start: number): boolean {
  for (let k = start - 1; k >= 0; k--) if (input.tokens[k]!.lower === ",") return true;
  return false;
}

/**
 * "The former finance chief of collapsed lender Norhaven Capital pleaded guilty": a name described by
 * lower-case words after a preposition is still that preposition's object. The preposition, if any.
 * (Only "of" makes the name no subject by itself: after "At trial" or "After a hearing" the same
 * words may end a fronted phrase before the subject.)
 */
function describedAfter(input: MatchInput, start: number): string | undefined {
  // (a pronoun opens a clause of its own: "millions of dollars he earned")
  if (!input.tokens[start]?.cap) return undefined;
  let k = start - 1;
  while (k >= start - 3 && k >= 0) {
    const t = input.tokens[k]!;
    if (PREPOSITIONS.has(t.lower)) return k < start - 1 ? t.lower : undefined;
    // ("the former manager of Mandopop singer X": a capitalised word before a lower-case noun modifies it, and is no name)
    const modifier = t.cap && k + 1 < start && !input.tokens[k + 1]!.cap && /^(?:PROPN|ADJ|NOUN)$/.test(t.pos);
    if ((t.cap && !modifier) || !/^(?:NOUN|ADJ|VERB|DET|PROPN)$/.test(t.pos)) return undefined;
    k--;
  }
  const t = input.tokens[k];
  return t && PREPOSITIONS.has(t.lower) && k < start - 1 ? t.lower : undefined;
}

/**
 * "dismissed the charges against his business partner, Ana Ruiz": a possessive pronoun (or a name with its "'s") is the
 * owner of the noun after it, not the person the rule is about; a match that ends on one (the noun
 * left outside it) has read the wrong person. ("acquitted her of": "her" before a preposition is
 * the object, and stands.)
 */
export function danglingPossessive(run: RunSoFar, end: number, input: MatchInput): boolean {
  const next = input.tokens[end];
  if (!next) return false;
  // ("The jury heard from Foster's former girlfriend, Chantelle Riley": a name the match ends on, its "'s" left outside,
  // owns what follows and is not the one the rule is about)
  // (the slots of relation frames are left to relate.ts, which keeps a title's holder: "President Ana Ruiz's lawsuit")
  if ((next.lower === "'s" || next.lower === "'") && run.captures.some(([name, c]) => !RELATION_SLOTS.has(name) && "span" in c && c.span.end === end && /^(?:Person|Organization|Studio)$/.test(c.span.type))) return true;
  // ("TV star Ana Ruiz's husband was found guilty of assault": a party's name with its "'s" before a kinship word the match
  // reads past owns the one the verb is about)
  if (run.captures.some(([name, c]) => PARTY_SLOTS.has(name) && "span" in c && c.span.end < run.anchor && /^(?:'s|')$/.test(input.tokens[c.span.end]?.lower ?? "") && KINSHIP.has(input.tokens[c.span.end + 1]?.lower ?? ""))) return true;
  // ("His pal Yaw Strathdee, 20, dodged jail after admitting theft": a party's possessive pronoun before a noun for a
  // person owns the one the verb is about)
  if (run.captures.some(([name, c]) => PARTY_SLOTS.has(name) && "span" in c && c.span.end - c.span.start === 1 && c.span.end < run.anchor && POSSESSIVES.has(input.tokens[c.span.start]!.lower) && personNoun(input.tokens[c.span.end]?.lower ?? ""))) return true;
  if (!/^(?:NOUN|ADJ|PROPN|NUM)$/.test(next.pos)) return false;
  for (const [, c] of run.captures) {
    if (!("span" in c) || c.span.end !== end || c.span.end - c.span.start !== 1) continue;
    if (POSSESSIVES.has(input.tokens[c.span.start]!.lower)) return true;
  }
  return false;
}

/** A noun for a person: kin, a companion, or someone of a role ("brother", "pal", "co-accused", "lawyer"). */
const personNoun = (lower: string) => KINSHIP.has(lower) || COMPANIONS.has(lower) || PERSON_NOUNS.has(lower) || ROLE_FORMS.has(lower);

/**
 * "Hilda Mabery was sentenced a day after the film's director, Oren Vale, pleaded guilty": a name
 * set off by commas right before the verb is the verb's subject, so a person captured further back is not.
 * True where such a name, in no capture of the run, stands between a captured person and the anchor with
 * only auxiliaries and adverbs after it.
 */
export function interposedName(run: RunSoFar, input: MatchInput): boolean {
  if (run.anchor < 0) return false;
  const { tokens } = input;
  let firstEnd = Infinity;
  const inCapture = new Set<number>();
  for (const [, c] of run.captures) {
    const [a, b] = "span" in c ? [c.span.start, c.span.end] : [c.start, c.end];
    for (let k = a; k < b; k++) inCapture.add(k);
    if ("span" in c && c.span.type === "Person" && b <= run.anchor) firstEnd = Math.min(firstEnd, b);
  }
  // ("Ogundipe, who was arraigned alongside his deputy, Adaeze Mbanefo, had pleaded": a name in a relative clause on the
  // captured person leaves that person the verb's subject)
  // (but "X, who was in charge of security, gave evidence against Y, who is charged with": a relative clause that runs
  // up to the verb is about the name it follows, whatever comes before)
  const ownRelative = tokens[firstEnd]?.lower === "," && tokens[firstEnd + 1]?.lower === "who";
  for (let i = firstEnd + 1; i < run.anchor; i++) {
    if (inCapture.has(i)) continue;
    // ("X (41), from Eastwick, who admitted": the town a person named with an age comes from is no one)
    if (/^(?:from|of)$/.test(tokens[i - 1]?.lower ?? "") && ageBefore(input, i - 1)) continue;
    // ("X said the MP was wrong about Neil Crane, who was convicted": a relative clause is about the name it follows)
    if ((input.spansAt.get(i) ?? []).some((s) => s.type === "Person" && relativeUpTo(tokens, s.end, run.anchor))) return true;
    // ("X, 34, was charged with robbery, while Y, 29, was charged with handling": a clause of its own, joined after a
    // comma, has its own subject)
    // ("X, 34, pleaded guilty to theft and Y, 29, pleaded not guilty": after a clause of its own, "and" opens another)
    const andClause = clauseBeforeAnd(tokens, firstEnd, i);
    const joined = andClause || joinedAt(tokens, i);
    if (!andClause && (ownRelative || (tokens[i - 1]?.lower !== "," && !joined))) continue;
    // ("Declan Orpen (34), of Bridge Street, Mallow, had pleaded": an address is no subject)
    if (!andClause && tokens.slice(firstEnd, i).some((t, j) => t.lower === "of" && tokens[firstEnd + j - 1]?.lower === ",")) continue;
    for (const s of input.spansAt.get(i) ?? []) {
      if (s.type !== "Person") continue;
      // ("The owner of the firm that employed X, Ana Ruiz of Kestrel Haulage Ltd., has been charged": past her employer)
      const employer = /^(?:of|from)$/.test(tokens[s.end]?.lower ?? "") ? (input.spansAt.get(s.end + 1) ?? []).find((o) => /^(?:Organization|Studio)$/.test(o.type)) : undefined;
      const end = employer?.end ?? s.end;
      if (tokens[end]?.lower !== "," && !joined) continue;
      let k = tokens[end]?.lower === "," ? end + 1 : end;
      // ("but his brother, Malakai Tapu, 21, was acquitted": past an age set off by commas)
      if (/^\d{1,3}$/.test(tokens[k]?.text ?? "") && tokens[k + 1]?.lower === ",") k += 2;
      // (and past an address: "and Y, 29, of Bradford, admitted")
      if (andClause && /^(?:of|from)$/.test(tokens[k]?.lower ?? "")) {
        let j = k + 1;
        while (j < k + 4 && tokens[j]?.cap) j++;
        if (j > k + 1 && tokens[j]?.lower === ",") k = j + 1;
      }
      // (and past a description: "and Mark Penry, a roofer, pleaded")
      else if (/^(?:a|an|the)$/.test(tokens[k]?.lower ?? "")) {
        let j = k + 1;
        while (j < k + 5 && tokens[j] && !tokens[j]!.cap && /^(?:NOUN|ADJ|PROPN)$/.test(tokens[j]!.pos)) j++;
        if (j > k + 1 && tokens[j]?.lower === ",") k = j + 1;
      }
      // ("X, charged alongside Y and Z, pleaded": a bare comma after the name closes a phrase opened before it)
      if (andClause && tokens[end]?.lower === "," && k === end + 1) continue;
      while (k < run.anchor && (tokens[k]!.pos === "AUX" || tokens[k]!.pos === "ADV" || tokens[k]!.pos === "PART")) k++;
      if (k === run.anchor) return true;
    }
  }
  return false;
}

/** Whether the name at `i` follows an "and" (or ", and") that closes a clause of its own, from the subject's end `from`: a
 * verb there outside a relative clause ("X, 34, admitted theft and Y", "X, 34, was found not guilty of arson, and Y"); a
 * list of names holds none ("X, 34, and Y", "X, who lives in Leeds, and Y", "X, charged alongside W, and Y"). */
function clauseBeforeAnd(tokens: MatchInput["tokens"], from: number, i: number): boolean {
  if (tokens[i - 1]?.lower !== "and" || !Number.isFinite(from)) return false;
  let relative = false;
  for (let k = from; k < i - 1; k++) {
    const t = tokens[k]!;
    if (t.lower === ",") relative = false;
    else if (RELATIVES.has(t.lower)) relative = true;
    // ("X, charged alongside Y, and Z": a participle right after the name's comma opens a phrase on the name, as "who" would)
    else if (k === from + 1 && tokens[from]!.lower === "," && t.pos === "VERB") relative = true;
    else if (!relative && (t.pos === "VERB" || t.pos === "AUX")) return true;
  }
  return false;
}
const RELATIVES = new Set(["who", "whom", "whose", "which", "that"]);

/** Words that join a contrasting clause of its own: ", while Y was charged" (not "and", which also joins a list of names). */
const JOINERS = new Set(["while", "whilst", "whereas", "but", "although", "though"]);

/** Whether a name at `i` opens a clause such a word (or a semicolon) joins, past a description before it: "but his
 * co-accused, Y," (the tagger may take "co-accused" for a verb). */
function joinedAt(tokens: MatchInput["tokens"], i: number): boolean {
  // ("X, 45, was jailed for fraud; Y, 51, was convicted of": a semicolon ends the clause before it)
  if (tokens[i - 1]?.lower === ";") return true;
  let k = i - 1;
  if (tokens[k]?.lower === ",") k--;
  for (let n = 0; n < 3 && k > 0 && !tokens[k]!.cap && /^(?:NOUN|ADJ|DET|PRON|VERB)$/.test(tokens[k]!.pos); n++) k--;
  return JOINERS.has(tokens[k]?.lower ?? "");
}

/** ", who was", ", who had been": a relative clause from `at` up to `anchor`, only auxiliaries and adverbs in it. */
function relativeUpTo(tokens: MatchInput["tokens"], at: number, anchor: number): boolean {
  if (tokens[at]?.lower !== "," || tokens[at + 1]?.lower !== "who") return false;
  let k = at + 2;
  while (k < anchor && (tokens[k]!.pos === "AUX" || tokens[k]!.pos === "ADV" || tokens[k]!.pos === "PART")) k++;
  return k === anchor;
}

/**
 * "Ogundipe, who was arraigned alongside his former deputy, Mrs Adaeze Mbanefo, had pleaded not guilty": a name inside a
 * relative clause on the sentence's subject, set off by a comma right before the verb, is not that verb's subject.
 */
export function insideRelativeClause(run: RunSoFar, input: MatchInput): boolean {
  if (run.anchor < 0) return false;
  const { tokens } = input;
  for (const [, c] of run.captures) {
    if (!("span" in c) || c.span.type !== "Person" || c.span.end > run.anchor || tokens[c.span.end]?.lower !== ",") continue;
    let k = c.span.end + 1;
    while (k < run.anchor && (tokens[k]!.pos === "AUX" || tokens[k]!.pos === "ADV")) k++;
    if (k !== run.anchor) continue;
    for (let j = c.span.start - 1; j > 1; j--) {
      const t = tokens[j]!;
      if (SPEECH.has(t.lower) || t.lower === ";" || t.lower === "and") break;
      if (t.lower === "who" && tokens[j - 1]!.lower === "," && personEndsAt(input, j - 1)) return true;
    }
  }
  return false;
}

const SPEECH = new Set(["said", "says", "told", "tells", "added", "argued", "claimed"]);

/** Whether a person's name ends right before token `at`. */
function personEndsAt(input: MatchInput, at: number): boolean {
  for (let i = Math.max(0, at - 6); i < at; i++) if ((input.spansAt.get(i) ?? []).some((s) => s.type === "Person" && s.end === at)) return true;
  return false;
}

// What a charge phrase names (charges.ts): the label, family and kind of the offence in tokens a..b, without its
// count noun, determiner or complainant, or nothing when the words name no offence.
import type { Token } from "../../nlp/tokens.ts";
import { KIND_WORD, kindOnly, QUANTITY } from "./charge-openers.ts";
import { type Tails, text } from "./charge-text.ts";
import { onProtected } from "./charge-ends.ts";
import { COUNT_NOUNS, COUNT_SIZE, EVENT_NOUNS, FURTHER, GRADE, hyphenOffence, INCHOATE, LISTED_WORDS, ORDINALS, PERSON_WORDS } from "./charge-words.ts";
import { BREACH_GERUNDS, GENERIC_CHARGES, KINSHIP, NOT_OFFENCES, OFFENCE_FORMS, OFFENCE_VERBS, PERSON_NOUNS, OFFENCE_GERUNDS, OFFENCE_HEADS, OFFENCE_MODIFIERS } from "../../lexicon/index.ts";
import type { ChargeData } from "./charges.ts";

const ING = /ing$/;
/** "a jail term", "12-year prison terms": what is served, never what was done. */
const TERM = /^terms?$/;
const CUSTODY = /^(?:imprisonment|custody|detention|jail|gaol|prison|incarceration)$/;
/** "12-year", "seven-and-a-half-year", "life", "rigorous": how long or how hard, said only of a penalty. */
const PENALTY_WORDS = /^(?:(?:\d+|[a-z]+)(?:-and-a-half)?-(?:years?|months?|weeks?|days?)(?:-long)?|life|rigorous|simple|term|sentence)$/;

/** Whether tokens a..b name a penalty: a term, or custody with how long or how hard it is. */
function namesPenalty(ts: readonly Token[], a: number, b: number): boolean {
  const last = ts[b - 1]!.lower;
  if (TERM.test(last)) return true;
  if (!CUSTODY.test(last)) return false;
  for (let k = a; k < b - 1; k++) if (PENALTY_WORDS.test(ts[k]!.lower)) return true;
  return false;
}

/** Describes the offence tokens[a..b): its label, family, whether a word shows it is an offence. */
/** Whether a noun names a person by kind: "his business partner", "a teenager", "flatmate", "two investors". */
export function personish(t: Token): boolean {
  return PERSON_NOUNS.has(t.lemma) || KINSHIP.has(t.lower) || PERSON_KINDS.test(t.lower) || /^[a-z]{3,}(?:er|or|ist|ian|ant|ent)s?$/.test(t.lower) && !/(?:ment|ance|ence)s?$/.test(t.lower);
}
const PERSON_KINDS = /^(?:man|woman|men|women|girl|girls|boy|boys|child|children|teenager|teenagers|victim|victims|baby|babies|infant|infants|patient|patients|customer|customers|investor|investors|neighbour|neighbor|colleague|colleagues|worker|workers|officer|officers|partner|student|students|pupil|pupils|flatmate|flatmates|housemate|housemates|roommate|roommates|teen|teens|toddler|toddlers|schoolgirl|schoolboy|pensioner|pensioners|girlfriend|boyfriend)$/;

export function describe(ts: readonly Token[], a: number, b: number, tails: Tails): Pick<ChargeData, "label" | "family" | "broad" | "offence"> | undefined {
  // "the rape charge", "two bank fraud counts": the count noun is no part of the offence; "his assault
  // conviction" speaks of a verdict, not of a charge
  if (EVENT_NOUNS.test(ts[b - 1]!.lower)) return undefined;
  // ("upheld his conviction for rape and his 12-year prison term", "the seven-year rigorous imprisonment awarded to
  // him": a penalty is no offence; "false imprisonment" is one)
  if (namesPenalty(ts, a, b)) return undefined;
  // (not the last word of a listed offence: "... proceeds of an indictable offence")
  if (!(b - a > 3 && tails.form(a, b))) while (b - a > 1 && COUNT_NOUNS.has(ts[b - 1]!.lower)) {
    // ("sexual offences", "firearms offences", "drug-related charges": an offence named by its kind keeps the
    // noun that makes it one; "fraud offences" is "fraud")
    // ("federal drug charges", "weapons counts": a noun of what the offence concerns names none without the count noun)
    if (kindOnly(ts, a, b - 1, !!tails.form(a, b - 1)) && (/^offen[cs]es?$/.test(ts[b - 1]!.lower) || KIND_WORD.test(ts[b - 2]!.lower) || ts[b - 2]!.pos === "NOUN" && /^[a-z]/.test(ts[b - 2]!.text))) break;
    b--;
  }
  while (a < b && /^(?:a|an|the|his|her|their|its|single)$/.test(ts[a]!.lower)) a++;
  // "a series of drug trafficking counts": the quantity is no part of the offence
  if (QUANTITY.test(ts[a]?.lower ?? "") && ts[a + 1]?.lower === "of" && b - a > 2) a += 2;
  // "counts of murder" is read from its count ("seven counts of murder"), not as an offence called "counts of murder"
  // (nor "federal charges of bribery")
  let m = a;
  while (m < b && (OFFENCE_MODIFIERS.has(ts[m]!.lower) || COUNT_SIZE.test(ts[m]!.lower))) m++;
  if (COUNT_NOUNS.has(ts[m]?.lower ?? "") && (ts[m + 1]?.lower === "of" || ts[m + 1]?.lower === "each")) return undefined;
  if (a >= b || ts.slice(a, b).every((t) => FURTHER.has(t.lower) || LISTED_WORDS.test(t.lower) || /^(?:same|such|similar|those|these|that|this|other|remaining|all|both|each|each of the)$/.test(t.lower) || ORDINALS.has(t.lower))) return undefined;
  // "the murder of his business partner": the complainant is no part of the offence's name
  let listedWhole = false;
  for (let k = a; k < b && b - a > 2 && !listedWhole; k++) listedWhole = !!tails.form(k, b);
  for (let k = a + 1; k < b - 1 && !listedWhole; k++) {
    if (!/^(?:of|against|on|upon)$/.test(ts[k]!.lower) || onProtected(ts, k)) continue;
    const rest = ts.slice(k + 1, b);
    const head = rest[rest.length - 1]!;
    if ((/^(?:his|her|their|a|an|the|two|three|four|several)$/.test(rest[0]!.lower) || rest.length === 1) && personish(head)) { b = k; break; }
  }
  // "raping", "sexually assaulting the women": an offence told as a verb is named by its offence (its object is the complainant)
  // (unless the whole phrase is a listed offence: "assaulting an emergency worker")
  const verb = tails.form(a, b) ? undefined : OFFENCE_VERBS.longest(ts, a);
  // ("found not guilty of murdering flatmate": a headline's bare object too)
  if (verb && (verb.end === b || /^(?:the|a|an|his|her|their|two|three|four|several|one)$/.test(ts[verb.end]!.lower) || verb.end === b - 1 && personish(ts[verb.end]!))) return { label: verb.value, family: verb.value, broad: OFFENCE_FORMS.get(verb.value)?.family ?? verb.value, offence: true };
  // ("criminal negligence causing death": a harm the offence caused ends its name, and the offence is before it)
  // ("dangerous operation of a vehicle causing death": a death caused makes an offence of any conduct before it)
  // ("dangerous driving causing the death of X": the death with its article, the one who died named after it)
  const caused = b - a > 3 && /^(?:the|a)$/.test(ts[b - 2]!.lower) && /^deaths?$/.test(ts[b - 1]!.lower) ? b - 3 : b - 2;
  const consequence = caused - a > 0 && /^(?:causing|occasioning)$/.test(ts[caused]!.lower) && (/^deaths?$/.test(ts[b - 1]!.lower) || ts.slice(a, caused).some((t) => OFFENCE_HEADS.has(t.lower)));
  // ("arson with intent to endanger life": the intent's object is no offence's head; the word before "with intent" is)
  let last = ts[b - 1]!;
  // (nor is where or in what degree it was done: "misconduct in a public office", "assault in the first degree")
  for (let k = a + 1; k < b - 1; k++) if (ts[k]!.lower === "with" && ts[k + 1]!.lower === "intent" || ts[k]!.lower === "in" && (ts[k + 1]!.lower === "public" || ts[k + 2]?.lower === "public" || ts[b - 1]!.lower === "degree")) { last = ts[k - 1]!; break; }
  // (a gerund of breach with its object is one, whatever its last word: "violating her oath of office")
  // ("conspiring to launder money", "attempting to obtain money", "failing to hand over records": an inchoate offence's
  // or an omission's words say it is one)
  const aimed = b - a > 2 && (!!INCHOATE[ts[a]!.lower] || /^(?:failing|failure)$/.test(ts[a]!.lower)) && ts[a + 1]!.lower === "to";
  // ("sexual activity with a young person": the person an offence's noun was done with names no other thing; not
  // "attacking a man", a deed told by its object)
  let toPerson = false;
  for (let k = a + 1; k < b - 1 && PERSON_WORDS.test(last.lower); k++) if (ts[k]!.lower === "with" && OFFENCE_HEADS.has(ts[k - 1]!.lower)) toPerson = true;
  if (!OFFENCE_HEADS.has(last.lower) && NOT_OFFENCES.has(last.lower) && !tails.form(a, b) && !listedWhole && !consequence && !aimed && !toPerson && !(b - a > 2 && BREACH_GERUNDS.has(ts[a]!.lower))) return undefined;
  // ("the murders of Lisa Ward, 23, and her mother": a person named by kinship or a person noun is no offence,
  // unless a word of offence goes with them: "assaulting a police officer")
  if ((KINSHIP.has(last.lower) || PERSON_NOUNS.has(last.lemma)) && !tails.form(a, b) && !ts.slice(a, b).some((t) => OFFENCE_HEADS.has(t.lower) || OFFENCE_GERUNDS.has(t.lower) || OFFENCE_VERBS.get(t.lower))) return undefined;
  // ("the 14-count charge": how many counts, no offence)
  if (b - a === 1 && /^(?:\d+|[a-z]+)-counts?$/.test(ts[a]!.lower)) return undefined;
  if (GENERIC_CHARGES.has(tails.lower(a, b)) || COUNT_NOUNS.has(ts[a]!.lower) && b - a === 1) return undefined;
  // ("criminal charges against the officer", "serious charges", "two federal counts": modifiers alone grade no offence named)
  if (ts.slice(a, b).every((t) => OFFENCE_MODIFIERS.has(t.lower))) return undefined;
  // ("first-degree murder, a class A felony,": the grade of an offence named before, no offence of its own)
  if (GRADE.test(tails.lower(a, b))) return undefined;
  // the family: the longest listed form that ends the phrase, else the phrase without its modifiers
  let family: string | undefined, form: string | undefined, formStart = a, plural = false;
  // "indecent assaults": a plural names the offence of its singular
  for (let k = a; k < b && !family; k++) {
    // (the phrase's lower-case text from token k on)
    const phrase = tails.lower(k, b), whole = tails.form(k, b);
    if (whole) { family = whole.family; form = phrase; formStart = k; }
    if (family) break;
    let singular = phrase.replace(/(?<=[a-z]{3})s$/, "");
    let one = OFFENCE_FORMS.get(singular);
    if (!one && /[a-z]{3}ies$/.test(phrase)) one = OFFENCE_FORMS.get((singular = phrase.replace(/ies$/, "y")));
    if (one) { family = one.family; form = singular; formStart = k; plural = true; }
  }
  // ("two murders", "three burglaries": the offence is named in the singular, as a charge sheet names each count)
  const last1 = ts[b - 1]!;
  // ("dangerous driving causing the death of X": the offence is named "causing death", as a charge sheet names it)
  const theDeath = consequence && caused === b - 3 && b - a > 3;
  const label = plural ? (b - a > 1 ? text(ts, a, b - 1) + (last1.space ? " " : "") : "") + form!.split(" ").pop()! : theDeath ? `${text(ts, a, b - 2)} ${ts[b - 1]!.text}` : text(ts, a, b);
  let from = a;
  while (from < b - 1 && OFFENCE_MODIFIERS.has(ts[from]!.lower)) from++;
  const named = !!family || ts.slice(a, b).some((t) => OFFENCE_HEADS.has(t.lower) || OFFENCE_HEADS.has(t.lemma) || hyphenOffence(t.lower, OFFENCE_HEADS, OFFENCE_GERUNDS));
  // "sentenced for using his fame and ...": a gerund on the doer's own thing, with no offence word, tells
  // what was done, not an offence
  // ("violating her oath of office", "abusing his position": a gerund of breach says it is one)
  if (!named && b - a > 2 && /ing$/.test(ts[a]!.lower) && !BREACH_GERUNDS.has(ts[a]!.lower) && /^(?:his|her|their|its)$/.test(ts[a + 1]!.lower)) return undefined;
  // ("dangerous operation of a motor vehicle causing death": a death caused by conduct described as wrong makes it one;
  // not "vehicle causing death", its tail)
  const offence = named || consequence && (ts[a]!.pos === "ADJ" || ING.test(ts[a]!.lower)) || OFFENCE_GERUNDS.has(ts[a]!.lower);
  const own = tails.lower(from, b).replace(/s$/, "");
  // "conspiracy to commit wire fraud": words before the listed form that are no modifiers make an offence of its own
  const whole = form !== undefined && formStart > from ? own : form;
  // an inchoate offence ("conspiracy to commit wire fraud", "attempted murder") is a kind of its own, never
  // another name for the offence it aimed at
  let inchoate: string | undefined;
  if (form !== undefined && formStart > from) for (let k = from; k < formStart && !inchoate; k++) inchoate = INCHOATE[ts[k]!.lower];
  // "uttering threats", told later as "the threats count": an offence told by an unlisted gerund is of the
  // kind its object names
  const objectKind = !named && !family && b - a >= 2 && ts[a]!.pos === "VERB" && /ing$/.test(ts[a]!.lower) && !OFFENCE_GERUNDS.has(ts[a]!.lower) ? own.split(" ").pop() : undefined;
  return { label, family: whole ?? own, broad: inchoate ?? family ?? objectKind ?? own, offence };
}

// What a rule can say: the frames, each with its slots and the mention types a slot takes.
// Relation frames become one relation each; case frames (charge, verdict, plea, ...) are
// grouped into charges, trials, verdicts and pleas by the discourse code (extract/case/).
export interface FrameDef {
  slots: Record<string, readonly string[]>;
  /** Slots every frame of this kind must fill. */
  required: readonly string[];
  /** Constants a rule may or must set. */
  constants?: Record<string, readonly string[]>;
  requiredConstants?: readonly string[];
}

const PARTY = ["Person", "Organization", "Studio"] as const;
const COURT = ["Court"] as const;
const PERSON = ["Person"] as const;
const CHARGE = ["Charge", "ChargeLike"] as const;

export const OUTCOME_VALUES = ["guilty", "not_guilty", "mistrial", "hung_jury", "dismissed", "overturned", "upheld", "liable", "not_liable", "settled"] as const;

export const FRAMES: Record<string, FrameDef> = {
  // relations between two mentions
  HOLDS_ROLE: { slots: { person: PERSON, role: ["Role"] }, required: ["person", "role"] },
  WORKS_FOR: { slots: { person: PERSON, employer: ["Organization", "Studio", "Court"], role: ["Role"] }, required: ["person", "employer"] },
  REPRESENTS: { slots: { lawyer: PERSON, client: PARTY }, required: ["lawyer", "client"] },
  FOUNDED: { slots: { founder: PERSON, organization: ["Organization", "Studio"] }, required: ["founder", "organization"] },
  PRODUCED: { slots: { producer: ["Person", "Studio"], film: ["Film"] }, required: ["producer", "film"] },
  ACTED_IN: { slots: { actor: PERSON, film: ["Film"] }, required: ["actor", "film"] },
  DIRECTED: { slots: { director: PERSON, film: ["Film"] }, required: ["director", "film"] },
  WORKED_ON: { slots: { person: PERSON, film: ["Film"], role: ["Role"] }, required: ["person", "film"] },
  RELATED_TO: {
    slots: { person: PERSON, relative: PERSON, kin: ["Kin"] }, required: ["person", "relative"],
    constants: { relation: ["wife", "husband", "partner", "son", "daughter", "mother", "father", "brother", "sister", "child", "parent", "sibling"] },
  },
  ACCUSED: { slots: { accuser: PERSON, accused: PERSON }, required: ["accuser", "accused"] },
  // what a name is, from the words around it ("starred in X": a film)
  TYPE: { slots: { name: ["Person", "Organization", "Studio", "Court", "Place", "Film", "Title", "Quoted"] }, required: ["name"], constants: { type: ["Film", "Studio", "Organization", "Court", "Place", "Person", "none"], over: ["studio"], words: ["several"] }, requiredConstants: ["type"] },
  // one person known by another name ("Ana 'the Hawk' Ruiz", "known as X")
  ALIAS: { slots: { person: PERSON, alias: ["Person", "Title", "Quoted", "Organization", "Place"] }, required: ["person", "alias"] },

  // the parts of a case
  // (a telling of charges that names the accused but not the offences, "framed charges against A and B under Sections 304B
  // and 498A", sets list: apart, and takes the charges told apart from them: case/event-passes.ts)
  charge: { slots: { defendant: PARTY, charges: CHARGE, victim: PERSON, court: COURT }, required: [], constants: { list: ["previous", "apart"] } },
  // (gapped: an outcome told beside another defendant's in one sentence with no offence of its own, "found A guilty and
  // B not guilty": on the other's offences, case/also-charges.ts; alongside: one more defendant of a trial told before,
  // "Those convicted were A, B and C", as case/alongside.ts reads it from the sentence's words)
  verdict: {
    slots: { defendant: PARTY, plaintiff: PARTY, charges: CHARGE, victim: PERSON, court: COURT, judge: PERSON, penalty: ["Penalty"], damages: ["Money"] },
    required: [],
    constants: { outcome: OUTCOME_VALUES, scope: ["all", "remaining", "other", "same", "some"], trial: ["first", "retrial", "earlier"], bench: ["named"], described: ["one"], gapped: ["yes"], alongside: ["before"] },
    requiredConstants: ["outcome"],
  },
  plea: { slots: { defendant: PARTY, charges: CHARGE, court: COURT }, required: ["defendant"], constants: { plea: ["guilty", "not_guilty", "no_contest"], scope: ["all", "remaining", "other"], changed: ["yes"] }, requiredConstants: ["plea"] },
  // (a penalty, or only the offence it is for: "jailed for manslaughter")
  sentence: { slots: { defendant: PARTY, penalty: ["Penalty"], judge: PERSON, court: COURT, charges: CHARGE }, required: [] },
  // (alongside: "stood trial alongside him", the words that say another defendant stood it too)
  trial: { slots: { defendant: PARTY, court: COURT, judge: PERSON, charges: CHARGE, alongside: ["Tokens"] }, required: [], constants: { status: ["held", "planned"], kind: ["criminal", "civil", "inquest"], trial: ["first", "retrial", "earlier"] } },
  preside: { slots: { judge: PERSON, defendant: PARTY, court: COURT }, required: ["judge"], constants: { status: ["held", "planned"] } },
  // (clients=all: counsel "for the accused persons", "for the defendants": every defendant of the one trial)
  defend: { slots: { lawyer: PERSON, defendant: PARTY }, required: ["lawyer"], constants: { clients: ["all", "unnamed"] } },
  // joins=existing: the prosecutor is told of at a trial the article tells of otherwise, never one this alone makes
  prosecute: { slots: { prosecutor: ["Person", "Organization"], defendant: PARTY }, required: ["prosecutor"], constants: { joins: ["existing"] } },
  testify: { slots: { witness: PERSON, defendant: PARTY, against: PARTY }, required: ["witness"], constants: { status: ["held", "planned"] } },
  appeal: { slots: { court: COURT, defendant: PARTY, charges: CHARGE, judge: PERSON }, required: [], constants: { outcome: ["overturned", "upheld"], of: ["not_guilty"], ordered: ["retrial"] }, requiredConstants: ["outcome"] },
  // (against=accused: a parallel civil action, against the article's one accused where the sentence names no one)
  suit: { slots: { plaintiff: PARTY, defendant: PARTY, court: COURT }, required: [], constants: { joins: ["existing"], against: ["accused"] } },
  // a judge of an appeal panel (who wrote for it, joined or dissented): of the court that ruled
  panel: { slots: { member: PERSON }, required: ["member"] },
  // two people tried together ("X's co-accused, Y"): one trial, when both are told to stand it
  joint: { slots: { defendant: PARTY }, required: ["defendant"] },
  // (deeds: "who kidnapped, raped and murdered X", the offences told by their verbs, which name no charge of their own)
  victim: { slots: { victim: PERSON, defendant: PARTY, charges: CHARGE, deeds: ["Tokens"] }, required: ["victim"], constants: { death: ["yes"], killing: ["yes"] } },
};

/** Mention types the engine knows; the layers in extract/spans make them. */
export const SPAN_TYPES = new Set(["Person", "Organization", "Studio", "Court", "Place", "Film", "Title", "Quoted", "Role", "Charge", "ChargeLike", "Penalty", "Money", "Kin"]);

// Where an offence's name goes on past a preposition ("possession of", "conspiracy to", "death by dangerous driving",
// "driving without a licence") and where the preposition ends it ("fraud in connection with", "assault on his wife"):
// read by the charge phrases (charges.ts) at each preposition inside a phrase.
import type { Token } from "../../nlp/tokens.ts";

/** Prepositions that go on inside an offence's name: "possession of", "conspiracy to", "death by". */
export const INNER_ADP = new Set(["of", "with", "to", "by", "as", "in", "into", "under", "for", "against", "from", "on", "without"]);
/** "sexual activity without consent", "driving without a licence": what an offence was done without goes on its name. */
const WITHOUT = /^(?:consent|lawful|reasonable|due|insurance|authority|authorisation|authorization|permission|excuse|licence|license|permit|certificate|warrant)$/;
/** After these an offence's name has ended: "fraud in connection with", "assault on his wife". */
export const ENDS_AFTER: Record<string, (next: Token | undefined, body: Token[], after?: Token) => boolean> = {
  // ("trafficking in cannabis", "dealing in stolen goods", "being concerned in the supply of": what was traded goes on the name;
  // "engaging in sexual activity": what was done goes on it too)
  // ("causing a person to engage in sexual activity": the particle of a verb after "to" goes on the name)
  // ("participation in a criminal organization", "membership in a terrorist group", "complicity in embezzlement": a noun of
  // taking part, with what it was in)
  // ("possession of a knife in a public place", "misconduct in public office": where it was done, when the law names it)
  // ("failing to stop in federal court", "in court", "in the High Court": where the case is heard, never the offence's)
  in: (n, body, after) => COURTS.test(n?.lower ?? "") || COURTS.test(after?.lower ?? "") || !(body.length > 1 && body[body.length - 1]!.pos === "VERB" && body[body.length - 2]!.lower === "to" && !!n && /^[a-z]/.test(n.text)) && !(n && (n.lower === "the" && body.length > 0 && /^(?:rape|murder|assault|sexual|criminal)/.test(body[0]!.lower) && /^(?:first|second|third|fourth)$/.test(after?.lower ?? "")) || n?.lower === "furtherance" || n?.lower === "public" && PUBLIC_PLACES.test(after?.lower ?? "") || n && /^(?:a|an)$/.test(n.lower) && after?.lower === "public" || n && /^[a-z]/.test(n.text) && (n.pos === "NOUN" || n.pos === "ADJ") && /^(?:trafficking|dealing|trading|engaging|participating|indulging|involvement)$/.test(body[body.length - 1]?.lower ?? "") || n && /^[a-z]/.test(n.text) && /^(?:NOUN|ADJ|DET)$/.test(n.pos) && /^(?:participation|membership|involvement|complicity)$/.test(body[body.length - 1]?.lower ?? "")) && body[body.length - 1]?.lower !== "concerned",
  // ("aggravated assault on a child", "assault on an emergency worker", "battery on a law enforcement officer": the class of
  // person a statute protects goes on the name; "assault on his wife" names whom)
  on: (n, body, after) => !(n && /^(?:a|an)$/.test(n.lower) && /^(?:assault|battery|attack)$/.test(body[body.length - 1]?.lower ?? "") && PROTECTED.test(after?.lower ?? "")),
  // ("possession of cocaine for the purpose of trafficking": the purpose goes on the name)
  for: (n, body, after) => !/^(?:acting|failing|working|soliciting|procuring)$/.test(body[0]?.lower ?? "") && !body.some((t) => t.lower === "agent") && !(n?.lower === "the" && after?.lower === "purpose" && body.some((t) => t.lower === "possession")),
  against: () => true,
  from: () => true,
  // ("robbery with aggravating circumstances", "robbery with aggravation", "robbery with violence", "demanding money with menaces")
  with: (n, body) => !(body.length && (n?.lower === "intent" || /^(?:aggravating|aggravation|violence|menaces)$/.test(n?.lower ?? "") || n?.lower === "a" || n?.lower === "an" || /^(?:tampering|interfering|conspiring|assault|possession|charged|comply)$/.test(body[body.length - 1]!.lower) || /(?:ing)$/.test(body[body.length - 1]!.lower))),
  // "by the", and "by hiding the knife": a method told by a verb with its object, not part of the offence's name
  // ("assault by beating", "death by dangerous driving" are)
  // ("forgery by police on Friday": who brought the charge, not how the offence was done)
  // ("fraud by federal prosecutors": an agent after its adjective too; "causing death by the dangerous operation of a
  // vessel": a harm caused by the manner of a deed, with its article, goes on)
  // ("manslaughter by reason of diminished responsibility": the ground of a partial defence, no part of the offence)
  // ("guilty of the lesser charge by majority", "by unanimous verdict", "by 10 votes to two": how the jury found, no part of it)
  by: (n, body, after) => !!n && (/^(?:majority|unanimous|jury)$/.test(n.lower) || n.pos === "NUM" || n.lower === "reason" && after?.lower === "of" || /^(?:the|a|an)$/.test(n.lower) && !(MANNERS.test(after?.lower ?? "") && body.some((t) => /^(?:causing|occasioning)$/.test(t.lower))) || AGENTS.test(n.lower) || n.pos === "ADJ" && AGENTS.test(after?.lower ?? "") || /^[a-z]{3,}ing$/.test(n.lower) && (/^(?:the|a|an|his|her|their|its)$/.test(after?.lower ?? "") || after?.pos === "PROPN")),
  as: (n) => !(n && /^(?:a|an)$/.test(n.lower)),
  into: () => false,
  without: (n, _, after) => !(n && (WITHOUT.test(n.lower) || /^(?:a|an|the)$/.test(n.lower) && WITHOUT.test(after?.lower ?? ""))),
  // ("obtaining money under false pretences": the means, as "by false pretences" is)
  under: (n) => n?.lower !== "false",
  of: () => false,
  // ("hiding assets to avoid paying his debts": a purpose after a deed's object is no part of the offence; "failing to
  // provide", "conspiracy to defraud", "causing a child to watch" go on)
  to: (n, body) => body.length > 1 && /ing$/.test(body[0]!.lower) && body[body.length - 1]!.pos === "NOUN" && PURPOSES.test(n?.lower ?? ""),
};
/** "assault on a child", "on a police officer", "on an emergency worker": the classes of person an offence's name protects. */
const PROTECTED = /^(?:child|minor|juvenile|police|peace|prison|custody|correctional|law|emergency|health|healthcare|public|constable|officer)$/;
/** Whether the "on" at `k` opens the class of person an offence's name protects: "assault on a child". */
export const onProtected = (ts: readonly Token[], k: number): boolean => ts[k]?.lower === "on" && /^(?:assault|battery|attack)$/.test(ts[k - 1]?.lower ?? "") && /^(?:a|an)$/.test(ts[k + 1]?.lower ?? "") && PROTECTED.test(ts[k + 2]?.lower ?? "");
/** "in court", "in federal court", "in the district court": a court's head word, one or two words after "in". */
const COURTS = /^(?:court|courts)$/;
/** "in public office", "in a public place": the public things an offence done in them is named by. */
const PUBLIC_PLACES = /^(?:office|place|places|highway|building|buildings|area|areas|park|street|streets|transport)$/;
/** How a harm was caused: "by dangerous driving", "by the negligent operation of a vessel". */
const MANNERS = /^(?:dangerous|careless|negligent|reckless|wanton|furious|inconsiderate|unlawful|culpable|rash|criminal)$/;
/** Who charges or arrests: "by police", "by prosecutors". */
const AGENTS = /^(?:police|prosecutors|authorities|detectives|investigators|officers|officials|agents|magistrates|gardaí|gardai|troopers|deputies)$/;
/** Verbs of purpose: "to avoid", "to fund", "to cover up". */
const PURPOSES = /^(?:avoid|evade|escape|dodge|fund|finance|pay|cover|conceal|hide|buy|boost|keep|protect|enrich|settle|repay|support|maintain|feed|prevent|shield)$/;

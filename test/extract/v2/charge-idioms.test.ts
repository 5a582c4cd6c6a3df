// Charges told the ways papers outside the tuned corpora tell them: a Canadian wire's "uttering
// threats" (an offence named by any gerund with its object), "criminal negligence causing death",
// a participle before the offence ("qualified theft"), the court report's "appeared ... charged
// with", "a charge of X against Y was withdrawn", "not guilty of X but guilty of Y" and an Indian
// FIR's sections before the offences, "jailed for manslaughter", "remanded on a charge of robbery",
// "the second charge", "convicted of both". Invented articles; each row names the facts a reader would
// take from it (and, after "not", facts it must not yield).
import { describeStories, type StoryRow } from "./helpers.ts";

const FRONT = (title: string, source: string) => `---\ntitle: ${title}\nsource: ${source}\npublished: 2025-03-14\n---\n${title}\n\n`;

const ROWS: StoryRow[] = [
  {
    style: "Canadian wire: an offence named by a gerund and its object, beside a listed one",
    text: `${FRONT("Brantview man charged after townhouse fire", "Prairie Press")}BRANTVIEW — A 41-year-old man has been charged after a fire gutted a townhouse on Tuesday night. Dale Fenwick was charged with arson and uttering threats, police said. He appeared in court on Wednesday and was remanded in custody.`,
    facts: ["Dale Fenwick -CHARGED_WITH-> arson", "Dale Fenwick -CHARGED_WITH-> uttering threats"],
  },
  {
    style: "Canadian wire: per-count verdicts, the second count told by its object",
    text: `${FRONT("Jury splits on townhouse fire case", "Prairie Press")}Dale Fenwick, 42, was charged with arson and uttering threats after the fire. On Friday a jury found him not guilty of threats, guilty of arson. Sentencing is set for May.`,
    facts: ["Fenwick trial: guilty -ON_CHARGE-> arson", "Fenwick trial: not guilty -ON_CHARGE-> uttering threats"],
    not: ["Fenwick trial: guilty -ON_CHARGE-> uttering threats", "Fenwick trial: not guilty -ON_CHARGE-> arson", "Dale Fenwick -CHARGED_WITH-> threats"],
  },
  {
    style: "Canadian wire: 'found not guilty of X but guilty of Y', 'found' said once",
    text: `${FRONT("Driver convicted in crash", "Lakehead Daily")}Mara Kessel was found not guilty of dangerous driving but guilty of impaired driving causing bodily harm. The judge ordered a pre-sentence report.`,
    facts: ["Kessel trial: not guilty -ON_CHARGE-> dangerous driving", "Kessel trial: guilty -ON_CHARGE-> impaired driving causing bodily harm"],
    not: ["Kessel trial: guilty -ON_CHARGE-> dangerous driving"],
  },
  {
    style: "Canadian wire: an offence whose name ends in the harm it caused",
    text: `${FRONT("Contractor charged in trench collapse", "Lakehead Daily")}Orrin Blay, 55, faces a charge of criminal negligence causing death over the collapse of a trench last June. He is due back in court next month.`,
    facts: ["Orrin Blay -CHARGED_WITH-> criminal negligence causing death"],
  },
  {
    style: "Filipino broadsheet: a participle before the offence, and charges filed 'against' the accused",
    text: `${FRONT("Cashier faces raps", "Manila Ledger")}Police filed charges of estafa and falsification of public documents against Ramon Dela Cruz, a former cashier. Dela Cruz was also charged with qualified theft.`,
    facts: ["Ramon Dela Cruz -CHARGED_WITH-> estafa", "Ramon Dela Cruz -CHARGED_WITH-> falsification of public documents", "Ramon Dela Cruz -CHARGED_WITH-> qualified theft"],
  },
  {
    style: "Irish court report: 'appeared before the court charged with'",
    text: `${FRONT("Man (31) remanded on drugs charge", "Munster Courier")}Declan Hearne (31), of no fixed abode, appeared before Tallow District Court charged with the possession of cannabis for sale or supply. He was remanded in custody to appear again next week.`,
    facts: ["Declan Hearne -CHARGED_WITH-> possession of cannabis"],
  },
  {
    style: "Singaporean court report: where and when between 'charged' and 'with'",
    text: `${FRONT("Former clerk charged", "Straits Record")}Seah Kok Keong, 45, was charged in court on Tuesday with one count of cheating and two counts of criminal breach of trust. He is expected to plead guilty.`,
    facts: ["Seah Kok Keong -CHARGED_WITH-> cheating", "Seah Kok Keong -CHARGED_WITH-> criminal breach of trust"],
  },
  {
    style: "British crown court: 'a charge of X against Y was withdrawn' names the accused, not a complainant",
    text: `${FRONT("Assault charge dropped", "Wessex Gazette")}A charge of assault against Dale Fenwick was withdrawn by the Crown Prosecution Service on Monday. He had denied the offence.`,
    facts: ["Dale Fenwick -CHARGED_WITH-> assault"],
    not: ["assault -ALLEGED_VICTIM-> Dale Fenwick"],
  },
  {
    style: "British crown court: 'pleaded guilty to a charge of X against Y': Y is the complainant",
    text: `${FRONT("Man admits assault", "Wessex Gazette")}Tom Harker pleaded guilty to a charge of assault against Mina Sollo at Exeter Crown Court.`,
    facts: ["Tom Harker -CHARGED_WITH-> assault"],
    not: ["Mina Sollo -CHARGED_WITH-> assault"],
  },
  {
    style: "Indian daily: the penal code's sections before the offences",
    text: `${FRONT("Trader held for partner's murder", "Deccan Sentinel")}The police booked Ramesh Kale under Sections 302 and 201 of the IPC for murder and destruction of evidence. He was produced before a magistrate on Sunday.`,
    facts: ["Ramesh Kale -CHARGED_WITH-> murder", "Ramesh Kale -CHARGED_WITH-> destruction of evidence"],
  },
  {
    style: "negated, hedged and questioned charges are none",
    text: `${FRONT("No charges yet in warehouse fire", "Prairie Press")}Prosecutors declined to file charges of arson against Ken Rudd. Police said Lena Moss could face charges of fraud. Prosecutors are deciding whether to charge Mary Oaks with theft. Ivo Garnock was not charged with uttering threats.`,
    facts: [],
    not: ["Ken Rudd -CHARGED_WITH-> arson", "Lena Moss -CHARGED_WITH-> fraud", "Mary Oaks -CHARGED_WITH-> theft", "Ivo Garnock -CHARGED_WITH-> uttering threats"],
  },
  {
    style: "a gerund in the progressive, or after 'including', names no offence",
    text: `${FRONT("Fraud trial hears from defendant", "Prairie Press")}Ivo Garnock faces five counts including tax evasion. He told jurors he thought they were joining a game. Lena Moss is accused of shoving production assistant Kai Elcock.`,
    facts: [],
    not: ["Ivo Garnock -CHARGED_WITH-> including tax evasion", "Ivo Garnock -CHARGED_WITH-> joining a game", "Lena Moss -CHARGED_WITH-> shoving production assistant"],
  },
  {
    style: "British regional: a penalty told by its offence alone, the term told after",
    text: `${FRONT("Woman jailed over fatal fall", "Wessex Gazette")}Nadia Pellow was jailed for manslaughter at Bristol Crown Court on Friday. She was sentenced to nine years.`,
    facts: ["Nadia Pellow -CHARGED_WITH-> manslaughter", "Nadia Pellow: guilty -ON_CHARGE-> manslaughter"],
    not: ["Pellow trial -TRIED_FOR-> manslaughter"],
  },
  {
    style: "British and Irish court reports: custody and bail on a named charge",
    text: `${FRONT("Two before the court", "Munster Courier")}Ivo Garnock was remanded in custody on a charge of robbery. Kai Elcock was granted bail on charges of theft and handling stolen goods. Lena Moss was arrested on suspicion of burglary.`,
    facts: ["Ivo Garnock -CHARGED_WITH-> robbery", "Kai Elcock -CHARGED_WITH-> theft", "Kai Elcock -CHARGED_WITH-> handling stolen goods"],
    not: ["Lena Moss -CHARGED_WITH-> burglary"],
  },
  {
    style: "British crown court: the statute after the offence is no charge of its own",
    text: `${FRONT("Man charged after street attack", "Wessex Gazette")}Ivo Garnock was charged with wounding with intent, contrary to section 18 of the Offences Against the Person Act 1861. He will appear at Exeter Crown Court next month.`,
    facts: ["Ivo Garnock -CHARGED_WITH-> wounding with intent"],
    not: ["Ivo Garnock -CHARGED_WITH-> contrary to section 18 of the"],
  },
  {
    style: "US wire: the charge's kind before the count noun, 'one count each of', the indictment as subject",
    text: `${FRONT("Ex-official indicted", "Capitol Wire")}Ivo Garnock was indicted on federal charges of bribery and extortion. His aide, Kai Elcock, was charged with one count each of wire fraud and bank fraud. The indictment charges Lena Moss with racketeering.`,
    facts: ["Ivo Garnock -CHARGED_WITH-> bribery", "Ivo Garnock -CHARGED_WITH-> extortion", "Kai Elcock -CHARGED_WITH-> wire fraud", "Kai Elcock -CHARGED_WITH-> bank fraud", "Lena Moss -CHARGED_WITH-> racketeering"],
    not: ["Ivo Garnock -CHARGED_WITH-> federal charges of bribery"],
  },
  {
    style: "British magistrates: the count noun said once for two offences, a plea told by 'after admitting'",
    text: `${FRONT("Court round-up", "Wessex Gazette")}Ivo Garnock admitted two charges of theft and one of fraud. Kai Elcock was given a two-year suspended sentence after admitting affray.`,
    facts: ["Ivo Garnock pleads guilty -ON_CHARGE-> theft", "Ivo Garnock pleads guilty -ON_CHARGE-> fraud", "Kai Elcock pleads guilty -ON_CHARGE-> affray"],
  },
  {
    style: "Indian daily: the accused named by the offence; 'stands accused of'",
    text: `${FRONT("Accused produced in court", "Deccan Sentinel")}The murder accused, Suresh Gowda, was produced before the court on Monday. His associate Anil Trivedi stands accused of embezzling funds from the trust.`,
    facts: ["Suresh Gowda -CHARGED_WITH-> murder", "Anil Trivedi -CHARGED_WITH-> embezzling funds"],
  },
  {
    style: "US broadsheet: 'the offense' in apposition after the counts names no other charge",
    text: `${FRONT("Actor indicted", "Lakeshore Tribune")}Prosecutors said Ivo Garnock had paid two men to stage the assault. A grand jury indicted Garnock on 16 felony counts of disorderly conduct, the offense the state uses to punish false police reports.`,
    facts: ["Ivo Garnock -CHARGED_WITH-> disorderly conduct"],
    not: ["Ivo Garnock -CHARGED_WITH-> assault"],
  },
  {
    style: "Canadian wire: a series of three, the middle one named by no listed word",
    text: `${FRONT("Man charged after standoff", "Prairie Press")}Ivo Garnock was charged with assault causing bodily harm, mischief and failure to comply with a release order. He was held for a bail hearing.`,
    facts: ["Ivo Garnock -CHARGED_WITH-> assault causing bodily harm", "Ivo Garnock -CHARGED_WITH-> mischief", "Ivo Garnock -CHARGED_WITH-> failure to comply with a release order"],
  },
  {
    style: "British magistrates: an offence's state ('while disqualified') and a coordination inside a name ('breaking and entering')",
    text: `${FRONT("Motorist in court", "Wessex Gazette")}Ivo Garnock was charged with driving while disqualified and failing to stop. Kai Elcock was charged with breaking and entering and possession of burglary tools.`,
    facts: ["Ivo Garnock -CHARGED_WITH-> driving while disqualified", "Ivo Garnock -CHARGED_WITH-> failing to stop", "Kai Elcock -CHARGED_WITH-> breaking and entering", "Kai Elcock -CHARGED_WITH-> possession of burglary tools"],
  },
  {
    style: "US broadsheet: 'the second charge' is the second of the list, never the last offence named",
    text: `${FRONT("Split verdict in assault case", "Lakeshore Tribune")}Ivo Garnock was convicted of rape on Friday. He had been charged with rape and sexual assault, and the jury acquitted him of the second charge.`,
    facts: ["Garnock trial: guilty -ON_CHARGE-> rape", "Garnock trial: not guilty -ON_CHARGE-> sexual assault"],
    not: ["Garnock trial: not guilty -ON_CHARGE-> rape"],
  },
  {
    style: "Australian court report: a trial told by its charges, then 'convicted of both'",
    text: `${FRONT("Jury convicts in farmhouse fire", "Riverina Post")}Ivo Garnock faced trial on charges of murder and arson. On Thursday he was convicted of both.`,
    facts: ["Garnock trial: guilty -ON_CHARGE-> murder", "Garnock trial: guilty -ON_CHARGE-> arson"],
  },
  {
    style: "wire: 'convicted of A but acquitted of B' keeps its defendant for both counts",
    text: `${FRONT("Split verdict for former treasurer", "Capitol Wire")}Ivo Garnock was convicted of fraud but acquitted of theft on Tuesday. Sentencing is set for June.`,
    facts: ["Garnock trial: guilty -ON_CHARGE-> fraud", "Garnock trial: not guilty -ON_CHARGE-> theft"],
    not: ["Garnock trial: guilty -ON_CHARGE-> theft", "Garnock trial: not guilty -ON_CHARGE-> fraud"],
  },
  {
    style: "Filipino and Singaporean papers: a statute named in the offence, or before it",
    text: `${FRONT("Two held in drug raids", "Manila Ledger")}Ramon Dela Cruz was charged with violation of Republic Act 9165. In a separate case, Seah Kok Keong was charged under the Misuse of Drugs Act with trafficking in cannabis.`,
    facts: ["Ramon Dela Cruz -CHARGED_WITH-> violation of Republic Act 9165", "Seah Kok Keong -CHARGED_WITH-> trafficking in cannabis"],
    not: ["Ramon Dela Cruz -CHARGED_WITH-> violation"],
  },
];

describeStories("charges in styles the corpora do not tune", ROWS);

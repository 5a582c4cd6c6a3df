// Charges in the shapes text nobody tuned on tells them: a statutory name with the death it caused and
// the one who died ("dangerous driving causing the death of X"), an offence of leaving a crash told as
// failing to stop or remain "at the scene", an offence admitted and "taken into account" at sentencing,
// "The charges, brought by ..., included A, B and C" after the verdict on them, a charge dropped "rather than
// try him again" (and pleaded to in no plea told apart from it); never a co-accused's plea given to the one whose associates they were, nor a dropped
// charge to an acquittal "of all charges"; a company's plea and its unit's deferred prosecution agreement on
// "a separate count of violating the books and records provisions", a verdict "by a Denver jury" told "in May"
// (the month, no modal), "conspiracy to violate the FCPA" (never the fragment "conspiracy to violate"), a plea
// "in a parallel criminal case to one count of"; a tabloid's "found X, 51, GUILTY of" by "the jury of eight
// women and four men"; a judge who "convicted both appellants" is never their defendant ("both appellants", "both
// of them" are the two named before), and "possessing property obtained by crime" is one offence; "convicted the 41-year-old former banker of all five counts he faced: ..."
// is the defendant's verdict (never a co-accused so described); "A, the former housing convener, and his
// ex-husband B were both sentenced for X" gives each of them X; a bench's verbs in a series ("set aside the
// verdict, convicted X of murder and sentenced him"); "X is serving a life sentence for the 2004 murder of Y, for
// which he was convicted" (the one serving, never the pronoun's guess of another with the surname); "the estafa
// conviction of A and former producer B" and the trial court "which found them guilty of estafa". Invented articles.
import { describeStories, type StoryRow } from "./helpers.ts";

const FRONT = (title: string, source: string) => `---\ntitle: ${title}\nsource: ${source}\npublished: 2026-03-04\n---\n${title}\n\n`;

const ROWS: StoryRow[] = [
  {
    style: "Canadian regional: a statutory name with the death it caused, and leaving the scene",
    text: `${FRONT("Dieppe man admits fatal crash", "Tidewater Gazette")}Marcel Thibodeau-Lirette, 29, pleaded guilty in Moncton provincial court on Tuesday to dangerous driving causing the death of Yvette Arsenault-Crane and to failing to stop at the scene of an accident.\n\nCrown prosecutor Lise Bourgeault said Thibodeau-Lirette left Arsenault-Crane on the shoulder of Route 134 in May.`,
    facts: [
      "Marcel Thibodeau-Lirette -CHARGED_WITH-> dangerous driving causing death",
      "dangerous driving causing death -ALLEGED_VICTIM-> Yvette Arsenault-Crane",
      "Marcel Thibodeau-Lirette -CHARGED_WITH-> failing to stop at the scene of an accident",
      "Marcel Thibodeau-Lirette pleads guilty -ON_CHARGE-> failing to stop at the scene of an accident",
    ],
  },
  {
    style: "Irish regional: an offence taken into consideration at sentencing",
    text: `${FRONT("Van driver jailed over Ballinrobe crash", "Western Clarion")}Dermot Feeney-Quigg (44) was jailed for six years at Castlebar Circuit Court on Thursday.\n\nHe had pleaded guilty to dangerous driving causing serious harm. Two further charges of possession of cannabis were taken into consideration.`,
    facts: ["Dermot Feeney-Quigg -CHARGED_WITH-> possession of cannabis"],
  },
  {
    style: "US wire: a co-accused's plea told beside the defendant's name, a charge dropped rather than tried again",
    text: `${FRONT("Fund founder jailed", "Harbour Ledger")}Oskar Lindqvist-Baird was sentenced to 12 years for fraud on Friday.\n\nTwo of Lindqvist-Baird's former partners testified against him after pleading guilty to tax charges.\n\nA former partner, Terrence Mbanefo-Hart, pleaded guilty in May to a tax offense and awaits sentencing.\n\nLindqvist-Baird also testified at his trial, and he told jurors he had meant no harm.\n\nProsecutors dropped a separate bribery charge last year rather than try him a second time.`,
    facts: ["Oskar Lindqvist-Baird -CHARGED_WITH-> bribery", "Oskar Lindqvist-Baird: dismissed -ON_CHARGE-> bribery"],
    not: ["Terrence Mbanefo-Hart -CHARGED_WITH-> bribery", "Oskar Lindqvist-Baird -ENTERED_PLEA-> Oskar Lindqvist-Baird pleads guilty"],
  },
  {
    style: "Trade press: the charges of a verdict told after it, with who brought them; a charge dropped elsewhere",
    text: `${FRONT("Broadcaster cleared of all charges", "Variety Wire")}Ferdinand Quarrington has been acquitted of all six sexual offense charges he faced in Leeds.\n\nA jury at Leeds Crown Court returned the not guilty verdicts on Tuesday. The charges, brought by three men over alleged incidents between 2004 and 2011, included sexual assault, indecent exposure and causing a person to engage in sexual activity without consent.\n\nIn 2020, prosecutors in Nova Scotia dropped a charge of criminal harassment against Quarrington after the complainant withdrew.\n\nQuarrington had been charged in 2023, and made his first appearance in court that March, when he pleaded not guilty. A further charge was added later that year.`,
    facts: [
      "Quarrington trial: not guilty -ON_CHARGE-> sexual assault",
      "Quarrington trial: not guilty -ON_CHARGE-> indecent exposure",
      "Quarrington trial: not guilty -ON_CHARGE-> causing a person to engage in sexual activity without consent",
      "Quarrington trial: dismissed -ON_CHARGE-> criminal harassment",
    ],
    not: ["Quarrington trial: not guilty -ON_CHARGE-> criminal harassment", "Ferdinand Quarrington pleads not guilty -ON_CHARGE-> criminal harassment"],
  },
  {
    style: "Business wire: a company's plea, its unit's agreement, an executive's verdict told in May",
    text: `${FRONT("Miner admits bribery", "Ledger Wire")}DENVER, April 2 (Ledger Wire) - Kestrel Ores AB pleaded guilty on Wednesday to conspiring to bribe officials in Chile to win drilling permits, and agreed to pay about $90 million, the company said.\n\nIts U.S. unit, Kestrel Metals Inc, entered into a deferred prosecution agreement on a separate count of violating the books and records provisions of the law.\n\nThe plea follows the conviction in May of the firm's former sales director, Ruben Castellane, who was found guilty by a Denver jury of conspiracy to violate the FCPA and conspiracy to commit money laundering. The same jury acquitted Castellane of two substantive counts of violating the FCPA.\n\nThe firm's former treasurer, Ilse Varga, pleaded guilty last year in a parallel criminal case to one count of bank fraud.`,
    facts: [
      "Kestrel Ores AB -CHARGED_WITH-> conspiring to bribe officials",
      "Kestrel Metals Inc -CHARGED_WITH-> violating the books and records provisions of the law",
      "Castellane trial: guilty -ON_CHARGE-> conspiracy to violate the FCPA",
      "Castellane trial: guilty -ON_CHARGE-> conspiracy to commit money laundering",
      "Castellane trial: not guilty -ON_CHARGE-> violating the FCPA",
      "Ilse Varga pleads guilty -ON_CHARGE-> bank fraud",
    ],
    not: ["Ruben Castellane -CHARGED_WITH-> conspiracy to violate"],
  },
  {
    style: "British tabloid live page: the verdict in capitals, the jury told by its make-up",
    text: `${FRONT("LIVE: Soap star Wyatt Pelham GUILTY of attacking ex - jury cleared him of stalking", "Evening Clarion")}The jury of eight women and four men have found Wyatt Pelham, 51, GUILTY of assault occasioning actual bodily harm against his former partner, dance teacher Nadia Brook, in March 2024.\n\nHe has been found NOT GUILTY of stalking between 2022 and 2024.`,
    facts: [
      "Pelham trial: guilty -ON_CHARGE-> assault occasioning actual bodily harm",
      "assault occasioning actual bodily harm -ALLEGED_VICTIM-> Nadia Brook",
      "Pelham trial: not guilty -ON_CHARGE-> stalking",
    ],
  },
  {
    style: "Canadian appeal court summary: the trial judge's verdicts on both appellants",
    text: `${FRONT("Appeal summary", "Prairie Appellate Digest")}The appellants, Corbin Hallstrom and Priya Venkatesh-Moore, were tried together.\n\nFollowing a 20-day trial, Mr. Justice Okoro convicted both appellants of fraud over $5,000 and of laundering the proceeds of crime. Mr. Hallstrom was also convicted of theft over $5,000. The trial judge acquitted both of them of a count of possessing property obtained by crime.`,
    facts: [
      "Corbin Hallstrom -CHARGED_WITH-> theft",
      "Priya Venkatesh-Moore -CHARGED_WITH-> laundering the proceeds of crime",
      "Priya Venkatesh-Moore -CHARGED_WITH-> possessing property obtained by crime",
      "Hallstrom trial: not guilty -ON_CHARGE-> possessing property obtained by crime",
    ],
    not: ["Okoro -DEFENDANT_IN-> Okoro trial", "Okoro -CHARGED_WITH-> fraud", "Corbin Hallstrom -CHARGED_WITH-> possessing property", "Priya Venkatesh-Moore -CHARGED_WITH-> theft"],
  },
  {
    style: "US metro wire: the one convicted named by age and description, the counts after a colon",
    text: `${FRONT("Banker convicted", "Metro Wire")}Jonas Wexford was arrested in May 2024.\n\nA jury convicted the 41-year-old former banker in March of all five counts he faced: two counts of bank fraud and conspiracy to commit bank fraud, tax evasion and money laundering.\n\nA jury convicted the 19-year-old co-accused of robbery.`,
    facts: ["Wexford trial: guilty -ON_CHARGE-> tax evasion", "Wexford trial: guilty -ON_CHARGE-> conspiracy to commit bank fraud"],
    not: ["Jonas Wexford -CHARGED_WITH-> robbery"],
  },
  {
    style: "Scottish daily: two defendants, the first with a description in apposition",
    text: `${FRONT("Former councillor and ex-husband jailed over parking fines", "Lothian Courier")}Alasdair Dunstall-Keir, the former housing convener, and his ex-husband Tobias Delahunt were both sentenced to ten months in prison for attempting to pervert the course of justice at the High Court in Edinburgh yesterday.`,
    facts: ["Alasdair Dunstall-Keir -CHARGED_WITH-> attempting to pervert the course of justice", "Tobias Delahunt -CHARGED_WITH-> attempting to pervert the course of justice"],
  },
  {
    style: "Indian daily: a bench's verbs in a series, a relative's sentence served for another murder",
    text: `${FRONT("Apex court confirms life term for Solanki in hotel shooting", "Deccan Ledger")}NEW DELHI, April 19\n\nThe Supreme Court on Monday upheld the conviction of Vikram Solanki for the murder of model Kavya Gowda at a Pune hotel in 2001.\n\nSessions Judge M.N. Kale had acquitted all seven accused in March 2005. In June 2006, a Division Bench of the High Court comprising Justices A.K. Menon and R. Iyer set aside the trial court's verdict, convicted Solanki of murder and sentenced him to life imprisonment.\n\nSolanki's cousin, Hemant Solanki, is already serving a life sentence for the 2004 murder of Arjun Mehra, for which he was convicted by a Pune trial court in 2009.`,
    facts: ["Solanki trial: guilty -ON_CHARGE-> murder", "Hemant Solanki -CHARGED_WITH-> murder", "murder -ALLEGED_VICTIM-> Arjun Mehra", "Hemant Solanki -DEFENDANT_IN-> Solanki trial (earlier)"],
    not: ["Vikram Solanki -DEFENDANT_IN-> Solanki trial (earlier)"],
  },
  {
    style: "Philippine broadsheet: an outcome named by its offence, then the trial court's verdict in a relative clause",
    text: `${FRONT("CA upholds estafa conviction of broadcaster, ex-producer", "Visayas Sentinel")}CEBU CITY, Philippines — The Court of Appeals has upheld the estafa conviction of broadcaster Liza Montemayor and former producer Ramon Quirino Jr.\n\nIn a ruling released on Tuesday, the appellate court's Ninth Division affirmed the March 2021 decision of the Cebu Regional Trial Court Branch 12, which found them guilty of estafa over a 2015 land sale.`,
    facts: ["Liza Montemayor -CHARGED_WITH-> estafa", "Ramon Quirino Jr -CHARGED_WITH-> estafa", "Ramon Quirino Jr -DEFENDANT_IN-> Montemayor trial"],
  },
];

describeStories("charges in untuned shapes", ROWS);

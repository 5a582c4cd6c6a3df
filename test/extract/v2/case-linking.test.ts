// Linking a case's verdicts, trials and pleas to its charges across sentences: "guilty of X and the other
// charges" when the charges are listed later, "that charge was withdrawn" after a charge told in the same
// sentence, an earlier conviction told in a relative clause, a verdict a lawyer only predicts. Invented stories
// (wire, British regional, CBC, Nigerian and Indian press); after "not", facts the story must not yield.
import { describeStories, type StoryRow } from "./helpers.ts";

const PUBLISHED = "---\npublished: 2025-03-14\n---\n";

const REMAINING: StoryRow[] = [
  {
    style: "US wire: 'acquitted of A but found guilty of B and the other charges', the charges listed in the next sentence",
    text: `${PUBLISHED}Two convicted in Harlow Creek killing\n\nA jury on Wednesday convicted two men over the shooting of a farmhand in Harlow Creek. Dale Quarrington, 44, was acquitted of malice murder but found guilty of felony murder and the other charges. Quarrington had been charged with malice murder, felony murder, aggravated assault and false imprisonment.`,
    facts: [
      "Quarrington trial: guilty -ON_CHARGE-> felony murder",
      "Quarrington trial: guilty -ON_CHARGE-> aggravated assault",
      "Quarrington trial: guilty -ON_CHARGE-> false imprisonment",
      "Quarrington trial: not guilty -ON_CHARGE-> malice murder",
    ],
    not: ["Quarrington trial: guilty -ON_CHARGE-> malice murder"],
  },
  {
    style: "British regional: 'and convicted on the three other counts, including burglary', the counts named before",
    text: `${PUBLISHED}Burglar convicted\n\nOwain Trethowan, 29, was charged with arson, burglary, theft and criminal damage. At Uldale Crown Court on Friday he was cleared of arson, and convicted on the three other counts, including burglary.`,
    facts: [
      "Trethowan trial: guilty -ON_CHARGE-> burglary",
      "Trethowan trial: guilty -ON_CHARGE-> theft",
      "Trethowan trial: guilty -ON_CHARGE-> criminal damage",
      "Trethowan trial: not guilty -ON_CHARGE-> arson",
    ],
    not: ["Trethowan trial: guilty -ON_CHARGE-> arson"],
  },
  {
    style: "Nigerian press: the court acquitted on one count and convicted 'of the remaining two counts'",
    text: `${PUBLISHED}Court convicts trader\n\nA trader, Chidozie Anyanwu-Bello, was arraigned on charges of forgery, stealing and conspiracy. Justice Hauwa Dankoli acquitted Anyanwu-Bello of conspiracy but convicted him of the remaining two counts.`,
    facts: ["Anyanwu-Bello trial: guilty -ON_CHARGE-> forgery", "Anyanwu-Bello trial: guilty -ON_CHARGE-> stealing", "Anyanwu-Bello trial: not guilty -ON_CHARGE-> conspiracy"],
    not: ["Anyanwu-Bello trial: guilty -ON_CHARGE-> conspiracy"],
  },
];

const LINKS: StoryRow[] = [
  {
    style: "South African weekly: 'His co-accused, businessman Y,' stood the same trial as the man convicted before him",
    text: "Ex-rail boss guilty\n\nMagistrate Thandi Roache convicted Vusumzi Dlamuka on Monday on two counts of fraud. His co-accused, businessman Auswell Mthembu-Rall, was convicted of money laundering.",
    facts: ["Auswell Mthembu-Rall -DEFENDANT_IN-> Dlamuka trial", "Vusumzi Dlamuka -DEFENDANT_IN-> Dlamuka trial"],
    not: ["Auswell Mthembu-Rall -DEFENDANT_IN-> Mthembu-Rall trial"],
  },
  {
    style: "CBC: a guilty plea, then 'had also been charged with B, but that charge was withdrawn' (the charge of the same sentence)",
    text: `${PUBLISHED}Ex-director sentenced\n\nOTTAWA - A former clinic director was sentenced to four years on Friday after pleading guilty to fraud over $5,000. Lucien Vautrelle, 58, had also been charged with breach of trust, but that charge was withdrawn as part of a plea agreement.`,
    facts: ["Lucien Vautrelle: dismissed -ON_CHARGE-> breach of trust", "Lucien Vautrelle pleads guilty -ON_CHARGE-> fraud"],
    not: ["Lucien Vautrelle: dismissed -ON_CHARGE-> fraud"],
  },
  {
    style: "CBC: guilty pleas to two counts, and 'A charge of criminal negligence was stayed' (the Crown's stay ends that count)",
    text: `${PUBLISHED}Pleads guilty\n\nTORONTO - A former daycare worker has pleaded guilty to two counts of assault causing bodily harm. Dorotea Kalmar, 31, entered the pleas in an Ontario court on Wednesday. A charge of criminal negligence was stayed.`,
    facts: ["Dorotea Kalmar: dismissed -ON_CHARGE-> criminal negligence", "Dorotea Kalmar pleads guilty -ON_CHARGE-> assault causing bodily harm"],
    not: ["Dorotea Kalmar pleads guilty -ON_CHARGE-> criminal negligence"],
  },
  {
    style: "Malaysian wire: a not-guilty plea to three counts, then 'The Sessions Court set his trial for August' (a court named as the one that sets it)",
    text: `${PUBLISHED}Trial set\n\nKUALA LUMPUR (Wire) - Former bank executive Azman Kadirun pleaded not guilty on Monday to three counts of criminal breach of trust. The Sessions Court set his trial for August.`,
    facts: ["Azman Kadirun -DEFENDANT_IN-> Kadirun trial (to come)", "Kadirun trial (to come) -TRIED_FOR-> criminal breach of trust"],
  },
  {
    style: "British regional: an earlier conviction told in a relative clause does not make the new verdict an earlier trial's",
    text: `${PUBLISHED}Robber convicted\n\nRuairi Tollemache, who was convicted of burglary in 2016, was found guilty on Tuesday of robbery at Selbourne Crown Court. The jury took two hours to convict him.`,
    facts: ["Tollemache trial: guilty -ON_CHARGE-> robbery", "Tollemache trial -HELD_AT-> Selbourne Crown Court"],
    not: ["Tollemache trial (earlier): guilty -ON_CHARGE-> robbery"],
  },
  {
    style: "British regional: a lawyer's prediction that she 'would be acquitted' is no verdict",
    text: `${PUBLISHED}Trial continues\n\nAnouk Pellerin, 29, is on trial at Harrowfield Crown Court charged with theft. Her lawyer said she would be acquitted of all charges.`,
    facts: ["Pellerin trial -TRIED_FOR-> theft"],
    not: ["Pellerin trial -RESULTED_IN-> Pellerin trial: not guilty", "Pellerin trial: not guilty -ON_CHARGE-> theft"],
  },
];

const RETRIALS: StoryRow[] = [
  {
    style: "Irish broadsheet: 'Her first trial ended in a hung jury', then the retrial's verdicts: the first trial ended on the counts she was charged with",
    text: `${PUBLISHED}Retrial verdict\n\nSaoirse Dunleavy was charged with arson and insurance fraud. Her first trial ended in a hung jury in October. Dunleavy's retrial began on Monday at Lisburn Crown Court. On Friday the jury convicted Dunleavy of arson but acquitted her of insurance fraud.`,
    facts: [
      "Dunleavy trial (earlier): mistrial -ON_CHARGE-> arson",
      "Dunleavy trial (earlier): mistrial -ON_CHARGE-> insurance fraud",
      "Dunleavy trial: guilty -ON_CHARGE-> arson",
      "Dunleavy trial: not guilty -ON_CHARGE-> insurance fraud",
    ],
  },
  {
    style: "British regional: 'His first trial last year ended when the jury could not reach a verdict' is not the retrial's outcome",
    text: `${PUBLISHED}Second jury convicts\n\nA jury convicted Tarquin Hessel of manslaughter on Thursday at his retrial at Jermyn Crown Court. His first trial last year ended when the jury could not reach a verdict.`,
    facts: ["Hessel trial (earlier) -RESULTED_IN-> Hessel trial (earlier): hung jury", "Hessel trial: guilty -ON_CHARGE-> manslaughter"],
    not: ["Hessel trial -RESULTED_IN-> Hessel trial: hung jury"],
  },
  {
    style: "British regional: a conviction of 2019, quashed with a retrial ordered, and the acquittal this week: the retrial ordered is the trial held",
    text: `${PUBLISHED}Acquitted at retrial\n\nHalvard Mesk was convicted in 2019 of murder and sentenced to life in prison. The Court of Appeal quashed the conviction last year and ordered a retrial. On Wednesday a jury at Dunmere Crown Court found him not guilty of murder.`,
    facts: ["Halvard Mesk: appeal overturned -OVERTURNS-> Mesk trial (earlier): guilty", "Mesk trial: not guilty -ON_CHARGE-> murder", "Halvard Mesk -DEFENDANT_IN-> Mesk trial"],
    not: ["Halvard Mesk -DEFENDANT_IN-> Mesk retrial"],
  },
];

const NAMED_BY_SCOPE: StoryRow[] = [
  {
    style: "US local TV: charged with two offences, then 'a jury found her guilty of the charges'",
    text: `${PUBLISHED}Jury convicts treasurer\n\nPerpetua Quenby was charged in 2023 with embezzlement and tax evasion. On Tuesday, a jury found her guilty of the charges after a two-week trial in Wexley County Superior Court.`,
    facts: ["Quenby trial: guilty -ON_CHARGE-> embezzlement", "Quenby trial: guilty -ON_CHARGE-> tax evasion"],
  },
  {
    style: "British regional: 'was acquitted of the charges' after two offences named",
    text: `${PUBLISHED}Cleared\n\nIngvild Vey, 41, was charged with theft and fraud. At Wexley Crown Court on Friday she was acquitted of the charges.`,
    facts: ["Vey trial: not guilty -ON_CHARGE-> theft", "Vey trial: not guilty -ON_CHARGE-> fraud"],
  },
  {
    style: "US wire: 'convicted on the fraud counts but acquitted of money laundering' after the counts are listed",
    text: `${PUBLISHED}Financier convicted\n\nNEW YORK (Wire) - A federal jury on Thursday convicted financier Lucan Pendry on the fraud counts but acquitted him of money laundering. Pendry, 52, had been indicted on three counts of securities fraud, two counts of wire fraud and one count of money laundering.`,
    facts: ["Pendry trial: guilty -ON_CHARGE-> securities fraud", "Pendry trial: guilty -ON_CHARGE-> wire fraud", "Pendry trial: not guilty -ON_CHARGE-> money laundering"],
    not: ["Pendry trial: guilty -ON_CHARGE-> money laundering"],
  },
];

const DESCRIBED_PLEAS: StoryRow[] = [
  {
    style: "BBC regional: 'A man who admitted causing death by careless driving has been jailed', named in the next sentence",
    text: `${PUBLISHED}Driver jailed\n\nA man who admitted causing death by careless driving has been jailed for two years. Stellan Quarmby, 44, was sentenced at Kestwick Crown Court.`,
    facts: ["Stellan Quarmby -ENTERED_PLEA-> Stellan Quarmby pleads guilty", "Stellan Quarmby pleads guilty -ON_CHARGE-> causing death by careless driving", "Stellan Quarmby: guilty -ON_CHARGE-> causing death by careless driving"],
  },
  {
    style: "British regional: 'A woman who has admitted stealing from her employer has been jailed' makes the plea",
    text: `${PUBLISHED}Jailed\n\nA woman who has admitted stealing £40,000 from her employer has been jailed for 18 months. Ottoline Fairbrass, 52, was sentenced at Brackley Crown Court.`,
    facts: ["Ottoline Fairbrass pleads guilty -ON_CHARGE-> stealing"],
  },
];

const DENIALS: StoryRow[] = [
  {
    style: "British regional: 'X, 37, of Y, denied robbery and possession of an offensive weapon', then 'found guilty on both charges'",
    text: `${PUBLISHED}Robber convicted\n\nDarragh Quill, 37, of Pollardine, denied robbery and possession of an offensive weapon. Quill was found guilty on both charges at Wrayford Crown Court on Thursday.`,
    facts: [
      "Darragh Quill pleads not guilty -ON_CHARGE-> robbery",
      "Darragh Quill pleads not guilty -ON_CHARGE-> possession of an offensive weapon",
      "Quill trial: guilty -ON_CHARGE-> robbery",
      "Quill trial: guilty -ON_CHARGE-> possession of an offensive weapon",
    ],
  },
  {
    style: "British regional: 'had denied manslaughter but was convicted'; a denial of the allegations to a reporter is no plea",
    text: `${PUBLISHED}Carer convicted\n\nWenna Orrin had denied manslaughter but was convicted after a trial at Wrayford Crown Court. Her brother, Kit Orrin, 40, denied the allegations.`,
    facts: ["Wenna Orrin pleads not guilty -ON_CHARGE-> manslaughter"],
    not: ["Kit Orrin -ENTERED_PLEA-> Kit Orrin pleads not guilty"],
  },
];

const PHRASINGS: StoryRow[] = [
  {
    style: "Nigerian press: 'was convicted in absentia of smuggling and bribery' keeps the offences",
    text: `${PUBLISHED}Fugitive ex-officer convicted\n\nA former customs officer, Nnamdi Ezeoke-Lamb, was convicted in absentia of smuggling and bribery by a court in Abuja on Tuesday. He fled the country in 2022.`,
    facts: ["Ezeoke-Lamb trial: guilty -ON_CHARGE-> smuggling", "Ezeoke-Lamb trial: guilty -ON_CHARGE-> bribery"],
  },
  {
    style: "South African wire: 'sentenced to death by hanging for the murder of Y' convicts of the murder; 'could be' does not",
    text: `${PUBLISHED}Death sentence\n\nMpho Sekgobela, 38, was sentenced to death by hanging for the murder of Zanele Gqoba. His co-accused, Lungile Dlamini-Vorster, could be sentenced to death by hanging for murder if convicted next month.`,
    facts: ["Mpho Sekgobela: guilty -ON_CHARGE-> murder", "murder -ALLEGED_VICTIM-> Zanele Gqoba"],
    not: ["Lungile Dlamini-Vorster: guilty -ON_CHARGE-> murder"],
  },
  {
    style: "British broadsheet: 'jailed for six years for his role in a £20m fraud' convicts of the fraud",
    text: `${PUBLISHED}Fraudster jailed\n\nCaradoc Wintle, 61, was sentenced to six years for his role in a £20m fraud. The scheme targeted pensioners.`,
    facts: ["Caradoc Wintle: guilty -ON_CHARGE-> fraud"],
  },
  {
    style: "Norwegian English-language wire: 'The court acquitted X of all charges, including A and B' acquits of A and B",
    text: `${PUBLISHED}Shipowner acquitted\n\nOSLO (Wire) - The court acquitted shipowner Thorvald Eskeland of all charges, including fraud and money laundering, on Thursday. Prosecutors said they would consider an appeal.`,
    facts: ["Eskeland trial: not guilty -ON_CHARGE-> fraud", "Eskeland trial: not guilty -ON_CHARGE-> money laundering"],
  },
  {
    style: "Australian broadsheet: 'found guilty on all six counts of fraud she faced' convicts of the fraud",
    text: `${PUBLISHED}Bookkeeper convicted\n\nYsolde Tolliday, 47, was found guilty on all six counts of fraud she faced after a trial in the Brackenmoor District Court. She will be sentenced in March.`,
    facts: ["Tolliday trial: guilty -ON_CHARGE-> fraud"],
  },
  {
    style: "Irish regional: 'X, who had denied the charge, walked free' is a not-guilty plea to the charge named before; a denial to reporters is none",
    text: `${PUBLISHED}Cleared\n\nRuairidh Pennock, 34, was charged with assault after a fight outside a pub in Kilmaley. On Friday a jury at Dunhallow Circuit Court acquitted him. Pennock, who had denied the charge, walked free from court. His friend Gwithian Pellow, who had denied the charges, told reporters the case should never have come to court.`,
    facts: ["Ruairidh Pennock pleads not guilty -ON_CHARGE-> assault", "Pennock trial: not guilty -ON_CHARGE-> assault"],
    not: ["Gwithian Pellow -ENTERED_PLEA-> Gwithian Pellow pleads not guilty"],
  },
];

describeStories("a verdict or a sentence that names its offence in a phrasing of its own", PHRASINGS);
describeStories("a verdict on the counts no other outcome named", REMAINING);
describeStories("verdicts and dismissals joined to the right charges", LINKS);
describeStories("a first trial and the retrial the article reports", RETRIALS);
describeStories("counts named by scope or kind: the charges, the fraud counts", NAMED_BY_SCOPE);
describeStories("a plea told inside the description a lede gives its defendant", DESCRIBED_PLEAS);
describeStories("a denial of the offence in a court report is a not-guilty plea", DENIALS);

// People told by a verb or a clause rather than an apposition: roles and employers in predicates ("is a partner at
// the law firm Y", "was Y's chief executive until 2021", "joined Y as finance director"), a company's voice
// ("speaking for Y"), counsel in a relative clause ("who is defending X"), and the judge a defendant appeared before,
// who is never the one convicted. Invented stories in several outlets' manners; `not` rows hold what a careful reader
// would refuse.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Wire: the judge a defendant appeared before is no defendant of the conviction told after 'and'",
    text: "Cosmo Ravensworth appeared before Judge Aurelio Bramante on Monday and was convicted of murder.",
    facts: ["Aurelio Bramante -HOLDS_ROLE-> judge"],
    not: ["Aurelio Bramante -DEFENDANT_IN-> Bramante trial", "Aurelio Bramante -CHARGED_WITH-> murder"],
  },
  {
    style: "Broadsheet: a defendant's 'legal team, led by X' is his counsel, never the prosecution",
    text: "Cosmo Ravensworth was charged with murder. Ravensworth's legal team, led by Tilda Merriwether, said he would plead not guilty.",
    facts: ["Tilda Merriwether -REPRESENTS-> Cosmo Ravensworth"],
    not: ["Tilda Merriwether -PROSECUTED-> Ravensworth trial"],
  },
  {
    style: "Business daily: 'is a partner at the law firm Y' works for Y",
    text: "Quentin Farrowby was charged with bribery. Farrowby is a partner at the law firm Dellacourt Rames, prosecutors said.",
    facts: ["Quentin Farrowby -HOLDS_ROLE-> partner", "Quentin Farrowby -WORKS_FOR-> Dellacourt Rames"],
  },
  {
    style: "British business press: a former role in a possessive predicate, 'was Y's chief executive until 2021'",
    text: "Lucan Thistlewood was Harrowgate Foods' chief executive until 2021. He was convicted of fraud on Thursday.",
    facts: ["Lucan Thistlewood -HOLDS_ROLE-> chief executive", "Lucan Thistlewood -WORKS_FOR-> Harrowgate Foods"],
  },
  {
    style: "Insurance trade press: 'who heads Y Mutual' works for a mutual society",
    text: "Osric Pennimore, who heads Calloway Mutual, was charged with insider trading on Monday.",
    facts: ["Osric Pennimore -WORKS_FOR-> Calloway Mutual"],
    not: ["Calloway Mutual -CHARGED_WITH-> insider trading"],
  },
  {
    style: "Nordic English-language daily: 'speaking for the bank' in an aside",
    text: "Dorian Faulks was charged with fraud. Solveig Arnarsdottir, speaking for Meridane Bank, said the bank was cooperating.",
    facts: ["Solveig Arnarsdottir -WORKS_FOR-> Meridane Bank"],
  },
  {
    style: "Tabloid: 'who is defending X' in a relative clause",
    text: "Cosmo Ravensworth was charged with murder. Tilda Merriwether, who is defending Ravensworth, said he was innocent.",
    facts: ["Tilda Merriwether -REPRESENTS-> Cosmo Ravensworth"],
  },
  {
    style: "French English-language press: 'joined Y as finance director in 2019' holds that role",
    text: "Ines Valcourt-Remy was acquitted of embezzlement on Friday. Valcourt-Remy joined Brantwell Logistics as finance director in 2019.",
    facts: ["Ines Valcourt-Remy -WORKS_FOR-> Brantwell Logistics", "Ines Valcourt-Remy -HOLDS_ROLE-> chief financial officer"],
  },
  {
    style: "Regional English paper: a former post dated inside a relative clause, 'who until 2019 was operations manager at Y'",
    text: "Eamon Aldcorn, 61, was convicted of manslaughter at Lanchester Crown Court. Aldcorn, who until 2019 was operations manager at Kestwick Quarries, had denied the charge.",
    facts: ["Eamon Aldcorn -HOLDS_ROLE-> operations manager", "Eamon Aldcorn -WORKS_FOR-> Kestwick Quarries"],
  },
  {
    style: "Regional English paper: 'He had been the site foreman at Y', a post at a named employer after 'the'",
    text: "Eamon Aldcorn was convicted of manslaughter. He had been the site foreman at Kestwick Quarries for a decade.",
    facts: ["Eamon Aldcorn -HOLDS_ROLE-> site foreman", "Eamon Aldcorn -WORKS_FOR-> Kestwick Quarries"],
  },
  {
    style: "Regional English paper: 'Y, where he worked as a site foreman,' (a company named for its quarries is no person)",
    text: "Eamon Aldcorn was convicted of manslaughter. Kestwick Quarries, where he worked as a site foreman, was fined £2m.",
    facts: ["Eamon Aldcorn -HOLDS_ROLE-> site foreman", "Eamon Aldcorn -WORKS_FOR-> Kestwick Quarries"],
    not: ["Kestwick Quarries -HOLDS_ROLE-> site foreman"],
  },
  {
    style: "British court report: 'Giving evidence, X, a safety inspector, said' (the witness's apposition before the verb)",
    text: "Eamon Aldcorn was convicted of manslaughter on Friday. Giving evidence, Hortensia Mbeki-Lowe, a safety inspector, said the quarry had ignored warnings.",
    facts: ["Hortensia Mbeki-Lowe -TESTIFIED_IN-> Aldcorn trial", "Hortensia Mbeki-Lowe -HOLDS_ROLE-> safety inspector"],
  },
  {
    style: "American wire: 'took the witness stand'",
    text: "Eamon Aldcorn was convicted of manslaughter on Friday. Hortensia Mbeki-Lowe took the witness stand on Tuesday.",
    facts: ["Hortensia Mbeki-Lowe -TESTIFIED_IN-> Aldcorn trial"],
  },
  {
    style: "American wire: 'Taking the stand, X said'",
    text: "Eamon Aldcorn was convicted of manslaughter on Friday. Taking the stand, Hortensia Mbeki-Lowe said she had warned him.",
    facts: ["Hortensia Mbeki-Lowe -TESTIFIED_IN-> Aldcorn trial"],
  },
  {
    style: "British court report: 'X, his solicitor, said': the possessive in an apposition on a name is someone else's",
    text: "Eamon Aldcorn was convicted of manslaughter on Friday. Speaking outside court, Cormac Dunleavy, his solicitor, said he would appeal.",
    facts: ["Cormac Dunleavy -REPRESENTS-> Eamon Aldcorn"],
  },
  {
    style: "Irish daily: 'Brigid Quill, her sister, wept' is the defendant's sister, not her own",
    text: "Sorcha Quill was convicted of fraud. Brigid Quill, her sister, wept.",
    facts: ["Brigid Quill -RELATED_TO(sister)-> Sorcha Quill"],
  },
  {
    style: "Irish daily: 'X, his voice breaking, said' is no apposition: the possessive is his own",
    text: "Eamon Aldcorn was convicted of manslaughter on Friday. Cormac Dunleavy, his voice breaking, said he would appeal.",
    facts: [],
    not: ["Cormac Dunleavy -REPRESENTS-> Eamon Aldcorn"],
  },
  {
    style: "Indian daily: 'The prosecution examined 31 witnesses, including bank officer X'",
    text: "A special CBI court on Monday convicted Harsimran Bedi-Ahluwalia of cheating. The prosecution examined 31 witnesses, including bank officer Gurpreet Malhi-Chadha.",
    facts: ["Gurpreet Malhi-Chadha -TESTIFIED_IN-> Bedi-Ahluwalia trial", "Gurpreet Malhi-Chadha -HOLDS_ROLE-> bank officer"],
  },
  {
    style: "Nigerian daily: 'Counsel to the defendant, X, SAN,' holds a lawyer's role",
    text: "LAGOS: The Federal High Court on Thursday convicted Chidiebube Nwankpa-Obi of money laundering. Counsel to the defendant, Adewale Olowookere, SAN, urged the court to temper justice with mercy.",
    facts: ["Adewale Olowookere -HOLDS_ROLE-> lawyer"],
  },
  {
    style: "Canadian press: 'who had worked for 12 years as an electrician'",
    text: "Tancrède Ravignac-Pelletier was convicted of second-degree murder on Tuesday. Ravignac-Pelletier, who had worked for 12 years as an electrician, had no criminal record.",
    facts: ["Tancrède Ravignac-Pelletier -HOLDS_ROLE-> electrician"],
  },
  {
    style: "Canadian press: 'worked as an electrician for Hydro-Laurentide' (whom a worker works for is an employer, not a person)",
    text: "Tancrède Ravignac-Pelletier was convicted of second-degree murder on Tuesday. Ravignac-Pelletier worked as an electrician for Hydro-Laurentide.",
    facts: ["Tancrède Ravignac-Pelletier -HOLDS_ROLE-> electrician", "Tancrède Ravignac-Pelletier -WORKS_FOR-> Hydro-Laurentide"],
  },
  {
    style: "Business wire: 'Its then chief financial officer, X,' opening a sentence is the company named in the one before",
    text: "Tolliver Freight collapsed in 2022. Its then chief financial officer, Thaddeus Gresholm, was convicted of fraud on Monday.",
    facts: ["Thaddeus Gresholm -HOLDS_ROLE-> chief financial officer", "Thaddeus Gresholm -WORKS_FOR-> Tolliver Freight"],
  },
  {
    style: "Business wire: with two companies in the sentence before, 'Its' is no one's",
    text: "Tolliver Freight sued Bramley Haulage in 2022. Its chief executive, Thaddeus Gresholm, was convicted of fraud on Monday.",
    facts: ["Thaddeus Gresholm -HOLDS_ROLE-> chief executive"],
    not: ["Thaddeus Gresholm -WORKS_FOR-> Tolliver Freight", "Thaddeus Gresholm -WORKS_FOR-> Bramley Haulage"],
  },
  {
    style: "Local paper: 'who owns Y' works for it",
    text: "Thaddeus Gresholm, who owns Tolliver Freight, was convicted of fraud on Monday.",
    facts: ["Thaddeus Gresholm -WORKS_FOR-> Tolliver Freight"],
  },
  {
    style: "American daily: 'X, who led Y's defence,' is Y's counsel",
    text: "Thaddeus Gresholm was convicted of fraud on Monday. Pernille Haugaard, who led Gresholm's defence, called the verdict perverse.",
    facts: ["Pernille Haugaard -REPRESENTS-> Thaddeus Gresholm"],
  },
  {
    style: "Kenyan daily: 'where he worked as a cashier' after a magistrate's verdict is never the magistrate's occupation",
    text: "NAIROBI — Magistrate Wanjiru Kamau-Egford on Wednesday convicted Jabali Barasa-Ouma of stealing Sh4 million from Mlima Savings Bank, where he worked as a cashier.",
    facts: ["Wanjiru Kamau-Egford -HOLDS_ROLE-> magistrate"],
    not: ["Wanjiru Kamau-Egford -HOLDS_ROLE-> cashier", "Wanjiru Kamau-Egford -WORKS_FOR-> Mlima Savings Bank"],
  },
  {
    style: "Scandinavian English-language daily: a question put to a witness ('Asked whether she had worked as a nurse at Y') states no employer",
    text: "Thaddeus Gresholm was charged with fraud. Asked whether she had worked as a nurse at Sankt Halvard Hospital, Marit Hovland declined to comment.",
    facts: [],
    not: ["Marit Hovland -WORKS_FOR-> Sankt Halvard Hospital", "Marit Hovland -HOLDS_ROLE-> nurse"],
  },
];
describeStories("roles, employers and counsel told by predicates and clauses", ROWS);

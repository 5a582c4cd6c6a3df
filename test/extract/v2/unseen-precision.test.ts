// Confident wrong facts on text in styles nobody tuned on: a denial to the press read as a plea, a lesser
// offence a defendant was convicted of merged into the graver one charged, a witness described by an
// occupation given to the article's defendant. Each story is invented; each row names what a reader takes
// from it and what it must not yield.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Nigerian daily: 'has denied the charges' said to the press, before any arraignment, is no plea",
    text: "LAGOS (Sentinel Daily) - Former commissioner Chukwuemeka Adaralu was charged with fraud by the anti-graft agency on Monday.\n\nAdaralu has denied the charges and vowed to clear his name, his spokesman said.",
    facts: ["Chukwuemeka Adaralu -CHARGED_WITH-> fraud"],
    not: ["Chukwuemeka Adaralu -ENTERED_PLEA-> Chukwuemeka Adaralu pleads not guilty"],
  },
  {
    style: "British regional: 'denied the charges when he appeared before magistrates' is a plea",
    text: "Kamau Wekesa, 44, was charged with arson. Wekesa denied the charges when he appeared before magistrates in Fenmore on Monday.",
    facts: ["Kamau Wekesa -ENTERED_PLEA-> Kamau Wekesa pleads not guilty"],
  },
  {
    style: "US local TV: charged with first-degree murder, convicted of second-degree murder: two offences, the verdict on the lesser",
    text: "Darcy Wenholz was charged with first-degree murder in the death of his neighbour. On Friday a jury convicted him of second-degree murder.",
    facts: ["Darcy Wenholz -CHARGED_WITH-> first-degree murder", "Wenholz trial: guilty -ON_CHARGE-> second-degree murder"],
    not: ["Wenholz trial: guilty -ON_CHARGE-> first-degree murder"],
  },
  {
    style: "Australian wire: the dangerous driving charge dropped, a fine for careless driving: no guilty verdict on dangerous driving",
    text: "BRISBANE - Prosecutors dropped a charge of dangerous driving against Jarrah Tulloch before the trial began, and he was instead fined for careless driving.",
    facts: ["Jarrah Tulloch: guilty -ON_CHARGE-> careless driving"],
    not: ["Jarrah Tulloch: guilty -ON_CHARGE-> dangerous driving"],
  },
  {
    style: "Kenyan daily: 'The officer who led the raid told the court' is a witness, not the businessman convicted",
    text: "MOMBASA (Coast Herald) - Businessman Hamisi Mwachiro Bakari was on Tuesday convicted of trafficking heroin.\n\nBakari had denied the charge. Bakari was arrested in 2021 at his home in Nyali.\n\nPolice said Bakari tried to flee. The officer told the court he chased Bakari for a kilometre.\n\nBakari will be sentenced next week. Bakari's lawyer said he would appeal.",
    facts: ["Hamisi Mwachiro Bakari -HOLDS_ROLE-> businessman"],
    not: ["Hamisi Mwachiro Bakari -HOLDS_ROLE-> police officer", "Hamisi Mwachiro Bakari -HOLDS_ROLE-> officer"],
  },
  {
    style: "South African wire: 'The doctor who performed the post-mortem said' picks out someone unnamed, not the defendant",
    text: "JOHANNESBURG - Thabiso Mokgethi, 41, was sentenced to 25 years in prison on Thursday for the murder of his girlfriend.\n\nMokgethi stabbed her 17 times, the court heard. Mokgethi had pleaded not guilty. Mokgethi showed no emotion.\n\nThe doctor who performed the post-mortem said she died of blood loss.",
    facts: ["Thabiso Mokgethi -CHARGED_WITH-> murder"],
    not: ["Thabiso Mokgethi -HOLDS_ROLE-> doctor"],
  },
  {
    style: "Australian broadsheet: an inspector brought in, then 'The inspector told the court', is not the chef fined",
    text: "SYDNEY - Celebrity chef Marcus Dellavalle was fined $20,000 on Friday for breaching food safety laws at his restaurant.\n\nDellavalle admitted the breaches. Dellavalle said he was sorry. Dellavalle was not in court.\n\nAn inspector found rats in the kitchen. The inspector told the court the restaurant was filthy.",
    facts: ["Marcus Dellavalle -HOLDS_ROLE-> chef"],
    not: ["Marcus Dellavalle -HOLDS_ROLE-> inspector"],
  },
  {
    style: "Indian daily: a High Court's acquittal 'overturning his conviction by a sessions court' is an appeal ruling, not the trial's verdict",
    text: "NEW DELHI: The Tarai High Court on Friday acquitted Suresh Pal Rathee of dowry death, overturning his conviction by a sessions court in Rohini. The sessions court had sentenced him to ten years.",
    facts: ["Tarai High Court -RULED-> Suresh Pal Rathee: appeal overturned", "Suresh Pal Rathee: appeal overturned -OVERTURNS-> Rathee trial: guilty"],
    not: ["Rathee trial -RESULTED_IN-> Rathee trial: not guilty"],
  },
  {
    style: "Pakistani daily: an acquittal 'setting aside the death sentence handed to him' by a trial court is the appeal's",
    text: "ISLAMABAD: The Supreme Court on Wednesday acquitted Muhammad Rafiq Dasti of murder, setting aside the death sentence handed to him by an anti-terrorism court in Sahiwal in 2015.",
    facts: ["Supreme Court -RULED-> Muhammad Rafiq Dasti: appeal overturned"],
    not: ["Dasti trial -RESULTED_IN-> Dasti trial: not guilty"],
  },
  {
    style: "Scottish daily: a witness's own earlier conviction makes him no defendant of the trial the jury hears",
    text: "---\ntitle: Man denies attempted murder\npublished: 2025-05-06\n---\nINVERNESS - A jury at the High Court in Inverness heard that witness Duncan Fairlie had himself been convicted of assault in 2014.\n\nEwan Strachlan, 33, denies attempted murder. The trial continues.\n",
    facts: ["Duncan Fairlie -DEFENDANT_IN-> Fairlie trial (earlier)", "Ewan Strachlan -ENTERED_PLEA-> Ewan Strachlan pleads not guilty"],
    not: ["Duncan Fairlie -DEFENDANT_IN-> Fairlie trial", "Fairlie trial -HELD_AT-> High Court in Inverness"],
  },
  {
    style: "Malaysian business daily: 'the bank's auditor, X' audits the bank from outside; he does not work for it",
    text: "KUALA LUMPUR: Cardamom Bank's auditor, Vikram Sethuraman, told the Sessions Court on Monday that the accounts were accurate.",
    facts: ["Vikram Sethuraman -HOLDS_ROLE-> auditor"],
    not: ["Vikram Sethuraman -WORKS_FOR-> Cardamom Bank"],
  },
  {
    style: "wire: 'X, and the company's chief executive, Y' gives the post to Y, not to X before the 'and'",
    text: "Marlin Energy's supplier, Tobias Wrenfield, and Marlin Energy's chief executive, Clara Ostbye, were charged with bribery on Tuesday.",
    facts: ["Clara Ostbye -WORKS_FOR-> Marlin Energy"],
    not: ["Tobias Wrenfield -WORKS_FOR-> Marlin Energy"],
  },
  {
    style: "Pakistani daily: 'The owner of Crescent Films, X, was tried' tries the owner; the studio's name is no cue that X is a film",
    text: "LAHORE: The owner of Crescent Films, Tariq Javed Butt, was tried in a sessions court in Lahore and convicted of fraud.",
    facts: ["Tariq Javed Butt -DEFENDANT_IN-> Butt trial"],
    not: ["Crescent Films -DEFENDANT_IN-> Films trial", "Crescent Films -CHARGED_WITH-> fraud"],
  },
];

describeStories("confident wrong facts on unseen text", ROWS);

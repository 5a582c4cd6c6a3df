// Charges in the shapes a second round of invented articles found unread: a Nigerian arraignment "before the Federal
// High Court" of "a businessman, X," and a first appearance "on a four-count charge of" a list; a gerund's deed told with a
// title before the complainant's name ("accused of killing pensioner X": the offence is the killing, never "killing
// pensioner"); a listed offence with its own "and" inside a gerund ("engaging in coercive and controlling behaviour").
// Invented articles.
import { describeStories, type StoryRow } from "./helpers.ts";

const FRONT = (title: string, source: string) => `---\ntitle: ${title}\nsource: ${source}\npublished: 2026-03-04\n---\n${title}\n\n`;

const ROWS: StoryRow[] = [
  {
    style: "Nigerian daily: an arraignment before a named court, the defendant described in apposition",
    text: `${FRONT("EFCC arraigns businessman over N400m fraud", "Lagoon Courier")}Lagos — The Economic and Financial Crimes Commission has arraigned a businessman, Obafemi Gaskell, before the Federal High Court in Lagos on a 12-count charge of fraud and forgery.\n\nGaskell pleaded not guilty to the charges. Justice Casimir Fiske remanded him in prison custody.`,
    facts: [
      "Obafemi Gaskell -CHARGED_WITH-> fraud",
      "Obafemi Gaskell -CHARGED_WITH-> forgery",
      "Obafemi Gaskell pleads not guilty -ON_CHARGE-> forgery",
    ],
  },
  {
    style: "Nigerian magistrates' report: a first appearance on a four-count charge, a plea to all the counts",
    text: `${FRONT("Trader in court over N2m car fraud", "Ikeja Chronicle")}Tiberius Dorsay, 38, appeared before the Ikeja High Court on Monday on a four-count charge of conspiracy, obtaining by false pretence, forgery and stealing.\n\nHe pleaded not guilty to all the counts. The judge adjourned the trial to July 3.`,
    facts: [
      "Tiberius Dorsay -CHARGED_WITH-> conspiracy",
      "Tiberius Dorsay -CHARGED_WITH-> obtaining by false pretence",
      "Tiberius Dorsay -CHARGED_WITH-> stealing",
      "Tiberius Dorsay pleads not guilty -ON_CHARGE-> forgery",
    ],
  },
  {
    style: "British regional: a deed told with a title before the complainant's name",
    text: `${FRONT("Trial of man accused of pensioner killing continues", "Fenland Echo")}The trial of Casimir Koenraad, accused of killing pensioner Sigrun Pemberly, continued at Wexbridge Crown Court on Tuesday.\n\nKoenraad, 33, denies murder.`,
    facts: ["Casimir Koenraad -CHARGED_WITH-> murder", "murder -ALLEGED_VICTIM-> Sigrun Pemberly"],
    not: ["Casimir Koenraad -CHARGED_WITH-> killing pensioner"],
  },
  {
    style: "British tabloid: a statutory offence whose name has its own 'and', told after a gerund",
    text: `${FRONT("Control freak husband caged", "Daily Beacon")}Emrys Halvey, 41, was convicted of engaging in coercive and controlling behaviour at Tresham Crown Court on Friday.\n\nHe was jailed for three years.`,
    facts: ["Emrys Halvey -CHARGED_WITH-> engaging in coercive and controlling behaviour"],
    not: ["Emrys Halvey -CHARGED_WITH-> engaging in coercive"],
  },
  {
    style: "New Zealand daily: convictions told 'in separate trials' of offences against others, 'including' the counts",
    text: `${FRONT("Killer convicted of further offences", "Harbour Herald")}Arvid Carvell was convicted in separate trials this year of offences against two other women, including rape and assault.\n\nDetails of those cases cannot be published.`,
    facts: ["Arvid Carvell -CHARGED_WITH-> rape", "Carvell trial: guilty -ON_CHARGE-> assault"],
  },
  {
    style: "Wire brief: a count of counts, then the counts 'among them' or 'which included'",
    text: `${FRONT("Fixer convicted", "Metro Wire")}Bertil Hembree was found guilty on Friday of a string of offences, among them bribery and witness tampering.\n\nHis associate Zoltan Fiske was convicted on all 12 counts, which included fraud and theft.`,
    facts: ["Bertil Hembree -CHARGED_WITH-> bribery", "Hembree trial: guilty -ON_CHARGE-> witness tampering", "Zoltan Fiske -CHARGED_WITH-> theft", "Fiske trial: guilty -ON_CHARGE-> fraud"],
  },
  {
    style: "British broadcaster: an acquittal of 'other charges, including' counts named after it",
    text: `${FRONT("Former jockey jailed over hidden assets", "Channel Nine News")}Tiberius Gaskell was found guilty of four offences under the Insolvency Act last month.\n\nHe was acquitted of 20 other charges, including nine counts of failing to hand over trophies and medals from his riding career.`,
    facts: ["Tiberius Gaskell -CHARGED_WITH-> failing to hand over trophies", "Gaskell trial: not guilty -ON_CHARGE-> failing to hand over trophies"],
    not: ["Tiberius Gaskell -CHARGED_WITH-> medals"],
  },
  {
    style: "US entertainment trade: the whole case thrown out, its count named only sentences before",
    text: `${FRONT("Judge tosses case against stunt coordinator", "Screen Ledger")}Augustin Fiske, a stunt coordinator, was charged in January with involuntary manslaughter over a fatal fall on set.\n\nOn Friday a judge dismissed the case against him with prejudice, saying prosecutors had withheld evidence.`,
    facts: ["Augustin Fiske -CHARGED_WITH-> involuntary manslaughter", "Augustin Fiske: dismissed -ON_CHARGE-> involuntary manslaughter"],
  },
  {
    style: "Scottish daily: charges dropped after a conviction on another, the conviction's count untouched",
    text: `${FRONT("Charges dropped against bar owner", "Clyde Bulletin")}Horatio Strasny, 45, was convicted of assault at Kilburnie Sheriff Court last year and was also charged with fraud.\n\nIn May the charges against Horatio Strasny were dropped.`,
    facts: ["Horatio Strasny -CHARGED_WITH-> fraud", "Strasny trial: dismissed -ON_CHARGE-> fraud"],
    not: ["Strasny trial: dismissed -ON_CHARGE-> assault", "Horatio Strasny -CHARGED_WITH-> May the"],
  },
  {
    style: "Hollywood trade: accusations by women and in a civil suit, beside the one count charged",
    text: `${FRONT("Producer faces new lawsuit", "Backlot Daily")}Jerrold Wirrick, who has been accused of sexual misconduct by more than 20 women, was charged with rape in 2023.\n\nHe was accused of sexual assault by a former assistant, Margit Lindgard, in a lawsuit filed on Monday. He also faces allegations of harassment from several actresses.`,
    facts: ["Jerrold Wirrick -CHARGED_WITH-> rape"],
    not: ["Jerrold Wirrick -CHARGED_WITH-> sexual assault", "Jerrold Wirrick -CHARGED_WITH-> allegations of harassment", "Jerrold Wirrick -CHARGED_WITH-> sexual misconduct"],
  },
  {
    style: "Irish tabloid: an accusation the sentence says led to no charge",
    text: `${FRONT("Reality star not charged", "Evening Harp")}Osgar Hembree, accused by his former partner of assault, has not been charged, gardaí said on Tuesday.`,
    facts: [],
    not: ["Osgar Hembree -CHARGED_WITH-> assault"],
  },
  {
    style: "US business wire: counts told by their means, in a list a semicolon divides",
    text: `${FRONT("Carmaker admits emissions cheating", "Ledger Wire")}DETROIT (Ledger Wire) - Vexmoor Motors pleaded guilty on Friday to conspiracy to defraud the United States; obstruction of justice; and importing merchandise by means of false statements, the company said.`,
    facts: ["Vexmoor Motors -CHARGED_WITH-> importing merchandise by means of false statements", "Vexmoor Motors pleads guilty -ON_CHARGE-> obstruction of justice"],
    not: ["Vexmoor Motors -CHARGED_WITH-> importing merchandise"],
  },
  {
    style: "Canadian wire: a charge of a separate case is none of the 'all counts' the trial told ended on",
    text: `${FRONT("Contractor convicted of fraud", "Prairie Wire")}Bertil Koenraad was charged with fraud and forgery in 2024. He is also charged with assault in a separate case.\n\nOn Friday a jury found him guilty on all counts.`,
    facts: ["Koenraad trial: guilty -ON_CHARGE-> forgery", "Bertil Koenraad -CHARGED_WITH-> assault"],
    not: ["Koenraad trial: guilty -ON_CHARGE-> assault"],
  },
  {
    style: "British regional: a sentence told with 'a further' term for a second count",
    text: `${FRONT("Robber jailed for life", "Wessex Crier")}Tiberius Yusupov, 41, was sentenced at Farrowgate Crown Court to life for murder and a further 10 years for robbery.`,
    facts: ["Tiberius Yusupov -CHARGED_WITH-> robbery", "Tiberius Yusupov -CHARGED_WITH-> murder"],
  },
];

describeStories("charges, second round", ROWS);

// Wrong edges that a reader would take for facts, each in an invented story of a style the corpora do not have: another
// case's defendant set beside the story's in a comparison, a company named only as the employer of the one charged, what
// a witness tells the court of someone, the kin of a victim told of without a name, a co-accused's charge or outcome in a
// clause of its own given to the one before.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Indian broadsheet: 'Like X, who was convicted of murder in 2019, Y is accused' is X's conviction, not Y's",
    text: "Chemist accused of poisoning partner\n\nLike Venkat Iyengar, who was convicted of murder in 2019, Rakesh Makwana is accused of poisoning his business partner. Makwana, 47, has pleaded not guilty to attempted murder at the High Court in Mumbai.",
    facts: ["Rakesh Makwana -CHARGED_WITH-> attempted murder", "Venkat Iyengar -CHARGED_WITH-> murder"],
    not: ["Rakesh Makwana -CHARGED_WITH-> murder", "Rakesh Makwana -DEFENDANT_IN-> Makwana trial"],
  },
  {
    style: "British trade press: 'The chief executive of X, a concert promoter, has been charged' charges the executive, not X",
    text: "Concert promoter boss charged over stage collapse\n\nThe chief executive of Ashgrove Live, a concert promoter, has been charged with gross negligence manslaughter after a stage collapsed at a festival in Kent. Dervla Quennell, 52, will appear at Maidstone Crown Court next month.",
    facts: [],
    not: ["Ashgrove Live -CHARGED_WITH-> gross negligence manslaughter"],
  },
  {
    style: "Kenyan daily: the head of a bank, described after its name, is the one charged",
    text: "Former bank chief charged\n\nThe former head of Dunhollow Bank, the country's third-largest lender, has been charged with fraud. Selbourne Ordway, 61, denies the charge.",
    facts: [],
    not: ["Dunhollow Bank -CHARGED_WITH-> fraud"],
  },
  {
    style: "British regional: a director of a firm described by a participle is charged, not the firm",
    text: "Haulage director charged\n\nA director of Kestrow Freight, a haulage firm based in Kent, was charged with corporate manslaughter on Tuesday.",
    facts: [],
    not: ["Kestrow Freight -CHARGED_WITH-> corporate manslaughter"],
  },
  {
    style: "Northern English weekly: what a witness told the court someone was is the witness's account",
    text: "Witness says accused was a drug dealer\n\nRusholme Castellane told the court that Lorcan Wexcombe was a drug dealer who ran a network in Salford. Wexcombe, 31, denies murder.",
    facts: ["Lorcan Wexcombe -CHARGED_WITH-> murder"],
    not: ["Lorcan Wexcombe -HOLDS_ROLE-> drug dealer"],
  },
  {
    style: "Northern English weekly: the same told without 'that'",
    text: "Drugs trial\n\nRusholme Castellane told the court Lorcan Wexcombe was a drug dealer.",
    facts: [],
    not: ["Lorcan Wexcombe -HOLDS_ROLE-> drug dealer"],
  },
  {
    style: "Irish broadsheet: 'Her father' after an accused of no told gender and a victim told of without a name is the victim's",
    text: "Man denies murdering student\n\nFerdia Dromey, 29, is accused of murdering a student in Cork. Her father, Fintan Brackwater, told the court she had ended the relationship weeks earlier.",
    facts: ["Ferdia Dromey -CHARGED_WITH-> murder"],
    not: ["Fintan Brackwater -RELATED_TO(father)-> Ferdia Dromey"],
  },
  {
    style: "British wire: 'X was charged with A, while Y was charged with B' gives B to Y alone",
    text: "Two men in court over shop raid\n\nDorian Harwell, 34, was charged with robbery, while Neville Jessop, 29, was charged with handling stolen goods. Both men appeared at Wexcombe Magistrates' Court.",
    facts: ["Dorian Harwell -CHARGED_WITH-> robbery", "Neville Jessop -CHARGED_WITH-> handling stolen goods"],
    not: ["Dorian Harwell -CHARGED_WITH-> handling stolen goods"],
  },
  {
    style: "Australian daily: a co-accused's conviction after 'while his co-accused' is not the acquitted man's",
    text: "Pair tried over assault\n\nDorian Harwell, 51, was acquitted of rape, while his co-accused Neville Jessop, 44, was found guilty of sexual assault.",
    facts: ["Neville Jessop -CHARGED_WITH-> sexual assault", "Dorian Harwell -CHARGED_WITH-> rape"],
    not: ["Dorian Harwell -CHARGED_WITH-> sexual assault"],
  },
  {
    style: "Scottish broadsheet: the same after 'but' with no comma",
    text: "Verdicts in stabbing trial\n\nDorian Harwell, 34, was cleared of murder but Neville Jessop, 29, was convicted of culpable homicide.",
    facts: ["Neville Jessop -CHARGED_WITH-> culpable homicide"],
    not: ["Dorian Harwell -CHARGED_WITH-> culpable homicide"],
  },
  {
    style: "British tabloid: 'Had he been charged with X, he would have' is a condition, no charge",
    text: "Killer escapes lesser charge\n\nDorian Fenwick has been charged with murder. Had he been charged with manslaughter, he would have faced a lighter sentence.",
    facts: ["Dorian Fenwick -CHARGED_WITH-> murder"],
    not: ["Dorian Fenwick -CHARGED_WITH-> manslaughter"],
  },
  {
    style: "South African weekly: a record the defence claims in a clause set after the sentence is its account",
    text: "Accused's record raised\n\nThe victim, Dorian Gossard, was convicted of drug offences in 2015, the defence claimed.",
    facts: [],
    not: ["Dorian Gossard -CHARGED_WITH-> drug offences", "Dorian Gossard -DEFENDANT_IN-> Gossard trial"],
  },
  {
    style: "New Zealand daily: 'convicted of fraud in 2015, and the defence argued' lists no offence called 'the defence'",
    text: "Old conviction argued over\n\nDorian Gossard was convicted of fraud in 2015, and the defence argued that the conviction was irrelevant.",
    facts: ["Dorian Gossard -CHARGED_WITH-> fraud"],
    not: ["Dorian Gossard -CHARGED_WITH-> defence"],
  },
  {
    style: "Pakistani daily: 'a bogus doctor' is no doctor",
    text: "Quack arrested\n\nDorian Gossard, a bogus doctor, is charged with fraud after treating 40 patients at a clinic in Lahore.",
    facts: ["Dorian Gossard -CHARGED_WITH-> fraud"],
    not: ["Dorian Gossard -HOLDS_ROLE-> doctor"],
  },
  {
    style: "British tabloid: a fake police officer is no police officer, fake or not",
    text: "Fake cop jailed\n\nDorian Gossard, a fake police officer, stopped motorists on the A1 and demanded cash.",
    facts: [],
    not: ["Dorian Gossard -HOLDS_ROLE-> police officer", "Dorian Gossard -HOLDS_ROLE-> fake police officer"],
  },
];

describeStories("precision traps: comparisons, employers, witnesses' accounts, victims' kin", ROWS);

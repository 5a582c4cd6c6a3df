// Pleas of two kinds in one report: "pleaded not guilty to A and guilty to B", "denied A but admitted B", a denial
// told after the plea or verdict that ended it ("having previously denied the offence"), and a not guilty plea
// joined after another verb of the defendant's ("had maintained her innocence and pleaded not guilty"). Each plea
// goes to its own charge, by the one who entered it. Invented stories.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Kenyan daily: not guilty to one count, guilty to another",
    text: "Njambi Kamau, 34, a former cashier, pleaded not guilty to fraud and guilty to theft at the Milimani law courts on Monday.",
    facts: ["Njambi Kamau -ENTERED_PLEA-> Njambi Kamau pleads guilty", "Njambi Kamau pleads guilty -ON_CHARGE-> theft", "Njambi Kamau pleads not guilty -ON_CHARGE-> fraud"],
    not: ["Njambi Kamau pleads guilty -ON_CHARGE-> fraud", "Njambi Kamau pleads not guilty -ON_CHARGE-> theft"],
  },
  {
    style: "NZ regional: guilty to one, but not guilty to the other",
    text: "Aroha Tuilagi pleaded guilty to careless driving but not guilty to dangerous driving causing injury when she appeared in the Taumarunui District Court.",
    facts: ["Aroha Tuilagi pleads not guilty -ON_CHARGE-> dangerous driving causing injury", "Aroha Tuilagi pleads guilty -ON_CHARGE-> careless driving"],
    not: ["Aroha Tuilagi pleads not guilty -ON_CHARGE-> careless driving"],
  },
  {
    style: "British local paper: denied one charge but admitted another",
    text: "Lindiwe Khumalo, 29, of Kelmouth, denied two counts of fraud but admitted a charge of theft.",
    facts: ["Lindiwe Khumalo pleads guilty -ON_CHARGE-> theft", "Lindiwe Khumalo pleads not guilty -ON_CHARGE-> fraud"],
    not: ["Lindiwe Khumalo pleads guilty -ON_CHARGE-> fraud"],
  },
  {
    style: "Irish court report: a guilty plea, having previously denied the offence",
    text: "Corwin Ardenne, 41, pleaded guilty to arson at Kelmouth Circuit Court on Tuesday, having previously denied the offence.",
    facts: ["Corwin Ardenne -ENTERED_PLEA-> Corwin Ardenne pleads not guilty", "Corwin Ardenne pleads not guilty -ON_CHARGE-> arson", "Corwin Ardenne pleads guilty -ON_CHARGE-> arson"],
  },
  {
    style: "Australian wire: a not guilty plea joined after another verb of the accused",
    text: "Hal Pellingham was found guilty of manslaughter on Friday. Mr Pellingham had maintained his innocence and pleaded not guilty to the charge.",
    facts: ["Hal Pellingham -ENTERED_PLEA-> Hal Pellingham pleads not guilty", "Hal Pellingham pleads not guilty -ON_CHARGE-> manslaughter"],
  },
  {
    style: "Australian wire: an officer who arrested the accused pleads nothing",
    text: "Detective Sergeant Rua Sefa arrested Hal Pellingham and charged him with manslaughter. Pellingham pleaded not guilty.",
    facts: ["Hal Pellingham -ENTERED_PLEA-> Hal Pellingham pleads not guilty"],
    not: ["Rua Sefa -ENTERED_PLEA-> Rua Sefa pleads not guilty", "Rua Sefa -CHARGED_WITH-> manslaughter"],
  },
];

describeStories("pleas of two kinds in one report", ROWS);

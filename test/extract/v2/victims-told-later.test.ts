// A victim named paragraphs after the charges ("One of the victims, retiree X, lost his life savings"): in a story of
// one offence by one accused, the victim is that offence's complainant; where the story tells of several
// offences or several accused, a victim named far from any charge is no one count's. Invented stories.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Singaporean daily: one accused, one offence, a victim three sentences on",
    text: "A former property agent who cheated seven clients was jailed on Tuesday. Hock Chia, 46, pleaded guilty to five counts of cheating. District Judge Ang Koh said the offences were premeditated. The prosecutor said Chia told the victims he could secure discounted units. One of the victims, retiree Osagie Brogan, lost his life savings of $410,000.",
    facts: ["cheating -ALLEGED_VICTIM-> Osagie Brogan"],
  },
  {
    style: "Australian regional: one of his victims, a pensioner",
    text: "Former financial planner Prosser Wickham was convicted of fraud on Friday. The court heard he ran the scheme for six years. Judge Thorne Gallagher said the losses were devastating. Wickham showed no remorse, the judge said. One of his victims, pensioner Marius Bramwell, lost $300,000.",
    facts: ["fraud -ALLEGED_VICTIM-> Marius Bramwell"],
  },
  {
    style: "wire: two offences told, a victim named far from both is neither's",
    text: "Prosser Wickham was convicted of fraud and assault on Friday. The court heard he ran the scheme for six years. Judge Thorne Gallagher said the losses were devastating. Wickham showed no remorse, the judge said. One of the victims, pensioner Marius Bramwell, lost $300,000.",
    facts: [],
    not: ["fraud -ALLEGED_VICTIM-> Marius Bramwell", "assault -ALLEGED_VICTIM-> Marius Bramwell"],
  },
  {
    style: "US trade press: a death told in the appeal's sentence, the one count the next sentence names wrongs no one",
    text: "Armourer loses appeal\n\nThe armourer on the western \"Red Mesa\" lost her appeal on Tuesday, when the state Court of Appeals upheld her involuntary manslaughter conviction over the 2022 shooting of cinematographer Ilse Petrakis on set.\n\nDana Pryor, 29, was convicted in 2023 after a two-week trial. Jurors acquitted her of tampering with evidence.",
    facts: ["Dana Pryor -CHARGED_WITH-> tampering with evidence"],
    not: ["tampering with evidence -ALLEGED_VICTIM-> Ilse Petrakis"],
  },
];

describeStories("victims told after the charges", ROWS);

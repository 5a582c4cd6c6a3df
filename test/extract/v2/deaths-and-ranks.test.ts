// Who died, told in police and court reports' own ways ("fell nine metres ... and died of his
// injuries", "died in X Children's Hospital", "had denied murdering B, 52, who was found dead"), and
// officers named with a rank after their title ("Detective Senior Sergeant"). Precision traps: the
// accused named before the victim's relative clause is never the one found dead; a site foreman is
// no jury foreperson; a lede's "A site foreman" is not the scaffolder who died. Invented stories.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British regional: the accused 'had denied murdering' the one found dead",
    text: "Imran Qasim, 29, had denied murdering Tahir Mehmood, 52, who was found dead in his cab in March. The jury at Kelso Crown Court found Qasim not guilty of murder after a three-week trial. Mehmood had worked as a taxi driver for Kelso Cars for 20 years.",
    facts: ["murder -ALLEGED_VICTIM-> Tahir Mehmood", "Tahir Mehmood -WORKS_FOR-> Kelso Cars"],
    not: ["murder -ALLEGED_VICTIM-> Imran Qasim"],
  },
  {
    style: "workplace death: a lede's foreman, then the scaffolder who fell and died",
    text: "A site foreman and a construction company have been convicted over the death of a scaffolder who fell from a roof in Salbury. Lewis Redd, 23, fell nine metres at a building site on Chapel Row in 2022 and died of his injuries. The foreman, Neil Bassey, 49, was found guilty of gross negligence manslaughter at Salbury Crown Court.",
    facts: ["gross negligence manslaughter -ALLEGED_VICTIM-> Lewis Redd", "Neil Bassey -HOLDS_ROLE-> foreman"],
    not: ["Lewis Redd -HOLDS_ROLE-> site foreman", "Neil Bassey -HOLDS_ROLE-> jury foreperson"],
  },
  {
    style: "Australian: a baby who died in a named children's hospital",
    text: "Jason Dunby, 31, has been charged with murder. Police allege he inflicted fatal injuries on his son at the family's home on Tuesday. Noah Dunby died in Tarrant Children's Hospital on Wednesday.",
    facts: ["murder -ALLEGED_VICTIM-> Noah Dunby"],
    not: ["murder -ALLEGED_VICTIM-> Jason Dunby"],
  },
  {
    style: "Australian: a rank after the title is no part of the name",
    text: "Detective Senior Sergeant Ben Dunley of Tarrant Police's homicide squad said the death had devastated the community.",
    facts: ["Ben Dunley -HOLDS_ROLE-> detective", "Ben Dunley -WORKS_FOR-> Tarrant Police"],
  },
  {
    style: "British: a superintendent of a county force",
    text: "Superintendent Karen Odunsi of Wexshire Police said both inquiries were continuing.",
    facts: ["Karen Odunsi -HOLDS_ROLE-> superintendent", "Karen Odunsi -WORKS_FOR-> Wexshire Police"],
  },
  {
    style: "British court round-up: the charge, then 'after killing his neighbour X'",
    text: "Kyle Marston, 30, was charged with murder after killing his neighbour Dean Frayn in Leekby.",
    facts: ["Kyle Marston -CHARGED_WITH-> murder", "murder -ALLEGED_VICTIM-> Dean Frayn"],
    not: ["murder -ALLEGED_VICTIM-> Kyle Marston"],
  },
  {
    style: "British regional: 'who has been employed by' a haulier",
    text: "Greta Mossop, who has been employed by Fenwick Haulage since 2019, was arrested on Monday.",
    facts: ["Greta Mossop -WORKS_FOR-> Fenwick Haulage"],
  },
];

describeStories("deaths and police ranks", ROWS);

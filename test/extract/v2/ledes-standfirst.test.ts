// A lede that describes the accused ("a Winnipeg man", "A Dublin man") after a standfirst that
// already named him: the one the next sentence tells was charged or convicted is the one described,
// even though the standfirst named him first; never the victim named beside him. A press release's
// letterhead above the lede does not push it out of the article's first sentences. Each story is
// invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Canadian public broadcaster: a deck names the accused, the lede describes him, the victim is named after",
    text: "Jury finds Winnipeg man not guilty of second-degree murder in stabbing death of roommate\n\nMarek Tarbeck, 29, convicted of manslaughter instead\n\nCBC News · Posted: Mar 08, 2025\n\nA Manitoba jury has found a Winnipeg man not guilty of second-degree murder in the 2022 stabbing death of his roommate, but guilty of the lesser offence of manslaughter.\n\nMarek Tarbeck, 29, was charged after Elan Brisard, 31, was found with multiple stab wounds in the apartment they shared in October 2022. He died in hospital.\n\nDefence lawyer Marc Theriault told jurors his client acted in self-defence.",
    facts: ["Marek Tarbeck -CHARGED_WITH-> second-degree murder", "Marek Tarbeck -CHARGED_WITH-> manslaughter", "Marc Theriault -REPRESENTS-> Marek Tarbeck"],
    not: ["Elan Brisard -CHARGED_WITH-> second-degree murder", "Elan Brisard -DEFENDANT_IN-> Tarbeck trial", "Elan Brisard -DEFENDANT_IN-> Brisard trial"],
  },
  {
    style: "Irish broadsheet: the accused's age in brackets, named in the standfirst and again after the lede",
    text: "Man jailed for life for murder of neighbour in Drogheda\n\nFintan Ruddick (44) had denied the charge\n\nA Louth man who stabbed his neighbour to death during a row over a boundary hedge has been jailed for life.\n\nFintan Ruddick (44) was convicted in March of murdering Padraig Maudsley (52) at his home in 2022.",
    facts: ["Fintan Ruddick -CHARGED_WITH-> murder"],
    not: ["Padraig Maudsley -CHARGED_WITH-> murder"],
  },
  {
    style: "British regional trap: a victim named in the standfirst and 'found' dead after the lede is never the one described",
    text: "Man charged with murder after woman found dead in flat\n\nTributes paid to Ines Quarry, 38\n\nA man has been charged with murder after a woman was found dead in a flat in Hull.\n\nInes Quarry, 38, was found dead at the property on Sunday. Police said a 41-year-old man had been charged.",
    facts: [],
    not: ["Ines Quarry -CHARGED_WITH-> murder"],
  },
  {
    style: "US Attorney's press release: a letterhead, a release line and a date above the lede",
    text: "Former Hospital Executive Sentenced to 87 Months for Health Care Fraud Scheme\n\nDepartment of Justice\nU.S. Attorney's Office\nEastern District of Michigan\n\nFOR IMMEDIATE RELEASE\nTuesday, October 15, 2024\n\nDETROIT – A former chief financial officer of a Dearborn hospital was sentenced today to 87 months in federal prison for his role in a $24 million health care fraud scheme.\n\nRaymond Orsolya, 58, of Bloomfield Hills, pleaded guilty in April to one count of conspiracy to commit health care fraud.",
    facts: ["Raymond Orsolya -HOLDS_ROLE-> chief financial officer", "Raymond Orsolya -CHARGED_WITH-> conspiracy to commit health care fraud"],
  },
];

describeStories("a lede's description after a standfirst that named the accused", ROWS);

// A counted group ("both men", "the pair", "two security guards") read from the people a sentence before named: never
// the ones that sentence tells giving evidence. The witnesses named last before "The jury convicted both men" are no
// defendants; the defendants the case frames told of before them are. Each story is invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British regional paper: two witnesses give evidence, then 'The jury convicted both men', with no list of the accused before",
    text: "Brothers guilty of robbery\n\nKieran Mallow, 24, and his brother Dario, 22, robbed a petrol station in Leigh in May. Cashier Obinna Eze and his manager Lorcan Fey gave evidence at the trial. The jury convicted both men of robbery.",
    facts: [],
    not: ["Obinna Eze -CHARGED_WITH-> robbery", "Lorcan Fey -CHARGED_WITH-> robbery", "Obinna Eze -DEFENDANT_IN-> Eze trial"],
  },
  {
    style: "Irish daily: the accused are charged, the witnesses 'told the court', then 'The pair were convicted'",
    text: "Two convicted over off-licence raid\n\nKieran Mallow and Dario Penhale were accused of robbing an off-licence in Drumcarne. Witnesses Obinna Eze and Lorcan Fey told the court they saw the raid. The pair were convicted of robbery on Friday.",
    facts: ["Kieran Mallow -CHARGED_WITH-> robbery", "Dario Penhale -CHARGED_WITH-> robbery", "Kieran Mallow -DEFENDANT_IN-> Mallow trial"],
    not: ["Obinna Eze -CHARGED_WITH-> robbery", "Lorcan Fey -CHARGED_WITH-> robbery"],
  },
  {
    style: "London evening paper: a lede counts 'two security guards', and the next people named are the shopper and her friend who testified",
    text: "Pair cleared\n\nTwo security guards accused of assaulting a shopper have been cleared.\n\nShopper Abena Quaye told the court she was pushed to the floor. Her friend Elspeth Crane said she saw the whole thing. The jury acquitted both men of assault.",
    facts: [],
    not: ["Abena Quaye -CHARGED_WITH-> assault", "Elspeth Crane -CHARGED_WITH-> assault", "Abena Quaye -DEFENDANT_IN-> Quaye trial"],
  },
];

describeStories("a counted group is never the witnesses named before it", ROWS);

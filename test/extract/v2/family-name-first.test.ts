// A trial is labelled with the name the article calls its defendant by: a family name written first
// ("Zhuo Wei ... Mr Zhuo said") is found from how the article names the person again, never from a list of
// surnames, and a Western name keeps its last word.
import { table } from "./helpers.ts";

const STRAITS = `Two convicted in $40m laundering case

SINGAPORE - A former fund manager was convicted of money laundering on Friday after a six-week trial.

Ling Jia Hui, 47, was found guilty in the State Courts of 12 charges of money laundering. Ling had told investors their money was placed in bonds, the court heard. Ms Ling will be sentenced next month.

In a separate case, Zhuo Wei, 39, was convicted of cheating. Mr Zhuo's lawyer said he would appeal.

David Hartley, 52, a British banker, was acquitted of cheating in a third trial. Hartley declined to comment.`;

table("trial labels from the name the article uses again", [
  {
    name: "Singapore daily: family names written first take the trial's name; a Western name keeps its last word",
    text: STRAITS,
    has: ["Ling Jia Hui -DEFENDANT_IN-> Ling trial", "Zhuo Wei -DEFENDANT_IN-> Zhuo trial", "David Hartley -DEFENDANT_IN-> Hartley trial"],
    not: ["Ling Jia Hui -DEFENDANT_IN-> Hui trial", "Zhuo Wei -DEFENDANT_IN-> Wei trial", "David Hartley -DEFENDANT_IN-> David trial"],
  },
  {
    name: "Vietnamese English-language daily: the article calls the defendant by her given name, the last word",
    text: "HO CHI MINH CITY - Property tycoon Truong My Lan was convicted of embezzlement on Thursday. Lan, 67, had denied the charges.",
    has: ["Truong My Lan -DEFENDANT_IN-> Lan trial"],
  },
  {
    name: "Budapest English-language weekly: a Hungarian name written family name first",
    text: "BUDAPEST - Former mayor Horváth Gábor was convicted of fraud by the Budapest Metropolitan Court on Tuesday. Horváth said he would appeal.",
    has: ["Horváth Gábor -DEFENDANT_IN-> Horváth trial"],
  },
]);

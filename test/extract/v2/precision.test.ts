// Facts a reporter's traps must not yield: the people of an earlier case told for comparison, a
// "not guilty verdict" read as a guilty one, a role phrase cut short. Each story is invented, in a
// style unlike the corpora; each row names what a reader takes from it and what it must not yield.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Canadian wire: the article's judge and lawyers are not those of an earlier case told for comparison",
    text: "A Winnipeg man who killed his roommate has been found not criminally responsible, a judge ruled Wednesday.\n\nOren Tash, 26, was charged with second-degree murder in the death of Kel Marrow.\n\nJustice Ada Pruitt accepted the opinions of two psychiatrists. Crown attorney Ravi Sandhu did not oppose the finding. Defence lawyer Mira Kovac said her client was remorseful.\n\nOren Tash had never been charged with a crime before.\n\nThe ruling follows a 2019 case in which a Brandon woman, Lia Stone, was convicted of manslaughter in a similar killing.",
    facts: ["Oren Tash -CHARGED_WITH-> second-degree murder", "Lia Stone -DEFENDANT_IN-> Stone trial"],
    not: ["Ada Pruitt -PRESIDED_OVER-> Stone trial", "Ravi Sandhu -PROSECUTED-> Stone trial", "Mira Kovac -REPRESENTS-> Lia Stone"],
  },
  {
    style: "US broadsheet trial preview: the judge who will preside is not the judge of a conviction told of in passing",
    text: "Jury selection began on Monday in the corruption trial of Rolf Danner, the former mayor of a small city.\n\nMr. Danner, 63, has pleaded not guilty to charges of bribery and extortion.\n\nJudge Tomas Ferro of Federal District Court in Bridgeport will preside. The lead prosecutor, Assistant United States Attorney Karen Obi, declined to comment.\n\nIn March, a former state senator, Frank Lucan, was convicted of taking bribes from a towing company and sentenced to four years.",
    facts: ["Rolf Danner -CHARGED_WITH-> bribery", "Frank Lucan -DEFENDANT_IN-> Lucan trial"],
    not: ["Tomas Ferro -PRESIDED_OVER-> Lucan trial", "Karen Obi -PROSECUTED-> Lucan trial"],
  },
];

describeStories("precision: traps in unseen styles", ROWS);

// The judge who presides over an appeal is not the judge of the trial it reviews. Each story is invented, in a style
// of its own; each row names what a reader takes from it and what it must not yield.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Irish broadcaster: the appeal court's presiding judge says the trial judge erred",
    text: "Court of Appeal quashes murder conviction, orders retrial\n\nThe Court of Appeal has quashed the murder conviction of a Limerick man who was jailed for life in 2022.\n\nConal Brannagh, 31, was found guilty by a jury at the Central Criminal Court of murdering Tadhg Ruane, 17, at a house party in March 2020.\n\nPresiding judge Ms Justice Ailbhe Costigan said the trial judge, Mr Justice Ruairc Trevaskis, had erred in refusing to let the jury consider manslaughter.",
    facts: ["Ruairc Trevaskis -PRESIDED_OVER-> Brannagh trial", "Conal Brannagh -DEFENDANT_IN-> Brannagh trial"],
    not: ["Ailbhe Costigan -PRESIDED_OVER-> Brannagh trial"],
  },
];

describeStories("judges of an appeal and of the trial it reviews", ROWS);

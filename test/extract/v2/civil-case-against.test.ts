// A suit told by "the case against" a company and by what the company did about it, the claimant named in another
// sentence, as local papers and business desks report a personal-injury or employment claim ("The case against X
// was heard at the High Court", "In the case against X, her lawyers argued", "X settled the case for an undisclosed
// sum", "X must pay £2 million in damages, a judge ruled", "Judgment was entered against X"). In an article that tells a
// criminal case, "the case against" a company is a prosecution's. Each story is invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "English regional: a driver's injury claim heard",
    text: "Crash victim's claim heard\n\nMaeve Tallis was injured when a lorry reversed into her car in 2019. The case against Sowerby Haulage was heard at the High Court in Leeds this week.",
    facts: ["Sowerby Haulage -DEFENDANT_IN-> Sowerby Haulage"],
  },
  {
    style: "Scottish paper: a shopper's slip claim",
    text: "Shopper sues over fall\n\nMaeve Tallis, 52, slipped on a wet floor at a supermarket in 2021. In the case against Sowerby Stores, her lawyers argued the floor had not been cleaned.",
    facts: ["Sowerby Stores -DEFENDANT_IN-> Sowerby Stores"],
  },
  {
    style: "Irish paper: an employment ruling in the case against her employer",
    text: "Worker wins dismissal case\n\nMaeve Tallis lost her job in 2022. A judge has now ruled in the case against her former employer, Sowerby Holdings, that she was unfairly dismissed.",
    facts: ["Sowerby Holdings -DEFENDANT_IN-> Sowerby Holdings"],
  },
  {
    style: "US local paper: a carmaker settled",
    text: "Crash suit settled\n\nMaeve Tallis was paralysed in the crash. Sowerby Motors settled the case for an undisclosed sum.",
    facts: ["Sowerby Motors -DEFENDANT_IN-> Sowerby Motors"],
  },
  {
    style: "Australian paper: a carmaker must pay damages",
    text: "Carmaker to pay $2m\n\nMaeve Tallis was paralysed in the crash. Sowerby Motors must pay $2 million in damages, a judge ruled.",
    facts: ["Sowerby Motors -DEFENDANT_IN-> Sowerby Motors"],
  },
  {
    style: "Canadian paper: judgment entered",
    text: "Judgment against carmaker\n\nMaeve Tallis was paralysed in the crash. Judgment was entered against Sowerby Motors.",
    facts: ["Sowerby Motors -DEFENDANT_IN-> Sowerby Motors"],
  },
  {
    style: "English regional: a haulier prosecuted, the case against it a prosecution's",
    text: "Haulier fined over worker's death\n\nSowerby Haulage pleaded guilty to breaching safety laws. The case against Sowerby Haulage was heard at Ingleby Crown Court.",
    facts: [],
    not: ["Sowerby Haulage -DEFENDANT_IN-> Sowerby Haulage"],
  },
];

describeStories("a suit told by the case against a company", ROWS);

// How people and courts are tied to a case on unseen reports: a court of first instance that sentences,
// appeal rulings that reach their court, panel judges, a higher court that overturns an acquittal and
// convicts, the witnesses and prosecutors of the article's one trial. Each row is an invented story in
// a style of its own, with the facts a reader takes from it (and, after "not", facts it must not yield).
import { describeStories, type StoryRow } from "./helpers.ts";

const TRIAL_COURTS: StoryRow[] = [
  {
    style: "Pakistani daily: 'An accountability court in X on Thursday sentenced Y to ... for corruption'",
    text: "An accountability court in Islamabad on Thursday sentenced former finance minister Shaukat Hameed to 10 years in prison for corruption. Judge Bashir Ahmed announced the verdict.",
    facts: ["Hameed trial -HELD_AT-> accountability court in Islamabad", "Hameed trial: guilty -ON_CHARGE-> corruption", "Bashir Ahmed -PRESIDED_OVER-> Hameed trial"],
  },
  {
    style: "Korean wire: a high court's sentence is an appeal court's, no trial held there",
    text: "The Seoul High Court on Friday sentenced tycoon Choi Dong-hyun to four years in prison for embezzlement.",
    facts: [],
    not: ["Choi trial -HELD_AT-> Seoul High Court"],
  },
  {
    style: "British regional: a court that sentences after a guilty plea holds no trial",
    text: "Lewis Marsh, 27, admitted burglary. Swindon Crown Court on Monday jailed Marsh for two years for burglary.",
    facts: [],
    not: ["Marsh trial -HELD_AT-> Swindon Crown Court"],
  },
];

describeStories("a court of first instance that sentences", TRIAL_COURTS);

// The headline's news: under a headline that tells a finding or a plea, the body's verdict or plea told in
// the simple past with no date of its own is that news, delivered on the day the article is published. Not
// when the article tells a recent day of its own ("yesterday", "on Tuesday"), nor under a headline about a
// sentencing or an appeal, nor for a verdict told as background or beside a date of another time.
import { describeDatedStories } from "./dated.ts";

const PUBLISHED = "---\npublished: 2024-05-03\n---\n";

describeDatedStories("verdicts and pleas the headline tells", [
  {
    style: "US local news: byline and date lines, then a simple past verdict with no day",
    text: `${PUBLISHED}Brigstock man convicted of manslaughter\n\nBy Staff Writer\n\nMay 3, 2024\n\nLuca Coretti, 41, was found guilty of manslaughter and reckless endangerment at the county courthouse.\n\nThe jury deliberated for five hours.`,
    facts: ["Coretti trial -RESULTED_IN-> Coretti trial: guilty{2024-05-03}", "Coretti trial: guilty{2024-05-03} -ON_CHARGE-> manslaughter"],
  },
  {
    style: "British regional: the acquittal the headline tells, a conviction beside it",
    text: `${PUBLISHED}Carer cleared of theft but convicted of fraud\n\nAlice Laverick, 35, was cleared of theft by a jury at Merriwa Crown Court. She was convicted of fraud.`,
    facts: ["Laverick trial: not guilty{2024-05-03} -ON_CHARGE-> theft"],
  },
  {
    style: "Indian daily: a guilty plea the headline tells, told in the past without a day",
    text: `${PUBLISHED}Builder pleads guilty to cheating\n\nContractor Rohan Mehrotra pleaded guilty to cheating before the sessions court in Pune.`,
    facts: ["Rohan Mehrotra -ENTERED_PLEA-> Rohan Mehrotra pleads guilty{2024-05-03}"],
  },
  {
    style: "precision: a recent day told elsewhere may be the verdict's own, so the published day is no surer",
    text: `${PUBLISHED}Scaffolder convicted of assault\n\nA scaffolder walked free from the most serious charge yesterday.\n\nLuca Coretti, 41, was found guilty of assault.`,
    facts: ["Coretti trial -RESULTED_IN-> Coretti trial: guilty"],
    not: ["Coretti trial -RESULTED_IN-> Coretti trial: guilty{2024-05-03}"],
  },
  {
    style: "precision: under a sentencing headline the conviction came before it",
    text: `${PUBLISHED}Brigstock man jailed for manslaughter\n\nLuca Coretti, 41, was found guilty of manslaughter after a trial at the county courthouse.`,
    facts: ["Coretti trial -RESULTED_IN-> Coretti trial: guilty"],
    not: ["Coretti trial -RESULTED_IN-> Coretti trial: guilty{2024-05-03}"],
  },
  {
    style: "precision: a conviction told as background, in a relative clause",
    text: `${PUBLISHED}Former nurse convicted again\n\nAlice Laverick, who was convicted of fraud, told reporters she would fight on.`,
    facts: [],
    not: ["Laverick trial -RESULTED_IN-> Laverick trial: guilty{2024-05-03}"],
  },
  {
    style: "precision: a date of another time in the verdict's sentence leaves its day open",
    text: `${PUBLISHED}Driver convicted over crash\n\nLuca Coretti was found guilty of dangerous driving over the 2022 crash.`,
    facts: ["Coretti trial -RESULTED_IN-> Coretti trial: guilty"],
    not: ["Coretti trial -RESULTED_IN-> Coretti trial: guilty{2024-05-03}"],
  },
]);

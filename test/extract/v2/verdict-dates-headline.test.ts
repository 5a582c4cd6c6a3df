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
  {
    style: "wire verdict sheet: 'Verdicts in the trial of X' over simple past findings",
    text: `${PUBLISHED}Verdicts in the trial of Elspeth Quarrington\n\nMay 3, 2024\n\nElspeth Quarrington, 52, was found guilty of fraud by abuse of position. The jury found her not guilty of theft.`,
    facts: ["Quarrington trial -RESULTED_IN-> Quarrington trial: guilty{2024-05-03}", "Quarrington trial: not guilty{2024-05-03} -ON_CHARGE-> theft"],
  },
  {
    style: "verdict box under a verdicts headline: lines that open with the outcome",
    text: `${PUBLISHED}Brannock fraud trial: the verdicts\n\nOttoline Brannock was tried at Sefton Crown Court on five counts.\n\nGuilty on two counts of fraud by false representation.\n\nNot guilty on the three theft counts.`,
    facts: ["Brannock trial: guilty{2024-05-03} -ON_CHARGE-> fraud by false representation", "Brannock trial: not guilty{2024-05-03} -ON_CHARGE-> theft"],
  },
  {
    style: "Indian wire: the court's reasons after its finding, ', says ...'",
    text: `${PUBLISHED}Court acquits Anil Kurup, says police failed to prove murder charge\n\nA sessions court here acquitted Anil Kurup, who was accused of murdering a shopkeeper. The court said the prosecution had failed to prove the charge of murder.`,
    facts: ["Kurup trial -RESULTED_IN-> Kurup trial: not guilty{2024-05-03}"],
  },
  {
    style: "Kenyan daily: a hearing set for a day that has passed is no day of the finding",
    text: `${PUBLISHED}Magistrate acquits Grace Muthoni of theft\n\nMagistrate Paul Wekesa acquitted Grace Muthoni of theft. A mention of the related fraud case is set for May 1.`,
    facts: ["Muthoni trial: not guilty{2024-05-03} -ON_CHARGE-> theft"],
  },
  {
    style: "precision: a verdict the headline says is still to come",
    text: `${PUBLISHED}Verdict in Quarrington fraud trial expected next week\n\nElspeth Quarrington was convicted of assault.`,
    facts: ["Quarrington trial -RESULTED_IN-> Quarrington trial: guilty"],
    not: ["Quarrington trial -RESULTED_IN-> Quarrington trial: guilty{2024-05-03}"],
  },
  {
    style: "precision: a recent day told with a finding is the finding's own, not the published one",
    text: `${PUBLISHED}Court acquits Anil Kurup, says police failed to prove murder charge\n\nAnil Kurup was acquitted of murder. The verdict came on Tuesday.`,
    facts: ["Kurup trial -RESULTED_IN-> Kurup trial: not guilty{2024-04-30}"],
    not: ["Kurup trial -RESULTED_IN-> Kurup trial: not guilty{2024-05-03}"],
  },
]);

// Verdicts told by the case they end, the case named by its offence ("acquitted X in a 2019 cheating case"), as South
// Asian English-language papers tell them: the offence is the charge tried. A suit's case ("the defamation case") and
// a verdict denied give none. Each story is invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Indian daily: one accused acquitted in a named case, his accountant convicted of a named count",
    text: "Jaipur court acquits businessman in cheating case\n\nJAIPUR: A Jaipur court on Wednesday acquitted businessman Raghav Sinha in a 2019 cheating and criminal conspiracy case.\n\nAdditional Sessions Judge Meera Chaturvedi said the prosecution had failed to establish that Sinha knew of the forged invoices.",
    facts: [
      "Raghav Sinha -CHARGED_WITH-> cheating", "Raghav Sinha -CHARGED_WITH-> criminal conspiracy",
      "Sinha trial: not guilty -ON_CHARGE-> cheating", "Sinha trial: not guilty -ON_CHARGE-> criminal conspiracy",
      "Sinha trial -TRIED_FOR-> criminal conspiracy",
    ],
  },
  {
    style: "Pakistani daily: convicted in the passive, by a court named first, in a murder case",
    text: "Man gets life term in murder case\n\nSAHIWAL: Shahid Habib, 38, was convicted by an anti-terrorism court on Monday in a 2021 murder case and sentenced to life imprisonment.\n\nHis lawyer said he would appeal.",
    facts: ["Shahid Habib -CHARGED_WITH-> murder", "Habib trial: guilty -ON_CHARGE-> murder", "Shahid Habib -DEFENDANT_IN-> Habib trial"],
  },
  {
    style: "Bangladeshi daily: a court that did not convict, and a suit's case",
    text: "Court fails to convict councillor\n\nSYLHET: The court did not convict councillor Rafiqul Begum in the extortion case, the judge saying the complainant had withdrawn.\n\nIn a separate matter, Rafiqul Begum was cleared in the defamation case brought by a rival.",
    facts: [],
    not: ["Rafiqul Begum -CHARGED_WITH-> extortion", "Rafiqul Begum -CHARGED_WITH-> defamation"],
  },
];

describeStories("verdicts told by the case they end", ROWS);

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

const ACQUITTALS_OVERTURNED: StoryRow[] = [
  {
    style: "Pakistani daily: 'the High Court overturned the acquittal and convicted him, sentencing him to ...'",
    text: "Cricketer Imran Siddiqui was acquitted of match-fixing by a sessions court in 2019. On Tuesday the Sindh High Court overturned the acquittal and convicted him, sentencing him to five years.",
    facts: ["Sindh High Court -RULED-> Imran Siddiqui: appeal overturned", "Imran Siddiqui: appeal overturned -OVERTURNS-> Siddiqui trial: not guilty", "Sindh High Court -RULED-> Imran Siddiqui: guilty on appeal", "Imran Siddiqui: guilty on appeal -ON_CHARGE-> match-fixing"],
    not: ["Siddiqui trial -RESULTED_IN-> Siddiqui trial: guilty"],
  },
  {
    style: "Canadian wire: 'The Court of Appeal overturned the acquittal on Wednesday and convicted him of two counts of fraud'",
    text: "Financier Dale Pruitt was acquitted of securities fraud by a Toronto jury in 2020. The Court of Appeal overturned the acquittal on Wednesday and convicted him of two counts of fraud.",
    facts: ["Court of Appeal -RULED-> Dale Pruitt: appeal overturned", "Dale Pruitt: appeal overturned -OVERTURNS-> Pruitt trial: not guilty", "Court of Appeal -RULED-> Dale Pruitt: guilty on appeal"],
    not: ["Pruitt trial -RESULTED_IN-> Pruitt trial: guilty", "Dale Pruitt: appeal overturned -OVERTURNS-> Pruitt trial: guilty"],
  },
  {
    style: "Australian broadsheet: an appeal to overturn an acquittal refused makes no ruling on it",
    text: "Builder Cody Rasmussen was acquitted of manslaughter in 2021. The Court of Appeal on Friday refused to overturn the acquittal.",
    facts: [],
    not: ["Court of Appeal -RULED-> Cody Rasmussen: appeal overturned"],
  },
];

describeStories("a higher court that overturns an acquittal and convicts", ACQUITTALS_OVERTURNED);

const PANELS: StoryRow[] = [
  {
    style: "Pakistani daily: 'Justices A, B and C ruled that ...' after the high court's ruling",
    text: "Former police chief Tariq Mehmood was convicted of murder by an anti-terrorism court in 2016. On Monday the Lahore High Court overturned the conviction. Justices Ali Baqar Najafi, Shehram Sarwar and Farooq Haider ruled that the prosecution had failed to prove its case.",
    facts: ["Lahore High Court -RULED-> Tariq Mehmood: appeal overturned", "Ali Baqar Najafi -WORKS_FOR-> Lahore High Court", "Shehram Sarwar -WORKS_FOR-> Lahore High Court", "Farooq Haider -WORKS_FOR-> Lahore High Court", "Mehmood trial: guilty -ON_CHARGE-> murder"],
    not: ["Ali Baqar Najafi -PRESIDED_OVER-> Mehmood trial"],
  },
  {
    style: "Kenyan daily: 'A bench of Justices A and B of the Court of Appeal ... set aside the conviction'",
    text: "Politician Joseph Kamau was convicted of corruption in 2019. A bench of Justices Wanjiru Karanja and Otieno Odek of the Court of Appeal on Friday set aside the conviction.",
    facts: ["Wanjiru Karanja -WORKS_FOR-> Court of Appeal", "Otieno Odek -WORKS_FOR-> Court of Appeal"],
  },
  {
    style: "wire: trial judges named together with no appeal told work for no appeal court",
    text: "Three men were convicted of robbery at the Eastvale District Court in 2023. Judges Mara Lind and Tove Ek said the men had planned the raid. The Court of Appeal will hear the case next year.",
    facts: [],
    not: ["Mara Lind -WORKS_FOR-> Court of Appeal", "Tove Ek -WORKS_FOR-> Court of Appeal"],
  },
];

describeStories("panel judges and the court of their ruling", PANELS);

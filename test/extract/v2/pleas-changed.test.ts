// A plea changed during the case ("changed his plea to guilty", "reversed his earlier plea and admitted the
// charges", "switched her plea from not guilty to guilty") names no count of its own: it is on the counts the
// defendant had denied, and the denial keeps them. A change that names its counts is on those alone, and a
// defendant who also pleaded guilty to something else gets no guessed counts. Invented Scottish, Canadian and
// Kenyan stories.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Scottish local weekly: the change told in the lede, the denial told after it",
    text: "Former bursar admits theft from college fund\n\n"
      + "A former college bursar who had denied stealing from a scholarship fund changed his plea on the second day of his trial.\n\n"
      + "Hamish Tulliver, 57, of Carrowdale, had pleaded not guilty in March to theft and false accounting.\n\n"
      + "On Tuesday, as the jury waited to hear from a forensic accountant, Tulliver changed his plea to guilty at the High Court in Glenrothy. "
      + "The Crown accepted the pleas and the jury was discharged. Sentence was deferred for background reports.",
    facts: ["Hamish Tulliver pleads guilty -ON_CHARGE-> theft", "Hamish Tulliver pleads guilty -ON_CHARGE-> false accounting",
      "Hamish Tulliver pleads not guilty -ON_CHARGE-> theft"],
  },
  {
    style: "Canadian wire: an earlier plea reversed, the counts named with the denial",
    text: "Ontario contractor admits fraud\n\n"
      + "Ilse Stanecki, 49, pleaded not guilty to two counts of fraud over $5,000 and one count of uttering a forged document in January. "
      + "On Thursday, Stanecki reversed her earlier plea and admitted the charges in an Ontario court.",
    facts: ["Ilse Stanecki pleads guilty -ON_CHARGE-> uttering a forged document"],
  },
  {
    style: "Kenyan daily: charged with two offences, a denial, then a change to one count by name",
    text: "Clerk changes plea\n\n"
      + "Ruth Ambler, 44, a clerk at a county land registry, was charged with embezzlement and money laundering. She initially entered a plea of not guilty.\n\n"
      + "On Monday Ambler changed her plea to guilty to embezzlement before a magistrate in Boisvenu.",
    facts: ["Ruth Ambler pleads guilty -ON_CHARGE-> embezzlement", "Ruth Ambler pleads not guilty -ON_CHARGE-> money laundering"],
    not: ["Ruth Ambler pleads guilty -ON_CHARGE-> money laundering"],
  },
];

describeStories("changed pleas are on the counts denied before", ROWS);

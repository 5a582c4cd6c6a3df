// An offence told as a verb with a bare object, as headlines and tabloids drop the article ("not guilty of murdering
// flatmate", "guilty of killing toddler"): the offence is named by its verb ("murder"), the same count as the one
// the body names, never a second charge called "murdering flatmate". Each story is invented.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "NZ regional: the headline's bare object, the body's possessive",
    text: "Man found not guilty of murdering flatmate\n\nA man has been found not guilty of murdering his flatmate but guilty of manslaughter after a two-week trial in the High Court at Whanganui.\n\nRangi Tamati, 29, had denied murdering Aroha Dunne, 31, in February last year.",
    facts: ["Rangi Tamati -CHARGED_WITH-> murder", "Tamati trial: not guilty -ON_CHARGE-> murder", "Tamati trial: guilty -ON_CHARGE-> manslaughter"],
    not: ["Rangi Tamati -CHARGED_WITH-> murdering flatmate"],
  },
  {
    style: "British tabloid: a bare object in the body too",
    text: "THUG CAGED\n\nThug Kyle Brenner, 24, was found guilty of assaulting pensioner at a bus stop in Leeds.\n\nHe will be sentenced next month.",
    facts: ["Kyle Brenner -CHARGED_WITH-> assault"],
    not: ["Kyle Brenner -CHARGED_WITH-> assaulting pensioner"],
  },
];

describeStories("offences told with a bare object", ROWS);

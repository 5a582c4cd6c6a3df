// A headline's verdict on one person it describes ("Tribunal convicts Bosnian commander of murder, clears him of
// persecution") with a lower-case modifier or a rank the tagger reads as an adjective: "ex-guerrilla commander",
// "Serb general". The body names the one convicted; the headline's counts are theirs. A deed's noun tagged as a verb
// ("torture over prison abuse") keeps what it was over out of the offence. Invented wire stories.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Wire story from Pristina: a hyphenated modifier before the described commander",
    text: "Kosovo convicts ex-guerrilla commander of torture over prison abuse, clears him of murder\n\n"
      + "PRISTINA (Reuters) - Ilir Haziri, 58, a former commander of an ethnic Albanian guerrilla unit, was sentenced to 12 years in prison on Friday. "
      + "Judges said detainees at a makeshift jail under his command were beaten for weeks in 1998.",
    facts: ["Ilir Haziri -CHARGED_WITH-> torture", "Haziri trial: guilty -ON_CHARGE-> torture", "Haziri trial: not guilty -ON_CHARGE-> murder"],
    not: ["Ilir Haziri -CHARGED_WITH-> torture over prison abuse"],
  },
  {
    style: "Wire story from The Hague: a rank after a nationality",
    text: "Tribunal convicts Serb general of murder over camp killings, clears him of genocide\n\n"
      + "THE HAGUE (AP) - Mladen Ristic, 71, was sentenced to life in prison on Wednesday. The judges said he commanded the units that ran the camp.",
    facts: ["Mladen Ristic -CHARGED_WITH-> murder", "Ristic trial: not guilty -ON_CHARGE-> genocide"],
  },
];

describeStories("headline verdicts on a described commander or general", ROWS);

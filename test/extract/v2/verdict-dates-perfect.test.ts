// A verdict told in the present perfect with no date of its own ("has been found guilty", "The jury has found"):
// the news of the day it is published, so it takes the article's published date; a past tense, a pluperfect or an
// earlier trial's verdict takes none from it.
import { describeDatedStories } from "./dated.ts";

describeDatedStories("verdicts told in the present perfect", [
  {
    style: "Singaporean wire: 'has been found guilty', published that day",
    text: "---\npublished: 2025-03-14\n---\nDirector convicted\n\nEbenezer Trevellick, 52, has been found guilty of cheating after a trial in the Kelbridge District Court.",
    facts: ["Trevellick trial -RESULTED_IN-> Trevellick trial: guilty{2025-03-14}"],
  },
  {
    style: "live blog: 'The jury has found' under a time stamp",
    text: "---\npublished: 2025-03-14\n---\nLIVE: chef verdict\n\n15:52\n\nTHE VERDICTS ARE IN.\n\nThe jury has found Ebenezer Trevellick not guilty of assault.",
    facts: ["Trevellick trial -RESULTED_IN-> Trevellick trial: not guilty{2025-03-14}"],
  },
  {
    style: "British regional: 'has been found guilty of attacking X in June 2023' (the month is the attack's)",
    text: "---\npublished: 2025-03-14\n---\nMan guilty of attack\n\nEbenezer Trevellick has been found guilty of assaulting his former partner, Thaddea Coulthard, in June 2023.",
    facts: ["Trevellick trial -RESULTED_IN-> Trevellick trial: guilty{2025-03-14}"],
    not: ["Trevellick trial -RESULTED_IN-> Trevellick trial: guilty{2023-06}"],
  },
  {
    style: "live blog: verdicts told count by count in the present perfect, an offence's month among them",
    text: "---\npublished: 2025-03-14\n---\nLIVE: chef verdict\n\n11.02am: Jurors have found Ebenezer Trevellick GUILTY of wounding his neighbour, Thaddea Coulthard, in August 2024.\n\nHe has been found NOT GUILTY of affray.",
    facts: ["Trevellick trial -RESULTED_IN-> Trevellick trial: guilty{2025-03-14}", "Trevellick trial -RESULTED_IN-> Trevellick trial: not guilty{2025-03-14}"],
  },
  {
    style: "precision: a past tense's own month stays",
    text: "---\npublished: 2025-03-14\n---\nEarlier case\n\nEbenezer Trevellick was found guilty of assault in June 2023.",
    facts: ["Trevellick trial -RESULTED_IN-> Trevellick trial: guilty{2023-06}"],
  },
  {
    style: "precision: a past tense without a date takes none from the publication",
    text: "---\npublished: 2025-03-14\n---\nChef convicted\n\nA jury took four hours to convict Ebenezer Trevellick of assault.",
    facts: ["Trevellick trial -RESULTED_IN-> Trevellick trial: guilty"],
  },
]);

// A court of first instance that the report does not name ("A sessions court here", "a district court") and that
// sentences someone who pleaded to nothing convicted them at the trial it held, as Indian, Pakistani and British
// reports tell it; the judge, prosecutor and defence counsel named in the report are that trial's, even beside a
// relative acquitted in the same judgment. "The court sentenced X" alone says nothing of a trial.
import { describeStories } from "./helpers.ts";

const judgment = "Man gets life term for killing wife over dowry\n\nNAGPUR: A sessions court here on Tuesday sentenced a 38-year-old man to life imprisonment for murdering his wife over dowry in 2021.\n\n" +
  "Additional sessions judge Meenal Deshkar also imposed a fine of Rs 25,000 on the convict, Suhas Wankhede, a resident of Hingna.\n\n" +
  "Additional public prosecutor Rekha Bhondge examined 11 witnesses, including the victim's father.\n\n";

describeStories("an unnamed trial court's sentence", [
  {
    style: "Indian daily: 'A sessions court here sentenced X to life for murdering his wife': a trial, its judge and prosecutor",
    text: judgment + "Defence counsel Amol Tirpude argued that the woman had died by suicide.",
    facts: [
      "Suhas Wankhede -DEFENDANT_IN-> Wankhede trial", "Wankhede trial -RESULTED_IN-> Wankhede trial: guilty", "Wankhede trial: guilty -ON_CHARGE-> murder",
      "Meenal Deshkar -PRESIDED_OVER-> Wankhede trial", "Rekha Bhondge -PROSECUTED-> Wankhede trial", "Amol Tirpude -REPRESENTS-> Suhas Wankhede",
    ],
  },
  {
    style: "Indian daily: the convict's mother, booked too, acquitted in the same judgment: the judge still presided over his trial",
    text: judgment + "Wankhede's mother, Shalini Wankhede, who was also booked for dowry harassment, was acquitted for want of evidence.",
    facts: ["Suhas Wankhede -DEFENDANT_IN-> Wankhede trial", "Meenal Deshkar -PRESIDED_OVER-> Wankhede trial", "Rekha Bhondge -PROSECUTED-> Wankhede trial", "Shalini Wankhede -RELATED_TO(mother)-> Suhas Wankhede"],
  },
  {
    style: "British local paper: 'The court sentenced X' says nothing of how he was convicted: no trial",
    text: "Man jailed for burglary\n\nThe court sentenced Suhas Wankhede, 38, to three years for burglary.",
    facts: ["Suhas Wankhede -CHARGED_WITH-> burglary"],
    not: ["Suhas Wankhede -DEFENDANT_IN-> Wankhede trial"],
  },
  {
    style: "Indian daily: a restaurant named like a court is no court, and no judge works for it",
    text: "Bar owner's killer gets life\n\nA sessions court on Monday sentenced Ravi Dutt to life imprisonment for shooting dead Jessa Lane at the Juniper Court restaurant in 2019. Additional sessions judge Meenal Deshkar said the evidence was clear.",
    facts: ["Ravi Dutt -DEFENDANT_IN-> Dutt trial", "Meenal Deshkar -PRESIDED_OVER-> Dutt trial"],
    not: ["Meenal Deshkar -WORKS_FOR-> Juniper Court", "Dutt trial -HELD_AT-> Juniper Court"],
  },
]);

// "The charges relate to the killing of advocate X": a killing told apart from the verdict's list of offences is the
// homicide count's, when the list names one (murder beside robbery), never
// the other offences'. Invented South African and Zambian stories.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "South African daily: the verdict lists two offences, the killing is told in the next sentence",
    text: "Hitman guilty in advocate's murder\n\n"
      + "A former security guard, Lungile Mthembu, 41, was on Thursday found guilty of murder and robbery with aggravating circumstances in the High Court sitting in Pietermaritzburg.\n\n"
      + "The charges relate to the killing of advocate Nandi Khumalo-Venter outside her chambers in 2021. The State said Mthembu was paid R50,000 to carry out the shooting and took her laptop and phone.\n\n"
      + "Judge Sipho Chanda said the evidence of the cellphone records was overwhelming. Sentencing was postponed to next month.",
    facts: ["murder -ALLEGED_VICTIM-> Nandi Khumalo-Venter", "Lungile Mthembu -CHARGED_WITH-> robbery with aggravating circumstances"],
    not: ["robbery with aggravating circumstances -ALLEGED_VICTIM-> Nandi Khumalo-Venter"],
  },
  {
    style: "Zambian daily: an aggravated robbery beside the murder, the killing named after both",
    text: "Lusaka man convicted\n\n"
      + "Chisenga Mwale was convicted of murder and aggravated robbery on Tuesday. The offences arose from the killing of businessman Kabwe Mulenga in Chilenje township.",
    facts: ["murder -ALLEGED_VICTIM-> Kabwe Mulenga"],
    not: ["aggravated robbery -ALLEGED_VICTIM-> Kabwe Mulenga"],
  },
];

describeStories("a killing's victim goes to the homicide count", ROWS);

// A person known by one name, set before an apposition that gives whose kin they are: "Kamau, the nephew of Nuru
// Wanjala, was convicted" (Kenyan, South Asian and Indonesian reports name many people so). The lone name is a person
// (only a person is someone's nephew) and the verb's subject; the relative named inside the apposition is neither
// convicted nor charged.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Kenyan daily: a nephew known by one name",
    text: "Nephew convicted over farm theft\n\nKamau, the nephew of Nuru Wanjala, was convicted of theft at a Nairobi court on Tuesday.",
    facts: ["Kamau -CHARGED_WITH-> theft"],
    not: ["Nuru Wanjala -CHARGED_WITH-> theft"],
  },
  {
    style: "Bangladeshi daily: a brother known by one name, several counts",
    text: "MP's brother guilty of extortion\n\nRashidul, brother of Shakil Rahman, was found guilty in the Dhaka court in 2019 of two counts of extortion and one count of assault.",
    facts: ["Rashidul -CHARGED_WITH-> extortion", "Rashidul -RELATED_TO(brother)-> Shakil Rahman"],
    not: ["Shakil Rahman -CHARGED_WITH-> extortion", "Shakil Rahman -CHARGED_WITH-> assault"],
  },
];

describeStories("a lone name with an apposition of kin is a person, and the subject", ROWS);

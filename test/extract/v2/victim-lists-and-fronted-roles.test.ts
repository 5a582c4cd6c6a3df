// Complainants listed after an offence's verb ("charged with assaulting A, B and C": a charge against each, each its
// complainant; never a name that opens the next clause), and a role set before the subject with no "as" ("A
// mortgage broker, Y denied wrongdoing").
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British regional daily: 'charged with assaulting A, B and C' names three complainants",
    text: "Lionel Spratt was charged with assaulting Hilary Marchwood, Oona Pettifer and Bryony Caddick.",
    facts: ["assault -ALLEGED_VICTIM-> Hilary Marchwood", "assault -ALLEGED_VICTIM-> Oona Pettifer", "assault -ALLEGED_VICTIM-> Bryony Caddick"],
    not: ["Oona Pettifer -CHARGED_WITH-> assault", "Bryony Caddick -CHARGED_WITH-> assault"],
  },
  {
    style: "wire: 'convicted of murdering A and B in 2019'",
    text: "Dean Hobb was convicted of murdering Ann Lobb and Tom Orrick in 2019.",
    facts: ["murder -ALLEGED_VICTIM-> Ann Lobb", "murder -ALLEGED_VICTIM-> Tom Orrick", "Dean Hobb -CHARGED_WITH-> murder"],
  },
  {
    style: "a name after 'and' that opens the next clause is no complainant",
    text: "Dean Hobb was convicted of assaulting Ann Lobb and Tom Orrick was cleared of affray.",
    facts: ["assault -ALLEGED_VICTIM-> Ann Lobb"],
    not: ["assault -ALLEGED_VICTIM-> Tom Orrick"],
  },
  {
    style: "', and B, his co-accused,' opens another clause",
    text: "Dean Hobb was convicted of assaulting Ann Lobb, and Tom Orrick, his co-accused, was cleared.",
    facts: ["assault -ALLEGED_VICTIM-> Ann Lobb"],
    not: ["assault -ALLEGED_VICTIM-> Tom Orrick"],
  },
  {
    style: "British daily: 'A mortgage broker, Y denied wrongdoing' (a role fronted with no 'as')",
    text: "Oona Pettifer was charged with fraud. A mortgage broker, Pettifer denied wrongdoing.",
    facts: ["Oona Pettifer -HOLDS_ROLE-> mortgage broker"],
  },
  {
    style: "a fronted role before a list of people is no one's",
    text: "Oona Pettifer was jailed. A carpenter, Pettifer and two others were arrested in May.",
    facts: [],
    not: ["Oona Pettifer -HOLDS_ROLE-> carpenter"],
  },
];
describeStories("complainants listed after an offence, and roles fronted", ROWS);

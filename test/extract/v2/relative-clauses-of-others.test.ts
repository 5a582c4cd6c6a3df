// "X was convicted of the murder of Y, 58, who had been jailed for assault in 2011": the relative clause after the
// victim tells Y's own earlier case, never X's. The appositive before a verb ("X, 31, was ...") took the whole main
// clause up to "who" as an aside, and a verdict told of the name right after a deed's verb was given to the
// sentence's defendant; "who had himself been" stood for the subject; "a minister who was acquitted" took the
// article's defendant.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British regional: the victim's own record after his age",
    text: "Man jailed for landlord's murder\n\nLorcan Trevaskis, 31, was convicted of the murder of Gethin Kellow, 58, who had been jailed for assault in 2011.",
    facts: ["Lorcan Trevaskis -CHARGED_WITH-> murder", "murder -ALLEGED_VICTIM-> Gethin Kellow"],
    not: ["Lorcan Trevaskis -CHARGED_WITH-> assault"],
  },
  {
    style: "British tabloid: 'who had himself been jailed'",
    text: "Killer jailed\n\nLorcan Trevaskis, 31, was convicted of the murder of Gethin Kellow, 58, who had himself been jailed for assault in 2011.",
    facts: ["Lorcan Trevaskis -CHARGED_WITH-> murder"],
    not: ["Lorcan Trevaskis -CHARGED_WITH-> assault"],
  },
  {
    style: "wire: a sentence for a killing, the victim's past conviction after him",
    text: "Man gets life for killing\n\nLorcan Trevaskis was jailed for life for killing Gethin Kellow, who was previously convicted of robbery.",
    facts: ["Lorcan Trevaskis -CHARGED_WITH-> killing"],
    not: ["Lorcan Trevaskis -CHARGED_WITH-> robbery"],
  },
  {
    style: "Cornish weekly: an acquittal, the complainant's conviction after him",
    text: "Woman cleared of assault\n\nBronagh Penwarden, 27, was cleared of assaulting Gethin Kellow, 40, who had been convicted of harassing her.",
    facts: ["Bronagh Penwarden -CHARGED_WITH-> assault"],
    not: ["Bronagh Penwarden -CHARGED_WITH-> harassment"],
  },
  {
    style: "Kenyan daily: the lawyer's former client, brought in unnamed",
    text: "Trader convicted of fraud\n\nLorcan Trevaskis was convicted of fraud in March. His lawyer, Ysolde Rosewarne, previously represented a minister who was acquitted of corruption in 2020.",
    facts: ["Lorcan Trevaskis -CHARGED_WITH-> fraud"],
    not: ["Lorcan Trevaskis -CHARGED_WITH-> corruption"],
  },
];

describeStories("a relative clause told of another person is that person's", ROWS);

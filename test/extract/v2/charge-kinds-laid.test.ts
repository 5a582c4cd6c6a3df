// How a count is laid is no part of the offence's name: "one joint count of conspiracy to defraud", "two specimen
// charges of theft", "a representative count of indecent assault" (Hong Kong, British and Australian court reports).
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Hong Kong court report: a joint count",
    text: "Kumaravel Winslade, 41, and Harkin Loveridge, 35, denied one joint count of conspiracy to defraud in the District Court.",
    facts: ["Kumaravel Winslade -CHARGED_WITH-> conspiracy to defraud", "Harkin Loveridge -CHARGED_WITH-> conspiracy to defraud"],
    not: ["Kumaravel Winslade -CHARGED_WITH-> joint count of conspiracy to defraud"],
  },
  {
    style: "British magistrates' report: specimen charges",
    text: "Prosser Wickham, 52, admitted two specimen charges of theft from his employer.",
    facts: ["Prosser Wickham -CHARGED_WITH-> theft"],
  },
  {
    style: "Australian district court: a representative count",
    text: "Marius Bramwell pleaded guilty to a representative count of indecent assault.",
    facts: ["Marius Bramwell -CHARGED_WITH-> indecent assault"],
  },
];

describeStories("how a count is laid", ROWS);

// A lede that describes the accused by two posts joined by "and" ("The founder and former chief executive of a
// medical device startup was convicted"): the one named next holds both. Invented wire and trade stories.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "wire: a dateline, then two posts before the verdict",
    text: "NEW YORK, May 14 (Reuters) - The founder and former chief executive of a medical device startup was convicted on Tuesday of defrauding investors, after a three-week trial.\n\nA jury found Vandersloot Harkness, 44, guilty of securities fraud and wire fraud.",
    facts: ["Vandersloot Harkness -HOLDS_ROLE-> founder", "Vandersloot Harkness -HOLDS_ROLE-> chief executive", "Vandersloot Harkness -CHARGED_WITH-> securities fraud"],
  },
  {
    style: "British trade press: the owner and managing director of a haulage firm jailed",
    text: "The owner and managing director of a haulage firm has been jailed for manslaughter after a lorry driver died.\n\nTillinghast Drayton, 61, was sentenced to four years at Kestleford Crown Court.",
    facts: ["Tillinghast Drayton -HOLDS_ROLE-> owner", "Tillinghast Drayton -HOLDS_ROLE-> managing director"],
  },
];

describeStories("a lede's two posts", ROWS);

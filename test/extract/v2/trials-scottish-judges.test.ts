// Scottish court reports name the judge as Lord or Lady X, a title that is no role: "Lady X deferred sentence",
// "Lord X told him he faced a lengthy sentence", "Sentencing him, Lord X said". Such a judge presides and is a
// judge; a peer so titled who speaks to the press is neither. Each story is invented.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Scottish daily: a judge titled Lady who deferred sentence",
    text: "Man guilty of killing friend\n\nMarbeck Ostley, 39, was convicted of culpable homicide at the High Court in Glasgow on Friday. Lady Varnell deferred sentence for background reports.",
    facts: ["Varnell -PRESIDED_OVER-> Ostley trial", "Varnell -HOLDS_ROLE-> judge"],
  },
  {
    style: "Scottish local paper: a judge titled Lord passing sentence",
    text: "Dealer jailed\n\nMarbeck Ostley was convicted of drug dealing at the High Court in Edinburgh. Sentencing him, Lord Varnell said he had shown no remorse.",
    facts: ["Varnell -PRESIDED_OVER-> Ostley trial", "Varnell -HOLDS_ROLE-> judge"],
  },
  {
    style: "British broadsheet: a peer's comment is no judge's",
    text: "Peer criticises verdict\n\nMarbeck Ostley was convicted of fraud at Brackwater Crown Court. Lord Varnell told the BBC he was surprised.",
    facts: [],
    not: ["Varnell -PRESIDED_OVER-> Ostley trial", "Varnell -HOLDS_ROLE-> judge"],
  },
];

describeStories("Scottish judges titled Lord and Lady", ROWS);

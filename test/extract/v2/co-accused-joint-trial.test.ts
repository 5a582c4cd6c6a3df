// "His co-accused, Y, was acquitted": a verdict whose subject the sentence calls the co-accused of someone tried before
// (in an earlier sentence or earlier in the same one) is of the same trial, not a trial of Y's own. Each story is
// invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Kenyan daily: 'His co-accused, customs officer Y, was acquitted' a sentence after the conviction",
    text: "Businessman jailed for bribing customs officers\n\nChief Magistrate Evans Ansty found Abdi Dellow Mire, a director of Tarnline Logistics, guilty of three counts of bribery. His co-accused, customs officer Grace Wanjiru Halvard, was acquitted for lack of evidence.",
    facts: ["Abdi Dellow Mire -DEFENDANT_IN-> Mire trial", "Grace Wanjiru Halvard -DEFENDANT_IN-> Mire trial"],
    not: ["Grace Wanjiru Halvard -DEFENDANT_IN-> Halvard trial"],
  },
  {
    style: "British local paper: 'his co-defendant Y was cleared', no comma",
    text: "Builder convicted of fraud\n\nTom Dellow, 52, was convicted of fraud at Bristol Crown Court on Friday. His co-defendant Dean Ansty, 47, was cleared.",
    facts: ["Tom Dellow -DEFENDANT_IN-> Dellow trial", "Dean Ansty -DEFENDANT_IN-> Dellow trial"],
    not: ["Dean Ansty -DEFENDANT_IN-> Ansty trial"],
  },
  {
    style: "Australian wire: '..., but her co-accused, Y, was found not guilty' in the same sentence",
    text: "Nurse guilty of theft\n\nFiona Branscombe was found guilty of stealing from patients in the Brisbane District Court, but her co-accused, Gavin Tamblyn, was found not guilty.",
    facts: ["Fiona Branscombe -DEFENDANT_IN-> Branscombe trial", "Gavin Tamblyn -DEFENDANT_IN-> Branscombe trial"],
    not: ["Gavin Tamblyn -DEFENDANT_IN-> Tamblyn trial"],
  },
];

describeStories("a co-accused's verdict is of the same trial", ROWS);

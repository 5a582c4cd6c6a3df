// A charge or an outcome told in a "whose" clause is the person's the clause opens after: "His co-accused, Y, whose
// charge of assault was stayed last year, did not testify" gave the accused of the sentence before an assault charge
// and a dismissal (the frame named no defendant, and the events stage took the one told nearest).
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Canadian daily: a co-accused's stayed charge",
    text: "Man acquitted of manslaughter\n\nRhodri Kitto, 34, was found not guilty of manslaughter. His co-accused, Delroy Nancarrow, whose charge of assault was stayed last year, did not testify.",
    facts: ["Rhodri Kitto -CHARGED_WITH-> manslaughter", "Delroy Nancarrow -CHARGED_WITH-> assault"],
    not: ["Rhodri Kitto -CHARGED_WITH-> assault", "Kitto trial: dismissed -ON_CHARGE-> assault"],
  },
  {
    style: "British broadsheet: a partner's quashed conviction",
    text: "Businessman jailed\n\nRhodri Kitto was jailed for fraud on Friday. His business partner, Delroy Nancarrow, whose conviction for forgery was quashed in 2019, sat in the public gallery.",
    facts: ["Rhodri Kitto -CHARGED_WITH-> fraud", "Delroy Nancarrow -CHARGED_WITH-> forgery"],
    not: ["Rhodri Kitto -CHARGED_WITH-> forgery", "Rhodri Kitto: guilty -ON_CHARGE-> forgery"],
  },
  {
    style: "wire: a witness whose own charge was dropped",
    text: "Man convicted of murder\n\nRhodri Kitto was convicted of murder. Delroy Nancarrow, whose murder charge was dropped in March, gave evidence for the prosecution.",
    facts: ["Rhodri Kitto -CHARGED_WITH-> murder", "Delroy Nancarrow -TESTIFIED_IN-> Kitto trial"],
    not: ["Kitto trial: dismissed -ON_CHARGE-> murder"],
  },
];

describeStories("a 'whose' clause tells its own person's case", ROWS);

// A state's or a province's supreme court that sits with a jury (Australian, New York, British Columbia) held the trial
// the article tells when it is the only court named and the article tells a jury and no appeal, in whichever sentence it
// is named. Never a nation's supreme court, one named by no place, one of appeal, or one a party means to appeal to.
import { describeStories } from "./helpers.ts";

describeStories("a supreme court that sits with a jury held the trial", [
  {
    style: "Australian: the court named before the verdict",
    text: "Man guilty\n\nThe case was heard at the Supreme Court of Victoria. A jury found Callum Ferrity guilty of manslaughter on Tuesday.",
    facts: ["Ferrity trial -HELD_AT-> Supreme Court of Victoria"],
  },
  {
    style: "Australian: the court named after the verdict",
    text: "Man guilty\n\nA jury found Callum Ferrity guilty of manslaughter on Tuesday. The case was heard in the Supreme Court in Melbourne.",
    facts: ["Ferrity trial -HELD_AT-> Supreme Court in Melbourne"],
  },
  {
    style: "Canadian: 'The trial was held in the Supreme Court of British Columbia'",
    text: "Man guilty\n\nA jury convicted Callum Ferrity of murder on Tuesday. The trial was held in the Supreme Court of British Columbia in Vancouver.",
    facts: ["Ferrity trial -HELD_AT-> Supreme Court of British Columbia"],
  },
  {
    style: "a supreme court a party means to appeal to held nothing",
    text: "Man guilty\n\nA jury convicted Callum Ferrity of fraud on Tuesday. He plans to appeal to the Supreme Court of Victoria.",
    facts: [],
    not: ["Ferrity trial -HELD_AT-> Supreme Court of Victoria"],
  },
  {
    style: "a nation's supreme court told as background held nothing",
    text: "Man guilty\n\nA jury convicted Callum Ferrity of fraud on Tuesday. The U.S. Supreme Court had ruled in 2019 that such schemes were crimes.",
    facts: [],
    not: ["Ferrity trial -HELD_AT-> U.S. Supreme Court", "Ferrity trial -HELD_AT-> Supreme Court"],
  },
  {
    style: "a supreme court named by no place held nothing",
    text: "Man guilty\n\nA jury convicted Callum Ferrity of fraud on Tuesday. His lawyers said they would take the case to the Supreme Court.",
    facts: [],
    not: ["Ferrity trial -HELD_AT-> Supreme Court"],
  },
]);

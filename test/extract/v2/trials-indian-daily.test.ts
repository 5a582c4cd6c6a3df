// An Indian daily's report of a sessions court verdict, told as such reports tell it: the one convicted
// described in the lede ("convicted her husband") and named only in the next paragraph, co-accused "given
// the benefit of doubt", and a second case at the end whose trial is to come ("His trial will begin in April").
import { describeDatedStories } from "./dated.ts";

const INDIAN_DAILY = `---
title: Ratnagiri court convicts husband, in-laws acquitted in dowry death case
published: 2025-03-09
---
Ratnagiri court convicts husband, in-laws acquitted in dowry death case

RATNAGIRI: Nearly six years after a 24-year-old woman was found dead at her matrimonial home in Chiplun, a sessions court here on Saturday convicted her husband of dowry death and abetment of suicide, but acquitted his parents for want of evidence.

Additional Sessions Judge Meenal Ranade sentenced Dhananjay Kolhatkar, 33, to seven years of rigorous imprisonment and imposed a fine of Rs 50,000. His father Vinayak Kolhatkar and mother Sumati Kolhatkar were given the benefit of doubt.

During the trial, the prosecution examined 17 witnesses. Special public prosecutor Ujwal Bhosekar argued that the woman had died within seven years of marriage.

Her father, Narhar Pendse, deposed that his daughter had called him the night before her death. Her neighbour, Vasudha Gokhale, told the court that she had often heard quarrels from the house.

In her 96-page judgment, the judge said the testimony of the father was "natural and trustworthy".

Kolhatkar had been granted bail in 2020. He was taken into custody after the verdict.

In a separate matter, the same court last month framed charges against a Khed-based moneylender, Mukund Salvi, for abetting the suicide of a farmer. His trial will begin in April.`;

describeDatedStories("an Indian daily's sessions court verdict", [
  {
    style: "Indian daily: the husband convicted in the lede, named in the next paragraph; his parents given the benefit of doubt",
    text: INDIAN_DAILY,
    facts: [
      "Kolhatkar trial -RESULTED_IN-> Kolhatkar trial: guilty{2025-03-08}",
      "Kolhatkar trial -TRIED_FOR-> dowry death",
      "Vinayak Kolhatkar -DEFENDANT_IN-> Kolhatkar trial",
      "Sumati Kolhatkar -DEFENDANT_IN-> Kolhatkar trial",
      "Narhar Pendse -TESTIFIED_IN-> Kolhatkar trial",
    ],
    not: ["Dhananjay Kolhatkar -DEFENDANT_IN-> Kolhatkar retrial{2025-04}", "Dhananjay Kolhatkar -DEFENDANT_IN-> Kolhatkar retrial"],
  },
  {
    style: "Indian daily: 'His trial will begin in April' after the one charged",
    text: "Moneylender charged\n\nMukund Salvi is charged with abetting the suicide of a farmer. His trial will begin in April.",
    facts: ["Mukund Salvi -DEFENDANT_IN-> Salvi trial (to come)"],
  },
  {
    style: "Indian daily: a second case's 'His trial is set to begin' is never the first defendant's",
    text: INDIAN_DAILY.replace("His trial will begin in April.", "His trial is set to begin in April."),
    facts: [],
    not: ["Dhananjay Kolhatkar -DEFENDANT_IN-> Kolhatkar retrial{2025-04}", "Dhananjay Kolhatkar -DEFENDANT_IN-> Kolhatkar trial (to come){2025-04}"],
  },
  {
    style: "trap: a co-accused 'not given the benefit of doubt'",
    text: "Husband convicted\n\nDhananjay Kolhatkar was convicted of dowry death. His father Vinayak Kolhatkar was not given the benefit of doubt.",
    facts: [],
    not: ["Vinayak Kolhatkar -DEFENDANT_IN-> Kolhatkar trial"],
  },
]);

describeDatedStories("a Pakistani daily's appeal bench", [
  {
    style: "Pakistani daily: a bench named by its members acquits, the sentence after the conviction was set aside",
    text: "Man freed\n\nThe Talpur High Court on Monday set aside the conviction of a man sentenced to life imprisonment in 2019 for the murder of his cousin. A division bench comprising Justice Sadaqat Bukhari and Justice Mehrunnisa Zubair acquitted Shahnawaz Jatoi, holding that the trial court had relied on a retracted confession.",
    facts: ["Shahnawaz Jatoi: appeal overturned -OVERTURNS-> Jatoi trial: guilty", "Talpur High Court -RULED-> Shahnawaz Jatoi: appeal overturned"],
    not: ["Mehrunnisa Zubair -PRESIDED_OVER-> Jatoi trial", "Sadaqat Bukhari -PRESIDED_OVER-> Jatoi trial", "Jatoi trial -RESULTED_IN-> Jatoi trial: not guilty"],
  },
]);

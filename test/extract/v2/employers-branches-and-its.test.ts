// Employers told through a branch ("the manager of the Tamsby branch of Halvard Bank": the bank, never the town) and
// by "its" after a verb of holding a post, the company named up to three sentences before ("Orbisan Logistics
// collapsed in 2019 ... She was its chief executive").
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British regional daily: 'the manager of the X branch of Y' works for Y",
    text: "Graham Pettiwold, the manager of the Elmsby branch of Halvard Bank, was jailed for six years for theft.",
    facts: ["Graham Pettiwold -WORKS_FOR-> Halvard Bank", "Graham Pettiwold -HOLDS_ROLE-> manager"],
    not: ["Graham Pettiwold -WORKS_FOR-> Elmsby"],
  },
  {
    style: "British regional daily: 'a cashier at the X branch of Y' works for Y, not for the town",
    text: "Fiona Carrodus, a cashier at the Tamsby branch of Ketley Building Society, was charged with theft.",
    facts: ["Fiona Carrodus -WORKS_FOR-> Ketley Building Society", "Fiona Carrodus -HOLDS_ROLE-> cashier"],
    not: ["Fiona Carrodus -WORKS_FOR-> Tamsby"],
  },
  {
    style: "Indian daily: 'who worked at the X office of Y'",
    text: "Fiona Carrodus, who worked at the Orlby office of Ketley Insurance, was charged with cheating.",
    facts: ["Fiona Carrodus -WORKS_FOR-> Ketley Insurance"],
    not: ["Fiona Carrodus -WORKS_FOR-> Orlby"],
  },
  {
    style: "a customer of a branch works for no one",
    text: "Graham Pettiwold, a customer of the Elmsby branch of Halvard Bank, was charged with fraud.",
    facts: [],
    not: ["Graham Pettiwold -WORKS_FOR-> Halvard Bank"],
  },
  {
    style: "wire: 'She was its chief executive' with the company named three sentences before",
    text: "Boss charged\n\nOrbisan Logistics collapsed in 2019 owing creditors millions. Prosecutors say its accounts were falsified. Linnea Haraldsdottir was charged with fraud on Monday. She was its chief executive.",
    facts: ["Linnea Haraldsdottir -WORKS_FOR-> Orbisan Logistics", "Linnea Haraldsdottir -HOLDS_ROLE-> chief executive"],
  },
  {
    style: "business press: 'X was its founder and chief executive' holds both posts",
    text: "Fund boss charged\n\nThe collapse of Brackwater Capital cost investors millions. Investigators say the books were false. Anton Velasquez-Roe was its founder and chief executive.",
    facts: ["Anton Velasquez-Roe -WORKS_FOR-> Brackwater Capital", "Anton Velasquez-Roe -HOLDS_ROLE-> founder", "Anton Velasquez-Roe -HOLDS_ROLE-> chief executive"],
  },
  {
    style: "two companies named in the nearest sentence that names any: 'its' is neither's",
    text: "Boss charged\n\nOrbisan Logistics bought Pennock Freight in 2019. Prosecutors say the accounts were falsified. Linnea Haraldsdottir was charged with fraud on Monday. She was its chief executive.",
    facts: [],
    not: ["Linnea Haraldsdottir -WORKS_FOR-> Orbisan Logistics", "Linnea Haraldsdottir -WORKS_FOR-> Pennock Freight"],
  },
];
describeStories("employers told through a branch or by 'its' a few sentences on", ROWS);

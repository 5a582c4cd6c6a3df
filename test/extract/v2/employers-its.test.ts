// "Its" for the company a court report has just named: "X was fined at Truro Crown Court. Its chief executive, Y,
// apologised" (the court named as the venue is no body "its" stands for beside the company), "X admitted the
// breaches. Y, its managing director, was fined" (an apposition after a name that opens the sentence), "X said
// that Y, its former chairman, had resigned" (the one body before the name in its sentence). With two bodies a
// reader could take, none.
import { describeStories } from "./helpers.ts";

describeStories("'its' for the company just named", [
  {
    style: "British regional daily: 'X was fined at Y Crown Court. Its chief executive, Z, apologised'",
    text: "Water firm fined £4m for polluting river\n\nKettlewick Water was fined £4m at Truro Crown Court on Friday for pumping sewage into the River Fal. Its chief executive, Corin Hallowell, apologised to residents outside court.",
    facts: ["Corin Hallowell -WORKS_FOR-> Kettlewick Water", "Corin Hallowell -HOLDS_ROLE-> chief executive"],
    not: ["Corin Hallowell -WORKS_FOR-> Truro Crown Court"],
  },
  {
    style: "Trade press (haulage): 'X admitted breaching rules at Y Crown Court. Its managing director, Z, was fined'",
    text: "Haulier fined after driver's death\n\nBrindlecombe Freight admitted breaching safety rules at Exeter Crown Court. Its managing director, Selwyn Noakes, was fined £20,000.",
    facts: ["Selwyn Noakes -WORKS_FOR-> Brindlecombe Freight"],
  },
  {
    style: "Local paper: 'X admitted the breaches. Y, its managing director, was fined' (the apposition after the name)",
    text: "Haulier fined after driver's death\n\nBrindlecombe Freight admitted breaching safety rules. Selwyn Noakes, its managing director, was fined £20,000.",
    facts: ["Selwyn Noakes -WORKS_FOR-> Brindlecombe Freight", "Selwyn Noakes -HOLDS_ROLE-> managing director"],
  },
  {
    style: "Business wire: 'X said in a statement that Y, its former chairman, had been suspended'",
    text: "Miner suspends former chairman\n\nCoalbrook Mining said in a statement that Selwyn Noakes, its former chairman, had been suspended pending the trial.",
    facts: ["Selwyn Noakes -WORKS_FOR-> Coalbrook Mining"],
  },
  {
    style: "Two companies in the sentence before: 'its' names neither",
    text: "Two firms fined over site death\n\nKettlewick Water and Brindlecombe Freight were fined at Exeter Crown Court. Its managing director, Selwyn Noakes, said lessons had been learned.",
    facts: [],
    not: ["Selwyn Noakes -WORKS_FOR-> Kettlewick Water", "Selwyn Noakes -WORKS_FOR-> Brindlecombe Freight"],
  },
  {
    style: "A regulator prosecuting the company: two bodies, neither a venue, so 'its' names neither",
    text: "Haulier fined after driver's death\n\nThe Health and Safety Executive prosecuted Brindlecombe Freight after a driver died. Its managing director, Selwyn Noakes, was fined £20,000.",
    facts: [],
    not: ["Selwyn Noakes -WORKS_FOR-> Brindlecombe Freight", "Selwyn Noakes -WORKS_FOR-> Health and Safety Executive"],
  },
]);

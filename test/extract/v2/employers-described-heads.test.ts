// "The company's chief executive", "the club's treasurer": a description of the one body the article named whose name
// ends in a word of that kind. Utilities, trades and clubs are named so too: "Kettlewick Water", "Coalbrook Rovers".
import { describeStories } from "./helpers.ts";

describeStories("the company or the club just named, by the last word of its name", [
  {
    style: "British regional daily: a water company, then 'X, the company's former chief executive,'",
    text: "Water boss charged over pollution reports\n\nKettlewick Water was fined £4m last year for polluting the River Fal. Corin Hallowell, the company's former chief executive, was charged with fraud on Monday.",
    facts: ["Corin Hallowell -WORKS_FOR-> Kettlewick Water"],
  },
  {
    style: "Local sports page: a football club, then 'The club's treasurer, X,'",
    text: "Club treasurer admits theft\n\nCoalbrook Rovers lost £80,000 over five years. The club's treasurer, Selwyn Noakes, admitted fraud at Leeds Crown Court.",
    facts: ["Selwyn Noakes -WORKS_FOR-> Coalbrook Rovers"],
  },
  {
    style: "Two companies of the kind named: 'the company' names neither",
    text: "Firms fined over site death\n\nKettlewick Water and Drayfield Plastics were fined after a worker died. The company's managing director, Selwyn Noakes, said lessons had been learned.",
    facts: [],
    not: ["Selwyn Noakes -WORKS_FOR-> Kettlewick Water", "Selwyn Noakes -WORKS_FOR-> Drayfield Plastics"],
  },
]);

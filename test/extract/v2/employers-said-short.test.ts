// A body's name said short before a post: "Marlowby Permanent Holdings ... Ex-chief executive Amelia Tenwick and former
// Marlowby finance director Neil Brindmore": the first words of the one body the story named before are that body, not a
// person, so the post's holder works for it. Not where two bodies' names begin so, nor where someone is called by them.
import { describeStories } from "./helpers.ts";

describeStories("a body's name said short before a post", [
  {
    style: "Irish wire: 'A and former <short> finance director B appeared'",
    text: "Bank executives charged over collapse\n\nDUBLIN - Two former executives of Marlowby Permanent Holdings have been charged with conspiracy to defraud.\n\nAmelia Tenwick and former Marlowby finance director Neil Brindmore appeared before Dublin District Court on Tuesday.",
    facts: ["Neil Brindmore -WORKS_FOR-> Marlowby Permanent Holdings"],
  },
  {
    style: "NZ regional daily: a short name read as a place's by its last word",
    text: "Water company fined over sewage spill\n\nCorvane Valley Water was fined $300,000 in the Napier District Court on Friday.\n\nThe court heard that Corvane Valley chief executive Marion Aldwick had been warned twice.",
    facts: ["Marion Aldwick -WORKS_FOR-> Corvane Valley Water"],
    not: ["Marion Aldwick -WORKS_FOR-> Corvane Valley"],
  },
  {
    style: "Kenyan daily: 'the court heard evidence from <short> branch manager X'",
    text: "Bank manager testifies in Sh80m fraud case\n\nNAIROBI - Three men accused of defrauding Wexcombe Savings Ltd of Sh80 million appeared before a Makadara court on Tuesday.\n\nThe court heard evidence from Wexcombe branch manager Joseph Denholm, who said the money was moved in 14 transfers.",
    facts: ["Joseph Denholm -WORKS_FOR-> Wexcombe Savings Ltd"],
  },
  {
    style: "British broadsheet: two bodies whose names begin alike: the short name is neither's",
    text: "Insurance chiefs in court\n\nMarlowby Permanent Holdings and Marlowby Insurance Services were both named in the indictment.\n\nFormer Marlowby chief executive Amelia Tenwick denied the charges at Harcourt Crown Court.",
    facts: ["Amelia Tenwick -HOLDS_ROLE-> chief executive"],
    not: ["Amelia Tenwick -WORKS_FOR-> Marlowby Permanent Holdings", "Amelia Tenwick -WORKS_FOR-> Marlowby Insurance Services"],
  },
]);

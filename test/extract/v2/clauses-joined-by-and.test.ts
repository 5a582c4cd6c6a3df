// Two people's outcomes told in one sentence, the second clause joined by "and", ", and" or a semicolon with its own
// subject set off by an age, an address or a description: "X, 34, pleaded guilty to theft and Y, 29, pleaded not guilty to burglary". The first person's
// appositive must not run on through the second clause and give them the second verb; a list of names with no verb
// between them ("X, 34, and Y, 29, pleaded") stays one subject.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Kenyan daily: two pleas, each its own, joined by 'and'",
    text: "Two admit roles in depot raid\n\nAkinyi Kamau, 34, pleaded guilty to theft and Njeri Wanjiru, 29, pleaded not guilty to burglary when they appeared before a magistrate in Mombasa on Tuesday.",
    facts: ["Akinyi Kamau pleads guilty -ON_CHARGE-> theft", "Njeri Wanjiru pleads not guilty -ON_CHARGE-> burglary", "Njeri Wanjiru -CHARGED_WITH-> burglary"],
    not: ["Akinyi Kamau -CHARGED_WITH-> burglary", "Akinyi Kamau pleads not guilty -ON_CHARGE-> burglary"],
  },
  {
    style: "British local weekly: a conviction and an acquittal in one sentence",
    text: "Pair tried over takeaway stabbing\n\nDafydd Scarrow, 22, was convicted of wounding with intent and Liam Brannagh, 24, was acquitted of affray at the end of a week-long trial.",
    facts: ["Dafydd Scarrow -CHARGED_WITH-> wounding with intent", "Liam Brannagh -CHARGED_WITH-> affray"],
    not: ["Dafydd Scarrow -CHARGED_WITH-> affray"],
  },
  {
    style: "business wire: the director acquitted is neither the accountant's co-defendant on fraud nor its victim",
    text: "Accountant guilty, director cleared\n\nTegan Fenwright, 48, was convicted of fraud and Mervyn Spurrell, 55, was acquitted of money laundering after a six-week trial.",
    facts: ["Tegan Fenwright -CHARGED_WITH-> fraud", "Mervyn Spurrell -CHARGED_WITH-> money laundering"],
    not: ["Tegan Fenwright -CHARGED_WITH-> money laundering", "fraud -ALLEGED_VICTIM-> Mervyn Spurrell"],
  },
  {
    style: "Welsh regional: each name with an age and a home town, each admission its own",
    text: "Two admit break-ins\n\nRhodri Kettleby, 31, of Pontypridd, admitted theft and Brychan Wekesa, 27, of Treorchy, admitted burglary.",
    facts: ["Rhodri Kettleby pleads guilty -ON_CHARGE-> theft", "Brychan Wekesa pleads guilty -ON_CHARGE-> burglary"],
    not: ["Rhodri Kettleby -CHARGED_WITH-> burglary"],
  },
  {
    style: "NZ wire: two charges, each its own",
    text: "Two charged after ram raid\n\nRangi Whetu, 27, was charged with burglary and Jarrah Amaroo, 25, was charged with receiving stolen property.",
    facts: ["Rangi Whetu -CHARGED_WITH-> burglary", "Jarrah Amaroo -CHARGED_WITH-> receiving stolen property"],
    not: ["Rangi Whetu -CHARGED_WITH-> receiving stolen property"],
  },
  {
    style: "Kenyan daily: those charged alongside, named in a phrase set off by commas, are not the plea's subject",
    text: "Three in court\n\nAkinyi Kamau, charged alongside Njeri Wanjiru and Ffion Kiprotich, pleaded not guilty to theft.",
    facts: ["Akinyi Kamau pleads not guilty -ON_CHARGE-> theft"],
    not: ["Ffion Kiprotich -CHARGED_WITH-> theft", "Njeri Wanjiru -CHARGED_WITH-> theft"],
  },
  {
    style: "Kenyan daily: a list of names with their ages, no verb between them, is one subject",
    text: "Pair deny theft\n\nAkinyi Kamau, 34, and Njeri Wanjiru, 29, pleaded not guilty to theft.",
    facts: ["Akinyi Kamau pleads not guilty -ON_CHARGE-> theft", "Njeri Wanjiru pleads not guilty -ON_CHARGE-> theft"],
    not: [],
  },
  {
    style: "British wire: ', and' before the second subject, a split verdict",
    text: "Two cleared over warehouse fire\n\nCorwin Thackwell, 34, was found not guilty of arson, and Linnea Pendry, 29, was cleared of conspiracy to defraud and of perverting the course of justice.",
    facts: ["Corwin Thackwell -CHARGED_WITH-> arson", "Linnea Pendry -CHARGED_WITH-> conspiracy to defraud", "Linnea Pendry -CHARGED_WITH-> perverting the course of justice"],
    not: ["Corwin Thackwell -CHARGED_WITH-> conspiracy to defraud", "Corwin Thackwell -CHARGED_WITH-> perverting the course of justice"],
  },
  {
    style: "British regional: a semicolon ends the first clause",
    text: "Teacher jailed, colleague convicted\n\nCasimir Kirrin, 45, was jailed for six years for fraud; Wilhelmina Fenwright, 51, was convicted of money laundering and will be sentenced next month.",
    facts: ["Casimir Kirrin -CHARGED_WITH-> fraud", "Wilhelmina Fenwright -CHARGED_WITH-> money laundering"],
    not: ["Casimir Kirrin -CHARGED_WITH-> money laundering"],
  },
  {
    style: "Kenyan daily: a participle phrase on the first name is no clause of its own",
    text: "Three in court\n\nAkinyi Kamau, charged alongside Njeri Wanjiru, and Ffion Kiprotich, 29, pleaded not guilty to theft.",
    facts: ["Akinyi Kamau pleads not guilty -ON_CHARGE-> theft"],
    not: ["Njeri Wanjiru -CHARGED_WITH-> theft"],
  },
];

describeStories("clauses joined by 'and': each subject keeps its own verb", ROWS);

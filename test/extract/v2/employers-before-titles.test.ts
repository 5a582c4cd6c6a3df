// A company named before the title of its officer, as business pages and wires write it: "Pellworth Bank CEO, Ama
// Vintner," (a capitalised title, then a comma), "Ama Vintner, Pellworth Bank CEO," and "X, the former Corvane Bank
// chief executive," (a bank's head word inside the apposition, not the apposition's head), and a company whose name has
// no company's word before its worker's plain title ("Velmora Kitchens owner X"). Each says who works for whom.
import { describeStories } from "./helpers.ts";

describeStories("employers named before their officers' titles", [
  {
    style: "business daily: the company and a capitalised title before a comma",
    text: "Bank chief charged\n\nPellworth Bank CEO, Ama Vintner, was charged with fraud on Tuesday.",
    facts: ["Ama Vintner -WORKS_FOR-> Pellworth Bank", "Ama Vintner -HOLDS_ROLE-> chief executive"],
  },
  {
    style: "wire: the company and its capitalised title in apposition after the name",
    text: "Bank chief charged\n\nAma Vintner, Pellworth Bank CEO until May, was charged with fraud on Tuesday.",
    facts: ["Ama Vintner -WORKS_FOR-> Pellworth Bank", "Ama Vintner -HOLDS_ROLE-> chief executive"],
  },
  {
    style: "Irish broadsheet: 'the former X Bank chief executive' in apposition, a tagger's adjective after the bank",
    text: "Ex-banker charged\n\nTomas Grennick, the former Corvane Bank chief executive, was charged with fraud on Monday.",
    facts: ["Tomas Grennick -WORKS_FOR-> Corvane Bank", "Tomas Grennick -HOLDS_ROLE-> chief executive", "Tomas Grennick -CHARGED_WITH-> fraud"],
  },
  {
    style: "Australian broadcaster: a chief operating officer after the bank, with 'a former'",
    text: "Banker in court\n\nQuenton Dunsley, a former Sollentine Bank chief operating officer, pleaded guilty to fraud in Sydney.",
    facts: ["Quenton Dunsley -WORKS_FOR-> Sollentine Bank", "Quenton Dunsley -HOLDS_ROLE-> chief operating officer"],
  },
  {
    style: "British local paper: a company with no company's word in its name before its owner's plain title",
    text: "Restaurant owner fined\n\nVelmora Kitchens owner Quenton Dunsley admitted employing illegal workers at Leeds Magistrates' Court.",
    facts: ["Quenton Dunsley -WORKS_FOR-> Velmora Kitchens", "Quenton Dunsley -HOLDS_ROLE-> owner"],
  },
  {
    style: "South African daily: a coach firm before its driver's title",
    text: "Driver admits crash\n\nHarrowgate Coaches driver Nikhil Prinsloo, 51, admitted culpable homicide in the Durban Regional Court.",
    facts: ["Nikhil Prinsloo -WORKS_FOR-> Harrowgate Coaches", "Nikhil Prinsloo -HOLDS_ROLE-> driver"],
  },
  {
    style: "British employment-tribunal report: in 'his former employer, X' the employer is no role X holds",
    text: "Chef sues restaurant\n\nQuenton Dunsley sued his former employer, Velmora Kitchens, for unfair dismissal at the Leeds employment tribunal.",
    facts: [],
    not: ["Velmora Kitchens -HOLDS_ROLE-> employer"],
  },
]);

// A couple's child told after the name ("X, their son, had been starved", "X, the couple's daughter,") or as a list
// ("The pair's children, A and B, were taken into care"): broadsheet and local reports of neglect and cruelty trials,
// where the parents are the defendants named in the sentence before. Two people of different surnames and no tie
// named before leave "their" unread.
import { describeStories } from "./helpers.ts";

const parents = "Parents jailed for neglect\n\nSorcha Garrow, 52, and Peveril Garrow, 55, were jailed for neglect at the crown court.\n\n";

describeStories("a couple's children told after the name or in a list", [
  {
    style: "British local: 'X, their son, had been starved'",
    text: parents + "Linnet Garrow, their son, had been kept in a shed for months.",
    facts: ["Linnet Garrow -RELATED_TO(son)-> Sorcha Garrow", "Linnet Garrow -RELATED_TO(son)-> Peveril Garrow"],
  },
  {
    style: "broadsheet: 'X, the couple's daughter, gave evidence' after a wife's tie",
    text: "Couple convicted\n\nSorcha Garrow and her husband Peveril were convicted of cruelty. Linnet Garrow, the couple's daughter, gave evidence by video link.",
    facts: ["Linnet Garrow -RELATED_TO(daughter)-> Sorcha Garrow", "Linnet Garrow -RELATED_TO(daughter)-> Peveril"],
  },
  {
    style: "tabloid: 'The pair's children, A and B, were taken into care'",
    text: parents + "The pair's children, Linnet and Emlyn, were taken into care.",
    facts: ["Emlyn -RELATED_TO(child)-> Sorcha Garrow", "Emlyn -RELATED_TO(child)-> Peveril Garrow", "Linnet -RELATED_TO(child)-> Sorcha Garrow"],
  },
  {
    style: "two unrelated defendants: 'X, their neighbour' is no kin, 'X, their son' unread",
    text: "Pair jailed\n\nSorcha Garrow, 52, and Emlyn Tresilian, 55, were jailed for neglect. Linnet Peveril, their son, had been starved.",
    facts: [],
    not: ["Linnet Peveril -RELATED_TO(son)-> Sorcha Garrow", "Linnet Peveril -RELATED_TO(son)-> Emlyn Tresilian"],
  },
]);

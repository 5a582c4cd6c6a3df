// Relatives named as a pair before their names, as ledes do ("Brothers A and B Varga were charged", "Father and son A
// and B", "Mother and daughter A and B"), and a crown court's judge told by 'His Honour Judge', 'Her Honour Judge' or 'HHJ'.
import { describeStories } from "./helpers.ts";

describeStories("relatives named as a pair, and judges told by their honour", [
  {
    style: "British regional daily lede: 'Brothers A and B Varga were charged' (the word opening the sentence is no given name)",
    text: "Two brothers charged over depot fire\n\nBrothers Corvin and Milo Vessey were charged with arson on Tuesday.",
    facts: ["Corvin Vessey -RELATED_TO(brother)-> Milo Vessey", "Corvin Vessey -CHARGED_WITH-> arson"],
    not: ["Brothers Corvin -CHARGED_WITH-> arson"],
  },
  {
    style: "Wire lede: 'Sisters A and B Lisle were jailed'",
    text: "Sisters jailed over benefit fraud\n\nSisters Ada and Tia Lisle were jailed for two years on Friday for benefit fraud.",
    facts: ["Ada Lisle -RELATED_TO(sister)-> Tia Lisle"],
  },
  {
    style: "Nigerian daily: 'Father and son A and B were arraigned'",
    text: "Father, son arraigned over fraud\n\nFather and son Chidozie Umeakor and Tobi Umeakor were arraigned on Monday on charges of fraud.",
    facts: ["Chidozie Umeakor -RELATED_TO(father)-> Tobi Umeakor"],
  },
  {
    style: "British local paper: 'Mother and daughter A and B Lisle admitted'",
    text: "Mother and daughter admit shoplifting\n\nMother and daughter Ada and Tia Lisle admitted shoplifting at Dunmere Magistrates' Court.",
    facts: ["Ada Lisle -RELATED_TO(mother)-> Tia Lisle"],
  },
  {
    style: "British crown court report: 'jailed by Her Honour Judge X' (the title is no part of her name)",
    text: "Burglar jailed\n\nCorvin Vessey, 31, was jailed for six years by Her Honour Judge Prideaux at Dunmere Crown Court.",
    facts: ["Prideaux -HOLDS_ROLE-> judge"],
  },
  {
    style: "British crown court report: 'HHJ X said'",
    text: "Burglar jailed\n\nCorvin Vessey, 31, was jailed for six years. HHJ Nell Prideaux said he was a danger to the public.",
    facts: ["Nell Prideaux -HOLDS_ROLE-> judge"],
  },
]);

// Everyday reports of who was sued and who must pay: the ones sued each with a description of their own, described
// first by what they did, set off by "among others"; a plaintiff's own lawsuit that names them; a judge's order to
// repay a named party, an order "by the High Court", "must pay X, a judge ruled", damages or a judgment won from one;
// and a headline's "X sued for defamation", which makes the one sued no plaintiff; a jury's rejecting an accused's claim
// is no suit. Each story is invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "US local paper: an acquitted man sues the detectives, each described",
    text: "Man cleared of arson sues detectives\n\nAurelian Pettifer was acquitted of arson in 2019. Pettifer sued Lorcan Mabbutt, a former detective, and Corwen Haliburton, a retired sergeant, in 2021.",
    facts: ["Aurelian Pettifer -PLAINTIFF_IN-> Aurelian Pettifer v. Lorcan Mabbutt", "Corwen Haliburton -DEFENDANT_IN-> Aurelian Pettifer v. Lorcan Mabbutt"],
  },
  {
    style: "Canadian wire: the ones sued described by what they did",
    text: "Exonerated man files suit\n\nKenelm Sandiford spent six years in prison before his conviction was quashed. Sandiford sued the police officers who arrested him, Gethin Ollerenshaw, Tancred Wolstenholme and Elspeth Cardew.",
    facts: ["Kenelm Sandiford -PLAINTIFF_IN-> Kenelm Sandiford v. Gethin Ollerenshaw", "Elspeth Cardew -DEFENDANT_IN-> Kenelm Sandiford v. Gethin Ollerenshaw"],
  },
  {
    style: "Australian broadsheet: a county, an office no name stands for, and a firm",
    text: "Former guard sues county\n\nIn 2021 Damaris Hepplewhite sued Coldharbour County, its sheriff's office and Pennock Security over her treatment in custody.",
    facts: ["Pennock Security -DEFENDANT_IN-> Damaris Hepplewhite v. Coldharbour County"],
  },
  {
    style: "Trade press: those sued set off by 'among others'",
    text: "Investor widens claim\n\nRadimir Kovacevic sued, among others, Strathcarron Capital, Ysolde Trevanion and Oriel Fenwright.",
    facts: ["Oriel Fenwright -DEFENDANT_IN-> Radimir Kovacevic v. Strathcarron Capital", "Ysolde Trevanion -DEFENDANT_IN-> Radimir Kovacevic v. Strathcarron Capital"],
  },
  {
    style: "Irish daily: the plaintiff's own lawsuit names the defendants",
    text: "Solicitor's suit names two partners\n\nNkechi Umeadi's lawsuit names Isaura Blackadder and Gethin Ollerenshaw as defendants.",
    facts: ["Nkechi Umeadi -PLAINTIFF_IN-> Nkechi Umeadi v. Isaura Blackadder", "Gethin Ollerenshaw -DEFENDANT_IN-> Nkechi Umeadi v. Isaura Blackadder"],
  },
  {
    style: "Business wire: a judge orders a developer to repay a bank",
    text: "Developer told to repay loan\n\nA judge ordered property developer Tancred Wolstenholme to repay Ellesmere Bank $2.2 million on Monday.",
    facts: ["Ellesmere Bank -PLAINTIFF_IN-> Ellesmere Bank v. Tancred Wolstenholme", "Tancred Wolstenholme -DEFENDANT_IN-> Ellesmere Bank v. Tancred Wolstenholme"],
  },
  {
    style: "British regional paper: an order 'by the High Court'",
    text: "Landlord must repay council\n\nCorwen Haliburton, a landlord, was ordered by the High Court to repay £400,000 to Thornbury Council.",
    facts: ["Thornbury Council -PLAINTIFF_IN-> Thornbury Council v. Corwen Haliburton", "Corwen Haliburton -DEFENDANT_IN-> Thornbury Council v. Corwen Haliburton"],
  },
  {
    style: "Singaporean daily: 'must pay X, a judge ruled'",
    text: "Contractor loses dispute\n\nOriel Fenwright must pay Rosewarne Holdings S$310,000, a High Court judge ruled on Tuesday.",
    facts: ["Oriel Fenwright -DEFENDANT_IN-> Rosewarne Holdings v. Oriel Fenwright"],
  },
  {
    style: "Tabloid: libel damages won from a paper",
    text: "Singer wins libel fight\n\nSinger Ysolde Trevanion has won libel damages from the Strathcarron Gazette.",
    facts: ["Ysolde Trevanion -PLAINTIFF_IN-> Ysolde Trevanion v. Strathcarron Gazette", "Strathcarron Gazette -DEFENDANT_IN-> Ysolde Trevanion v. Strathcarron Gazette"],
  },
  {
    style: "Kenyan business page: a High Court judgment won",
    text: "Bank wins case\n\nEllesmere Bank has won a High Court judgment against businessman Kenelm Sandiford over an unpaid loan.",
    facts: ["Kenelm Sandiford -DEFENDANT_IN-> Ellesmere Bank v. Kenelm Sandiford"],
  },
  {
    style: "NZ local paper: a council taking a described landlord to court",
    text: "Rates row\n\nThornbury Council is taking landlord Gethin Ollerenshaw to court over unpaid business rates.",
    facts: ["Thornbury Council -PLAINTIFF_IN-> Thornbury Council v. Gethin Ollerenshaw", "Gethin Ollerenshaw -DEFENDANT_IN-> Thornbury Council v. Gethin Ollerenshaw"],
  },
  {
    style: "Headline passive: the one sued is no plaintiff",
    text: "Isaura Blackadder sued for defamation\n\nAuthor Isaura Blackadder has been sued for defamation by her former publisher, Rosewarne Books. The publisher claims she made false statements about it.",
    facts: ["Rosewarne Books -PLAINTIFF_IN-> Rosewarne Books v. Isaura Blackadder", "Isaura Blackadder -DEFENDANT_IN-> Rosewarne Books v. Isaura Blackadder"],
    not: ["Isaura Blackadder -PLAINTIFF_IN-> Rosewarne Books v. Isaura Blackadder"],
  },
  {
    style: "British court report: a repayment order beside a fraud conviction is the sentence's, no suit",
    text: "Bookkeeper jailed\n\nElspeth Cardew was jailed for three years at Thornbury Crown Court for fraud. The judge ordered Cardew to repay £40,000 to Pennock Security.",
    facts: ["Thornbury Crown Court -RULED-> Elspeth Cardew: guilty"],
    not: ["Elspeth Cardew -DEFENDANT_IN-> Pennock Security v. Elspeth Cardew", "Pennock Security -PLAINTIFF_IN-> Pennock Security v. Elspeth Cardew"],
  },
  {
    style: "British court report: the jury rejects the accused's claim about another man, a defence and no suit",
    text: "Man guilty of murder\n\nA jury at Thornbury Crown Court rejected Gethin Ollerenshaw's claim that Tancred Wolstenholme had attacked him first. Ollerenshaw was convicted of murder.",
    facts: ["Gethin Ollerenshaw -DEFENDANT_IN-> Ollerenshaw trial"],
    not: ["Tancred Wolstenholme -DEFENDANT_IN-> Gethin Ollerenshaw v. Tancred Wolstenholme", "Gethin Ollerenshaw -PLAINTIFF_IN-> Gethin Ollerenshaw v. Tancred Wolstenholme"],
  },
];

describeStories("who was sued and who must pay, as everyday reports tell it", ROWS);

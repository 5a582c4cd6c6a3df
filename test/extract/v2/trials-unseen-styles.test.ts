// Trials, their parties and their verdicts told in styles the corpora do not use: a plural title before
// two prosecutors, a witness's testimony at "the trial of X" with no other word of the trial, co-accused
// "tried together", a trial "at" a court told after its charge, a pronoun's trial at a named court, and a
// verdict given by its words ("a verdict of not guilty").
import { describeStories } from "./helpers.ts";

describeStories("trials told in unseen styles", [
  {
    style: "Singaporean: two deputy public prosecutors under one plural title",
    text: "Court clears start-up founder\n\nMarcus Yeovance stood trial for cheating in the district court.\n\nDeputy Public Prosecutors Saoirse Iskandar and Nadim Quennell argued that Yeovance lied about the firm's revenue.",
    facts: ["Saoirse Iskandar -PROSECUTED-> Yeovance trial", "Nadim Quennell -PROSECUTED-> Yeovance trial"],
    not: ["Saoirse Iskandar -REPRESENTS-> Marcus Yeovance", "Saoirse Iskandar -TESTIFIED_IN-> Yeovance trial"],
  },
  {
    style: "US wire: prosecutors under a bare plural title",
    text: "Treasurer on trial\n\nMarcus Yeovance is on trial for embezzlement. Prosecutors Saoirse Iskandar and Nadim Quennell told jurors he had lied.",
    facts: ["Saoirse Iskandar -PROSECUTED-> Yeovance trial", "Nadim Quennell -PROSECUTED-> Yeovance trial"],
  },
  {
    style: "Canadian: a witness takes the stand 'in the trial of X at the court'",
    text: "Star witness testifies\n\nImelda Maplestone took the stand on Wednesday in the trial of Darren Treharne at the Kestrelmoor Superior Court in Aldermoor. Treharne is charged with fraud.",
    facts: ["Imelda Maplestone -TESTIFIED_IN-> Treharne trial", "Darren Treharne -DEFENDANT_IN-> Treharne trial", "Treharne trial -HELD_AT-> Kestrelmoor Superior Court in Aldermoor"],
    not: ["Imelda Maplestone -DEFENDANT_IN-> Treharne trial"],
  },
  {
    style: "tabloid: the star witness 'testified at the trial of X', no other word of the trial",
    text: "Ex-partner's evidence\n\nImelda Maplestone, the prosecution's star witness, testified on Wednesday at the trial of Darren Treharne.",
    facts: ["Imelda Maplestone -TESTIFIED_IN-> Treharne trial", "Darren Treharne -DEFENDANT_IN-> Treharne trial"],
    not: ["Imelda Maplestone -DEFENDANT_IN-> Treharne trial", "Darren Treharne -TESTIFIED_IN-> Treharne trial"],
  },

  {
    style: "Australian: two brothers 'stood trial together in' a supreme court",
    text: "Brothers on trial\n\nTwo brothers, Lachlan Basquill and Hamish Basquill, stood trial together in the Tessaly Supreme Court accused of murder. Justice Anne Petrakis presided.",
    facts: ["Lachlan Basquill -DEFENDANT_IN-> Basquill trial", "Hamish Basquill -DEFENDANT_IN-> Basquill trial", "Basquill trial -HELD_AT-> Tessaly Supreme Court", "Anne Petrakis -PRESIDED_OVER-> Basquill trial"],
  },
  {
    style: "Irish: 'was tried for assault at' a circuit court",
    text: "Farmer's trial\n\nDeclan Muldowney, 47, was tried for assault at Kilbrannan Circuit Criminal Court last month.",
    facts: ["Declan Muldowney -DEFENDANT_IN-> Muldowney trial", "Muldowney trial -HELD_AT-> Kilbrannan Circuit Criminal Court", "Muldowney trial -TRIED_FOR-> assault"],
  },
  {
    style: "Irish: 'His trial at the court heard' after the accused's denial",
    text: "Publican denies assault\n\nCathal Thackery, 52, of Rushbury, denies assault causing harm.\n\nHis trial at Wyndcliffe Circuit Criminal Court heard evidence from three witnesses on Tuesday.",
    facts: ["Cathal Thackery -DEFENDANT_IN-> Thackery trial", "Thackery trial -HELD_AT-> Wyndcliffe Circuit Criminal Court"],
  },
  {
    style: "British: 'the jury returned a unanimous verdict of not guilty'",
    text: "Nurse cleared\n\nNurse Oonagh Fenlon stood trial for theft at Crowthorne Crown Court.\n\nAfter three hours the jury returned a unanimous verdict of not guilty.",
    facts: ["Fenlon trial -RESULTED_IN-> Fenlon trial: not guilty", "Oonagh Fenlon -DEFENDANT_IN-> Fenlon trial"],
    not: ["Fenlon trial -RESULTED_IN-> Fenlon trial: guilty"],
  },
  {
    style: "Kenyan: 'the court returned a verdict of guilty'",
    text: "Trader convicted\n\nTrader Joseph Vorley stood trial for robbery with violence at the Blaydon Law Courts.\n\nOn Friday the court returned a verdict of guilty.",
    facts: ["Vorley trial -RESULTED_IN-> Vorley trial: guilty"],
    not: ["Vorley trial -RESULTED_IN-> Vorley trial: not guilty"],
  },

  {
    style: "Kenyan: a court 'acquitted a matatu owner who was charged with' murder, named after",
    text: "Matatu owner freed\n\nNAIROBI — A Nyeri court has acquitted a matatu owner who was charged with the murder of a police officer in 2022.\n\nJustice Grace Nzioka ruled that the prosecution had failed to place Joseph Machakos Mutai at the scene.",
    facts: ["Mutai trial -RESULTED_IN-> Mutai trial: not guilty", "Joseph Machakos Mutai -DEFENDANT_IN-> Mutai trial", "Mutai trial -HELD_AT-> Nyeri court"],
    not: ["Mutai trial -RESULTED_IN-> Mutai trial: guilty", "Grace Nzioka -DEFENDANT_IN-> Mutai trial"],
  },
]);

describeStories("witnesses told in unseen styles", [
  {
    style: "British court report: a witness 'testifying for the defence' is no defence lawyer",
    text: "Alibi witness\n\nMarcus Yeovance is on trial for assault at Crowthorne Crown Court. Testifying for the defence, Ruth Treharne said he was at home that night.",
    facts: ["Ruth Treharne -TESTIFIED_IN-> Yeovance trial"],
    not: ["Ruth Treharne -REPRESENTS-> Marcus Yeovance", "Ruth Treharne -HOLDS_ROLE-> lawyer"],
  },
  {
    style: "Irish: 'giving evidence for the prosecution' is no prosecutor",
    text: "Garda's evidence\n\nMarcus Yeovance is on trial for assault at Wyndcliffe Circuit Criminal Court. Giving evidence for the prosecution, Ruth Treharne said she saw the punch.",
    facts: ["Ruth Treharne -TESTIFIED_IN-> Yeovance trial"],
    not: ["Ruth Treharne -PROSECUTED-> Yeovance trial"],
  },
  {
    style: "Australian: a side's witness titled before the name",
    text: "Witness describes punch\n\nMarcus Yeovance is on trial for assault in the Tessaly District Court. Prosecution witness Ruth Treharne told the court she saw the punch. Key defence witness Alan Quennell said Yeovance was at home.",
    facts: ["Ruth Treharne -TESTIFIED_IN-> Yeovance trial", "Alan Quennell -TESTIFIED_IN-> Yeovance trial"],
    not: ["Ruth Treharne -DEFENDANT_IN-> Yeovance trial", "Alan Quennell -REPRESENTS-> Marcus Yeovance"],
  },
  {
    style: "tabloid: what a barmaid recalled 'in the witness box'",
    text: "Barmaid's ordeal\n\nMarcus Yeovance is on trial for assault. Ruth Treharne, a barmaid, recalled in the witness box how the punch was thrown.",
    facts: ["Ruth Treharne -TESTIFIED_IN-> Yeovance trial"],
  },
  {
    style: "Nigerian: an eyewitness titled before the name keeps her name alone",
    text: "Eyewitness recounts attack\n\nMarcus Yeovance is on trial for armed robbery at the Tessaly High Court. Eyewitness Ruth Treharne told the court she saw him fire the gun.",
    facts: ["Ruth Treharne -TESTIFIED_IN-> Yeovance trial"],
    not: ["Eyewitness Ruth Treharne -TESTIFIED_IN-> Yeovance trial"],
  },
]);

describeStories("co-accused told in unseen styles", [
  {
    style: "British: 'His co-accused, Y, denies the charge' stands the same trial",
    text: "Pair on trial\n\nMarcus Yeovance is on trial for robbery at Crowthorne Crown Court. His co-accused, Alan Quennell, denies the charge.",
    facts: ["Alan Quennell -DEFENDANT_IN-> Yeovance trial", "Marcus Yeovance -DEFENDANT_IN-> Yeovance trial"],
    not: ["Alan Quennell -DEFENDANT_IN-> Quennell trial"],
  },

  {
    style: "Nigerian: 'on trial ... alongside Y' at the end of the clause",
    text: "Banker on trial\n\nMarcus Yeovance is on trial for fraud at the Tessaly High Court alongside Alan Quennell, a former cashier.",
    facts: ["Alan Quennell -DEFENDANT_IN-> Yeovance trial", "Marcus Yeovance -DEFENDANT_IN-> Yeovance trial"],
  },
  {
    style: "Scottish: 'Their trial at <court> continues' after both deny the charge",
    text: "Pair deny robbery\n\nMarcus Yeovance and Alan Quennell deny robbery. Their trial at Crowthorne Sheriff Court continues.",
    facts: ["Alan Quennell -DEFENDANT_IN-> Yeovance trial", "Marcus Yeovance -DEFENDANT_IN-> Yeovance trial", "Yeovance trial -HELD_AT-> Crowthorne Sheriff Court"],
  },
]);

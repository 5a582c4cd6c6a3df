// The case structure told in styles the corpora do not use (second round): a named court as the subject of its
// verdict ("have acquitted", its seat after it), ...
import { describeStories } from "./helpers.ts";

describeStories("courts that give their own verdicts", [
  {
    style: "Kenyan: a plural 'Law Courts' that 'have acquitted' a former MCA",
    text: "Former MCA freed\n\nThe Ngarimba Law Courts have acquitted former MCA Zebedee Muthoni of fraud.",
    facts: ["Zebedee Muthoni -DEFENDANT_IN-> Muthoni trial", "Muthoni trial -HELD_AT-> Ngarimba Law Courts", "Muthoni trial -RESULTED_IN-> Muthoni trial: not guilty"],
    not: ["Muthoni trial -RESULTED_IN-> Muthoni trial: guilty"],
  },
  {
    style: "Nigerian: a judge 'of the Federal High Court, Ashgill,' convicts, the court's seat after it",
    text: "Banker jailed\n\nJustice Obiageli Mwangaza of the Federal High Court, Ashgill, on Tuesday convicted a former bank executive, Olusegun Odunewu, of money laundering.",
    facts: ["Obiageli Mwangaza -PRESIDED_OVER-> Odunewu trial", "Odunewu trial -HELD_AT-> Federal High Court", "Olusegun Odunewu -DEFENDANT_IN-> Odunewu trial"],
    not: ["Obiageli Mwangaza -DEFENDANT_IN-> Odunewu trial"],
  },
  {
    style: "Nigerian: a judge of a state high court with a two-part seat acquits",
    text: "Trader freed\n\nJustice Obiageli Mwangaza of the Ashgill State High Court, Kilcrea, Mereworth, discharged and acquitted Olusegun Odunewu of armed robbery.",
    facts: ["Obiageli Mwangaza -PRESIDED_OVER-> Odunewu trial", "Odunewu trial -RESULTED_IN-> Odunewu trial: not guilty"],
    not: ["Odunewu trial -RESULTED_IN-> Odunewu trial: guilty"],
  },
]);

describeStories("trials told by their course", [
  {
    style: "British court report: 'The trial of X for assault continued at' a crown court",
    text: "Verdict due\n\nThe trial of Ebenezer Trevellick for assault continued at Veddington Crown Court on Monday.",
    facts: ["Ebenezer Trevellick -DEFENDANT_IN-> Trevellick trial", "Trevellick trial -HELD_AT-> Veddington Crown Court"],
  },
  {
    style: "British: the accused 'appeared at' a crown court 'for trial on a charge of' assault",
    text: "Builder in court\n\nEbenezer Trevellick, 52, of Strathmere, appeared at Veddington Crown Court for trial on a charge of assault.",
    facts: ["Ebenezer Trevellick -DEFENDANT_IN-> Trevellick trial", "Trevellick trial -HELD_AT-> Veddington Crown Court"],
  },
  {
    style: "Irish: one who denies the charges 'appeared ... for the second week of his trial'",
    text: "Publican's trial\n\nEbenezer Trevellick, who denies the charges, appeared at Kilcrea Circuit Criminal Court on Monday for the second week of his trial.",
    facts: ["Ebenezer Trevellick -DEFENDANT_IN-> Trevellick trial", "Trevellick trial -HELD_AT-> Kilcrea Circuit Criminal Court"],
  },
  {
    style: "British: 'X denies murder. The trial continues at' a crown court",
    text: "Murder trial\n\nEbenezer Trevellick, 41, of Strathmere, denies murder.\n\nThe trial continues at Veddington Crown Court.",
    facts: ["Ebenezer Trevellick -DEFENDANT_IN-> Trevellick trial", "Trevellick trial -HELD_AT-> Veddington Crown Court"],
  },
  {
    style: "British: 'X denies murder. Y Crown Court heard that ...'",
    text: "Murder trial\n\nEbenezer Trevellick, 41, denies murder. Veddington Crown Court heard that he planned the killing.",
    facts: ["Ebenezer Trevellick -DEFENDANT_IN-> Trevellick trial", "Trevellick trial -HELD_AT-> Veddington Crown Court"],
  },
  {
    style: "tabloid: 'Jurors at' a crown court 'were told'",
    text: "Killer plot\n\nEbenezer Trevellick, 41, is accused of murder. Jurors at Veddington Crown Court were told he planned the killing.",
    facts: ["Ebenezer Trevellick -DEFENDANT_IN-> Trevellick trial", "Trevellick trial -HELD_AT-> Veddington Crown Court"],
  },
  {
    style: "Canadian wire: 'is being tried at' a court 'for murder'",
    text: "Murder trial\n\nEbenezer Trevellick is being tried at the Veddington Superior Court for murder.",
    facts: ["Ebenezer Trevellick -DEFENDANT_IN-> Trevellick trial", "Trevellick trial -HELD_AT-> Veddington Superior Court"],
  },
  {
    style: "US wire: 'The case against X went to trial in' a superior court",
    text: "Murder trial\n\nThe case against Ebenezer Trevellick went to trial in the Veddington Superior Court last week.",
    facts: ["Ebenezer Trevellick -DEFENDANT_IN-> Trevellick trial", "Trevellick trial -HELD_AT-> Veddington Superior Court"],
  },
  {
    style: "live blog: 'Jurors in X's murder trial were sent home'",
    text: "LIVE: murder trial\n\nJurors in Ebenezer Trevellick's murder trial were sent home on Friday.",
    facts: ["Ebenezer Trevellick -DEFENDANT_IN-> Trevellick trial"],
  },
  {
    style: "precision: a plea of guilty and 'the court heard' make no trial",
    text: "Burglar jailed\n\nEbenezer Trevellick, 41, pleaded guilty to burglary. Veddington Crown Court heard that he stole jewellery.",
    facts: [],
    not: ["Ebenezer Trevellick -DEFENDANT_IN-> Trevellick trial"],
  },
]);

describeStories("witnesses told in asides", [
  {
    style: "British tabloid: 'X, testifying under a pseudonym, said'",
    text: "Fraud trial\n\nEbenezer Trevellick is on trial for fraud at Veddington Crown Court. Hephzibah Coulthard, testifying under a pseudonym, said he shredded documents.",
    facts: ["Hephzibah Coulthard -TESTIFIED_IN-> Trevellick trial"],
    not: ["Hephzibah Coulthard -DEFENDANT_IN-> Trevellick trial"],
  },
  {
    style: "Australian: a witness who 'had told the trial' before the verdict",
    text: "Fraud verdict\n\nEbenezer Trevellick was convicted of fraud in the Strathmere Supreme Court on Friday. Hephzibah Coulthard had told the trial that he shredded documents.",
    facts: ["Hephzibah Coulthard -TESTIFIED_IN-> Trevellick trial"],
    not: ["Hephzibah Coulthard -DEFENDANT_IN-> Trevellick trial"],
  },
  {
    style: "Indian: the victim's neighbour 'who deposed that' he saw the accused",
    text: "Sessions court verdict\n\nThe Additional Sessions Court in Strathmere on Monday convicted Chinwe Balasubramaniam of murder.\n\nThe court relied on the testimony of the victim's neighbour, Ikechukwu Gorringe, who deposed that he saw the accused with a knife.",
    facts: ["Ikechukwu Gorringe -TESTIFIED_IN-> Balasubramaniam trial"],
    not: ["Ikechukwu Gorringe -DEFENDANT_IN-> Balasubramaniam trial"],
  },
]);

describeStories("verdicts shouted in capitals", [
  {
    style: "tabloid live blog: 'Jurors have found X GUILTY of' (no part of the name)",
    text: "LIVE: verdict\n\n11.02am: Jurors have found Ebenezer Trevellick GUILTY of wounding his neighbour.",
    facts: ["Ebenezer Trevellick -DEFENDANT_IN-> Trevellick trial", "Trevellick trial -RESULTED_IN-> Trevellick trial: guilty"],
    not: ["Ebenezer Trevellick GUILTY -DEFENDANT_IN-> GUILTY trial"],
  },
]);

describeStories("witnesses among many", [
  {
    style: "Kenyan: 'The trial, which lasted two years, heard from 14 witnesses, including' a named few",
    text: "Trader convicted\n\nEbenezer Trevellick was convicted of robbery with violence at the Ngarimba Law Courts. The trial, which lasted two years, heard from 14 witnesses, including Philomena Odunewu and Algernon Quenell.",
    facts: ["Philomena Odunewu -TESTIFIED_IN-> Trevellick trial", "Algernon Quenell -TESTIFIED_IN-> Trevellick trial"],
    not: ["Philomena Odunewu -DEFENDANT_IN-> Trevellick trial"],
  },
  {
    style: "Irish: a brother who 'also briefly took the witness box'",
    text: "Publican acquitted\n\nEbenezer Trevellick was acquitted of assault at Kilcrea Circuit Criminal Court. His brother, Algernon Trevellick, briefly took the witness box on his behalf.",
    facts: ["Algernon Trevellick -TESTIFIED_IN-> Trevellick trial"],
    not: ["Algernon Trevellick -DEFENDANT_IN-> Trevellick trial"],
  },
  {
    style: "precision: an inquiry that 'heard from 30 witnesses, including' is no trial",
    text: "Inquiry report\n\nEbenezer Trevellick was convicted of fraud in 2019. A public inquiry later heard from 30 witnesses, including Philomena Odunewu.",
    facts: [],
    not: ["Philomena Odunewu -TESTIFIED_IN-> Trevellick trial"],
  },
]);

describeStories("verdicts told by the jury's other words", [
  {
    style: "Australian: 'Jurors took less than an hour to reach a guilty verdict'",
    text: "Fraudster convicted\n\nEbenezer Trevellick was on trial for fraud in the Strathmere District Court. Jurors took less than an hour to reach a guilty verdict.",
    facts: ["Trevellick trial -RESULTED_IN-> Trevellick trial: guilty"],
    not: ["Trevellick trial -RESULTED_IN-> Trevellick trial: not guilty"],
  },
  {
    style: "Canadian broadsheet: 'The jury rejected his account and convicted him'",
    text: "Fraudster convicted\n\nEbenezer Trevellick was on trial for fraud in the Veddington Superior Court. The jury rejected his account and convicted him.",
    facts: ["Trevellick trial -RESULTED_IN-> Trevellick trial: guilty"],
  },
  {
    style: "Singaporean: 'The judge accepted her evidence and acquitted her'",
    text: "Director cleared\n\nThaddea Coulthard stood trial for cheating in the Kelbridge District Court. The judge accepted her evidence and acquitted her.",
    facts: ["Coulthard trial -RESULTED_IN-> Coulthard trial: not guilty"],
    not: ["Coulthard trial -RESULTED_IN-> Coulthard trial: guilty"],
  },
]);

describeStories("high courts that try cases", [
  {
    style: "Kenyan: the trial judge named 'of the X High Court' after the verdict",
    text: "Trader convicted\n\nZebedee Muthoni was convicted of murder on Friday.\n\nJustice Obiageli Mwangaza of the Ngarimba High Court said he had shown no remorse.",
    facts: ["Obiageli Mwangaza -PRESIDED_OVER-> Muthoni trial", "Muthoni trial -HELD_AT-> Ngarimba High Court"],
    not: ["Obiageli Mwangaza -DEFENDANT_IN-> Muthoni trial"],
  },
  {
    style: "precision, Indian: a high court named for bail holds no trial",
    text: "Builder's trial\n\nAdditional Sessions Judge Philomena Varcoe framed charges of culpable homicide against builder Zebedee Muthoni on Monday. Muthoni has been out on bail since July, when the Kilcrea High Court granted him relief.",
    facts: [],
    not: ["Muthoni trial -HELD_AT-> Kilcrea High Court"],
  },
  {
    style: "precision: a high court that upholds a conviction hears an appeal",
    text: "Appeal dismissed\n\nThe Kilcrea High Court on Tuesday upheld the murder conviction of Zebedee Muthoni. Justice Obiageli Mwangaza said the trial had been fair.",
    facts: [],
    not: ["Obiageli Mwangaza -PRESIDED_OVER-> Muthoni trial"],
  },
]);

describeStories("prosecutors told by whom they stand for", [
  {
    style: "British: 'X KC, representing the Crown, said' (no defence lawyer, no witness)",
    text: "Fraud trial\n\nEbenezer Trevellick is on trial for fraud at Veddington Crown Court. Philomena Haldorsen KC, representing the Crown, said he stole the money.",
    facts: ["Philomena Haldorsen -PROSECUTED-> Trevellick trial"],
    not: ["Philomena Haldorsen -REPRESENTS-> Ebenezer Trevellick", "Philomena Haldorsen -TESTIFIED_IN-> Trevellick trial"],
  },
  {
    style: "US wire: 'The case is being prosecuted by' one named without a title",
    text: "Fraud trial\n\nEbenezer Trevellick is on trial for fraud in Veddington County Court. The case is being prosecuted by Philomena Haldorsen, who joined the office in 2019.",
    facts: ["Philomena Haldorsen -PROSECUTED-> Trevellick trial"],
    not: ["Philomena Haldorsen -REPRESENTS-> Ebenezer Trevellick"],
  },
]);

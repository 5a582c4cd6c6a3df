// Verb phrases that share one subject ("was tried and convicted of arson", "was arrested, charged with
// fraud and later acquitted", "stood trial and was cleared"): the joined phrase's verdict, plea or charge
// is the subject's (src/extract/discourse/coordination.ts), and never where the first phrase is negated
// or hypothetical, or where another clause's subject comes between.
import { describeStories } from "./helpers.ts";

describeStories("a joined verb phrase shares its subject", [
  {
    style: "wire: 'was tried and convicted of' an offence",
    text: "Arson verdict\n\nHalvard Kettleby, 44, was tried and convicted of arson last year.",
    facts: ["Halvard Kettleby -DEFENDANT_IN-> Kettleby trial", "Kettleby trial -RESULTED_IN-> Kettleby trial: guilty", "Kettleby trial: guilty -ON_CHARGE-> arson"],
  },
  {
    style: "British broadsheet: a series, 'arrested, charged with ... and later acquitted'",
    text: "Teacher cleared\n\nMr Feliks Vukovic was arrested in 2021, charged with fraud and later acquitted by a jury at Thornbury Crown Court.",
    facts: ["Feliks Vukovic -CHARGED_WITH-> fraud", "Feliks Vukovic -DEFENDANT_IN-> Vukovic trial", "Vukovic trial -RESULTED_IN-> Vukovic trial: not guilty"],
    not: ["Vukovic trial -RESULTED_IN-> Vukovic trial: guilty"],
  },
  {
    style: "Australian: 'was tried for ... and acquitted'",
    text: "Fire case\n\nAnselm Duric was tried for arson in the District Court and acquitted.",
    facts: ["Anselm Duric -DEFENDANT_IN-> Duric trial", "Duric trial -RESULTED_IN-> Duric trial: not guilty", "Duric trial: not guilty -ON_CHARGE-> arson"],
  },
  {
    style: "Indian daily: two accused 'were tried and acquitted of' an offence",
    text: "Two freed\n\nRamachandra Iyengar and Sunil Brennagh were tried and acquitted of cheating by a sessions court.",
    facts: ["Ramachandra Iyengar -DEFENDANT_IN-> Iyengar trial", "Sunil Brennagh -DEFENDANT_IN-> Iyengar trial", "Iyengar trial -RESULTED_IN-> Iyengar trial: not guilty"],
  },
  {
    style: "Canadian: 'was charged with ... and convicted in' a year",
    text: "Old case\n\nFeliks Vukovic was charged with theft in 2016 and convicted in 2017.",
    facts: ["Feliks Vukovic -DEFENDANT_IN-> Vukovic trial", "Vukovic trial -RESULTED_IN-> Vukovic trial: guilty", "Vukovic trial: guilty -ON_CHARGE-> theft"],
  },
  {
    style: "Nigerian: 'was on Monday convicted and sentenced'",
    text: "Banker jailed\n\nA banker, Chidi Ibekwe-Stavros, was on Monday convicted and sentenced to seven years in prison.",
    facts: ["Chidi Ibekwe-Stavros -DEFENDANT_IN-> Ibekwe-Stavros trial", "Ibekwe-Stavros trial -RESULTED_IN-> Ibekwe-Stavros trial: guilty"],
  },
]);

describeStories("a joined verb phrase gives nothing where its subject is not plain", [
  {
    style: "the first phrase negated: 'was never tried and convicted'",
    text: "Old case\n\nHalvard Kettleby was never tried and convicted of arson.",
    facts: [],
    not: ["Halvard Kettleby -DEFENDANT_IN-> Kettleby trial", "Kettleby trial -RESULTED_IN-> Kettleby trial: guilty"],
  },
  {
    style: "hypothetical: 'if X is tried and convicted'",
    text: "What next\n\nIf Halvard Kettleby is tried and convicted of arson, he faces ten years.",
    facts: [],
    not: ["Kettleby trial -RESULTED_IN-> Kettleby trial: guilty"],
  },
  {
    style: "denied: 'X denied that he was tried and convicted'",
    text: "Old case\n\nHalvard Kettleby denied that he was tried and convicted of arson.",
    facts: [],
    not: ["Kettleby trial -RESULTED_IN-> Kettleby trial: guilty", "Halvard Kettleby -CHARGED_WITH-> arson"],
  },
  {
    style: "one side's claim: 'Prosecutors alleged X was arrested, charged and convicted'",
    text: "Old case\n\nProsecutors alleged Halvard Kettleby was arrested, charged and convicted of arson in another state.",
    facts: [],
    not: ["Kettleby trial -RESULTED_IN-> Kettleby trial: guilty"],
  },
  {
    style: "modal: 'could be tried and convicted'",
    text: "What next\n\nHalvard Kettleby could be tried and convicted of arson.",
    facts: [],
    not: ["Kettleby trial -RESULTED_IN-> Kettleby trial: guilty"],
  },
  {
    style: "another clause's subject between: 'after officers arrested Y and charged him'",
    text: "Raid\n\nHalvard Kettleby was questioned after officers arrested Anselm Duric and charged him with arson.",
    facts: [],
    not: ["Halvard Kettleby -CHARGED_WITH-> arson"],
  },
  {
    style: "an active first verb: the officer who 'arrested Y and charged him' is charged with nothing",
    text: "Raid\n\nConstable Ines Quilty arrested Anselm Duric and charged him with arson.",
    facts: [],
    not: ["Ines Quilty -CHARGED_WITH-> arson"],
  },
  {
    style: "a relative clause between: 'who was injured and treated'",
    text: "Attack\n\nHalvard Kettleby was charged with assaulting Anselm Duric, who was injured and later released from hospital.",
    facts: ["Halvard Kettleby -CHARGED_WITH-> assault"],
    not: ["Anselm Duric -CHARGED_WITH-> assault", "Anselm Duric -DEFENDANT_IN-> Duric trial"],
  },
]);

describeStories("a relative clause's verb has the subject before 'who'", [
  {
    style: "British lede: 'A nurse who was charged with manslaughter ... has been acquitted', named in the next sentence",
    text: "Nurse cleared\n\nA nurse who was charged with manslaughter over the death of a patient has been acquitted.\n\nMaren Odell, 44, was cleared by a jury at Ambleford Crown Court on Thursday.",
    facts: ["Maren Odell -CHARGED_WITH-> manslaughter", "Odell trial -TRIED_FOR-> manslaughter", "Odell trial: not guilty -ON_CHARGE-> manslaughter"],
    not: ["Odell trial: guilty -ON_CHARGE-> manslaughter"],
  },
  {
    style: "wire: a restrictive 'who' with no commas after a name",
    text: "Verdict\n\nJurors cleared Halvard Kettleby, and the co-defendant Anselm Duric who was charged with arson was convicted.",
    facts: ["Anselm Duric -CHARGED_WITH-> arson"],
    not: ["Halvard Kettleby -CHARGED_WITH-> arson"],
  },
]);

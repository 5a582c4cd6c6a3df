// Verdicts and the people around them as South African, Caribbean, Pakistani, Indian, New Zealand and US papers
// tell them: a lede's description that a headline's label does not stop from being the accused, victims listed with
// their ages, "freed of" a charge, a sentence handed to several convicts "on the murder charge", "awarded death
// sentence to", a relative by a word family ties do not carry ("his nephew, X"), a victim's trade after "shot dead",
// a judge who "has sentenced" someone named with age and town in brackets (a place cut from its adjective, or in
// such brackets, is in false-entities.test.ts). Each story is invented, in a style of its own; each row names what
// a reader takes from it and what it must not yield.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "South African wire: the headline labels the accused, the lede describes him otherwise, the victims are listed with ages; the prosecutor, told after an acquitted co-accused, prosecuted the main accused",
    text: "Taxi boss Mandla Mavuso handed two life terms\n\nJOHANNESBURG - A taxi association chairperson has been sentenced to two life terms for the murders of two rival operators.\n\nMandla Mavuso, 51, was convicted in August on two counts of murder.\n\nJudge Lindiwe Zwane said the killings of Sizwe Hlongwane, 38, and Pieter Naude, 44, had been cold and calculated.\n\nMavuso's co-accused, Thabo Maseko, 29, was acquitted on all charges.\n\nState prosecutor Advocate Elna Kotze had asked for the maximum sentence.",
    facts: [
      "Mandla Mavuso -HOLDS_ROLE-> taxi association chairperson",
      "Mandla Mavuso -CHARGED_WITH-> murder",
      "murder -ALLEGED_VICTIM-> Sizwe Hlongwane",
      "murder -ALLEGED_VICTIM-> Pieter Naude",
      "Elna Kotze -PROSECUTED-> Mavuso trial",
    ],
    not: ["Pieter Naude -HOLDS_ROLE-> taxi association chairperson", "Sizwe Hlongwane -HOLDS_ROLE-> taxi association chairperson", "Elna Kotze -PROSECUTED-> Maseko trial"],
  },
  {
    style: "Caribbean daily: a lede's corporal 'yesterday freed of' manslaughter, named two sentences on; a place cut from its adjective",
    text: "Cop freed of manslaughter\n\nA police corporal was yesterday freed of manslaughter in the 2019 shooting of a motorist.\n\nA seven-member jury in the Kelvedon Circuit Court returned a unanimous not guilty verdict.\n\nCorporal Rupert Kellaway had been charged in the death of 24-year-old Dwayne Ruddock, who was shot during an operation in Spanish Town.",
    facts: [
      "Rupert Kellaway -DEFENDANT_IN-> Kellaway trial",
      "Kellaway trial -RESULTED_IN-> Kellaway trial: not guilty",
      "Kellaway trial: not guilty -ON_CHARGE-> manslaughter",
      "Kellaway trial -HELD_AT-> Kelvedon Circuit Court",
    ],
    not: ["Dwayne Ruddock -DEFENDANT_IN-> Ruddock trial"],
  },
  {
    style: "Pakistani daily: two convicts sentenced to death 'on the murder charge'; the victim's trade after 'had shot dead'",
    text: "Two sentenced to death for trader's murder\n\nSHEIKHUPURA: According to the prosecution, Imtiaz Jaffery and Nadeem Dinnage had shot dead trader Aslam Gilchrist outside his shop in 2021.\n\nThe court sentenced Jaffery and Dinnage to death on the murder charge.",
    facts: [
      "Imtiaz Jaffery -CHARGED_WITH-> murder",
      "Nadeem Dinnage -CHARGED_WITH-> murder",
      "Aslam Gilchrist -HOLDS_ROLE-> trader",
    ],
    not: ["Aslam Gilchrist -HOLDS_ROLE-> shot dead trader", "Aslam Gilchrist -HOLDS_ROLE-> dead trader", "Aslam Gilchrist -CHARGED_WITH-> murder"],
  },
  {
    style: "Pakistani wire: an anti-terrorism court 'awarded death sentence to' a convict for murder",
    text: "ATC awards death sentence in extortion killing\n\nLAHORE: An anti-terrorism court on Saturday awarded death sentence to Tariq Balgarnie for murder. The court acquitted a second accused, Omar Tamsett, for lack of evidence.",
    facts: ["Tariq Balgarnie -CHARGED_WITH-> murder", "Omar Tamsett -DEFENDANT_IN-> Tamsett trial"],
    not: ["Omar Tamsett -CHARGED_WITH-> murder"],
  },
  {
    style: "Indian daily: a father and son convicted, the father's nephew acquitted, named after his kinship",
    text: "Businessman, son get life term for killing driver\n\nPUNE: Additional sessions judge R K Pennick convicted Ramesh Vell, 58, and his son Nikhil Vell, 31, of murder. The court acquitted Ramesh Vell's nephew, Amit Kilderrig, who was accused of helping them dispose of the body.",
    facts: ["Ramesh Vell -CHARGED_WITH-> murder", "Nikhil Vell -CHARGED_WITH-> murder", "Amit Kilderrig -DEFENDANT_IN-> Kilderrig trial"],
    not: ["Amit Kilderrig -CHARGED_WITH-> murder"],
  },
  {
    style: "US attorney's press release: the judge 'has sentenced' one named with age and town in brackets; a co-conspirator likewise pleads guilty",
    text: "Tampa Man Sentenced To 87 Months In Federal Prison For Wire Fraud Scheme\n\nTAMPA, Fla. – U.S. District Judge Mary Renfrow has sentenced Derek Whitacre (42, Tampa) to 7 years and 3 months in federal prison for wire fraud and aggravated identity theft.\n\nHis co-conspirator, Luis Pellegrino (37, Brandon), pleaded guilty to conspiracy to commit wire fraud and will be sentenced on January 12, 2026.",
    facts: [
      "Derek Whitacre -CHARGED_WITH-> wire fraud",
      "Derek Whitacre: guilty -ON_CHARGE-> aggravated identity theft",
      "Luis Pellegrino -CHARGED_WITH-> conspiracy to commit wire fraud",
      "Luis Pellegrino -ENTERED_PLEA-> Luis Pellegrino pleads guilty",
    ],
    not: ["Brandon -ENTERED_PLEA-> Brandon pleads guilty", "Derek Whitacre -CHARGED_WITH-> conspiracy to commit wire fraud"],
  },
];

describeStories("verdicts as world papers tell them", ROWS);

// Whom a charge is about and who else shares it, told in presses' own ways: a complainant named in
// apposition to a description ("his estranged wife, Kylie Rowe"), the death a case is over, a spouse
// charged beside the accused, the same charges against a third, an Alford plea. Invented stories;
// each row names the facts a reader would take from it (and, after "not", facts it must not yield).
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Australian: the complainant named after a kinship with a modifier",
    text: "Sydney man Jack Rowe has been found guilty of murdering his estranged wife, Kylie Rowe, at their home in Penrith.",
    facts: ["murder -ALLEGED_VICTIM-> Kylie Rowe", "Rowe trial: guilty -ON_CHARGE-> murder"],
    not: ["Kylie Rowe -CHARGED_WITH-> murder"],
  },
  {
    style: "British magistrates' report: the complainant named after a description, with a rank before the name",
    text: "Tessa Ulridge, 33, pleaded not guilty to assaulting an emergency worker, PC Daniel Okoye, by kicking him in the leg.",
    facts: ["assaulting an emergency worker -ALLEGED_VICTIM-> Daniel Okoye", "Tessa Ulridge pleads not guilty -ON_CHARGE-> assaulting an emergency worker"],
    not: ["Daniel Okoye -CHARGED_WITH-> assault"],
  },
  {
    style: "Indian: a landlord in apposition",
    text: "Sunil Verma, 34, was charged with murdering his landlord, Rakesh Gupta, over a rent dispute.",
    facts: ["Sunil Verma -CHARGED_WITH-> murder", "murder -ALLEGED_VICTIM-> Rakesh Gupta"],
  },
  {
    style: "wire: a name after the comma that speaks is no complainant",
    text: "Jack Rowe was convicted of assaulting a neighbour, Max Rudge said.",
    facts: [],
    not: ["assault -ALLEGED_VICTIM-> Max Rudge"],
  },
  {
    style: "US wire: a couple charged together, the spouse told in apposition",
    text: "Prosecutors charged Hana Brook and her husband, Leo Brook, with involuntary manslaughter and criminal trespass after a guest drowned at their pool.",
    facts: ["Hana Brook -CHARGED_WITH-> involuntary manslaughter", "Leo Brook -CHARGED_WITH-> involuntary manslaughter", "Leo Brook -CHARGED_WITH-> criminal trespass"],
  },
  {
    style: "trade press: the same two charges dropped against one and faced by a third, paragraphs apart",
    text: "Director Oren Vale admitted involuntary manslaughter and criminal trespass on Monday. As part of the deal, prosecutors dismissed the same two charges against Ines Kolar, Vale's wife. The couple have two children. Vale's lawyer, Tom Hart, said the deal was fair. \"He was not going to put his wife at risk,\" Hart said. Executive producer Jay Kole, who faced the same two charges, entered what is known as an Alford plea.",
    facts: ["Jay Kole -CHARGED_WITH-> involuntary manslaughter", "Jay Kole -CHARGED_WITH-> criminal trespass", "Jay Kole -ENTERED_PLEA-> Jay Kole pleads guilty"],
    not: ["Tom Hart -CHARGED_WITH-> involuntary manslaughter"],
  },
  {
    style: "trade press: the death a case was over is the complainant of its homicide counts",
    text: "The plea deal ended the criminal case over the death of camera assistant Ana Ruiz. Director Oren Vale admitted involuntary manslaughter and criminal trespass.",
    facts: ["involuntary manslaughter -ALLEGED_VICTIM-> Ana Ruiz"],
    not: ["criminal trespass -ALLEGED_VICTIM-> Ana Ruiz"],
  },
  {
    style: "US regional: a sentence for one's part in a death, the verdict told after",
    text: "Mara Kimber was sentenced to 10 years' probation for her part in the death of camera assistant Ana Ruiz. Judge Tom Quarrie found Kimber guilty of involuntary manslaughter after a brief hearing.",
    facts: ["involuntary manslaughter -ALLEGED_VICTIM-> Ana Ruiz", "Kimber trial: guilty -ON_CHARGE-> involuntary manslaughter"],
  },
  {
    style: "British: a death in the family is not what the case is over",
    text: "Mara Kimber moved to Leeds after the death of her father, Tomas Kimber. She was convicted of manslaughter in 2024.",
    facts: [],
    not: ["manslaughter -ALLEGED_VICTIM-> Tomas Kimber"],
  },
  {
    style: "wire: two deaths, two cases: neither is given to an unnamed count",
    text: "The trial over the death of Ana Ruiz opened on Monday. A separate case over the death of Tomas Rell is pending. Oren Vale is charged with manslaughter.",
    facts: [],
    not: ["manslaughter -ALLEGED_VICTIM-> Ana Ruiz", "manslaughter -ALLEGED_VICTIM-> Tomas Rell"],
  },
  {
    style: "wire: an attempt on a life is no count of the death",
    text: "The case over the death of Ana Ruiz went to trial. Oren Vale was convicted of attempted murder of a guard and of murder.",
    facts: ["murder -ALLEGED_VICTIM-> Ana Ruiz"],
    not: ["attempted murder -ALLEGED_VICTIM-> Ana Ruiz"],
  },
  {
    style: "US local TV: the one killed is named after a school and a role; the accused only as 'a 27-year-old man'",
    text: "A Ulworth County jury on Thursday found a 27-year-old man guilty of manslaughter in the crash that killed Thornaby Vale High School softball coach Teresa Vance last summer. Brandon Oxlade, of Wetherall, was convicted of first-degree manslaughter.",
    facts: ["first-degree manslaughter -ALLEGED_VICTIM-> Teresa Vance"],
    not: ["Teresa Vance -CHARGED_WITH-> first-degree manslaughter"],
  },
  {
    style: "French wire: husband and wife share a surname; the bare surname in an aside-broken clause is the accused, not the complainant",
    text: "A French court on Thursday sentenced Oren Vale, 72, to 20 years. Vale, she said, was found guilty of the aggravated rape of Mia Vale.",
    facts: ["Oren Vale -CHARGED_WITH-> aggravated rape", "aggravated rape -ALLEGED_VICTIM-> Mia Vale"],
    not: ["Mia Vale -CHARGED_WITH-> aggravated rape", "Mia Vale -DEFENDANT_IN-> Vale trial"],
  },
  {
    style: "Reuters: a legal saga over the killing of a foreign student; the slander count is not about her death",
    text: "ROME (Wire) - Italy's highest court on Friday overturned the murder convictions of Ana Holt and her former boyfriend Luca Moro, ending a legal saga over the 2007 killing of British student Mia Kern. A court in Perugia had convicted Holt and Moro of murder in 2009. The court left intact Holt's conviction for slander for falsely accusing Paolo Neri.",
    facts: ["murder -ALLEGED_VICTIM-> Mia Kern", "Ana Holt -CHARGED_WITH-> slander"],
    not: ["slander -ALLEGED_VICTIM-> Mia Kern", "Mia Kern -CHARGED_WITH-> murder"],
  },
  {
    style: "US wire: a penalty for a shooting death; the homicide count told later, a co-accused's too",
    text: "SANTA FE (Wire) - A judge on Monday sentenced Mara Kimber, the armorer on the film, to 18 months in state prison for the 2021 shooting death of cinematographer Ana Ruiz. A jury convicted Kimber of involuntary manslaughter in March. The actor Tom Rudge also faces a charge of involuntary manslaughter; Kimber was acquitted of tampering with evidence.",
    facts: ["involuntary manslaughter -ALLEGED_VICTIM-> Ana Ruiz"],
    not: ["tampering with evidence -ALLEGED_VICTIM-> Ana Ruiz", "Ana Ruiz -CHARGED_WITH-> involuntary manslaughter"],
  },
];

describeStories("complainants and shared charges", ROWS);

// Charges and the verdicts and pleas on them, told without naming the defendant or the counts in the sentence: a
// headline's "Court convicts X over Y", a jury's relative clause, a verdict on "the Geraldton man", "pleaded guilty to
// all counts" or "to the remaining charges", the counts an indictment lists or prosecutors add, a charge reduced;
// and offences whose names go past what a rule cut them at: "aggravated assault on a child", "abetting him".
// Invented Kenyan, Australian, American and British reports.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Kenyan daily: a headline's 'convicts ... over', a co-accused charged with abetting him",
    text: "Court convicts Kemboi over tender fraud\n\nA Kerugoya court has convicted a former county procurement officer over a multi-million shilling tender fraud, seven years after the contract for hospital beds was signed.\n\n"
      + "Cherono Kemboi, 52, a former procurement officer, was charged in 2019 with abuse of office and conspiracy to defraud. His former deputy, Naliaka Jerotich, was charged with abetting him.\n\n"
      + "The prosecution told the court that the beds were never delivered and that the money was paid to a company owned by Kemboi's brother-in-law. Eleven witnesses testified, among them the county's former finance chief.\n\n"
      + "Jerotich was acquitted of abetting him, the court finding the evidence against her thin. Kemboi will be sentenced next week. His lawyer said he would appeal.",
    facts: ["Cherono Kemboi -CHARGED_WITH-> tender fraud", "Kemboi trial: guilty -ON_CHARGE-> tender fraud", "Naliaka Jerotich -CHARGED_WITH-> abetting", "Jerotich trial: not guilty -ON_CHARGE-> abetting"],
    not: ["Cherono Kemboi -CHARGED_WITH-> abetting", "Naliaka Jerotich -CHARGED_WITH-> tender fraud", "Kemboi trial: guilty -ON_CHARGE-> conspiracy to defraud"],
  },
  {
    style: "Australian regional daily: the jury's relative clause, a verdict on 'the Geraldton man'",
    text: "Geraldton man cleared of murder\n\nBrett Calderbank, 34, was charged with murder after a fight outside a Geraldton hotel in 2022 left a 27-year-old father of two dead.\n\n"
      + "The trial heard that Calderbank threw a single punch and that the victim struck his head on the kerb. Prosecutors argued he had followed the man into the car park intending to hurt him.\n\n"
      + "The Supreme Court jury, which deliberated for almost two days, acquitted the Geraldton man of murder and convicted him of manslaughter.\n\n"
      + "Justice Mirrabooka Tannock remanded Calderbank in custody until sentencing in August.",
    facts: ["Calderbank trial: not guilty -ON_CHARGE-> murder", "Calderbank trial: guilty -ON_CHARGE-> manslaughter", "Brett Calderbank -CHARGED_WITH-> manslaughter"],
    not: ["Calderbank trial: guilty -ON_CHARGE-> murder", "Mirrabooka Tannock -CHARGED_WITH-> murder"],
  },
  {
    style: "Australian wire: one man described after two were charged is neither of them",
    text: "Two men on trial\n\nAmbrosius Tarrow, 30, and Oswy Lanfranc, 28, were charged with murder in 2022. The jury acquitted the Bunbury man of murder on Friday.",
    facts: ["Ambrosius Tarrow -CHARGED_WITH-> murder", "Oswy Lanfranc -CHARGED_WITH-> murder"],
    not: ["Tarrow trial: not guilty -ON_CHARGE-> murder", "Lanfranc trial: not guilty -ON_CHARGE-> murder"],
  },
  {
    style: "Australian court round-up: a statute's protected class on the offence's name, aiding and abetting him",
    text: "Stockman faces court over attack\n\nLindell Fensom, 41, of Coolgardie, was charged on Friday with aggravated assault on a child and unlawful wounding after an incident at a cattle station.\n\n"
      + "A second man, Quandong Strzelecki, 38, was accused of aiding and abetting him. Neither man entered a plea.",
    facts: ["Lindell Fensom -CHARGED_WITH-> aggravated assault on a child", "Quandong Strzelecki -CHARGED_WITH-> aiding and abetting"],
    not: ["Lindell Fensom -CHARGED_WITH-> aggravated assault", "Quandong Strzelecki -CHARGED_WITH-> aiding and abetting him", "Quandong Strzelecki -CHARGED_WITH-> aggravated assault on a child"],
  },
  {
    style: "American wire: a count prosecutors added, a plea to all counts",
    text: "Ex-treasurer admits fraud\n\nFormer city treasurer Rosamund Ostrowe was indicted in March on charges of wire fraud and money laundering. Prosecutors later added a count of obstruction of justice.\n\n"
      + "Ostrowe pleaded guilty to all counts on Thursday in federal court in Hartford.",
    facts: ["Rosamund Ostrowe -CHARGED_WITH-> obstruction of justice", "Rosamund Ostrowe pleads guilty -ON_CHARGE-> wire fraud", "Rosamund Ostrowe pleads guilty -ON_CHARGE-> obstruction of justice"],
  },
  {
    style: "British local paper: a plea to the remaining charges after one was dropped",
    text: "Shop worker admits two offences\n\nKeeley Brundage, 29, was charged with theft, fraud and forgery after money went missing from the bakery where she worked.\n\n"
      + "Prosecutors dropped the theft charge in May. Brundage pleaded guilty to the remaining charges at Lokichar Magistrates' Court on Tuesday.",
    facts: ["Keeley Brundage pleads guilty -ON_CHARGE-> fraud", "Keeley Brundage pleads guilty -ON_CHARGE-> forgery"],
    not: ["Keeley Brundage pleads guilty -ON_CHARGE-> theft"],
  },
  {
    style: "British broadsheet: a charge reduced with no defendant named in its sentence",
    text: "Driver's charge reduced\n\nZenobius Aldercott, 23, was charged with murder after his car struck a cyclist in Harnby in January. The charge was later reduced to manslaughter.",
    facts: ["Zenobius Aldercott -CHARGED_WITH-> manslaughter", "Zenobius Aldercott -CHARGED_WITH-> murder"],
  },
];

describeStories("charges told without their defendant or counts in the sentence", ROWS);

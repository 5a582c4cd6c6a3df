// A case's verdicts told sentences after its charges, by a judge named with a title or in the Nigerian idiom
// ("discharged and acquitted"): each verdict reaches the charges told before it, and never another defendant's. Trials
// named by their charge ("her murder trial") or told by what they heard ("The trial of X heard"). Invented stories
// (Nigerian, Canadian, Australian, British press); after "not", facts the story must not yield.
import { describeStories, type StoryRow } from "./helpers.ts";

const PUBLISHED = "---\npublished: 2025-05-16\n---\n";

const ROWS: StoryRow[] = [
  {
    style: "Nigerian press: charges and plea in the lede, then 'Justice X found him guilty on all counts' in her judgment",
    text: `${PUBLISHED}Lagos businessman guilty of fraud\n\nA Lagos businessman, Ikeoluwa Ezeudo-Lawal, was arraigned on four counts of obtaining by false pretences and forgery. He pleaded not guilty to all counts. In her judgment on Friday, Justice Folake Okonjo-Fasehun found him guilty on all counts. She sentenced him to seven years in prison.`,
    facts: [
      "Ezeudo-Lawal trial -RESULTED_IN-> Ezeudo-Lawal trial: guilty",
      "Ezeudo-Lawal trial: guilty -ON_CHARGE-> obtaining by false pretences",
      "Ezeudo-Lawal trial: guilty -ON_CHARGE-> forgery",
    ],
  },
  {
    style: "Nigerian press: two defendants charged apart; one convicted 'on both charges', the other 'discharged and acquitted'",
    text: `${PUBLISHED}Court convicts one over pipeline vandalism\n\nABUJA: A Federal High Court in Abuja has convicted a man over pipeline vandalism. Tobenna Obiorah-Lawal was charged with conspiracy and vandalism, while Sadiq Garba-Tanko was charged with receiving stolen property. Justice Amaka Adeyemo-Kalu convicted Obiorah-Lawal on both charges. Garba-Tanko was discharged and acquitted.`,
    facts: [
      "Obiorah-Lawal trial: guilty -ON_CHARGE-> conspiracy",
      "Obiorah-Lawal trial: guilty -ON_CHARGE-> vandalism",
      "Garba-Tanko trial -RESULTED_IN-> Garba-Tanko trial: not guilty",
      "Garba-Tanko trial: not guilty -ON_CHARGE-> receiving stolen property",
    ],
    not: [
      "Obiorah-Lawal trial: guilty -ON_CHARGE-> receiving stolen property",
      "Garba-Tanko trial: not guilty -ON_CHARGE-> conspiracy",
      "Obiorah-Lawal trial: not guilty -ON_CHARGE-> conspiracy",
    ],
  },
  {
    style: "Canadian: the charge in the lede, 'Justice X found her not guilty on Friday' two sentences on",
    text: `${PUBLISHED}Calgary nurse cleared\n\nA Calgary nurse was charged with criminal negligence causing death after a patient died in 2021. Philippa Dorrance-Vale, 39, stood trial in the Court of King's Bench. Justice Malcolm Trethewey found her not guilty on Friday.`,
    facts: [
      "Dorrance-Vale trial -RESULTED_IN-> Dorrance-Vale trial: not guilty",
      "Dorrance-Vale trial: not guilty -ON_CHARGE-> criminal negligence causing death",
    ],
  },
];

const TRIALS: StoryRow[] = [
  {
    style: "Canadian: the charges in the lede, then 'X's murder trial began' (the trial named by its charge; the accused is no victim)",
    text: `${PUBLISHED}Trial begins\n\nHALIFAX - Maelis Fontenot-Grier, 38, is charged with murder and arson after a fire in 2023. Fontenot-Grier's murder trial began on Monday in Nova Scotia Supreme Court.`,
    facts: ["Maelis Fontenot-Grier -DEFENDANT_IN-> Fontenot-Grier trial", "Fontenot-Grier trial -TRIED_FOR-> murder"],
    not: ["murder -ALLEGED_VICTIM-> Maelis Fontenot-Grier"],
  },
  {
    style: "Australian: 'Her murder trial began on Monday' after the charge sentence (the pronoun's trial is the accused's)",
    text: `${PUBLISHED}Trial begins\n\nMaelis Fontenot-Grier, 38, was charged with murder and arson in 2023. Her murder trial began on Monday in the Supreme Court in Hobart.`,
    facts: ["Maelis Fontenot-Grier -DEFENDANT_IN-> Fontenot-Grier trial", "Fontenot-Grier trial -TRIED_FOR-> murder"],
  },
  {
    style: "British court report: 'The trial of X heard that ...', the counts she denies told after it",
    text: `${PUBLISHED}Court told of forged invoices\n\nThe trial of Isolde Brannagh-Kerr heard on Tuesday that she forged invoices worth £40,000. She denies three counts of fraud by false representation. The trial continues.`,
    facts: ["Isolde Brannagh-Kerr -DEFENDANT_IN-> Brannagh-Kerr trial", "Brannagh-Kerr trial -TRIED_FOR-> fraud by false representation"],
  },
];

const SHORT: StoryRow[] = [
  {
    style: "Indian press: 'criminal intimidation' in the lede, 'not guilty on the intimidation count' later (one charge, not two)",
    text: `${PUBLISHED}Teacher convicted\n\nKOCHI: A schoolteacher, Sreejith Paravoor, was charged with rape, robbery and criminal intimidation in 2022. On Thursday the court convicted him on the rape charge. He was found not guilty on the intimidation count.`,
    facts: ["Paravoor trial: not guilty -ON_CHARGE-> criminal intimidation", "Paravoor trial: guilty -ON_CHARGE-> rape"],
    not: ["Sreejith Paravoor -CHARGED_WITH-> intimidation"],
  },
  {
    style: "Filipino wire: 'malversation of public funds' charged, 'acquitted him of malversation' in a later sentence",
    text: `${PUBLISHED}Aide convicted of graft\n\nMANILA: Rodelio Banaag-Sarmiento was charged with graft and malversation of public funds in 2019. The anti-graft court found him guilty of graft. It acquitted him of malversation for insufficient evidence.`,
    facts: ["Banaag-Sarmiento trial: not guilty -ON_CHARGE-> malversation of public funds"],
    not: ["Rodelio Banaag-Sarmiento -CHARGED_WITH-> malversation"],
  },
  {
    style: "US wire: an attempt is no charge of the offence it aimed at ('attempted murder' charged, 'acquitted of murder' stays apart)",
    text: `${PUBLISHED}Verdict\n\nSolveig Egby-Pryor was charged with attempted murder and arson. On Friday a jury acquitted Egby-Pryor of murder.`,
    facts: ["Egby-Pryor trial: not guilty -ON_CHARGE-> murder"],
    not: ["Egby-Pryor trial: not guilty -ON_CHARGE-> attempted murder"],
  },
];

describeStories("trials named by their charge or told by what they heard", TRIALS);
describeStories("an offence told later by the head of a charge named in full", SHORT);

describeStories("verdicts told apart from the charges, by a titled judge or in the Nigerian idiom", ROWS);

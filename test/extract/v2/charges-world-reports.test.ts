// Charges as long reports from outside the tuned corpora name them: a US Attorney's release
// ("is additionally charged with", "bribery concerning programs receiving federal funds", charges
// evidence "could support"), Kenyan, Nigerian, Singaporean and Scottish statutory names, an
// Australian committal "on 24 charges including", a charge "reduced to" another, Canada's
// "included offence", Nigeria's "amended charges" and sums "to the tune of", an Indian judgment's
// "holding that", and an agency that arrested someone. Invented articles; each row names the facts a
// reader would take from it (and, after "not", facts it must not yield).
import { describeStories, type StoryRow } from "./helpers.ts";

const FRONT = (title: string, source: string) => `---\ntitle: ${title}\nsource: ${source}\npublished: 2025-03-14\n---\n${title}\n\n`;

const ROWS: StoryRow[] = [
  {
    style: "US Attorney's release: an adverb between the auxiliary and 'charged'",
    text: `${FRONT("Paving contractor indicted", "District Wire")}Garfield Pilkington, 61, the owner of a paving company, was indicted on Tuesday. Pilkington is additionally charged with two counts of money laundering and one count of obstruction of justice.`,
    facts: ["Garfield Pilkington -CHARGED_WITH-> money laundering", "Garfield Pilkington -CHARGED_WITH-> obstruction of justice"],
  },
  {
    style: "US Attorney's release: a federal statute's offence name inside a list of counts",
    text: `${FRONT("Commissioner indicted", "District Wire")}Terrence Gatwood is charged with one count of racketeering conspiracy, two counts of bribery concerning programs receiving federal funds, and one count of conspiracy to commit money laundering.`,
    facts: ["Terrence Gatwood -CHARGED_WITH-> racketeering conspiracy", "Terrence Gatwood -CHARGED_WITH-> bribery concerning programs receiving federal funds", "Terrence Gatwood -CHARGED_WITH-> conspiracy to commit money laundering"],
    not: ["Terrence Gatwood -CHARGED_WITH-> bribery"],
  },
  {
    style: "US Attorney's release: charges evidence 'could support' against a defendant are neither his nor another's",
    text: `${FRONT("Superseding indictment expected", "District Wire")}Garfield Pilkington was charged with bribery. Terrence Gatwood was charged with fraud. In a filing last week prosecutors told the court that evidence recovered from Pilkington's phone could support additional charges of wire fraud and aggravated identity theft against him.`,
    facts: ["Garfield Pilkington -CHARGED_WITH-> bribery", "Terrence Gatwood -CHARGED_WITH-> fraud"],
    not: ["Terrence Gatwood -CHARGED_WITH-> aggravated identity theft", "aggravated identity theft -ALLEGED_VICTIM-> Garfield Pilkington", "wire fraud -ALLEGED_VICTIM-> Garfield Pilkington"],
  },
  {
    style: "Singapore daily: a penalty clause's 'if convicted of cheating, he' names no one cheated",
    text: `${FRONT("Durian scheme promoter charged", "Straits Courier")}Deepak Gunawardena, 36, faces six counts of cheating and one count of dealing with the benefits of criminal conduct. If convicted of cheating, he can be jailed for up to 10 years and fined.`,
    facts: ["Deepak Gunawardena -CHARGED_WITH-> cheating", "Deepak Gunawardena -CHARGED_WITH-> dealing with the benefits of criminal conduct"],
    not: ["cheating -ALLEGED_VICTIM-> Deepak Gunawardena"],
  },
  {
    style: "Indian judgment: a participle opening the court's reasoning is no offence",
    text: `${FRONT("Bank manager acquitted of cheating", "Deccan Sentinel")}The sessions court acquitted Deepak Gunawardena of the charge of cheating, holding that the prosecution had failed to prove he had induced any customer to part with money.`,
    facts: ["Gunawardena trial: not guilty -ON_CHARGE-> cheating"],
    not: ["Deepak Gunawardena -CHARGED_WITH-> holding", "Gunawardena trial: not guilty -ON_CHARGE-> holding"],
  },
  {
    style: "Kenyan daily: the Penal Code's offence named with its doer, then another",
    text: `${FRONT("Ex-finance officer charged over Sh46m loss", "Nairobi Ledger")}Former county finance officer Wanjiru Chepkemoi was on Tuesday charged with stealing by a person employed in the public service and abuse of office. She denied the charges.`,
    facts: ["Wanjiru Chepkemoi -CHARGED_WITH-> stealing by a person employed in the public service", "Wanjiru Chepkemoi -CHARGED_WITH-> abuse of office"],
    not: ["Wanjiru Chepkemoi -CHARGED_WITH-> stealing"],
  },
  {
    style: "Scottish court report: a common-law offence whose name holds commas",
    text: `${FRONT("Coach convicted", "Firthside Record")}Ewan Ruddock, 56, was found guilty of lewd, indecent and libidinous practices and behaviour towards three boys and of assault to injury.`,
    facts: ["Ruddock trial: guilty -ON_CHARGE-> lewd, indecent and libidinous practices and behaviour", "Ruddock trial: guilty -ON_CHARGE-> assault to injury"],
    not: ["Ewan Ruddock -CHARGED_WITH-> lewd"],
  },
  {
    style: "Australian court report: committed to stand trial on a number of charges 'including'",
    text: `${FRONT("Childcare worker to stand trial", "Harbour Herald")}Lachie Tamihana, 33, has been committed to stand trial on 24 charges including sexual intercourse with a child under 10 and producing child abuse material.`,
    facts: ["Lachie Tamihana -CHARGED_WITH-> sexual intercourse with a child under 10", "Lachie Tamihana -CHARGED_WITH-> producing child abuse material"],
  },
  {
    style: "British court report: rape of a child under 13, the statute's own name",
    text: `${FRONT("Man charged", "Wessex Gazette")}Lachie Tamihana, 33, was charged with rape of a child under 13 and sexual assault of a child under 13.`,
    facts: ["Lachie Tamihana -CHARGED_WITH-> rape of a child under 13", "Lachie Tamihana -CHARGED_WITH-> sexual assault of a child under 13"],
  },
  {
    style: "a charge 'reduced to' another: the verb is no part of the offence",
    text: `${FRONT("Charge reduced", "Harbour Herald")}Callister Lomax was charged after the death of his friend. The charge against Callister Lomax was reduced to manslaughter.`,
    facts: ["Callister Lomax -CHARGED_WITH-> manslaughter"],
    not: ["Callister Lomax -CHARGED_WITH-> reduced to manslaughter"],
  },
  {
    style: "Canadian wire: 'the included offence of' manslaughter",
    text: `${FRONT("Jury convicts of manslaughter", "Prairie Press")}Tyler Gagnon, 29, had been charged with second-degree murder. A jury acquitted Gagnon of the murder charge on Thursday but convicted him of the included offence of manslaughter.`,
    facts: ["Gagnon trial: guilty -ON_CHARGE-> manslaughter"],
    not: ["Gagnon trial: guilty -ON_CHARGE-> included offence of manslaughter"],
  },
  {
    style: "Nigerian daily: 'amended charges' and a sum 'to the tune of'",
    text: `${FRONT("EFCC re-arraigns businessman", "Lagos Ledger")}The EFCC arraigned Adekunle Odukoya in 2020 on charges bordering on stealing, forgery and money laundering to the tune of N450 million. Odukoya pleaded not guilty to the amended charges on Wednesday.`,
    facts: ["Adekunle Odukoya -CHARGED_WITH-> money laundering", "Adekunle Odukoya -CHARGED_WITH-> forgery"],
    not: ["Adekunle Odukoya -CHARGED_WITH-> amended", "Adekunle Odukoya -CHARGED_WITH-> money laundering to the tune"],
  },
  {
    style: "Pakistani daily: the agency that arrested someone on charges is not charged",
    text: `${FRONT("FIA arrests bank officer", "Lahore Ledger")}The Federal Investigation Agency (FIA) also arrested a bank officer on charges of embezzling Rs 90 million from customers' accounts.`,
    facts: [],
    not: ["Federal Investigation Agency -CHARGED_WITH-> embezzling"],
  },
  {
    style: "British court round-up: an unnamed newcomer's conviction is not the earlier defendant's",
    text: `${FRONT("Court round-up", "Wessex Gazette")}Jethro Veldkamp, 34, admitted causing death by careless driving and was jailed for two years. Meanwhile, two brothers from Kelderby have been cleared of attempted murder but convicted of wounding with intent. Callister Lomax, 27, and his brother Oswin Lomax, 24, stood trial accused of attempting to murder a man outside a pub.`,
    facts: ["Jethro Veldkamp -CHARGED_WITH-> causing death by careless driving", "Callister Lomax -CHARGED_WITH-> wounding with intent"],
    not: ["Jethro Veldkamp -CHARGED_WITH-> wounding with intent", "Jethro Veldkamp -CHARGED_WITH-> attempted murder"],
  },
];

describeStories("charges in long reports from outside the tuned corpora", ROWS);

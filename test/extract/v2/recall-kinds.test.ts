// Kinds of statement the extractor missed on unseen reports, each shown on invented stories in a
// style of its own: a defendant called by nationality or epithet as a verb's object, the other
// charges cleared, a penalty with its ground, appeal rulings, group subjects, and more. Each row
// names the facts a reader takes from it (and, after "not", facts it must not yield).
import { describeStories, type StoryRow } from "./helpers.ts";

const NATIONALS: StoryRow[] = [
  {
    style: "Portuguese wire in English: 'convicted the Dutchman of' after 'Dutch businessman X'",
    text: "Dutch businessman Joost Vermeulen went on trial in Lisbon in March. On Friday the jury convicted the Dutchman of money laundering and tax fraud.",
    facts: ["Vermeulen trial: guilty -ON_CHARGE-> money laundering", "Vermeulen trial: guilty -ON_CHARGE-> tax fraud"],
  },
  {
    style: "Australian broadcaster: 'The court acquitted the Canadian'",
    text: "Canadian cyclist Marie-Eve Tremblay, 29, stood trial in Perth last week. The court acquitted the Canadian of dangerous driving on Tuesday.",
    facts: ["Tremblay trial: not guilty -ON_CHARGE-> dangerous driving"],
  },
  {
    style: "Swiss daily: 'X, a Lebanese financier,' then 'found the Lebanese guilty'",
    text: "Karim Haddad, a Lebanese financier, was tried in Geneva. The tribunal found the Lebanese guilty of bribery.",
    facts: ["Haddad trial: guilty -ON_CHARGE-> bribery"],
  },
  {
    style: "British tabloid: 'the Briton' for the one person the story made British",
    text: "Briton Callum Birt, 33, and Spaniard Iker Solana, 40, stood trial in Malaga. The judge convicted the Briton of drug trafficking.",
    facts: ["Birt trial: guilty -ON_CHARGE-> drug trafficking"],
    not: ["Iker Solana -CHARGED_WITH-> drug trafficking"],
  },
  {
    style: "wire: two Germans named, 'the German' is neither",
    text: "German nationals Lukas Brandt and Felix Ober stood trial in Vienna. The court convicted the German of fraud.",
    facts: [],
    not: ["Lukas Brandt -CHARGED_WITH-> fraud", "Felix Ober -CHARGED_WITH-> fraud"],
  },
  {
    style: "wire: 'the German court' is no person",
    text: "German businessman Lukas Brandt stood trial in Berlin. The German court convicted Brandt of tax evasion.",
    facts: ["Brandt trial: guilty -ON_CHARGE-> tax evasion"],
  },
  {
    style: "British regional: an epithet as the verb's object",
    text: "Mother-of-two Kara Mendel, 45, stood trial at Leeds Crown Court. Mendel denied theft. Mendel wept in the dock. Mendel was bailed. On Friday the jury convicted the mother-of-two of theft.",
    facts: ["Mendel trial: guilty -ON_CHARGE-> theft"],
  },
  {
    style: "sports wire: 'X of Norway' then 'the Norwegian'",
    text: "Sprinter Ola Rustad of Norway appeared before a Milan court in May. The judge cleared the Norwegian of doping offences.",
    facts: ["Rustad trial: not guilty -ON_CHARGE-> doping"],
  },
  {
    style: "Irish daily: 'Polish-born X' then 'the Pole' after the verb",
    text: "Polish-born lorry driver Tomasz Wrona, 38, stood trial in Cork. The jury convicted the Pole of careless driving.",
    facts: ["Wrona trial: guilty -ON_CHARGE-> careless driving"],
  },
];

describeStories("a defendant called by nationality or epithet", NATIONALS);

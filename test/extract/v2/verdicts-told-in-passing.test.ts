// The everyday ways a verdict names its accused and its charges that the rules missed: a role set before the name
// between commas with no article ("convicted former governor, X, of"), as Philippine, Kenyan and Nigerian reports
// write it; a headline's finding on every charge with nothing after it ("Jury clears X of all charges"); and the
// charges named earlier in the sentence taken up again as "both of them" or "all of them". Invented stories.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Philippine wire: the anti-graft court's headline, the role before the name between commas",
    text: "The Sandiganbayan convicts former mayor, Rodrigo Tregarthen, of 12 counts of graft over road contracts\n\n"
      + "Rodrigo Tregarthen, the former mayor of a lakeside town, faces up to 120 years in prison.",
    facts: ["Rodrigo Tregarthen -CHARGED_WITH-> graft", "Tregarthen trial: guilty -ON_CHARGE-> graft"],
  },
  {
    style: "Nigerian daily: the body's sentence, a role with no article between commas",
    text: "Ex-governor convicted\n\nKeswick Njeru was governor from 2010 to 2016. "
      + "The Federal High Court on Tuesday convicted former governor, Keswick Njeru, of three counts of money laundering.",
    facts: ["Keswick Njeru -CHARGED_WITH-> money laundering", "Njeru trial: guilty -ON_CHARGE-> money laundering"],
  },
  {
    style: "Kenyan daily: an acquittal headline, the role before the name between commas",
    text: "Nairobi court acquits former minister, Ruth Kibet, of abuse of office\n\nRuth Kibet served as a minister from 2013 to 2017.",
    facts: ["Kibet trial: not guilty -ON_CHARGE-> abuse of office"],
  },
  {
    style: "British tabloid headline: cleared of all charges, the charges told in the body",
    text: "Jury clears Dana Oakshott of all charges\n\nDana Oakshott, 33, had been charged with assault and affray after a fight outside a nightclub.",
    facts: ["Oakshott trial: not guilty -ON_CHARGE-> assault", "Oakshott trial: not guilty -ON_CHARGE-> affray"],
  },
  {
    style: "US local news headline: convicted on all counts",
    text: "Jury convicts Lyle Darrow on all counts\n\nLyle Darrow, 45, was charged with burglary and arson over the fire at a hardware store.",
    facts: ["Darrow trial: guilty -ON_CHARGE-> burglary", "Darrow trial: guilty -ON_CHARGE-> arson"],
  },
  {
    style: "Canadian broadsheet: 'acquitted of both of them', the charges named in the relative clause",
    text: "Officer cleared\n\nIan Ravenhill, who faced the murder and robbery charges, was acquitted of both of them.",
    facts: ["Ravenhill trial: not guilty -ON_CHARGE-> murder", "Ravenhill trial: not guilty -ON_CHARGE-> robbery"],
  },
  {
    style: "Australian regional: 'acquitted of all of them', the charges named in the sentence before",
    text: "Ex-councillor cleared\n\nMaree Sayce, 58, was charged with fraud, forgery and money laundering in 2021. On Friday she was acquitted of all of them.",
    facts: ["Sayce trial: not guilty -ON_CHARGE-> fraud", "Sayce trial: not guilty -ON_CHARGE-> forgery", "Sayce trial: not guilty -ON_CHARGE-> money laundering"],
  },
  {
    style: "precision: a role set between commas after the charges is no defendant",
    text: "Court convicts Lyle Darrow of fraud\n\nThe court convicted Lyle Darrow of fraud, a former banker said.",
    facts: ["Darrow trial: guilty -ON_CHARGE-> fraud"],
    not: ["Darrow trial: guilty -ON_CHARGE-> former banker"],
  },
];

describeStories("verdicts told in passing: roles between commas, all charges, both of them", ROWS);

// A sentence told with the offences it is for, where the term and the offences stand apart: a date or an aside
// between them, each count told, a minimum term, a further term for a further offence, the term's other parts
// ("and five years of supervised release"). The offences are the defendant's, and the sentence a guilty verdict on
// them; a sentence only feared or denied gives none.
// Invented stories.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British regional: the judge's sentence, its day before the offence",
    text: "Judge Maelle Rowley sentenced Derwent Tenbury to eight years in prison on Friday for robbery.",
    facts: ["Derwent Tenbury -CHARGED_WITH-> robbery", "Derwent Tenbury: guilty -ON_CHARGE-> robbery"],
  },
  {
    style: "Australian court round: a term for each offence",
    text: "Judge Maelle Rowley sentenced Derwent Tenbury, 41, to eight years for robbery and two years for possession of a firearm.",
    facts: ["Derwent Tenbury -CHARGED_WITH-> robbery", "Derwent Tenbury -CHARGED_WITH-> possession of a firearm", "Derwent Tenbury: guilty -ON_CHARGE-> possession of a firearm"],
  },
  {
    style: "US wire: a term on each count",
    text: "U.S. District Judge Maelle Rowley sentenced Derwent Tenbury to eight years on each count of wire fraud.",
    facts: ["Derwent Tenbury -CHARGED_WITH-> wire fraud", "Derwent Tenbury: guilty -ON_CHARGE-> wire fraud"],
  },
  {
    style: "Scottish broadsheet: a minimum term",
    text: "The judge sentenced Corin Quigley to a minimum term of 22 years for murder.",
    facts: ["Corin Quigley -CHARGED_WITH-> murder", "Corin Quigley: guilty -ON_CHARGE-> murder"],
  },
  {
    style: "Irish tabloid: a suspended term, its condition set off by commas",
    text: "Emlyn Yarrowby was sentenced to 18 months, suspended for two years, for assault.",
    facts: ["Emlyn Yarrowby -CHARGED_WITH-> assault", "Emlyn Yarrowby: guilty -ON_CHARGE-> assault"],
  },
  {
    style: "New Zealand daily: a further term for a further offence",
    text: "Emlyn Yarrowby was jailed for eight years for aggravated robbery, with a further two years for possession of a firearm.",
    facts: ["Emlyn Yarrowby -CHARGED_WITH-> possession of a firearm", "Emlyn Yarrowby: guilty -ON_CHARGE-> possession of a firearm"],
  },
  {
    style: "US wire: the term's other parts before the offence",
    text: "Corin Quigley was sentenced to 10 years in prison and five years of supervised release for wire fraud.",
    facts: ["Corin Quigley -CHARGED_WITH-> wire fraud", "Corin Quigley: guilty -ON_CHARGE-> wire fraud"],
  },
  {
    style: "US local: probation and community service",
    text: "Emlyn Yarrowby, 19, received 18 months of probation and 100 hours of community service for theft.",
    facts: ["Emlyn Yarrowby -CHARGED_WITH-> theft", "Emlyn Yarrowby: guilty -ON_CHARGE-> theft"],
  },
  {
    style: "New Zealand local: home detention and community work",
    text: "Saoirse Hathersage was sentenced to 12 months of home detention and community work for careless driving causing death.",
    facts: ["Saoirse Hathersage -CHARGED_WITH-> careless driving causing death", "Saoirse Hathersage: guilty -ON_CHARGE-> careless driving causing death"],
  },
  {
    style: "Canadian daily: a term the defence only feared is no sentence",
    text: "Saoirse Hathersage could be sentenced to eight years in prison next month for fraud, her lawyer warned.",
    facts: [],
    not: ["Saoirse Hathersage: guilty -ON_CHARGE-> fraud"],
  },
];

describeStories("sentences told with their offences apart from the term", ROWS);

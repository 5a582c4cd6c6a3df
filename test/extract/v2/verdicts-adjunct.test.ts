// A verdict with a phrase of where, when, how or by whom between the verb and its charges: "convicted at trial of",
// "found guilty at his retrial on two counts of", "cleared by a Norbury jury of". The charges are the defendant's;
// a conviction the sentence denies gives none.
// Invented stories.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "US wire: convicted at trial",
    text: "Emlyn Yarrowby was convicted at trial of arson and insurance fraud.",
    facts: ["Emlyn Yarrowby -CHARGED_WITH-> arson", "Yarrowby trial: guilty -ON_CHARGE-> insurance fraud"],
  },
  {
    style: "British regional: found guilty at a retrial, on counts",
    text: "Derwent Tenbury was found guilty at his retrial on two counts of causing grievous bodily harm with intent.",
    facts: ["Tenbury trial: guilty -ON_CHARGE-> causing grievous bodily harm with intent"],
  },
  {
    style: "Australian daily: the jury named by its town",
    text: "Corin Quigley, 33, was convicted by a Meriden jury of aggravated burglary.",
    facts: ["Quigley trial: guilty -ON_CHARGE-> aggravated burglary"],
  },
  {
    style: "Irish broadsheet: acquitted at a retrial",
    text: "Saoirse Hathersage was acquitted at her retrial of murder.",
    facts: ["Saoirse Hathersage -CHARGED_WITH-> murder", "Hathersage trial: not guilty -ON_CHARGE-> murder"],
  },
  {
    style: "Canadian daily: a judge-alone trial",
    text: "Saoirse Hathersage was found not guilty in a judge-alone trial of dangerous driving causing death.",
    facts: ["Hathersage trial: not guilty -ON_CHARGE-> dangerous driving causing death"],
  },
  {
    style: "US local: a conviction denied is none",
    text: "Emlyn Yarrowby was never convicted at trial of arson, his lawyer said.",
    facts: [],
    not: ["Yarrowby trial: guilty -ON_CHARGE-> arson"],
  },
];

describeStories("verdicts with a phrase between the verb and the charges", ROWS);

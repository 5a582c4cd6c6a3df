// A second charge joined by "and with" after the first one's particulars, as Irish, Canadian and Indian reports
// write a charge sheet: "charged with attempted murder for stabbing X and with causing serious harm to Y"; and an
// adverb after the verb, "charged separately with". Invented stories.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Irish regional: each charge with its complainant, the second after 'and with'",
    text: "Man charged over pub attack\n\nSean Pellow, 27, was formally charged with attempted murder for stabbing Kevin Orrell and with causing serious harm to Paul Drane, who was struck with a bottle.",
    facts: ["Sean Pellow -CHARGED_WITH-> attempted murder", "Sean Pellow -CHARGED_WITH-> causing serious harm"],
    not: ["Sean Pellow -CHARGED_WITH-> bottle"],
  },
  {
    style: "Canadian broadsheet: the crash after the first charge, then 'and with'",
    text: "Officer charged in crash\n\nDale Ferrant, a police officer, was charged with criminal negligence causing death in the crash that killed Ann Orrell, and with failing to stop at the scene of an accident.",
    facts: ["Dale Ferrant -CHARGED_WITH-> criminal negligence causing death", "Dale Ferrant -CHARGED_WITH-> failing to stop at the scene of an accident"],
  },
  {
    style: "precision: 'and with' inside a relative clause joins no charge",
    text: "Man charged\n\nSean Pellow was charged with assault for punching a man who had argued with Paul Drane and with his brother over a parking space.",
    facts: ["Sean Pellow -CHARGED_WITH-> assault"],
    not: ["Sean Pellow -CHARGED_WITH-> his brother"],
  },
  {
    style: "British wire: a co-accused 'charged separately with' the offence, whose plea is on it",
    text: "Fraud trial\n\nAnn Drane, who was charged separately with conspiracy to defraud, has pleaded not guilty.",
    facts: ["Ann Drane -CHARGED_WITH-> conspiracy to defraud", "Ann Drane pleads not guilty -ON_CHARGE-> conspiracy to defraud"],
  },
];

describeStories("a second charge after 'and with'; a charge told 'separately'", ROWS);

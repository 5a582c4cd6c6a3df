// Everyday court reports where a charge or its outcome was lost: a split verdict one court gives in one sentence
// ("convicted X of manslaughter but acquitted him of murder") is a trial's verdict on each count, not an appeal
// that overturned the conviction; "convicted on both counts ... cleared of a third charge" puts no conviction on
// the third; a defendant described before the name ("sentenced a former permanent secretary in the ministry, X,
// to seven years for money laundering") keeps the charge; a second penalty's charge ("21 years for fraud and six
// years for forgery") is the sentence's too.
import { describeStories } from "./helpers.ts";

describeStories("split verdicts, counts of another outcome, described defendants, penalties listed", [
  {
    style: "Kenyan wire: 'convicted farmer X of manslaughter but acquitted him of murder', headline 'convicts ..., clears him of murder'",
    text: `High Court convicts Kemboi of manslaughter over boundary row, clears him of murder

NAIROBI, March 4 (Wire) - The High Court on Tuesday convicted farmer Okwudili Kemboi of manslaughter but acquitted him of murder over the death of his neighbour in a boundary dispute.

Justice Wanjiru Haverleigh said the prosecution had not proved that Kemboi intended to kill.`,
    facts: ["Kemboi trial: guilty -ON_CHARGE-> manslaughter", "Kemboi trial: not guilty -ON_CHARGE-> murder"],
    not: ["Kemboi trial: guilty -ON_CHARGE-> murder", "Okwudili Kemboi: appeal overturned -OVERTURNS-> Kemboi trial: guilty"],
  },
  {
    style: "English regional: 'convicted Y, 52, on both counts ... He was cleared of a third charge of theft'",
    text: `Former officer found guilty

A former police officer has been found guilty of misconduct in public office and perverting the course of justice.

Jurors at Carrowmore Crown Court convicted Ruaridh Quarrie, 52, on both counts after a two-week trial. He was cleared of a third charge of theft.`,
    facts: ["Quarrie trial: guilty -ON_CHARGE-> perverting the course of justice", "Quarrie trial: not guilty -ON_CHARGE-> theft"],
    not: ["Quarrie trial: guilty -ON_CHARGE-> theft"],
  },
  {
    style: "Nigerian daily: 'sentenced a former permanent secretary in the ministry, X, to seven years in prison for money laundering'",
    text: `Ex-perm sec jailed seven years

ABUJA - A Federal High Court in Abuja has sentenced a former permanent secretary in the ministry, Chidozie Brackenby, to seven years in prison for money laundering.`,
    facts: ["Chidozie Brackenby -CHARGED_WITH-> money laundering"],
  },
  {
    style: "Lagos paper: 'convicted a former bank manager with Unity Bank, X, of fraud'",
    text: `Court convicts ex-banker

The court convicted a former bank manager with Unity Bank, Nnamdi Haverleigh, of fraud on Monday.`,
    facts: ["Nnamdi Haverleigh -CHARGED_WITH-> fraud", "Haverleigh trial: guilty -ON_CHARGE-> fraud"],
  },
  {
    style: "British tabloid: 'jailed for 21 years for fraud and six years for forgery'",
    text: `Fraudster jailed

Nnamdi Prentiss was sentenced to 21 years for fraud and six years for forgery, to run concurrently.`,
    facts: ["Nnamdi Prentiss -CHARGED_WITH-> fraud", "Nnamdi Prentiss -CHARGED_WITH-> forgery"],
  },
]);

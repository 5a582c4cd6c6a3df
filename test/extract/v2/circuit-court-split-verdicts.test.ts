// An Irish broadsheet's report of a split verdict: acquitted of one charge, convicted "by a majority verdict
// of 10 to two" on another told by its deed ("falsifying the custody record"), at a court; each outcome
// keeps its own charge.
import { describeStories } from "./helpers.ts";

const REPORT = `Garda sergeant cleared of assault but convicted of falsifying records

A Garda sergeant has been acquitted of assaulting a man in custody at Athlone Garda station but convicted of falsifying the custody record to cover up the incident.

Sgt Cormac Tierney (49), of Kilkee Road, Ennis, had denied both charges at Clonmel Circuit Criminal Court.

After deliberating for just over five hours, the jury found him not guilty of assault causing harm to Declan Feeney in June 2022. It convicted him by a majority verdict of 10 to two on the charge of falsifying the record.

Judge Orla Breathnach adjourned sentencing until December.`;

describeStories("a split verdict, one charge told by its deed and the other by a majority", [
  {
    style: "Irish Times: 'convicted him by a majority verdict of 10 to two on the charge of falsifying the record'",
    text: REPORT,
    facts: ["Tierney trial: guilty -ON_CHARGE-> falsifying the record", "Tierney trial: not guilty -ON_CHARGE-> assault causing harm"],
    not: ["Tierney trial: guilty -ON_CHARGE-> assault causing harm", "Tierney trial: not guilty -ON_CHARGE-> falsifying the record"],
  },
  {
    style: "Scottish tabloid: 'found guilty by a majority verdict of forging her signature'",
    text: "Bank clerk Isla Brackenby was found guilty by a majority verdict of forging her signature on the loan papers.",
    facts: ["Isla Brackenby -CHARGED_WITH-> forging her signature"],
  },
]);

// A verdict told as given at a retrial, beside the first trial's verdict in the same sentence: two trials, not one
// trial that both convicted and acquitted (a wrong fact a reader would print). Invented stories, no publication date
// (so the year alone cannot say which trial came first).
import { describeStories } from "./helpers.ts";

describeStories("a retrial's verdict and the first trial's", [
  {
    style: "British regional: the conviction in a relative clause, the acquittal 'at a retrial'",
    text: "Man cleared at retrial\n\nColin Orlowski, 34, who was convicted of murder in 2019, was cleared at a retrial on Friday.",
    facts: ["Orlowski trial (earlier) -RESULTED_IN-> Orlowski trial (earlier): guilty", "Orlowski trial -RESULTED_IN-> Orlowski trial: not guilty"],
    not: ["Orlowski trial -RESULTED_IN-> Orlowski trial: guilty"],
  },
  {
    style: "Irish daily: 'whose conviction was quashed' and the acquittal at his retrial; the quashing overturns the first trial's verdict",
    text: "Retrial acquittal\n\nColin Orlowski, whose 2019 murder conviction was quashed, was acquitted at a retrial on Friday.",
    facts: ["Colin Orlowski: appeal overturned -OVERTURNS-> Orlowski trial (earlier): guilty", "Orlowski trial -RESULTED_IN-> Orlowski trial: not guilty"],
    not: ["Orlowski trial -RESULTED_IN-> Orlowski trial: guilty", "Colin Orlowski: appeal overturned -OVERTURNS-> Orlowski trial: guilty"],
  },
  {
    style: "wire: a conviction at a retrial after an acquittal overturned in the same sentence keeps one verdict per trial",
    text: "Retrial verdict\n\nColin Orlowski, who was acquitted of fraud in 2021, was convicted at his retrial on Monday.",
    facts: ["Orlowski trial -RESULTED_IN-> Orlowski trial: guilty"],
    not: ["Orlowski trial -RESULTED_IN-> Orlowski trial: not guilty"],
  },
]);

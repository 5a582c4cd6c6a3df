// "She had denied the charges", "All four men had denied the charges": a denial told in the past perfect beside a verdict is the stance the accused held at trial, told
// in retrospect, not a plea the report says was entered (and may have been changed since: "had initially denied the
// charges but changed his plea"). A plea is what the accused "has denied", "denies" or "denied" before the court (the rule's examples keep those).
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British local weekly: the denial told after the verdict",
    text: "Charity treasurer guilty of fraud\n\nOttoline Ferriday, 46, of Wexcombe, was found guilty of fraud at Kelmouth Crown Court on Friday. She had denied the charges.",
    facts: ["Ottoline Ferriday -CHARGED_WITH-> fraud"],
    not: ["Ottoline Ferriday -ENTERED_PLEA-> Ottoline Ferriday pleads not guilty"],
  },
  {
    style: "British wire: a group's denial after four verdicts",
    text: "Four convicted over warehouse fire\n\nTorvald Quillan, 41, Aurelio Venning, 22, Corwin Thackwell, 34, and Casimir Kirrin, 29, were convicted of arson at Kelmouth Crown Court. All four men had denied the charges.",
    facts: ["Torvald Quillan -CHARGED_WITH-> arson", "Casimir Kirrin -CHARGED_WITH-> arson"],
    not: ["Torvald Quillan -ENTERED_PLEA-> Torvald Quillan pleads not guilty", "Casimir Kirrin -ENTERED_PLEA-> Casimir Kirrin pleads not guilty"],
  },
  {
    style: "Scottish daily: the first denial, then a guilty plea; only the guilty plea stands",
    text: "Driver admits dangerous driving\n\nFergal Polglase, 38, had initially denied the charges when he appeared at Brackwell Sheriff Court, but changed his plea and admitted dangerous driving on Monday.",
    facts: ["Fergal Polglase -ENTERED_PLEA-> Fergal Polglase pleads guilty"],
    not: ["Fergal Polglase -ENTERED_PLEA-> Fergal Polglase pleads not guilty"],
  },
];

describeStories("a denial told in the past perfect is no plea", ROWS);

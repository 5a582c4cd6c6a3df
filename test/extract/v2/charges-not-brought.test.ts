// Charges a report says were never brought, and charges graded but never named. "found no basis for criminal charges
// against the officer", "declined to lay charges against", "may file charges against" tell no one charged; "criminal
// charges", "federal counts", "serious charges" name no offence. Invented stories in US local TV, Canadian and
// British styles.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "US local TV: a county attorney found no basis for charges against the officer who led a chase",
    text: "Family sues city after deadly chase\n\nThe driver of the pickup, Dalton Vandever, 27, was charged with vehicular homicide.\n\nOfficer Wade Stinchcomb has not been charged. The Albany County Attorney's Office said it had found no basis for manslaughter charges against the officer.",
    facts: ["Dalton Vandever -CHARGED_WITH-> vehicular homicide"],
    not: ["Wade Stinchcomb -CHARGED_WITH-> manslaughter"],
  },
  {
    style: "Canadian broadcaster: the Crown declined to lay charges against one driver, and may yet charge another",
    text: "No charges in fatal crash\n\nThe Crown declined to lay dangerous driving charges against Colm Ouellet, police said on Monday. Investigators said they may file impaired driving charges against Aurele Cormier once toxicology results are back.",
    facts: [],
    not: ["Colm Ouellet -CHARGED_WITH-> dangerous driving", "Aurele Cormier -CHARGED_WITH-> impaired driving"],
  },
  {
    style: "US wire: 'federal charges' and 'criminal charges' grade the charges, they name no offence",
    text: "Ex-aide charged\n\nProsecutors filed federal charges against Lorne Lanigan on Tuesday. He also faces criminal charges in the state and two further counts in a separate case.",
    facts: [],
    not: ["Lorne Lanigan -CHARGED_WITH-> federal", "Lorne Lanigan -CHARGED_WITH-> criminal", "Lorne Lanigan -CHARGED_WITH-> further"],
  },
  {
    style: "US metro daily: a jury's deadlock on the charge against her still tells the charge",
    text: "Mistrial declared\n\nThe jury could not reach a verdict on the arson charge against Delphine Haverty, and the judge declared a mistrial.",
    facts: ["Delphine Haverty -CHARGED_WITH-> arson"],
  },
];

describeStories("charges never brought, and charges graded but not named", ROWS);

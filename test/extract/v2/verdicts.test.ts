// Verdicts told by the time a jury took, acquittals that name no count, and people tried together:
// invented stories in British, US and trade-press styles. Each row names the facts a reader would
// take from it (and, after "not", facts it must not yield).
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British tabloid: the jury's time to convict, told after the penalty",
    text: "Kwame Boateng, 40, was jailed for nine years for raping a woman in a park in 2019. The jury at Kestleford Crown Court took four hours to convict him.",
    facts: ["Boateng trial -RESULTED_IN-> Boateng trial: guilty", "Kwame Boateng -DEFENDANT_IN-> Boateng trial"],
  },
  {
    style: "US wire: 'took less than two hours to find him guilty on all counts'",
    text: "Tomas Ljung had been charged with fraud and forgery. Jurors took less than two hours to find Tomas Ljung guilty on all counts.",
    facts: ["Ljung trial: guilty -ON_CHARGE-> fraud", "Ljung trial: guilty -ON_CHARGE-> forgery"],
  },
  {
    style: "wire: a time to a verdict still to come is no verdict",
    text: "The jury will need weeks to find Tomas Ljung guilty of fraud, his lawyer said.",
    facts: [],
    not: ["Ljung trial: guilty -ON_CHARGE-> fraud"],
  },
  {
    style: "trade-press retrospective: five tried together, cleared as 'all five' paragraphs later",
    text: "Director Oren Vale was charged along with producer Tom Hart, pilot Dan Ring and coordinator Sam Pike. All four were accused of involuntary manslaughter, and they were tried together before Superior Court Judge Ana Ruiz. Prosecutor Lea Gant argued that the defendants had been reckless. Vale spent four days on the witness stand. Ring also testified. The trial ran 10 months. The jury cleared all four after a single round of balloting.",
    facts: ["Dan Ring -DEFENDANT_IN-> Vale trial", "Sam Pike -DEFENDANT_IN-> Vale trial", "Vale trial -RESULTED_IN-> Vale trial: not guilty", "Ana Ruiz -PRESIDED_OVER-> Vale trial"],
    not: ["Dan Ring -DEFENDANT_IN-> Ring trial", "Vale trial -RESULTED_IN-> Vale trial: guilty"],
  },
  {
    style: "US regional: two convicted in one verdict stood one trial",
    text: "A jury in Tulsa convicted Ana Quarrie and Luis Ortega of fraud on Friday. Judge Karen Bligh set sentencing for May.",
    facts: ["Luis Ortega -DEFENDANT_IN-> Quarrie trial", "Karen Bligh -PRESIDED_OVER-> Quarrie trial"],
  },
  {
    style: "British: a judge who sentenced is not the 'he' who was convicted",
    text: "Mr Justice Cole, sitting at the Old Bailey, sentenced Derek Moss to 12 years after he was convicted of murder.",
    facts: ["Derek Moss -CHARGED_WITH-> murder"],
    not: ["Cole -CHARGED_WITH-> murder", "Cole -DEFENDANT_IN-> Cole trial"],
  },
  {
    style: "US trade press: the judge named bare finds a described defendant guilty after a plea hearing",
    text: "First assistant director Mara Kimber was sentenced Tuesday to 10 years' probation. Superior Court Judge Tom Quarrie also sentenced the director, Oren Vale. Kimber's case had been split from the others' before trial. On Tuesday, under an agreement her lawyers reached with prosecutors, Quarrie found the 1st A.D. guilty of involuntary manslaughter and criminal trespass after a brief hearing.",
    facts: ["Mara Kimber -CHARGED_WITH-> involuntary manslaughter", "Kimber trial: guilty -ON_CHARGE-> criminal trespass"],
    not: ["Tom Quarrie -CHARGED_WITH-> involuntary manslaughter", "Oren Vale -CHARGED_WITH-> involuntary manslaughter"],
  },
  {
    style: "Australian regional: a lone surname that is also a given name ('Delahunt') says nothing of gender",
    text: "A jury acquitted Toby Delahunt, 49, of fraud on Friday but convicted him of forgery. Judge Ana Ruiz sentenced Delahunt to two years.",
    facts: ["Delahunt trial: guilty -ON_CHARGE-> forgery", "Toby Delahunt -CHARGED_WITH-> forgery"],
  },
  {
    style: "wire follow-up: an appeal to come tells of the conviction appealed, which its trial judge presided over",
    text: "Tomas Ljung will appeal his forgery conviction, his lawyer said on Monday. Judge Ana Ruiz presided over the trial in the Ashford District Court.",
    facts: ["Ljung trial: guilty -ON_CHARGE-> forgery", "Ana Ruiz -PRESIDED_OVER-> Ljung trial"],
  },
  {
    style: "broadsheet comparison: 'his assault conviction', thrown out in another's case, is not the defendant's",
    text: "Oren Vale was convicted of disorderly conduct in 2021. Observers recalled Dan Ring's appeal. In 2020 the Supreme Court of Delmar threw out his assault conviction.",
    facts: ["Oren Vale -CHARGED_WITH-> disorderly conduct"],
    not: ["Oren Vale -CHARGED_WITH-> assault"],
  },
];

describeStories("verdicts told by time, bare acquittals, joint trials", ROWS);

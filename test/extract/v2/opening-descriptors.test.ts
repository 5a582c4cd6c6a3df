// A common noun that opens a sentence says what someone is, never part of a name: "Prisoner and X were charged"
// made a "Prisoner X" charged beside X, "Prisoner, 34, admitted" a person named "Prisoner", and "Inmate X" a
// person named "Inmate X" whom no reader would find. Each story is invented, in a style the corpora lack.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British tabloid: 'Prisoner and X were charged' names one man, and no 'Prisoner X'",
    text: "Jail brawl: two charged\n\nPrisoner and Thaddeus Brannock were charged with affray after a fight on D-wing. Brannock, 29, was remanded in custody.",
    facts: ["Thaddeus Brannock -CHARGED_WITH-> affray"],
    not: ["Prisoner Brannock -CHARGED_WITH-> affray", "Prisoner -CHARGED_WITH-> affray"],
  },
  {
    style: "Kenyan daily: a cleric's title before 'and' is no one's given name",
    text: "Mosque funds: two in court\n\nImam and Ezekiel Musyoka were charged with fraud at the Mombasa Law Courts on Monday. They denied the charges.",
    facts: ["Ezekiel Musyoka -CHARGED_WITH-> fraud"],
    not: ["Imam Musyoka -CHARGED_WITH-> fraud", "Imam -CHARGED_WITH-> fraud"],
  },
  {
    style: "British local paper: 'Prisoner, 34, admitted' describes an unnamed man and names no one",
    text: "Prisoner admits phone smuggling\n\nPrisoner, 34, admitted possessing a mobile phone in prison when he appeared before magistrates on Tuesday.",
    facts: [],
    not: ["Prisoner -CHARGED_WITH-> possessing a mobile phone in prison", "Prisoner -ENTERED_PLEA-> Prisoner pleads guilty"],
  },
  {
    style: "British tabloid: a descriptor before a first name ('Inmate', 'Conman', 'Cabbie') is no part of the name",
    text: "Inmate Thaddeus Yelverton admitted assault. Conman Amara Seddon pleaded guilty to fraud. Cabbie Ezekiel Tregarth was charged with dangerous driving.",
    facts: ["Thaddeus Yelverton -CHARGED_WITH-> assault", "Amara Seddon -CHARGED_WITH-> fraud", "Ezekiel Tregarth -CHARGED_WITH-> dangerous driving"],
    not: ["Inmate Thaddeus Yelverton -CHARGED_WITH-> assault", "Conman Amara Seddon -CHARGED_WITH-> fraud", "Cabbie Ezekiel Tregarth -CHARGED_WITH-> dangerous driving"],
  },
];

describeStories("a common noun opening a sentence is no name", ROWS);

// A civil action beside a criminal case, as wires and business desks tell a regulator's or a bank's suit against one
// the prosecutors charged ("The SEC filed a parallel civil lawsuit", "In a separate civil case, the regulator accused
// him of ...", "has also charged her in a civil complaint", "The commission and the Federal Trade Commission have also
// sued her"), and suits whose sides are told apart ("Peter and Anne Vale brought the claim ... the builder was found
// liable"), against a list that ends in a description ("sued A, B, C and the school board") or against a city.
// Each story is invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "US wire: an arrest, and the regulator's parallel suit naming no one",
    text: "Former fund manager charged with $40 million fraud\n\nNEW YORK (Wire) - A former hedge fund manager was arrested on Tuesday and charged with defrauding investors of more than $40 million, federal prosecutors said.\n\nLowell Kestleigh, 46, was charged with securities fraud and wire fraud in an indictment unsealed in Manhattan federal court.\n\nThe Harbour Securities Commission filed a parallel civil lawsuit.",
    facts: [
      "Harbour Securities Commission -PLAINTIFF_IN-> Harbour Securities Commission v. Lowell Kestleigh",
      "Lowell Kestleigh -DEFENDANT_IN-> Harbour Securities Commission v. Lowell Kestleigh",
    ],
  },
  {
    style: "Business desk: two accused, so a parallel suit naming no one is against neither",
    text: "Two brokers charged over insider trading\n\nTwo former brokers, Nessa Corley and Pryce Lanyon, were charged on Monday with insider trading.\n\nThe Harbour Securities Commission filed a parallel civil lawsuit.",
    facts: [],
    not: ["Nessa Corley -DEFENDANT_IN-> Harbour Securities Commission lawsuit", "Pryce Lanyon -DEFENDANT_IN-> Harbour Securities Commission lawsuit"],
  },
  {
    style: "Silicon Valley paper: a conviction, and the regulator's separate civil case",
    text: "Former biotech chief convicted of lying to investors\n\nTrevor Siltstone, the former chief executive of Orrinsby Biotech, was convicted on Friday of securities fraud by a jury in San Francisco.\n\nIn a separate civil case, the Harbour Securities Commission accused him of defrauding shareholders.",
    facts: ["Trevor Siltstone -DEFENDANT_IN-> Harbour Securities Commission v. Trevor Siltstone"],
  },
  {
    style: "Financial wire: a plea, and a civil complaint by the regulator",
    text: "Financier denies Ponzi charges\n\nA financier accused of running a $200 million Ponzi scheme pleaded not guilty on Monday.\n\nLeopold Quennell-Ashby, 63, is charged with mail fraud and wire fraud.\n\nThe Harbour Securities Commission has also charged him in a civil complaint.",
    facts: ["Leopold Quennell-Ashby -DEFENDANT_IN-> Harbour Securities Commission v. Leopold Quennell-Ashby"],
  },
  {
    style: "Crypto trade press: two regulators have sued the convicted founder",
    text: "Lending platform founder guilty of fraud\n\nA jury in Manhattan federal court on Thursday convicted Selma Marrowby, the founder of a cryptocurrency lending platform, of fraud.\n\nThe Harbour Securities Commission and the Federal Trade Commission have also sued her.",
    facts: [
      "Federal Trade Commission -PLAINTIFF_IN-> Harbour Securities Commission v. Selma Marrowby",
      "Selma Marrowby -DEFENDANT_IN-> Harbour Securities Commission v. Selma Marrowby",
    ],
  },
  {
    style: "English regional daily: the couple who brought the claim, named before the builder's liability",
    text: "Builder must pay couple £61,000 over botched extension\n\nPeter and Anne Norcombe brought the claim after their extension's roof began to sag.\n\nGraham Saltmarsh was found liable for breach of contract at Exeter County Court on Tuesday.",
    facts: [
      "Anne Norcombe -PLAINTIFF_IN-> Peter Norcombe v. Graham Saltmarsh",
      "Graham Saltmarsh -DEFENDANT_IN-> Peter Norcombe v. Graham Saltmarsh",
    ],
  },
  {
    style: "US local paper: a student's suit against three teachers and the school board",
    text: "Former student sues teachers\n\nIsolde Thistlewood sued Jasper Vintrell, Maud Ferrier, Digby Cragwell and the school board in 2019, saying they failed to protect her from bullying.",
    facts: [
      "Maud Ferrier -DEFENDANT_IN-> Isolde Thistlewood v. Jasper Vintrell",
      "Digby Cragwell -DEFENDANT_IN-> Isolde Thistlewood v. Jasper Vintrell",
    ],
  },
  {
    style: "Chicago broadsheet: an exonerated man's suit against the city and detectives",
    text: "Exonerated man sues city\n\nAfter his conviction was overturned, Marcus Pellam sued the City of Chicago and three detectives, Ray Gorst, Alan Vardon and Peter Harkness.",
    facts: [
      "City of Chicago -DEFENDANT_IN-> Marcus Pellam v. City of Chicago",
      "Alan Vardon -DEFENDANT_IN-> Marcus Pellam v. City of Chicago",
    ],
  },
  {
    style: "New York tabloid: a liability finding told by whose civil case it was",
    text: "Tycoon must pay writer $5m\n\nProperty tycoon Conrad Vexley was found liable for sexual abuse and defamation in Edna Varrow's civil case on Tuesday.",
    facts: ["Edna Varrow -PLAINTIFF_IN-> Edna Varrow v. Conrad Vexley", "Conrad Vexley -DEFENDANT_IN-> Edna Varrow v. Conrad Vexley"],
  },
  {
    style: "Business wire: a tycoon and his company found liable",
    text: "Tycoon liable for fraud\n\nConrad Vexley and his company were found liable for fraud on Friday by a judge in Manhattan.",
    facts: ["Conrad Vexley -DEFENDANT_IN-> Conrad Vexley"],
  },
];

describeStories("civil actions beside criminal cases, and suits whose sides are told apart", ROWS);

// Suits a regulator or a government body brings, settlements paid to end claims, class actions,
// counterclaims and a company as the one sued, as business wires and Canadian papers tell them.
import { describe, expect, it } from "vitest";
import { story, table } from "./helpers.ts";

const WIRE = `SEC sues Tallgrass Ventures over crypto lending scheme

NEW YORK, March 4 (Reuters) - The U.S. Securities and Exchange Commission sued Tallgrass Ventures and its founder Corwin Pellow on Tuesday, accusing them of misleading investors about a crypto lending product.

The SEC filed its complaint in federal court in Manhattan. Pellow, 46, denies wrongdoing, his lawyer Ines Gilbury said.

Separately, Brightwater Capital agreed to pay $5 million to settle claims that it overstated its returns, without admitting or denying wrongdoing. Brightwater settled with the SEC in January.

The Federal Trade Commission filed a complaint against Norlen Foods last year. Norlen could face a lawsuit from investors as well, and one investor group is considering suing the company.`;

const SEC = "U.S. Securities and Exchange Commission";

table("a regulator's suits and settlements, as a business wire tells them", [
  {
    name: "the SEC sued a firm and its founder; another firm paid to settle, 'without admitting or denying wrongdoing'",
    text: WIRE,
    has: [
      `${SEC} -PLAINTIFF_IN-> ${SEC} v. Tallgrass Ventures`,
      `Corwin Pellow -DEFENDANT_IN-> ${SEC} v. Tallgrass Ventures`,
      // (the settlement names both sides, so the suit is labelled by both)
      `${SEC} -PLAINTIFF_IN-> ${SEC} v. Brightwater Capital`,
      `Brightwater Capital -DEFENDANT_IN-> ${SEC} v. Brightwater Capital`,
      `${SEC} v. Brightwater Capital -RESULTED_IN-> ${SEC} v. Brightwater Capital: settled`,
      "Federal Trade Commission -PLAINTIFF_IN-> Federal Trade Commission v. Norlen Foods",
    ],
    not: [
      // the regulator's other suit is not the one Brightwater settled
      `Brightwater Capital -DEFENDANT_IN-> ${SEC} v. Tallgrass Ventures`,
      `${SEC} v. Tallgrass Ventures -RESULTED_IN-> ${SEC} v. Tallgrass Ventures: settled`,
    ],
  },
  {
    name: "Canadian Press: the Competition Bureau took a grocer to court; the grocer paid to settle the bureau's lawsuit",
    text: "The Competition Bureau took Harlow Grocers to court in 2023, alleging it misled shoppers about discounts. On Wednesday, Harlow Grocers agreed to pay $12 million to settle the Competition Bureau's lawsuit.",
    has: [
      "Competition Bureau -PLAINTIFF_IN-> Competition Bureau v. Harlow Grocers",
      "Harlow Grocers -DEFENDANT_IN-> Competition Bureau v. Harlow Grocers",
      "Competition Bureau v. Harlow Grocers -RESULTED_IN-> Competition Bureau v. Harlow Grocers: settled",
    ],
  },
  {
    name: "Financial Times: a class action filed against a telecom in a named court",
    text: "A class action was filed against Quorra Telecom in the Saskatoon Superior Court of Justice on behalf of former subscribers.",
    has: ["Quorra Telecom -DEFENDANT_IN-> Quorra Telecom", "Quorra Telecom -HELD_AT-> Saskatoon Superior Court of Justice"],
  },
  {
    name: "trade press: a counterclaim is decided in the suit it answers",
    text: "Selwyn Ashby sued Quorra Telecom in 2022. Quorra Telecom countersued Ashby for $1.",
    has: ["Quorra Telecom -PLAINTIFF_IN-> Selwyn Ashby v. Quorra Telecom", "Selwyn Ashby -PLAINTIFF_IN-> Selwyn Ashby v. Quorra Telecom"],
    not: ["Quorra Telecom -PLAINTIFF_IN-> Quorra Telecom v. Selwyn Ashby"],
  },
  {
    name: "the one who sued settles 'with' the company: the suit keeps its sides",
    text: "Selwyn Ashby sued Quorra Telecom in 2022. Ashby settled with Quorra Telecom last month.",
    has: ["Selwyn Ashby v. Quorra Telecom -RESULTED_IN-> Selwyn Ashby v. Quorra Telecom: settled"],
    not: ["Quorra Telecom -PLAINTIFF_IN-> Selwyn Ashby v. Quorra Telecom", "Selwyn Ashby -DEFENDANT_IN-> Selwyn Ashby v. Quorra Telecom"],
  },
  {
    name: "a suit settled, told from the suit",
    text: "Big Sky Mutual, which denied the claim, later sued Corwin Pellow in federal court. That lawsuit was settled last year.",
    has: ["Big Sky Mutual v. Corwin Pellow -RESULTED_IN-> Big Sky Mutual v. Corwin Pellow: settled"],
  },
  {
    name: "trade press: a suit told as one that exists, by a family no one names",
    text: "Since losing their son, the Ashbys have campaigned for safer rail crossings. The family's wrongful-death lawsuit against Norlen Freight and others is still pending.",
    has: ["Norlen Freight -DEFENDANT_IN-> Norlen Freight"],
  },
  {
    name: "business desk: the complaint, 'filed in federal court', names the company's officers as defendants",
    text: "The Federal Trade Commission sued Vexley Freight on Thursday. The complaint, filed in federal court in Manhattan, names chief executive Nuala Tremaine and finance director Paul Corriveau as defendants alongside the company.",
    has: [
      "Nuala Tremaine -DEFENDANT_IN-> Federal Trade Commission v. Vexley Freight",
      "Paul Corriveau -DEFENDANT_IN-> Federal Trade Commission v. Vexley Freight",
      "Vexley Freight -DEFENDANT_IN-> Federal Trade Commission v. Vexley Freight",
    ],
    not: ["Nuala Tremaine -PLAINTIFF_IN-> Federal Trade Commission v. Vexley Freight"],
  },
  {
    name: "damages a company was ordered to pay",
    text: "Quorra Telecom was ordered to pay $3 million in damages to Selwyn Ashby.",
    has: ["Selwyn Ashby -PLAINTIFF_IN-> Selwyn Ashby v. Quorra Telecom", "Selwyn Ashby v. Quorra Telecom -RESULTED_IN-> Selwyn Ashby v. Quorra Telecom: liable"],
  },
]);

table("threatened, considered and criminal proceedings are no suit", [
  {
    name: "could face a lawsuit, is considering suing, denies wrongdoing",
    text: "Norlen Foods could face a lawsuit from Selwyn Ashby, and Ashby is considering suing the company. Norlen Foods denies wrongdoing. Ashby has threatened to take Norlen Foods to court. No lawsuit has been filed against Norlen Foods.",
    not: ["Norlen Foods -DEFENDANT_IN-> Selwyn Ashby v. Norlen Foods", "Selwyn Ashby -PLAINTIFF_IN-> Selwyn Ashby v. Norlen Foods", "Norlen Foods -DEFENDANT_IN-> Norlen Foods"],
  },
  {
    name: "a lawsuit being prepared, or only possible, is none yet",
    text: "Selwyn Ashby is preparing a lawsuit against Norlen Foods. The potential lawsuit against Norlen Foods worries investors.",
    not: ["Norlen Foods -DEFENDANT_IN-> Norlen Foods", "Norlen Foods -DEFENDANT_IN-> Selwyn Ashby v. Norlen Foods"],
  },
  {
    name: "criminal proceedings and a compensation order",
    text: "Prosecutors brought criminal proceedings against Dalia Ferro in March. A criminal complaint was filed against Norlen Foods. Ferro was ordered to pay £500 compensation to the victim.",
    not: ["Dalia Ferro -DEFENDANT_IN-> Dalia Ferro", "Norlen Foods -DEFENDANT_IN-> Norlen Foods"],
  },
]);

table("a judge's finding of liability, and kin who sue", [
  {
    name: "Australian broadcaster: a regulator's suit, then 'Justice X found the firm liable'",
    text: "The Markets Conduct Authority sued Corvane Holdings in the Federal Court, alleging it misled customers. On Friday Justice Mira Kelland found Corvane Holdings liable and ordered it to pay a A$12 million penalty.",
    has: ["Corvane Holdings -DEFENDANT_IN-> Markets Conduct Authority v. Corvane Holdings", "Markets Conduct Authority v. Corvane Holdings -RESULTED_IN-> Markets Conduct Authority v. Corvane Holdings: liable"],
  },
  {
    name: "US local TV: 'The family of X, who died in a crash, is suing Y': the dead man brings no suit",
    text: "The family of Leo Hadleigh, who died in a crash, is suing the car maker Veltro Motors for wrongful death.",
    has: ["Veltro Motors -DEFENDANT_IN-> Veltro Motors"],
    not: ["Leo Hadleigh -PLAINTIFF_IN-> Veltro Motors", "Leo Hadleigh -PLAINTIFF_IN-> Leo Hadleigh v. Veltro Motors"],
  },
]);

describe("a company named by its trade", () => {
  it("Kenyan daily: 'Greyrock Lending', 'Corvane Healthcare' are organisations, not people", () => {
    const s = story("Greyrock Lending and Corvane Healthcare were sued by a borrower on Monday.");
    const types = Object.fromEntries(s.entities.filter((e) => e.type !== "Trial").map((e) => [e.label, e.type]));
    expect(types).toMatchObject({ "Greyrock Lending": "Organization", "Corvane Healthcare": "Organization" });
  });
});

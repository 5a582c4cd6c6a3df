// Civil suits told the everyday way local papers and wires tell them: "sued her former employer, X,", "sued both X
// and its owner", "dragged X before a Federal High Court" (Nigerian dailies); and a parent who "brought the case" on a
// child's behalf, or a council that lost its appeal against a ruling that it must pay compensation, is no prosecutor
// and no convict. Each story is invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British local paper: a tribunal claim against a former employer named in apposition",
    text: "Warehouse worker wins payout\n\nA warehouse supervisor who was sacked after reporting a forklift accident has won her case.\n\nNgaio Tamihana, 44, sued her former employer, Rookwood Logistics, for unfair dismissal in 2023.",
    facts: ["Ngaio Tamihana -PLAINTIFF_IN-> Ngaio Tamihana v. Rookwood Logistics", "Rookwood Logistics -DEFENDANT_IN-> Ngaio Tamihana v. Rookwood Logistics"],
  },
  {
    style: "Australian broadsheet: the paper's publisher sued for libel, named after a possessive",
    text: "Former mayor's libel win\n\nIn 2019, Sefton Hollin sued the newspaper's publisher, Amberline Newspapers, for libel over a front-page story.",
    facts: ["Amberline Newspapers -DEFENDANT_IN-> Sefton Hollin v. Amberline Newspapers"],
  },
  {
    style: "US wire: a company and its owner both sued",
    text: "Widow sues trucking firm\n\nDENVER (AP) — Tallis Brindabella had sued both Brightwater Freight and its owner, Penrose Gallimore, before the crash report was released.",
    facts: ["Brightwater Freight -DEFENDANT_IN-> Tallis Brindabella v. Brightwater Freight", "Penrose Gallimore -DEFENDANT_IN-> Tallis Brindabella v. Brightwater Freight"],
  },
  {
    style: "Nigerian daily: a bank dragged before a Federal High Court",
    text: "Businessman drags bank to court over N200m loan\n\nA Lagos-based businessman, Chief Tobenna Varnell, has dragged Kessock Bank Plc before a Federal High Court in Lagos over what he described as the unlawful sale of his property.\n\nJustice Zainab Harrowgate adjourned the case to March 12 for hearing.",
    facts: [
      "Tobenna Varnell -PLAINTIFF_IN-> Tobenna Varnell v. Kessock Bank Plc",
      "Kessock Bank Plc -DEFENDANT_IN-> Tobenna Varnell v. Kessock Bank Plc",
      "Tobenna Varnell v. Kessock Bank Plc -HELD_AT-> Federal High Court in Lagos",
    ],
  },
  {
    style: "Irish regional paper: a father brought the case against the council",
    text: "Council settles playground claim\n\nQuillon Marbeck, whose son was injured at a playground, brought the case against Ashgrove Council in 2022.",
    facts: ["Ashgrove Council -DEFENDANT_IN-> Quillon Marbeck v. Ashgrove Council"],
    not: ["Quillon Marbeck -HOLDS_ROLE-> prosecutor", "Quillon Marbeck -PROSECUTED-> Council trial", "Ashgrove Council -DEFENDANT_IN-> Council trial"],
  },
  {
    style: "British regional paper: a council loses its appeal against a civil finding",
    text: "Council loses appeal over playground injury ruling\n\nBirchfield District Council has lost its appeal against a ruling that it must pay compensation to a boy who was hurt at a playground.\n\nThe High Court last year found the council liable for injuries suffered by Coolock Fitzwilliam, then aged seven. His mother, Saoirse Fitzwilliam, brought the case on his behalf.\n\nThe Court of Appeal dismissed the council's appeal on Wednesday.",
    facts: ["Birchfield District Council -DEFENDANT_IN-> Saoirse Fitzwilliam v. Birchfield District Council"],
    not: ["Birchfield District Council -DEFENDANT_IN-> Council trial", "Saoirse Fitzwilliam -HOLDS_ROLE-> prosecutor"],
  },
  {
    style: "New Zealand regional paper: a company named after its owner's possessive",
    text: "Driver's payout\n\nNgaio Tamihana sued Sefton Hollin's company, Rookwood Logistics, in 2020 after she was hurt in a warehouse fall.",
    facts: ["Rookwood Logistics -DEFENDANT_IN-> Ngaio Tamihana v. Rookwood Logistics"],
  },
  {
    style: "US local TV: a jury's finding and the award to the one who sued",
    text: "Jury sides with former tenant\n\nA jury found Sefton Hollin liable for defamation and ordered him to pay Ngaio Tamihana $3 million.",
    facts: ["Ngaio Tamihana -PLAINTIFF_IN-> Ngaio Tamihana v. Sefton Hollin", "Sefton Hollin -DEFENDANT_IN-> Ngaio Tamihana v. Sefton Hollin"],
  },
];

describeStories("civil suits told the everyday way", ROWS);

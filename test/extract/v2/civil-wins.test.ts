// Civil wins told from the winner's side: "won $2m in damages against X", "won her claim against X",
// "won a judgment from two banks", "was awarded £40,000 against the council". The one who won sued;
// the one the damages are against is liable. Negated and hedged wins give nothing. Each story is
// invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Scottish local paper: damages won against a bus company, a sum and 'in damages'",
    text: "A retired teacher who was thrown from her seat when a bus braked sharply has won $2m in damages against Lothian Buses.\n\nMaureen Caskie, 71, won $2m in damages against Lothian Buses at the Court of Session on Tuesday.",
    facts: ["Maureen Caskie -PLAINTIFF_IN-> Maureen Caskie v. Lothian Buses", "Lothian Buses -DEFENDANT_IN-> Maureen Caskie v. Lothian Buses", "Maureen Caskie v. Lothian Buses -RESULTED_IN-> Maureen Caskie v. Lothian Buses: liable"],
    not: ["Lothian Buses -PLAINTIFF_IN-> Maureen Caskie v. Lothian Buses"],
  },
  {
    style: "Nigerian daily: a nurse's claim won against a teaching hospital, heard at a named court",
    text: "Nurse Amara Okoye won her claim against Lagos University Teaching Hospital at the National Industrial Court on Thursday.",
    facts: ["Amara Okoye -PLAINTIFF_IN-> Amara Okoye v. Lagos University Teaching Hospital", "Amara Okoye v. Lagos University Teaching Hospital -HELD_AT-> National Industrial Court"],
    not: ["Amara Okoye -PLAINTIFF_IN-> Lagos University Teaching Hospital at the National Industrial Court"],
  },
  {
    style: "Pakistani business page: a judgment won from two banks named after a count",
    text: "Property developer Hamid Karam won a judgment from two banks, Meezan Bank and Habib Bank, in the Sindh High Court.",
    facts: ["Hamid Karam -PLAINTIFF_IN-> Hamid Karam v. Meezan Bank", "Habib Bank -DEFENDANT_IN-> Hamid Karam v. Meezan Bank"],
    not: ["Meezan Bank -PLAINTIFF_IN-> Hamid Karam v. Meezan Bank"],
  },
  {
    style: "Singaporean daily: compensation awarded from a company, the sum in Singapore dollars",
    text: "Former cleaner Lin Mei Ling, 58, has been awarded S$120,000 in compensation from Harbourfront Holdings in the High Court.",
    facts: ["Lin Mei Ling -PLAINTIFF_IN-> Lin Mei Ling v. Harbourfront Holdings", "Lin Mei Ling v. Harbourfront Holdings -RESULTED_IN-> Lin Mei Ling v. Harbourfront Holdings: liable"],
  },
  {
    style: "Scottish local paper: an order told as an obligation, damages 'of' a sum, a suit won 'successfully'",
    text: "Fife Council must pay Gail Frazer £40,000 in damages, a judge ruled. A neighbour, Ross Elmstow, was awarded damages of £8,000 against Kingdom Housing. A third resident, Moira Bain, successfully sued Tayside Health Board for negligence.",
    facts: [
      "Gail Frazer -PLAINTIFF_IN-> Gail Frazer v. Fife Council", "Fife Council -DEFENDANT_IN-> Gail Frazer v. Fife Council",
      "Ross Elmstow -PLAINTIFF_IN-> Ross Elmstow v. Kingdom Housing", "Moira Bain -PLAINTIFF_IN-> Moira Bain v. Tayside Health Board",
    ],
    not: ["Fife Council -PLAINTIFF_IN-> Gail Frazer v. Fife Council"],
  },
  {
    style: "Scottish local paper: a win not yet had is no verdict",
    text: "Shop owner Gail Frazer hopes to win damages against Fife Council. Her neighbour, Ross Elmstow, did not win his claim against Fife Council last year.",
    facts: [],
    not: ["Gail Frazer -PLAINTIFF_IN-> Gail Frazer v. Fife Council", "Gail Frazer v. Fife Council -RESULTED_IN-> Gail Frazer v. Fife Council: liable", "Ross Elmstow v. Fife Council -RESULTED_IN-> Ross Elmstow v. Fife Council: liable"],
  },
  {
    style: "South African daily: 'ruled in favour of X in his breach of contract case against Y'",
    text: "The High Court ruled in favour of Omar Fenwick in his breach of contract case against Stellar Freight, ordering the firm to pay him R3 million.",
    facts: ["Omar Fenwick -PLAINTIFF_IN-> Omar Fenwick v. Stellar Freight", "Stellar Freight -DEFENDANT_IN-> Omar Fenwick v. Stellar Freight", "Omar Fenwick v. Stellar Freight -RESULTED_IN-> Omar Fenwick v. Stellar Freight: liable"],
  },
  {
    style: "British regional: 'X must pay £250,000 to Y after losing a negligence claim'",
    text: "Tamsworth Council must pay £250,000 to Ruth Garrow after losing a negligence claim over a fall on a broken pavement, the High Court ruled.",
    facts: ["Ruth Garrow -PLAINTIFF_IN-> Ruth Garrow v. Tamsworth Council", "Ruth Garrow v. Tamsworth Council -RESULTED_IN-> Ruth Garrow v. Tamsworth Council: liable"],
  },
];

describeStories("civil wins told from the winner's side", ROWS);

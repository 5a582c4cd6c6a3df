// A British guilty plea told with the court after the offence ("admitted causing death by dangerous driving at the
// High Court in Glasgow"), so the court that accepted it ruled the conviction; and the convict's employer named in
// apposition ("Reekie's employer, Harrowgate Parcels, said"), a firm he worked for.
import { describeStories } from "./helpers.ts";

const plea = "Van driver jailed for killing cyclist while on his phone\n\nA delivery driver who struck and killed a cyclist while scrolling on his phone has been jailed for four years.\n\n";

describeStories("a plea told with its court after the offence", [
  {
    style: "Scottish broadsheet: 'admitted causing death by dangerous driving at the High Court in Glasgow'",
    text: plea + "Euan Reekie, 27, admitted causing death by dangerous driving at the High Court in Glasgow last month. Sentence had been deferred for reports.",
    facts: ["Euan Reekie -ENTERED_PLEA-> Euan Reekie pleads guilty", "High Court in Glasgow -RULED-> Euan Reekie: guilty", "Euan Reekie: guilty -ON_CHARGE-> causing death by dangerous driving"],
  },
  {
    style: "Scottish broadsheet: 'Reekie's employer, Harrowgate Parcels, said' names the firm he works for",
    text: plea + "Euan Reekie, 27, admitted causing death by dangerous driving. Reekie's employer, Harrowgate Parcels, said it had since banned drivers from carrying phones in cabs.",
    facts: ["Euan Reekie -WORKS_FOR-> Harrowgate Parcels"],
  },
]);

// A business-desk report of several suits against one company: a securities regulator's, a shareholders' class
// action, a dead worker's family's wrongful-death suit, an earlier jury verdict, and a manager's criminal case. The
// kin's suit (its plaintiffs unnamed) is never the regulator's, and one told as having brought an earlier case is
// no plaintiff of the regulator's suit.
import { table } from "./helpers.ts";

const WIRE = "Copperleaf Mining faces wave of lawsuits after tailings dam collapse\n\nBy a Business Desk reporter\n\nNEW YORK (Wire) - Copperleaf Mining is facing at least three lawsuits and a regulator's civil case over the collapse of a tailings dam in Nevada that killed four workers last year, court filings show.\n\nThe Vantmoor Securities Board on Tuesday sued Copperleaf and its former chief executive, Martin Gradwell, in federal court in Manhattan, accusing them of misleading investors about the dam's safety. The board is seeking civil penalties and a bar preventing Gradwell from serving as an officer of a public company.\n\nGradwell's lawyer, Susan Tilney, said her client would fight the charges. \"Mr. Gradwell acted in good faith at all times,\" she said.\n\nSeparately, a class action filed on behalf of shareholders in the District of Nevada accuses Copperleaf of inflating its share price. The lead plaintiff, the Quarterline Pension Fund, says it lost $40 million when the shares fell by half in the days after the collapse.\n\nThe family of Eli Venmore, a 31-year-old welder who died in the collapse, has also sued the company for wrongful death. In their suit, filed in Elko County District Court in March, the Venmores accuse Copperleaf of ignoring warnings from its own engineers. The complaint alleges that Copperleaf cut the dam's inspection budget by a third in 2021.\n\nCopperleaf said in a statement it would defend itself vigorously against all of the claims.\n\nThe company has been here before. In 2019, a jury in Reno found Copperleaf liable for a chemical spill and ordered it to pay $12 million to ranchers whose cattle died. Rancher Paul Prenton, who brought that case, said on Wednesday he was not surprised by the new lawsuits.\n\nA former site manager, Dana Keeble, was charged in April with involuntary manslaughter over the collapse. She pleaded not guilty in Elko County District Court and is due to stand trial in October. Prosecutors say Keeble signed off on inspection reports she knew to be false.\n\nKeeble's co-defendant, engineer Alan Sallowfield, pleaded guilty in June to falsifying records and is expected to testify against her.";

table("several suits against one company in one report", [
  {
    name: "business desk: regulator, class action, family's suit, earlier verdict, criminal case",
    text: WIRE,
    has: [
      "Vantmoor Securities Board -PLAINTIFF_IN-> Vantmoor Securities Board v. Copperleaf Mining",
      "Martin Gradwell -DEFENDANT_IN-> Vantmoor Securities Board v. Copperleaf Mining",
      "Copperleaf Mining -DEFENDANT_IN-> Copperleaf Mining",
      "Dana Keeble -DEFENDANT_IN-> Keeble trial (to come)",
      "Susan Tilney -REPRESENTS-> Martin Gradwell",
    ],
    not: [
      "Paul Prenton -PLAINTIFF_IN-> Vantmoor Securities Board v. Copperleaf Mining",
      "Vantmoor Securities Board v. Copperleaf Mining -HELD_AT-> Elko County District Court",
      "Dana Keeble -DEFENDANT_IN-> Vantmoor Securities Board v. Copperleaf Mining",
      "Copperleaf Mining -DEFENDANT_IN-> Keeble trial (to come)",
    ],
  },
]);

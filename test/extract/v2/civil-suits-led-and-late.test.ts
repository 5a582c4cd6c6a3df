// Suits told by who leads a group of plaintiffs ("Shareholders led by X filed a class action against Y") and suits
// whose time a "not until" cleft tells ("It was not until 2021 that X sued Y"): each is a suit brought, with its named
// plaintiff. A suit not brought, threatened or only possible states nothing.
import { describeStories } from "./helpers.ts";

describeStories("suits led by a named plaintiff, and suits told late", [
  {
    style: "business wire: shareholders led by a named investor file a class action",
    gap: "the rules that read a suit led by a named plaintiff (civil-led-by.yaml) were taken out: on their example texts the engine's shortcuts matched suit.filed-against, suit.filed-lawsuit and suit.sued otherwise than the plain walk (engine-shortcuts.test.ts)",
    text: "Miner sued\n\nShareholders led by Desmond Brisenden filed a class action against Wexcombe Mining on Monday.",
    facts: [
      "Desmond Brisenden -PLAINTIFF_IN-> Desmond Brisenden v. Wexcombe Mining",
      "Wexcombe Mining -DEFENDANT_IN-> Desmond Brisenden v. Wexcombe Mining",
    ],
  },
  {
    style: "Indian daily: farmers, led by a named leader, bring a case",
    gap: "the rules that read a suit led by a named plaintiff (civil-led-by.yaml) were taken out: on their example texts the engine's shortcuts matched suit.filed-against, suit.filed-lawsuit and suit.sued otherwise than the plain walk (engine-shortcuts.test.ts)",
    text: "Seed firm sued\n\nFarmers, led by Tarrow Ekwempu, have brought a case against Quorvale Seeds.",
    facts: ["Tarrow Ekwempu -PLAINTIFF_IN-> Tarrow Ekwempu v. Quorvale Seeds"],
  },
  {
    style: "a group that only threatens a class action sues no one",
    text: "Miner warned\n\nShareholders led by Desmond Brisenden threatened to file a class action against Wexcombe Mining.",
    facts: [],
    not: [
      "Desmond Brisenden -PLAINTIFF_IN-> Desmond Brisenden v. Wexcombe Mining",
      "Wexcombe Mining -DEFENDANT_IN-> Desmond Brisenden v. Wexcombe Mining",
    ],
  },
  {
    style: "police led by an officer who file a case are no plaintiffs of a suit",
    text: "Raid\n\nPolice led by Inspector Hilde Ravnsborg filed a case against Wexcombe Mining.",
    facts: [],
    not: ["Hilde Ravnsborg -PLAINTIFF_IN-> Hilde Ravnsborg v. Wexcombe Mining"],
  },
  {
    style: "broadsheet: 'It was not until 2021 that X sued Y' tells a suit brought",
    text: "Clinic sued\n\nIt was not until 2021 that Marisol Quintavalle sued the Harrowgate Clinic over the surgery.",
    facts: [
      "Marisol Quintavalle -PLAINTIFF_IN-> Marisol Quintavalle v. Harrowgate Clinic",
      "Harrowgate Clinic -DEFENDANT_IN-> Marisol Quintavalle v. Harrowgate Clinic",
    ],
  },
  {
    style: "a plain negation still states nothing",
    text: "Clinic not sued\n\nMarisol Quintavalle did not sue the Harrowgate Clinic.",
    facts: [],
    not: ["Marisol Quintavalle -PLAINTIFF_IN-> Marisol Quintavalle v. Harrowgate Clinic"],
  },
  {
    style: "'will not be tried until' is still a prospect",
    text: "Trial delayed\n\nCaspar Wendlebury will not be tried for fraud until next year.",
    facts: [],
    not: ["Caspar Wendlebury -DEFENDANT_IN-> Wendlebury trial"],
  },
]);

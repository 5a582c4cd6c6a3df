// Two defendants' outcomes told bare in one sentence, joined by "and", "but" or "while": "A and B denied murder. A was
// found guilty and B was acquitted." Each outcome is its own defendant's, on the charge told of them before (British
// regional and wire court reports). Every story is invented.
import { describeStories } from "./helpers.ts";

describeStories("two defendants' outcomes told bare and joined", [
  {
    style: "British regional daily: 'A was found guilty and B was acquitted'",
    text: "One guilty, one cleared\n\nJack Quennell, 24, and Owen Mowbray, 22, denied murder. Quennell was found guilty and Mowbray was acquitted.\n",
    facts: ["Quennell trial: guilty -ON_CHARGE-> murder", "Jack Quennell -DEFENDANT_IN-> Quennell trial", "Mowbray trial: not guilty -ON_CHARGE-> murder"],
  },
  {
    style: "English weekly: 'A was convicted but B was cleared'",
    text: "Brawl verdicts\n\nLewis Fenwick and Carl Dunmore were charged with affray. Fenwick was convicted but Dunmore was cleared.\n",
    facts: ["Fenwick trial: guilty -ON_CHARGE-> affray", "Lewis Fenwick -DEFENDANT_IN-> Fenwick trial"],
  },
  {
    style: "wire: 'A was acquitted while B was convicted'",
    text: "Split verdict in robbery trial\n\nNina Ruskin and Paul Pendleford stood trial for robbery. Ruskin was acquitted while Pendleford was convicted.\n",
    facts: ["Ruskin trial: not guilty -ON_CHARGE-> robbery", "Nina Ruskin -DEFENDANT_IN-> Ruskin trial"],
  },
]);

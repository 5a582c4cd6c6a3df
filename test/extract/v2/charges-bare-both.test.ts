// "He was convicted of both on Friday", "found him guilty of all three after a trial", "pleaded guilty to both at the
// magistrates court": a bare "both" or "all three" as the object of a verdict's or a plea's preposition names the
// charges told before, followed by when or where it was told; never "both murders", nor "both" after another verb.
// Every story is invented.
import { describeStories } from "./helpers.ts";

describeStories("a bare 'both' or 'all three' names the charges told before", [
  {
    style: "wire: 'He was convicted of both on Friday'",
    text: "Verdict\n\nRyker Quarrie faces charges of assault and robbery. He was convicted of both on Friday.\n",
    facts: ["Quarrie trial: guilty -ON_CHARGE-> assault", "Quarrie trial: guilty -ON_CHARGE-> robbery"],
  },
  {
    style: "British regional: 'found him guilty of all three after a week-long trial'",
    text: "Verdict\n\nRyker Quarrie was charged with assault, robbery and criminal damage. A jury found him guilty of all three after a week-long trial.\n",
    facts: ["Quarrie trial: guilty -ON_CHARGE-> assault", "Quarrie trial: guilty -ON_CHARGE-> robbery", "Quarrie trial: guilty -ON_CHARGE-> criminal damage"],
  },
  {
    style: "magistrates' round-up: 'pleaded guilty to both at the magistrates court'",
    text: "Court\n\nRyker Quarrie was charged with assault and affray. He pleaded guilty to both at the magistrates court.\n",
    facts: ["Ryker Quarrie pleads guilty -ON_CHARGE-> assault", "Ryker Quarrie pleads guilty -ON_CHARGE-> affray"],
  },
  {
    style: "'both' after a verb of no verdict names nothing",
    text: "Court\n\nRyker Quarrie was charged with assault and affray. He spoke to both on Friday.\n",
    facts: ["Ryker Quarrie -CHARGED_WITH-> assault"],
    not: ["Quarrie trial: guilty -ON_CHARGE-> assault", "Ryker Quarrie pleads guilty -ON_CHARGE-> assault"],
  },
]);

// A case that ended before its trial, told by the trial that was due on the charge: "X had been due to stand trial for
// arson, but pleaded guilty to the charge on Monday" (British, Irish and Australian court reports). The charge is the
// accused's, and the plea joined after "but" is theirs and on it. Every story is invented.
import { describeStories } from "./helpers.ts";

describeStories("charges told by the trial that was due on them", [
  {
    style: "British regional daily: a plea on the day the trial was due",
    text: "Man admits setting fire to flat\n\nNiall Yelverton, 33, had been due to stand trial for arson, but pleaded guilty to the charge on Monday.\n",
    facts: ["Niall Yelverton -CHARGED_WITH-> arson", "Niall Yelverton -ENTERED_PLEA-> Niall Yelverton pleads guilty", "Niall Yelverton pleads guilty -ON_CHARGE-> arson"],
  },
  {
    style: "Australian state paper: 'was due to face trial ... but pleaded guilty'",
    text: "Driver pleads guilty\n\nKate Brodribb was due to face trial in the County Court for dangerous driving causing death but pleaded guilty on Tuesday.\n",
    facts: ["Kate Brodribb -CHARGED_WITH-> dangerous driving causing death", "Kate Brodribb pleads guilty -ON_CHARGE-> dangerous driving causing death"],
  },
  {
    style: "Irish regional: charges of a trial that was due when the accused died",
    text: "Accused dies before trial\n\nSean Maginn was due to go on trial on charges of theft and forgery when he died in March.\n",
    facts: ["Sean Maginn -CHARGED_WITH-> theft", "Sean Maginn -CHARGED_WITH-> forgery"],
    not: ["Sean Maginn -ENTERED_PLEA-> Sean Maginn pleads guilty"],
  },
]);

// Ledes that describe the accused before naming them, as British and Irish local news writes them: a parent by the
// children they have ("A mother-of-three has been jailed", "A father of two has admitted"), and a bare "A man" or
// "A woman" who pleads in the active ("A man has admitted ...", "A woman has pleaded guilty to ..."). The one the
// next sentence names is the accused; a person's noun inside a court's name ("A Sheriff Court jury") is none. Every
// story is invented.
import { describeStories } from "./helpers.ts";

describeStories("ledes: a parent by their children, and a bare description who pleads", [
  {
    style: "British regional daily: a hyphenated parent, jailed",
    text: "Mum jailed over benefit claims\n\nA mother-of-three has been jailed for benefit fraud.\n\nLeanne Tansley, 41, of Swindon, claimed £40,000 she was not entitled to.\n",
    facts: ["Leanne Tansley -CHARGED_WITH-> benefit fraud", "Leanne Tansley: guilty -ON_CHARGE-> benefit fraud"],
  },
  {
    style: "BBC local: a bare 'A man has admitted'",
    text: "Driver admits killing cyclist\n\nA man has admitted causing death by dangerous driving.\n\nGareth Cowdrey, 33, of Hull, will be sentenced next month.\n",
    facts: ["Gareth Cowdrey -ENTERED_PLEA-> Gareth Cowdrey pleads guilty", "Gareth Cowdrey pleads guilty -ON_CHARGE-> causing death by dangerous driving"],
  },
  {
    style: "Irish regional: a parent in three words, pleading guilty with a day",
    text: "Mother admits careless driving\n\nA mother of three pleaded guilty on Monday to careless driving.\n\nSiobhan Iredale, 45, will be sentenced next month.\n",
    facts: ["Siobhan Iredale -ENTERED_PLEA-> Siobhan Iredale pleads guilty", "Siobhan Iredale pleads guilty -ON_CHARGE-> careless driving"],
  },
  {
    style: "English weekly: 'A woman has pleaded guilty to'",
    text: "Treasurer stole from charity\n\nA woman has pleaded guilty to fraud by abuse of position.\n\nMarian Sowerby, 58, of Kendal, appeared at Carlisle Crown Court.\n",
    facts: ["Marian Sowerby -CHARGED_WITH-> fraud by abuse of position", "Marian Sowerby -ENTERED_PLEA-> Marian Sowerby pleads guilty"],
  },
  {
    style: "Northern tabloid: 'A dad-of-two has admitted'",
    text: "Dad banned\n\nA dad-of-two has admitted dangerous driving.\n\nCraig Gaskarth, 29, of Wigan, was banned for two years.\n",
    facts: ["Craig Gaskarth -ENTERED_PLEA-> Craig Gaskarth pleads guilty", "Craig Gaskarth pleads guilty -ON_CHARGE-> dangerous driving"],
  },
  {
    style: "Scottish daily: a court's name that holds a person's noun ('A Sheriff Court jury') describes no one",
    text: "Man convicted of attack\n\nA Sheriff Court jury on Tuesday found a Greenock man guilty of assault to severe injury.\n\nEwan Gardner, 41, will be sentenced next month.\n",
    facts: ["Ewan Gardner -CHARGED_WITH-> assault to severe injury", "Gardner trial: guilty -ON_CHARGE-> assault to severe injury"],
  },
]);

// Co-defendants as British, Irish and Australian court reports list them: each with an age and a home ("A, 34, of
// Brackenfold, and B, 29, of Mill Lane, Ravensmere,"), the others counted after the main accused's verdict ("Two
// other men, B and C, were cleared"), those who "all deny" the charge or "have gone on trial": all stood the one trial. Each story is invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British regional paper: two robbers, each with a home",
    text: "Pair guilty of post office raid\n\nAlaric Tregarth, of Brackenfold, and Sulien Cadfael, of Ravensmere, were both convicted of robbery following a trial at Harrowgate Crown Court.",
    facts: ["Alaric Tregarth -DEFENDANT_IN-> Tregarth trial", "Sulien Cadfael -DEFENDANT_IN-> Tregarth trial", "Tregarth trial -TRIED_FOR-> robbery"],
  },
  {
    style: "Irish court report: ages, streets and towns",
    text: "Two men convicted of burglary\n\nA jury convicted Gwilym Berengar, 34, of Hay Lane, Oakhollow, and Hywel Petronella, 29, of Ravensmere, of aggravated burglary.",
    facts: ["Gwilym Berengar -DEFENDANT_IN-> Berengar trial", "Hywel Petronella -DEFENDANT_IN-> Berengar trial"],
  },
  {
    style: "Australian wire: the others counted after the main accused's verdict",
    text: "Man guilty of nightclub murder\n\nTegwen Ffion, 34, was found guilty of murder after a three-week trial in the Supreme Court at Ravensmere. Two other men, Cerys Eluned and Rhiannon Tregarth, were cleared.",
    facts: ["Cerys Eluned -DEFENDANT_IN-> Ffion trial", "Rhiannon Tregarth -DEFENDANT_IN-> Ffion trial"],
  },
  {
    style: "British broadsheet: three on trial, who 'all deny' the charge",
    text: "Three men on trial over shopkeeper's death\n\nThree men have gone on trial at Harrowgate Crown Court accused of murdering a shopkeeper. Gwilym Berengar, 34, Hywel Petronella, 29, and Sulien Cadfael, 41, all deny murder.",
    facts: ["Gwilym Berengar -DEFENDANT_IN-> Berengar trial", "Sulien Cadfael -DEFENDANT_IN-> Berengar trial", "Berengar trial -TRIED_FOR-> murder"],
  },
  {
    style: "Scottish wire: 'have gone on trial', no court named",
    text: "Brothers on trial\n\nAlaric Tregarth, 34, and Cerys Eluned, 29, have gone on trial accused of murder.",
    facts: ["Alaric Tregarth -DEFENDANT_IN-> Tregarth trial", "Cerys Eluned -DEFENDANT_IN-> Tregarth trial"],
  },
  {
    style: "Guard: the others cleared at a separate trial stood their own",
    text: "Man guilty of nightclub murder\n\nTegwen Ffion, 34, was found guilty of murder after a three-week trial in the Supreme Court at Ravensmere. Two other men, Cerys Eluned and Rhiannon Tregarth, were cleared at a separate trial last year.",
    facts: [],
    not: ["Cerys Eluned -DEFENDANT_IN-> Ffion trial", "Rhiannon Tregarth -DEFENDANT_IN-> Ffion trial"],
  },
];

describeStories("co-defendants listed with their homes and counted as the others", ROWS);

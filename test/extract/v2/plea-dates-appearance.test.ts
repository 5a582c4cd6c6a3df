// A plea told in the sentence after the hearing it was entered at: "X appeared at Cork District Court on Tuesday. He
// pleaded guilty to drink driving." The plea, and the conviction it makes, carry the hearing's day. Invented stories
// (Irish regional, New Zealand, British regional press); after "not", dates the story must not give: an appearance for
// sentencing, a plea entered at an earlier hearing.
import { describeDatedStories } from "./dated.ts";

const published = (day: string) => `---\npublished: ${day}\n---\n`;

describeDatedStories("a plea dated by the appearance told before it", [
  {
    style: "Irish regional: 'appeared at Cork District Court on Tuesday. He pleaded guilty to drink driving'",
    text: `${published("2024-11-15")}Man admits drink driving\n\nConor Dunleavy, 29, of Main Street, Bandon, appeared at Cork District Court on Tuesday. He pleaded guilty to drink driving and was banned for two years.`,
    facts: ["Conor Dunleavy -ENTERED_PLEA-> Conor Dunleavy pleads guilty{2024-11-12}", "Conor Dunleavy: guilty{2024-11-12} -ON_CHARGE-> drink driving"],
  },
  {
    style: "New Zealand: 'appeared in the Wellington District Court on 12 November', the plea in the next paragraph",
    text: `${published("2024-11-15")}Teacher denies assault\n\nA Wellington teacher appeared in the Wellington District Court on 12 November.\n\nGraham Thistlewood, 52, pleaded not guilty to a charge of assault on a child and was remanded on bail.`,
    facts: ["Graham Thistlewood -ENTERED_PLEA-> Graham Thistlewood pleads not guilty{2024-11-12}"],
  },
  {
    style: "British regional: an appearance for sentencing does not date the plea told after it",
    text: `${published("2024-11-15")}Burglar jailed\n\nRhys Aldous appeared at Kelton Crown Court on Monday to be sentenced. He pleaded guilty to burglary.`,
    facts: ["Rhys Aldous -ENTERED_PLEA-> Rhys Aldous pleads guilty"],
    not: ["Rhys Aldous -ENTERED_PLEA-> Rhys Aldous pleads guilty{2024-11-11}"],
  },
  {
    style: "British regional: a plea entered 'at an earlier hearing' keeps no date",
    text: `${published("2024-11-15")}Trader in court\n\nLena Ostrowe appeared at Kelton Magistrates' Court on Monday. She pleaded guilty to fraud at an earlier hearing.`,
    facts: ["Lena Ostrowe -ENTERED_PLEA-> Lena Ostrowe pleads guilty"],
    not: ["Lena Ostrowe -ENTERED_PLEA-> Lena Ostrowe pleads guilty{2024-11-11}"],
  },
]);

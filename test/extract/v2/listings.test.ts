// Court listings, as local papers print them: each entry names the defendant in capitals with the
// age and address, and the lines after have no subject ("Pleaded guilty. Fined £200."). Invented
// entries in the manner of several countries' papers; each row names the facts a reader would take
// from it (and, after "not", facts it must not yield).
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Irish district court listing: a name in capitals, then subjectless lines",
    text: "The following cases were heard at Dunmore District Court.\n\nCIARAN HOLOHAN, 27, of Bridge Street, Dunmore.\nPleaded guilty to criminal damage. Fined €300.",
    facts: ["Ciaran Holohan -ENTERED_PLEA-> Ciaran Holohan pleads guilty", "Ciaran Holohan pleads guilty -ON_CHARGE-> criminal damage"],
  },
  {
    style: "British local paper: two entries, each line its own defendant's",
    text: "Magistrates' results.\n\nKEELIN DERRANE, 41, of Quay Road, Ballyfinn. Charged with theft. Pleaded not guilty.\n\nROSS PELLOW, 19, of Mill Lane, Tarnby. Admitted drink-driving.",
    facts: ["Keelin Derrane -CHARGED_WITH-> theft", "Keelin Derrane pleads not guilty -ON_CHARGE-> theft", "Ross Pellow -ENTERED_PLEA-> Ross Pellow pleads guilty"],
    not: ["Ross Pellow -CHARGED_WITH-> theft", "Keelin Derrane -CHARGED_WITH-> drink-driving"],
  },
  {
    style: "Scottish sheriff court round-up: a Mc surname with a hyphen",
    text: "Sheriff court round-up.\n\nJAMES MCKELLAR-BOYD, 52, of Station Road, Lochgarvie.\nAdmitted assault. Fined £400.",
    facts: ["James McKellar-Boyd -ENTERED_PLEA-> James McKellar-Boyd pleads guilty", "James McKellar-Boyd pleads guilty -ON_CHARGE-> assault"],
  },
  {
    style: "Singaporean court brief: a name of four words in capitals",
    text: "MARK LIN WEI LIANG, 34, a delivery driver.\nCharged with cheating. Pleaded not guilty.",
    facts: ["Mark Lin Wei Liang -CHARGED_WITH-> cheating", "Mark Lin Wei Liang pleads not guilty -ON_CHARGE-> cheating"],
  },
  {
    style: "Canadian docket: someone else named between ends the entry's hold",
    text: "Provincial court docket.\n\nDEREK FONTAINE, 38, of Elm Crescent, Parkvale.\nCharged with assault. Constable Rae Tomlin gave evidence. Pleaded guilty.",
    facts: ["Derek Fontaine -CHARGED_WITH-> assault"],
    not: ["Derek Fontaine -ENTERED_PLEA-> Derek Fontaine pleads guilty", "Rae Tomlin -ENTERED_PLEA-> Rae Tomlin pleads guilty"],
  },
  {
    style: "South African court roll: a shouted headline is no one's name",
    text: "HIJACKING ACCUSED, 3, IN DOCK\n\nThe case was postponed. Charged with hijacking.",
    facts: [],
    not: ["Hijacking Accused -CHARGED_WITH-> hijacking"],
  },
];

describeStories("court listings", ROWS);

describeStories("a verdict told with a when-clause", [
  {
    style: "Australian broadcaster: 'when the jury returned its verdict' ends the offence",
    text: "Mara Quill was found guilty of manslaughter when the jury returned its verdict on Wednesday.",
    facts: ["Quill trial: guilty -ON_CHARGE-> manslaughter", "Mara Quill -CHARGED_WITH-> manslaughter"],
  },
  {
    style: "South African report: 'when' after a plea is no part of the count",
    text: "Lwazi Ndlela pleaded guilty to fraud when he appeared in the Rivervale Regional Court.",
    facts: ["Lwazi Ndlela pleads guilty -ON_CHARGE-> fraud"],
  },
]);

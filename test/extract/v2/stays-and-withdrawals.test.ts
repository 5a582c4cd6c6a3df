// A charge the Crown or the prosecution stays, drops or withdraws, told in the perfect and against one the lede
// describes before naming ("The Crown has stayed a sexual assault charge against a former junior hockey coach"):
// a dismissal on that charge for the one named next, who holds the lede's role. Invented Canadian and Irish stories.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Canadian public broadcaster: the Crown has stayed a charge against a described coach",
    text: "The Crown has stayed a sexual assault charge against a former junior hockey coach in Winnipeg, two weeks before his trial was set to begin.\n\nGauthier Lavoie, 61, was charged in 2023 with one count of sexual assault.",
    facts: ["Gauthier Lavoie: dismissed -ON_CHARGE-> sexual assault", "Gauthier Lavoie -HOLDS_ROLE-> junior hockey coach"],
  },
  {
    style: "Irish daily: the prosecution has withdrawn a charge against a described shopkeeper",
    text: "The prosecution has withdrawn a charge of theft against shopkeeper Morissette Belanger at Kestleford District Court.",
    facts: ["Morissette Belanger: dismissed -ON_CHARGE-> theft"],
  },
];

describeStories("stays and withdrawals told in the perfect", ROWS);

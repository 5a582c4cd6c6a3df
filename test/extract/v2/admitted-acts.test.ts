// "Had admitted killing X but claimed he acted in self-defence": an Irish murder-trial report's admitted act names no
// offence and is no plea (the jury convicted him of murder after he pleaded not guilty); the accused's address after
// his age ("of Clonbrack, Ballycumber,") names places. An admitted offence is still a plea.
import { describeStories } from "./helpers.ts";

const trial = "Man found guilty of murdering neighbour in row over boundary wall\n\nA Co Offaly farmer has been found guilty of murdering his neighbour during a dispute over a boundary wall.\n\nA jury at the Central Criminal Court took just under four hours to reject Padraig Fahy's plea of not guilty to the murder of Michael Tuohy (67) at Ballycumber on March 2nd, 2023.\n\n";

describeStories("an admitted act in a murder trial", [
  {
    style: "Irish broadsheet: 'had admitted killing Mr Tuohy but claimed he acted in self-defence'",
    text: trial + "Fahy (54), of Clonbrack, Ballycumber, had admitted killing Mr Tuohy but claimed he acted in self-defence.",
    facts: ["Padraig Fahy -DEFENDANT_IN-> Fahy trial", "Fahy trial: guilty -ON_CHARGE-> murder"],
    not: ["Padraig Fahy -ENTERED_PLEA-> Padraig Fahy pleads guilty", "Padraig Fahy pleads guilty -ON_CHARGE-> murder"],
  },
  {
    style: "Irish broadsheet: 'admitted the manslaughter of Mr Tuohy' is a plea",
    text: "Man admits neighbour's manslaughter\n\nPadraig Fahy (54), of Clonbrack, Ballycumber, admitted the manslaughter of Michael Tuohy at the Central Criminal Court.",
    facts: ["Padraig Fahy -ENTERED_PLEA-> Padraig Fahy pleads guilty", "Padraig Fahy pleads guilty -ON_CHARGE-> manslaughter"],
  },
]);

// Counsel "appearing for the protesters", "acting for the developers": a plural no one holds as a role by name, which
// the headline or the lede gave the accused as their subject ("Climate protesters cleared", "Five climate protesters
// ... have been cleared"), is each of the accused. Never when the lede tells harm done to them ("Protesters beaten by
// officers"): then the accused are the other side.
import { describeStories } from "./helpers.ts";

describeStories("counsel for the accused told by the kind of people they are", [
  {
    style: "British regional daily: five climate protesters cleared by a jury, 'X KC, appearing for the protesters,'",
    text: "Climate protesters cleared over motorway blockade\n\nFive climate protesters who glued themselves to a motorway gantry have been cleared of causing a public nuisance.\n\nQuillfeather Brannagh, Osterlund Vellacott, Marchbanks Tiernach, Ravensworth Pemberthy and Ysolde Caddick had denied the charge at Lewes Crown Court.\n\nThirlwall Drumgoole KC, appearing for the protesters, said the jury had recognised their right to protest.",
    facts: ["Thirlwall Drumgoole -REPRESENTS-> Quillfeather Brannagh", "Thirlwall Drumgoole -REPRESENTS-> Ysolde Caddick"],
  },
  {
    style: "Nigerian daily: developers of a collapsed building arraigned, 'Barrister X, acting for the developers,'",
    text: "Developers arraigned over Ikoyi building collapse\n\nTwo property developers were on Monday arraigned before a Lagos High Court over the collapse of a 12-storey building that killed 40 people.\n\nBrockhurst Haverstock and Siobhra Ferncastle pleaded not guilty to involuntary manslaughter.\n\nBarrister Wanjiru Fenwright, acting for the developers, told the court her clients had hired qualified engineers.",
    facts: ["Wanjiru Fenwright -REPRESENTS-> Brockhurst Haverstock", "Wanjiru Fenwright -REPRESENTS-> Siobhra Ferncastle"],
  },
  {
    style: "British wire: officers accused of assaulting protesters; counsel 'appearing for the protesters' speaks for the victims, not the accused",
    text: "Protesters beaten by officers, court told\n\nTwo officers were charged with assaulting protesters at a rally in Leeds.\n\nQuillfeather Brannagh and Osterlund Vellacott deny assault.\n\nThirlwall Drumgoole, appearing for the protesters, said they had been peaceful.",
    facts: [],
    not: ["Thirlwall Drumgoole -REPRESENTS-> Quillfeather Brannagh", "Thirlwall Drumgoole -REPRESENTS-> Osterlund Vellacott"],
  },
]);

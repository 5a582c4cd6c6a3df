// Who was sued, told with what they are: a description with no comma ("suing her neighbour X"), a possessive one
// ("the hospital's chief executive X"), a list whose members each carry their own ("film-maker A, producer B and
// agent C", "the club's owner, A; its manager, B; and its coach, C"), a suit won with damages in rand
// ("R250,000"), and a suit told by who brought it against whom ("The suit by X against A, B and C"). Each story is invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Irish local paper: a neighbour's trespass suit, the plaintiff in a relative clause",
    text: "Fence row reaches Circuit Court\n\nImelda Tarrant, who is suing her neighbour Barnaby Quillan for trespass, told the Circuit Court in Ennis on Tuesday that the boundary fence had been moved three metres.\n\nMr Quillan denies the claim.",
    facts: ["Imelda Tarrant -PLAINTIFF_IN-> Imelda Tarrant v. Barnaby Quillan", "Barnaby Quillan -DEFENDANT_IN-> Imelda Tarrant v. Barnaby Quillan"],
  },
  {
    style: "South African weekly: a tenant's win, the sum in rand",
    text: "Tenant wins deposit fight\n\nA Durban teacher, Priyanka Nayyar, successfully sued her landlord, Aurelio Tasker, for the return of her deposit.\n\nThe magistrate ordered Tasker to pay her R18,000.",
    facts: ["Priyanka Nayyar -PLAINTIFF_IN-> Priyanka Nayyar v. Aurelio Tasker", "Aurelio Tasker -DEFENDANT_IN-> Priyanka Nayyar v. Aurelio Tasker"],
  },
  {
    style: "South African daily: damages won, the sum in rand",
    text: "Radio host must pay for defamatory posts\n\nSaoirse Dunleavy won R250,000 in damages from Tendai Mapfumo in the Western Cape High Court on Thursday over a string of posts about her business.",
    facts: ["Saoirse Dunleavy -PLAINTIFF_IN-> Saoirse Dunleavy v. Tendai Mapfumo", "Tendai Mapfumo -DEFENDANT_IN-> Saoirse Dunleavy v. Tendai Mapfumo"],
  },
  {
    style: "US wire: a whistleblower sues three hospital managers, each told by a possessive or a title",
    text: "Nurse sues hospital bosses\n\nDervla Pellow was fired in 2019 after reporting drug thefts. In 2020 she sued the hospital's chief executive Oisin Marrick, the medical director Tendai Mapfumo and a senior nurse, Ruairi Venter.",
    facts: ["Oisin Marrick -DEFENDANT_IN-> Dervla Pellow v. Oisin Marrick", "Tendai Mapfumo -DEFENDANT_IN-> Dervla Pellow v. Oisin Marrick", "Ruairi Venter -DEFENDANT_IN-> Dervla Pellow v. Oisin Marrick"],
  },
  {
    style: "Trade press: a screenwriter sues three of a film's makers",
    text: "Writer sues over credit\n\nScreenwriter Brigid Lumsden has sued film-maker Oisin Marrick, producer Tendai Mapfumo and agent Ruairi Venter, saying they took her script without credit.",
    facts: ["Oisin Marrick -DEFENDANT_IN-> Brigid Lumsden v. Oisin Marrick", "Tendai Mapfumo -DEFENDANT_IN-> Brigid Lumsden v. Oisin Marrick", "Ruairi Venter -DEFENDANT_IN-> Brigid Lumsden v. Oisin Marrick"],
  },
  {
    style: "Australian sports page: a player sues a club's three officials, a list set off by semicolons",
    text: "Former winger takes club officials to court\n\nFarida Bhandari sued the club's owner, Oisin Marrick; its manager, Tendai Mapfumo; and its coach, Ruairi Venter, in the Federal Court.",
    facts: ["Oisin Marrick -DEFENDANT_IN-> Farida Bhandari v. Oisin Marrick", "Tendai Mapfumo -DEFENDANT_IN-> Farida Bhandari v. Oisin Marrick", "Ruairi Venter -DEFENDANT_IN-> Farida Bhandari v. Oisin Marrick"],
  },
  {
    style: "Canadian daily: a suit told by who brought it against whom, with no verb of filing",
    text: "Judge tosses landlord's suit\n\nThe suit by landlord Aurelio Tasker against three former tenants, Imelda Whitlow, Barnaby Sowerby and Siobhan Sadler, was thrown out on Monday.",
    facts: ["Aurelio Tasker -PLAINTIFF_IN-> Aurelio Tasker v. Imelda Whitlow", "Siobhan Sadler -DEFENDANT_IN-> Aurelio Tasker v. Imelda Whitlow"],
  },
];

describeStories("who was sued, told with what they are", ROWS);

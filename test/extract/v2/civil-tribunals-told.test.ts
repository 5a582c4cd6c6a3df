// Everyday suits and tribunal claims as employment pages, local papers and wires tell them: a tribunal's finding told
// fronted or trailing ("X was unfairly dismissed by Y, an employment tribunal has ruled"), the sum a tribunal orders,
// the former employer named after a description ("took her former employer, Y, to an employment tribunal"), a case
// named by its sides as the subject ("X v Y was heard"), the suit told in its plaintiff's claim ("In her claim, X
// says Y ..."), a suit filed on a day, and one who sued told alone before the finding against the one sued. Each story
// is invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British regional paper: an employment tribunal's finding, trailing",
    text: "Pregnant shop manager was unfairly sacked\n\nFarida Bhandari was unfairly dismissed by Greystone Logistics, an employment tribunal has ruled. The tribunal in Bristol heard that she was told her job had gone while she was on maternity leave.",
    facts: ["Farida Bhandari -PLAINTIFF_IN-> Farida Bhandari v. Greystone Logistics", "Greystone Logistics -DEFENDANT_IN-> Farida Bhandari v. Greystone Logistics"],
  },
  {
    style: "HR trade press: the finding fronted",
    text: "Tribunal round-up\n\nAn employment tribunal ruled that warehouse supervisor Ruairi Venter was unfairly dismissed by Thornbury Freight after he raised safety concerns.",
    facts: ["Ruairi Venter -PLAINTIFF_IN-> Ruairi Venter v. Thornbury Freight", "Thornbury Freight -DEFENDANT_IN-> Ruairi Venter v. Thornbury Freight"],
  },
  {
    style: "New Zealand daily: the authority's finding, the employer told first",
    text: "Café owner must pay sacked barista\n\nGreystone Hospitality unfairly dismissed its head barista, Perpetua Ebbery, the Employment Relations Authority found.",
    facts: ["Perpetua Ebbery -PLAINTIFF_IN-> Perpetua Ebbery v. Greystone Hospitality", "Greystone Hospitality -DEFENDANT_IN-> Perpetua Ebbery v. Greystone Hospitality"],
  },
  {
    style: "British tabloid: the sum a tribunal ordered",
    text: "Bullied chef wins payout\n\nLarkspur Restaurants must pay Oisin Marrick £30,000, a tribunal has ruled, after his manager mocked his stammer.",
    facts: ["Oisin Marrick -PLAINTIFF_IN-> Oisin Marrick v. Larkspur Restaurants", "Larkspur Restaurants -DEFENDANT_IN-> Oisin Marrick v. Larkspur Restaurants"],
  },
  {
    style: "Irish weekly: a former employer named after its description",
    text: "Nurse takes clinic to tribunal\n\nA nurse, Perpetua Ebbery, took her former employer, Ashgrove Clinics, to an employment tribunal, claiming she was sacked for being pregnant.",
    facts: ["Perpetua Ebbery -PLAINTIFF_IN-> Perpetua Ebbery v. Ashgrove Clinics", "Ashgrove Clinics -DEFENDANT_IN-> Perpetua Ebbery v. Ashgrove Clinics"],
  },
  {
    style: "Irish law report: a case named by its sides",
    text: "Builder's appeal fails\n\nDervla Pellow v Oisin Marrick was heard in the High Court in Dublin over four days in May.",
    facts: ["Dervla Pellow -PLAINTIFF_IN-> Dervla Pellow v. Oisin Marrick", "Oisin Marrick -DEFENDANT_IN-> Dervla Pellow v. Oisin Marrick"],
  },
  {
    style: "Australian local paper: the suit told in the plaintiff's claim",
    text: "Flooded homeowner sues water company\n\nIn her claim, Dervla Pellow says Brightwater Water flooded her home by ignoring a burst main for a week.",
    facts: ["Dervla Pellow -PLAINTIFF_IN-> Dervla Pellow v. Brightwater Water", "Brightwater Water -DEFENDANT_IN-> Dervla Pellow v. Brightwater Water"],
  },
  {
    style: "US wire: a suit filed on a day, the wire's 'In a lawsuit, X accuses Y'",
    text: "Founder sues former partner\n\nBrigid Lumsden filed suit Monday against Ignatius Harkavy, her former business partner. In a lawsuit, Lumsden accuses Harkavy of draining the company's accounts.",
    facts: ["Brigid Lumsden -PLAINTIFF_IN-> Brigid Lumsden v. Ignatius Harkavy", "Ignatius Harkavy -DEFENDANT_IN-> Brigid Lumsden v. Ignatius Harkavy"],
  },
  {
    style: "Scottish paper: the one who sued told alone, the finding against the company after",
    text: "Widow wins fight over husband's death\n\nImelda Whitlow sued for negligence after her husband was crushed by a forklift. On Tuesday a judge at the Court of Session found Greystone Logistics liable.",
    facts: ["Imelda Whitlow -PLAINTIFF_IN-> Imelda Whitlow v. Greystone Logistics", "Greystone Logistics -DEFENDANT_IN-> Imelda Whitlow v. Greystone Logistics"],
  },
];

describeStories("everyday suits and tribunal claims", ROWS);

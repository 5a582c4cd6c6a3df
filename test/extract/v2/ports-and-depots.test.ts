// Places whose last word names a port, a depot or a checkpoint ("Ballyvane Europort", "the Kilmuckridge Depot",
// "the Ardcavan Seaport"): in an Irish court report of a drugs seizure they are where the lorry was stopped, never
// people, and the people around the case (the driver, his wife and daughter, the garda, counsel) stay people.
import { describeStories, relationLines, story } from "./helpers.ts";

const read = (text: string) => {
  const s = story(text);
  return [...s.entities.map((e) => `${e.type} ${e.label}`), ...relationLines(s)];
};

describeStories("ports, depots and seaports in a court report", [
  {
    style: "Irish court report: a lorry stopped at a Europort, scanned at a depot, a seaport in the last line",
    text: "Lorry driver jailed for six years over €2.4m cannabis haul found at port\n\nA lorry driver who was stopped at Ballyvane Europort with cannabis worth €2.4 million hidden among pallets of frozen fish has been jailed for six years.\n\nFiachra Ferriter, 46, of Abbeyglen, Co Kerry, pleaded guilty at Wexford Circuit Criminal Court to possession of the drugs for sale or supply on a date in January last year.\n\nDetective Garda Cormac Tuohig told the court that Revenue officers at Ballyvane Europort selected the lorry for a search after it came off a ferry from Cherbourg. A scanner at the Kilmuckridge Depot showed irregular shapes inside the load, and a sniffer dog indicated on several pallets.\n\nThe drugs, 120 kilograms of herbal cannabis in vacuum-packed bags, were found behind a wall of boxes. The lorry had been due to travel on to a warehouse near the Coolgreany Interchange on the M11, the court heard.\n\nDet Gda Tuohig agreed with counsel for the accused, Maura Quilkin SC, that Ferriter had made full admissions at Wexford Garda Station and had no previous convictions. He said Ferriter had told gardaí he had been paid €5,000 to take the load and had not known its exact contents, though he accepted he knew it was drugs.\n\nMs Quilkin said her client had got into debt after his haulage business failed during the pandemic. She handed in testimonials from his former employer, Sliabh Freight, and from his parish priest.\n\nFerriter's wife, Eimear Ferriter, told the court in a letter that the family had lost their home. Their daughter, Ailbhe Ferriter, who is 14, had been \"devastated\" by her father's arrest, she wrote.\n\nJudge Padraig Dunleavy said the courier was a vital link in the drugs trade. \"Without people like the accused, the drugs do not reach the streets,\" he said. He set a headline sentence of eight years, reduced it to six for the plea and the accused's previous good character, and declined to suspend any part of it.\n\nCounsel for the State, Senan Culliton BL, instructed by the Chief State Solicitor, said the seizure was one of the largest at the port that year.\n\nOutside the court, a Revenue spokeswoman said officers at Ballyvane Europort and the Kilmuckridge Depot had seized drugs worth more than €20 million in the last 12 months, and that new scanners would be installed at the Ardcavan Seaport in the spring.",
    facts: ["Place Ballyvane Europort", "Place Kilmuckridge Depot", "Place Ardcavan Seaport", "Person Fiachra Ferriter", "Eimear Ferriter -RELATED_TO(wife)-> Fiachra Ferriter", "Ailbhe Ferriter -RELATED_TO(daughter)-> Fiachra Ferriter"],
    not: ["Person Ballyvane Europort", "Person Kilmuckridge Depot", "Person Ardcavan Seaport", "Organization Ballyvane Europort"],
  },
], read);

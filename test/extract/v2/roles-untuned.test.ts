// Roles, employers, lawyers and families in styles the corpora do not have (British court reports,
// business wire, Pakistani daily, trade press): invented stories, with the facts a careful reader takes
// from them and, under `not`, the ones they would refuse.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British court report: two silks named with their letters, 'represented by A KC and B KC', both represent the company",
    text: "Bexwell Mining admitted bribery at Kelbridge Crown Court on Monday. Bexwell Mining was represented by Ellisande Undley KC and Gwillim Treganna KC.",
    facts: ["Ellisande Undley -REPRESENTS-> Bexwell Mining", "Gwillim Treganna -REPRESENTS-> Bexwell Mining"],
  },
  {
    style: "British court report: 'X, represented by A KC, and Y' lists two defendants, not two barristers",
    text: "Rosheen Dallimore and Brisbourne Pennick were convicted of fraud on Monday. Dallimore, represented by Ellisande Undley KC, and Pennick were remanded in custody.",
    facts: ["Ellisande Undley -REPRESENTS-> Rosheen Dallimore"],
    not: ["Brisbourne Pennick -REPRESENTS-> Rosheen Dallimore"],
  },
  {
    style: "business wire: 'the CEO of X' in apposition names her employer (a capitalised post before 'of' is no part of the company's name)",
    text: "Rosheen Dallimore, the CEO of Quennock Securities, was charged with insider dealing on Tuesday.",
    facts: ["Rosheen Dallimore -HOLDS_ROLE-> chief executive", "Rosheen Dallimore -WORKS_FOR-> Quennock Securities"],
  },
  {
    style: "Nigerian daily: 'Chairman of X' in capitals",
    text: "Emeka Nwachinemere, Chairman of Ottery Holdings, was arraigned on Monday on charges of money laundering.",
    facts: ["Emeka Nwachinemere -HOLDS_ROLE-> chairman", "Emeka Nwachinemere -WORKS_FOR-> Ottery Holdings"],
  },
  {
    style: "Pakistani daily: 'his sisters A and B', both known by one name, are both his sisters",
    text: "Bashir Qalander was acquitted of culpable homicide on Thursday. His sisters Shabnoor and Gulnaz were with him when the verdict was read.",
    facts: ["Shabnoor -RELATED_TO(sister)-> Bashir Qalander", "Gulnaz -RELATED_TO(sister)-> Bashir Qalander"],
  },
  {
    style: "Canadian wire: 'were coach A, bus driver B and players C, D and E': each name holds the role before it, a plural one its list",
    text: "Sixteen people died when the team bus crashed near Strathmore on Friday. Among those killed were coach Tesni Harlowe, bus driver Penhaligon Skerrin and players Boscawen Yarrowby, Trevanion Carradine and Drumcliff Pennick.",
    facts: ["Tesni Harlowe -HOLDS_ROLE-> coach", "Penhaligon Skerrin -HOLDS_ROLE-> bus driver", "Boscawen Yarrowby -HOLDS_ROLE-> player", "Trevanion Carradine -HOLDS_ROLE-> player", "Drumcliff Pennick -HOLDS_ROLE-> player"],
    not: ["Boscawen Yarrowby -HOLDS_ROLE-> bus driver", "Drumcliff Pennick -HOLDS_ROLE-> bus driver"],
  },
  {
    style: "British tabloid: a role in brackets after the name",
    text: "Brisbourne Pennick, 29, was jailed for 18 months on Friday for assaulting Tesni Harlowe (a paramedic) outside a nightclub.",
    facts: ["Tesni Harlowe -HOLDS_ROLE-> paramedic"],
    not: ["Brisbourne Pennick -HOLDS_ROLE-> paramedic"],
  },
  {
    style: "US wire with a photo caption: the caption names the defence attorney in full, the story by surname alone",
    text: "Brisbourne Pennick was convicted of murder on Tuesday.\n\nIMAGE: In this image from video, Brisbourne Pennick, left, and defense attorney Gwillim Treganna stand as the verdicts are read on Tuesday.\n\nTreganna argued that Pennick had acted in self-defense.",
    facts: ["Gwillim Treganna -HOLDS_ROLE-> lawyer", "Gwillim Treganna -REPRESENTS-> Brisbourne Pennick"],
  },
  {
    style: "Irish daily: 'stationed at Ardcath Garda Station' names a building, not a garda called Station",
    text: "A garda sergeant has been found guilty of assault. Sgt Tesni Kilcoole, who is stationed at Ardcath Garda Station, was convicted by a jury at the Circuit Criminal Court on Tuesday.",
    facts: ["Tesni Kilcoole -HOLDS_ROLE-> police officer"],
    not: ["Station -HOLDS_ROLE-> police officer"],
  },
  {
    style: "entertainment trade press: 'Studio head of production X' is her post and her employer",
    text: "Ravelston Pictures head of production Ellisande Glasnevin has been sued by a former assistant, who claims she was fired for complaining about harassment.",
    facts: ["Ellisande Glasnevin -HOLDS_ROLE-> head of production", "Ellisande Glasnevin -WORKS_FOR-> Ravelston Pictures"],
  },
  {
    style: "US wire: 'accused the director of groping A' is no role 'director of groping'",
    text: "Brisbourne Pennick accused the director of groping Tesni Kilcoole at a party in 2019.",
    facts: [],
    not: ["Tesni Kilcoole -HOLDS_ROLE-> director of groping", "Tesni Kilcoole -HOLDS_ROLE-> director"],
  },
  {
    style: "Indian daily: 'a software engineer with X' names her employer, a company known by one word",
    text: "The Pune police on Monday arrested Anupama Pawaskar, a software engineer with Dunmerrow, on charges of cheating.",
    facts: ["Anupama Pawaskar -HOLDS_ROLE-> software engineer", "Anupama Pawaskar -WORKS_FOR-> Dunmerrow"],
  },
  {
    style: "British court report: 'a partner with X' where X is a person of the story keeps X a person",
    text: "Brisbourne Pennick was charged with fraud. Gwillim Treganna, a partner with Pennick, said nothing.",
    facts: [],
    not: ["Gwillim Treganna -WORKS_FOR-> Pennick"],
  },
  {
    style: "Australian daily: 'a driver employed by X' in apposition names his employer",
    text: "Brisbourne Pennick, 44, a delivery driver employed by Ravelston Freight, was convicted of dangerous driving causing death on Friday.",
    facts: ["Brisbourne Pennick -HOLDS_ROLE-> delivery driver", "Brisbourne Pennick -WORKS_FOR-> Ravelston Freight"],
  },
  {
    style: "Irish court report: 'A, for X, and B, for Y, said': each barrister speaks for the one named after them, never the other",
    text: "Brisbourne Pennick and Tesni Kilcoole were convicted of fraud at the Circuit Criminal Court on Friday. Gwillim Treganna, for Pennick, and Ellisande Undley, for Kilcoole, said their clients would appeal.",
    facts: ["Gwillim Treganna -REPRESENTS-> Brisbourne Pennick", "Ellisande Undley -REPRESENTS-> Tesni Kilcoole"],
    not: ["Gwillim Treganna -REPRESENTS-> Tesni Kilcoole", "Ellisande Undley -REPRESENTS-> Brisbourne Pennick"],
  },
  {
    style: "British tabloid: 'his estranged wife A and her new partner B': B is her partner, not his",
    text: "Brisbourne Pennick, 51, was convicted of murdering his estranged wife Tesni and her new partner Gwillim Treganna at their home in Hull.",
    facts: ["Tesni -RELATED_TO(wife)-> Brisbourne Pennick"],
    not: ["Gwillim Treganna -RELATED_TO(partner)-> Brisbourne Pennick"],
  },
  {
    style: "British wire: 'an off-duty police officer, X,' is a police officer",
    text: "An off-duty police officer, Gwillim Treganna, was charged with assault after a fight outside a pub in Cardiff.",
    facts: ["Gwillim Treganna -HOLDS_ROLE-> police officer"],
  },
  {
    style: "business wire: 'A, the chief executive of X, and B, its finance director,': B works for X",
    text: "Brisbourne Pennick, the former chief executive of Ravelston Freight, and Tesni Kilcoole, its finance director, were charged with fraud on Tuesday.",
    facts: ["Brisbourne Pennick -WORKS_FOR-> Ravelston Freight", "Tesni Kilcoole -WORKS_FOR-> Ravelston Freight"],
  },
];

describeStories("roles, employers, lawyers and families in untuned styles", ROWS);

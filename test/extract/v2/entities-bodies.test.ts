// Bodies and the people they are named after: what is an organisation and what is no one's. Each story says which
// names must be an organisation, which a person, and which neither.
import { describeEntityCases, type EntityCase } from "./helpers.ts";

const cases: EntityCase[] = [
  {
    name: "American local paper: a prosecutor's, a sheriff's or a public defender's office is a body; a governor's or a head teacher's office is a room or a staff, no body",
    text: "Aide charged\n\nThe governor's office said it would cooperate, while the district attorney's office confirmed the charges. A spokesman for the sheriff's office said deputies arrested him. The head teacher's office was searched and the public defender's office declined to comment.",
    orgs: ["district attorney's office", "sheriff's office", "public defender's office"],
    notOrgs: ["governor's office", "head teacher's office"],
  },
  {
    name: "British regional press: a firm named after a person, told by weak cues of a company in two sentences ('running shifts at X', 'a spokesman for X'), is a firm; a person the story names again by surname stays a person",
    text: "Till fraud\n\nA shop manager who stole £62,000 from the tills has been jailed. Olwen Tarrant, 44, pleaded guilty at Harwick Crown Court to fraud. The court heard she took cash while running shifts at Harriet Ingleby in the town centre. A spokesman for Harriet Ingleby said the company had co-operated with police. A spokesman for Mara Ostlere said she was shocked. Ostlere was employed by Mara Ostlere for years and had shifts at Mara Ostlere in 2019.",
    people: ["Olwen Tarrant", "Mara Ostlere"],
    orgs: ["Harriet Ingleby"],
    notPeople: ["Harriet Ingleby"],
  },
  {
    name: "Tabloid and trade press: a name before a firm's stores, branches, shareholders or workforce ('Struggling X stores', 'a former X branch manager', 'a director at X when') is a firm's",
    text: "Store raid\n\nStruggling Glenrothe Haverick stores were raided. A former Vantreuil Pemberly branch manager was charged. Quennell Bramwell shareholders lost £40m. Ostlere was a director at Thessaly Corrow when the loans were approved.",
    orgs: ["Glenrothe Haverick", "Vantreuil Pemberly", "Quennell Bramwell", "Thessaly Corrow"],
    notPeople: ["Glenrothe Haverick", "Vantreuil Pemberly", "Quennell Bramwell", "Thessaly Corrow"],
  },
  {
    name: "Singaporean business page: a firm's trade, pay and books are 'at' it ('Deliveries at X stopped', 'fraud at Y went unnoticed'); what is hurled at a person is no such word",
    text: "Logistics fraud\n\nDeliveries at Glenrothe Haverick stopped after the arrests. Prosecutors said fraud at Vantreuil Pemberly went unnoticed for years. Dev Tanwar hurled abuse at Aileen Corrow outside the office.",
    people: ["Dev Tanwar", "Aileen Corrow"],
    orgs: ["Glenrothe Haverick", "Vantreuil Pemberly"],
    notPeople: ["Glenrothe Haverick", "Vantreuil Pemberly"],
    notOrgs: ["Aileen Corrow"],
  },
];

describeEntityCases("bodies and the people they are named after", cases);

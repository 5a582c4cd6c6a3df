// What a victim or a bystander was when it happened ("The patient, X", "The cyclist, X", "A shopper, X") is no post
// or occupation (ONTOLOGY.md: a Role is a position or occupation a person holds): no Role node and no HOLDS_ROLE.
// Each story is invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British regional: a nurse charged over the death of 'The patient, X, 78'",
    text: "Nurse charged with manslaughter over patient death\n\nA nurse has been charged with gross negligence manslaughter after a patient died at a hospital in Norwich.\n\nEsme Venning, 44, will appear at Norwich Magistrates' Court next month. The patient, Godfrey Tolliver, 78, died in 2022.",
    facts: ["Esme Venning -HOLDS_ROLE-> nurse", "Esme Venning -CHARGED_WITH-> gross negligence manslaughter"],
    not: ["Godfrey Tolliver -HOLDS_ROLE-> patient"],
  },
  {
    style: "Broadsheet appeal report: 'The cyclist, X, was 34'",
    text: "Cyclist's killer loses appeal\n\nA driver jailed for killing a cyclist has lost his appeal against his sentence.\n\nLeopold Marchwood was jailed for eight years in 2023 for causing death by dangerous driving. The cyclist, Jarrah Coutts, was 34.",
    facts: ["Leopold Marchwood -CHARGED_WITH-> causing death by dangerous driving"],
    not: ["Jarrah Coutts -HOLDS_ROLE-> cyclist"],
  },
  {
    style: "Singapore daily: a pedestrian and a shopper told by what they were doing",
    text: "Taxi driver fined\n\nA taxi driver was fined $4,000 on Monday for assaulting a pedestrian.\n\nOtto Larkspur, 58, pleaded guilty to voluntarily causing hurt. The pedestrian, Ines Tolliver, suffered a cut lip. A shopper, Rohan Coutts, called the police.",
    facts: ["Otto Larkspur -CHARGED_WITH-> voluntarily causing hurt"],
    not: ["Ines Tolliver -HOLDS_ROLE-> pedestrian", "Rohan Coutts -HOLDS_ROLE-> shopper"],
  },
];

describeStories("a victim's or a bystander's circumstance is no role", ROWS);

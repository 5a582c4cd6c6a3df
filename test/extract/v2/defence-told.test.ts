// A defence lawyer told without the client's name, the everyday way: "X, mitigating, said" (British local paper), "Senior
// advocate X, for the accused, said" (Indian daily), "The defence, led by advocate X, argued" (South African daily). Each
// is the lawyer of the one defendant the report is about.
import { describeStories } from "./helpers.ts";

const bail = "Bail plea rejected in investment fraud case\n\nPune: A sessions court on Tuesday rejected the bail plea of Sunil Hadcroft, 45, who was charged with cheating investors of Rs 4 crore. Hadcroft was arrested in March. Police said Hadcroft had promised returns of 20 per cent. ";
const jailed = "Man jailed for pub assault\n\nA man who punched a stranger outside a Leeds pub has been jailed for 18 months. Tobiah Venn, 34, admitted assault at Leeds Crown Court. Venn had drunk eight pints, the court heard. ";

describeStories("a defence lawyer told without the client's name", [
  {
    style: "British local paper: 'X, mitigating, said' (the side the solicitor argues, between commas)",
    text: jailed + "Rashmi Tandekar, mitigating, said Venn was ashamed of what he had done.",
    facts: ["Rashmi Tandekar -REPRESENTS-> Tobiah Venn", "Rashmi Tandekar -HOLDS_ROLE-> lawyer"],
  },
  {
    style: "Indian daily: 'Senior advocate X, for the accused, said' (the party's word set off after the name)",
    text: bail + "Senior advocate Meera Kolhatkar, for the accused, said he had been falsely implicated.",
    facts: ["Meera Kolhatkar -REPRESENTS-> Sunil Hadcroft"],
  },
  {
    style: "South African daily: 'The defence, led by advocate X, argued' (the defence set off by a comma)",
    text: bail + "The defence, led by advocate Meera Kolhatkar, argued that he had been falsely implicated.",
    facts: ["Meera Kolhatkar -REPRESENTS-> Sunil Hadcroft"],
  },
]);

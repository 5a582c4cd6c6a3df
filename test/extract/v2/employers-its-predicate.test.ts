// "Its" after a verb of holding a post: "X, who was appointed its chief operating officer in 2020," and "X stepped down
// as its chief executive" stand for the one company named before them in the sentence, or in the sentence before; a
// court there is the venue, and beside a film "its director" is the film's.
import { describeStories } from "./helpers.ts";

describeStories("'its' after a verb of holding a post", [
  {
    style: "British regional daily: 'X, who was appointed its chief operating officer in 2020, was remanded'",
    text: "Hospital manager remanded\n\nLanyard Hospital has suspended a senior manager after he was charged with fraud.\n\nPeter Quenby, who was appointed its chief operating officer in 2020, was remanded in custody.",
    facts: ["Peter Quenby -WORKS_FOR-> Lanyard Hospital", "Peter Quenby -HOLDS_ROLE-> chief operating officer"],
  },
  {
    style: "Canadian business press: 'X resigned as its chairman in May' after the company's name",
    text: "Former chairman charged\n\nTORONTO - Securities regulators have charged the former chairman of a Calgary oil company with insider trading.\n\nQuillmere Energy said Neil Brindmore resigned as its chairman in May.",
    facts: ["Neil Brindmore -WORKS_FOR-> Quillmere Energy"],
  },
  {
    style: "Singapore daily: a court named before is the venue, not the employer",
    text: "Director fined\n\nNeil Brindmore was fined at the State Courts on Monday. He was named its director in 2019.",
    facts: [],
    not: ["Neil Brindmore -WORKS_FOR-> State Courts"],
  },
]);

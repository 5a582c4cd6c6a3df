// A possessive opening a sentence after a victim told with an apposition of kin ("Y, a mother of three."): the
// apposition is Y's, no one unnamed in view, and tells Y's gender; "His son" is the other's. "Her son, Z," is still
// left unread there (gap): the accused, of unknown gender, ties with Y, and a tie stays unread (a known gender
// winning ties gave "His trial" of a second, unsexed defendant to the first one).
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Irish daily: 'Her son, Z,' after 'killing Y, a mother of three.'",
    text: "Lorcan Tierway was jailed for killing Aoife Brannick, a mother of three. Her son, Niall Brannick, said he missed her.",
    facts: ["Niall Brannick -RELATED_TO(son)-> Aoife Brannick"],
    not: ["Niall Brannick -RELATED_TO(son)-> Lorcan Tierway"],
    gap: "the accused of unknown gender ties with the victim for 'Her'",
  },
  {
    style: "British regional daily: 'Her daughter, Z, 19,' after the same apposition",
    text: "Lorcan Tierway was jailed for killing Aoife Brannick, a mother of three. Her daughter, Niamh Brannick, 19, said she missed her.",
    facts: ["Niamh Brannick -RELATED_TO(daughter)-> Aoife Brannick"],
    gap: "the accused of unknown gender ties with the victim for 'Her'",
  },
  {
    style: "'His son' after the same apposition is the man's, never the woman's",
    text: "Lorcan Tierway, 41, was jailed for killing Aoife Brannick, a mother of three. His son, Ruari Tierway, said he would appeal.",
    facts: ["Ruari Tierway -RELATED_TO(son)-> Lorcan Tierway"],
    not: ["Ruari Tierway -RELATED_TO(son)-> Aoife Brannick"],
  },
  {
    style: "someone unnamed told before still holds the possessive back: 'a student. Her father, Z,'",
    text: "Lorcan Tierway is accused of murdering a student. Her father, Colm Brannick, told the court he was devastated.",
    facts: [],
    not: ["Colm Brannick -RELATED_TO(father)-> Lorcan Tierway"],
  },
];
describeStories("kin after an apposition of kin", ROWS);

// A bare "officer" is taken for a police officer; told of another body it is not one: "an officer of the council",
// "an officer at Kelby Bank", "the agency's officer" hold the post "officer". Words of a police body, a police
// title before a name, or a place ("an officer at the scene") keep the police officer.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British regional daily: 'An officer of the council, X,' is no police officer",
    text: "Hilary Marchwood was convicted of theft. An officer of the council, Bryony Caddick, told the court the money was missing.",
    facts: ["Bryony Caddick -HOLDS_ROLE-> officer"],
    not: ["Bryony Caddick -HOLDS_ROLE-> police officer"],
  },
  {
    style: "business press: 'an officer at Kelby Bank' works for the bank and is no police officer",
    text: "Hilary Marchwood was convicted of fraud. Dan Pike, an officer at Kelby Bank, said the money was gone.",
    facts: ["Dan Pike -HOLDS_ROLE-> officer", "Dan Pike -WORKS_FOR-> Kelby Bank"],
    not: ["Dan Pike -HOLDS_ROLE-> police officer"],
  },
  {
    style: "a possessive body: 'The agency's officer, X,'",
    text: "Hilary Marchwood was convicted of fraud. The agency's officer, Dan Pike, said the money was gone.",
    facts: ["Dan Pike -HOLDS_ROLE-> officer"],
    not: ["Dan Pike -HOLDS_ROLE-> police officer"],
  },
  {
    style: "US wire: 'Officer X' and 'an officer with the Y Police Department' stay police officers",
    text: "Hilary Marchwood was convicted of assault. Officer Dan Pike said he arrested him. Ann Lobb, an officer with the Kelby Police Department, said she saw it.",
    facts: ["Dan Pike -HOLDS_ROLE-> police officer", "Ann Lobb -HOLDS_ROLE-> police officer"],
  },
  {
    style: "'an officer at the scene' is a place, no body: still a police officer",
    text: "Hilary Marchwood was convicted of assault. Dan Pike, an officer at the scene, said he arrested him.",
    facts: ["Dan Pike -HOLDS_ROLE-> police officer"],
  },
];
describeStories("a bare 'officer' told of a body", ROWS);

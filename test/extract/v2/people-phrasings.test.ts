// How real reports name people, their titles and the bodies they work for, from invented stories in
// several styles: a play or a character named with a royal word is no one ("a production of King
// Lear"); an award ("the Oscar nominee") is no role and no name.
import { describeStories, story, type StoryRow } from "./helpers.ts";

const people = (text: string) => story(text).entities.filter((e) => e.type === "Person").map((e) => `Person ${e.label}`);
const roles = (text: string) => story(text).entities.filter((e) => e.type === "Role").map((e) => `Role ${e.label}`);

const WORKS: StoryRow[] = [
  {
    style: "Irish broadsheet: a play staged, named with a royal word",
    text: "The actor, who last appeared in a stage production of King Lear in Dublin, was charged with assault on Monday. Marcus Fenwell, 51, appeared at Harlow District Court.",
    facts: ["Person Marcus Fenwell"],
    not: ["Person King Lear", "Person Lear"],
  },
  {
    style: "British tabloid: the character an actor stars as",
    text: "Fenwell had been starring as Prince Hal in a touring revival when the allegations surfaced. Tomas Greer, 40, was charged with fraud.",
    facts: ["Person Tomas Greer"],
    not: ["Person Hal", "Person Prince Hal"],
  },
  {
    style: "Australian: a character's part taken, with a title",
    text: "Greer, who took the part of Captain Morrow in the touring show, denies the charges.",
    facts: [],
    not: ["Person Morrow", "Person Captain Morrow"],
  },
];
describeStories("a work or a character named with a title word is no one", WORKS, people);

const AWARDS: StoryRow[] = [
  {
    style: "US trade press: the award before the name",
    text: "Two-time Oscar nominee Carla Brent, 48, was charged with assault in Los Angeles.",
    facts: ["Person Carla Brent"],
    not: ["Person Two-time Oscar"],
  },
];
describeStories("an award won or a nomination is no name", AWARDS, people);

const AWARD_ROLES: StoryRow[] = [
  {
    style: "Canadian wire: a nominee is no position anyone holds",
    text: "The Oscar nominee Rupert Vane testified at the trial of Dana Holloway.",
    facts: [],
    not: ["Role nominee"],
  },
];
describeStories("an award is no role", AWARD_ROLES, roles);

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
    text: "Greer, who took the part of Captain Mepham in the touring show, denies the charges.",
    facts: [],
    not: ["Person Mepham", "Person Captain Mepham"],
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
    text: "The Oscar nominee Rupert Lowther testified at the trial of Dana Holloway.",
    facts: [],
    not: ["Role nominee"],
  },
];
describeStories("an award is no role", AWARD_ROLES, roles);

const orgs = (text: string) => story(text).entities.filter((e) => e.type === "Organization").map((e) => `Organization ${e.label}`);

const BODIES: StoryRow[] = [
  {
    style: "Scottish broadsheet: a force named by its kind, then its country, opening the sentence",
    text: "Police Scotland said a 45-year-old man, Gordon Baird, had been charged with culpable homicide.",
    facts: ["Organization Police Scotland"],
  },
  {
    style: "British trade press: a regulator named over 'and' whose head is also a role word",
    text: "An inspector from the Health and Safety Executive, Paul Dunmore, said the company had failed its workers.",
    facts: ["Organization Health and Safety Executive"],
  },
  {
    style: "British business press: a chief executive is no body",
    text: "Chief Executive Ana Ruiz said the firm would appeal. Tomas Greer, the former Chief Executive, denied wrongdoing.",
    facts: [],
    not: ["Organization Chief Executive"],
  },
];
describeStories("a public body named by its kind and its place, or over 'and'", BODIES, orgs);

const WORK: StoryRow[] = [
  {
    style: "British regional: the role a lede opens with is the one named in apposition, not the accused after",
    text: "An inspector from the Health and Safety Executive, Paul Dunmore, said the company had failed its workers. Police Scotland said a 45-year-old man, Gordon Baird, had been charged with culpable homicide.",
    facts: ["Paul Dunmore -HOLDS_ROLE-> inspector", "Paul Dunmore -WORKS_FOR-> Health and Safety Executive"],
    not: ["Gordon Baird -HOLDS_ROLE-> inspector", "Paul Dunmore -HOLDS_ROLE-> executive"],
  },
  {
    style: "British wire: a defendant tried at a court does not work there",
    text: "Mr Justice Peter Aldane presided over the trial of Naomi Frost at Kestleford Crown Court.",
    facts: ["Peter Aldane -PRESIDED_OVER-> Frost trial", "Frost trial -HELD_AT-> Kestleford Crown Court"],
    not: ["Naomi Frost -WORKS_FOR-> Kestleford Crown Court"],
  },
];
describeStories("who works where", WORK);

const INDIAN_POLICE: StoryRow[] = [
  {
    style: "Indian daily: a title with the body it names before the officer",
    text: "Superintendent of Police Kavita Gowda said the accused, Anil Verma, had been sent to judicial custody.",
    facts: ["Kavita Gowda -HOLDS_ROLE-> police chief"],
  },
  {
    style: "Indian wire: a deputy commissioner with the division he heads in brackets",
    text: "Deputy Commissioner of Police (South) Arun Mehta said the accused, Vikram Sood, 29, had been arrested on Tuesday and charged with murder.",
    facts: ["Arun Mehta -HOLDS_ROLE-> police officer", "Vikram Sood -CHARGED_WITH-> murder"],
    not: ["Arun Mehta -HOLDS_ROLE-> police chief"],
  },
  {
    style: "Indian regional: an assistant commissioner is no police chief",
    text: "Assistant Commissioner of Police Vinod Nair said the case had been handed to the crime branch.",
    facts: ["Vinod Nair -HOLDS_ROLE-> police officer"],
    not: ["Vinod Nair -HOLDS_ROLE-> police chief"],
  },
];
describeStories("Indian police titles", INDIAN_POLICE);

const NO_BODY: StoryRow[] = [
  {
    style: "Indian wire: the body in a title is no organisation of its own",
    text: "Deputy Commissioner of Police (South) Arun Mehta said the accused had been arrested.",
    facts: [],
    not: ["Organization Commissioner of Police", "Organization Deputy Commissioner of Police"],
  },
];
describeStories("a title's own words name no body", NO_BODY, orgs);

const AGENCIES: StoryRow[] = [
  {
    style: "US wire: a bureau's acronym opens the agent's title",
    text: "FBI Special Agent Laura Mertz testified that the defendant, Owen Crale, had wired the money abroad.",
    facts: ["Laura Mertz -WORKS_FOR-> FBI"],
    not: ["Owen Crale -WORKS_FOR-> FBI"],
  },
  {
    style: "Indian daily: an agency's acronym before a superintendent",
    text: "NIA Superintendent Kiran Bedi said the accused had been arrested in Pune.",
    facts: ["Kiran Bedi -WORKS_FOR-> NIA"],
  },
  {
    style: "a country's letters before a title are its jurisdiction, no employer",
    text: "US District Judge Ana Ruiz presided over the hearing.",
    facts: ["Ana Ruiz -HOLDS_ROLE-> judge"],
    not: ["Ana Ruiz -WORKS_FOR-> US"],
  },
];
describeStories("an agency's acronym before a title", AGENCIES);

// Guards: phrasings the extractor already read when these stories were written.
const BENCH: StoryRow[] = [
  {
    style: "Canadian: 'Madam Justice' before a judge's name",
    text: "Madam Justice Helen Okoye sentenced Corbin Lisle to six years in prison.",
    facts: ["Helen Okoye -HOLDS_ROLE-> judge"],
    not: ["Corbin Lisle -HOLDS_ROLE-> judge"],
  },
  {
    style: "British: 'Her Honour Judge', 'Lord Justice' and 'Chief Magistrate'",
    text: "Her Honour Judge Sarah Whitcroft jailed Kenneth Mepham for four years. Lord Justice Edmund Cascroft dismissed the appeal of Ryan Tully. Chief Magistrate Olivia Brand refused bail to Damien Kerr.",
    facts: ["Sarah Whitcroft -HOLDS_ROLE-> judge", "Edmund Cascroft -HOLDS_ROLE-> judge", "Olivia Brand -HOLDS_ROLE-> magistrate"],
    not: ["Kenneth Mepham -HOLDS_ROLE-> judge", "Damien Kerr -HOLDS_ROLE-> magistrate"],
  },
  {
    style: "British tabloid: a court known by its building's name alone",
    text: "Damien Kerr, 32, stood trial at the Casbury on Tuesday, where he denied murder.",
    facts: ["Kerr trial -HELD_AT-> Casbury"],
  },
  {
    style: "Irish regional: the one found dead, named a sentence before the charge",
    text: "Ellie Mabery, 34, was found dead at her home in Carlow on Sunday. Declan Furey, 36, was charged with murder on Tuesday.",
    facts: ["Declan Furey -CHARGED_WITH-> murder", "murder -ALLEGED_VICTIM-> Ellie Mabery"],
    not: ["Ellie Mabery -CHARGED_WITH-> murder"],
  },
];
describeStories("judges' honorifics, courts by their building, victims named before", BENCH);

const CITY_POLICE: StoryRow[] = [
  {
    style: "US wire: a city's police chief, the city before the title, testifies at an officer's trial",
    text: "Former officer Dean Hollis was convicted of murder on Tuesday. Kelton Police Chief Marcus Rudge testified that the restraint violated policy.",
    facts: ["Marcus Rudge -HOLDS_ROLE-> police chief", "Marcus Rudge -TESTIFIED_IN-> Hollis trial"],
  },
  {
    style: "US wire: 'Former officer Dean Hollis' is Dean Hollis, a given name after a role, not a dean",
    text: "Former officer Dean Hollis was convicted of murder on Tuesday. Hollis, 45, showed no emotion.",
    facts: ["Dean Hollis -CHARGED_WITH-> murder", "Dean Hollis -HOLDS_ROLE-> police officer"],
  },
];
describeStories("a city's police chief, and an officer named Dean", CITY_POLICE);

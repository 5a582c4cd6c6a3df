// Broadcasters, streamers, newspapers, clubs and words that are no occupation: a network or a
// streaming service is an organisation unless the story says it makes or distributes films
// (ONTOLOGY: a studio is a film studio or production company); a pensioner holds no role; a plural
// role before a name is no part of it; a paper named for a weekday keeps the weekday.
import { describeNameStories, type NameRow } from "./names-helpers.ts";

const BROADCASTERS: NameRow[] = [
  {
    style: "US wire: a network named as such is an organisation",
    text: "LOS ANGELES (Wire) — A former executive at Brightwater Network was charged with fraud on Tuesday.\n\nOwen Dunley, 51, was arrested at his home. The network Tarnvision said it was cooperating with investigators.",
    names: ["Person: Owen Dunley", "Organization: Tarnvision"],
    not: ["Studio: Tarnvision", "Studio: Brightwater Network"],
  },
  {
    style: "trade press: a streaming service in apposition is an organisation",
    text: "Kestrel Stream, a streaming service, said it had cut ties with the comedian Joss Elmstow, who was charged with assault.",
    names: ["Organization: Kestrel Stream", "Person: Joss Elmstow"],
    not: ["Studio: Kestrel Stream"],
  },
  {
    style: "British broadsheet: 'the streamer' before a name is an organisation",
    text: "The streamer Tarnflix dropped the presenter Lowri Haines after she was charged with fraud at Cardiff Crown Court.",
    names: ["Organization: Tarnflix", "Person: Lowri Haines"],
    not: ["Studio: Tarnflix"],
  },
  {
    style: "trade press: a streamer that produces films is a studio",
    text: "Tarnflix, which produces films and series, was sued by the actor Vikram Rizvi.",
    names: ["Studio: Tarnflix", "Person: Vikram Rizvi"],
  },
];

const ROLES: NameRow[] = [
  {
    style: "British tabloid: a pensioner holds no role",
    text: "Marta Kimber, a pensioner, was robbed at knifepoint. Kyle Brash, 19, admitted robbery at Tarnby Crown Court.",
    names: ["Person: Marta Kimber", "Person: Kyle Brash"],
    not: ["Role: pensioner"],
  },
  {
    style: "Australian: a plural role before names is no part of them",
    text: "Deckhands Tomasz Welk and Piet Oran told the inquest the skipper had been drinking.",
    names: ["Person: Tomasz Welk", "Person: Piet Oran"],
    not: ["Person: Deckhands Tomasz Welk"],
  },
  {
    style: "Irish regional: a boat or a tractor someone owns is no role, whatever it is called",
    text: "Rob Dunmore, whose trawler Mary Ellen sank in 2021, was jailed for two years. Ivo Garnock, whose tractor Big Red hit the wall, admitted careless driving.",
    names: ["Person: Rob Dunmore", "Person: Ivo Garnock"],
    not: ["Role: trawler", "Role: tractor"],
  },
  {
    style: "Scottish regional: a skipper named with his job is a skipper, and the job no part of his name",
    text: "Skipper Rob Dunmore, 52, was fined £4,000 at Lerwick Sheriff Court. The court heard that Skipper Tom Garnock had warned him.",
    names: ["Person: Rob Dunmore", "Person: Tom Garnock", "Role: skipper"],
    not: ["Person: Skipper Rob Dunmore", "Person: Skipper Tom Garnock"],
  },
];

const PAPERS: NameRow[] = [
  {
    style: "British: a Sunday paper keeps its weekday",
    text: "Rob Dunmore, 44, told the Sunday Courier he was innocent. Dunmore was charged with manslaughter.",
    names: ["Person: Rob Dunmore", "Organization: Sunday Courier"],
    not: ["Person: Courier", "Organization: Courier"],
  },
  {
    style: "regional US: a one-word paper that reports is an outlet",
    text: "Nadia Pellow, 38, was charged with arson on Friday. Pellow denied starting the fire, the Clarion reported.",
    names: ["Person: Nadia Pellow", "Organization: Clarion"],
    not: ["Person: Clarion"],
  },
];

const CLUBS: NameRow[] = [
  {
    style: "Australian: a club's nickname alone, with no 'the', is no one",
    text: "Former captain Brodie Cardew, 31, has been convicted of drink-driving.\n\nHawks said Cardew had been stood down for the season.",
    names: ["Person: Brodie Cardew"],
    not: ["Person: Hawks", "Organization: Hawks"],
  },
  {
    style: "Australian public broadcaster: a sport's governing body, a sport and a state, is an organisation",
    text: "A former swimming coach has been jailed for 14 years for abusing girls he trained. Swimming Tasmania chief executive Mark Tulloch said the body had overhauled its child safety rules. Netball Queensland apologised.",
    names: ["Person: Mark Tulloch", "Organization: Swimming Tasmania"],
    not: ["Person: Swimming Tasmania", "Person: Netball Queensland"],
  },
  {
    style: "wire: a surname that is a plural noun stays a person where the story names him in full",
    text: "Jo Banks, 41, was charged with fraud. Banks said she was innocent.",
    names: ["Person: Jo Banks"],
  },
];

describeNameStories("clubs are no one", CLUBS);
describeNameStories("networks and streamers are organisations unless they make films", BROADCASTERS);
describeNameStories("words that are no occupation", ROLES);
describeNameStories("newspapers keep their names", PAPERS);

// A story about a film quotes its other titles without a cue ("Velloran's "Salt and Iron"", "the Oscar-nominated
// "Night Market"", "best known for "Borrowed Light""): each title-case quotation of two words or more that names
// nothing else is a film there. A song, an award, a nickname, a title-case headline and a story with no film stay out.
import { describeStories, relationLines, story } from "./helpers.ts";

const read = (text: string) => {
  const s = story(text);
  return [...s.entities.map((e) => `${e.type} ${e.label}`), ...relationLines(s)];
};

describeStories("quoted titles without a cue in a story about a film", [
  {
    style: "Indian trade press: a director's possessive before a quoted title joined by 'and'",
    text: "Director charged with cheating financier\n\nMUMBAI: Film-maker Harpreet Velloran, who directed \"Quiet Money\", was charged with cheating on Friday. Velloran's \"Salt and Iron\" is due for release in May.",
    facts: ["Film Quiet Money", "Film Salt and Iron"],
  },
  {
    style: "US wire: an adjective before the quotation, and a sequel",
    text: "Actor pleads not guilty to assault\n\nTadeusz Marrowby, who starred in \"Winter Orchard\", pleaded not guilty to assault on Tuesday. The Oscar-nominated \"Night Market\" made him a star, and he is filming the sequel to \"The Tin Road\".",
    facts: ["Film Winter Orchard", "Film Night Market", "Film The Tin Road"],
  },
  {
    style: "British tabloid: 'best known for' a show, and a song he sang stays a song",
    text: "TV star in dock\n\nSoap actor Ifeoluwa Odukoya, who starred in 'Kettle Bay', was convicted of drink-driving. Odukoya, best known for 'Copper Sky', gave a rousing performance of 'Paper Moon' outside court.",
    facts: ["Film Kettle Bay", "Film Copper Sky"],
    not: ["Film Paper Moon"],
  },
  {
    style: "Nigerian daily: an award's name and a nickname in quotes are no films",
    text: "Nollywood actor remanded\n\nLAGOS - Nollywood actor Ifeoluwa Odukoya, who starred in \"Brass Lantern\", was remanded on Monday. He won \"Best Supporting Actor\" in 2019, and fans dubbed him \"Lantern Street\". His 2021 comedy \"Red Ferry\" was a hit.",
    facts: ["Film Brass Lantern", "Film Red Ferry"],
    not: ["Film Best Supporting Actor", "Film Lantern Street"],
  },
  {
    style: "Indian daily: a verdict and a production banner in quotes are no films, the star's quoted hit is",
    text: "Actor acquitted in assault case\n\nMUMBAI: Actor Harpreet Velloran, who starred in \"Quiet Money\", was acquitted on Friday. The court returned a verdict of \"Not Guilty\". His banner \"Copper Lane\" backed \"Kettle Bay\", his 2020 hit.",
    facts: ["Film Quiet Money", "Film Kettle Bay"],
    not: ["Film Not Guilty", "Film Copper Lane"],
  },
], read);

describeStories("quoted title-case words that are no film", [
  {
    style: "British regional daily: a story with no film quotes a name for a scheme",
    text: "Man jailed for fraud\n\nHarpreet Velloran, 51, was jailed for fraud at Leeds Crown Court. The court heard he ran \"Kettle Bay\" from a flat.",
    facts: ["Person Harpreet Velloran"],
    not: ["Film Kettle Bay"],
  },
], read);

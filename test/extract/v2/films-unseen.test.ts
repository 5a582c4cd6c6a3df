// Titles of works the names stage took for people: a list after a plural film noun ("his films A, B
// and C"), a title after its maker's noun ("The producer of X, Y,") or its genre ("the 2016 hit X"). Each story is invented, in a
// style of its own; each row names what a reader takes from it and what it must not yield.
import { describe, expect, it } from "vitest";
import { describeStories, relationLines, story, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Nigerian entertainment page: the producer of an unquoted title named after it",
    text: "The producer of Lagos Nights, Femi Adeyemi, was charged with fraud on Monday. Lagos Nights grossed millions at the box office.",
    facts: ["Femi Adeyemi -PRODUCED-> Lagos Nights", "Femi Adeyemi -CHARGED_WITH-> fraud"],
  },
  {
    style: "Nigerian and Pakistani entertainment pages: a film industry's name is no film; an actor's films in a relative clause",
    text: "Nollywood star Ama Boateng, whose films include Cocoa Road and Night Bus, was charged with fraud. The Lollywood actor Faisal Malik was charged with assault.",
    facts: ["Ama Boateng -ACTED_IN-> Cocoa Road", "Ama Boateng -ACTED_IN-> Night Bus", "Faisal Malik -HOLDS_ROLE-> actor"],
    not: ["Ama Boateng -ACTED_IN-> Nollywood", "Faisal Malik -ACTED_IN-> The Lollywood", "Faisal Malik -ACTED_IN-> Lollywood"],
  },
  {
    style: "Mumbai tabloid: a second title after its genre noun in a list of roles",
    text: "Actor Devang Solkar, known for his roles in Neeli Dhoop and the 2016 hit Kaagaz Ki Naav, was arrested on Monday.",
    facts: ["Devang Solkar -ACTED_IN-> Neeli Dhoop", "Devang Solkar -ACTED_IN-> Kaagaz Ki Naav"],
  },
  {
    style: "Lagos showbiz desk: an aside that ends on a soap's title does not make the soap the accused",
    text: "LAGOS — Nollywood actress Kemi Adesuwa-Ibe, who starred in the Netflix drama Blood Pact and the box-office hit Owo Nla, was on Thursday discharged by a magistrate. The 39-year-old, best known for playing Ngozi in the long-running soap Copper Lines, had been accused of assaulting a make-up artist on the set of Owo Nla 2.",
    facts: ["Kemi Adesuwa-Ibe -CHARGED_WITH-> assault", "Kemi Adesuwa-Ibe -ACTED_IN-> Owo Nla"],
    not: ["Copper Lines -CHARGED_WITH-> assault"],
  },
  {
    style: "Australian regional paper: a director named after the title, a co-star after 'in the film'",
    text: "A stuntman has sued the director of the action film Salt Causeway, Petra Lindgaard, over a broken back. His co-star in the film, Jana Orwell, is expected to give evidence.",
    facts: ["Petra Lindgaard -DIRECTED-> Salt Causeway"],
    not: ["Jana Orwell -DIRECTED-> Salt Causeway"],
  },
  {
    style: "US trade press: the titles an actor is known for, each after its genre",
    text: "Actor Brock Tellam, best known for the crime series Grey Quarter and the 2009 comedy Long Weekend Out, was charged with assault.",
    facts: ["Brock Tellam -ACTED_IN-> Grey Quarter", "Brock Tellam -ACTED_IN-> Long Weekend Out"],
  },
  {
    style: "Seoul wire: the drama an actor rose to fame in",
    text: "SEOUL — Actor Yoon Sang-ho, who rose to fame in the 2019 KBS drama \"Moonlit Quay,\" was indicted Tuesday on charges of fraud.",
    facts: ["Yoon Sang-ho -ACTED_IN-> Moonlit Quay"],
  },
  {
    style: "Mumbai daily: the dateline and 'Film producer' make no film; a producer's films 'also include' two titles",
    text: "MUMBAI: Film producer Vikram Sadhwani was arrested on Friday in a cheating case. Sadhwani's films also include Safar-e-Dil and Ghar Lautna.",
    facts: ["Vikram Sadhwani -HOLDS_ROLE-> producer"],
    not: ["Vikram Sadhwani -PRODUCED-> MUMBAI: Film", "Vikram Sadhwani -PRODUCED-> Film"],
  },
  {
    style: "Copenhagen correspondent: a nationality before 'director' is no film the director made",
    text: "The assault trial of Danish director Henrik Saltoft, best known for the art-house hit Grey Lanterns, opened in Copenhagen on Monday.",
    facts: [],
    not: ["Henrik Saltoft -DIRECTED-> Danish"],
  },
  {
    style: "Hollywood trade: 'The series stars X' names the one series the story told of",
    text: "Three writers on the HBO series Crown Alley have sued its showrunner, Dale Pressley. The series stars Mara Quill and Tobias Renn.",
    facts: ["Mara Quill -ACTED_IN-> Crown Alley", "Tobias Renn -ACTED_IN-> Crown Alley"],
  },
  {
    style: "Hollywood trade: after two shows, 'the series' is too loose to credit anyone",
    text: "Three writers on the HBO series Crown Alley have sued showrunner Dale Pressley, who previously ran the sitcom Desk Hours. The series stars Mara Quill.",
    facts: [],
    not: ["Mara Quill -ACTED_IN-> Desk Hours", "Mara Quill -ACTED_IN-> Crown Alley"],
  },
  {
    style: "US trade wire: a title a genre made a film stays one where its place-like head stands alone; a work the story named once is 'the film'",
    text: "A producer of the action thriller Iron Harbour was convicted of involuntary manslaughter. Rosalind Kerston-Nankervis, 58, who produced Iron Harbour for her company, was found guilty by a jury. The film starred Dominic Vasquez-Rudge and was directed by Oskar Lindgren-Moe.",
    facts: ["Rosalind Kerston-Nankervis -PRODUCED-> Iron Harbour", "Oskar Lindgren-Moe -DIRECTED-> Iron Harbour", "Dominic Vasquez-Rudge -ACTED_IN-> Iron Harbour"],
  },
  {
    style: "Trade press: one the lede tells died is no one named after him (the actor the film starred)",
    text: "A stuntman died on the set of the thriller Iron Harbour last year. The film starred Dominic Vasquez-Rudge, who testified on Monday.",
    facts: ["Dominic Vasquez-Rudge -ACTED_IN-> Iron Harbour"],
    not: ["Dominic Vasquez-Rudge -HOLDS_ROLE-> stuntman"],
  },
];

describeStories("titles of works beside their makers", ROWS);

describe("titles named by their genre or a list", () => {
  it("a producer's films 'also include' titles, and an art-house hit is a film", () => {
    const s = story("MUMBAI: Film producer Vikram Sadhwani was arrested on Friday. Sadhwani's films also include Safar-e-Dil and Ghar Lautna. Director Henrik Saltoft is best known for the art-house hit Grey Lanterns.");
    const types = Object.fromEntries(s.entities.map((e) => [e.label, e.type]));
    expect(types).toMatchObject({ "Safar-e-Dil": "Film", "Ghar Lautna": "Film", "Grey Lanterns": "Film", "Vikram Sadhwani": "Person" });
    expect(types.Film).toBeUndefined();
  });
});

describe("a name after a co-star's noun", () => {
  it("stays a person, not a film", () => {
    const s = story("A stuntman sued the producers on Monday. His co-star in the film, Jana Orwell, is expected to give evidence.");
    expect(s.entities.find((e) => e.label === "Jana Orwell")?.type).toBe("Person");
  });
});

describe("a list of titles after a plural film noun", () => {
  it("Ghanaian trade press: 'his films A, B and C' are three films, none a person", () => {
    const s = story("Director Kojo Amankwah, known for his films Cocoa Road, Market Day and Iron Gate, was charged with fraud in Accra.");
    const types = Object.fromEntries(s.entities.map((e) => [e.label, e.type]));
    expect(types).toMatchObject({ "Cocoa Road": "Film", "Market Day": "Film", "Iron Gate": "Film", "Kojo Amankwah": "Person" });
    expect(relationLines(s)).toContain("Kojo Amankwah -CHARGED_WITH-> fraud");
  });
});

describe("credits told by a debut, a co-star or a network's show", () => {
  it("Indian tabloid: 'who made his debut with the 2011 film X' acted in X", () => {
    const lines = relationLines(story("Actor Vikrant Soral, who made his debut with the 2011 film Pehli Baarish, was acquitted on Monday of causing death by negligence."));
    expect(lines, lines.join("\n")).toContain("Vikrant Soral -ACTED_IN-> Pehli Baarish");
  });
  it("US trade press: 'co-starred with B in the 2019 thriller X' gives both the credit", () => {
    const lines = relationLines(story("Petronella Gilhurst co-starred with Tunde Okonjo in the 2019 thriller Saffron Road. She was charged with assault on Tuesday."));
    expect(lines, lines.join("\n")).toContain("Petronella Gilhurst -ACTED_IN-> Saffron Road");
    expect(lines, lines.join("\n")).toContain("Tunde Okonjo -ACTED_IN-> Saffron Road");
  });
  it("US trade press: 'played the matriarch in HBO's \"X\"' acted in X, a show", () => {
    const s = story("Petronella Gilhurst, who played the scheming matriarch in HBO's \"Harrowgate\", was charged with assault.");
    expect(s.entities.find((e) => e.label === "Harrowgate")?.type).toBe("Film");
    expect(relationLines(s)).toContain("Petronella Gilhurst -ACTED_IN-> Harrowgate");
  });
  it("Screen trade press: 'X (2008), directed by Y' is a film Y directed", () => {
    const s = story("The actor was charged with assault on Tuesday. Her breakout role came in Juniper Hill (2008), directed by Callum Bellamy-Shore.");
    expect(s.entities.find((e) => e.label === "Juniper Hill")?.type).toBe("Film");
    expect(relationLines(s)).toContain("Callum Bellamy-Shore -DIRECTED-> Juniper Hill");
  });
  it("US trade press: 'on the set of Studio's upcoming feature X' is the studio's film", () => {
    const lines = relationLines(story("The charge relates to an incident on the set of Kessington Films' upcoming feature The Lune Affair last year."));
    expect(lines, lines.join("\n")).toContain("Kessington Films -PRODUCED-> The Lune Affair");
  });
});

// (with each entity's type, so that a title read as a person or a place shows)
describeStories("titles an award was won for, a character was played in, or a list of films names", [
  {
    style: "Australian trade press: two titles an award was won for, the series a character was played in, and a film lined up",
    text: "Dane Fennick, 61, was acquitted of indecent assault on Tuesday. He won Oscars for The Glass Orchard and Quiet Harbour. Fennick played Marcus Vale in Nine Bells for four seasons. The actor has a handful of independent films lined up, including Lantern Road.",
    facts: ["Dane Fennick -ACTED_IN-> Nine Bells", "Film Quiet Harbour", "Film Lantern Road"],
    not: ["Person Nine Bells", "Person Lantern Road", "Place Quiet Harbour"],
  },
  {
    style: "US entertainment wire: an award won for playing a character in a film, a character actor 'best known as' a part in a series, and a show's cast 'played by'",
    text: "Actress Marisol Trevane wins ski case\n\nMarisol Trevane was found not liable on Thursday for a 2016 ski collision. Trevane won the award for playing Ada Finch, a widowed schoolteacher, in 1999's \"Copper Lanterns.\" Orrin Castell, 53, a veteran actor best known as the sergeant in the 1970s war series \"Foxhole!,\" also testified. Nightwatch, which was released in April, follows Tom Rudge, a struggling cook played by Dev Anand-Kerr, who is pursued by Mira Quenby, played by Lucy Pellham.",
    facts: ["Marisol Trevane -ACTED_IN-> Copper Lanterns", "Orrin Castell -ACTED_IN-> Foxhole!", "Dev Anand-Kerr -ACTED_IN-> Nightwatch", "Lucy Pellham -ACTED_IN-> Nightwatch"],
    not: ["Person Tom Rudge", "Tom Rudge -HOLDS_ROLE-> cook"],
  },
], (text) => {
  const s = story(text);
  return [...relationLines(s), ...s.entities.map((e) => `${e.type} ${e.label}`)];
});

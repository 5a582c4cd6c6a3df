// Titles of films and shows, quoted or not, and the companies that make them, on invented
// stories in the manners of the trade press, a British broadsheet, an American tabloid and a
// business wire.
import { describe, expect, it } from "vitest";
import { story } from "./helpers.ts";
import { allNames, labels } from "./names-helpers.ts";

describe("films and shows without quotation marks", () => {
  it("a British obituary-style report: programmes presented, a song that is no film", () => {
    const s = story(`Born in Tamworth in 1941, Dennis Aldwick became a fixture of children's television, presenting programmes including Puddle Lane Club and Pet Rescue.

His song Three Tin Soldiers topped the charts in 1971. On his YouTube programme Aldwick Unplugged he later denied the allegations.`);
    expect(labels(s, "Film")).toEqual(["Aldwick Unplugged", "Pet Rescue", "Puddle Lane Club"]);
    expect(labels(s, "Person")).toEqual(["Dennis Aldwick"]);
    expect(allNames(s).join("\n")).not.toContain("Three Tin Soldiers");
  });

  it("trade press: a crew role after a title, a year's title, a blockbuster in apposition, a franchise", () => {
    const s = story(`Night Ferry first assistant director Carla Minto was sentenced on Tuesday to probation.

Orrin Vale, the producer behind Glass Harbour and the recent Iron Meridian movies, founded Vale Works in 2009. The company has co-produced every Iron Meridian film since 2014's Cold Signal as well as Glass Harbour, the 2021 blockbuster starring Dev Harlan.

Stray Lantern, which was released in April, follows a stalker through London.`);
    expect(labels(s, "Film")).toEqual(expect.arrayContaining(["Cold Signal", "Glass Harbour", "Night Ferry", "Stray Lantern"]));
    expect(labels(s, "Person")).toEqual(["Carla Minto", "Dev Harlan", "Orrin Vale"]);
  });

  it("a tabloid: a quoted title before 'star', a year's title, a film's segment", () => {
    const s = story(`The "Harbour Nights" star copped to one misdemeanor on Wednesday.

Dion Mabery won an Academy Award for 1996's Gold Coast Blues. He was shooting his segment of "Night Shift: The Movie," when the helicopter fell.`);
    expect(labels(s, "Film")).toEqual(["Gold Coast Blues", "Harbour Nights", "Night Shift: The Movie"]);
    expect(labels(s, "Person")).toEqual(["Dion Mabery"]);
  });

  it("quoted lists after 'made' and 'behind', and a studio's drama", () => {
    const s = story(`Tarrant co-founded Lumen Pictures in 1979, and the company became the indie powerhouse behind "Salt Roads", "The Quiet Year" and "Nine Winters", which won him an Oscar.

He had already made "Dog Days", "The Brass Band" and "A Wolf in Leeds". His story reached theaters again with "Open Secret," Lumen's drama about the scandal.`);
    expect(labels(s, "Film")).toEqual(["A Wolf in Leeds", "Dog Days", "Nine Winters", "Open Secret", "Salt Roads", "The Brass Band", "The Quiet Year"]);
    expect(labels(s, "Studio")).toEqual(["Lumen Pictures"]);
  });
});

describe("what the words around a title say, whatever the clause says", () => {
  it("a title in a denial is a title; a studio in apposition to 'the production company' stays a studio", () => {
    const s = story(`She gave an interview on his YouTube programme Aldwick Unplugged, in which she denied stalking him. The production company, Harbour Lane Productions, was fined.`);
    expect(labels(s, "Film")).toEqual(["Aldwick Unplugged"]);
    expect(labels(s, "Studio")).toEqual(["Harbour Lane Productions"]);
  });
});

describe("companies by what is said of them", () => {
  it("a business wire: a company in apposition, a merger, a holding company, an acronym and a place", () => {
    const s = story(`The railroad, Harlow Freight Transportation, had twice refused permission to film on its tracks. The family's lawsuit against Harlow Freight Transportation is pending.

Brightline Media on Thursday closed its merger with Corvane Global. Under its terms, Brightline acquired Gilmere Amusements, the holding company that controlled Corvane, for $2 billion.

Jenny Okoro, deputy chief prosecutor for CPS Leeds, said the case was strong.`);
    expect(labels(s, "Organization")).toEqual(expect.arrayContaining(["CPS Leeds", "Corvane Global", "Harlow Freight Transportation", "Gilmere Amusements"]));
    expect(labels(s, "Person")).toEqual(["Jenny Okoro"]);
  });

  it("places named with a given name and a geographic head", () => {
    const s = story(`It leaves Ade Kone, a man from Ivory Coast, as the only person convicted. A jury in Cedar City, Utah, cleared the skier of fault for a collision at Aspen Valley Resort.`);
    expect(labels(s, "Person")).toEqual(["Ade Kone"]);
  });
});

describe("companies the story goes on to call film companies", () => {
  it("a British broadsheet: the streaming company of a later sentence is the company sued before", () => {
    const s = story(`Dana Larkbey's £40m lawsuit against Lumenflix can go ahead, judge rules

A woman who says she inspired the stalker in Stray Lantern can pursue her claim against Lumenflix, a judge has ruled. Dana Larkbey sued the streaming company in June. Lumenflix did not respond to a request for comment.`);
    expect(labels(s, "Studio")).toEqual(["Lumenflix"]);
    expect(labels(s, "Organization")).toEqual([]);
  });

  it("trade press: 'it backed' and 'the company became the powerhouse behind' a title", () => {
    const s = story(`Orrin Vale co-founded Kestrel with his brother, Abel Vale, in 1981, and the company became the indie powerhouse behind "Salt Roads" and "Nine Winters." The brothers launched the Vale Company in 2004; it backed best picture winners "The Quiet Year" and "Cold Signal."`);
    expect(labels(s, "Studio")).toEqual(["Kestrel", "Vale Company"]);
    expect(labels(s, "Person")).toEqual(["Abel Vale", "Orrin Vale"]);
  });

  it("an Australian wire story: a bank the story calls 'the company' before no title stays an organisation; a surname stays a person", () => {
    const s = story(`Westpoint Capital collapsed in 2019, and the company became the subject of a royal commission. Marlow said the firm had misled investors. Jack Marlow, its founder, produced documents showing the studio had paid him.`);
    expect(labels(s, "Studio")).toEqual([]);
    expect(labels(s, "Person")).toEqual(["Jack Marlow"]);
  });

  it("an American broadsheet: whose drama a title is names a studio, unless it is the surname of someone the story names", () => {
    const s = story(`His story reached theaters last month with "Open Secret," Lumen's drama about the investigation. The director Mara Tresk said the script took years. Critics praised "Harbour Lights," Tresk's drama about a ferry crash.`);
    expect(labels(s, "Studio")).toEqual(["Lumen"]);
    expect(labels(s, "Person")).toEqual(["Mara Tresk"]);
  });
});

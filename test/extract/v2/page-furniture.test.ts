// Articles saved from web pages keep the page's furniture: a byline with the reporter's desk, a
// "Posted ... Updated ..." line, a photo credit, "Key points:" and "Read more:" boxes. None of it is
// the story: it names no one, and it must not push the story's opening sentences (where a lede
// describes the accused before naming them) out of reach.
import { describe, expect, it } from "vitest";
import { story, table } from "./helpers.ts";

table("a web page's furniture is not the story", [
  {
    name: "Australian broadcaster: byline with a lower-case desk, a timestamp and a credit before the lede",
    text: "By court reporter Nadia Forde\n\nPosted Thu 14 May 2026 at 2:31pm\n\nPhoto: Oren Lasky leaves court in Kelton. (Harbour News: Pia Stone)\n\nA former swimming coach has been sentenced to 14 years in jail.\n\nOren Lasky, 62, was found guilty by a jury in February of aggravated sexual assault.",
    has: ["Oren Lasky -HOLDS_ROLE-> swimming coach", "Oren Lasky -CHARGED_WITH-> aggravated sexual assault", "Person Oren Lasky"],
    not: ["Nadia Forde -HOLDS_ROLE-> court reporter", "Person Nadia Forde", "Person Pia Stone"],
  },
  {
    name: "British regional: the byline after the name, in lower case, and an 'Updated' line",
    text: "By Tomas Tozer, crime reporter\n\nUpdated 09:14, 3 March 2026\n\nA disgraced financial adviser has been jailed for fraud.\n\nMilo Garnett, 51, of Ashby Road, admitted 12 counts of fraud by abuse of position.",
    has: ["Milo Garnett -HOLDS_ROLE-> financial adviser", "Person Milo Garnett"],
    not: ["Person Tomas Tozer"],
  },
  {
    name: "boxes of key points and further reading name no one",
    text: "A nurse has been cleared of murder.\n\nKey points:\n\n- Ana Ruiz, 38, was acquitted of three counts of murder\n\nRead more:\n\n- Nurse charged over hospital deaths\n\nAna Ruiz, 38, wept as the verdicts were read.",
    has: ["Person Ana Ruiz"],
    not: ["Person Read", "Person Key"],
  },
  {
    name: "British broadsheet: a tag list under 'Topics', one tag to a line, and a helpline at the foot",
    text: "A former minister has been jailed for perverting the course of justice.\n\nNell Ruthven, 58, was convicted by a jury at Kelmarsh Crown Court.\n\nIf you have been affected, the Samaritans Crisis Help Line is open all night.\n\nTopics\nNell Ruthven\nScottish Nationalists\nCrime",
    has: ["Person Nell Ruthven"],
    not: ["Person Scottish Nationalists", "Person Crime", "Person Samaritans Crisis Help Line"],
  },
  {
    name: "Philippine daily: 'Read Next' on its own line names no one",
    text: "A journalist has lost her appeal against a libel conviction.\n\nMara Daintree, 59, who shared the 2021 Greenvale Peace Prize with the broadcaster Ivo Orlovsky, remains free on bail.\n\nRead Next",
    has: ["Person Mara Daintree", "Person Ivo Orlovsky"],
    not: ["Person Read Next", "Person Greenvale Peace Prize"],
  },
], { people: true });

describe("a dateline", () => {
  it("Malaysian wire: capitals and a hyphen before 'The company' name no organisation", () => {
    const s = story("Drug maker fined\n\nKUALA LUMPUR - The company, Orvane Pharma Ltd, pleaded guilty to fraud on Monday and was fined RM2 million.");
    expect(s.entities.filter((e) => e.type === "Organization").map((e) => e.label)).toEqual(["Orvane Pharma Ltd"]);
  });
});

// A tabloid's adjective before a given name at the start of a headline or a lede ("Bubbly Stacey Chenoweth",
// "Beautiful Courtney Roskilly") is no part of the name where the article names the person without it; a given
// name that is also a common word, never dropped in the article, stays ("Bright Nancarrow" is named so throughout).
import { story } from "./helpers.ts";
import { expect, it } from "vitest";

it("drops an adjective the epithet list lacks from a name the headline and lede open with (British tabloid)", () => {
  const s = story("Bubbly Stacey Chenoweth killed by speeding driver hours after 21st birthday party\n\nBubbly Stacey Chenoweth had just turned 21 when she was hit by a car on her way home from her party in Falmouth.\n\nStacey Chenoweth's heartbroken mum, Tracey Chenoweth, said her daughter was \"the light of our lives\".\n\nDriver Courtney Roskilly, 24, admitted causing death by dangerous driving at Truro Crown Court yesterday and will be sentenced next month.");
  const people = s.entities.filter((e) => e.type === "Person").map((e) => e.label);
  expect(people).toContain("Stacey Chenoweth");
  expect(people).not.toContain("Bubbly Stacey Chenoweth");
});

it("keeps a given name that is also a common word when the article never drops it", () => {
  const s = story("Pastor charged over church funds\n\nBright Stacey Nancarrow, a pastor in Ikeja, was charged with fraud on Monday. Nancarrow denied the charge.");
  const people = s.entities.filter((e) => e.type === "Person").map((e) => e.label);
  expect(people).toContain("Bright Stacey Nancarrow");
});

it("drops the adjective of a teenager named later without it", () => {
  const s = story("Beautiful Courtney Roskilly begged for help\n\nBeautiful Courtney Roskilly rang her sister minutes before she died. Courtney Roskilly, 17, had been missing for two days.");
  const people = s.entities.filter((e) => e.type === "Person").map((e) => e.label);
  expect(people).toContain("Courtney Roskilly");
  expect(people).not.toContain("Beautiful Courtney Roskilly");
});

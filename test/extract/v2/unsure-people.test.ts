// A name the article gives once, by capitals alone (no title, no given name, no initial), with a common word among
// its words, and ties to nothing, is more often a company, a site or a campaign than a person: the graph leaves it
// out. A person named so who is tied to something (a defendant, a lawyer), or named with an initial, stays.
import { expect, it } from "vitest";
import { story } from "./helpers.ts";

const people = (text: string) => story(text).entities.filter((e) => e.type === "Person").map((e) => e.label);

it("leaves out a review site named once by two common words (British local paper)", () => {
  const p = people("Café owner fined over hygiene breaches\n\nThe owner of a Falmouth café was fined £12,000 on Tuesday after inspectors found mouse droppings in the kitchen. Stacey Chenoweth, 44, pleaded guilty to four breaches of food hygiene rules at Truro Magistrates' Court. Inspectors had been alerted by a complaint to Copper Kettle, the local food review site. Chenoweth's lawyer, Ysolda Tremethick, said her client had since closed the business.");
  expect(p).not.toContain("Copper Kettle");
  expect(p).toContain("Stacey Chenoweth");
  expect(p).toContain("Ysolda Tremethick");
});

it("keeps a person named once with an initial, tied to nothing (Singapore business desk)", () => {
  const p = people("Tycoon's nephew cleared\n\nA property tycoon's nephew was acquitted of insider trading on Friday. The case had drawn comment from analysts, among them R. Tremethick of a local brokerage.");
  expect(p).toContain("R. Tremethick");
});

// Charges told short: a British tabloid's "GBH" and "ABH", a South African report's "the same fraud counts", and a
// tabloid's adjective before a first name ("Brave Dennis"), which names no one new. Every story is invented.
import { stories } from "../stories.ts";

stories("charges told by their letters or as the same ones again; a tabloid's epithets", [
  {
    name: "British tabloid: 'convicted him of the GBH charge', and 'Brave Dennis' is the pensioner named before",
    text: `BRUTE WHO BATTERED PENSIONER IS CAGED

Kenrick Tattersall, 31, punched great-grandad Dennis Mottram repeatedly before fleeing with £240.

Brave Dennis, who served in Korea, was left with a fractured eye socket.

He admitted robbery but denied GBH with intent. A jury at Bolton Crown Court convicted him of the GBH charge after a four-day trial.
`,
    expect: [
      { fact: "verdict:guilty ON_CHARGE charge:GBH with intent", says: /convicted him of the GBH charge/ },
      { fact: "Kenrick Tattersall DEFENDANT_IN trial:held", says: /convicted him/ },
      // (the pensioner he punched is the one harmed, never the "He" who admitted robbery)
      { fact: "Kenrick Tattersall CHARGED_WITH charge:robbery", says: /He admitted robbery/ },
      { not: "Dennis Mottram CHARGED_WITH charge:robbery" },
      { not: "Dennis Mottram DEFENDANT_IN trial:held" },
      { noEntity: "Organization: GBH" },
      { noEntity: "Person: Brave Dennis" },
    ],
  },
  {
    name: "British regional: ABH told by its letters",
    text: `Man admits attack

Elwin Rushworth, 44, pleaded guilty to ABH at Wakefield Magistrates' Court on Monday after headbutting a taxi driver.
`,
    expect: [
      { fact: "Elwin Rushworth CHARGED_WITH charge:ABH", says: /pleaded guilty to ABH/ },
      { noEntity: "Organization: ABH" },
    ],
  },
  {
    name: "South African news site: two businessmen 'convicted on the same fraud counts' as the manager",
    text: `Three convicted of tender fraud

Zolani Maluleke, the former municipal manager, was found guilty in the Specialised Commercial Crimes Court on Wednesday on 12 counts of fraud.

Businessmen Vusumuzi Mathebula and Lwazi Masilela were convicted on the same fraud counts.
`,
    expect: [
      { fact: "Lwazi Masilela CHARGED_WITH charge:fraud", says: /convicted on the same fraud counts/ },
      { fact: "Vusumuzi Mathebula CHARGED_WITH charge:fraud", says: /convicted on the same fraud counts/ },
      { noEntity: "Charge: same fraud" },
    ],
  },
  {
    name: "US Attorney's press release: a co-defendant 'pleaded guilty to the same charge', two sentences after the first one's",
    text: `Tulsa Man Sentenced to 97 Months

Jaylen Whitcroft, 33, pleaded guilty in June to conspiracy to possess with intent to distribute fentanyl.

According to court documents, Whitcroft and his co-defendant, Tavion Brister, 29, sold counterfeit pills from a Tulsa apartment. Brister pleaded guilty to the same charge in May and is scheduled to be sentenced on Feb. 12.
`,
    expect: [
      { fact: "Tavion Brister CHARGED_WITH charge:conspiracy to possess with intent to distribute fentanyl", says: /Brister pleaded guilty to the same charge/ },
    ],
  },
]);

// A lede that describes before it names gives the one it names the post it describes, and now the body the post is
// in ("The former finance director of Quaymark Media has been jailed ... Vashti Pellworth, 49,"; "A cashier at
// Orrisdale Cooperative Bank ... was arrested"), never a student's college.
import { describeStories } from "./helpers.ts";

const publisher = "Publisher's finance chief jailed for fraud\n\nThe former finance director of Quaymark Media has been jailed for six years for stealing £3.2 million from the newspaper group.\n\nVashti Pellworth, 49, admitted fraud by abuse of position at Southwark Crown Court.\n\nQuaymark Media said it had recovered most of the money.";

describeStories("a lede's described post and its employer", [
  {
    style: "British broadsheet: 'The former finance director of X has been jailed', the name in the next sentence",
    text: publisher,
    facts: ["Vashti Pellworth -WORKS_FOR-> Quaymark Media"],
  },
  {
    style: "Indian daily (Pune edition): 'A cashier at X Cooperative Bank who allegedly siphoned Rs 2 crore was arrested'",
    text: "Bank cashier held for siphoning Rs 2 crore\n\nA cashier at Orrisdale Cooperative Bank who allegedly siphoned Rs 2 crore from dormant accounts was arrested on Tuesday.\n\nKelmscott Andervale, 34, was produced before a magistrate and remanded in police custody.",
    facts: ["Kelmscott Andervale -HOLDS_ROLE-> cashier", "Kelmscott Andervale -WORKS_FOR-> Orrisdale Cooperative Bank"],
  },
  {
    style: "Kenyan daily: 'A student at X College who sold forged degrees was jailed': a student works for no college",
    text: "Student jailed over forged degrees\n\nA student at Orrisdale College who sold forged degrees was jailed on Tuesday.\n\nKelmscott Andervale, 22, admitted fraud.",
    facts: ["Kelmscott Andervale -HOLDS_ROLE-> student"],
    not: ["Kelmscott Andervale -WORKS_FOR-> Orrisdale College"],
  },
]);

// Counsel told by a verb the rules did not read, and a client list that ran into the next clause: "X, defending Y,
// told the court", "X BL appeared on Y's behalf", "Appearing on behalf of Y, X said", and "X represents A and B
// represents C" (B is the second clause's lawyer, no client of X).
import { describeStories } from "./helpers.ts";

const charged = "Courier charged over parcel fraud\n\nDUBLIN - Temitope Birtwhistle, 38, was charged with fraud at the Criminal Courts of Justice on Tuesday.\n\n";

describeStories("counsel told by an unread verb", [
  {
    style: "Irish wire: 'X, defending Y, told the court' (a participle in apposition, the client named)",
    text: charged + "Lisbet Culshaw, defending Birtwhistle, told the court her client denied the charge.",
    facts: ["Lisbet Culshaw -REPRESENTS-> Temitope Birtwhistle"],
  },
  {
    style: "Irish regional weekly: 'X BL appeared on Y's behalf'",
    text: charged + "Lisbet Culshaw BL appeared on Birtwhistle's behalf and said no bail objection was expected.",
    facts: ["Lisbet Culshaw -REPRESENTS-> Temitope Birtwhistle"],
  },
  {
    style: "Australian court list: 'Appearing on behalf of Y, X told the court ...'",
    text: charged + "Appearing on behalf of Birtwhistle, Lisbet Culshaw told the court her client would plead not guilty.",
    facts: ["Lisbet Culshaw -REPRESENTS-> Temitope Birtwhistle"],
  },
  {
    style: "US business wire: 'X represents the company and Y represents the courier': the second lawyer is no client",
    text: "Courier and depot firm charged over parcel fraud\n\nTemitope Birtwhistle, 38, and his employer, Brackwater Freight Inc., were charged with fraud on Tuesday.\n\nLisbet Culshaw represents Brackwater Freight and Ashvin Sethuraman represents Birtwhistle.",
    facts: ["Lisbet Culshaw -REPRESENTS-> Brackwater Freight Inc.", "Ashvin Sethuraman -REPRESENTS-> Temitope Birtwhistle"],
    not: ["Lisbet Culshaw -REPRESENTS-> Ashvin Sethuraman"],
  },
]);

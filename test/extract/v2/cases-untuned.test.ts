// The case structure told in styles the corpora do not use (second round): a named court as the subject of its
// verdict ("have acquitted", its seat after it), ...
import { describeStories } from "./helpers.ts";

describeStories("courts that give their own verdicts", [
  {
    style: "Kenyan: a plural 'Law Courts' that 'have acquitted' a former MCA",
    text: "Former MCA freed\n\nThe Ngarimba Law Courts have acquitted former MCA Zebedee Muthoni of fraud.",
    facts: ["Zebedee Muthoni -DEFENDANT_IN-> Muthoni trial", "Muthoni trial -HELD_AT-> Ngarimba Law Courts", "Muthoni trial -RESULTED_IN-> Muthoni trial: not guilty"],
    not: ["Muthoni trial -RESULTED_IN-> Muthoni trial: guilty"],
  },
  {
    style: "Nigerian: a judge 'of the Federal High Court, Ashgill,' convicts, the court's seat after it",
    text: "Banker jailed\n\nJustice Obiageli Mwangaza of the Federal High Court, Ashgill, on Tuesday convicted a former bank executive, Olusegun Odunewu, of money laundering.",
    facts: ["Obiageli Mwangaza -PRESIDED_OVER-> Odunewu trial", "Odunewu trial -HELD_AT-> Federal High Court", "Olusegun Odunewu -DEFENDANT_IN-> Odunewu trial"],
    not: ["Obiageli Mwangaza -DEFENDANT_IN-> Odunewu trial"],
  },
  {
    style: "Nigerian: a judge of a state high court with a two-part seat acquits",
    text: "Trader freed\n\nJustice Obiageli Mwangaza of the Ashgill State High Court, Kilcrea, Mereworth, discharged and acquitted Olusegun Odunewu of armed robbery.",
    facts: ["Obiageli Mwangaza -PRESIDED_OVER-> Odunewu trial", "Odunewu trial -RESULTED_IN-> Odunewu trial: not guilty"],
    not: ["Odunewu trial -RESULTED_IN-> Odunewu trial: guilty"],
  },
]);

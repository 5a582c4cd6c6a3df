// Ledes that count the accused as one described person and a group ("A county officer and two traders were
// charged ..."), then name them in the next sentences: each named accused takes the lede's charge, and no one
// else (the magistrate named beside them, a relative named after them).
import { describeStories } from "./helpers.ts";

describeStories("a lede's one-and-a-group of accused", [
  {
    style: "Kenyan daily: 'A senior county agriculture officer and two traders were on Monday charged with conspiracy to defraud'",
    text: "Officer, traders charged over fertiliser scam\n\nA senior Nakuru County agriculture officer and two traders were on Monday charged with conspiracy to defraud the county government of Sh48 million.\n\nMr Peter Wanjala Kimani, the county's deputy director of agriculture, appeared before Chief Magistrate Grace Chepkoech alongside businessmen Samuel Mutua and Dennis Ochieng Barasa.\n\nThey were released on a cash bail of Sh500,000 each.",
    facts: [
      "Peter Wanjala Kimani -CHARGED_WITH-> conspiracy to defraud the county government",
      "Samuel Mutua -CHARGED_WITH-> conspiracy to defraud the county government",
      "Dennis Ochieng Barasa -CHARGED_WITH-> conspiracy to defraud the county government",
    ],
    not: ["Grace Chepkoech -CHARGED_WITH-> conspiracy to defraud the county government"],
  },
  {
    style: "US wire: 'A doctor and two nurses were charged', the three named take it, the daughter named after them does not",
    text: "Clinic staff charged\n\nA doctor and two nurses were charged on Friday with manslaughter over a patient's death.\n\nDr Ines Gatterby and nurses Tom Wexmoor and Ana Petrakis were named in court papers. The patient's daughter, Lia Petrakis, said she was relieved.",
    facts: ["Ines Gatterby -CHARGED_WITH-> manslaughter", "Ana Petrakis -CHARGED_WITH-> manslaughter"],
    not: ["Lia Petrakis -CHARGED_WITH-> manslaughter"],
  },
]);

// How a civil suit ends and where it was tried, as Irish, British and American papers tell it: a
// court's jury that found a wrong done and awarded damages, a claim the same jury rejected, a suit
// told before its parties, and the defendants a suit named in a list with asides.
import { table } from "./helpers.ts";

const IRISH = `Rugby player ordered to pay €180,000 after jury finds he defamed nurse

Podcast host cleared in the same action

A High Court jury has found that rugby player Declan Gidley defamed Keelin Kerswell in a 2021 podcast and has awarded her €180,000 in damages.

The same jury rejected Ms Kerswell's claim that a second man, podcast host Kieran Dunne, had defamed her. Mr Dunne had denied any wrongdoing.

Ms Kerswell (29), a nurse from Tallaght, had sued both men. Ms Justice Orla Keane, who presided over the trial, thanked the jury.`;

const SUIT = "Keelin Kerswell v. Declan Gidley";

table("a civil verdict told by a court's jury", [
  {
    name: "Irish broadsheet: the High Court jury found one man liable and awarded damages, and rejected the claim against the other",
    text: IRISH,
    has: [
      `Keelin Kerswell -PLAINTIFF_IN-> ${SUIT}`,
      `Declan Gidley -DEFENDANT_IN-> ${SUIT}`,
      `Kieran Dunne -DEFENDANT_IN-> ${SUIT}`,
      `${SUIT} -HELD_AT-> High Court`,
      `${SUIT} -RESULTED_IN-> ${SUIT}: liable`,
      `${SUIT} -RESULTED_IN-> ${SUIT}: not liable`,
    ],
    not: ["Declan Gidley -PLAINTIFF_IN-> " + SUIT, "Keelin Kerswell -DEFENDANT_IN-> " + SUIT],
  },
  {
    name: "a passive finding by a jury in a named court",
    text: "Keelin Kerswell sued Declan Gidley in 2022. Gidley was found not liable by a jury in the High Court in Dublin.",
    has: [`${SUIT} -HELD_AT-> High Court in Dublin`, `${SUIT} -RESULTED_IN-> ${SUIT}: not liable`],
  },
  {
    name: "a jury that found a wrong not done awards nothing",
    text: "Keelin Kerswell sued Declan Gidley in 2022. The jury found that Declan Gidley had not defamed Keelin Kerswell and awarded her nothing.",
    not: [`${SUIT} -RESULTED_IN-> ${SUIT}: liable`],
  },
]);

table("where a suit was brought and whom it named", [
  {
    name: "trade press: the suit, filed in a court, is told before who brought it",
    text: "The breach of contract suit, filed Thursday in Kestrel County Superior Court, accuses director Ravi Appiah of fraud. Harlow Films sued Appiah after the shoot ran over budget.",
    has: ["Harlow Films v. Ravi Appiah -HELD_AT-> Kestrel County Superior Court"],
  },
  {
    name: "a criminal complaint filed in a court is no suit's",
    text: "Harlow Films sued Ravi Appiah in Marlow County Court in March. The criminal complaint, filed Thursday in Kestrel County Superior Court, accuses Appiah of fraud.",
    not: ["Harlow Films v. Ravi Appiah -HELD_AT-> Kestrel County Superior Court"],
  },
  {
    name: "retrospective: the families sued, naming the director, a studio in an aside and a producer; the suit was settled",
    text: "The families of two crew members had also sued for $50 million, naming director Ravi Appiah and his co-defendants, Harlow Films, which released the film, and producer Mina Dorsey. Days after the verdict, a judge disclosed that the suit had been settled out of court.",
    has: ["Ravi Appiah -DEFENDANT_IN-> Ravi Appiah", "Harlow Films -DEFENDANT_IN-> Ravi Appiah", "Mina Dorsey -DEFENDANT_IN-> Ravi Appiah", "Ravi Appiah -RESULTED_IN-> Ravi Appiah: settled"],
  },
  {
    name: "Guardian style: the one trial court the article names, where the suit's judge sits, hears the suit",
    text: "Mina Dorsey sued Harlow Films in June, claiming the series had defamed her. On Friday, Odile Mabery, a judge at the US district court for the district of Kestrel, refused the company's request to dismiss the claim.",
    has: ["Mina Dorsey v. Harlow Films -HELD_AT-> US district court"],
  },
  {
    name: "with a criminal court named as well, no court is taken for the suit",
    text: "Mina Dorsey sued Harlow Films in June. Separately, Ravi Appiah was convicted of fraud at Kestrel Crown Court. Odile Mabery, a judge at the Kestrel County Court, refused to dismiss Dorsey's claim.",
    not: ["Mina Dorsey v. Harlow Films -HELD_AT-> Kestrel Crown Court"],
  },
  {
    name: "British broadsheet: a libel trial at the high court, the one court the article names, is the suit's",
    text: "Briony Rook has lost her libel case against Cora Lowther. The five-day trial at the high court in London in May drew crowds of photographers.",
    has: ["Briony Rook v. Cora Lowther -HELD_AT-> high court in London"],
  },
]);

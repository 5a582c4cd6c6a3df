// Civil suits as trade and wire presses tell them: the defendants a complaint names, the court a
// complaint is filed in, a plaintiff settling her own suit, an earlier suit's verdict told beside
// the one reported, a film named after its director's possessive, and a suit told by whom it accuses or
// who brought it.
import { table } from "./helpers.ts";

table("a suit's parties, court and end, as the trade press tells them", [
  {
    name: "US trade press: the jury told with a civil verdict sat on the suit, not on the criminal trial the story reports",
    text: "Actor cleared in London\n\nDane Fennick was acquitted of sexual assault by a jury at Harrowgate Crown Court on Wednesday. Judge Mark Brisbury presided over the trial. In October, a jury in Manhattan federal court found him not liable in a $40 million lawsuit filed by actor Corin Salvesen.",
    has: ["Fennick trial -HELD_AT-> Harrowgate Crown Court", "Mark Brisbury -WORKS_FOR-> Harrowgate Crown Court"],
    not: ["Fennick trial -HELD_AT-> Manhattan federal court", "Mark Brisbury -WORKS_FOR-> Manhattan federal court"],
  },
  {
    name: "US trade press: 'the publisher of U.K. tabloid X' sues the paper, never the country",
    text: "Actor loses libel case\n\nDorian Faulke has lost his libel case against the publisher of U.K. tabloid The Morning Lantern, which called him a liar in a 2019 article.",
    has: ["Dorian Faulke -PLAINTIFF_IN-> Dorian Faulke v. The Morning Lantern"],
    not: ["U.K. -DEFENDANT_IN-> Dorian Faulke v. U.K."],
  },
  {
    name: "trade press: the complaint names three defendants, one of them a company's production arm",
    text: "Stuntwoman sues studio\n\nA stuntwoman has sued Pellucid Pictures over a fall on set.\n\nIona Rusk, 41, filed the complaint Monday in Carver County Superior Court. It names Pellucid, its production arm Wendle Films, and producer Abel Quist as defendants.",
    has: [
      "Iona Rusk -PLAINTIFF_IN-> Iona Rusk v. Pellucid Pictures",
      "Pellucid Pictures -DEFENDANT_IN-> Iona Rusk v. Pellucid Pictures",
      "Wendle Films -DEFENDANT_IN-> Iona Rusk v. Pellucid Pictures",
      "Abel Quist -DEFENDANT_IN-> Iona Rusk v. Pellucid Pictures",
      "Iona Rusk v. Pellucid Pictures -HELD_AT-> Carver County Superior Court",
    ],
  },
  {
    name: "a complaint that does not name someone as a defendant makes no defendant",
    text: "Iona Rusk sued Pellucid Pictures in Carver County Superior Court. The complaint does not name producer Abel Quist as a defendant.",
    has: ["Pellucid Pictures -DEFENDANT_IN-> Iona Rusk v. Pellucid Pictures"],
    not: ["Abel Quist -DEFENDANT_IN-> Iona Rusk v. Pellucid Pictures"],
  },
  {
    name: "entertainment wire: the actor settles his own suit against the director",
    text: "Actor Tobin Mabery has settled his harassment lawsuit against director Odile Varga, days before it was due to go to trial.",
    has: ["Tobin Mabery -PLAINTIFF_IN-> Tobin Mabery v. Odile Varga", "Odile Varga -DEFENDANT_IN-> Tobin Mabery v. Odile Varga", "Tobin Mabery v. Odile Varga -RESULTED_IN-> Tobin Mabery v. Odile Varga: settled"],
    not: ["Odile Varga -PLAINTIFF_IN-> Tobin Mabery v. Odile Varga"],
  },
]);

table("a verdict in another suit is never the reported suit's", [
  {
    name: "a jury's finding years earlier against a company the complaint also names",
    text: "Suit filed\n\nIona Rusk sued Pellucid Pictures and its production arm Wendle Films in Carver County Superior Court on Monday.\n\nIn 2019 a jury in the same court found Wendle Films liable for a crew member's injuries on another shoot.",
    has: ["Wendle Films -DEFENDANT_IN-> Iona Rusk v. Pellucid Pictures"],
    not: ["Iona Rusk v. Pellucid Pictures -RESULTED_IN-> Iona Rusk v. Pellucid Pictures: liable"],
  },
  {
    name: "two suits by different people against different companies stay two",
    text: "Iona Rusk sued Pellucid Pictures in March. A jury later found Garnet Media liable for defamation.",
    not: ["Garnet Media -DEFENDANT_IN-> Iona Rusk v. Pellucid Pictures", "Iona Rusk v. Pellucid Pictures -RESULTED_IN-> Iona Rusk v. Pellucid Pictures: liable"],
  },
]);

table("a film after its director's possessive", [
  {
    name: "the actor starred in the director's thriller: the title is the film, the director is no film",
    text: "Actor Tobin Mabery sued director Odile Varga. Mabery, who starred in Varga's 2019 thriller \"Salt Orchard,\" accused the director of groping him.",
    has: ["Tobin Mabery -ACTED_IN-> Salt Orchard"],
    not: ["Tobin Mabery -ACTED_IN-> Varga", "Odile Varga -HOLDS_ROLE-> director of groping"],
  },
]);

table("a suit won or lost by the one who brought it", [
  {
    name: "Australian broadcaster: 'has lost his defamation case against' the network and its presenter",
    text: "Former political staffer Ben Hibbert has lost his defamation case against broadcaster Channel Nine and presenter Lisa Marr. Justice Owen Kade of the Federal Court found on Monday that the allegation was substantially true.",
    has: [
      "Ben Hibbert -PLAINTIFF_IN-> Ben Hibbert v. Channel Nine",
      "Lisa Marr -DEFENDANT_IN-> Ben Hibbert v. Channel Nine",
      "Ben Hibbert v. Channel Nine -RESULTED_IN-> Ben Hibbert v. Channel Nine: not liable",
    ],
  },
  {
    name: "British tabloid: the one who 'won her libel case against' the other had been sued by her, so the sides are not swapped",
    text: "Footballer's wife Cora Lowther has won her libel case against Briony Rook at the High Court in London. Mrs Justice Ada Belmore ruled that the post was substantially true. Rook had sued Lowther over the post in 2020.",
    has: ["Briony Rook -PLAINTIFF_IN-> Briony Rook v. Cora Lowther", "Cora Lowther -DEFENDANT_IN-> Briony Rook v. Cora Lowther"],
    not: [
      "Cora Lowther -PLAINTIFF_IN-> Cora Lowther v. Briony Rook",
      "Briony Rook -DEFENDANT_IN-> Cora Lowther v. Briony Rook",
      "Cora Lowther v. Briony Rook -RESULTED_IN-> Cora Lowther v. Briony Rook: liable",
      "Briony Rook -WORKS_FOR-> High Court in London",
    ],
  },
  {
    name: "AP wire: the one a lawsuit accuses is sued; the suit later names his company",
    text: "NEW YORK (AP) — A former model, Lucia Varga, filed a lawsuit Tuesday accusing fashion executive Rowan Teague of sexual assault. The suit also names Teague's company, Vantor Holdings, as a defendant.",
    has: [
      "Lucia Varga -PLAINTIFF_IN-> Lucia Varga v. Rowan Teague",
      "Rowan Teague -DEFENDANT_IN-> Lucia Varga v. Rowan Teague",
      "Vantor Holdings -DEFENDANT_IN-> Lucia Varga v. Rowan Teague",
    ],
    not: ["Rowan Teague -PLAINTIFF_IN-> Lucia Varga v. Rowan Teague"],
  },
  {
    name: "Malaysian daily: a suit brought by a singer against a paper the rules do not name is still hers",
    text: "KUALA LUMPUR: The High Court on Monday dismissed a defamation suit brought by singer Aina Roslan against a Malay daily over a 2021 report.",
    has: ["Aina Roslan -PLAINTIFF_IN-> Aina Roslan lawsuit"],
    not: ["Aina Roslan -DEFENDANT_IN-> Aina Roslan lawsuit"],
  },
  {
    name: "South African daily: a man who 'did not commit' a murder still won the finding after it; his suit against an office is his",
    text: "A Durban man who spent 14 months in custody for a murder he did not commit has been awarded R1.2 million in damages after the KwaZulu-Natal High Court found the Minister of Police liable for his unlawful arrest. Lwazi Nkosana, 38, sued the minister and the National Director of Public Prosecutions in 2021.",
    has: [
      "Lwazi Nkosana -PLAINTIFF_IN-> Lwazi Nkosana v. Minister of Police",
      "Minister of Police -DEFENDANT_IN-> Lwazi Nkosana v. Minister of Police",
      "Lwazi Nkosana v. Minister of Police -RESULTED_IN-> Lwazi Nkosana v. Minister of Police: liable",
    ],
    not: ["of Public Prosecutions -HOLDS_ROLE-> director"],
  },
  {
    name: "a finding in a negated clause is none",
    text: "The High Court did not find the Minister of Police liable for the arrest of Lwazi Nkosana.",
    has: [],
    not: ["Minister of Police -DEFENDANT_IN-> Minister of Police"],
  },
  {
    name: "Cape Town daily: a judge 'found that' a firm was vicariously liable; the plaintiff named by the word for one",
    text: "The Western Cape High Court has held a private security company liable for injuries a bystander suffered during a robbery. Acting Judge Pieter Venwyk found that Shieldline Guarding was vicariously liable for the conduct of its employee. The plaintiff, Ayanda Mbeleni, 29, had claimed R3 million.",
    has: [
      "Ayanda Mbeleni -PLAINTIFF_IN-> Ayanda Mbeleni v. Shieldline Guarding",
      "Shieldline Guarding -DEFENDANT_IN-> Ayanda Mbeleni v. Shieldline Guarding",
      "Ayanda Mbeleni v. Shieldline Guarding -RESULTED_IN-> Ayanda Mbeleni v. Shieldline Guarding: liable",
      "Pieter Venwyk -PRESIDED_OVER-> Ayanda Mbeleni v. Shieldline Guarding",
    ],
    not: ["Ayanda Mbeleni -DEFENDANT_IN-> Ayanda Mbeleni v. Shieldline Guarding"],
  },
  {
    name: "US metro daily: a jury's finding that a firm retaliated against a former employee is a suit she won; her lawyers and the firm's",
    text: "Jury awards $4.2 million to former dispatcher\n\nA Marrowfield County jury on Thursday awarded $4.2 million to a former dispatcher who said she was fired from a suburban haulage company after complaining about harassment.\n\nThe jury found that Lakeview Haulage Inc. retaliated against Denise Palmer, 47, of Joliet, when it fired her in 2021. Palmer's attorney, Kenneth Roush, said the verdict sent a message. An attorney for the company, Laura Hallworth, said it would appeal. Judge Raymond Tello presided over the eight-day trial.",
    has: [
      "Denise Palmer -PLAINTIFF_IN-> Denise Palmer v. Lakeview Haulage Inc.",
      "Lakeview Haulage Inc. -DEFENDANT_IN-> Denise Palmer v. Lakeview Haulage Inc.",
      "Denise Palmer v. Lakeview Haulage Inc. -RESULTED_IN-> Denise Palmer v. Lakeview Haulage Inc.: liable",
      "Raymond Tello -PRESIDED_OVER-> Denise Palmer v. Lakeview Haulage Inc.",
    ],
    not: ["Denise Palmer -DEFENDANT_IN-> Denise Palmer v. Lakeview Haulage Inc.", "Laura Hallworth -REPRESENTS-> Denise Palmer"],
  },
  {
    name: "trap: a jury's finding that a firm had not defamed a critic, and one that a man killed his neighbour, are no civil wins",
    text: "Verdicts\n\nThe jury found that Lakeview Media had not defamed Denise Palmer. In another case, a jury found that Kenneth Roush killed his neighbour.",
    not: ["Denise Palmer -PLAINTIFF_IN-> Denise Palmer v. Lakeview Media", "Kenneth Roush -DEFENDANT_IN-> his neighbour v. Kenneth Roush"],
  },
  {
    name: "trap: Belfast paper: a civil claim for damages against a nurse acquitted of manslaughter charges her with nothing",
    text: "Family sues nurse cleared of manslaughter\n\nBrona Quilty, 52, was acquitted of manslaughter by gross negligence in 2024. The patient's widow has now filed a civil claim for damages against Ms Quilty and the Lisnagarvey Health Trust at the High Court in Belfast.",
    has: ["Brona Quilty -CHARGED_WITH-> manslaughter by gross negligence"],
    not: ["Brona Quilty -CHARGED_WITH-> damages"],
  },
  {
    name: "US business wire: a company settles a suit brought by its former executive, who is named only in the next sentence",
    text: "Streamer settles pay lawsuit\n\nLOS ANGELES — Kestwick Inc. has settled a lawsuit brought by its former head of programming, who alleged she was paid less than male colleagues, according to a court filing on Tuesday. Ottoline Halvard sued Kestwick in 2023, accusing it of gender discrimination.",
    has: ["Ottoline Halvard -PLAINTIFF_IN-> Ottoline Halvard v. Kestwick Inc.", "Ottoline Halvard v. Kestwick Inc. -RESULTED_IN-> Ottoline Halvard v. Kestwick Inc.: settled"],
  },
  {
    name: "US trade press: a producer settles a suit named by its kind in two words ('a sexual harassment lawsuit'), its plaintiff named later",
    text: "Producer settles harassment suit ahead of trial\n\nVeteran film producer Carl Wendover has settled a sexual harassment lawsuit brought by his former assistant, days before the case was due to go to trial.\n\nThe terms were not disclosed. The suit, filed in 2023 by Nora Whitby, accused Wendover of creating a hostile work environment.",
    has: ["Nora Whitby v. Carl Wendover -RESULTED_IN-> Nora Whitby v. Carl Wendover: settled", "Carl Wendover -DEFENDANT_IN-> Nora Whitby v. Carl Wendover"],
  },
]);

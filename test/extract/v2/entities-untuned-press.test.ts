// Capitalised spans of press styles no corpus was tuned on (Kenyan, Irish, Canadian, British tabloid and
// broadsheet, US wire, entertainment trade press): organisations that read as people, bodies named over
// "and", programmes, podcasts and a body's units. Each story says what each span is, and what it is not.
import { describeStories, relationLines, story } from "./helpers.ts";

const read = (text: string) => {
  const s = story(text);
  return [...s.entities.map((e) => `${e.type} ${e.label}`), ...relationLines(s)];
};

describeStories("entities in untuned press styles", [
  {
    style: "Kenyan daily: a utility named after its country, and a commission of two words over 'and'",
    text: "A former Kenya Power official, Wendric Ezenwa, was charged with abuse of office. The Ethics and Anti-Corruption Commission said he approved the payments.",
    facts: ["Organization Kenya Power", "Organization Ethics and Anti-Corruption Commission", "Person Wendric Ezenwa"],
    not: ["Person Kenya Power", "Organization Anti-Corruption Commission"],
  },
  {
    style: "British tabloid: a regulator named over 'and' is one body",
    text: "Nurse Carrowden Maltsby, 46, was jailed for theft. The Nursing and Midwifery Council said it would review her registration.",
    facts: ["Organization Nursing and Midwifery Council"],
    not: ["Organization Midwifery Council"],
  },
  {
    style: "Irish broadsheet: the police service's Irish name is a body, and a TD is a legislator",
    text: "Detective Garda Ciarán Doonan told the court that An Garda Síochána had recovered the cash. Fianna Fáil TD Eamon Rathmore welcomed the sentence.",
    facts: ["Organization Garda Síochána", "Person Eamon Rathmore", "Eamon Rathmore -HOLDS_ROLE-> legislator"],
    not: ["Person Síochána", "Person Fianna Fáil TD Eamon Rathmore"],
  },
  {
    style: "US wire: banks with two words that read as a person's name",
    text: "Ullswick Tellweather, 57, was convicted of insider trading. Goldman Sachs and Morgan Stanley were not accused of wrongdoing.",
    facts: ["Organization Goldman Sachs", "Organization Morgan Stanley"],
    not: ["Person Goldman Sachs", "Person Morgan Stanley"],
  },
  {
    style: "Canadian press: a brokerage named like a person in apposition, and a department named for its country",
    text: "Vantreece Haverleigh worked for Drabwell Fenrose, a Bay Street brokerage, until 2019. A former official with Public Services and Procurement Canada was charged with breach of trust.",
    facts: ["Organization Drabwell Fenrose"],
    not: ["Person Drabwell Fenrose", "Person Procurement Canada"],
  },
  {
    style: "entertainment trade press: a lawyer's firm after 'of', a talent agency after 'his agent at', and an agency's letters that open a sentence",
    text: "Marlbeck Pictures is represented by Gail Okerlund of Saltings Gilfoyle. His agent at Eskerby Talent said he would appeal.\n\nCAA, which represents him, declined to comment.",
    facts: ["Organization Saltings Gilfoyle", "Organization Eskerby Talent", "Organization CAA"],
    not: ["Person Saltings Gilfoyle", "Person Eskerby Talent"],
  },
  {
    style: "British tabloid: a soap on a broadcaster's channel is the show, without the broadcaster's possessive",
    text: "Soap star Kinvarra Lisvane, who plays Dr Reuben Fry in ITV's Merrowdale Heights, was fined £2,000 for assault.",
    facts: ["Film Merrowdale Heights"],
    not: ["Film ITV's Merrowdale Heights"],
  },
  {
    style: "British broadsheet: programmes she appeared on, and a newspaper's podcast, are no one and no court",
    text: "Maren Saltings appeared on BBC Quaymoor and Good Morning Cobbridge before she was charged with fraud. Listen to our podcast, The Court Hour, on Spotify.",
    facts: ["Person Maren Saltings"],
    not: ["Person BBC Quaymoor", "Person Good Morning Cobbridge", "Court Court Hour"],
  },
  {
    style: "London live blog: a unit named by its work is no one",
    text: "A councillor has been charged with misconduct in public office, police said. Cllr Fenrose Gilfoyle was charged after an investigation by the Metropolitan Police's Specialist Crime unit.",
    facts: [],
    not: ["Person Specialist Crime"],
  },
  {
    style: "South African daily: a close corporation's name ends in a lower-case 'cc'",
    text: "Tsebo Ntsako, 48, is accused of defrauding the rail agency. Police said Ntsako Transport cc had been paid twice.",
    facts: ["Organization Ntsako Transport"],
    not: ["Person Ntsako Transport"],
  },
  {
    style: "Irish broadsheet: an office named after its holder's post is one body",
    text: "Ardagh Kilbrack, 55, pleaded guilty to theft. The Office of the Director of Corporate Enforcement was also involved.",
    facts: ["Organization Office of the Director of Corporate Enforcement"],
    not: ["Organization Office of the Director", "Organization Corporate Enforcement"],
  },
  {
    style: "Singapore daily: a regulator opened by 'Accounting' before 'and' is one body",
    text: "Quillfeather Tamblyn was charged with cheating. The Accounting and Corporate Regulatory Authority assisted the police.",
    facts: ["Organization Accounting and Corporate Regulatory Authority"],
    not: ["Organization Accounting", "Organization Corporate Regulatory Authority"],
  },
  {
    style: "Australian news site: related headlines about a man and a woman, and a credit for additional reporting, name no one",
    text: "Yeowell Brisbanks, 30, was jailed for dangerous driving.\n\nRelated Coverage\n\nMan charged over Bondi stabbing\n\nWoman jailed for Gold Coast crash\n\nAdditional reporting by Tsebo Kilbrack.",
    facts: ["Person Yeowell Brisbanks"],
    not: ["Person Man", "Person Woman", "Person Tsebo Kilbrack"],
  },
  {
    style: "Hong Kong daily: a commission named 'Against' what it fights is one body, and a bank of two words is no one",
    text: "Yarnell Ostwick, 34, was convicted of fraud. The Independent Commission Against Smuggling brought the case. He had deceived Standard Chartered.",
    facts: ["Organization Independent Commission Against Smuggling", "Organization Standard Chartered"],
    not: ["Organization Independent Commission", "Person Standard Chartered"],
  },
  {
    style: "British broadsheet: a department that opens its sentence keeps its first word",
    text: "Three men were charged with people smuggling. Home Office minister Fenmarch Hollinrake said the arrests showed the system worked.",
    facts: ["Organization Home Office", "Fenmarch Hollinrake -WORKS_FOR-> Home Office"],
    not: ["Organization Office"],
  },
  {
    style: "entertainment trade press: a streamer's possessive before a quoted title is the owner, the title the show; a management firm named 'Artists' is no one",
    text: "Actor Brackenby Orlebar, who starred in Netflix's \"Wickmere Nights\", has been sued by his former manager, Coldharbour Artists, for unpaid commissions.",
    facts: ["Film Wickmere Nights", "Organization Coldharbour Artists"],
    not: ["Film Netflix", "Person Coldharbour Artists", "Coldharbour Artists -HOLDS_ROLE-> manager"],
  },
  {
    style: "New Zealand press: government agencies with Māori names are bodies, no one",
    text: "Rangiora Quelling, 27, was convicted of manslaughter. Te Whatu Ora and Oranga Tamariki declined to comment.",
    facts: ["Organization Te Whatu Ora", "Organization Oranga Tamariki"],
    not: ["Person Te Whatu Ora", "Person Oranga Tamariki"],
  },
], read);

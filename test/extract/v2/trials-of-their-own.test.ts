// Co-defendants and parties given trials or suits of their own, as long reports tell them after the main
// case: "will face a separate trial", "is awaiting trial", "the trial of his co-accused, X, is due to begin",
// "is being sued by".
import { describeStories } from "./helpers.ts";

const BROADSHEET = `Property developer jailed after retrial for pension fraud

A property developer who persuaded retired miners to move their savings into a failing housing scheme has been jailed for nine years, more than two years after his first trial collapsed.

Crispin Yelland, 58, was convicted in September of fraud by abuse of position following a nine-week retrial at Elmsbury Crown Court. He was sentenced on Thursday.

Peregrine Coultas KC, prosecuting, told jurors that the money was meant to be ring-fenced for the construction of 140 homes but was spent on a villa and a racing yacht.

His co-defendant, Marisa Trengrouse, the company's former finance director, will face a separate trial next year. She denies fraud and is on bail.

A third man, Denholm Ackroyd, a former council planning officer, is awaiting trial on a charge of misconduct in public office.`;

describeStories("trials of their own", [
  {
    style: "UK broadsheet: the co-defendant's separate trial and a third man awaiting his, after the main verdict",
    text: BROADSHEET,
    facts: [
      "Marisa Trengrouse -DEFENDANT_IN-> Trengrouse trial (to come)",
      "Denholm Ackroyd -DEFENDANT_IN-> Ackroyd trial (to come)",
      "Yelland trial -HELD_AT-> Elmsbury Crown Court",
    ],
    not: ["Marisa Trengrouse -DEFENDANT_IN-> Yelland trial", "Denholm Ackroyd -DEFENDANT_IN-> Yelland trial", "Peregrine Coultas -PROSECUTED-> Trengrouse trial (to come)"],
  },
  {
    style: "Irish report: 'faces a separate trial' at a named court",
    text: "Pair before court\n\nMarisa Trengrouse faces a separate trial at the Dromkeen Circuit Court on a charge of arson.",
    facts: ["Marisa Trengrouse -DEFENDANT_IN-> Trengrouse trial (to come)", "Trengrouse trial (to come) -HELD_AT-> Dromkeen Circuit Court"],
  },
  {
    style: "Canadian report: 'the trial of his co-accused, X, is due to begin'",
    text: "Accomplice convicted\n\nCrispin Yelland was convicted of robbery on Friday. The trial of his co-accused, Marisa Trengrouse, is due to begin in March.",
    facts: ["Marisa Trengrouse -DEFENDANT_IN-> Trengrouse trial (to come)"],
    not: ["Marisa Trengrouse -DEFENDANT_IN-> Yelland trial"],
  },
  {
    style: "trap: one who died while awaiting trial, and one who only may face a separate trial",
    text: "Case closed\n\nCrispin Yelland was awaiting trial when he died in March. Marisa Trengrouse may face a separate trial.",
    facts: [],
    not: ["Crispin Yelland -DEFENDANT_IN-> Yelland trial (to come)", "Marisa Trengrouse -DEFENDANT_IN-> Trengrouse trial (to come)"],
  },
  {
    style: "South African daily: 'the court acquitted a third accused, former finance officer X,' stood the one trial",
    text: "Ex-municipal manager jailed for tender fraud\n\nSello Dlamuka, 52, was convicted in the Limpopo High Court last month on charges of fraud, corruption and money laundering. The court acquitted a third accused, former chief financial officer Lindiwe Baloyi, on all counts.",
    facts: ["Lindiwe Baloyi -DEFENDANT_IN-> Dlamuka trial", "Sello Dlamuka -DEFENDANT_IN-> Dlamuka trial"],
    not: ["Lindiwe Baloyi -DEFENDANT_IN-> Baloyi trial"],
  },
  {
    style: "Kenyan daily: 'The court, however, acquitted his co-accused, a procurement officer, Ms X,' after the magistrate's conviction",
    text: "Former county official jailed for graft\n\nChief magistrate Eunice Jeptoo found Mr Daniel Kibet guilty of abuse of office over payments of Sh48 million. The court, however, acquitted his co-accused, a procurement officer, Ms Njeri Nyambura, saying the prosecution had failed to prove its case against her.",
    facts: ["Njeri Nyambura -DEFENDANT_IN-> Kibet trial", "Daniel Kibet -DEFENDANT_IN-> Kibet trial"],
    not: ["Njeri Nyambura -DEFENDANT_IN-> Wanjiru trial", "Njeri Nyambura -CHARGED_WITH-> abuse of office"],
  },
  {
    style: "trade press: a firm 'is being sued by' a customer",
    text: "Builder in court\n\nCurlew Fold Homes is being sued by Bryony Athelstan over the collapse of a garden wall.",
    facts: ["Curlew Fold Homes -DEFENDANT_IN-> Bryony Athelstan v. Curlew Fold Homes", "Bryony Athelstan -PLAINTIFF_IN-> Bryony Athelstan v. Curlew Fold Homes"],
  },
]);

describeStories("witnesses told by a fronted participle of the questioning", [
  {
    style: "UK broadsheet: 'Cross-examined by X's barrister, Y denied'",
    text: "Bookkeeper's evidence\n\nCrispin Yelland is on trial at Elmsbury Crown Court accused of fraud.\n\nCross-examined by Yelland's barrister, Bryony Athelstan denied that she had a grudge against her former employer.",
    facts: ["Bryony Athelstan -TESTIFIED_IN-> Yelland trial"],
    not: ["Bryony Athelstan -DEFENDANT_IN-> Yelland trial"],
  },
  {
    style: "Irish report: 'Called by the State, Y said'",
    text: "Pensioner's evidence\n\nCrispin Yelland is on trial at the Dromkeen Circuit Court accused of theft. Called by the State, Ferdie Mowbray said he had signed the papers at his kitchen table.",
    facts: ["Ferdie Mowbray -TESTIFIED_IN-> Yelland trial"],
  },
  {
    style: "trap: one questioned by police gives no evidence",
    text: "Pensioner questioned\n\nCrispin Yelland is on trial at Elmsbury Crown Court accused of fraud. Questioned by police in 2021, Ferdie Mowbray said he had signed the papers.",
    facts: [],
    not: ["Ferdie Mowbray -TESTIFIED_IN-> Yelland trial"],
  },
]);

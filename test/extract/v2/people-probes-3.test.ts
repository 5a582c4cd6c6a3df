// People in Kenyan, Nigerian, Indian and South African court reports, a third probe battery of invented
// stories (people-probes.test.ts and people-probes-2.test.ts have the first two): whose lawyer an aside's
// possessive names, a relative who testified against the accused, and prosecutors named by whom they appear
// for. The `not` rows hold what a careful reader would refuse.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Kenyan daily: 'X, through his advocate Y,' is X's advocate, not the officer named before",
    text: "Hon. Festus Mutuvi Okwaro was convicted of stealing county funds. The investigating officer, Sergeant Peter Kibet Rotich, said he had traced the money. Okwaro, through his advocate Jared Owino Anyango, said he would appeal.",
    facts: ["Jared Owino Anyango -REPRESENTS-> Festus Mutuvi Okwaro"],
    not: ["Jared Owino Anyango -REPRESENTS-> Peter Kibet Rotich"],
  },
  {
    style: "Indian daily: the victim's father testified against him (the accused), and is no defendant",
    text: "Sandeep Ghorpadkar was convicted of murdering Varsha Talekar on Monday. The victim's father, Madhukar Talekar, testified against him.",
    facts: ["Madhukar Talekar -TESTIFIED_IN-> Ghorpadkar trial", "Madhukar Talekar -RELATED_TO(father)-> Varsha Talekar"],
    not: ["Madhukar Talekar -DEFENDANT_IN-> Talekar trial", "Madhukar Talekar -TESTIFIED_IN-> Talekar trial"],
  },
  {
    style: "Indian daily: 'appearing for the state' is the prosecutor, not a witness who told the court",
    text: "Sandeep Ghorpadkar was convicted of murder on Monday. Niraj Pendharkar, appearing for the state, told the court the evidence was clear.",
    facts: ["Niraj Pendharkar -PROSECUTED-> Ghorpadkar trial"],
    not: ["Niraj Pendharkar -TESTIFIED_IN-> Ghorpadkar trial"],
  },
  {
    style: "Nigerian daily: 'who appeared for the prosecution'",
    text: "Chukwudi Anozie was convicted of fraud by the Federal High Court in Enugu. Tobi Adesanmi, who appeared for the prosecution, said the judgment was a warning.",
    facts: ["Tobi Adesanmi -PROSECUTED-> Anozie trial"],
  },
  {
    style: "Kenyan daily: 'a pharmacist with the board, X,' is a pharmacist; the board is whom she works with",
    text: "Hamisi Juma Mwakio was convicted of selling fake drugs. A pharmacist with the board, Rehema Atieno Otuoma, testified that the drugs were fake.",
    facts: ["Rehema Atieno Otuoma -HOLDS_ROLE-> pharmacist", "Rehema Atieno Otuoma -TESTIFIED_IN-> Mwakio trial"],
    not: ["Rehema Atieno Otuoma -HOLDS_ROLE-> board"],
  },
  {
    style: "Nigerian daily: 'the widow of the deceased' after her name is the victim's wife",
    text: "Tochukwu Anene was convicted of killing Ikenna Okonjo-Ume on Friday. Chiamaka Okonjo-Ume, the widow of the deceased, wept in court.",
    facts: ["Chiamaka Okonjo-Ume -RELATED_TO(wife)-> Ikenna Okonjo-Ume"],
  },
  {
    style: "Nigerian daily: 'the wife of the accused' and 'the convict's brother' are the one defendant's kin",
    text: "Chuka Ibeabuchi was convicted of fraud at the High Court in Enugu. Ibeabuchi had denied the charges. Ibeabuchi moved the money abroad, the court heard. Ibeabuchi will be sentenced in May. Ada Eze, the wife of the accused, testified against him. Obi Eze, the convict's younger brother, was acquitted.",
    facts: ["Ada Eze -RELATED_TO(wife)-> Chuka Ibeabuchi", "Obi Eze -RELATED_TO(brother)-> Chuka Ibeabuchi"],
  },
  {
    style: "South African daily: a legal aid body's attorney represents the accused, not the body",
    text: "Baraka Kiprotich Sang was convicted of robbery with violence. Sang was represented by Legal Aid South Africa attorney Lilian Kerubo Moraa.",
    facts: ["Lilian Kerubo Moraa -HOLDS_ROLE-> lawyer"],
    not: ["Lilian Kerubo Moraa -REPRESENTS-> Legal Aid South Africa"],
  },
  {
    style: "Nigerian daily: a court 'sitting in' a district of a city convicts, and the trial is held at it",
    text: "A Federal High Court sitting in Ikoyi, Lagos, on Thursday convicted Tamunosa Ekperigin of fraud and sentenced him to seven years in prison.",
    facts: ["Tamunosa Ekperigin -DEFENDANT_IN-> Ekperigin trial", "Ekperigin trial -HELD_AT-> Federal High Court in Ikoyi", "Tamunosa Ekperigin -CHARGED_WITH-> fraud"],
  },
  {
    style: "Nigerian daily: what the prosecution claimed, and the court found no proof of, ties no one as kin",
    text: "Folasade Fasheyitan, 44, was acquitted of forgery on Friday. The prosecution claimed she was the second wife of Adewunmi Korodapo, but the court found no proof.",
    facts: ["Folasade Fasheyitan -DEFENDANT_IN-> Fasheyitan trial"],
    not: ["Folasade Fasheyitan -RELATED_TO(wife)-> Adewunmi Korodapo"],
  },
];
describeStories("whose lawyer, witness or prosecutor in African and Indian court reports", ROWS);

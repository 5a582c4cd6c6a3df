// Pleas told before the counts they answer, and charges framed the Indian way: invented stories in
// Kenyan, Indian, British and US styles. Each row names the facts a reader would take from it (and,
// after "not", facts it must not yield).
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Korean English-language daily: 'admitted to all charges' is a guilty plea to each charge told before",
    text: "Heir admits smuggling\n\nBaek Seon-ho, 34, was charged with smuggling and possession of cannabis in October. Baek, who was arrested at the airport in September, admitted to all charges at the Veralda District Court.",
    facts: ["Baek Seon-ho pleads guilty -ON_CHARGE-> smuggling", "Baek Seon-ho pleads guilty -ON_CHARGE-> possession of cannabis"],
  },
  {
    style: "Australian broadcaster: the plea told as the second verb of the charge's sentence is to the charge it gave",
    text: "Defamation case dismissed\n\nMr Lehrton, 28, was charged in August 2021 with one count of sexual intercourse without consent and pleaded not guilty. His trial was aborted in 2022.",
    facts: ["Lehrton -ENTERED_PLEA-> Lehrton pleads not guilty", "Lehrton pleads not guilty -ON_CHARGE-> sexual intercourse without consent"],
  },
  {
    style: "British regional: '... and pleaded guilty at a magistrates' court' after the charge",
    text: "Driver admits offence\n\nTomas Ridder, 41, was charged with careless driving and pleaded guilty at Leeford Magistrates' Court on Monday.",
    facts: ["Tomas Ridder pleads guilty -ON_CHARGE-> careless driving"],
  },
  {
    style: "Kenyan court report: the accused plead not guilty, then each one's counts are listed",
    text: "A former county finance officer and a contractor have denied graft charges. Former finance officer Peter Kiprop and contractor Hassan Ali pleaded not guilty before Chief Magistrate Ruth Garley yesterday. Mr Kiprop faces three counts: conspiracy to commit an offence of corruption, abuse of office and money laundering. Mr Ali is charged with fraudulent acquisition of public property.",
    facts: ["Peter Kiprop pleads not guilty -ON_CHARGE-> money laundering", "Peter Kiprop pleads not guilty -ON_CHARGE-> abuse of office", "Hassan Ali pleads not guilty -ON_CHARGE-> fraudulent acquisition of public property"],
    not: ["Hassan Ali pleads not guilty -ON_CHARGE-> money laundering", "Peter Kiprop pleads not guilty -ON_CHARGE-> fraudulent acquisition of public property"],
  },
  {
    style: "Indian: charges framed by sections with their glosses, against 'both accused', who then plead not guilty",
    text: "The sessions court framed charges against builder Sunil Kale and engineer Farhan Qazi. Additional Sessions Judge Meena Gowda framed charges under Sections 304 (culpable homicide not amounting to murder) and 338 (causing grievous hurt by act endangering life or personal safety of others) of the Indian Penal Code against both accused. Both accused pleaded not guilty and claimed trial.",
    facts: ["Sunil Kale -CHARGED_WITH-> culpable homicide not amounting to murder", "Farhan Qazi -CHARGED_WITH-> causing grievous hurt", "Farhan Qazi pleads not guilty -ON_CHARGE-> culpable homicide not amounting to murder"],
    not: ["Meena Gowda -CHARGED_WITH-> culpable homicide not amounting to murder"],
  },
  {
    style: "British: a guilty plea at court, the one charge told after",
    text: "Tomas Ljung, 52, of Leeds, pleaded guilty at Kestleford Crown Court on Monday. He had been charged with causing death by dangerous driving.",
    facts: ["Tomas Ljung pleads guilty -ON_CHARGE-> causing death by dangerous driving"],
  },
  {
    style: "US regional: a guilty plea with two charges told after says not which it answered",
    text: "Tomas Ljung pleaded guilty on Monday. Ljung had been charged with fraud and forgery.",
    facts: ["Tomas Ljung -CHARGED_WITH-> forgery"],
    not: ["Tomas Ljung pleads guilty -ON_CHARGE-> fraud", "Tomas Ljung pleads guilty -ON_CHARGE-> forgery"],
  },
  {
    style: "wire: a not-guilty plea and a later admission: the first plea is given no count it did not name",
    text: "Tomas Ljung pleaded not guilty in 2023. He admitted fraud on Monday. Ljung had also been charged with forgery.",
    facts: ["Tomas Ljung pleads guilty -ON_CHARGE-> fraud", "Tomas Ljung -CHARGED_WITH-> forgery"],
    not: ["Tomas Ljung pleads not guilty -ON_CHARGE-> fraud", "Tomas Ljung pleads not guilty -ON_CHARGE-> forgery"],
  },
  {
    style: "wire: an earlier case's conviction is no count of today's plea",
    text: "Ljung back in court\n\nLONDON (Wire) - Tomas Ljung pleaded not guilty to forgery on Monday. Ljung was convicted of fraud in 2009 in a separate case.",
    facts: ["Tomas Ljung pleads not guilty -ON_CHARGE-> forgery"],
    not: ["Tomas Ljung pleads not guilty -ON_CHARGE-> fraud"],
  },
  {
    style: "Australian: a magistrate commits the accused to stand trial on a charge named the Victorian way",
    text: "A Melbourne magistrate committed Darren Cole, 31, to stand trial on charges of dangerous driving causing death. Cole will face the County Court in May.",
    facts: ["Darren Cole -CHARGED_WITH-> dangerous driving causing death", "Cole trial (to come) -TRIED_FOR-> dangerous driving causing death"],
  },
  {
    style: "US regional: 'entered not guilty pleas to all four counts of fraud'",
    text: "Tomas Ljung, 52, entered not guilty pleas to all four counts of fraud at his arraignment on Monday.",
    facts: ["Tomas Ljung -ENTERED_PLEA-> Tomas Ljung pleads not guilty", "Tomas Ljung pleads not guilty -ON_CHARGE-> fraud"],
  },
];

describeStories("pleas and framed charges", ROWS);

describeStories("a British guilty plea to 'kidnap', and an admission told after it", [
  {
    style: "BBC: 'had pleaded guilty to kidnap and rape in June and admitted murder in July'",
    text: "Serving police officer Wayne Carver had pleaded guilty to kidnap and rape in June and admitted murder in July.",
    facts: ["Wayne Carver -CHARGED_WITH-> kidnap", "Wayne Carver -CHARGED_WITH-> murder", "Wayne Carver pleads guilty -ON_CHARGE-> murder"],
  },
  {
    style: "British regional: an admission by someone else after the plea is not the defendant's",
    text: "Wayne Carver pleaded guilty to theft, and the police admitted failings in the inquiry.",
    facts: ["Wayne Carver -CHARGED_WITH-> theft"],
    not: ["Wayne Carver -CHARGED_WITH-> failings"],
  },
]);

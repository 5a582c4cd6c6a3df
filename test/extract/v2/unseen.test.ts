// What unseen court reports say in ways the extractor had not been tuned on: which count it was ("a
// second charge of"), when it happened after the offence ("last month"), a judge who acquits or
// directs an acquittal, pleas to all counts and denials of named counts. Invented stories in
// several styles; each row names the facts a reader would take from it (and, after "not", facts it
// must not yield).
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "US wire: 'a fourth count of' names which count, not the offence",
    text: "A jury found Delia Ashby guilty of three counts of aggravated murder. The 54-year-old was acquitted of a fourth count of attempted murder.",
    facts: ["Ashby trial: not guilty -ON_CHARGE-> attempted murder", "Delia Ashby -CHARGED_WITH-> attempted murder"],
    not: ["Delia Ashby -CHARGED_WITH-> fourth count of attempted murder"],
  },
  {
    style: "NZ court report: 'a fifth count' with no offence is no charge",
    text: "Ansel Lindgren was convicted of four counts of indecent assault. The jury found him not guilty of a fifth count.",
    facts: ["Lindgren trial: guilty -ON_CHARGE-> indecent assault"],
    not: ["Ansel Lindgren -CHARGED_WITH-> fifth", "Lindgren trial: not guilty -ON_CHARGE-> fifth"],
  },
  {
    style: "trade press: 'guilty of X last month' ends the offence before the date",
    text: "Judge Carla Vinas of the Bexar County Criminal Court found Dale Pruett, owner of Lodestar Hoist Co., guilty of criminally negligent homicide last month.",
    facts: ["Pruett trial: guilty -ON_CHARGE-> criminally negligent homicide", "Carla Vinas -PRESIDED_OVER-> Pruett trial"],
  },
  {
    style: "trade press: a relative clause between the defendant and an acquittal on a second charge",
    text: "Dale Pruett, 61, who had waived his right to a jury, was acquitted of a second charge of tampering with evidence.",
    facts: ["Pruett trial: not guilty -ON_CHARGE-> tampering with evidence"],
  },
  {
    style: "Australian broadcaster: a judge-alone trial's judge acquits on a second charge",
    text: "Delahunt Halloran was found guilty of manslaughter after a trial by judge alone. Justice Ottoline Barr acquitted Halloran of a second charge of failing to provide the necessities of life.",
    facts: ["Halloran trial: not guilty -ON_CHARGE-> failing to provide the necessities of life", "Halloran trial: guilty -ON_CHARGE-> manslaughter"],
    not: ["Halloran trial: guilty -ON_CHARGE-> failing to provide the necessities of life"],
  },
  {
    style: "BBC: a judge directs the jury to acquit on one count",
    text: "Kenan Odell was convicted of gross negligence manslaughter. Midway through the trial, Mr Justice Penrose directed the jury to acquit him of a charge of failing to maintain a safe vessel.",
    facts: ["Odell trial: not guilty -ON_CHARGE-> failing to maintain a safe vessel", "Odell trial: guilty -ON_CHARGE-> gross negligence manslaughter"],
  },
  {
    style: "BBC: a defence request for a directed acquittal is none",
    text: "Kenan Odell is on trial for gross negligence manslaughter. His barrister asked Mr Justice Penrose to direct the jury to acquit him of a charge of failing to maintain a safe vessel.",
    facts: [],
    not: ["Odell trial: not guilty -ON_CHARGE-> failing to maintain a safe vessel"],
  },
  {
    style: "BBC: 'pleaded not guilty to all counts' is a plea on every count the trial was on",
    text: "Kenan Odell was convicted of two counts of gross negligence manslaughter and acquitted of fraud at Truro Crown Court. Odell had pleaded not guilty to all counts.",
    facts: ["Kenan Odell pleads not guilty -ON_CHARGE-> gross negligence manslaughter", "Kenan Odell pleads not guilty -ON_CHARGE-> fraud"],
  },
  {
    style: "PTI: 'had denied one count of forgery' is a not guilty plea to it",
    text: "Vasant Rajwade, 58, a former bank manager, was committed to the sessions court. Rajwade had denied one count of forgery when he appeared before the magistrate last month.",
    facts: ["Vasant Rajwade -ENTERED_PLEA-> Vasant Rajwade pleads not guilty", "Vasant Rajwade pleads not guilty -ON_CHARGE-> forgery"],
  },
  {
    style: "tabloid: a denial of a deed in an interview is no plea",
    text: "Barry Elmwick, 72, was charged with fraud. In an interview with the paper, Elmwick denied taking the money.",
    facts: ["Barry Elmwick -CHARGED_WITH-> fraud"],
    not: ["Barry Elmwick -ENTERED_PLEA-> Barry Elmwick pleads not guilty"],
  },
  {
    style: "live blog: 'The jury has also found co-defendant X, her role, not guilty'",
    text: "Rupert Dalby has been found guilty of manslaughter. The jury has also found co-defendant Nadia Frame, the festival's former safety officer, not guilty of manslaughter.",
    // ("the jury" that convicted one: the co-defendant stood the same trial)
    facts: ["Dalby trial: not guilty -ON_CHARGE-> manslaughter", "Nadia Frame -DEFENDANT_IN-> Dalby trial", "Rupert Dalby -DEFENDANT_IN-> Dalby trial"],
    not: ["Nadia Frame -DEFENDANT_IN-> Frame trial"],
  },
  {
    style: "wire: 'The jury has convicted co-accused X of fraud'",
    text: "The jury has convicted co-accused Harish Kamble of fraud.",
    facts: ["Kamble trial: guilty -ON_CHARGE-> fraud"],
  },
  {
    style: "PTI: an accused committed to stand trial, his charges told in the next sentence",
    text: "Vasant Rajwade, 58, a former bank manager, was on Thursday committed to stand trial by a magistrate in Pune. He has been charged with cheating and forgery.",
    facts: ["Vasant Rajwade -DEFENDANT_IN-> Rajwade trial (to come)", "Rajwade trial (to come) -TRIED_FOR-> cheating", "Rajwade trial (to come) -TRIED_FOR-> forgery"],
  },
  {
    style: "British committal: not committed is no trial",
    text: "Vasant Rajwade, 58, was not committed to stand trial after the magistrate found no case to answer on a charge of fraud.",
    facts: [],
    not: ["Vasant Rajwade -DEFENDANT_IN-> Rajwade trial (to come)"],
  },
  {
    style: "British court report: a 'Charges:' box lists the counts, one per bulleted line",
    text: "Former trader denies fraud\n\nLONDON - Oren Vale, a former bond trader, pleaded not guilty at Kelmarsh Crown Court on Monday.\n\nCharges:\n- Count 1: fraud by abuse of position\n- Count 2: money laundering\n\nVale will stand trial in May.",
    facts: ["Oren Vale -CHARGED_WITH-> fraud by abuse of position", "Oren Vale -CHARGED_WITH-> money laundering", "Oren Vale pleads not guilty -ON_CHARGE-> money laundering"],
    not: ["Vale trial: guilty -ON_CHARGE-> money laundering"],
  },
  {
    style: "British tabloid: 'The mother-of-two' carries the verdict of the woman the story is about",
    text: "Nurse jailed\n\nKara Mendel, 45, took cash from the homes of elderly patients in Leeds, the court heard. Mendel was arrested after a neighbour, Dan Cole, noticed rings missing. Prosecutor Alan Iveson said Mendel had targeted the vulnerable. Mendel wept in the dock. The mother-of-two was convicted of six counts of theft after a trial at Kestleford Crown Court.",
    facts: ["Mendel trial: guilty -ON_CHARGE-> theft", "Kara Mendel -DEFENDANT_IN-> Mendel trial"],
  },
  {
    style: "Australian tabloid: 'the grandfather-of-four' past a woman named between means the man",
    text: "Barry Elmwick, 72, posed as a pilot on dating websites. Elmwick told his victims he needed cash. Elmwick was arrested in March. One victim, widow Gwen Corwell, lost $180,000. The grandfather-of-four had pleaded not guilty to fraud.",
    facts: ["Barry Elmwick -ENTERED_PLEA-> Barry Elmwick pleads not guilty"],
    not: ["Gwen Corwell -ENTERED_PLEA-> Gwen Corwell pleads not guilty"],
  },
  {
    style: "British tabloid: an epithet whose gender does not fit the story's subject is no one",
    text: "Kara Mendel, 45, took cash from patients. Mendel was arrested in May. Mendel wept in the dock. Mendel's lawyer spoke. The father-of-two was convicted of theft.",
    facts: [],
    not: ["Mendel trial: guilty -ON_CHARGE-> theft"],
  },
  {
    style: "PTI: 'will stand trial with him' is not its own subject, so the next 'his counsel' is the first accused's",
    text: "Prakash Nimbalkar, 61, a former branch head of the Sahyadri Cooperative Credit Society, was committed to the sessions court by Judicial Magistrate First Class A K Corbury. He has been charged with criminal breach of trust. Co-accused Nitin Daldale, a contractor, will stand trial with him on charges of cheating and conspiracy. The former branch head had denied a count of forgery before the magistrate in October, his lawyer Advocate Sunil Patwardhan said.",
    facts: ["Sunil Patwardhan -REPRESENTS-> Prakash Nimbalkar"],
    not: ["Sunil Patwardhan -REPRESENTS-> Nitin Daldale"],
  },
  {
    style: "Times of India: an IPC offence with 'by a public servant' in its name does not end the list",
    text: "Vasant Rajwade has been charged with cheating, criminal breach of trust by a public servant and forgery under the Indian Penal Code.",
    facts: ["Vasant Rajwade -CHARGED_WITH-> criminal breach of trust by a public servant", "Vasant Rajwade -CHARGED_WITH-> forgery"],
  },
  {
    style: "AP sentencing: 'X had pleaded not guilty' after the jury's counts denies those counts",
    text: "A jury convicted Jonah Trask in November of seven counts of fraud and conspiracy after a monthlong trial.\n\nTrask had pleaded not guilty. His lawyer said he would appeal.",
    facts: ["Jonah Trask pleads not guilty -ON_CHARGE-> fraud", "Jonah Trask pleads not guilty -ON_CHARGE-> conspiracy"],
  },
  {
    style: "Kenyan daily: an appeal court 'has quashed' a conviction of a described defendant and ordered a fresh trial; a court 'had dismissed' the first appeal",
    text: "The Court of Appeal in Eldoret has quashed the conviction of businessman Amos Kiprotich Ruto for obtaining land by false pretences and ordered a fresh trial.\n\nMr Ruto had been found guilty in 2022. The High Court had dismissed his first appeal in 2023.",
    facts: ["Court of Appeal in Eldoret -RULED-> Amos Kiprotich Ruto: appeal overturned", "Amos Kiprotich Ruto -DEFENDANT_IN-> Ruto retrial", "High Court -RULED-> Amos Kiprotich Ruto: appeal upheld"],
  },
  {
    style: "US legal trade: a fund called by its first word alone ('Brevard's former COO') is the fund named in full",
    text: "A federal jury found the founder of Brackwater Capital Partners liable for fraud.\n\nBrackwater's former chief operating officer, Dana Kilgour, testified against him.",
    facts: ["Dana Kilgour -WORKS_FOR-> Brackwater Capital Partners"],
  },
  {
    style: "US local TV: 'aggravated DUI' is one offence, a judge 'who set his trial for Aug. 11' plans it, and the copyright line names no one",
    text: "Cody Ray Hensley, 33, is charged with two counts of vehicular manslaughter and one count of aggravated DUI.\n\nHensley appeared in Ada County District Court before Judge Teresa Vollmer, who set his trial for Aug. 11.\n\nCopyright 2025 KTVB. All Rights Reserved.",
    facts: ["Cody Ray Hensley -CHARGED_WITH-> aggravated DUI", "Cody Ray Hensley -DEFENDANT_IN-> Hensley trial (to come)"],
    not: ["Cody Ray Hensley -CHARGED_WITH-> aggravated", "Teresa Vollmer -PRESIDED_OVER-> Hensley trial (to come)"],
  },
  {
    style: "US local TV: the deaths a charge is 'in connection with' ('the crash that killed X, 41, and her son Y, 15') are its complainants",
    text: "Cody Hensley is charged with two counts of vehicular manslaughter in connection with the Jan. 4 crash that killed Angela Moreno, 41, and her son Lucas Moreno, 15.",
    facts: ["vehicular manslaughter -ALLEGED_VICTIM-> Angela Moreno", "vehicular manslaughter -ALLEGED_VICTIM-> Lucas Moreno"],
  },
];

describeStories("unseen phrasings of counts, dates and judges' acquittals", ROWS);

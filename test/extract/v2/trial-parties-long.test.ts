// Trials and their parties across long reports: witnesses told many sentences after the defendant's last case event,
// civil suits told in several pieces, courts named once. Each story is invented; each row names the facts a reader
// would take from it (and, after "not:", facts it must not yield).
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "UK broadsheet, two trials in one report: a witness heard a long background paragraph after the second defendant's trial is told testified at that one",
    text: "Pension fund trials: week two\n\nTwo former directors of a collapsed engineering firm are standing trial this month. Godric Wrexley, 58, went on trial at Kestlemoor Crown Court on Monday accused of fraud by abuse of position. He denies the charge.\n\nIn a separate trial, his former finance director, Perpetua Brackenridge, 49, went on trial on Tuesday accused of false accounting. She also denies the charge.\n\nThe firm, which made pumps for the water industry, collapsed in 2019. Some 400 staff lost most of their pensions. Many of them have sat in the public gallery every day. The company's auditors resigned a year before the collapse. The pension regulator later opened an inquiry. Its report was published in 2022. It found that the scheme had been raided for five years. Former staff have campaigned for compensation ever since.\n\nOn Wednesday the jury heard from Leofric Innescourt, who worked under Ms Brackenridge in the accounts department. He said she had told him to backdate transfers. Under cross-examination, he accepted that he had kept no notes.\n\nThe trials continue.",
    facts: ["Leofric Innescourt -TESTIFIED_IN-> Brackenridge trial", "Perpetua Brackenridge -DEFENDANT_IN-> Brackenridge trial", "Godric Wrexley -DEFENDANT_IN-> Wrexley trial"],
    not: ["Leofric Innescourt -TESTIFIED_IN-> Wrexley trial", "Leofric Innescourt -DEFENDANT_IN-> Brackenridge trial"],
  },
  {
    style: "US trade press, two suits over one film set: a witness testified in the suit whose trial the paragraphs before told of, not the other one told earlier",
    text: "Stunt crews take Thirlby Pictures to court\n\nTwo lawsuits over the same collapsed film set are now before the courts in Los Angeles.\n\nAraminta Voskamp, a camera operator, sued Thirlby Pictures in 2023, claiming the studio ignored warnings about the rig that fell on her. In a separate lawsuit, the stunt coordinator Drusilla Maskelyne sued Cinderford Mutual, the studio's insurer, over unpaid claims.\n\nVoskamp's suit went to trial on Monday in Tarnvale Superior Court. The rig was built by a contractor the studio hired in a hurry. It had failed an inspection twice. The studio says it was never told. Its lawyers say the contractor is to blame. The contractor has since gone out of business.\n\nOn Wednesday, a rigger, Wilhelmina Saltash, testified that she had warned producers the rig was unsafe. She said nobody had listened.",
    facts: ["Wilhelmina Saltash -TESTIFIED_IN-> Araminta Voskamp v. Thirlby Pictures", "Drusilla Maskelyne -PLAINTIFF_IN-> Drusilla Maskelyne v. Cinderford Mutual"],
    not: ["Wilhelmina Saltash -TESTIFIED_IN-> Drusilla Maskelyne v. Cinderford Mutual"],
  },
  {
    style: "Irish daily court round-up: three juries at the one court the report names, each trial held there",
    text: "Court round-up: three juries return verdicts\n\nThree juries sitting at Kilbrannagh Circuit Criminal Court returned verdicts this week.\n\nOn Monday, Padraig Quarrender, 34, from Drumcollogher, was found guilty of dangerous driving causing death. The jury took four hours. He will be sentenced in March.\n\nOn Wednesday, a second jury found Hortense Pimbury, 51, not guilty of theft from her employer. She wept as the verdict was read out.\n\nOn Thursday, Fiachra Eckersall, 27, was convicted of assault causing harm after a four-day trial. The victim told the court he still suffers headaches.",
    facts: ["Quarrender trial -HELD_AT-> Kilbrannagh Circuit Criminal Court", "Pimbury trial -HELD_AT-> Kilbrannagh Circuit Criminal Court", "Eckersall trial -HELD_AT-> Kilbrannagh Circuit Criminal Court"],
  },
  {
    style: "Irish daily court round-up naming a second court: no trial is given a court by default",
    text: "Court round-up: three juries return verdicts\n\nThree juries sitting at Kilbrannagh Circuit Criminal Court returned verdicts this week.\n\nOn Monday, Padraig Quarrender, 34, from Drumcollogher, was found guilty of dangerous driving causing death. The jury took four hours. He will be sentenced in March.\n\nOn Wednesday, a second jury found Hortense Pimbury, 51, not guilty of theft from her employer. She wept as the verdict was read out.\n\nOn Thursday, Fiachra Eckersall, 27, was convicted of assault causing harm after a four-day trial. The victim told the court he still suffers headaches.\n\nSeparately, at Ardnacrusha District Court, a 19-year-old man was fined for possession of cannabis.",
    facts: ["Padraig Quarrender -DEFENDANT_IN-> Quarrender trial"],
    not: ["Quarrender trial -HELD_AT-> Ardnacrusha District Court", "Pimbury trial -HELD_AT-> Ardnacrusha District Court"],
  },
  {
    style: "wire, a cooperating co-accused: one who pleaded guilty, told of just before her testimony, testified at the one trial the report tells of, told a background paragraph earlier",
    text: "Bribery trial hears from former aide\n\nThe trial of a former port commissioner accused of taking bribes entered its second week on Monday. Octavius Varnholt, 63, went on trial last week charged with corruption and money laundering. He denies both charges.\n\nMr Varnholt ran the port authority for 11 years. Shipping firms paid fees to use its berths. Auditors raised concerns about the fees in 2019. The authority's board ordered a review. The review was never published. Mr Varnholt retired the following year.\n\nHis former aide, Cordelia Saltmarsh, 44, was charged with corruption in 2022. She pleaded guilty to corruption in March and has yet to be sentenced. On Monday Ms Saltmarsh testified that she had collected cash from shipping agents on his behalf.",
    facts: ["Cordelia Saltmarsh -TESTIFIED_IN-> Varnholt trial", "Octavius Varnholt -DEFENDANT_IN-> Varnholt trial"],
    not: ["Cordelia Saltmarsh -DEFENDANT_IN-> Varnholt trial", "Octavius Varnholt -TESTIFIED_IN-> Varnholt trial"],
  },
];

describeStories("trial parties in long reports", ROWS);

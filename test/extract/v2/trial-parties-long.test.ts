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
];

describeStories("trial parties in long reports", ROWS);

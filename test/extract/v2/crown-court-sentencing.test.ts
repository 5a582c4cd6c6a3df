// A British regional report of a sentencing that tells two trials in passing: "Sentencing the pair at
// X Crown Court on Monday, Mr Justice Y said" (the judge who tried them, and where), "Z pleaded guilty
// on the first day of his trial" (he stood one), and "During her evidence W told the court" (the
// accused's own evidence). A sentencing after a plea alone is no trial. Invented stories.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British regional daily: a couple sentenced, one after a plea at trial, one after a retrial",
    text: "Former councillor Dorian Coyle and his ex-wife Petra Lisle have each been jailed for six months for perverting the course of justice.\n\n"
      + "Sentencing the pair at Harwick Crown Court on Monday, Mr Justice Alwyn Gresham said both had lied for years.\n\n"
      + "Coyle, 61, pleaded guilty on the first day of his trial last month.\n\n"
      + "Lisle, 58, pleaded not guilty. Her first trial collapsed when the jury failed to reach a verdict. A second jury convicted her last Thursday.\n\n"
      + "During her evidence Lisle told the court that Coyle had pressured her into taking the blame.",
    facts: ["Dorian Coyle -DEFENDANT_IN-> Coyle trial", "Alwyn Gresham -PRESIDED_OVER-> Lisle trial", "Lisle trial -HELD_AT-> Harwick Crown Court", "Petra Lisle -TESTIFIED_IN-> Lisle trial"],
  },
  {
    style: "British regional daily: sentencing remarks after a guilty plea make no trial",
    text: "Fenwick Linnet, 44, of Wroxham, admitted three counts of theft when he appeared at Harwick Crown Court.\n\nSentencing him at Harwick Crown Court on Friday, Judge Mara Thornleigh said he had betrayed his employer.",
    facts: ["Harwick Crown Court -RULED-> Fenwick Linnet: guilty"],
    not: ["Fenwick Linnet -DEFENDANT_IN-> Linnet trial"],
  },
];

describeStories("a sentencing that tells the trials in passing", ROWS);

// An appeal ruling told in a lede that leads with the retrial to come ("X will face a fresh trial
// ... after the Court of Appeal quashed his conviction"), a prosecution appeal against a
// co-accused's acquittal dismissed by "the court", the acquittal told in a relative clause
// ("whom Justice Y had found not guilty in the same judgment"), and the trial held at the court
// the trial judge sits on, who presided over the trial appealed from ("the trial judge, Judge X,"). What the appeal
// court may yet do gives nothing. Invented stories.
import { describeStories, type StoryRow } from "./helpers.ts";

const LEDE = "---\ntitle: Appeal court quashes Mbarara trader's murder conviction\nsource: Daily Monitor (Uganda)\npublished: 2025-03-08\n---\nAppeal court quashes Mbarara trader's murder conviction\n\n"
  + "Mbarara trader Wilberforce Ssekandi will face a fresh trial over the 2019 killing of his business partner after the Court of Appeal quashed his conviction and 25-year prison sentence.\n\n"
  + "Justices Ruth Namubiru, Fred Agaba and Moses Tumusiime on Thursday ruled that the trial judge, Justice Paul Byaruhanga of the High Court in Mbarara, had wrongly admitted a confession.\n\n"
  + "Mr Ssekandi was convicted in May 2022 of murdering Joseph Lwanga, whose body was found near a fuel station.\n\n";

const ROWS: StoryRow[] = [
  {
    style: "Ugandan daily: the retrial to come leads, the quashing told after it",
    text: LEDE,
    facts: ["Wilberforce Ssekandi -DEFENDANT_IN-> Ssekandi retrial", "Court of Appeal -RULED-> Wilberforce Ssekandi: appeal overturned", "Wilberforce Ssekandi: appeal overturned -OVERTURNS-> Ssekandi trial: guilty"],
  },
  {
    style: "Ugandan daily: the prosecution's appeal against a co-accused's acquittal dismissed",
    text: LEDE + "The court dismissed an appeal by the State against the acquittal of Mr Ssekandi's co-accused, his former cashier Grace Nakato, whom Justice Byaruhanga had found not guilty in the same judgment.\n\nFive prosecution witnesses testified at the original trial, among them a guard, Simon Ochieng, who told the court he saw Mr Ssekandi's car at the station.",
    facts: ["Grace Nakato -DEFENDANT_IN-> Ssekandi trial", "Ssekandi trial -RESULTED_IN-> Ssekandi trial: not guilty", "Court of Appeal -RULED-> Grace Nakato: appeal upheld",
      "Grace Nakato: appeal upheld -OVERTURNS-> Ssekandi trial: not guilty", "Paul Byaruhanga -PRESIDED_OVER-> Ssekandi trial", "Ssekandi trial -HELD_AT-> High Court in Mbarara", "Simon Ochieng -TESTIFIED_IN-> Ssekandi trial"],
    not: ["State -DEFENDANT_IN-> Ssekandi trial"],
  },
  {
    style: "Ugandan daily: a ruling still to come is none",
    text: "Wilberforce Ssekandi will be freed if the Court of Appeal quashes his conviction for murder. Ssekandi was convicted in 2022.",
    facts: [],
    not: ["Court of Appeal -RULED-> Wilberforce Ssekandi: appeal overturned"],
  },
  {
    style: "UK broadsheet: the judge of the trial appealed from, named in apposition in the appeal ruling",
    text: "Court of Appeal quashes murder conviction\n\nA man who spent six years in prison for the murder of a doorman has had his conviction quashed by the Court of Appeal. Liam Stroud was found guilty at Kestleford Crown Court in 2019 of murdering Kevin Ellerby, 41. Lady Justice Tarrant said the directions given by the trial judge, Judge Peter Gorrick, did not adequately explain the law. The court ordered a retrial.",
    facts: ["Peter Gorrick -PRESIDED_OVER-> Stroud trial", "Stroud trial -HELD_AT-> Kestleford Crown Court"],
    not: ["Peter Gorrick -PRESIDED_OVER-> Stroud retrial (to come)", "Peter Gorrick -PRESIDED_OVER-> Stroud retrial", "Tarrant -PRESIDED_OVER-> Stroud trial"],
  },
];

describeStories("an appeal ruling behind a retrial to come", ROWS);

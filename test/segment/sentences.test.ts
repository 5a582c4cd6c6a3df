import { describe, expect, it } from "vitest";
import { MAX_SENTENCE, splitSentences, type Sentence } from "../../src/segment/index.ts";

/** What every split must hold, whatever the text: slices agree, order, no overlap, no white space at the ends. */
function expectWellFormed(text: string, sentences: Sentence[]) {
  let previousEnd = 0;
  sentences.forEach((s, i) => {
    expect(s.index).toBe(i);
    expect(s.text).toBe(text.slice(s.start, s.end));
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    expect(s.text).toBe(s.text.trim());
    previousEnd = s.end;
  });
}

const scenarios: { name: string; text: string; sentences: string[] }[] = [
  {
    name: "courtesy titles Ms., Mr., Dr. do not end a sentence",
    text: "Ms. Mann told jurors that Mr. Weinstein lied. Dr. Ellen Park, a psychiatrist, testified next.",
    sentences: ["Ms. Mann told jurors that Mr. Weinstein lied.", "Dr. Ellen Park, a psychiatrist, testified next."],
  },
  {
    name: "U.S. District Judge",
    text: "U.S. District Judge Ann Donnelly imposed the sentence. The defense will appeal.",
    sentences: ["U.S. District Judge Ann Donnelly imposed the sentence.", "The defense will appeal."],
  },
  {
    name: "U.S. at the end of a sentence",
    text: "He had lived in the U.S. He moved to Toronto in 2019.",
    sentences: ["He had lived in the U.S.", "He moved to Toronto in 2019."],
  },
  {
    name: "U.K. before a sentence that opens on a plural noun",
    text: "She flew back to the U.K. Prosecutors charged her in May.",
    sentences: ["She flew back to the U.K.", "Prosecutors charged her in May."],
  },
  {
    name: "abbreviated months before a day: Jan. 5, Nov. 30, Sept. 12",
    text: "The trial opened Jan. 5 and closed Nov. 30. Sentencing is set for Sept. 12, 2025.",
    sentences: ["The trial opened Jan. 5 and closed Nov. 30.", "Sentencing is set for Sept. 12, 2025."],
  },
  {
    name: "initials: J. Robert Oppenheimer, R. Kelly",
    text: "The film tells the story of J. Robert Oppenheimer. R. Kelly was sentenced to 30 years.",
    sentences: ["The film tells the story of J. Robert Oppenheimer.", "R. Kelly was sentenced to 30 years."],
  },
  {
    name: "a quote ending in a comma before the speaker",
    text: "\"We are hopelessly deadlocked,\" Olmedo said. The judge sent the jurors home.",
    sentences: ["\"We are hopelessly deadlocked,\" Olmedo said.", "The judge sent the jurors home."],
  },
  {
    name: "a full stop inside closing quotes, then a new sentence",
    text: "She starred in \"Pulp Fiction.\" Her lawyer declined to comment.",
    sentences: ["She starred in \"Pulp Fiction.\"", "Her lawyer declined to comment."],
  },
  {
    name: "curly quotes",
    text: "“We are deadlocked,” the foreperson wrote. She starred in “Pulp Fiction.” Then she left.",
    sentences: ["“We are deadlocked,” the foreperson wrote.", "She starred in “Pulp Fiction.”", "Then she left."],
  },
  {
    name: "a question in quotes followed by the speaker in lower case",
    text: "\"Is this justice?\" she asked reporters. No one answered.",
    sentences: ["\"Is this justice?\" she asked reporters.", "No one answered."],
  },
  {
    name: "headline and standfirst lines without a full stop",
    text: "Cosby case ends in mistrial after jurors deadlock\nProsecutors vow to put the comedian on trial again\n\nThe jury could not agree.",
    sentences: ["Cosby case ends in mistrial after jurors deadlock", "Prosecutors vow to put the comedian on trial again", "The jury could not agree."],
  },
  {
    name: "a dateline with a state abbreviation",
    text: "SANTA FE, N.M., April 15 - A judge sentenced the armorer to 18 months. She had been convicted in March.",
    sentences: ["SANTA FE, N.M., April 15 - A judge sentenced the armorer to 18 months.", "She had been convicted in March."],
  },
  {
    name: "company suffix at the end of a sentence, and inside one",
    text: "She sued Miramax Films Inc. The studio denied it. Acme Co. said nothing.",
    sentences: ["She sued Miramax Films Inc.", "The studio denied it.", "Acme Co. said nothing."],
  },
  {
    name: "a company's suffix ends a sentence before the company's own name or a person's, not before its officer's title (wire copy)",
    text: "The family sued Hemsley Brevitt Inc. Hemsley Brevitt denied it. She took the money from Stirrat Calloway Ltd. Dev Ramaswamy, its owner, was shocked. Quist Ltd. Chairman Ian Vale resigned.",
    sentences: ["The family sued Hemsley Brevitt Inc.", "Hemsley Brevitt denied it.", "She took the money from Stirrat Calloway Ltd.", "Dev Ramaswamy, its owner, was shocked.", "Quist Ltd. Chairman Ian Vale resigned."],
  },
  {
    name: "case names with v. and suffixes like Jr.",
    text: "The ruling in Commonwealth v. Cosby stands. Robert Downey Jr. won best supporting actor. He thanked Downey Sr. The crowd cheered.",
    sentences: ["The ruling in Commonwealth v. Cosby stands.", "Robert Downey Jr. won best supporting actor.", "He thanked Downey Sr.", "The crowd cheered."],
  },
  {
    name: "a place in initials ends a sentence before a person's name (wire copy)",
    text: "Six former managers have been charged in the U.S. Martin Hale, an engineer, pleaded guilty in May. U.S. District Judge Ana Ruiz took the plea.",
    sentences: ["Six former managers have been charged in the U.S.", "Martin Hale, an engineer, pleaded guilty in May.", "U.S. District Judge Ana Ruiz took the plea."],
  },
  {
    name: "an initialism the list does not know (D.A.) before a name",
    text: "The Manhattan D.A. Alvin Quarrie spoke. Reporters asked the D.A. about the retrial.",
    sentences: ["The Manhattan D.A. Alvin Quarrie spoke.", "Reporters asked the D.A. about the retrial."],
  },
  {
    name: "times of day",
    text: "The verdict came at 4 p.m. on Friday. The jury left at 5 p.m. The court emptied.",
    sentences: ["The verdict came at 4 p.m. on Friday.", "The jury left at 5 p.m.", "The court emptied."],
  },
  {
    name: "numbers: decimals, No. 2, ages after a comma",
    text: "Count No. 2 carried a 3.5-year minimum. Weinstein, 72, was convicted in Feb. 2020.",
    sentences: ["Count No. 2 carried a 3.5-year minimum.", "Weinstein, 72, was convicted in Feb. 2020."],
  },
  {
    name: "a prefix of numbers that is also a word ends a sentence before anything but a number",
    text: "Asked whether he had paid the money, he said no. The judge adjourned. She studied art. Then she left. He was booked under Sec. 302 and Art. 21 applies.",
    sentences: ["Asked whether he had paid the money, he said no.", "The judge adjourned.", "She studied art.", "Then she left.", "He was booked under Sec. 302 and Art. 21 applies."],
  },
  {
    name: "question and exclamation marks",
    text: "Was the verdict fair? Many thought not! The appeal is pending.",
    sentences: ["Was the verdict fair?", "Many thought not!", "The appeal is pending."],
  },
  {
    name: "an ellipsis before lower case continues the sentence",
    text: "He said he was sorry... and then he left. Reporters followed.",
    sentences: ["He said he was sorry... and then he left.", "Reporters followed."],
  },
  {
    name: "a sentence hard-wrapped over lines",
    text: "The jury found the former producer guilty of two counts of\nthird-degree rape, and acquitted him of the\nremaining charge. He will appeal.",
    sentences: ["The jury found the former producer guilty of two counts of\nthird-degree rape, and acquitted him of the\nremaining charge.", "He will appeal."],
  },
  {
    name: "a wrapped line ending with a comma carries on",
    text: "Prosecutors said the defendant, Kevin Marsh,\nLaura Diaz and others met twice.",
    sentences: ["Prosecutors said the defendant, Kevin Marsh,\nLaura Diaz and others met twice."],
  },
  {
    name: "markdown headings, bullets and rules",
    text: "# Jury deadlocks\n\n- The judge declared a mistrial.\n- A retrial is set.\n\n---\n\n> \"We will try him again,\" the prosecutor said.",
    sentences: ["Jury deadlocks", "The judge declared a mistrial.", "A retrial is set.", "\"We will try him again,\" the prosecutor said."],
  },
  {
    name: "CRLF and blank lines with spaces",
    text: "Verdict in fraud trial\r\n   \r\nThe jury deliberated. It convicted.\r\n",
    sentences: ["Verdict in fraud trial", "The jury deliberated.", "It convicted."],
  },
  {
    name: "empty and white-space-only text",
    text: " \n\t\r\n ",
    sentences: [],
  },
];

describe("segment: sentences in news text", () => {
  it.for(scenarios)("$name", ({ text, sentences }) => {
    const split = splitSentences(text);
    expect(split.map((s) => s.text)).toEqual(sentences);
    expectWellFormed(text, split);
  });

  it("starts at `from` and stops at `to`, with offsets into the whole text", () => {
    const text = "---\ntitle: Verdict\n---\nThe jury convicted. He appealed.\nFooter line";
    const from = text.indexOf("The jury"), to = text.indexOf("\nFooter");
    const split = splitSentences(text, from, to);
    expect(split.map((s) => s.text)).toEqual(["The jury convicted.", "He appealed."]);
    expectWellFormed(text, split);
    expect(split[0]!.start).toBe(from);
  });

  it.for([
    { name: "a run-on line of clauses", text: Array.from({ length: 20_000 }, (_, i) => `witness ${i} said no`).join(", ") },
    { name: "a run-on line of words", text: Array.from({ length: 50_000 }, (_, i) => `word${i}`).join(" ") },
    { name: "one enormous word", text: "x".repeat(10_000) },
  ])("cuts $name into pieces no longer than MAX_SENTENCE, losing no word", ({ text }) => {
    const split = splitSentences(text);
    expectWellFormed(text, split);
    for (const s of split) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
    const words = (t: string) => t.split(/[\s,]+/).filter(Boolean);
    if (!text.startsWith("x")) expect(split.flatMap((s) => words(s.text))).toEqual(words(text));
    else expect(split.map((s) => s.text).join("")).toBe(text);
  });

  it("splits a long one-paragraph article with every slice intact", () => {
    const sentence = (i: number) => `Ms. Juror ${i} told U.S. District Judge Lee on Jan. ${(i % 28) + 1} that "we are deadlocked," Olmedo said.`;
    const text = Array.from({ length: 20_000 }, (_, i) => sentence(i)).join(" ");
    const split = splitSentences(text);
    expect(split).toHaveLength(20_000);
    expect(split[19_999]!.text).toBe(sentence(19_999));
    expectWellFormed(text, split);
  });
});

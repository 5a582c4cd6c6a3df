// findNames: the names one sentence holds, what kind of thing each names, and where it is.
// Every sentence here is invented; none comes from the evaluation corpora.
import { describe, expect, it } from "vitest";
import { findNames, type NameMention } from "../../src/extract/mentions.ts";
import { articleFrom } from "./helpers.ts";

/** "Person: Marisol Okafor [judge]": the type, the text as written, and the role a title gives. */
const show = (m: NameMention) => `${m.type}: ${m.surface}${m.title ? ` [${m.title}]` : ""}`;

/** The sentence under test, second in a short article so that its offsets do not start at zero. */
function namesIn(sentence: string) {
  const { article, sentences } = articleFrom(`Court roundup\n\n${sentence}\n`);
  const body = sentences.slice(1);
  return { article, body, mentions: body.flatMap(findNames) };
}

interface Scenario {
  name: string;
  sentence: string;
  /** Mentions that must be found, as shown by `show`. */
  finds: string[];
  /** Must not be found: "Type: surface" for one reading, or a bare surface for any reading. */
  notFinds?: string[];
  /** Set when the extractor gets this generic phrasing wrong today: the test is recorded as failing. */
  gap?: string;
}

function check({ sentence, finds, notFinds = [] }: Scenario) {
  const { mentions } = namesIn(sentence);
  const shown = mentions.map(show);
  for (const f of finds) expect(shown, `expected ${f} in ${JSON.stringify(sentence)}`).toContain(f);
  for (const n of notFinds) {
    const hit = n.includes(": ") ? shown.filter((s) => s.replace(/ \[.*\]$/, "") === n) : mentions.filter((m) => m.surface === n);
    expect(hit, `did not expect ${n} in ${JSON.stringify(sentence)}`).toEqual([]);
  }
}

function table(title: string, scenarios: Scenario[]) {
  describe(title, () => {
    // a row with `gap` is a known extractor gap, recorded as it.fails: the test says what should happen, the gap says what does
    for (const s of scenarios) (s.gap ? it.fails : it)(s.gap ? `${s.name} (gap: ${s.gap})` : s.name, () => check(s));
  });
}

table("findNames: people with titles give the person's name and the role the title names", [
  { name: "Judge before a full name", sentence: "Judge Marisol Okafor denied the motion on Tuesday.", finds: ["Person: Marisol Okafor [judge]"], notFinds: ["Judge Marisol Okafor"] },
  { name: "U.S. District Judge and a hyphenated surname", sentence: "U.S. District Judge Corinne Vasquez-Hale scheduled sentencing for March.", finds: ["Person: Corinne Vasquez-Hale [judge]"] },
  { name: "Superior Court Judge is a title, not a court", sentence: "Superior Court Judge Anton Rebelo told jurors to disregard the remark.", finds: ["Person: Anton Rebelo [judge]"], notFinds: ["Court: Superior Court"] },
  { name: "a county's District Attorney", sentence: "Manhattan District Attorney Lionel Abernathy announced the indictment.", finds: ["Person: Lionel Abernathy [district attorney]"] },
  { name: "District Attorney after a quote", sentence: "\"Justice has been served,\" District Attorney Rhea Connell said.", finds: ["Person: Rhea Connell [district attorney]"] },
  { name: "Mr Justice, British style, before a surname", sentence: "Mr Justice Harrow sentenced the man to nine years.", finds: ["Person: Harrow [judge]"] },
  { name: "Mrs Justice before a surname", sentence: "Mrs Justice Penhaligon adjourned the hearing until Monday.", finds: ["Person: Penhaligon [judge]"] },
  { name: "Prosecutor as a title", sentence: "Prosecutor Gwen Talbot told the court the evidence was overwhelming.", finds: ["Person: Gwen Talbot [prosecutor]"] },
  { name: "a chief judge of a named court", sentence: "Chief Judge Nadia Ferrant of the U.S. District Court in Brooklyn presided.", finds: ["Person: Nadia Ferrant [judge]", "Court: U.S. District Court in Brooklyn"] },
  {
    name: "Defense attorney opening a sentence", sentence: "Defense attorney Marcus Delacroix-Byrne cross-examined her.", finds: ["Person: Marcus Delacroix-Byrne"], notFinds: ["Person: Defense"],
  },
  { name: "an occupation as a title: Actor", sentence: "Actor Dominic Strathairn-Vale was arrested in 2019.", finds: ["Person: Dominic Strathairn-Vale"], notFinds: ["Actor Dominic Strathairn-Vale"] },
  {
    name: "an occupation opening the sentence: Dentist", sentence: "Dentist Hedda Lindqvist was charged on Tuesday with insurance fraud.", finds: ["Person: Hedda Lindqvist"], notFinds: ["Dentist Hedda Lindqvist"],
  },
  {
    name: "Former and an occupation opening the sentence", sentence: "Former nurse Abigail Thornbury went on trial in March.", finds: ["Person: Abigail Thornbury"], notFinds: ["Former"],
  },
  {
    name: "a two-word police rank", sentence: "Detective Sergeant Omar Kilbride said the investigation took a year.", finds: ["Person: Omar Kilbride [police officer]"],
  },
]);

table("findNames: courts, named and described", [
  { name: "a state supreme court", sentence: "The appeal will be heard by the Nevada Supreme Court next month.", finds: ["Court: Nevada Supreme Court"] },
  { name: "an ordinal federal appeals court", sentence: "The 4th U.S. Circuit Court of Appeals rejected the argument.", finds: ["Court: 4th U.S. Circuit Court of Appeals"] },
  { name: "a state court of appeals", sentence: "The Ohio Court of Appeals upheld the ruling.", finds: ["Court: Ohio Court of Appeals"] },
  { name: "the state's highest court", sentence: "The case now goes to the state's highest court.", finds: ["Court: the state's highest court"] },
  { name: "a named state's highest court", sentence: "The ruling was handed down by Ohio's highest court.", finds: ["Court: Ohio's highest court"] },
  { name: "a federal court in a city", sentence: "She sued in a federal court in Atlanta last year.", finds: ["Court: federal court in Atlanta"], notFinds: ["Place: Atlanta"] },
  { name: "a British crown court", sentence: "He was tried at Kettering Crown Court in 2019.", finds: ["Court: Kettering Crown Court"] },
  { name: "a county superior court", sentence: "The case was filed in Los Angeles Superior Court.", finds: ["Court: Los Angeles Superior Court"] },
  {
    name: "an appeals court and the day it ruled", sentence: "The Colorado Court of Appeals on Friday upheld the conviction.", finds: ["Court: Colorado Court of Appeals"], notFinds: ["Court: Colorado Court of Appeals on Friday"],
  },
  {
    name: "a supreme court and the day it ruled", sentence: "The Nevada Supreme Court on Monday reversed the ruling.", finds: ["Court: Nevada Supreme Court"], notFinds: ["Court: Nevada Supreme Court on Monday"],
  },
  { name: "a federal judge in a city is a person, not a court", sentence: "A federal judge in Houston ordered his release.", finds: ["Place: Houston"], notFinds: ["Court: federal judge in Houston"] },
]);

table("findNames: prosecutors' offices and law firms are organisations", [
  { name: "a county prosecutor's office", sentence: "A spokesperson for the Franklin County Prosecutor's Office declined to comment.", finds: ["Organization: Franklin County Prosecutor's Office"] },
  { name: "the U.S. Attorney's Office in a city", sentence: "The U.S. Attorney's Office in Chicago declined to comment.", finds: ["Organization: U.S. Attorney's Office in Chicago"] },
  { name: "a State's Attorney's Office", sentence: "Prosecutors from the Cook County State's Attorney's Office said the evidence was strong.", finds: ["Organization: Cook County State's Attorney's Office"] },
  { name: "an Attorney General's Office", sentence: "The New Jersey Attorney General's Office opened an inquiry.", finds: ["Organization: New Jersey Attorney General's Office"] },
  { name: "a two-name firm with an ampersand", sentence: "The firm Pellman & Rusk represents the family.", finds: ["Organization: Pellman & Rusk"] },
  { name: "a firm beside its city", sentence: "He is represented by Haldane & Voss, a Boston firm.", finds: ["Organization: Haldane & Voss", "Place: Boston"] },
  {
    name: "a three-name firm with a comma", sentence: "He is a partner at Greaves, Lin & Oduya.", finds: ["Organization: Greaves, Lin & Oduya"], notFinds: ["Place: Greaves"],
  },
  { name: "a place before a firm's name is no part of it", sentence: "In Boston, Pellman & Rusk took the case.", finds: ["Organization: Pellman & Rusk"], notFinds: ["Organization: Boston, Pellman & Rusk"] },
]);

table("findNames: studios and films", [
  { name: "a Pictures company", sentence: "She pitched the script to Larkspur Pictures in 2015.", finds: ["Studio: Larkspur Pictures"] },
  { name: "a Studios company as an object", sentence: "The lawsuit names Crestline Studios and two producers.", finds: ["Studio: Crestline Studios"] },
  { name: "a Films company as a subject", sentence: "Northgate Films released the thriller in 2012.", finds: ["Studio: Northgate Films"] },
  { name: "the X studio", sentence: "The actress signed with the Halvorsen studio in 2004.", finds: ["Studio: Halvorsen"] },
  { name: "a studio named in apposition", sentence: "The studio, Marlowe Entertainment, did not respond.", finds: ["Studio: Marlowe Entertainment"] },
  { name: "the film \"X\"", sentence: "The film \"Winter Ledger\" was shot in Vancouver.", finds: ["Film: Winter Ledger", "Place: Vancouver"] },
  { name: "a drama title with its full stop inside the quotes", sentence: "He appeared in the 2009 drama \"Salt and Ember.\"", finds: ["Film: Salt and Ember"] },
  { name: "a title after starred in", sentence: "She starred in \"The Quiet Harbor\" in 2011.", finds: ["Film: The Quiet Harbor"] },
  { name: "a nomination for a title", sentence: "She earned an Oscar nomination for \"A Harbor in Winter.\"", finds: ["Film: A Harbor in Winter"] },
]);

table("findNames: quoted speech is not a film title", [
  { name: "speech before the speaker's surname", sentence: "\"I never touched her,\" Dunmore told the jury.", finds: ["Person: Dunmore"], notFinds: ["I never touched her"] },
  { name: "speech before said and a titled speaker", sentence: "\"This is a sad day for the family,\" said Prosecutor Dana Whitcombe.", finds: ["Person: Dana Whitcombe [prosecutor]"], notFinds: ["This is a sad day for the family"] },
  { name: "a short sentence-case quote", sentence: "\"I did nothing wrong,\" Kessler told reporters outside court.", finds: ["Person: Kessler"], notFinds: ["I did nothing wrong"] },
  {
    name: "a chanted slogan in title case", sentence: "\"No Justice, No Peace,\" protesters chanted outside the courthouse.", finds: [], notFinds: ["Film: No Justice, No Peace"],
  },
]);

table("findNames: places are not people, and datelines name no one", [
  { name: "two cities after from and to", sentence: "The trial moved from Albany to Buffalo after the ruling.", finds: ["Place: Albany", "Place: Buffalo"], notFinds: ["Person: Albany", "Person: Buffalo"] },
  { name: "a city after in", sentence: "Jurors deliberated in Sacramento for two days.", finds: ["Place: Sacramento"] },
  { name: "a first name that is also a state", sentence: "Georgia Plumb testified that she saw the defendant leave.", finds: ["Person: Georgia Plumb"], notFinds: ["Place: Georgia"] },
  { name: "a first name that is also a city", sentence: "Austin Merriweather, the studio's former head, denied the claims.", finds: ["Person: Austin Merriweather"], notFinds: ["Place: Austin"] },
  { name: "the same words as places", sentence: "He flew from Georgia to Austin the next day.", finds: ["Place: Georgia", "Place: Austin"], notFinds: ["Person: Georgia", "Person: Austin"] },
  { name: "a dateline with an agency in brackets", sentence: "LONDON (Reuters) — A British judge on Monday jailed Piers Caldwell for six years.", finds: ["Person: Piers Caldwell"], notFinds: ["LONDON"] },
  { name: "a dateline with a state and an agency", sentence: "BOISE, Idaho (AP) — A jury convicted Warren Tilsley of fraud.", finds: ["Person: Warren Tilsley"], notFinds: ["BOISE", "Person: Idaho"] },
  { name: "a dateline with a date", sentence: "NEW YORK, May 3 (AP) — Prosecutors rested their case against Evelyn Strand.", finds: ["Person: Evelyn Strand"], notFinds: ["NEW YORK", "Person: Prosecutors"] },
  {
    name: "a dateline with an abbreviated state", sentence: "SACRAMENTO, Calif. (Reuters) - A jury acquitted Leland Ostrowski on Thursday.", finds: ["Person: Leland Ostrowski"], notFinds: ["Person: Calif"],
  },
  {
    name: "a two-word dateline before a capitalised first word", sentence: "LOS ANGELES — Jury selection began Monday in the trial of Tomas Reyna.", finds: ["Person: Tomas Reyna"], notFinds: ["Person: Jury"],
  },
]);

describe("findNames: every mention carries offsets into the article text", () => {
  const sentences = [
    "Judge Marisol Okafor denied the motion on Tuesday.",
    "BOISE, Idaho (AP) — A jury convicted Warren Tilsley of fraud.",
    "Chief Judge Nadia Ferrant of the U.S. District Court in Brooklyn presided.",
    "He is represented by Haldane & Voss, a Boston firm.",
    "He appeared in the 2009 drama \"Salt and Ember.\"",
    "The case now goes to the state's highest court.",
    "“I was never there,” said Beatriz Oñate-Lùcas, who starred in “Night of the Ferry.”",
  ];
  it.for(sentences)("%s", (sentence) => {
    const { article, body, mentions } = namesIn(sentence);
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) {
      const s = body.find((x) => x.index === m.sentence)!;
      expect(article.text.slice(m.start, m.end)).toBe(m.surface);
      expect(m.start).toBeGreaterThanOrEqual(s.start);
      expect(m.end).toBeLessThanOrEqual(s.end);
    }
  });
  it("finds nothing in a sentence without a name", () => {
    expect(namesIn("The jury deliberated for less than a day before reaching its verdict.").mentions).toEqual([]);
  });
});

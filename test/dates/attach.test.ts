// The date stage on invented stories: each event gets the date of its own clause, or none.
// Events and their mentions are marked by hand (`[[Verdict:guilty convicted]]`), so these tests
// check the date stage alone, whatever the extractor finds.
import { describe, expect, it } from "vitest";
import { attachDates } from "../../src/dates/attach.ts";
import type { Entity } from "../../src/extract/types.ts";
import { articleFrom } from "../extract/helpers.ts";

/**
 * An article whose events are marked inline: `[[Verdict:guilty convicted]]` is a mention of the
 * verdict with outcome guilty; `[[Charge:fraud fraud]]` of the charge labelled fraud. Marks with the
 * same type and label are one entity.
 */
function story(marked: string, published?: string) {
  const entities = new Map<string, Entity>();
  const found: { id: string; at: number; surface: string }[] = [];
  let plain = "";
  let last = 0;
  for (const m of marked.matchAll(/\[\[(\w+):(\S+) ([^\]]+)\]\]/g)) {
    plain += marked.slice(last, m.index);
    found.push({ id: `${m[1]}:${m[2]}`, at: plain.length, surface: m[3]! });
    plain += m[3];
    last = m.index! + m[0].length;
  }
  plain += marked.slice(last);
  const front = published ? `---\npublished: ${published}\n---\n` : "";
  const { article, sentences } = articleFrom(front + plain);
  for (const f of found) {
    const [type, label] = f.id.split(":") as [Entity["type"], string];
    const start = front.length + f.at, end = start + f.surface.length;
    const sentence = sentences.findIndex((s) => s.start <= start && end <= s.end);
    const entity = entities.get(f.id) ?? { id: f.id, type, label, aliases: [], mentions: [], attrs: type === "Verdict" ? { outcome: label } : {} };
    entity.mentions.push({ start, end, sentence, surface: f.surface });
    entities.set(f.id, entity);
  }
  const result = attachDates(article, sentences, { entities: [...entities.values()], relations: [] });
  const dateOf = (id: string) => result.extraction.entities.find((e) => e.id === id)?.attrs.date;
  return { result, dateOf, sentences };
}

/** [story, published, expected date per entity ("-" for none)]. */
const SCENARIOS: [string, string, string | undefined, Record<string, string>][] = [
  ["the verb's date", "The jury [[Verdict:guilty convicted]] Tom Vale on Thursday of fraud.", "2025-06-13", { "Verdict:guilty": "2025-06-12" }],
  ["an outcome word between the verb and its date", "Ms Holt [[Plea:guilty pleaded]] guilty in January to fraud.", "2025-06-13", { "Plea:guilty": "2025-01" }],
  ["a found verdict with an age between", "A jury on Thursday [[Verdict:guilty found]] Tom Vale, 47, guilty on four of seven counts.", "2025-06-13", { "Verdict:guilty": "2025-06-12" }],
  ["a fronted date with a long subject", "On Aug 5, a district judge in the capital had found Mr Vale [[Verdict:guilty guilty]] of bribery.", "2023-08-30", { "Verdict:guilty": "2023-08-05" }],
  ["a date on the noun", "He is appealing a 2022 fraud [[Verdict:guilty conviction]] in Ohio.", undefined, { "Verdict:guilty": "2022" }],
  ["a possessive date", "Reacting to Tuesday’s [[Verdict:guilty conviction]], the family wept.", "2025-06-13", { "Verdict:guilty": "2025-06-10" }],
  ["an event noun made to happen", "The judge declared a [[Verdict:mistrial mistrial]] on Monday after the jury deadlocked.", "2025-06-13", { "Verdict:mistrial": "2025-06-09" }],
  ["a date right after a trial noun", "At the end of that [[Trial:held trial]] in January 2014, the court adjourned.", undefined, { "Trial:held": "2014-01" }],
  ["relative and no published date", "The jury [[Verdict:guilty convicted]] Tom Vale on Thursday.", undefined, { "Verdict:guilty": "-" }],
  ["the appeal takes the date, not the conviction it overturned",
    "A jury had found Vale [[Verdict:guilty guilty]] in 2020, but the high court [[Verdict:overturned overturned]] that [[Verdict:guilty conviction]] last year.", "2025-03-01",
    { "Verdict:guilty": "2020", "Verdict:overturned": "2024" }],
  ["the verdict's own date, then the act's after its object (Irish court report)",
    "Rory Kell was [[Verdict:guilty found]] guilty by a jury at the Central Criminal Court in February of [[Charge:murder murdering Donal Kell]] on October 3, 2023.", "2025-05-16",
    { "Verdict:guilty": "2025-02", "Charge:murder": "2023-10-03" }],
  ["a plea's own day, then the act's after its object (British regional)",
    "Rory Kell [[Plea:guilty pleaded]] guilty on Monday to [[Charge:assault assaulting Ann Roe]] on June 5 last year.", "2025-05-16",
    { "Plea:guilty": "2025-05-12", "Charge:assault": "2024-06-05" }],
  ["an offence date dates the charge, not the acquittal",
    "Vale was also [[Verdict:not_guilty acquitted]] of the same [[Charge:assault charge]] over his alleged assault in 2002 of Ann Roe.", undefined,
    { "Charge:assault": "2002", "Verdict:not_guilty": "-" }],
  ["an offence phrase after a comma",
    "He faces prison for a [[Charge:sexual-act charge of criminal sexual act]], stemming from his alleged assault of a producer in 2006.", undefined,
    { "Charge:sexual-act": "2006" }],
  ["an act named as the charge, then its date",
    "Vale was found [[Verdict:guilty guilty]] of [[Charge:rape raping]] two women at his home in 2003, months after his first trial.", undefined,
    { "Charge:rape": "2003", "Verdict:guilty": "-" }],
  ["an offence with its victim, the victim's age and the place, then its date: the plea's clause, not the plea's day",
    "Ultan Roe had [[Plea:not_guilty pleaded]] not guilty to [[Charge:murder the murder of Martin Vale]], 64, at Fanore on 9 June 2023.", undefined,
    { "Charge:murder": "2023-06-09", "Plea:not_guilty": "-" }],
  ["a deed with the one it was done to after it, then its date: the charge's, not the acquittal's",
    "The jury found him [[Verdict:not_guilty not guilty]] of [[Charge:assault assault causing harm]] to Declan Roe in June 2022.", "2025-10-06",
    { "Charge:assault": "2022-06", "Verdict:not_guilty": "-" }],
  ["the time of night of an offence, then its date: the plea's clause, not the plea's day",
    "Mara Sollen [[Plea:guilty pleaded]] guilty to [[Charge:murder the murder of Ivo Renk]] in the early hours of 3 March 2024.", "2025-02-14",
    { "Charge:murder": "2024-03-03", "Plea:guilty": "-" }],
  ["an act with its object and the place it was done at, then its date: the charge's, not the conviction's",
    "Conal Brannagh was [[Verdict:guilty found guilty]] by a jury of [[Charge:murder murdering Tadhg Ruane]], 17, at a house party in Castletroy in March 2020.", "2025-10-06",
    { "Charge:murder": "2020-03", "Verdict:guilty": "-" }],
  ["an act with its object and why it was done, then its date: the charge's, not the sentence's",
    "A sessions court [[Verdict:guilty sentenced]] Sunil Vale to life imprisonment for [[Charge:murder killing his wife]] over dowry in 2019.", "2025-10-06",
    { "Charge:murder": "2019", "Verdict:guilty": "-" }],
  ["an act with its object during another deed, then its date: the charge's, not the conviction's",
    "Rolf Vale was [[Verdict:guilty convicted]] of [[Charge:murder shooting a guard]] during a quarrel in May 2021.", undefined,
    { "Charge:murder": "2021-05", "Verdict:guilty": "-" }],
  ["an act with its object at a court, then the date: the conviction's",
    "Conal Brannagh was [[Verdict:guilty found guilty]] of [[Charge:murder murdering Tadhg Ruane]] at Kelton Crown Court on Friday.", "2025-10-06",
    { "Verdict:guilty": "2025-10-03", "Charge:murder": "-" }],
  ["the charge's name right before the verdict's date", "A jury [[Verdict:guilty convicted]] Tom Vale of [[Charge:fraud fraud]] on Thursday.", "2025-06-13",
    { "Verdict:guilty": "2025-06-12", "Charge:fraud": "-" }],
  ["a charge's noun, then the trial's date", "Rolf Vale was [[Verdict:guilty convicted]] of the [[Charge:murder murder]] in a separate trial in 2008.", undefined,
    { "Verdict:guilty": "2008", "Charge:murder": "-" }],
  ["a date on an adjective's noun", "He was [[Verdict:guilty sentenced]] for [[Charge:conspiracy conspiracy]] in a plot to fund his victorious 2007 campaign.", undefined,
    { "Verdict:guilty": "-", "Charge:conspiracy": "-" }],
  ["a date premodifying an offence", "The [[Charge:rape rape]] charge concerned a 2013 attack on a cook.", undefined, { "Charge:rape": "-" }],
  ["a date on another noun dates nothing", "The court found Ms Rowe [[Verdict:guilty guilty]] of conspiracy over funds for her 2007 campaign.", undefined, { "Verdict:guilty": "-" }],
  ["a deadline dates nothing", "Prosecutors have until Aug. 29 to say whether they will [[Trial:planned try]] him again.", "2025-06-13", { "Trial:planned": "-" }],
  ["another clause's date", "Lena Park sued the studio in June, claiming it had [[Verdict:guilty convicted]] her in print.", "2024-09-28", { "Verdict:guilty": "-" }],
  ["a verb of another event in between", "The appeals court [[Verdict:upheld affirmed]] the verdict a jury reached in 2021.", undefined, { "Verdict:upheld": "-" }],
  ["a saying's date", "Prosecutors said on Monday that Vale was [[Verdict:guilty convicted]] of fraud.", "2025-06-13", { "Verdict:guilty": "-" }],
  ["a relative clause keeps its date", "Vale, who was [[Verdict:guilty convicted]] in 2019, faces a new [[Trial:planned trial]] next month.", "2025-06-13",
    { "Verdict:guilty": "2019", "Trial:planned": "2025-07" }],
  ["a word that does not name the event", "The [[Trial:held jury]] deliberated on Friday.", "2025-06-13", { "Trial:held": "-" }],
  ["a verdict word of another outcome", "The court [[Verdict:guilty overturned]] the ruling on Friday.", "2025-06-13", { "Verdict:guilty": "-" }],
  ["a plea entered", "Vale entered his [[Plea:guilty plea]] Monday in the county court.", "2015-03-10", { "Plea:guilty": "2015-03-09" }],
  ["a verdict told by a gerund", "A jury deliberated for two days before [[Verdict:guilty finding]] Tom Vale guilty of fraud on Wednesday.", "2026-03-14", { "Verdict:guilty": "2026-03-11" }],
  ["an acquittal told by a gerund", "The judge ended the trial by [[Verdict:not_guilty clearing]] Tom Vale of fraud on Monday.", "2026-03-14", { "Verdict:not_guilty": "2026-03-09" }],
  ["an appeal lost takes the date, not the conviction it was against",
    "Dunmore Wekesa [[Verdict:upheld lost]] his appeal against his [[Verdict:guilty conviction]] for fraud on Tuesday.", "2025-03-14", { "Verdict:upheld": "2025-03-11", "Verdict:guilty": "-" }],
  ["an appeal allowed", "The Court of Appeal on Tuesday [[Verdict:overturned allowed]] Halvard Ostrowe's appeal against his fraud conviction.", "2025-03-14", { "Verdict:overturned": "2025-03-11" }],
  ["an appeal won", "Vesna Kirrilov [[Verdict:overturned won]] her appeal at the Court of Appeal on Wednesday.", "2025-03-14", { "Verdict:overturned": "2025-03-12" }],
  ["a verdict told by the jury's time, 'to find'", "It took the jury four hours on Tuesday to [[Verdict:guilty find]] Tom Vale guilty of fraud.", "2025-06-13", { "Verdict:guilty": "2025-06-10" }],
  ["a fronted date, then a subject described by a participle between commas",
    "In March 2019, a sessions court in Satara, presided over by Judge Aniket Harshad, had [[Verdict:guilty convicted]] Vikrant Deshmane of murder.", "2023-11-02",
    { "Verdict:guilty": "2019-03" }],
  ["a fronted date shared by the verbs joined after the first",
    "In December 2016, the High Court [[Verdict:overturned set aside]] the acquittal, [[Verdict:guilty convicted]] Vikrant Deshmane of murder and sentenced him to life.", "2023-11-02",
    { "Verdict:overturned": "2016-12", "Verdict:guilty": "2016-12" }],
  ["a dated ruling whose relative clause tells the verdict: the conviction's date, not the appeal's",
    "The appeal court [[Verdict:upheld dismissed]] the appeal against the March 2021 judgment of the High Court, which [[Verdict:guilty found]] Ida Kisoro guilty of manslaughter.", "2023-11-02",
    { "Verdict:guilty": "2021-03", "Verdict:upheld": "-" }],
  ["a dated judgment that convicted",
    "The Court of Appeal [[Verdict:upheld upheld]] the 2019 judgment of the Lagos High Court that [[Verdict:guilty convicted]] Obinwanne Nwachikwe of fraud over a 2015 land sale.", "2023-11-02",
    { "Verdict:guilty": "2019", "Verdict:upheld": "-" }],
];

describe("attachDates", () => {
  it.each(SCENARIOS)("%s", (_name, marked, published, expected) => {
    const { dateOf } = story(marked, published);
    for (const [id, date] of Object.entries(expected)) expect([id, dateOf(id) ?? "-"]).toEqual([id, date]);
  });

  it("lists each dated mention with the sentence that states it", () => {
    const { result, sentences } = story("Vale was charged in May.\nThe jury [[Verdict:guilty convicted]] him on June 11, 2025.", undefined);
    expect(result.dated).toHaveLength(1);
    const d = result.dated[0]!;
    expect(d).toMatchObject({ type: "Verdict", date: "2025-06-11", outcome: "guilty", sentence: 1, article: "article:news/story.txt" });
    expect(sentences[d.sentence]!.text).toContain("June 11, 2025");
  });

  it("says when a published date is not a day, and dates only what is absolute", () => {
    const { result, dateOf } = story("The jury [[Verdict:guilty convicted]] him on Friday.\nIn 2019 a judge declared a [[Verdict:mistrial mistrial]].", "next week");
    expect(result.problem).toMatch(/published date 'next week' is not a day/);
    expect(dateOf("Verdict:guilty")).toBeUndefined();
    expect(dateOf("Verdict:mistrial")).toBe("2019");
  });
});

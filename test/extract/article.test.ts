// extractArticle: what a reader of one short invented news story expects the graph to say.
// Facts read "Owen Fairbanks REPRESENTS Delia Yarwell"; events are named by what they are:
// "verdict:guilty", "trial:planned", "charge:tax evasion". `says` is what the evidence sentences
// of that fact must contain: a relation is only as good as the sentence that states it.
import { describe, expect, it } from "vitest";
import { extract, outcomesOf } from "./helpers.ts";
import { stories } from "./stories.ts";


stories("extractArticle: verdicts go to the charge they decide", [
  {
    name: "convicted on one count, acquitted on another, mistrial on a third",
    text: `Jury splits verdicts in county treasurer's fraud trial

DENVER (AP) — A jury on Friday convicted former county treasurer Delia Yarwell of embezzlement but acquitted her of money laundering, and the judge declared a mistrial on a charge of tax evasion after jurors deadlocked.

Yarwell, 58, was accused of siphoning $2 million from county accounts. Her lawyer, Owen Fairbanks, said she would appeal.

District Judge Harold Quist presided over the three-week trial in Denver District Court. Prosecutors said they would retry Yarwell on the tax evasion charge.
`,
    expect: [
      { fact: "Delia Yarwell DEFENDANT_IN trial:held" },
      { fact: "verdict:guilty ON_CHARGE charge:embezzlement", says: /convicted .* of embezzlement/ },
      { fact: "verdict:not_guilty ON_CHARGE charge:money laundering", says: /acquitted her of money laundering/ },
      { fact: "verdict:mistrial ON_CHARGE charge:tax evasion", says: /mistrial on a charge of tax evasion/ },
      { not: "verdict:guilty ON_CHARGE charge:money laundering" },
      { not: "verdict:not_guilty ON_CHARGE charge:embezzlement" },
      { not: "verdict:guilty ON_CHARGE charge:tax evasion" },
      { outcome: "Delia Yarwell: guilty" },
      { outcome: "Delia Yarwell: not_guilty" },
      { fact: "Owen Fairbanks REPRESENTS Delia Yarwell", says: /Her lawyer, Owen Fairbanks/ },
      { fact: "Owen Fairbanks HOLDS_ROLE lawyer", says: /lawyer/ },
      { fact: "Harold Quist HOLDS_ROLE judge", says: /District Judge Harold Quist/ },
      { fact: "Harold Quist PRESIDED_OVER trial:held", says: /presided over/ },
      { fact: "trial:held HELD_AT Denver District Court", says: /trial in Denver District Court/ },
      { fact: "Delia Yarwell DEFENDANT_IN trial:planned", says: /retry Yarwell/ },
      { fact: "trial:planned TRIED_FOR charge:tax evasion", says: /retry .* tax evasion/ },
    ],
  },
  {
    name: "a mistrial on a hung jury, and a retrial set",
    text: `Judge sets new trial for former mayor

A judge on Tuesday declared a mistrial in the bribery case against former mayor Vernon Ruckles after jurors said they were hopelessly deadlocked.

Circuit Judge Aurelia Dunmore presided over the two-week trial at the Pinellas County Courthouse.

Prosecutors said they would retry Ruckles, and Dunmore set a new trial for September.
`,
    expect: [
      { fact: "Vernon Ruckles HOLDS_ROLE mayor", says: /former mayor Vernon Ruckles/ },
      { fact: "Vernon Ruckles CHARGED_WITH charge:bribery", says: /bribery case/ },
      { fact: "verdict:mistrial ON_CHARGE charge:bribery", says: /mistrial in the bribery case/ },
      { fact: "Aurelia Dunmore PRESIDED_OVER trial:held", says: /presided over/ },
      { fact: "trial:held HELD_AT Pinellas County Courthouse", says: /at the Pinellas County Courthouse/ },
      { fact: "Vernon Ruckles DEFENDANT_IN trial:planned" },
      { fact: "Vernon Ruckles DEFENDANT_IN trial:planned", says: /retry Ruckles/ },
      { not: "Vernon Ruckles DEFENDANT_IN trial:ongoing" },
      // "the bribery case against X" names the defendant, never the victim
      { not: "charge:bribery ALLEGED_VICTIM Vernon Ruckles" },
    ],
  },
  {
    name: "a woman acquitted, named again only as \"she\"",
    text: `Nurse acquitted in patient's death

Nadia Onwudiwe, a former nurse, was charged with manslaughter after a patient died in her care.

Her trial opened in March before Judge Paul Lindgren-Holt.

On Friday, she was acquitted. Lindgren-Holt thanked the jurors for their service.
`,
    expect: [
      { fact: "Nadia Onwudiwe CHARGED_WITH charge:manslaughter", says: /charged with manslaughter/ },
      { fact: "Nadia Onwudiwe DEFENDANT_IN trial:held" },
      { outcome: "Nadia Onwudiwe: not_guilty" },
      { not: "Paul Lindgren-Holt DEFENDANT_IN trial:held" },
      { fact: "Paul Lindgren-Holt PRESIDED_OVER trial:held", says: /before Judge Paul Lindgren-Holt/, gap: "v2 does not read it yet" },
      { fact: "Nadia Onwudiwe HOLDS_ROLE nurse", says: /a former nurse/ },
    ],
  },
  {
    name: "two defendants tried together: \"she\" after the man's conviction",
    text: `Pharmacist acquitted, partner convicted

Rosalind Quarby, a pharmacist, and Martin Ulham went on trial in May on charges of health care fraud.

Jurors found Ulham guilty on Friday, and he faces up to 10 years in prison.

She was acquitted.
`,
    expect: [
      { outcome: "Martin Ulham: guilty" },
      { fact: "Rosalind Quarby DEFENDANT_IN trial:held" },
      { outcome: "Rosalind Quarby: not_guilty" },
      { outcome: "Martin Ulham: not_guilty", not: "yes" },
    ],
  },
]);

stories("extractArticle: roles, lawyers, complainants and witnesses", [
  {
    name: "roles by title, by apposition and by \"X's lawyer Y\"",
    text: `Hospital executive goes on trial

CLEVELAND (AP) — The trial of hospital executive Norbert Gilbury on charges of wire fraud opened on Monday in Cuyahoga County Common Pleas Court.

Assistant Prosecutor Yvette Lamar told jurors that Gilbury billed insurers for treatments that never happened. Gilbury's lawyer Ferdinand Kerston said his client was innocent.

Hannah Ivers, a former billing clerk, testified that she was told to alter records. Judge Simon Wexler is presiding.
`,
    expect: [
      { fact: "Norbert Gilbury CHARGED_WITH charge:wire fraud", says: /charges of wire fraud/ },
      { fact: "Norbert Gilbury DEFENDANT_IN trial:held", says: /trial of hospital executive Norbert Gilbury/ },
      { fact: "Norbert Gilbury HOLDS_ROLE chief executive", says: /hospital executive Norbert Gilbury/, gap: "v2 does not read it yet" },
      { fact: "Yvette Lamar HOLDS_ROLE prosecutor", says: /Assistant Prosecutor Yvette Lamar/ },
      { fact: "Yvette Lamar PROSECUTED trial:held", says: /Yvette Lamar told jurors/ },
      { fact: "Ferdinand Kerston HOLDS_ROLE lawyer", says: /Gilbury's lawyer Ferdinand Kerston/ },
      { fact: "Ferdinand Kerston REPRESENTS Norbert Gilbury", says: /Gilbury's lawyer Ferdinand Kerston/ },
      { fact: "Hannah Ivers TESTIFIED_IN trial:held", says: /Hannah Ivers.*testified/ },
      { fact: "Simon Wexler PRESIDED_OVER trial:held", says: /Judge Simon Wexler is presiding/ },
      { fact: "trial:held HELD_AT Cuyahoga County Common Pleas Court", says: /in Cuyahoga County Common Pleas Court/ },
      { not: "Ferdinand Kerston REPRESENTS Yvette Lamar" },
      { not: "Hannah Ivers DEFENDANT_IN trial:held" },
    ],
  },
  {
    name: "a conviction for raping one named woman and assaulting another",
    text: `Restaurateur convicted of raping employee

A jury on Monday convicted restaurateur Colin Mordale of raping Briony Rourke, a former waitress at one of his restaurants.

Mordale was also found guilty of sexually assaulting Ellie Vance, a hostess, in 2017.

Rourke testified that Mordale attacked her in his office. Mordale's attorney, Felicity Grange, said he would appeal.
`,
    expect: [
      { fact: "Colin Mordale CHARGED_WITH charge:rape", says: /raping Briony Rourke/ },
      { fact: "charge:rape ALLEGED_VICTIM Briony Rourke", says: /raping Briony Rourke/ },
      { fact: "charge:sexual assault ALLEGED_VICTIM Ellie Vance", says: /sexually assaulting Ellie Vance/ },
      { not: "charge:rape ALLEGED_VICTIM Ellie Vance" },
      { not: "charge:sexual assault ALLEGED_VICTIM Briony Rourke" },
      { fact: "verdict:guilty ON_CHARGE charge:rape", says: /convicted/ },
      { fact: "verdict:guilty ON_CHARGE charge:sexual assault", says: /found guilty of sexually assaulting/ },
      { fact: "Briony Rourke TESTIFIED_IN trial:held", says: /Rourke testified/ },
      { fact: "Felicity Grange REPRESENTS Colin Mordale", says: /Mordale's attorney, Felicity Grange/ },
      { not: "Felicity Grange REPRESENTS Briony Rourke" },
    ],
  },
  {
    name: "charged with raping two women named in a list, trial date set",
    text: `Producer charged with raping two women

Film producer Raymond Ellerby was charged on Monday with raping two women, Carla Dunne and Imogen Vail, in separate incidents in 2018.

Dunne, a former assistant, told police Ellerby attacked her at a hotel. Vail, an actress, said he assaulted her after a party.

Ellerby, 61, has pleaded not guilty. His lawyer, Benedict Orr, called the charges baseless. Judge Priya Elmthorpe set a trial date for January in Manhattan Supreme Court.
`,
    expect: [
      { fact: "Raymond Ellerby HOLDS_ROLE producer", says: /Film producer Raymond Ellerby/ },
      { fact: "Imogen Vail HOLDS_ROLE actor", says: /Vail, an actress/ },
      { fact: "Benedict Orr REPRESENTS Raymond Ellerby", says: /His lawyer, Benedict Orr/ },
      { fact: "Priya Elmthorpe HOLDS_ROLE judge", says: /Judge Priya Elmthorpe/ },
      { not: "verdict:not_guilty ON_CHARGE charge:rape" },
      { fact: "Raymond Ellerby CHARGED_WITH charge:rape", says: /charged .* with raping two women/ },
      { fact: "charge:rape ALLEGED_VICTIM Carla Dunne", says: /Carla Dunne/ },
      { fact: "Raymond Ellerby DEFENDANT_IN trial:planned", says: /set a trial date/ },
    ],
  },
]);

stories("extractArticle: appeals", [
  {
    name: "an appeals court overturns a conviction",
    text: `Appeals court overturns conviction of former coach

An Illinois appeals court on Wednesday overturned the conviction of Gregory Palmquist, a former wrestling coach found guilty in 2021 of sexually assaulting a student.

The Illinois Appellate Court ruled that the trial judge, Maureen Tiller, wrongly allowed testimony about uncharged acts. Palmquist had been sentenced to 12 years in prison.

Kestrel County State's Attorney Renata Adesanya said her office would ask the Illinois Supreme Court to review the decision. Palmquist's lawyer, Jerome Vickery, said his client was relieved.
`,
    expect: [
      // "An Illinois appeals court" and "The Illinois Appellate Court" of the next sentence are one court
      { fact: "Illinois Appellate Court RULED verdict:overturned", says: /appeals court .* overturned the conviction/ },
      { entity: "Court: Illinois appeals court" },
      { fact: "verdict:overturned OVERTURNS verdict:guilty", says: /overturned the conviction of Gregory Palmquist/ },
      { fact: "Gregory Palmquist DEFENDANT_IN trial:held" },
      { fact: "trial:held RESULTED_IN verdict:guilty" },
      { not: "Illinois Supreme Court RULED verdict:overturned" },
      { fact: "Maureen Tiller HOLDS_ROLE judge", says: /the trial judge, Maureen Tiller/ },
      { fact: "Renata Adesanya HOLDS_ROLE district attorney", says: /State's Attorney Renata Adesanya/ },
      { fact: "Jerome Vickery REPRESENTS Gregory Palmquist", says: /Palmquist's lawyer, Jerome Vickery/ },
      { fact: "Maureen Tiller PRESIDED_OVER trial:held", says: /the trial judge, Maureen Tiller/ },
      { fact: "verdict:guilty ON_CHARGE charge:sexual assault", says: /found guilty .* of sexually assaulting a student/ },
      { not: "Gregory Palmquist HOLDS_ROLE student" },
    ],
  },
]);

describe("extractArticle: one person, however the article names them", () => {
  const x = extract(`Teacher cleared of assault

A jury on Wednesday acquitted Alma Selham, a middle school teacher, of assaulting a student.

Ms. Selham, 39, had denied the charge. Prosecutor Lewis Hartigan said he respected the verdict.

Selham's lawyer, Peter Szabo, said she would return to work.
`);
  it("joins \"Ms. Selham\" and \"Selham's\" to Alma Selham", () => {
    const people = x.extraction.entities.filter((e) => e.type === "Person" && /Selham/.test(e.label));
    expect(people.map((p) => p.label)).toEqual(["Alma Selham"]);
    expect(people[0]!.mentions.map((m) => m.surface)).toEqual(["Alma Selham", "Selham", "Selham"]);
    expect(people[0]!.mentions.map((m) => m.sentence)).toEqual([1, 2, 4]);
  });
  it("keeps the lawyer and the prosecutor apart from her", () => {
    expect(x.facts).toContain("Peter Szabo REPRESENTS Alma Selham");
    expect(x.facts).not.toContain("Lewis Hartigan REPRESENTS Alma Selham");
    expect(x.facts).toContain("Lewis Hartigan HOLDS_ROLE prosecutor");
    expect(outcomesOf(x.extraction)).toEqual(["Alma Selham: not_guilty"]);
  });
  it("makes the prosecutor who speaks of the verdict the trial's prosecutor", () => {
    expect(x.facts).toContain("Lewis Hartigan PROSECUTED trial:held");
  });
  it("gives every mention the article text it covers", () => {
    for (const e of x.extraction.entities) for (const m of e.mentions) {
      expect(x.article.text.slice(m.start, m.end)).toBe(m.surface);
      const s = x.sentences[m.sentence]!;
      expect(m.start >= s.start && m.end <= s.end, `${e.label}: ${m.surface} lies in sentence ${m.sentence}`).toBe(true);
    }
  });
  it("keeps two people who share a surname apart", () => {
    const y = extract(`Brothers sentenced

Kurt Halloran was sentenced to six years in prison on Tuesday for arson. His brother, Dean Halloran, testified against him.

Kurt Halloran's lawyer, Mina Patel, said he would appeal.
`);
    const people = y.extraction.entities.filter((e) => e.type === "Person").map((e) => e.label).sort();
    expect(people).toEqual(["Dean Halloran", "Kurt Halloran", "Mina Patel"]);
    expect(y.facts).toContain("Mina Patel REPRESENTS Kurt Halloran");
    expect(y.facts).not.toContain("Mina Patel REPRESENTS Dean Halloran");
  });
});

// The everyday sentences of court reporting, every phrasing with several ways of naming the accused (a local paper's
// "X, 41, of Y Road, Z,", a job before the name, a town's "A Z man, X, 41,", Indian "The accused, X,", Irish
// "X (41), from Z,", a pronoun after the name) and several charges (one, a count, a list, a long statutory name).
// Each phrasing must give the accused the charge and the plea or verdict it states, whichever way the accused is
// named; the traps (negations, prospects, questions, a relative, a victim) must give none. Names are invented.
import { describe, expect, it } from "vitest";
import { story } from "./helpers.ts";
import type { Story } from "./helpers.ts";

const GIVEN = ["Martin", "Alan", "Gary", "Stephen", "Paul", "Darren", "Neil", "Keith", "Craig", "Wayne", "Dean", "Shaun", "Carl"];
const FAMILY = ["Vellacott", "Brundish", "Hathersage", "Pennycook", "Straughan", "Quenby", "Larkworthy", "Fensome", "Dimmock", "Ramdhanie", "Varughese", "Tiernan", "Gallacher", "Siddall"];

/** Ways of naming the accused as a sentence's subject; `lead` is a sentence before it when the subject is a pronoun. */
const SUBJECTS: { id: string; subject: (n: string) => string; object: (n: string) => string; lead?: (n: string) => string }[] = [
  { id: "address", subject: (n) => `${n}, 41, of Harrow Lane, Eastwick,`, object: (n) => n },
  { id: "job-before", subject: (n) => `Former postman ${n}`, object: (n) => `former postman ${n}` },
  { id: "bare", subject: (n) => n, object: (n) => n },
  { id: "town-man", subject: (n) => `An Eastwick man, ${n}, 41,`, object: (n) => n },
  { id: "the-accused", subject: (n) => `The accused, ${n},`, object: (n) => n },
  { id: "irish-age", subject: (n) => `${n} (41), from Eastwick,`, object: (n) => n },
  { id: "pronoun", subject: () => "He", object: () => "him", lead: (n) => `${n}, 41, was at Dunmere Crown Court on Friday.` },
];

const CHARGES: { text: string; charges: string[]; counts?: boolean }[] = [
  { text: "burglary", charges: ["burglary"] },
  { text: "two counts of fraud", charges: ["fraud"], counts: true },
  { text: "dangerous driving and failing to stop", charges: ["dangerous driving", "failing to stop"] },
  { text: "assault occasioning actual bodily harm", charges: ["assault occasioning actual bodily harm"] },
];

type Outcome = "guilty" | "not_guilty" | "dismissed";
interface Phrasing {
  id: string;
  text: (subject: string, charges: string, object: string) => string;
  plea?: "guilty" | "not_guilty";
  verdict?: Outcome;
  /** A trap: no charge, plea or verdict for the accused. */
  none?: true;
  /** Not with "two counts of": the phrasing already names its charges as counts or charges. */
  noCounts?: true;
}

const clause = (s: string) => s.replace(/,$/, "");

const PHRASINGS: Phrasing[] = [
  // British and Irish local papers
  { id: "jailed after pleading guilty", text: (s, c) => `${s} was jailed for four years at Dunmere Crown Court on Friday after pleading guilty to ${c}.`, plea: "guilty" },
  { id: "jailed for", text: (s, c) => `${s} has been jailed for four years for ${c}.`, verdict: "guilty" },
  { id: "sentenced after being convicted", text: (s, c) => `${s} was sentenced to four years in prison after being convicted of ${c}.`, verdict: "guilty" },
  { id: "found guilty after a trial", text: (s, c) => `${s} was found guilty of ${c} following a three-day trial at Dunmere Crown Court.`, verdict: "guilty" },
  { id: "admitted when he appeared", text: (s, c) => `${s} admitted ${c} when he appeared at Dunmere Magistrates' Court on Tuesday.`, plea: "guilty" },
  { id: "cleared by a jury", text: (s, c) => `${s} was cleared of ${c} by a jury at Dunmere Crown Court.`, verdict: "not_guilty" },
  { id: "pleaded not guilty", text: (s, c) => `${s} pleaded not guilty to ${c} and will stand trial in March.`, plea: "not_guilty" },
  { id: "suspended sentence after admitting", text: (s, c) => `${s} was given a suspended sentence after admitting ${c}.`, plea: "guilty" },
  { id: "convicted and sentenced", text: (s, c) => `${s} was convicted of ${c} and sentenced to 18 months.`, verdict: "guilty" },
  { id: "appeared charged with", text: (s, c) => `${s} appeared at Dunmere Magistrates' Court charged with ${c}.` },
  { id: "to be sentenced after a jury convicted him", text: (s, c) => `${s} is due to be sentenced next month after a jury convicted him of ${c}.`, verdict: "guilty" },
  { id: "denied but convicted", text: (s, c) => `${s} denied ${c} but was convicted after a trial.`, plea: "not_guilty", verdict: "guilty" },
  { id: "pleaded guilty at court to", text: (s, c) => `${s} pleaded guilty at Dunmere Crown Court to ${c}.`, plea: "guilty" },
  { id: "acquitted on a day", text: (s, c) => `${s} was acquitted of ${c} on Thursday.`, verdict: "not_guilty" },
  { id: "charged after an incident", text: (s, c) => `${s} has been charged with ${c} after an incident in the town centre.` },
  { id: "remanded after appearing accused of", text: (s, c) => `${s} was remanded in custody after appearing in court accused of ${c}.` },
  { id: "has admitted", text: (s, c) => `${s} has admitted ${c}.`, plea: "guilty" },
  { id: "community order for", text: (s, c) => `${s} was given a 12-month community order for ${c}.`, verdict: "guilty" },
  { id: "who admitted, jailed", text: (s, c) => `${clause(s)}, who admitted ${c}, was jailed for two years.`, plea: "guilty" },
  { id: "spared jail after admitting", text: (s, c) => `${s} was spared jail after admitting ${c}.`, plea: "guilty" },
  { id: "walked free after being cleared", text: (s, c) => `${s} walked free from court after being cleared of ${c}.`, verdict: "not_guilty" },
  { id: "to be sentenced after found guilty", text: (s, c) => `${s} will be sentenced next month after he was found guilty of ${c}.`, verdict: "guilty" },
  { id: "jurors convicted", text: (_, c, o) => `Jurors at Dunmere Crown Court convicted ${o} of ${c}.`, verdict: "guilty" },
  { id: "found not guilty", text: (s, c) => `${s} has been found not guilty of ${c}.`, verdict: "not_guilty" },
  { id: "convicted on a day of", text: (s, c) => `${s} was convicted on Thursday of ${c}.`, verdict: "guilty" },
  { id: "charged and remanded", text: (s, c) => `${s} was charged with ${c} and remanded in custody.` },
  { id: "appeared in court accused of", text: (s, c) => `${s} appeared in court accused of ${c}.` },
  { id: "handed a sentence for", text: (s, c) => `${s} was handed a two-year sentence for ${c}.`, verdict: "guilty" },
  { id: "ordered to pay after admitting", text: (s, c) => `${s} was ordered to pay £500 after admitting ${c}.`, plea: "guilty" },
  { id: "yesterday found guilty", text: (s, c) => `${s} was yesterday found guilty of ${c}.`, verdict: "guilty" },
  { id: "last week convicted", text: (s, c) => `${s} was last week convicted of ${c}.`, verdict: "guilty" },
  { id: "a judge jailed", text: (_, c, o) => `A judge at Dunmere Crown Court jailed ${o} for three years for ${c}.`, verdict: "guilty" },
  { id: "received a sentence for", text: (s, c) => `${s} received a three-year sentence for ${c}.`, verdict: "guilty" },
  { id: "fined for", text: (s, c) => `${s} was fined £300 for ${c}.`, verdict: "guilty" },
  { id: "denies", text: (s, c) => `${s} denies ${c}.`, plea: "not_guilty" },
  { id: "admitted at an earlier hearing", text: (s, c) => `${s} admitted ${c} at an earlier hearing.`, plea: "guilty" },
  { id: "had earlier pleaded guilty", text: (s, c) => `${s} had earlier pleaded guilty to ${c}.`, plea: "guilty" },
  { id: "who denies, will stand trial", text: (s, c) => `${clause(s)}, who denies ${c}, will stand trial in June.`, plea: "not_guilty" },
  { id: "found guilty by a jury of", text: (s, c) => `${s} was found guilty by a jury of ${c}.`, verdict: "guilty" },
  { id: "banned after admitting", text: (s, c) => `${s} was banned from driving for two years after admitting ${c}.`, plea: "guilty" },
  { id: "unpaid work after he admitted", text: (s, c) => `${s} has been sentenced to 200 hours of unpaid work after he admitted ${c}.`, plea: "guilty" },
  { id: "entered a guilty plea", text: (s, c) => `${s} entered a guilty plea to ${c}.`, plea: "guilty" },
  { id: "entered not guilty pleas", text: (s, c) => `${s} entered not guilty pleas to ${c}.`, plea: "not_guilty" },
  { id: "jailed after being found guilty", text: (s, c) => `${s} was jailed for six years after being found guilty of ${c}.`, verdict: "guilty" },
  // American wires and metros
  { id: "pleaded guilty Tuesday in federal court", text: (s, c) => `${s} pleaded guilty Tuesday to ${c} in federal court in Dunmere.`, plea: "guilty" },
  { id: "sentenced Tuesday to federal prison for", text: (s, c) => `${s} was sentenced Tuesday to five years in federal prison for ${c}.`, verdict: "guilty" },
  { id: "indicted on charges of", text: (s, c) => `${s} was indicted on charges of ${c}.`, noCounts: true },
  { id: "faces charges of", text: (s, c) => `${s} faces charges of ${c}.`, noCounts: true },
  { id: "arrested and charged", text: (s, c) => `${s} was arrested and charged with ${c}.` },
  { id: "convicted Friday after a weeklong trial", text: (s, c) => `${s} was convicted Friday of ${c} after a weeklong trial.`, verdict: "guilty" },
  { id: "a jury acquitted", text: (_, c, o) => `A jury acquitted ${o} of ${c} on Monday.`, verdict: "not_guilty" },
  // Indian and Australian papers
  { id: "held guilty by a sessions court", text: (s, c) => `${s} was held guilty of ${c} by a sessions court.`, verdict: "guilty" },
  { id: "rigorous imprisonment for", text: (s, c) => `${s} was sentenced to seven years' rigorous imprisonment for ${c}.`, verdict: "guilty" },
  { id: "a sessions court convicted", text: (_, c, o) => `A sessions court on Monday convicted ${o} of ${c}.`, verdict: "guilty" },
  { id: "pleaded guilty in the County Court", text: (s, c) => `${s} pleaded guilty in the County Court to ${c}.`, plea: "guilty" },
  { id: "found not guilty by a jury of", text: (s, c) => `${s} was found not guilty by a jury of ${c}.`, verdict: "not_guilty" },
  { id: "charges dropped", text: (_, c, o) => `Charges of ${c} against ${o} were dropped.`, verdict: "dismissed", noCounts: true },
  // traps
  { id: "trap: not charged", text: (s, c) => `${s} was not charged with ${c}.`, none: true },
  { id: "trap: could face", text: (s, c) => `${s} could face charges of ${c}, police said.`, none: true, noCounts: true },
  { id: "trap: if convicted", text: (s, c, o) => `If convicted of ${c}, ${o === "him" ? "he" : o} faces up to ten years.`, none: true },
  { id: "trap: denied ever being charged", text: (s, c) => `${s} denied that he had ever been charged with ${c}.`, none: true },
  { id: "trap: considering whether to charge", text: (_, c, o) => `Prosecutors are considering whether to charge ${o} with ${c}.`, none: true },
  { id: "trap: no charges brought", text: (_, c, o) => `No charges of ${c} were brought against ${o}.`, none: true, noCounts: true },
  { id: "trap: never convicted", text: (s, c) => `${s} has never been convicted of ${c}.`, none: true },
  { id: "trap: the victim", text: (s, c) => `${s} was the victim of ${c}, the court heard.`, none: true },
  { id: "trap: a witness at another's trial", text: (s, c) => `${s} gave evidence at the trial of a man accused of ${c}.`, none: true },
  { id: "trap: may be charged", text: (s, c) => `${s} may be charged with ${c} later this week.`, none: true },
  { id: "trap: a question", text: (_, c, o) => `Will ${o === "him" ? "he" : o} be convicted of ${c}?`, none: true },
  { id: "trap: his brother", text: (s, c) => `${clause(s).replace(/^He$/, "His")}${/^He,?$/.test(s) ? "" : "'s"} brother was charged with ${c}.`, none: true },
];

const OPPOSITE: Record<string, string> = { guilty: "not_guilty", not_guilty: "guilty" };

/** What a reader checks: the accused's charges, pleas and verdicts, by outcome and charge. */
function read(s: Story, name: string): string[] {
  const byId = new Map(s.entities.map((e) => [e.id, e]));
  const person = s.entities.find((e) => e.type === "Person" && e.label === name);
  const view = (id: string): string => {
    const e = byId.get(id);
    if (!e) return id;
    if (e.type === "Verdict") return `Verdict(${e.attrs.outcome})`;
    if (e.type === "Plea") return `Plea(${e.attrs.plea})`;
    if (e.type === "Trial") return "Trial";
    return e.id === person?.id ? "accused" : e.label;
  };
  return s.relations.map((r) => `${view(r.source)} -${r.type}-> ${view(r.target)}`);
}

describe("court reports: each everyday phrasing, whichever way the accused is named", () => {
  PHRASINGS.forEach((p, pi) => {
    CHARGES.forEach((c, ci) => {
      if (c.counts && p.noCounts) return;
      // each phrasing meets every way of naming the accused across its charges
      for (const si of [(pi + ci) % SUBJECTS.length, (pi + ci + 3) % SUBJECTS.length]) {
        const subj = SUBJECTS[si]!;
        const name = `${GIVEN[(pi + si) % GIVEN.length]} ${FAMILY[(pi * 3 + ci + si) % FAMILY.length]}`;
        const body = [subj.lead?.(name), p.text(subj.subject(name), c.text, subj.object(name))].filter(Boolean).join(" ");
        it(`${p.id} / ${subj.id} / ${c.text}`, () => {
          const lines = read(story(`Court report\n\n${body}\n`), name);
          const shown = `${body}\n${lines.join("\n")}`;
          if (p.none) {
            expect(lines.filter((l) => /^accused -(?:CHARGED_WITH|ENTERED_PLEA|DEFENDANT_IN)->/.test(l)), shown).toEqual([]);
            expect(lines.filter((l) => /Verdict\(/.test(l)), shown).toEqual([]);
            return;
          }
          for (const charge of c.charges) expect(lines, shown).toContain(`accused -CHARGED_WITH-> ${charge}`);
          if (p.plea) {
            expect(lines, shown).toContain(`accused -ENTERED_PLEA-> Plea(${p.plea})`);
            for (const charge of c.charges) expect(lines, shown).toContain(`Plea(${p.plea}) -ON_CHARGE-> ${charge}`);
            expect(lines, shown).not.toContain(`accused -ENTERED_PLEA-> Plea(${OPPOSITE[p.plea]})`);
          }
          if (p.verdict) for (const charge of c.charges) expect(lines, shown).toContain(`Verdict(${p.verdict}) -ON_CHARGE-> ${charge}`);
          // a guilty plea may end in a conviction; nothing else gives a verdict the sentence does not state
          const allowed = new Set([p.verdict, p.plea === "guilty" ? "guilty" : undefined].filter(Boolean));
          expect(lines.filter((l) => /^Verdict\((\w+)\) -ON_CHARGE->/.test(l) && !allowed.has(/^Verdict\((\w+)\)/.exec(l)![1]!)), shown).toEqual([]);
        });
      }
    });
  });
});

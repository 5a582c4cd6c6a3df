// Who else is in a court report, told the everyday ways (a judge "said" or "sentencing him", a Recorder, a
// magistrate; counsel "defending", "for the defence", "representing X", "his lawyer, X"; "prosecuting", a Crown or
// public prosecutor, an assistant district attorney; a victim who "told the court", a witness who "gave evidence"),
// after reports of a British, an American and an Indian trial, and after an Australian guilty plea (no trial: only
// counsel are tied then). The traps: another's lawyer, the victim's family's lawyer. Names are invented; "Oscar" is a
// given name no name otherwise starts with (an Oscar is an award).
import { describe, expect, it } from "vitest";
import { relationLines, story } from "./helpers.ts";

const TRIALS: { id: string; text: (n: string) => string; trial: boolean }[] = [
  { id: "British jury trial", text: (n) => `${n}, 34, of Mill Road, Eastwick, was jailed for six years at Dunmere Crown Court on Friday after being found guilty of robbery.`, trial: true },
  { id: "American jury trial", text: (n) => `${n}, 34, was convicted Thursday of robbery by a jury in Dunmere County Superior Court.`, trial: true },
  { id: "Indian sessions court", text: (n) => `A sessions court in Dunmere on Monday convicted ${n}, 34, of robbery.`, trial: true },
  { id: "Australian guilty plea", text: (n) => `${n}, 34, pleaded guilty in the Dunmere District Court to robbery and was sentenced to four years.`, trial: false },
];

const JUDGE = "Helena Brightwater", COUNSEL = "Oscar Penhale", PROSECUTOR = "Ruth Calloway", WITNESS = "Ivy Stonebridge";
type Told = { id: string; text: (surname: string) => string; fact?: string; trialOnly?: boolean };
const TOLD: Told[] = [
  { id: "the judge said", text: () => `Judge ${JUDGE} said the attack was cowardly.`, fact: `${JUDGE} -PRESIDED_OVER-> TRIAL`, trialOnly: true },
  { id: "sentencing him, the judge", text: (s) => `Sentencing ${s}, Judge ${JUDGE} said he had shown no remorse.`, fact: `${JUDGE} -PRESIDED_OVER-> TRIAL`, trialOnly: true },
  { id: "a Recorder told him", text: () => `Recorder ${JUDGE} told him: "You terrified your victim."`, fact: `${JUDGE} -PRESIDED_OVER-> TRIAL`, trialOnly: true },
  { id: "Justice X said", text: () => `Justice ${JUDGE} said the offence was serious.`, fact: `${JUDGE} -PRESIDED_OVER-> TRIAL`, trialOnly: true },
  { id: "the judge, X,", text: () => `The judge, ${JUDGE}, said the offence was serious.`, fact: `${JUDGE} -PRESIDED_OVER-> TRIAL`, trialOnly: true },
  { id: "presiding judge", text: () => `Presiding judge ${JUDGE} described the attack as brutal.`, fact: `${JUDGE} -PRESIDED_OVER-> TRIAL`, trialOnly: true },
  { id: "defending, X said", text: () => `Defending, ${COUNSEL} said his client was remorseful.`, fact: `${COUNSEL} -REPRESENTS-> ACCUSED` },
  { id: "X, defending, said", text: () => `${COUNSEL}, defending, said his client had a difficult childhood.`, fact: `${COUNSEL} -REPRESENTS-> ACCUSED` },
  { id: "his lawyer, X,", text: () => `His lawyer, ${COUNSEL}, said he would appeal.`, fact: `${COUNSEL} -REPRESENTS-> ACCUSED` },
  { id: "X, for the defence,", text: () => `${COUNSEL}, for the defence, said the sentence was too harsh.`, fact: `${COUNSEL} -REPRESENTS-> ACCUSED` },
  { id: "defence counsel X", text: () => `Defence counsel ${COUNSEL} said he was sorry.`, fact: `${COUNSEL} -REPRESENTS-> ACCUSED` },
  { id: "X, representing Y,", text: (s) => `${COUNSEL}, representing ${s}, said he had lost his job.`, fact: `${COUNSEL} -REPRESENTS-> ACCUSED` },
  { id: "X, an attorney for Y,", text: (s) => `${COUNSEL}, an attorney for ${s}, said he would appeal.`, fact: `${COUNSEL} -REPRESENTS-> ACCUSED` },
  { id: "Y's lawyer, X,", text: (s) => `${s}'s lawyer, ${COUNSEL}, said he would appeal.`, fact: `${COUNSEL} -REPRESENTS-> ACCUSED` },
  { id: "advocate X appeared for the accused", text: () => `Advocate ${COUNSEL} appeared for the accused.`, fact: `${COUNSEL} -REPRESENTS-> ACCUSED` },
  { id: "prosecuting, X said", text: () => `Prosecuting, ${PROSECUTOR} said the victim was left terrified.`, fact: `${PROSECUTOR} -PROSECUTED-> TRIAL`, trialOnly: true },
  { id: "X, prosecuting, told the court", text: () => `${PROSECUTOR}, prosecuting, told the court the victim was terrified.`, fact: `${PROSECUTOR} -PROSECUTED-> TRIAL`, trialOnly: true },
  { id: "Crown prosecutor X", text: () => `Crown prosecutor ${PROSECUTOR} said the victim was terrified.`, fact: `${PROSECUTOR} -PROSECUTED-> TRIAL`, trialOnly: true },
  { id: "Assistant District Attorney X", text: () => `Assistant District Attorney ${PROSECUTOR} said the victim was terrified.`, fact: `${PROSECUTOR} -PROSECUTED-> TRIAL`, trialOnly: true },
  { id: "public prosecutor X argued", text: () => `Public prosecutor ${PROSECUTOR} argued for the maximum sentence.`, fact: `${PROSECUTOR} -PROSECUTED-> TRIAL`, trialOnly: true },
  { id: "the victim, X, told the court", text: () => `The victim, ${WITNESS}, told the court she still had nightmares.`, fact: `${WITNESS} -TESTIFIED_IN-> TRIAL`, trialOnly: true },
  { id: "X gave evidence", text: () => `${WITNESS}, 29, gave evidence that she had been threatened.`, fact: `${WITNESS} -TESTIFIED_IN-> TRIAL`, trialOnly: true },
  { id: "X testified", text: () => `${WITNESS} testified that he had pulled a knife.`, fact: `${WITNESS} -TESTIFIED_IN-> TRIAL`, trialOnly: true },
  { id: "trap: a co-accused's lawyer", text: () => `${COUNSEL}, who represented a co-accused at an earlier hearing, was not in court.` },
  { id: "trap: the victim's family's lawyer", text: () => `${COUNSEL}, a lawyer for the victim's family, said they were relieved.` },
];

const GIVEN = ["Colin", "Barry", "Lee", "Darren", "Neil"];
const FAMILY = ["Quenby", "Larkworthy", "Fensome", "Dimmock", "Tiernan"];

describe("the people of a court report, told the everyday ways", () => {
  TRIALS.forEach((t, ti) => TOLD.forEach((p, pi) => {
    if (p.trialOnly && !t.trial) return;
    const accused = `${GIVEN[(ti + pi) % GIVEN.length]} ${FAMILY[(pi * 2 + ti) % FAMILY.length]}`;
    const text = `Man sentenced\n\n${t.text(accused)} ${p.text(accused.split(" ")[1]!)}\n`;
    it(`${t.id} / ${p.id}`, () => {
      const lines = relationLines(story(text)).map((l) => l.replaceAll(accused, "ACCUSED").replace(/-> [^>]*(?:trial|case)$/, "-> TRIAL"));
      const shown = `${text}\n${lines.join("\n")}`;
      if (p.fact) expect(lines, shown).toContain(p.fact);
      else expect(lines.filter((l) => /-(?:REPRESENTS|PROSECUTED)->/.test(l)), shown).toEqual([]);
      // nobody but the accused is charged, tried or pleads
      expect(lines.filter((l) => /-(?:CHARGED_WITH|DEFENDANT_IN|ENTERED_PLEA)->/.test(l) && !l.startsWith("ACCUSED ")), shown).toEqual([]);
    });
  }));
});

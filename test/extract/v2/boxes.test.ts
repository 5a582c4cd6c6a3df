// Verdicts and pleas set in a box beside the story, one line a count or a defendant: "Verdicts:" then
// "- Count 1, fraud: guilty", "* Murder - not guilty", "- A, 34: pleaded guilty to ...". Each story is
// invented, in a style of its own; each row names what a reader takes from it and what it must not yield.
import { describeStories, relationLines, story, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Nigerian daily: a verdict box under the headline, before the lede names its one defendant",
    text: "Lagos trader cleared of laundering, convicted of fraud\n\nVerdicts:\n- Count 1, fraud: guilty\n- Count 2, money laundering: not guilty\n- Count 3, forgery: not guilty\n\nChuka Obiora, 45, stood trial at the Federal High Court in Lagos on charges of fraud, forgery and money laundering.",
    facts: ["Obiora trial: guilty -ON_CHARGE-> fraud", "Obiora trial: not guilty -ON_CHARGE-> money laundering", "Obiora trial: not guilty -ON_CHARGE-> forgery"],
    not: ["Obiora trial: guilty -ON_CHARGE-> money laundering"],
  },
  {
    style: "Scottish tabloid: a box of charges with their outcomes after a spaced dash",
    text: "Jury returns split verdicts in Glasgow stabbing trial\n\n* Murder - not guilty\n* Culpable homicide - guilty\n\nRoss Baird, 29, was tried at the High Court in Glasgow for the murder of Kyle Elcock.",
    facts: ["Baird trial: not guilty -ON_CHARGE-> Murder", "Baird trial: guilty -ON_CHARGE-> Culpable homicide"],
    not: ["Baird trial: guilty -ON_CHARGE-> Murder", "Ross Baird -CHARGED_WITH-> Murder - not guilty"],
  },
  {
    style: "Scottish broadsheet: 'Verdicts:' then a line per defendant, each with its own outcome",
    text: "Ross Baird, 29, and Kevin Moir, 31, stood trial at the High Court in Glasgow charged with murder and assault.\n\nVerdicts:\nRoss Baird: guilty of assault, not guilty of murder\nKevin Moir: not guilty of assault",
    facts: ["Kevin Moir: not_guilty of assault", "Ross Baird: guilty of assault", "Ross Baird: not_guilty of murder"],
    not: ["Ross Baird: not_guilty of assault", "Kevin Moir: guilty of assault"],
  },
  {
    style: "Scottish broadsheet: a box headed in capitals, round bullets, outcomes in capitals after a dash, 'not proven'",
    text: "Ross Baird, 29, stood trial at the High Court in Glasgow.\n\nTHE VERDICTS\n• Assault to severe injury – GUILTY\n• Attempted murder – NOT PROVEN",
    facts: ["Baird trial: guilty -ON_CHARGE-> Assault to severe injury", "Baird trial: not guilty -ON_CHARGE-> Attempted murder"],
  },
  {
    style: "Irish daily: numbered counts under 'Verdict:', and unbulleted lines under 'Verdicts:'",
    text: "Sean Tully, 41, stood trial at the Kestleford Crown Court.\n\nVerdict:\n1. Assault causing harm: Guilty\n2. False imprisonment: Not guilty",
    facts: ["Tully trial: guilty -ON_CHARGE-> Assault causing harm", "Tully trial: not guilty -ON_CHARGE-> False imprisonment"],
  },
  {
    style: "Scottish broadsheet: a line per defendant with only an outcome",
    text: "Ross Baird, 29, and Kevin Moir, 31, stood trial at the High Court in Glasgow charged with assault.\n\nVerdicts\n- Ross Baird: guilty\n- Kevin Moir, 31: not guilty",
    facts: ["Kevin Moir: not_guilty of assault", "Ross Baird: guilty of assault"],
    not: ["Kevin Moir: guilty of assault", "Ross Baird: not_guilty of assault"],
  },
  {
    style: "Pakistani daily: co-defendants' pleas one a line, a colon or a dash after each name",
    text: "Four men answered charges over a Karachi smuggling ring at an anti-terrorism court on Monday.\n\n- Imran Morcombe, 34: pleaded guilty to conspiracy to smuggle weapons\n- Bilal Ahmed (29): admitted possession of firearms\n- Tariq Javed - not guilty plea\n- Sohail Raza, 41, pleaded not guilty to conspiracy to smuggle weapons",
    facts: [
      "Imran Morcombe -ENTERED_PLEA-> Imran Morcombe pleads guilty", "Imran Morcombe pleads guilty -ON_CHARGE-> conspiracy to smuggle weapons",
      "Bilal Ahmed pleads guilty -ON_CHARGE-> possession of firearms",
      "Tariq Javed -ENTERED_PLEA-> Tariq Javed pleads not guilty",
      "Sohail Raza pleads not guilty -ON_CHARGE-> conspiracy to smuggle weapons",
    ],
    not: ["Tariq Javed -ENTERED_PLEA-> Tariq Javed pleads guilty", "Imran Morcombe pleads not guilty -ON_CHARGE-> conspiracy to smuggle weapons"],
  },
  {
    style: "Pakistani daily: under 'Pleas:' a name and an outcome is a plea, not a verdict",
    text: "Four men appeared at an anti-terrorism court in Karachi over a smuggling ring.\n\nPleas:\n- Imran Morcombe: guilty\n- Bilal Ahmed, 29: not guilty",
    facts: ["Imran Morcombe -ENTERED_PLEA-> Imran Morcombe pleads guilty", "Bilal Ahmed -ENTERED_PLEA-> Bilal Ahmed pleads not guilty"],
    not: ["Imran Morcombe -DEFENDANT_IN-> Morcombe trial", "Bilal Ahmed -DEFENDANT_IN-> Ahmed trial"],
  },
  {
    style: "South African weekly: a bulleted roll of directors and their pleas, a dash after the age",
    text: "Three directors of a Durban construction firm appeared in the Specialised Commercial Crimes Court.\n\n* Lwazi Ndlela, 52 - pleaded guilty to fraud\n* Thandi Nkosi, 47 - pleaded not guilty to fraud and corruption\n* Johan Botha, of Umhlanga: did not plead",
    facts: ["Lwazi Ndlela pleads guilty -ON_CHARGE-> fraud", "Thandi Nkosi pleads not guilty -ON_CHARGE-> corruption"],
    not: ["Johan Botha -ENTERED_PLEA-> Johan Botha pleads guilty", "Johan Botha -ENTERED_PLEA-> Johan Botha pleads not guilty", "Thandi Nkosi pleads guilty -ON_CHARGE-> fraud"],
  },
];

/** Relation lines, and "Ana Ruiz: guilty of theft" for each outcome on a charge a defendant faced. */
function outcomesOf(text: string): string[] {
  const s = story(text);
  const label = (id: string) => s.entities.find((e) => e.id === id)?.label ?? id;
  const outcomes = s.relations.filter((r) => r.type === "ON_CHARGE").flatMap((r) => {
    const outcome = s.entities.find((e) => e.id === r.source)?.attrs.outcome;
    return s.relations.filter((c) => c.type === "CHARGED_WITH" && c.target === r.target).map((c) => `${label(c.source)}: ${outcome} of ${label(r.target)}`);
  });
  return [...relationLines(s), ...outcomes];
}

describeStories("verdict boxes and plea lines", ROWS, outcomesOf);

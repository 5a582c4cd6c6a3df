// Everyday charges of the local and national press that were cut short or lost: the British drug schedules' grade
// ("possession of a Class B drug with intent to supply", "being concerned in the supply of Class A drugs") is part of
// the offence's name; a verdict "in his absence" keeps its charge; a defendant described with a post before the name
// ("acquitted a former permanent secretary in the ministry, X, of money laundering") keeps the acquittal's charge.
import { describeStories } from "./helpers.ts";

describeStories("drug schedules, verdicts in absence, described defendants acquitted", [
  {
    style: "English local weekly: 'admitted possession of a Class B drug with intent to supply'",
    text: `Dealer jailed

Ruaridh Quarrie, 24, of Mill Lane, admitted possession of a Class B drug with intent to supply at Tullagh Crown Court.`,
    facts: ["Ruaridh Quarrie -CHARGED_WITH-> possession of a Class B drug with intent to supply"],
    not: ["Ruaridh Quarrie -CHARGED_WITH-> possession"],
  },
  {
    style: "Scottish daily: 'pleaded guilty to being concerned in the supply of Class A drugs'",
    text: `Courier admits drugs role

Okwudili Brackenby pleaded guilty to being concerned in the supply of Class A drugs when he appeared at Carrowmore Sheriff Court.`,
    facts: ["Okwudili Brackenby -CHARGED_WITH-> being concerned in the supply of Class A drugs"],
  },
  {
    style: "National Crime Agency release: 'conspiracy to import a Class A drug'",
    text: `Three jailed over cocaine plot

Wanjiru Kemboi, 45, pleaded guilty to conspiracy to import a Class A drug.`,
    facts: ["Wanjiru Kemboi -CHARGED_WITH-> conspiracy to import a Class A drug"],
    not: ["Wanjiru Kemboi -CHARGED_WITH-> conspiracy to import"],
  },
  {
    style: "Magistrates' round-up: 'was found guilty in his absence of failing to pay'",
    text: `Court round-up

Ruaridh Haverleigh, 52, of Tullagh Road, was found guilty in his absence of failing to pay a fare.`,
    facts: ["Ruaridh Haverleigh -CHARGED_WITH-> failing to pay a fare"],
  },
  {
    style: "Nigerian daily: 'acquitted a former permanent secretary in the ministry, X, of money laundering'",
    text: `Court frees ex-perm sec

The Federal High Court in Abuja on Tuesday acquitted a former permanent secretary in the ministry, Chidozie Brackenby, of money laundering.`,
    facts: ["Brackenby trial: not guilty -ON_CHARGE-> money laundering"],
  },
]);

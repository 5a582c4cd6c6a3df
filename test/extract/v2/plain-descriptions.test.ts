// "The man admitted fraud", "The cheat was jailed": British, Irish and Australian court reports name their defendant,
// once named, by a plain noun for anyone. It stands for the article's topic only as a sentence's subject right before a
// defendant's verb, only when the story has told the topic as one accused, and never when an unnamed person of that
// noun was introduced (the victim of a crash, "a 27-year-old man" the police arrested, are not the defendant).
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British tabloid: 'The cheat admitted' after the lede's 'conman ... has been jailed'",
    text: "LOVE CHEAT CAGED\n\nA smooth-talking conman who fleeced three widows has been jailed. Rhys Brackley, 52, targeted women he met online, Kestleford Crown Court heard. Brackley told them his bank account was frozen. Brackley spent the money on gambling. The cheat admitted three counts of fraud by false representation. Brackley was jailed for six years.",
    facts: ["Rhys Brackley -CHARGED_WITH-> fraud by false representation", "Rhys Brackley pleads guilty -ON_CHARGE-> fraud by false representation"],
  },
  {
    style: "Irish local: 'The man pleaded guilty' after he was charged",
    text: "Builder before court\n\nDeclan Tulloch, 41, was charged with assault causing harm after a row outside a pub in Ardcarrig. Tulloch said he had been drinking, the court heard. Gardaí said Tulloch punched a doorman. Tulloch has 14 previous convictions. The man pleaded guilty to assault causing harm at Ardcarrig District Court on Tuesday.",
    facts: ["Declan Tulloch pleads guilty -ON_CHARGE-> assault causing harm"],
  },
  {
    style: "Australian regional: a cyclist who died is the topic; 'The man was charged' is someone else",
    text: "Tributes for cyclist\n\nTributes have been paid to a cyclist who died after being struck by a car on Saturday. Owen Stanwick, 58, was riding home from work. Stanwick's daughter said he was generous. Stanwick had worked as a teacher for 30 years. Stanwick leaves behind three children. The man was charged with dangerous driving occasioning death.",
    facts: [],
    not: ["Owen Stanwick -CHARGED_WITH-> dangerous driving occasioning death"],
  },
  {
    style: "British regional: 'a 27-year-old man' the police arrested is 'the man' charged, not the man named",
    text: "Man charged over burglary\n\nPensioner Harold Fenwick, 81, was charged with careless driving last year. Fenwick's home in Ardcarrig was burgled on Monday. Fenwick said he was shaken. Fenwick has lived there for 50 years. Police arrested a 27-year-old man nearby. The man was charged with burglary.",
    facts: [],
    not: ["Harold Fenwick -CHARGED_WITH-> burglary"],
  },
];

describeStories("a defendant named by a plain noun", ROWS);

// A co-defendant's outcome given to the main defendant: "His pal Y ... dodged jail after admitting X" read "His" as the
// one who admitted, and "He admitted X" after "His pal Y dodged jail" read "He" as the man the article opened on. The
// possessive owns the pal; the pal is the subject. Each story is invented, in a style the corpora lack.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British tabloid: 'His pal Y, 21, dodged jail after admitting X' is Y's plea",
    text: "Burglar caged\n\nThaddeus Brannock, 22, was jailed for two years for burglary at Kelton Crown Court. His pal Ezekiel Seddon, 21, dodged jail after admitting handling stolen goods.",
    facts: ["Ezekiel Seddon -CHARGED_WITH-> handling stolen goods", "Ezekiel Seddon -ENTERED_PLEA-> Ezekiel Seddon pleads guilty"],
    not: ["Thaddeus Brannock -CHARGED_WITH-> handling stolen goods", "Thaddeus Brannock -ENTERED_PLEA-> Thaddeus Brannock pleads guilty"],
  },
  {
    style: "Scottish local paper: 'He admitted' after 'His mate Y dodged jail' is Y",
    text: "Pair sentenced over van thefts\n\nThaddeus Brannock, 22, was jailed for two years for burglary. His mate Ezekiel Seddon, 21, dodged jail. He admitted handling stolen goods and was given a community payback order.",
    facts: ["Ezekiel Seddon -CHARGED_WITH-> handling stolen goods", "Thaddeus Brannock -CHARGED_WITH-> burglary"],
    not: ["Thaddeus Brannock -CHARGED_WITH-> handling stolen goods"],
  },
  {
    style: "Irish regional: 'His friend Y, who admitted X, was fined' is Y's plea",
    text: "Thaddeus Brannock was convicted of fraud at Cork Circuit Criminal Court. His friend Ezekiel Seddon, who admitted money laundering, was fined.",
    facts: ["Ezekiel Seddon -CHARGED_WITH-> money laundering", "Thaddeus Brannock -CHARGED_WITH-> fraud"],
    not: ["Thaddeus Brannock -CHARGED_WITH-> money laundering"],
  },
  {
    style: "British wire: the client is still 'he' after 'His lawyer, Y, said'",
    text: "Thaddeus Brannock was jailed for life for murder. His lawyer, Amara Seddon, said he would appeal.",
    facts: ["Amara Seddon -REPRESENTS-> Thaddeus Brannock"],
  },
];

describeStories("a companion's outcome is the companion's", ROWS);

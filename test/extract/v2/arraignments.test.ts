// Arraignment reports (Nigerian, Kenyan and Indian dailies): the accused named after the post they held at a
// described firm ("A former managing director of a Lagos-based microfinance bank, X,"), and co-accused named
// with their posts ("arraigned alongside the bank's former head of operations, Y"). The name after the firm's
// comma is the post holder's, never the firm's; the post's words are no charge. Invented stories.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Nigerian daily: the accused after a post at a described bank, co-accused after theirs",
    text: "A former managing director of a Lagos-based microfinance bank, Efosa Osagie, was on Thursday arraigned before the Federal High Court on a 12-count charge of conspiracy and money laundering. Osagie was arraigned alongside the bank's former head of operations, Folake Ikechukwu, and a businessman, Chia Huat.",
    facts: ["Efosa Osagie -HOLDS_ROLE-> managing director", "Efosa Osagie -CHARGED_WITH-> money laundering", "Folake Ikechukwu -HOLDS_ROLE-> head of operations"],
    not: ["Efosa Osagie -CHARGED_WITH-> operations", "Folake Ikechukwu -HOLDS_ROLE-> managing director"],
  },
  {
    style: "Kenyan daily: the chief executive of a described insurer",
    text: "The chief executive of a Nairobi-based insurer, Muriuki Korir, was charged with stealing 40 million shillings from the firm on Monday.",
    facts: ["Muriuki Korir -HOLDS_ROLE-> chief executive", "Muriuki Korir -CHARGED_WITH-> stealing"],
  },
  {
    style: "Indian daily: charged alongside a described colleague, then of a real offence",
    text: "Police said Devraj Kesari was booked alongside the firm's head of accounts, Rohan Mehta, for cheating and criminal breach of trust.",
    facts: ["Devraj Kesari -CHARGED_WITH-> cheating"],
    not: ["Devraj Kesari -CHARGED_WITH-> accounts"],
  },
  {
    style: "Nigerian daily: 'They all pleaded' after the co-accused named with their posts",
    text: "Efosa Osagie was arraigned on a 12-count charge of conspiracy and money laundering. Osagie was arraigned alongside the bank's former head of operations, Folake Ikechukwu, and a businessman, Chia Huat. They all pleaded not guilty to the charges.",
    facts: ["Efosa Osagie -ENTERED_PLEA-> Efosa Osagie pleads not guilty", "Folake Ikechukwu -ENTERED_PLEA-> Folake Ikechukwu pleads not guilty", "Chia Huat -ENTERED_PLEA-> Chia Huat pleads not guilty"],
  },
  {
    style: "Ghanaian daily: a lawyer named after the accused's possessive is no co-accused of 'they'",
    text: "Efosa Osagie was charged with fraud. Osagie's lawyer, Chia Huat, spoke briefly. They pleaded not guilty to the charges.",
    facts: [],
    not: ["Chia Huat -ENTERED_PLEA-> Chia Huat pleads not guilty"],
  },
  {
    style: "Kenyan daily: the prosecution 'led by' its counsel at an arraignment, where no trial has begun",
    text: "Dennis Brenwick was arraigned before Chief Magistrate Esther Garwick, where he denied six counts of abuse of office. His co-accused, businessman Peter Stanwick, denied three counts of money laundering. The prosecution, led by Senior Principal Prosecution Counsel Alex Dorsett, told the court that the two colluded.",
    facts: ["Dennis Brenwick -ENTERED_PLEA-> Dennis Brenwick pleads not guilty", "Peter Stanwick -ENTERED_PLEA-> Peter Stanwick pleads not guilty"],
    not: ["Peter Stanwick -DEFENDANT_IN-> Stanwick trial", "Dennis Brenwick -DEFENDANT_IN-> Brenwick trial", "Alex Dorsett -PROSECUTED-> Stanwick trial"],
  },
];

describeStories("arraignments and the posts of the accused", ROWS);

// Trap stories (a British business page, a film trade paper, an Indian film page): a company named after a described
// accused's post is where they worked, never the accused; a word that only praises or ranks a performer opening the
// sentence is no film; a lede's "A producer" is the one the next sentence calls producer. Each story is invented, and
// each trap has a close variant whose true reading must stay.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "business page: 'A former accountant at X, who left the firm in 2019, has been cleared' clears no company",
    text: "---\npublished: 2025-05-04\n---\nEmployee cleared\n\nA former accountant at Norland Mills, who left the firm in 2019, has been cleared of fraud. Patrick Sewell, 55, now works for Oakridge Partners.",
    facts: ["Patrick Sewell -HOLDS_ROLE-> accountant"],
    not: ["Norland Mills -CHARGED_WITH-> fraud", "Norland Mills -DEFENDANT_IN-> Mills trial"],
  },
  {
    style: "business page, variant: a company itself cleared stays the defendant",
    text: "---\npublished: 2025-05-04\n---\nFirm cleared\n\nNorland Mills, a textile maker, has been cleared of fraud at Bradford Crown Court.",
    facts: ["Norland Mills -CHARGED_WITH-> fraud"],
  },
  {
    style: "Indian film page: 'Aspiring actress X' opening the sentence names no film 'Aspiring'",
    text: "---\npublished: 2025-05-03\n---\nAuditions\n\nAspiring actress Priya Venkat, 22, was turned down for a role in \"The Long Monsoon\" before she accused director Arun Bhasker of harassment.",
    facts: ["Priya Venkat -HOLDS_ROLE-> actor"],
    not: ["Priya Venkat -ACTED_IN-> Aspiring"],
  },
  {
    style: "trade paper, variant: 'Veteran actor X starred in Y' keeps the film",
    text: "---\npublished: 2025-05-03\n---\nStar\n\nVeteran actor Colm Reddy starred in \"Stone Quay\". Disgraced banker Ian Pryor was jailed for fraud.",
    facts: ["Colm Reddy -ACTED_IN-> Stone Quay", "Colm Reddy -HOLDS_ROLE-> actor", "Ian Pryor -HOLDS_ROLE-> banker"],
  },
  {
    style: "film trade paper: the lede's 'A producer ... sued by an actress' is the one the next sentence calls producer, not the actress named first",
    text: "---\npublished: 2025-05-02\n---\nFilm producer sued\n\nA producer of the film \"Night Harbour\" is being sued by an actress who says she was not paid. Lena Sorvik, who did not appear in \"Night Harbour\", says producer Max Ruehl owes her $40,000 for another film.",
    facts: ["Max Ruehl -HOLDS_ROLE-> producer"],
    not: ["Lena Sorvik -HOLDS_ROLE-> producer"],
  },
];

describeStories("traps: employers of the described accused, praise words, a lede's role named again", ROWS);

// Civil findings as employment courts, tribunals and the High Court's defamation lists are reported: the worker and the
// employer told apart, the finding naming both ("ruled that X Ltd had dismissed Y without a hearing"), a newspaper whose
// name opens with "The" ("found that The X Herald had defamed him"), a named judge who awarded damages, and a suit
// against a list set after a description with a number or between dashes ("sued the band's three other founders, A, B
// and C"). Each story is invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Kenyan daily: an employment court's judgment against a haulier",
    text: "Firm to pay ex-worker Sh2.4m for unlawful sacking\n\nA Nairobi firm has been ordered to pay a former employee Sh2.4 million for unlawful termination.\n\nJustice Fergal Quilliam of the Employment and Labour Relations Court ruled that Wrexford Freight Ltd had dismissed Maeve Tallis without a hearing.",
    facts: [
      "Maeve Tallis -PLAINTIFF_IN-> Maeve Tallis v. Wrexford Freight Ltd",
      "Wrexford Freight Ltd -DEFENDANT_IN-> Maeve Tallis v. Wrexford Freight Ltd",
      "Fergal Quilliam -PRESIDED_OVER-> Maeve Tallis v. Wrexford Freight Ltd",
    ],
  },
  {
    style: "UK regional paper: a tribunal finds a council sacked its librarian unfairly",
    text: "Librarian wins tribunal against council\n\nA librarian who was sacked after 22 years has won her claim against her employer.\n\nThe tribunal found that Ingleby Borough Council sacked its former librarian, Maeve Tallis, unfairly.",
    facts: ["Ingleby Borough Council -DEFENDANT_IN-> Maeve Tallis v. Ingleby Borough Council"],
  },
  {
    style: "UK regional paper: a dismissal the tribunal found lawful is no finding against the employer",
    text: "Haulier cleared at tribunal\n\nThe tribunal found that Wrexford Freight Ltd had dismissed Maeve Tallis lawfully after she failed three drug tests.",
    facts: [],
    not: ["Wrexford Freight Ltd -DEFENDANT_IN-> Maeve Tallis v. Wrexford Freight Ltd"],
  },
  {
    style: "Irish broadsheet: a defamation action against a newspaper",
    text: "Businessman wins €75,000 over articles\n\nBusinessman Caspar Brannock has won a defamation action over a series of articles.\n\nThe High Court found that The Wrexford Herald had defamed him.\n\nJustice Fergal Quilliam awarded Mr Brannock €75,000.",
    facts: [
      "Caspar Brannock -PLAINTIFF_IN-> Caspar Brannock v. Wrexford Herald",
      "Wrexford Herald -DEFENDANT_IN-> Caspar Brannock v. Wrexford Herald",
      "Fergal Quilliam -PRESIDED_OVER-> Caspar Brannock v. Wrexford Herald",
    ],
  },
  {
    style: "Music trade press: a suit against three bandmates named after a description",
    text: "Singer sues former bandmates over royalties\n\nIn 2016, Maeve Tallis sued the band's three other founders, Caspar Brannock, Fergal Quilliam and Lorcan Dunmore, claiming she had been pushed out.",
    facts: [
      "Caspar Brannock -DEFENDANT_IN-> Maeve Tallis v. Caspar Brannock",
      "Fergal Quilliam -DEFENDANT_IN-> Maeve Tallis v. Caspar Brannock",
      "Lorcan Dunmore -DEFENDANT_IN-> Maeve Tallis v. Caspar Brannock",
    ],
  },
  {
    style: "US local paper: a suit against the city and two officers, the officers named after a number",
    text: "Woman sues city, officers over arrest\n\nMaeve Tallis sued the city and two officers, Caspar Brannock and Fergal Quilliam, in 2019, saying she was wrongly arrested.",
    facts: [
      "Caspar Brannock -DEFENDANT_IN-> Maeve Tallis v. Caspar Brannock",
      "Fergal Quilliam -DEFENDANT_IN-> Maeve Tallis v. Caspar Brannock",
      "Maeve Tallis -PLAINTIFF_IN-> Maeve Tallis v. Caspar Brannock",
    ],
  },
  {
    style: "Australian paper: defendants set between dashes",
    text: "Former manager sued\n\nMaeve Tallis sued her former managers - Caspar Brannock and Fergal Quilliam - in the Federal Court.",
    facts: ["Fergal Quilliam -DEFENDANT_IN-> Maeve Tallis v. Caspar Brannock"],
  },
];

describeStories("civil findings told by employment courts and defamation lists", ROWS);

// A lender's, a council's or a company's claim against a person, told by the order to pay it ("was ordered to repay
// £1.2 million to Ingleby Bank", "found liable to repay the bank £400,000", "a judgment of £3 million was entered against
// X in favour of Y", "ruled against X in the case brought by Y"), as business desks and local papers write it; money a
// criminal court orders repaid is no suit, and a bank that "brought the case against" its former director sued him, it
// did not prosecute him. Each story is invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "UK business desk: a former director ordered to repay a bank",
    text: "Ex-director must repay £1.2m to bank\n\nCaspar Brannock was ordered to repay £1.2 million to Ingleby Bank after the High Court ruled against him.\n\nThe bank had said he approved loans to friends.",
    facts: [
      "Caspar Brannock -DEFENDANT_IN-> Ingleby Bank v. Caspar Brannock",
      "Ingleby Bank -PLAINTIFF_IN-> Ingleby Bank v. Caspar Brannock",
    ],
  },
  {
    style: "English local paper: a landlord ordered to pay the council",
    text: "Landlord loses case over unsafe flats\n\nCaspar Brannock has been ordered to pay Wrexford Borough Council £40,000 after losing a case over unsafe flats.",
    facts: ["Wrexford Borough Council -PLAINTIFF_IN-> Wrexford Borough Council v. Caspar Brannock"],
  },
  {
    style: "Scottish paper: found liable to repay",
    text: "Trader liable for bank's losses\n\nCaspar Brannock was found liable to repay Ingleby Bank £400,000.",
    facts: ["Caspar Brannock -DEFENDANT_IN-> Ingleby Bank v. Caspar Brannock"],
  },
  {
    style: "Irish business pages: a judgment entered in the bank's favour",
    text: "€3m judgment against developer\n\nA judgment of £3 million was entered against Caspar Brannock in favour of Ingleby Bank.",
    facts: ["Ingleby Bank -PLAINTIFF_IN-> Ingleby Bank v. Caspar Brannock"],
  },
  {
    style: "Welsh daily: the court ruled against him in the case the bank brought",
    text: "Court rules against former manager\n\nThe High Court ruled against Caspar Brannock in the case brought by Ingleby Bank.",
    facts: ["Caspar Brannock -DEFENDANT_IN-> Ingleby Bank v. Caspar Brannock"],
  },
  {
    style: "UK business desk: a bank that brought the case against its former director sued him",
    text: "Bank sues former director\n\nIngleby Bank brought the case against Caspar Brannock, its former finance director, in 2021.",
    facts: ["Ingleby Bank -PLAINTIFF_IN-> Ingleby Bank v. Caspar Brannock"],
    not: ["Ingleby Bank -PROSECUTED-> Brannock trial", "Caspar Brannock -DEFENDANT_IN-> Brannock trial"],
  },
  {
    style: "English regional: a fraudster jailed and ordered to repay his employer is no suit",
    text: "Bank clerk jailed for fraud\n\nCaspar Brannock, 44, admitted fraud at Wrexford Crown Court. He was jailed for three years and ordered to repay £40,000 to Ingleby Bank.",
    facts: [],
    not: ["Ingleby Bank -PLAINTIFF_IN-> Ingleby Bank v. Caspar Brannock", "Caspar Brannock -DEFENDANT_IN-> Ingleby Bank v. Caspar Brannock"],
  },
];

describeStories("civil judgments told by an order to pay the one who sued", ROWS);

// A surname that is also a common word ("Trounce had denied", "Swallow's barrister, X,"): after the article has named
// the person in full, the word opening a later sentence before a verb or a possessive is that surname, though the
// tagger reads it as a verb.
import { describeStories } from "./helpers.ts";

describeStories("surnames that are common words, opening a sentence", [
  {
    style: "British broadsheet, an insider dealing acquittal: two defendants whose surnames are verbs",
    text: "Financier Trounce cleared of insider dealing after eight-week trial\n\nBy Helen Mabery, Legal Correspondent\n\nA former hedge fund manager accused of trading on confidential information about a takeover has been acquitted by a jury at Harlow Crown Court.\n\nMarcus Trounce, 54, had denied two counts of insider dealing relating to shares in a packaging company in 2021.\n\nTrounce had denied any wrongdoing from the outset, telling investigators that his trades were based on public research.\n\nHis co-defendant, former banker Alistair Swallow, 49, was also cleared. Prosecutors had alleged that Mr Swallow passed details of the takeover to Trounce over dinner at a London club.\n\nMr Swallow said outside court that the case should never have been brought. \"I have lost three years of my life,\" he said.\n\nTrounce thanked his wife, Rosalind Trounce, and his daughter for standing by him.\n\nJudge Celia Hammerton told the jurors they had reached the right verdict on the evidence before them.\n\nThe Financial Conduct Authority, which brought the prosecution, said it would consider the judgment carefully.\n\nSwallow's barrister, Graham Pettigrove KC, said his client would now seek his costs.\n\nThe case was the regulator's first insider dealing prosecution to go before a jury in three years. Trounce's solicitor, Aldric Pollexfen, said the verdict raised questions about how such cases were chosen.\n\nSwallow had been arrested at his home in Surrey in 2022. Swallow told the jury he had never discussed the takeover with anyone outside the bank.",
    facts: ["Graham Pettigrove -REPRESENTS-> Alistair Swallow", "Aldric Pollexfen -REPRESENTS-> Marcus Trounce", "Rosalind Trounce -RELATED_TO(wife)-> Marcus Trounce"],
    not: ["Graham Pettigrove -REPRESENTS-> Marcus Trounce", "Aldric Pollexfen -REPRESENTS-> Alistair Swallow"],
  },
]);

// Suits told as a party's own or from the one sued: "testified in her lawsuit against X", "sided with Y in his
// defamation case against X", "X's libel action against the Herald", "is being sued for $10 million by Y", "ordered
// X to pay Sh5 million in damages to Y", "unfairly dismissed its former manager, Y". The owner sued; the one after
// "against" or ordered to pay is sued. A prosecutor's case is no suit. Each story is invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "US wire: a plaintiff testifies in the civil trial of her own lawsuit, the owner a pronoun",
    text: "Writer testifies\n\nYsolde Cattermole testified on Tuesday in the civil trial of her lawsuit against former producer Dunmore Halvard, who she says assaulted her in 2015.",
    facts: ["Ysolde Cattermole -PLAINTIFF_IN-> Ysolde Cattermole v. Dunmore Halvard", "Dunmore Halvard -DEFENDANT_IN-> Ysolde Cattermole v. Dunmore Halvard"],
    not: ["Dunmore Halvard -PLAINTIFF_IN-> Ysolde Cattermole v. Dunmore Halvard"],
  },
  {
    style: "New York tabloid: a jury sides with the writer in her defamation case",
    text: "Jury sides with writer\n\nA Manhattan jury sided with writer Vesna Kirrilov on Friday in her defamation case against magazine publisher Halvard Ostrowe.",
    facts: ["Vesna Kirrilov -PLAINTIFF_IN-> Vesna Kirrilov v. Halvard Ostrowe", "Halvard Ostrowe -DEFENDANT_IN-> Vesna Kirrilov v. Halvard Ostrowe"],
  },
  {
    style: "Australian broadsheet: a prosecutor's case against the accused is no suit",
    text: "Crown closes case\n\nThe prosecutor, Marlise Fenwright, said her case against Dunmore Halvard was overwhelming.",
    facts: [],
    not: ["Marlise Fenwright -PLAINTIFF_IN-> Marlise Fenwright v. Dunmore Halvard", "Dunmore Halvard -DEFENDANT_IN-> Marlise Fenwright v. Dunmore Halvard"],
  },
  {
    style: "British sports page: a footballer's libel action against a newspaper named with its article",
    text: "Footballer's libel claim fails\n\nDunmore Halvard's libel action against the Talbridge Herald was dismissed by the High Court in London on Friday.",
    facts: ["Dunmore Halvard -PLAINTIFF_IN-> Dunmore Halvard v. Talbridge Herald", "Talbridge Herald -DEFENDANT_IN-> Dunmore Halvard v. Talbridge Herald"],
  },
  {
    style: "Canadian business wire: a chief executive sued for a sum, the one who sued named after it",
    text: "Bank chief sued\n\nHalvard Ostrowe, the chief executive of Corvane Bank, is being sued for $10 million by Zindzi Mabaso, a former employee.",
    facts: ["Zindzi Mabaso -PLAINTIFF_IN-> Zindzi Mabaso v. Halvard Ostrowe", "Halvard Ostrowe -DEFENDANT_IN-> Zindzi Mabaso v. Halvard Ostrowe"],
    not: ["Halvard Ostrowe -PLAINTIFF_IN-> Zindzi Mabaso v. Halvard Ostrowe"],
  },
  {
    style: "Kenyan daily: a court orders a bank to pay damages to a teacher",
    text: "Court awards Sh5 million to teacher\n\nThe High Court in Nairobi has ordered Corvane Bank to pay Sh5 million in damages to Dunmore Wekesa, a teacher whose account was frozen without notice.",
    facts: ["Dunmore Wekesa -PLAINTIFF_IN-> Dunmore Wekesa v. Corvane Bank", "Corvane Bank -DEFENDANT_IN-> Dunmore Wekesa v. Corvane Bank", "Dunmore Wekesa v. Corvane Bank -RESULTED_IN-> Dunmore Wekesa v. Corvane Bank: liable"],
  },
  {
    style: "British trade press: an employment tribunal finds a firm unfairly dismissed its manager",
    text: "Food firm loses tribunal\n\nThe Employment Tribunal has ruled that Talbridge Foods unfairly dismissed its former warehouse manager, Zindzi Mabaso.",
    facts: ["Zindzi Mabaso -PLAINTIFF_IN-> Zindzi Mabaso v. Talbridge Foods", "Talbridge Foods -DEFENDANT_IN-> Zindzi Mabaso v. Talbridge Foods", "Zindzi Mabaso v. Talbridge Foods -RESULTED_IN-> Zindzi Mabaso v. Talbridge Foods: liable"],
  },
];

describeStories("suits told as a party's own or from the one sued", ROWS);

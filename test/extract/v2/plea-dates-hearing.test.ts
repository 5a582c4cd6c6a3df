// The date of a plea told with the hearing it was entered at: "denied the charge when he appeared before the magistrate
// last month", "appeared at X Court on Monday, where he pleaded guilty". Invented Indian, British, Kenyan and Australian
// court reports; after "not", a date the story must not give (one a speaker's verb tells after a comma).
import { describeDatedStories } from "./dated.ts";

const PUBLISHED = "---\npublished: 2025-11-12\n---\n";

describeDatedStories("a plea dated by the hearing it was entered at", [
  {
    style: "Indian: 'denied the charge when he appeared before the magistrate last month'",
    text: `${PUBLISHED}Manager denies forgery\n\nPUNE: A former bank manager, Anand Velankar, has been charged with forgery. Velankar denied the charge when he appeared before the magistrate last month.`,
    facts: ["Anand Velankar -ENTERED_PLEA-> Anand Velankar pleads not guilty{2025-10}"],
  },
  {
    style: "British regional: 'pleaded not guilty ... when he appeared at X Magistrates' Court on Monday'",
    text: `${PUBLISHED}Man denies theft\n\nKellan Grebe, 29, pleaded not guilty to theft when he appeared at Harwick Magistrates' Court on Monday.`,
    facts: ["Kellan Grebe -ENTERED_PLEA-> Kellan Grebe pleads not guilty{2025-11-10}"],
  },
  {
    style: "Kenyan: 'He denied the charge when he appeared before Senior Principal Magistrate X on Tuesday'",
    text: `${PUBLISHED}Clerk charged\n\nNAIROBI — Kiprop Thrale, 41, was charged with stealing Sh2 million. He denied the charge when he appeared before Senior Principal Magistrate Ruth Amolo on Tuesday and was released on bond.`,
    facts: ["Kiprop Thrale -ENTERED_PLEA-> Kiprop Thrale pleads not guilty{2025-11-11}"],
  },
  {
    style: "Australian: 'appeared in the District Court on Monday, where he pleaded guilty'",
    text: `${PUBLISHED}Guilty plea\n\nKellan Grebe, 29, appeared at Harwick District Court on Monday, where he pleaded guilty to fraud.`,
    facts: ["Kellan Grebe -ENTERED_PLEA-> Kellan Grebe pleads guilty{2025-11-10}"],
  },
  {
    style: "Scottish: a denial at an earlier hearing, 'but changed his plea when the case reached the High Court in October'",
    text: `${PUBLISHED}Driver admits charges\n\nKellan Grebe, 31, had denied both charges at an earlier hearing, but changed his plea when the case reached the High Court in October.`,
    facts: ["Kellan Grebe -ENTERED_PLEA-> Kellan Grebe pleads guilty{2025-10}"],
  },
  {
    style: "Nigerian: 'entered guilty pleas to both charges ... at the High Court on Monday'",
    text: `${PUBLISHED}Cashier pleads guilty\n\nLAGOS — Kellan Grebe entered guilty pleas to both charges of fraud and forgery at the Lagos High Court on Monday.`,
    facts: ["Kellan Grebe -ENTERED_PLEA-> Kellan Grebe pleads guilty{2025-11-10}"],
  },
  {
    style: "Canadian: 'The jury took five hours to convict him on Friday'",
    text: `${PUBLISHED}Jury convicts\n\nKellan Grebe was charged with fraud. The jury took five hours to convict him on Friday.`,
    facts: ["Grebe trial -RESULTED_IN-> Grebe trial: guilty{2025-11-07}"],
  },
  {
    style: "US wire: 'was arraigned on Monday and pleaded not guilty to fraud' is a plea, entered that day",
    text: `${PUBLISHED}Arraignment\n\nKellan Grebe was arraigned on Monday and pleaded not guilty to fraud.`,
    facts: ["Kellan Grebe -ENTERED_PLEA-> Kellan Grebe pleads not guilty{2025-11-10}", "Kellan Grebe pleads not guilty{2025-11-10} -ON_CHARGE-> fraud"],
  },
  {
    style: "Kenyan: 'denied the charges before Chief Magistrate X on Tuesday'",
    text: `${PUBLISHED}Clerk charged\n\nKellan Grebe was charged with fraud. Grebe denied the charges before Chief Magistrate Ruth Amolo on Tuesday.`,
    facts: ["Kellan Grebe -ENTERED_PLEA-> Kellan Grebe pleads not guilty{2025-11-11}"],
  },
  {
    style: "Singaporean: 'pleaded not guilty when the charges were read to him on Monday'",
    text: `${PUBLISHED}Trader charged\n\nKellan Grebe was charged with cheating. He pleaded not guilty when the charges were read to him on Monday.`,
    facts: ["Kellan Grebe -ENTERED_PLEA-> Kellan Grebe pleads not guilty{2025-11-10}"],
  },
  {
    style: "Indian: 'Sessions judge X on Saturday held him guilty'",
    text: `${PUBLISHED}Engineer convicted\n\nKellan Grebe was charged with cheating. Sessions judge Anita Kaul on Saturday held him guilty.`,
    facts: ["Grebe trial -RESULTED_IN-> Grebe trial: guilty{2025-11-08}"],
  },
  {
    style: "Wire: a date a speaker's verb tells after the hearing's clause is no plea's",
    text: `${PUBLISHED}Man denies theft\n\nKellan Grebe pleaded not guilty to fraud when he appeared in court, his lawyer said on Monday.`,
    facts: ["Kellan Grebe -ENTERED_PLEA-> Kellan Grebe pleads not guilty"],
  },
]);

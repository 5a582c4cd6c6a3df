// Suits told as claims a party is pressing rather than one "filed" ("is bringing claims of discrimination against
// Y", "is seeking £250,000 from Y", "is claiming damages against Y"), from the side of the one sued in a relative
// passive ("Y, which was sued by X"), a verdict told with a date before "that" ("a jury found on Thursday that Y
// had wrongfully dismissed X"), and a jury siding with one side "in her dispute with" the other. Each story is
// invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Canadian broadsheet: a civil trial's verdict dated between 'found' and 'that', its judge and witnesses",
    text: "Jury sides with former nurse in wrongful dismissal trial\n\nTORONTO — A former nurse who said she was fired for raising alarms about staffing has won $1.4 million.\n\nAfter a three-week civil trial in Ontario Superior Court, a jury found on Thursday that Kirwood Health Group had wrongfully dismissed Maren Brannagh in 2021. Justice Colm Ostlund presided.\n\nBrannagh, 52, testified that managers told her to stop filing incident reports.",
    facts: [
      "Kirwood Health Group -DEFENDANT_IN-> Maren Brannagh v. Kirwood Health Group",
      "Maren Brannagh -PLAINTIFF_IN-> Maren Brannagh v. Kirwood Health Group",
      "Maren Brannagh v. Kirwood Health Group -RESULTED_IN-> Maren Brannagh v. Kirwood Health Group: liable",
      "Maren Brannagh v. Kirwood Health Group -HELD_AT-> Ontario Superior Court",
      "Colm Ostlund -PRESIDED_OVER-> Maren Brannagh v. Kirwood Health Group",
      "Maren Brannagh -TESTIFIED_IN-> Maren Brannagh v. Kirwood Health Group",
    ],
  },
  {
    style: "British regional paper: claims being brought at an employment tribunal",
    text: "Sales manager's claim\n\nMaren Brannagh, 41, is bringing claims of sex discrimination against her former employer, Harrowgate Motors, at an employment tribunal.",
    facts: ["Maren Brannagh -PLAINTIFF_IN-> Maren Brannagh v. Harrowgate Motors", "Harrowgate Motors -DEFENDANT_IN-> Maren Brannagh v. Harrowgate Motors"],
  },
  {
    style: "New Zealand tabloid: damages sought from a manager named after a description, before a named judge",
    text: "Star takes on ex-manager\n\nPop star Kiri Dunleavy is seeking damages from her former manager, Rhys Veltmann, claiming he took her royalties. The case is being heard in the High Court in Auckland before Justice Aroha Keverne.",
    facts: [
      "Kiri Dunleavy -PLAINTIFF_IN-> Kiri Dunleavy v. Rhys Veltmann",
      "Rhys Veltmann -DEFENDANT_IN-> Kiri Dunleavy v. Rhys Veltmann",
      "Aroha Keverne -PRESIDED_OVER-> Kiri Dunleavy v. Rhys Veltmann",
    ],
  },
  {
    style: "Kenyan weekly: a sum claimed from a publisher",
    text: "Footballer v publisher\n\nFormer footballer Jabu Wexcombe is claiming Sh5 million from Fenwright Media over a 2021 article.",
    facts: ["Jabu Wexcombe -PLAINTIFF_IN-> Jabu Wexcombe v. Fenwright Media", "Fenwright Media -DEFENDANT_IN-> Jabu Wexcombe v. Fenwright Media"],
  },
  {
    style: "Irish business page: the one sued told first, in a relative passive",
    text: "Builder liable\n\nIlsworth Developments, which was sued by Nora Rowntree in 2020, was found liable on Tuesday.",
    facts: ["Nora Rowntree -PLAINTIFF_IN-> Nora Rowntree v. Ilsworth Developments", "Ilsworth Developments -DEFENDANT_IN-> Nora Rowntree v. Ilsworth Developments"],
  },
  {
    style: "US wire: a jury sides with a singer in her dispute with a label",
    text: "Jury finds for singer\n\nA federal jury in Nashville has sided with singer Kiri Dunleavy in her copyright dispute with record label Ashgrove Music.",
    facts: ["Kiri Dunleavy -PLAINTIFF_IN-> Kiri Dunleavy v. Ashgrove Music", "Ashgrove Music -DEFENDANT_IN-> Kiri Dunleavy v. Ashgrove Music"],
  },
  {
    style: "Australian broadsheet: money only thought of, and a claim not brought",
    text: "No claim yet\n\nNora Rowntree may seek $40,000 from Ilsworth Developments. Jabu Wexcombe is not bringing a claim against Fenwright Media.",
    facts: [],
    not: ["Nora Rowntree -PLAINTIFF_IN-> Nora Rowntree v. Ilsworth Developments", "Jabu Wexcombe -PLAINTIFF_IN-> Jabu Wexcombe v. Fenwright Media"],
  },
];

describeStories("claims pressed, and suits told from the side of the one sued", ROWS);

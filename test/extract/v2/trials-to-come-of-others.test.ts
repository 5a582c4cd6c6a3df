// A trial to come told in a joined verb phrase ("Y was also charged and is due to face trial next year") belongs to
// the sentence's subject, another accused, not to the defendant whose verdict the article led with; so does "His trial is set
// for June" after that accused is named. Invented stories.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Australian broadcaster: a manager convicted, his co-accused supervisor to face trial next year",
    text: "Mine manager guilty over worker's death\n\nA jury in the District Court convicted Wesley Carrodus of industrial manslaughter on Friday.\n\nJudge Fergal Baillieu will sentence him in March.\n\nThe mine's former site supervisor, Lorcan Dundas, was also charged over the death and is due to face trial next year. He has pleaded not guilty.",
    facts: ["Lorcan Dundas -DEFENDANT_IN-> Dundas trial (to come)", "Wesley Carrodus -DEFENDANT_IN-> Carrodus trial"],
    not: ["Wesley Carrodus -DEFENDANT_IN-> Carrodus retrial", "Wesley Carrodus -DEFENDANT_IN-> Carrodus trial (to come)"],
  },
  {
    style: "British regional: a driver jailed, the passenger's own trial to come",
    text: "Driver jailed over crash\n\nLuton Crown Court jailed Ossian Ludgrove for four years after he admitted causing death by dangerous driving.\n\nHis passenger that night, Tobiah Wilmot, was later charged with perverting the course of justice and will stand trial in June. Wilmot denies the charge.",
    facts: ["Tobiah Wilmot -DEFENDANT_IN-> Wilmot trial (to come)"],
    not: ["Ossian Ludgrove -DEFENDANT_IN-> Ludgrove trial (to come)"],
  },
  {
    style: "Canadian broadcaster: a coach convicted, another coach's trial set, told with 'His trial'",
    text: "Coach found guilty\n\nJustice Renee Lavoie found Marc-Andre Gagneur guilty of sexual interference on Thursday.\n\nAnother former coach with the same team, Denis Morrissette, was charged with similar offences last year. His trial is set for June.",
    facts: ["Denis Morrissette -DEFENDANT_IN-> Morrissette trial (to come)"],
    not: ["Marc-Andre Gagneur -DEFENDANT_IN-> Gagneur retrial", "Marc-Andre Gagneur -DEFENDANT_IN-> Gagneur trial (to come)"],
  },
];

describeStories("a trial to come of another accused, told in a joined verb phrase", ROWS);

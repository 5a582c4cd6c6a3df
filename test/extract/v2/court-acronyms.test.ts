// Pakistani, Indian and Bangladeshi reports name a court by its kind and define its letters ("An anti-terrorism court
// (ATC) on Tuesday sentenced ..."), then title its judge with them ("ATC Judge X"), and name the sentenced only after the
// sentence ("The convicts sentenced to death are A and B"). Counsel for "the defence" of several is counsel for no one of them.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Pakistani daily: a court known by its letters, its judge titled by them",
    text: "ATC convicts two in lynching case\n\nJHELUM: An anti-terrorism court (ATC) on Tuesday sentenced two men to death for murder. ATC Judge Tahira Naseem announced the verdict. "
      + "The convicts sentenced to death for murder are Sohail Idrees and Usman Wattoo. The defence was led by advocate Malik Javed.",
    facts: ["Tahira Naseem -WORKS_FOR-> ATC", "Sohail Idrees -CHARGED_WITH-> murder", "Usman Wattoo -CHARGED_WITH-> murder"],
    not: ["Malik Javed -REPRESENTS-> Sohail Idrees", "Malik Javed -REPRESENTS-> Usman Wattoo"],
  },
];

describeStories("courts known by their letters", ROWS);

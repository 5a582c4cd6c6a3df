// Where a criminal trial was held, told the ways court reporters set the court: fronted before the bench ("At Ingleby
// Crown Court on Friday, a jury found him guilty of robbery"), or in a trial's own phrase with its judge first ("His
// trial before Justice X at the High Court in Nairobi began on Monday"), beside another court that only remanded or
// charged the accused. Each story is invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "English regional: remanded by magistrates, convicted by a jury at the crown court set first",
    text: "Man guilty of post office raid\n\nCaspar Brannock was remanded in custody by Wrexford Magistrates' Court in January. At Ingleby Crown Court on Friday, a jury found him guilty of robbery.",
    facts: ["Brannock trial -HELD_AT-> Ingleby Crown Court"],
    not: ["Brannock trial -HELD_AT-> Wrexford Magistrates' Court"],
  },
  {
    style: "Kenyan daily: charged at one court, tried before a named judge at another",
    text: "Murder trial opens\n\nCaspar Brannock was charged at the Milimani Law Courts with murder. His trial before Justice Fergal Quilliam at the High Court in Nairobi began on Monday.",
    facts: [
      "Caspar Brannock -DEFENDANT_IN-> Brannock trial",
      "Brannock trial -HELD_AT-> High Court in Nairobi",
      "Fergal Quilliam -PRESIDED_OVER-> Brannock trial",
    ],
  },
  {
    style: "Ugandan paper: the accused's trial by name, judge before court",
    text: "Trial of businessman begins\n\nCaspar Brannock was charged with murder in May. Caspar Brannock's trial before Justice Fergal Quilliam at the High Court in Kampala began on Monday.",
    facts: ["Brannock trial -HELD_AT-> High Court in Kampala", "Fergal Quilliam -PRESIDED_OVER-> Brannock trial"],
  },
];

describeStories("where a criminal trial was held", ROWS);

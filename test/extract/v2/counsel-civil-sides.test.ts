// Counsel for a side of the one civil suit told by the side's word: "appearing for the defenders" (a Scottish action),
// "counsel for the plaintiff", "Appearing for the claimants, X told the court". A singular word names a side of one only,
// and a defendant's word beside a criminal case names no one.
import { describeStories } from "./helpers.ts";

const suit = "Widow awarded £2m over husband's death\n\nA widow has been awarded £2 million in damages from a haulage firm and its driver over her husband's death on the A9.\n\nMoira Quennell sued Corrib Haulage Ltd and its driver, Fergal Vanderhoek, at the Court of Session in Edinburgh.\n\n";

describeStories("counsel for a side of a suit", [
  {
    style: "Scottish broadsheet: 'X KC, appearing for the defenders, said' (the Court of Session's word for the side sued)",
    text: suit + "Lorcan Ossory KC, appearing for the defenders, said the firm accepted liability.",
    facts: ["Lorcan Ossory -REPRESENTS-> Corrib Haulage Ltd", "Lorcan Ossory -REPRESENTS-> Fergal Vanderhoek"],
    not: ["Lorcan Ossory -REPRESENTS-> Moira Quennell"],
  },
  {
    style: "Scottish broadsheet: 'Appearing for the pursuer, X told the court' (the one who sued)",
    text: suit + "Appearing for the pursuer, Aoife Tarrell told the court the award was fair.",
    facts: ["Aoife Tarrell -REPRESENTS-> Moira Quennell"],
  },
  {
    style: "Irish daily: 'X, counsel for the defendant,' where two were sued: a singular side names no one",
    text: suit + "Lorcan Ossory, counsel for the defendant, said the driver had not been speeding.",
    facts: [],
    not: ["Lorcan Ossory -REPRESENTS-> Corrib Haulage Ltd", "Lorcan Ossory -REPRESENTS-> Fergal Vanderhoek"],
  },
]);

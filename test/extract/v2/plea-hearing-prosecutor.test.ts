// A prosecutor who spoke at one defendant's plea hearing is not the prosecutor of a co-accused's trial to come:
// the defendant the prosecutor's own sentence names is the one the prosecutor spoke of. One who only pleaded
// guilty has no trial, so the prosecutor is tied to none.
import { table } from "./helpers.ts";

table("a plea hearing's prosecutor and a co-accused's planned trial", [
  {
    name: "UK regional daily: one driver admits the charge, the other will stand trial",
    text: "Driver admits causing death\n\nOwen Kavanagh, 29, and Liam Ferrant, 34, were charged with causing death by dangerous driving after a crash in Ravensby in 2023.\n\nFerrant will stand trial at Ravensby Crown Court in September.\n\nAt a hearing on Monday, Kavanagh pleaded guilty to causing death by dangerous driving. Prosecutor Helen Maybury told the court that Kavanagh had been driving at 90mph.",
    has: ["Liam Ferrant -DEFENDANT_IN-> Ferrant trial (to come)", "Owen Kavanagh -ENTERED_PLEA-> Owen Kavanagh pleads guilty"],
    not: ["Helen Maybury -PROSECUTED-> Ferrant trial (to come)", "Owen Kavanagh -DEFENDANT_IN-> Ferrant trial (to come)"],
  },
  {
    name: "a prosecutor whose sentence names the defendant on trial prosecutes that trial",
    text: "Trial opens\n\nLiam Ferrant, 34, went on trial at Ravensby Crown Court on Monday accused of causing death by dangerous driving. Prosecutor Helen Maybury told jurors that Ferrant had been driving at 90mph.",
    has: ["Helen Maybury -PROSECUTED-> Ferrant trial"],
  },
]);

// A co-accused told only by a sentence ("His co-accused, Y, was sentenced to four years") stood the trial of the
// one convicted beside them; one who pleaded guilty, or was tried apart, did not.
import { table } from "./helpers.ts";

table("a co-accused sentenced beside a defendant convicted at trial", [
  {
    name: "UK regional daily: the jury convicts one, the co-accused is jailed in the same hearing",
    text: "Pair jailed over post office raid\n\nLiam Ferrant, 34, was convicted of robbery by a jury at Ravensby Crown Court on Tuesday after a four-day trial.\n\nHis co-accused, Owen Kavanagh, 29, was sentenced to four years. Judge Helen Maybury said the raid had terrified staff.",
    has: ["Liam Ferrant -DEFENDANT_IN-> Ferrant trial", "Owen Kavanagh -DEFENDANT_IN-> Ferrant trial"],
    not: ["Owen Kavanagh -DEFENDANT_IN-> Kavanagh trial"],
  },
  {
    name: "a co-accused who pleaded guilty stood no trial",
    text: "Robber jailed\n\nLiam Ferrant, 34, was convicted of robbery at Ravensby Crown Court on Tuesday. His co-accused, Owen Kavanagh, who pleaded guilty to robbery in May, was sentenced to four years.",
    not: ["Owen Kavanagh -DEFENDANT_IN-> Ferrant trial"],
  },
  {
    name: "a co-accused convicted at a separate trial is not joined to this one",
    text: "Robber jailed\n\nLiam Ferrant, 34, was convicted of robbery at Ravensby Crown Court on Tuesday. His co-accused, Owen Kavanagh, was convicted at a separate trial and was sentenced to four years.",
    not: ["Owen Kavanagh -DEFENDANT_IN-> Ferrant trial"],
  },
  {
    name: "UK tabloid: 'after a jury convicted him' is the jailed pal's conviction, not the one his relative clause spoke of",
    text: "Thug who glassed barman walks free as pal is jailed\n\nConnor Fearnley, 23, admitted wounding at Bolton Crown Court and was handed a two-year suspended sentence.\n\nHis pal Liam Mottram, 25, who egged him on and posted the video online, was jailed for 16 months after a jury convicted him of assault occasioning actual bodily harm on a second man the same night.",
    has: ["Liam Mottram -CHARGED_WITH-> assault occasioning actual bodily harm", "Connor Fearnley -CHARGED_WITH-> wounding"],
    not: ["Connor Fearnley -CHARGED_WITH-> assault occasioning actual bodily harm", "Connor Fearnley -DEFENDANT_IN-> Fearnley trial"],
  },
]);

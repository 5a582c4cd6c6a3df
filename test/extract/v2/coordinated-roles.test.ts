// A role in the second half of a relative clause ("who starred in the film and was also one of its
// producers") on invented stories in several presses' manners.
import { table } from "./helpers.ts";

table("a role after 'and' in a relative clause", [
  {
    name: "US wire: the star who 'was also one of its producers' produced the film",
    text: "The armourer on the western \"Salt Roads\" was convicted on Friday. The case now turns to Ivo Garnock, who starred in the film and was also one of its producers.",
    has: ["Ivo Garnock -HOLDS_ROLE-> producer", "Ivo Garnock -PRODUCED-> Salt Roads"],
  },
  {
    name: "Indian trade press: the actor 'who headlined the movie and was its co-producer'",
    text: "Shooting of the movie \"Monsoon Ledger\" was halted after the accident. Police questioned Arjun Mehta, who headlined the movie and was its co-producer.",
    has: ["Arjun Mehta -HOLDS_ROLE-> co-producer"],
  },
  {
    name: "British broadsheet: negated in the second half, no role",
    text: "Ivo Garnock, who sued the studio and was never one of its directors, gave evidence on Monday.",
    has: [],
    not: ["Ivo Garnock -HOLDS_ROLE-> director"],
  },
]);

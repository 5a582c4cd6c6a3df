// The credits a showbiz desk gives an accused actor: the part played, with the character described
// ("played hunky mechanic X in the long-running drama Y"), a channel's show ("appeared in Lumen 4's comedy Y": the
// channel is no film), a co-star after the film ("starred in Y alongside Oscar nominee Z"). Invented stories.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British tabloid: the character described before the name, the show after its channel and genre",
    text: "Former soap heartthrob Ingleby Callender was cleared of assault yesterday. The 34-year-old, who played hunky mechanic Dex Maitland in the long-running Lumen drama Kingfisher Lane for eight years, wept in the dock.",
    facts: ["Ingleby Callender -ACTED_IN-> Kingfisher Lane"],
    not: ["Dex Maitland -HOLDS_ROLE-> hunky mechanic", "Dex Maitland -ACTED_IN-> Kingfisher Lane"],
  },
  {
    style: "Australian TV press: a channel's comedy is the comedy's credit, not the channel's",
    text: "Actor Everleigh Montague was charged with drink-driving on Friday. Montague appeared in Lumen 4's comedy Brindle last year.",
    facts: ["Everleigh Montague -ACTED_IN-> Brindle"],
    not: ["Everleigh Montague -ACTED_IN-> Lumen 4"],
  },
  {
    style: "US trade press: a co-star named after the film",
    text: "Ingleby Callender starred in the 2019 crime film Nightjar alongside Oscar nominee Everleigh Montague.",
    facts: ["Ingleby Callender -ACTED_IN-> Nightjar", "Everleigh Montague -ACTED_IN-> Nightjar"],
  },
];

describeStories("credits a showbiz desk gives", ROWS);

// Acting and directing credits as entertainment desks outside the corpora write them: a second
// title joined after its genre and year ("and the 2022 film "X""), a director in apposition to the
// last of two titles, a cameo, a breakout role, an industry's name before "actor", and an actor
// named by description ("The actor played ..."). Each story is invented, in a style of its own;
// each row names what a reader takes from it and what it must not yield.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Seoul wire: a director in apposition to the second of two joined titles is that title's",
    text: "SEOUL, March 3 (Yonhap) -- Actor Baek Tae-min was indicted on Monday on charges of drunk driving, prosecutors said. Baek starred in the tvN series \"Midnight Pharmacy\" and the 2022 film \"The Last Ferry\", directed by Ryu Ha-jun.",
    facts: ["Baek Tae-min -ACTED_IN-> Midnight Pharmacy", "Baek Tae-min -ACTED_IN-> The Last Ferry", "Ryu Ha-jun -DIRECTED-> The Last Ferry"],
    not: ["Ryu Ha-jun -DIRECTED-> Midnight Pharmacy"],
  },
  {
    style: "Korean entertainment headline: a genre of television before 'actor' is no title",
    text: "K-drama actor Baek Tae-min indicted over crash\n\nActor Baek Tae-min, who rose to fame with the KBS drama \"Spring Rain Letters\", was indicted on Monday on a charge of drunk driving.",
    facts: ["Baek Tae-min -ACTED_IN-> Spring Rain Letters"],
    not: ["Baek Tae-min -ACTED_IN-> K-drama"],
  },
  {
    style: "Lagos wire: a breakout role, a part played by 'the actor', a cameo",
    text: "A Lagos High Court on Thursday sentenced Nollywood actor Chidi Amadi to seven years in prison for fraud. Amadi, whose breakout role came in the 2014 drama \"Mama's Boy\", had pleaded not guilty. The actor played the lead in the Netflix series \"Third Mainland\". He also had a cameo in \"Eko Nights 2\".",
    facts: ["Chidi Amadi -ACTED_IN-> Mama's Boy", "Chidi Amadi -ACTED_IN-> Third Mainland", "Chidi Amadi -ACTED_IN-> Eko Nights 2"],
  },
  {
    style: "Mumbai film trade paper: a streaming film after its year and platform",
    text: "MUMBAI: Actor Veer Kashyap was arrested on Tuesday in a drugs case. Kashyap also appeared in the 2021 Netflix film Neeli Dhoop, playing a small-town policeman.",
    facts: ["Veer Kashyap -ACTED_IN-> Neeli Dhoop"],
  },
  {
    style: "Trade press trap: a breakout role that never came, a cameo someone turned down",
    text: "Actor Veer Kashyap was charged with assault on Monday. Kashyap, whose breakout role never came in \"Raat Ki Rani\", denied the charge. He did not make a cameo in \"Dhoop Chhaon\".",
    facts: [],
    not: ["Veer Kashyap -ACTED_IN-> Raat Ki Rani", "Veer Kashyap -ACTED_IN-> Dhoop Chhaon"],
  },
];

describeStories("credits in world entertainment press", ROWS);

// Where the trial an appeal ruled on was held, in a report of the appeal: the appeal court rules, and the one other
// court the article names, one that tries cases, held the trial, though no sentence says "tried at" it ("Justice X, who
// heard the case at the High Court in Y, had relied on ..."). And "the appellate court" is the article's court of
// appeal, not a second court beside a high court. Each story is invented.
import { describe, expect, it } from "vitest";
import { describeStories, story, type StoryRow } from "./helpers.ts";
import { labels } from "./names-helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Kenyan daily: the trial court named only with the trial judge",
    text: "Appeal judges free Mbeyara trader jailed for robbery\n\nThe Court of Appeal has quashed the conviction of a trader jailed for 20 years for robbery with violence.\n\nJomo Kipsang Wafula was convicted in 2020 of robbing a matatu driver.\n\nJustice Agnes Nyamweya, who heard the case at the High Court in Quillon, had relied on a single identifying witness.\n\nOn Friday the appellate judges said the identification was not safe and set him free.",
    facts: ["Wafula trial -HELD_AT-> High Court in Quillon", "Court of Appeal -RULED-> Jomo Kipsang Wafula: appeal overturned"],
    not: ["Wafula trial -HELD_AT-> Court of Appeal"],
  },
  {
    style: "Nigerian wire: the trial judge's court told with the sentence, the appeal court described after",
    text: "Court of Appeal acquits ex-banker\n\nThe Court of Appeal on Monday acquitted a former bank manager who had been convicted of stealing from customers' accounts.\n\nEmmanuel Adesanmi-Okwudili was convicted and sentenced to five years in prison in 2021 by Justice Folake Aderinto of the Federal High Court in Bramlow.\n\nIn its judgment, the appellate court said the prosecution failed to prove its case beyond reasonable doubt.",
    facts: ["Adesanmi-Okwudili trial (earlier) -HELD_AT-> Federal High Court in Bramlow"],
    not: ["Adesanmi-Okwudili trial (earlier) -HELD_AT-> Court of Appeal"],
  },
  {
    style: "Indian report: a high court that hears the appeal below the supreme court is no trial court",
    text: "Supreme Court upholds life term in Dunmarren murder\n\nThe Supreme Court on Tuesday upheld the conviction of Rakesh Venuthala for the murder of his business partner.\n\nThe Kilbarrow High Court had dismissed his appeal in 2019.",
    facts: [],
    not: ["Venuthala trial -HELD_AT-> Kilbarrow High Court"],
  },
  {
    style: "Nigerian daily: an appeal court that refused a bid to halt the trial ruled on no verdict, and the trial court is the article's",
    text: "Businessman found guilty of money laundering\n\nA businessman has been convicted of laundering more than N2 billion by the Federal High Court in Bramlow.\n\nChidubem Onyekachi-Ruvani was arraigned in 2020 on a 12-count charge.\n\nThe Court of Appeal had earlier refused his bid to halt the trial.",
    facts: ["Onyekachi-Ruvani trial -HELD_AT-> Federal High Court in Bramlow"],
    not: ["Court of Appeal -RULED-> Chidubem Onyekachi-Ruvani: appeal upheld", "Chidubem Onyekachi-Ruvani: appeal upheld -OVERTURNS-> Onyekachi-Ruvani trial: guilty"],
  },
  {
    style: "Nigerian daily: the trial judge as the agent of 'convicted and sentenced to five years in prison in 2021 by'",
    text: "Appeal court frees ex-banker\n\nThe Court of Appeal on Monday set aside the conviction of Emmanuel Adesanmi-Okwudili, a former bank manager.\n\nAdesanmi-Okwudili was convicted and sentenced to five years in prison in 2021 by Justice Folake Aderinto of the Federal High Court in Bramlow.",
    facts: ["Folake Aderinto -PRESIDED_OVER-> Adesanmi-Okwudili trial", "Adesanmi-Okwudili trial -HELD_AT-> Federal High Court in Bramlow"],
  },
];

describeStories("the trial court of an appeal report", ROWS);

describe("a described appellate court", () => {
  it("joins the article's court of appeal, not the high court named beside it", () => {
    const s = story(ROWS[1]!.text);
    expect(labels(s, "Court")).toEqual(["Court of Appeal", "Federal High Court in Bramlow"]);
  });
});

// A conviction told with the trial it ended, "was found guilty of murder after a two-week trial in March": the date
// after the trial's noun is the verdict's too (before, "after" opened a clause of its own, so the date dated nothing
// and the sentencing's day told elsewhere took its place). Invented stories (British regional, Irish, Australian,
// Kenyan press); after "not", dates the story must not give.
import { describeDatedStories } from "./dated.ts";

const PUBLISHED = "---\npublished: 2025-05-16\n---\n";

describeDatedStories("a verdict dated by the trial it ended", [
  {
    style: "British regional: jailed on Friday, found guilty after a two-week trial at the Crown Court in March",
    text: `${PUBLISHED}Roofer jailed for life for murder of neighbour\n\nA roofer has been jailed for life for murdering his neighbour. Corwen Blatchley, 41, was sentenced at Harwick Crown Court on Friday. He was found guilty of murder after a two-week trial at the same court in March.`,
    facts: ["Blatchley trial -RESULTED_IN-> Blatchley trial: guilty{2025-03}"],
    not: ["Blatchley trial -RESULTED_IN-> Blatchley trial: guilty{2025-05-16}"],
  },
  {
    style: "Irish: convicted by a jury after a trial last month",
    text: `${PUBLISHED}Ballycorrig man sentenced\n\nAisling Mordaunt, 36, was sentenced to six years on Friday. She was convicted of assault causing harm by a jury after a trial last month.`,
    facts: ["Mordaunt trial -RESULTED_IN-> Mordaunt trial: guilty{2025-04}"],
  },
  {
    style: "Australian: the jury as subject, after a three-week trial in February",
    text: `${PUBLISHED}Tradie jailed over fatal bashing\n\nJarrah Pellow was jailed for nine years on Thursday. A Supreme Court jury convicted him of manslaughter after a three-week trial in February.`,
    facts: ["Pellow trial -RESULTED_IN-> Pellow trial: guilty{2025-02}"],
  },
  {
    style: "Kenyan: a clause after 'after' keeps its own date (the victim's death is no trial)",
    text: `${PUBLISHED}Trader jailed\n\nDervla Tregothnan was jailed for 20 years on Friday. She was convicted of manslaughter after the victim died in hospital in March.`,
    facts: ["Dervla Tregothnan -CHARGED_WITH-> manslaughter"],
    not: ["Tregothnan trial -RESULTED_IN-> Tregothnan trial: guilty{2025-03}"],
  },
]);

// Verdicts of a court whose name shows no court word ("The Hukumanbayan has convicted X of graft"), an
// acquittal told with its reason ("acquitted for insufficient evidence"), and a co-accused's role without
// the word that only says they were tried together. Invented Philippine story.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Philippine online news: an anti-graft court named by its own name convicts a mayor; a co-accused is cleared",
    text: "Ex-mayor convicted of graft\n\nMANILA, Philippines – The Hukumanbayan has convicted former Talisay City mayor Evaristo Lumbang of graft over the purchase of a P48-million lot that turned out to be a swamp.\n\n"
      + "Co-accused city treasurer Marites Dumaguete was also convicted, while former city engineer Rodolfo Sabado was acquitted for insufficient evidence.",
    facts: ["Evaristo Lumbang -CHARGED_WITH-> graft", "Lumbang trial: guilty -ON_CHARGE-> graft", "Marites Dumaguete -HOLDS_ROLE-> treasurer",
      "Rodolfo Sabado -DEFENDANT_IN-> Sabado trial", "Sabado trial -RESULTED_IN-> Sabado trial: not guilty"],
    not: ["Marites Dumaguete -HOLDS_ROLE-> co-accused city treasurer", "Rodolfo Sabado -CHARGED_WITH-> insufficient evidence"],
  },
];

describeStories("courts named without a court word", ROWS);

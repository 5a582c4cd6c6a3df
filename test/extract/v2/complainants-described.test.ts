// A complainant named after what they are ("assault against former model X", "common assault against taxi
// driver X"): the one after "against" and the description is the one wronged, never the accused, where the
// sentence's own subject denied, admitted or was convicted of the charge. A charge of an offence "laid against"
// someone is still theirs. Invented stories in several presses' manners.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British tabloid: the accused's denial, the complainant after her former job",
    text: "Soap actor Ingleby Callender was cleared of assault on Tuesday. Callender had denied one count of assault occasioning actual bodily harm against former model Jessamy Pennington, 29.",
    facts: ["assault occasioning actual bodily harm -ALLEGED_VICTIM-> Jessamy Pennington", "Ingleby Callender -CHARGED_WITH-> assault occasioning actual bodily harm"],
    not: ["Jessamy Pennington -CHARGED_WITH-> assault occasioning actual bodily harm"],
  },
  {
    style: "Australian local court: a guilty plea, the complainant after his trade",
    text: "Prosser Wickham, 27, pleaded guilty in Newtown Local Court on Monday to common assault against taxi driver Marius Bramwell.",
    facts: ["Prosser Wickham -CHARGED_WITH-> common assault", "common assault -ALLEGED_VICTIM-> Marius Bramwell"],
    not: ["Marius Bramwell -CHARGED_WITH-> common assault"],
  },
  {
    style: "Irish court report: a conviction, the complainant after a described role with its article",
    text: "Colm Varley was convicted of assault causing harm against the security guard Thorne Gallagher at a nightclub in 2023.",
    facts: ["Colm Varley -CHARGED_WITH-> assault causing harm", "assault causing harm -ALLEGED_VICTIM-> Thorne Gallagher"],
    not: ["Thorne Gallagher -CHARGED_WITH-> assault causing harm"],
  },
  {
    style: "Canadian wire: a charge laid against a described accused is still the accused's",
    text: "Police laid a charge of fraud against businessman Marius Bramwell on Monday.",
    facts: ["Marius Bramwell -CHARGED_WITH-> fraud"],
    not: ["fraud -ALLEGED_VICTIM-> Marius Bramwell"],
  },
];

describeStories("complainants named after a description", ROWS);

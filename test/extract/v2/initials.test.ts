// A person's initials may spell a company's letters ("S.L.", "S.A.", "N.V."): before a surname they are initials
// ("Additional Sessions Judge S.L. Varkey"), after a company's name they end it ("Rivas Obras S.L."). Invented
// Indian, Nigerian and Spanish wire stories.
import { describeStories } from "./helpers.ts";

describeStories("initials that spell a company's letters", [
  {
    style: "Indian daily: a trial judge named with two initials that spell a Spanish company's letters",
    text: "Verdict reversed\n\nThe case became a symbol of public anger after Additional Sessions Judge S.L. Varkey acquitted all nine accused of murder.",
    facts: ["S.L. Varkey -HOLDS_ROLE-> judge"],
  },
  {
    style: "Nigerian daily: a judge with initials 'S.A.'",
    text: "Ex-governor jailed\n\nJustice S.A. Okoro convicted Ade Bankole-Yusuf of fraud on Tuesday.",
    facts: ["S.A. Okoro -HOLDS_ROLE-> judge", "Ade Bankole-Yusuf -CHARGED_WITH-> fraud"],
  },
  {
    style: "South African sports desk: a nickname in a Swedish company's letters before a surname",
    text: "Cricketer charged\n\nFormer cricketer AB Rossouw was charged with fraud on Monday.",
    facts: ["AB Rossouw -CHARGED_WITH-> fraud"],
  },
  {
    style: "Spanish wire: the same letters after a company's name end it",
    text: "Builder fined\n\nRivas Obras S.L. was convicted of bribery by a Madrid court on Monday.",
    facts: ["Rivas Obras S.L. -CHARGED_WITH-> bribery"],
  },
]);

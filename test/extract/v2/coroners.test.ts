// Coroners by their titles: "Deputy State Coroner X" is a deputy state coroner (never a person named "State Coroner X"
// with the role "deputy"), "State Coroner Y" and "Senior Coroner Z" are coroners, before or after the name.
import { describeStories } from "./helpers.ts";

describeStories("coroners named with their titles", [
  {
    style: "Australian inquest report (Sydney broadsheet): 'Deputy State Coroner X' before the name, 'the State Coroner, Y,' in apposition",
    text: "Inquest into Lidcombe unit fire hears alarms were disabled\n\nBy Ludmila Ostrowska\n\nSmoke alarms in a Lidcombe apartment block had been disconnected for at least a year before a fire that killed two residents, an inquest has heard.\n\nDeputy State Coroner Wellesbourne Hinchley opened the inquest at the Coroners Court in Lidcombe on Monday, telling the families that the hearing would examine what the building's owners knew about the alarms.\n\nThe building's strata manager, Parramore Cowdray, told the inquest he had not been aware the alarms were disconnected.\n\nThe State Coroner, Ysolda Tremethick, referred the deaths to her deputy last year.\n\nThe inquest continues.",
    facts: ["Wellesbourne Hinchley -HOLDS_ROLE-> deputy state coroner", "Ysolda Tremethick -HOLDS_ROLE-> coroner"],
    not: ["Wellesbourne Hinchley -HOLDS_ROLE-> deputy", "State Coroner Wellesbourne Hinchley -HOLDS_ROLE-> deputy", "Parramore Cowdray -HOLDS_ROLE-> deputy state coroner"],
  },
  {
    style: "British local paper: 'Senior Coroner X' and a later 'Deputy State Coroner' by surname alone",
    text: "Coroner warns over quad bike safety after farmer's death\n\nSenior Coroner Ysolda Tremethick recorded a conclusion of accidental death at the inquest in Truro on Thursday.\n\nThe farmer, Parramore Cowdray, 61, was crushed when his quad bike overturned on a slope in March.\n\nMs Tremethick said she would write to the manufacturer about roll bars.",
    facts: ["Ysolda Tremethick -HOLDS_ROLE-> coroner"],
    not: ["Parramore Cowdray -HOLDS_ROLE-> coroner"],
  },
]);

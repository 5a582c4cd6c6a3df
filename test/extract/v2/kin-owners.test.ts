// Whose kin a family word names when a pronoun stands between: "convicted A and his younger brother B" (the one named
// just before "and"), "X's wife, A, and his mother, B" (the second tie's "his" is X), and "The labourer's widow, A, told
// the court her husband, B, had been ..." (one who tells of her own family, not of the barrister who spoke before).
import { describeStories } from "./helpers.ts";

describeStories("kin whose owner a pronoun names", [
  {
    style: "Pakistani daily (Lahore): 'the judge convicted A and his younger brother B', no comma before the brother's name",
    text: "Two brothers jailed in land grab case\n\nLAHORE: An anti-corruption court on Wednesday sentenced two brothers to seven years in prison each.\n\nJudge Tariq Mehmood Bhatti convicted Asif Nawaz Kharal and his younger brother Kashif Nawaz Kharal of fraud under the Prevention of Corruption Act.",
    facts: ["Kashif Nawaz Kharal -RELATED_TO(brother)-> Asif Nawaz Kharal"],
  },
  {
    style: "Kenyan daily: 'Kamau's wife, A, and his mother, B, wept in the gallery': the second tie is Kamau's too",
    text: "Businessman's son jailed for fraud\n\nNAIROBI - Jomo Wachiuri Kamau was on Thursday jailed for three years for obtaining money by false pretences.\n\nKamau's wife, Njoki Muthoni, and his mother, Nyokabi Njeri, wept in the gallery.",
    facts: ["Njoki Muthoni -RELATED_TO(wife)-> Jomo Wachiuri Kamau", "Nyokabi Njeri -RELATED_TO(mother)-> Jomo Wachiuri Kamau"],
  },
  {
    style: "Australian state daily: a widow 'told the court her husband, B, had been ...' after a barrister's 'her client'",
    text: "Scaffolding firms fined over worker's fall\n\nTwo scaffolding companies were fined a combined $900,000 on Monday after a labourer fell eight storeys.\n\nThe firms' barrister, Ngozika Brannagh, said her clients had overhauled their safety systems.\n\nThe labourer's widow, Lisbet Nyambura, told the court her husband, Kiprotich Nyambura, had been the family's only income.",
    facts: ["Kiprotich Nyambura -RELATED_TO(husband)-> Lisbet Nyambura"],
    not: ["Kiprotich Nyambura -RELATED_TO(husband)-> Ngozika Brannagh"],
  },
]);

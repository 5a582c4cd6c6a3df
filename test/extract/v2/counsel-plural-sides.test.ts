// Counsel told by a plural side rather than by a client's name: "X, appearing for the accused" (each defendant of the
// trial), "appearing for the companies" (each company the case is against), "appearing for the officers" (the
// article's holders of that role), "appearing for the operators" (the names set beside the noun: "the mine's
// operators, A and B,"). Never the family, counsel assisting, the victim or the other side.
import { describeStories } from "./helpers.ts";

describeStories("counsel for a plural side: the accused, the companies, the officers, the operators", [
  {
    style: "Kenyan daily, a joint fraud trial in Mombasa: 'Senior counsel X, appearing for the accused, said'",
    text: "Brothers jailed four years over Sh48m fuel fraud\n\nBy Mwende Zawadi\n\nTwo brothers who ran a fuel depot in Changamwe were on Tuesday jailed for four years each after a Mombasa court found them guilty of obtaining money by false pretences from three transport companies.\n\nOsita Mutiso Wairegi and his younger brother, Kirra Mutiso Wairegi, were convicted by Chief Magistrate Leocadia Mwikali, who said the prosecution had proved that the pair took Sh48 million for diesel they never delivered.\n\nThe court heard that the brothers issued forged delivery notes to the transporters between March and September 2022, and that the money was moved through accounts held by their relatives.\n\nProsecutor Tamsyn Kwek told the court that the three companies had lost their entire fuel budgets for the year and that one of them had been forced to lay off 40 drivers.\n\nSenior counsel Ezinne Ogunbiyi, appearing for the accused, said the pair would appeal against both conviction and sentence. She told the court they were first offenders and had families to support.\n\nThe magistrate rejected the plea for a fine, saying the brothers had shown no remorse and had not repaid any of the money.\n\nOne of the transporters, Lowanna Ekanem, said outside court that the sentence was fair but that her company was unlikely to see its money again.",
    facts: ["Ezinne Ogunbiyi -REPRESENTS-> Osita Mutiso Wairegi", "Ezinne Ogunbiyi -REPRESENTS-> Kirra Mutiso Wairegi"],
    not: ["Ezinne Ogunbiyi -REPRESENTS-> Lowanna Ekanem", "Tamsyn Kwek -REPRESENTS-> Osita Mutiso Wairegi"],
  },
  {
    style: "Australian business desk: two quarry companies fined after guilty pleas, 'Barrister X, appearing for the companies, told the court'",
    text: "Quarry companies fined $2.4m over worker's death\n\nSilvercrest Quarrying Ltd and its sister company Rutherglen Aggregates Ltd have been fined a combined $2.4 million after pleading guilty to breaching workplace safety laws over the death of a truck driver at a pit near Yarrabee.\n\nYindi Moorcroft, 52, was crushed when an unsecured load of sandstone slid from a loader in April 2023.\n\nIn the District Court on Friday, Judge Oriel Loughnan said the companies had ignored repeated warnings from their own safety officers about the loading procedure.\n\nBarrister Mirrin Cullinane, appearing for the companies, told the court both firms had since overhauled their safety systems and had paid Mr Moorcroft's family compensation.\n\nThe regulator, SafeWork, said the fines were among the largest imposed in the state.\n\nMr Moorcroft's widow, Tahlia Moorcroft, said nothing would bring her husband back.",
    facts: ["Mirrin Cullinane -REPRESENTS-> Silvercrest Quarrying Ltd", "Mirrin Cullinane -REPRESENTS-> Rutherglen Aggregates Ltd"],
    not: ["Mirrin Cullinane -REPRESENTS-> Tahlia Moorcroft", "Mirrin Cullinane -REPRESENTS-> Yindi Moorcroft", "Mirrin Cullinane -REPRESENTS-> SafeWork"],
  },
  {
    style: "Australian inquest report: counsel 'appearing for the officers' (a senior constable and a sergeant) and 'for the hospital'; counsel assisting represents no one",
    text: "Inquest hears officers checked cell only twice\n\nAn inquest into the death of a 34-year-old man in a Yarrabee police cell has heard that officers checked on him only twice in six hours.\n\nSenior Constable Olwyn Kesby and Sergeant Jumoke Loughnan were on duty at the Yarrabee station on the night Ambrosine Tresize's son, Wystanley Tresize, died. Dr Gunnhild Grech, a doctor at Condamine Base Hospital, examined him earlier that evening.\n\nCounsel assisting the coroner, Ms Prudencia Berrima, said the inquest would examine whether the man should have been taken to hospital.\n\nMs Ermengarde Camilleri, appearing for the officers, said both had followed the procedures they were trained in.\n\nMr Nkemdirim Abela, appearing for the hospital, said Dr Grech had no reason to admit Mr Tresize.\n\nThe inquest continues.",
    facts: ["Ermengarde Camilleri -REPRESENTS-> Olwyn Kesby", "Ermengarde Camilleri -REPRESENTS-> Jumoke Loughnan"],
    not: ["Ermengarde Camilleri -REPRESENTS-> Gunnhild Grech", "Ermengarde Camilleri -REPRESENTS-> Wystanley Tresize", "Prudencia Berrima -REPRESENTS-> Olwyn Kesby", "Ermengarde Camilleri -REPRESENTS-> Ambrosine Tresize"],
  },
  {
    style: "Singapore-style environment court brief: 'The mine's operators, A and B, were fined ... X SC, appearing for the operators'",
    text: "Operators fined over tailings dam breach\n\nThe mine's operators, Condamine Minerals Pte Ltd and Berrima Tailing Services Pte Ltd, were fined $900,000 on Friday for polluting a river after a tailings dam gave way.\n\nResidents downstream, led by farmer Keppelton Sowunmi, said the fine was too small.\n\nMr Wirrina Varrick SC, appearing for the operators, said both companies had cooperated fully with the Ministry of Sustainability.",
    facts: ["Wirrina Varrick -REPRESENTS-> Condamine Minerals Pte Ltd", "Wirrina Varrick -REPRESENTS-> Berrima Tailing Services Pte Ltd"],
    not: ["Wirrina Varrick -REPRESENTS-> Keppelton Sowunmi"],
  },
]);

// Names v2 once took for people: a law firm's name at the end of a sentence, a saint's day or school,
// and a capitalised post with no one's name in it. Each story says what must not be a Person.
import { describe, expect, it } from "vitest";
import { story } from "./helpers.ts";

interface Case { name: string; text: string; people?: string[]; orgs?: string[]; notPeople: string[]; notOrgs?: string[]; notFilms?: string[] }

const cases: Case[] = [
  {
    name: "Nigerian wire: bodies known by a name with no organisation's word in it ('Boko Haram', 'Scotland Yard', 'Interpol')",
    text: "A Federal High Court on Tuesday convicted Musa Kadiri of funding Boko Haram. Interpol had issued a red notice for him, and Scotland Yard helped trace the money.",
    people: ["Musa Kadiri"],
    orgs: ["Boko Haram", "Interpol", "Scotland Yard"],
    notPeople: ["Boko Haram", "Scotland Yard"],
  },
  {
    name: "British legal press: firms named after their founders ('law firm X said', 'solicitors X said', 'X, which said') are no people, and the trade that opens the sentence ('Law firm', 'Security firm') is no body",
    text: "Law firm Halvard Ostrey said the ruling was welcome. Solicitors Brenna Tamblyn, acting for 40 families, said they would appeal. The council is represented by Corwen Ansty, which said it would defend the claim. Security firm Dellow Guarding said it had sacked the officer.",
    orgs: ["Halvard Ostrey", "Brenna Tamblyn", "Corwen Ansty", "Dellow Guarding"],
    notPeople: ["Halvard Ostrey", "Brenna Tamblyn", "Corwen Ansty"],
    notOrgs: ["Law", "Security"],
  },
  {
    name: "British tabloid: the trade shouted before a celebrity ('TELLY star', 'SOAP hunk') is no show and no body",
    text: "TELLY star Corwin Brackley appeared in court yesterday. Fans of SOAP hunk Liam Velcourt wept as REALITY star Jodie Marbeck was fined.",
    people: ["Corwin Brackley", "Liam Velcourt", "Jodie Marbeck"],
    notPeople: ["TELLY", "SOAP", "REALITY"],
    notOrgs: ["TELLY", "SOAP", "REALITY"],
    notFilms: ["TELLY", "SOAP", "REALITY", "Fans of SOAP"],
  },
  {
    name: "British tabloid: a word for the person that opens the sentence ('Neighbour', 'Widow', 'Thug', 'Pal') before a name with an unknown first name is no part of the name",
    text: "Neighbour Lowenna Pellow told the court she heard screams. Widow Wenna Rosewarne wept in the public gallery. Thug Senara Trebilcock was jailed. Pal Tressa Polgrain gave evidence.",
    people: ["Lowenna Pellow", "Wenna Rosewarne", "Senara Trebilcock", "Tressa Polgrain"],
    notPeople: ["Neighbour Lowenna Pellow", "Widow Wenna Rosewarne", "Thug Senara Trebilcock", "Pal Tressa Polgrain"],
  },
  {
    name: "Nigerian business page: a company's letters after its first word make it a company, not someone",
    text: "Ndidi Orakwe, who previously worked at Kestrand Bank and Zenvik ORX, is accused of diverting N2.1bn from client accounts.",
    people: ["Ndidi Orakwe"],
    orgs: ["Zenvik ORX"],
    notPeople: ["Zenvik ORX"],
  },
  {
    name: "Canadian business wire: where lawyers and partners work, after 'at', is a firm",
    text: "Odile Marr, a former partner at Brisk Hallowick, was charged with fraud on Monday. Her lawyers at Aluvan Okoro said she would fight the charges.",
    people: ["Odile Marr"],
    orgs: ["Aluvan Okoro", "Brisk Hallowick"],
    notPeople: ["Aluvan Okoro", "Brisk Hallowick"],
  },
  {
    name: "Irish broadsheet: a Garda station named by its town is a building, not a garda",
    text: "Declan Feeney said he was assaulted in custody at Athlone Garda station in June 2022. He was later taken to Tralee police headquarters.",
    people: ["Declan Feeney"],
    notPeople: ["Athlone Garda", "Tralee"],
  },
  {
    name: "Hong Kong and Singaporean court reports: a currency's country letters before the dollar sign are no body",
    text: "A former bank manager, Yip Mak, admitted laundering HK$40 million on Tuesday. He also moved NZ$500,000 and S$3 million through the accounts.",
    people: ["Yip Mak"],
    notPeople: ["HK", "NZ", "S"],
    notOrgs: ["HK", "NZ", "S"],
  },
  {
    name: "Australian broadcaster: a mine's owner named by its place and 'Coal', a miner by 'Resources'",
    text: "The mine's owner, Wollombi Coal, was not charged. Its parent, Tarnvale Resources, said it had co-operated with investigators.",
    orgs: ["Wollombi Coal", "Tarnvale Resources"],
    notPeople: ["Wollombi Coal", "Tarnvale Resources"],
  },
  {
    name: "legal-trade newsletter: 'of Venford Mabery LLP.' ends its sentence and is a firm",
    text: "The claimant was represented by Ruth Abara of Venford Mabery LLP. The company was represented by Neil Grant of Pardoe Quenby LLP.",
    people: ["Ruth Abara", "Neil Grant"],
    // (the sentence's full stop is no part of the firm's name)
    orgs: ["Venford Mabery LLP", "Pardoe Quenby LLP"],
    notPeople: ["Venford Mabery LLP", "Pardoe Quenby LLP", "Venford Mabery LLP.", "Pardoe Quenby LLP."],
  },
  {
    name: "Irish broadsheet and British explainer: a saint's day and a saint's school are no one",
    text: "Dara Quirke, 30, was killed on St Stephen's night 2024. Pupils will be taught at St Oswald's until repairs are done.",
    people: ["Dara Quirke"],
    notPeople: ["St Stephen", "St Oswald"],
  },
  {
    name: "Indian daily: a dateline's time zone ('00:12 IST') is no organisation, and a town before 'police' is a place",
    text: "CHENNAI, March 3, 2025 00:12 IST\n\nThe accused, K. Elangovan of Varaganur, was arrested on Monday. His neighbour had lodged a complaint with the Varaganur police.",
    people: ["K. Elangovan"],
    notPeople: ["IST", "Varaganur"],
    notOrgs: ["IST", "Varaganur"],
  },
  {
    name: "US local TV and Canadian wire: the station or agency in brackets after a city and its state's or province's abbreviation is no organisation in the story",
    text: "TARNWICK, Mo. (KTVL) - A former church treasurer pleaded guilty Monday. HALIFAX, N.S. (CP) - Loretta Haskell, 61, was sentenced to two years.",
    people: ["Loretta Haskell"],
    notPeople: ["KTVL", "CP"],
    notOrgs: ["KTVL", "CP"],
  },
  {
    name: "US wire: a name whose owner or chief executive the text names is a company, not a person; a woman whose employees spoke stays a woman",
    text: "Prosecutors said Pemberly steered contracts worth $40 million to Corvane Medical, whose owner, Lionel Strade, paid him. Mia Vale, whose employees said she was generous, was jailed for fraud.",
    people: ["Lionel Strade", "Mia Vale"],
    orgs: ["Corvane Medical"],
    notPeople: ["Corvane Medical"],
    notOrgs: ["Mia Vale"],
  },
  {
    name: "Singaporean daily: a law firm named after its founder and ending in 'Partnership' is a firm, and the lawyer works there",
    text: "Tan Wei Sheng, who was represented by lawyer Ravi Kanagasabai of Harold Loke Partnership, has made restitution of $200,000.",
    people: ["Ravi Kanagasabai", "Tan Wei Sheng"],
    orgs: ["Harold Loke Partnership"],
    notPeople: ["Harold Loke Partnership", "Harold Loke"],
  },
  {
    name: "Kenyan daily: 'The Director of Public Prosecutions' is an office, and its last words no one's name",
    text: "The Director of Public Prosecutions, through prosecution counsel Ms Wairimu Egford, had opposed the appeal.",
    people: ["Wairimu Egford"],
    notPeople: ["Public Prosecutions", "Director of Public Prosecutions"],
  },
  {
    name: "London live blog: a verdict shouted in capitals ('GUILTY') is no organisation",
    text: "Key points\n- Dale Horne found GUILTY of arson\n\n12:41\nGUILTY\n\nDale Horne, 44, has been found guilty of arson.",
    people: ["Dale Horne"],
    notPeople: ["GUILTY"],
    notOrgs: ["GUILTY"],
  },
  {
    name: "US legal trade: a statute's name holds no title ('the Investment Advisers Act'), and a regulator's division is a body",
    text: "The jury found Graham Belham liable for violations of the Investment Advisers Act. The SEC was represented by Matthew Lowry of the agency's Division of Enforcement.",
    people: ["Graham Belham", "Matthew Lowry"],
    orgs: ["Division of Enforcement"],
    notPeople: ["Act", "Division of Enforcement"],
  },
  {
    name: "US local TV: the page's copyright line ('All Rights Reserved.') is no one",
    text: "Cody Hensley pleaded not guilty on Thursday.\n\nCopyright 2025 KTVB. All Rights Reserved.",
    people: ["Cody Hensley"],
    notPeople: ["Rights Reserved", "All Rights Reserved"],
  },
  {
    name: "Nigerian daily: 'the former Permanent Secretary' is a post, not a person",
    text: "The former Permanent Secretary, Mr Kunle Ojo, was granted bail in the sum of N50m.",
    people: ["Kunle Ojo"],
    notPeople: ["Permanent Secretary"],
  },
  {
    name: "US attorney's press release: 'of the Office's fraud section' points back to the office, it names no other body",
    text: "The case is handled by Assistant United States Attorney Kevin Mabery of the Office's Business and Securities Fraud Section. The Hartwell Company said it would cooperate.",
    people: ["Kevin Mabery"],
    orgs: ["Hartwell Company"],
    notPeople: ["Office"],
    notOrgs: ["Office"],
  },
  {
    name: "Nigerian daily: a state, and watchdogs named '... International', are no one; the governor named after his state is",
    text: "A Federal High Court in Abuja on Monday convicted a former governor of Kogi State, Musa Bello, of fraud. Amnesty International said it would monitor the appeal, and Transparency International welcomed the ruling.",
    people: ["Musa Bello"],
    orgs: ["Amnesty International", "Transparency International"],
    notPeople: ["Kogi State", "Amnesty International", "Transparency International"],
  },
  {
    name: "Nigerian daily: 'Mr X and Y Limited' are a man and a company, not one company",
    text: "The court convicted Mr Kalu, Mr Ezeokafor and Ikeja Bitumen Limited on 39 counts of fraud.",
    orgs: ["Ikeja Bitumen Limited"],
    notPeople: [],
    notOrgs: ["Mr Ezeokafor and Ikeja Bitumen Limited"],
  },
  {
    name: "Nigerian daily: a senior advocate's letters set off after the name, in brackets or after a comma, are no body",
    text: "The defendant's counsel, Chief Okwudili Nwosu-Hart (SAN), told the court his client had been in custody since October. The prosecution was led by Mr Bode Adewuyi, SAN.",
    people: ["Okwudili Nwosu-Hart", "Bode Adewuyi"],
    notPeople: ["SAN"],
    notOrgs: ["SAN"],
  },
  {
    name: "wire: 'X, the former Corvane Bank chief executive,' is the bank's officer, not a company the bank is in apposition to",
    text: "Tomas Grennick, the former Corvane Bank chief executive, was charged with fraud on Monday.",
    people: ["Tomas Grennick"],
    orgs: ["Corvane Bank"],
    notPeople: [],
    notOrgs: ["Tomas Grennick"],
  },
  {
    name: "business daily: a company named before a capitalised title and a comma ('Pellworth Bank CEO, X,') is still the company",
    text: "Pellworth Bank CEO, Ama Vintner, was charged with fraud. Ama Vintner, Pellworth Bank CEO until May, denies the charge.",
    people: ["Ama Vintner"],
    orgs: ["Pellworth Bank"],
    notPeople: ["Pellworth Bank CEO"],
  },
  {
    name: "Kenyan daily: a name of common words told twice in full and tied to no one is no person ('Golden Furrow')",
    text: "Former county clerk Amani Wekesa diverted Sh40 million to Golden Furrow, detectives said. Golden Furrow was wound up in 2021, the court heard.",
    people: ["Amani Wekesa"],
    notPeople: ["Golden Furrow"],
  },
  {
    name: "Kenyan daily: a sum with the currency's letters glued to it ('Sh80 million') after a verb of dealing is no company",
    text: "A former county finance officer, Dennis Brenwick, was charged with fraudulently acquiring Sh80 million in public funds. He acquired Rs50 lakh from a trust, police said.",
    people: ["Dennis Brenwick"],
    notPeople: ["Sh80", "Rs50"],
    notOrgs: ["Sh80", "Rs50"],
  },
  {
    name: "Nigerian daily: 'The Chief Executive Officer of X, Mrs Y': a capitalised post whose last word is a role's ('Officer') names no one",
    text: "The Chief Executive Officer of Tallis Foods Limited, Mrs Ebele Tessary-Quist, was arraigned on Monday. The Managing Director, Pellman Agro Limited, said nothing.",
    people: ["Ebele Tessary-Quist"],
    notPeople: ["Officer", "Director"],
  },
  {
    name: "British business press: a firm named after its founders is told by what only a company has ('and its two former directors', 'X's shareholders', 'said it would appeal')",
    text: "Prosecutors charged Morgan Wexley and its two former directors with fraud. Corrow Lockhart's shareholders voted against the deal. Sendra Tennel said in a statement that it would appeal.",
    orgs: ["Morgan Wexley", "Corrow Lockhart", "Sendra Tennel"],
    notPeople: ["Morgan Wexley", "Corrow Lockhart", "Sendra Tennel"],
  },
  {
    name: "Singaporean and Kenyan dailies: the company a post is held at ('a former director of X', 'the head of X', 'CEO of X') is named, and is no person",
    text: "Tan Wei Ming, 45, a former director of Tindall Wexley, was charged with cheating. Ivo Garnock, head of Caddon Tindall, admitted the offence. Wanjiru Kamau, CEO of Morgan Kessick, was charged at the Milimani Law Courts.",
    people: ["Tan Wei Ming", "Ivo Garnock", "Wanjiru Kamau"],
    orgs: ["Tindall Wexley", "Caddon Tindall", "Morgan Kessick"],
    notPeople: ["Tindall Wexley", "Caddon Tindall", "Morgan Kessick"],
  },
  {
    name: "Canadian and Australian wires: a body's head word before the province or the country it serves ('Tenant Board Alberta', 'Youth Justice Agency Queensland') is that body, not no name at all",
    text: "Tenant Board Alberta ordered Rhys Calloway to repay the deposit. He was later referred to Youth Justice Agency Queensland, which said it would monitor him.",
    people: ["Rhys Calloway"],
    orgs: ["Tenant Board Alberta", "Youth Justice Agency Queensland"],
    notPeople: ["Tenant Board Alberta", "Youth Justice Agency Queensland"],
  },
  {
    name: "Irish and Indian dailies: a firm named after its partners with its trade's word after 'and' ('Orla Quillane and Partners', 'Quillane and Feeney Solicitors') is one firm, not a person",
    text: "Cathal Ashwick was represented by Orla Quillane and Partners. The family instructed Quillane and Feeney Solicitors, and Sunil Mehra and Sons Ltd was fined.",
    people: ["Cathal Ashwick"],
    orgs: ["Orla Quillane and Partners", "Quillane and Feeney Solicitors", "Sunil Mehra and Sons Ltd"],
    notPeople: ["Orla Quillane", "Sunil Mehra", "Quillane"],
  },
  {
    name: "British regional and Nigerian dailies: where nurses work, inmates are held or money is kept ('nurses at Tindall Quell', 'accounts at Kessick Tarrow') is a body, not a person",
    text: "Nurses at Tindall Quell raised concerns about Vera Ostin in 2019. The money was moved to accounts at Kessick Tarrow, the court heard.",
    people: ["Vera Ostin"],
    orgs: ["Tindall Quell", "Kessick Tarrow"],
    notPeople: ["Tindall Quell", "Kessick Tarrow"],
  },
  {
    name: "wire copy: a name the words around it make a company only once, and weakly ('Shares in Tindall Vesk'), is the company where it was only a guess at a person too: one name, one node",
    text: "Tindall Vesk's lawyers said the fine was unfair. Shares in Tindall Vesk fell 12 per cent after the verdict.",
    orgs: ["Tindall Vesk"],
    notPeople: ["Tindall Vesk"],
  },
  {
    name: "Caribbean daily: a place's head the tagger cuts from its capitalised adjective ('in Spanish Town') is no one",
    text: "Corporal Rupert Kellaway had been charged in the death of Dwayne Ruddock, who was shot during an operation in Spanish Town.",
    people: ["Rupert Kellaway", "Dwayne Ruddock"],
    notPeople: ["Town", "Spanish Town"],
  },
  {
    name: "US press release and British regional: a town in brackets after an age ('(37, Brandon)', a given name too) and a district's 'Side' ('in Moss Side') are places",
    text: "His co-conspirator, Luis Pellegrino (37, Brandon), pleaded guilty to conspiracy. A man was stabbed to death in Moss Side.",
    people: ["Luis Pellegrino"],
    notPeople: ["Brandon", "Moss Side"],
  },
  {
    name: "British and Australian papers: a capital letter before a common noun ('T-shirts', 'an E-fit', 'the X-ray', 'a U-turn') is no one's name",
    text: "Ms Briggs' family, who wore T-shirts printed with her face, hugged outside court. Police released an E-fit of the suspect. The X-ray showed a fracture, and the driver made a U-turn before Corey Maddern was arrested.",
    people: ["Corey Maddern"],
    notPeople: ["T-shirts", "E-fit", "X-ray", "U-turn"],
  },
  {
    name: "Canadian and British papers: a venue named after the noun that says what it is ('the bistro Le Petit Gagnon', 'the restaurant Chez Martine') is a business, not a person",
    text: "Marc Lavoie, who owns the Rideau Street bistro Le Petit Gagnon, owed Sylvie Bouchard overtime. His brother runs the restaurant Chez Martine in Ottawa. The bar manager Tom Cobley said the fight began inside.",
    people: ["Marc Lavoie", "Sylvie Bouchard", "Tom Cobley"],
    orgs: ["Le Petit Gagnon", "Chez Martine"],
    notPeople: ["Le Petit Gagnon", "Chez Martine"],
  },
  {
    name: "English regional: the town of 'both of Hull' and of 'through Hull docks' is no body and no one",
    text: "Three men were jailed for a plot to smuggle cocaine into the UK through Hull docks. Lee Stanway, 39, and Paul Foulds, 51, both of Hull, had admitted conspiracy to import class A drugs.",
    people: ["Lee Stanway", "Paul Foulds"],
    notPeople: ["Hull"],
    notOrgs: ["Hull"],
  },
  {
    name: "Scottish tabloid and Ghanaian daily: a common noun shouted before a trade ('A VAN driver', 'a TAXI boss') and a currency's letters before its sign ('GH¢3.4 million') are no body",
    text: "A VAN driver who knocked a cyclist off his bike has been fined. A TAXI boss was fined too. Kwame Owusu was jailed for stealing GH¢3.4 million. A BBC presenter gave evidence. The Crown Prosecution Service said a CPS lawyer would appeal.",
    people: ["Kwame Owusu"],
    orgs: ["BBC", "Crown Prosecution Service"],
    notPeople: ["VAN", "TAXI", "GH"],
    notOrgs: ["VAN", "TAXI", "GH"],
  },
  {
    name: "British, Indian and Kenyan dailies: a given name alone, named once and tied to no one ('talking to Alexa', 'a yacht called Matilda', 'a chatbot called Sophia'), is a product or a boat; a child named beside her kin or her age stays a person",
    text: "Keshav Raina, 33, was driving while talking to Alexa when he hit the cyclist. The cannabis was found on a yacht called Matilda. The scam used a chatbot called Sophia, prosecutors said. Priya, 14, told the court she had been threatened. Her son, Leo, was in the car when Marisa Tressider crashed.",
    people: ["Keshav Raina", "Priya", "Leo", "Marisa Tressider"],
    notPeople: ["Alexa", "Matilda", "Sophia"],
  },
  {
    name: "British regional and Nigerian dailies: a business named after two people, each by one word ('Keith and Tarrant Construction', 'Adaeze and Okparaeke Holdings', 'Dennis and Varrow LLP'), is one company, not a person and a company; a person named in full beside her company stays apart",
    text: "Keith and Tarrant Construction was fined £80,000 after a labourer fell through a roof. The EFCC arraigned Adaeze and Okparaeke Holdings and its managing director, Chike Nwafor. Prosecutors charged Ana Ruiz and Varrow Holdings with fraud. Lawyers from Dennis and Varrow LLP represented the company.",
    people: ["Chike Nwafor", "Ana Ruiz"],
    orgs: ["Keith and Tarrant Construction", "Adaeze and Okparaeke Holdings", "Dennis and Varrow LLP", "Varrow Holdings"],
    notPeople: ["Keith", "Adaeze", "Dennis"],
    notOrgs: ["Tarrant Construction", "Okparaeke Holdings", "Varrow LLP", "Ana Ruiz and Varrow Holdings"],
  },
  {
    name: "Philippine daily: a court's numbered division ('the anti-graft court's Fourth Division') is a bench of that court, no organisation",
    text: "In a 42-page decision, the anti-graft court's Fourth Division found former Mayor Ramon Villareal guilty of graft. The 2nd Division had earlier dismissed a similar case.",
    people: ["Ramon Villareal"],
    notPeople: ["Fourth Division"],
    notOrgs: ["Fourth Division", "2nd Division"],
  },
  {
    name: "Singaporean, Nigerian, South African and Indian business pages: a company named with its legal form, the country of its branch or 'and Co' ('Whitmarsh Calloway Pte Ltd', 'Kinloss Hemsley Nigeria Limited', 'Vellacott Brevitt (Pty) Ltd', 'Ramaswamy Adebanjo (India) Pvt Ltd') and then by its short name is one company, no person",
    text: "Whitmarsh Calloway Pte Ltd pleaded guilty to the charges. Whitmarsh Calloway was fined $80,000. Kinloss Hemsley Nigeria Limited was arraigned at the Federal High Court, and Kinloss Hemsley denied the charges. Vellacott Brevitt (Pty) Ltd was fined R2 million after Vellacott Brevitt admitted the breach. Ramaswamy Adebanjo (India) Pvt Ltd was fined, and Ramaswamy Adebanjo said it would appeal. Olawale Tresidder and Co was struck off after Olawale Tresidder admitted misconduct.",
    orgs: ["Whitmarsh Calloway Pte Ltd", "Kinloss Hemsley Nigeria Limited", "Vellacott Brevitt (Pty) Ltd", "Ramaswamy Adebanjo (India) Pvt Ltd", "Olawale Tresidder and Co"],
    notPeople: ["Whitmarsh Calloway", "Kinloss Hemsley", "Vellacott Brevitt", "Ramaswamy Adebanjo", "Olawale Tresidder"],
    notOrgs: ["Pvt Ltd"],
  },
  {
    name: "American wire: a sentence that ends on a company's 'Inc.' or 'Ltd.' before its own name or a person's opens another; the company's short name there is the company",
    text: "The family sued Hemsley Brevitt Inc. Hemsley Brevitt said the claim had no merit. Marta Quist took the money from Stirrat Calloway Ltd. Dev Ramaswamy, its owner, said staff were shocked.",
    people: ["Marta Quist", "Dev Ramaswamy"],
    orgs: ["Hemsley Brevitt Inc", "Stirrat Calloway Ltd"],
    notPeople: ["Hemsley Brevitt"],
  },
  {
    name: "British regional press: a firm named after a person, told by its trade or its premises ('fashion retailer X while', 'jewellers X, where she worked', 'of X solicitors', 'her employers, X,', 'failings at X', 'auditors for X', Indian 'M/s X', 'X, his company,'), is no person; its founder named beside his company stays a person",
    text: "Rachel Stirrat stole £40,000 from fashion retailer Peter Kinloss while working as a manager. Maya Corrigall took rings from jewellers Ivan Tolworth, where she worked. Sarah Marrable, of Oakshott Venables solicitors, said both would appeal. Olwen Brightwater defrauded her employers, Hemsley Brevitt, of £90,000. Failings at Tresidder Whitmarsh were exposed by auditors for Vellacott Stirrat, the court heard. M/s Whitmarsh Olawale was accused of supplying fake drugs. Ivan Quist and Brevitt Kinloss, his company, were charged with fraud. Calloway Quist Holdings was fined, and Dev Calloway Quist, the company's founder, said he was sorry.",
    people: ["Rachel Stirrat", "Ivan Quist", "Maya Corrigall", "Sarah Marrable", "Olwen Brightwater", "Dev Calloway Quist"],
    orgs: ["Peter Kinloss", "Ivan Tolworth", "Oakshott Venables", "Hemsley Brevitt", "Tresidder Whitmarsh", "Vellacott Stirrat", "Whitmarsh Olawale", "Brevitt Kinloss", "Calloway Quist Holdings"],
    notPeople: ["Whitmarsh Olawale", "Brevitt Kinloss", "Peter Kinloss", "Ivan Tolworth", "Oakshott Venables", "Hemsley Brevitt", "Tresidder Whitmarsh", "Vellacott Stirrat"],
  },
];

describe("capitalised words that name no one", () => {
  for (const c of cases) {
    it(c.name, () => {
      const s = story(c.text);
      const of = (type: string) => s.entities.filter((e) => e.type === type).map((e) => e.label);
      for (const p of c.people ?? []) expect(of("Person")).toContain(p);
      for (const o of c.orgs ?? []) expect(of("Organization")).toContain(o);
      for (const n of c.notPeople) expect(of("Person")).not.toContain(n);
      for (const n of c.notOrgs ?? []) expect(of("Organization")).not.toContain(n);
      for (const n of c.notFilms ?? []) expect(of("Film")).not.toContain(n);
    });
  }
});

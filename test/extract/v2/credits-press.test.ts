// Credits, employers and founders as the trade, showbiz and business press give them: "the
// Oscar-winning producer of X and Y", "the studio behind X", "starred opposite", "the 42-year-old
// founder and chief executive of". Invented stories in several presses; each row names the facts
// a reader would take from it, and those a careful reader would not (a role not yet taken, a
// credit that was refused or only planned).
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Variety: a credit adjective before the role ('the Oscar-winning producer of X and Y')",
    text: "Dana Whitlow, the Oscar-winning producer of \"Salt Roads\" and \"Nine Winters\", was charged on Monday.",
    facts: ["Dana Whitlow -PRODUCED-> Salt Roads", "Dana Whitlow -PRODUCED-> Nine Winters"],
  },
  {
    style: "Deadline: an age adjective before 'founder and CEO of', then a second apposition 'and the producer behind'",
    text: "Kestrel Media closed its merger on Thursday. Rhys Jermyn, the 44-year-old founder and CEO of Kestrel Media and the producer behind Harbour Run and the recent Salt Roads movies, becomes chairman.",
    facts: ["Rhys Jermyn -FOUNDED-> Kestrel Media", "Rhys Jermyn -WORKS_FOR-> Kestrel Media", "Rhys Jermyn -PRODUCED-> Harbour Run"],
  },
  {
    style: "Hollywood Reporter: 'starred opposite' someone in a film; both acted in it",
    text: "Mina Sollo starred opposite Tomas Vrell in \"Harbour Lights\" before her arrest.",
    facts: ["Mina Sollo -ACTED_IN-> Harbour Lights", "Tomas Vrell -ACTED_IN-> Harbour Lights"],
  },
  {
    style: "trade press: the studio behind a list of films",
    text: "Kestrel Pictures, the independent studio behind \"Salt Roads\" and \"Nine Winters\", was sold to Quillon Media on Friday.",
    facts: ["Kestrel Pictures -PRODUCED-> Salt Roads", "Kestrel Pictures -PRODUCED-> Nine Winters"],
  },
  {
    style: "Indian film press: a capitalised industry word before the genre noun ('the Bollywood hit')",
    text: "Mina Sollo, who produced the Bollywood hit \"Dil Se Door\", was questioned by police in Mumbai.",
    facts: ["Mina Sollo -PRODUCED-> Dil Se Door"],
  },
  {
    style: "Australian business pages: a studio's possessive before the genre noun ('Kestrel's 2019 hit')",
    text: "Mina Sollo produced Kestrel Pictures' 2019 hit \"Salt Roads\" and then left the company.",
    facts: ["Mina Sollo -PRODUCED-> Salt Roads"],
  },
  {
    style: "UK tabloid showbiz: 'the studio's head of production' is a person who works for the one studio, not a studio",
    text: "Kestrel Pictures made \"Salt Roads\". Ivo Garnock, the studio's head of production, resigned on Friday.",
    facts: ["Ivo Garnock -WORKS_FOR-> Kestrel Pictures"],
    not: ["Ivo Garnock -PRODUCED-> Salt Roads"],
  },
  {
    style: "Deadline: an unquoted title with a colon and a dash, then 'directed by' and 'released by' in May",
    text: "Tomas Vrell was back this summer in Saga: The Last Tide – Part Two, directed by Mara Tresk and released by Kestrel Pictures in May.",
    facts: ["Mara Tresk -DIRECTED-> Saga: The Last Tide – Part Two", "Kestrel Pictures -PRODUCED-> Saga: The Last Tide – Part Two"],
    not: ["Kestrel Pictures in May -PRODUCED-> Saga: The Last Tide – Part Two"],
  },
  {
    style: "trade press: a blockbuster 'starring X and directed by Y'",
    text: "The studio co-produced Harbour Run, the 2022 blockbuster starring Tomas Vrell and directed by Mara Tresk that grossed $900 million.",
    facts: ["Tomas Vrell -ACTED_IN-> Harbour Run", "Mara Tresk -DIRECTED-> Harbour Run"],
  },
  {
    style: "Korean English-language paper: 'who co-founded the studio with her brother, X'",
    text: "Han Ji-woo, who co-founded Kestrel Pictures with her brother, Han Min-su, in 1999, was indicted on Tuesday.",
    facts: ["Han Ji-woo -FOUNDED-> Kestrel Pictures", "Han Min-su -FOUNDED-> Kestrel Pictures"],
  },
  {
    style: "business pages: a person who runs a company named by its kind ('runs the lifestyle brand X')",
    text: "The actress, Pia Nolder, now runs the lifestyle brand Quillon, which she founded in 2008.",
    facts: ["Pia Nolder -WORKS_FOR-> Quillon"],
  },
  {
    style: "precision: a refused casting and a planned production are no credits",
    text: "Tomas Vrell was not cast in \"Harbour Lights\". Mina Sollo was to have produced \"Salt Roads\" before the studio pulled out, and Dana Kell would have directed it.",
    facts: [],
    not: ["Tomas Vrell -ACTED_IN-> Harbour Lights", "Mina Sollo -PRODUCED-> Salt Roads", "Dana Kell -DIRECTED-> Salt Roads"],
  },
  {
    style: "precision: 'starred opposite' with no film named gives no credit",
    text: "Mina Sollo starred opposite Tomas Vrell for a decade on the London stage.",
    facts: [],
    not: ["Tomas Vrell -ACTED_IN-> London"],
  },
  {
    style: "broadsheet: 'and the company became the powerhouse behind' is the studio just founded",
    text: "Oren Vale co-founded Kestrel Pictures with his brother in 1981, and the company became the art-house powerhouse behind \"Salt Roads\" and \"Nine Winters\".",
    facts: ["Kestrel Pictures -PRODUCED-> Salt Roads", "Kestrel Pictures -PRODUCED-> Nine Winters"],
    not: ["Oren Vale -PRODUCED-> Salt Roads"],
  },
  {
    style: "wire: 'it backed' after a studio named in the sentence before",
    text: "The brothers launched Quillon Pictures in 2004. It backed the best picture winners \"Salt Roads\" and \"Nine Winters\".",
    facts: ["Quillon Pictures -PRODUCED-> Salt Roads", "Quillon Pictures -PRODUCED-> Nine Winters"],
  },
  {
    style: "precision: with two studios before it, 'it' is neither",
    text: "Kestrel Pictures sued Quillon Pictures in 2004. It backed the thriller \"Salt Roads\".",
    facts: [],
    not: ["Kestrel Pictures -PRODUCED-> Salt Roads", "Quillon Pictures -PRODUCED-> Salt Roads"],
  },
  {
    style: "precision: a person's company named after the studio takes 'it' away from it",
    text: "Kestrel Pictures bought Ana Ruiz's company in 2004, and it backed the thriller \"Salt Roads\".",
    facts: [],
    not: ["Kestrel Pictures -PRODUCED-> Salt Roads", "Ana Ruiz -PRODUCED-> Salt Roads"],
  },
  {
    style: "broadsheet: 'the company' after a studio named in its sentence is that studio, not another company of the story",
    text: "Oren Vale later ran Quillon Company. Vale co-founded Kestrel Pictures with his brother, Sami Vale, in 1981, and the company became the powerhouse behind \"Salt Roads\".",
    facts: ["Kestrel Pictures -PRODUCED-> Salt Roads"],
    not: ["Quillon Company -PRODUCED-> Salt Roads"],
  },
  {
    style: "UK tabloid showbiz: 'his wife, X, and their daughter, Y' gives both ties",
    text: "The entertainer Oren Vale was jailed on Friday. His wife, Nadia Bell, and their daughter, Lina Vale, attended most of the trial.",
    facts: ["Nadia Bell -RELATED_TO(wife)-> Oren Vale", "Lina Vale -RELATED_TO(daughter)-> Oren Vale"],
  },
  {
    style: "Australian business pages: a company's board ousting someone 'as chief executive' is his employer",
    text: "Quillon Holdings' board ousted Ivo Garnock as chief executive in 2014. Tarn Media named Pia Nolder as its chair last year.",
    facts: ["Ivo Garnock -WORKS_FOR-> Quillon Holdings", "Ivo Garnock -HOLDS_ROLE-> chief executive", "Pia Nolder -WORKS_FOR-> Tarn Media"],
  },
  {
    style: "precision: a company that refused to hire someone is not his employer",
    text: "Quillon Holdings' board refused to appoint Ivo Garnock as chief executive in 2014.",
    facts: [],
    not: ["Ivo Garnock -WORKS_FOR-> Quillon Holdings"],
  },
  {
    style: "Pakistani press: a party's title and a second role before a name",
    text: "Harbour League Vice Chairman and former foreign minister Ivo Garnock is already in custody.",
    facts: ["Ivo Garnock -HOLDS_ROLE-> vice chairman", "Ivo Garnock -HOLDS_ROLE-> foreign minister", "Ivo Garnock -WORKS_FOR-> Harbour League"],
    gap: "the name finder takes 'Harbour League Vice Chairman' for no name",
  },
  {
    style: "Hollywood Reporter: 'founded X with him' after another man is named: the founder named, not a guess at 'him'",
    text: "Oren Vale won best director. The Irish actor Ivo Garnock took best actor. Nadia Bell, who is married to the filmmaker, founded Kestrel Pictures with him in 2001.",
    facts: ["Nadia Bell -FOUNDED-> Kestrel Pictures"],
    not: ["Ivo Garnock -FOUNDED-> Kestrel Pictures"],
  },
  {
    style: "trade press: 'the director of its troubled period drama X' after the studio that sued him",
    text: "Meadow Lane Pictures has sued Ravi Ortez, the director of its troubled period drama \"Salt Years,\" claiming he blew the budget.",
    facts: ["Ravi Ortez -DIRECTED-> Salt Years"],
  },
  {
    style: "US entertainment wire: a quoted title with the comma inside, then 'the comedy series in which he starred alongside'",
    text: "That December, Vantaflix wrote Dev Harlan out of \"Dry Acre,\" the comedy series in which he starred alongside his former castmate Ivo Garnock.",
    facts: ["Dev Harlan -ACTED_IN-> Dry Acre", "Ivo Garnock -ACTED_IN-> Dry Acre"],
  },
  {
    style: "wire: the money someone 'earned as a political consultant' says his occupation",
    text: "Prosecutors said Ivo Garnock hid millions of dollars he earned as a political consultant in Harlow.",
    facts: ["Ivo Garnock -HOLDS_ROLE-> political consultant"],
  },
  {
    style: "obituary style: 'built his fame as a stand-up comic', 'made her name as a broadcaster'",
    text: "Oren Vale built his fame as a stand-up comic. Pia Nolder made her name as a broadcaster in the 1990s.",
    facts: ["Oren Vale -HOLDS_ROLE-> comedian", "Pia Nolder -HOLDS_ROLE-> broadcaster"],
  },
  {
    style: "precision: posing or being described as someone is no occupation",
    text: "Ivo Garnock posed as a police officer. Pia Nolder was described as a fixer by prosecutors, and Oren Vale never earned a penny as a consultant.",
    facts: [],
    not: ["Ivo Garnock -HOLDS_ROLE-> police officer", "Pia Nolder -HOLDS_ROLE-> fixer", "Oren Vale -HOLDS_ROLE-> consultant"],
  },
  {
    style: "Deadline: a company's possessive before a name ('Kestrel Media's Dana Goll') is its executive",
    text: "On the film side, Kestrel Media's Dana Goll and former Tarn Pictures executive Josh Amos will run the studio.",
    facts: ["Dana Goll -WORKS_FOR-> Kestrel Media", "Josh Amos -WORKS_FOR-> Tarn Pictures"],
  },
  {
    style: "precision: a place's possessive is no employer",
    text: "Britain's Dana Goll won the race, and Harlow's Josh Amos came second.",
    facts: [],
    not: ["Dana Goll -WORKS_FOR-> Britain", "Josh Amos -WORKS_FOR-> Harlow"],
  },
  {
    style: "Deadline: a short name after two companies that share it is the one named first",
    text: "Kestrel Media closed its merger with Quillon Global on Thursday. The combined company, Quillon, a Kestrel Corporation, begins trading today. Kestrel, which Rhys Jermyn launched in 2010, has been the studio's closest partner.",
    facts: ["Rhys Jermyn -FOUNDED-> Kestrel Media"],
    not: ["Rhys Jermyn -FOUNDED-> Kestrel Corporation"],
  },
  {
    style: "trade press with front matter: a company's short name is no common word for appearing in the web address's slug",
    text: "---\ntitle: Kestrel closes merger\nurl: https://example.org/quillon-kestrel-merger-closes\n---\nKestrel Media closed its merger with Quillon Global on Thursday. Kestrel, which Rhys Jermyn launched in 2010, has been the studio's closest partner.",
    facts: ["Rhys Jermyn -FOUNDED-> Kestrel Media"],
  },
];

describeStories("credits, employers and founders in the trade and business press", ROWS);

describeStories("a set shooting's crew and the film's makers, as the trade press tells them", [
  {
    style: "trade press: produced by a studio and directed by a person in one passive; a crew member killed on the set",
    text: "The Western \"Dry Creek\" was produced by Vale Brothers Films and directed by Tom Reid. Cinematographer Lena Dorsey was killed on the set of \"Dry Creek\" in October 2021.",
    facts: ["Tom Reid -DIRECTED-> Dry Creek", "Vale Brothers Films -PRODUCED-> Dry Creek", "Lena Dorsey -WORKED_ON-> Dry Creek"],
  },
  {
    style: "US trade press: two jobs on the film coordinated before one name ('The film's star and producer, X')",
    text: "Armourer loses appeal\n\nThe armourer on the western \"Red Mesa\" lost her appeal on Tuesday.\n\nThe film's star and producer, Stavros Wilmot, was not charged.",
    facts: ["Stavros Wilmot -ACTED_IN-> Red Mesa", "Stavros Wilmot -PRODUCED-> Red Mesa"],
    not: ["Stavros Wilmot -CHARGED_WITH-> armourer"],
  },
]);

import { describe, expect, it } from "vitest";
import { read, word } from "./helpers.ts";

/** The tag of a word in the first sentence of a text, and wink's own tag for it. */
function tagged(text: string, w: string, n = 1) {
  const t = word(read(text)[0]!, w, n), raw = word(read(text, false)[0]!, w, n);
  return { pos: t.pos, lemma: t.lemma, wink: raw.pos };
}

describe("nlp: the domain's nouns and verbs", () => {
  it.for([
    ["A grand jury indicted him on 16 felony counts of disorderly conduct.", "counts"],
    ["The bench granted bail against two sureties.", "bail"],
    ["She has been refused bail.", "bail"],
    ["The defendant faces two further bank fraud counts.", "counts"],
  ])("a noun in a noun's place: %s (%s)", ([text, w]) => {
    expect(tagged(text!, w!)).toMatchObject({ pos: "NOUN" });
  });

  it.for([
    ["The judge, who sentences about 200 people a year, retired.", "sentences", "sentence"],
    ["Special court orders jail to keep the former minister in custody", "orders", "order"],
    ["Jurors split eight to four in favour of conviction.", "split", "split"],
    ["Prosecutors say Hartman charges him rent for a flat.", "charges", "charge"],
  ])("a verb after its subject or before its object: %s (%s)", ([text, w, lemma]) => {
    expect(tagged(text!, w!)).toMatchObject({ pos: "VERB", lemma });
  });

  it("a bare word after a noun and an article, before who or whose, heads the noun phrase", () => {
    const got = tagged("A ferry skipper whose vessel capsized has been jailed.", "skipper");
    expect(got).toMatchObject({ pos: "NOUN", wink: "VERB" });
    expect(tagged("A veteran harbour skipper who fled was caught.", "skipper").pos).toBe("NOUN");
    // (a past tense before a relative stays a verb: "The court heard who was there")
    expect(tagged("The court heard who was there.", "heard").pos).toBe("VERB");
  });

  it("the same forms stay nouns where a noun is meant, and verbs where wink reads them right", () => {
    expect(tagged("The sentences she hands down must deter others.", "sentences").pos).toBe("NOUN");
    expect(tagged("He violated court orders twice.", "orders").pos).toBe("NOUN");
    expect(tagged("The court orders were ignored.", "orders").pos).toBe("NOUN");
    expect(tagged("The firm counts three former judges among its partners.", "counts").pos).toBe("VERB");
  });

  it("a headline clause after as: the agent's verb", () => {
    const h = read("Ex-Mayor Pleads Not Guilty as Judge Sets Trial Date")[0]!;
    expect(word(h, "Sets").pos).toBe("VERB");
    expect(word(h, "Date").pos).toBe("NOUN");
  });
});

describe("nlp: past tenses and participles", () => {
  it.for([
    ["The jury deadlocked on the manslaughter count.", "deadlocked", "deadlock"],
    ["It deadlocked on three other counts.", "deadlocked", "deadlock"],
    ["Varga forfeited her $10,000 bond.", "forfeited", "forfeit"],
    ["The trial ended in a mistrial after jurors deadlocked.", "deadlocked", "deadlock"],
    ["She was acquitted on the counts that concerned patients.", "concerned", "concern"],
  ])("a past tense, not an adjective: %s", ([text, w, lemma]) => {
    expect(tagged(text!, w!)).toMatchObject({ pos: "VERB", lemma });
  });

  it("a participle describing a state stays what wink says", () => {
    expect(tagged("The deadlocked jury was sent home.", "deadlocked").pos).toBe("ADJ");
    expect(tagged("The jury was deadlocked on Thursday.", "deadlocked").pos).toBe(tagged("The jury was deadlocked on Thursday.", "deadlocked").wink);
  });
});

describe("nlp: gerunds that are nouns", () => {
  it.for([
    ["He was arrested after the stabbing outside a bar.", "stabbing"],
    ["Magistrate refuses bail for man charged over Bondi stabbing", "stabbing"],
    ["Sentencing was adjourned until March.", "Sentencing"],
    ["He was jailed for causing death by dangerous driving.", "driving"],
  ])("%s (%s)", ([text, w]) => {
    expect(tagged(text!, w!).pos).toBe("NOUN");
  });

  it("a gerund with an object, or opening a clause, stays a verb", () => {
    expect(tagged("Sentencing him, the judge said he had shown no remorse.", "Sentencing").pos).toBe("VERB");
    expect(tagged("He admitted killing his neighbour.", "killing").pos).toBe("VERB");
    expect(tagged("The film had her working as a props assistant.", "working").pos).toBe("VERB");
    expect(tagged("He was a comic before becoming, in 1970, a judge.", "becoming").pos).toBe("VERB");
    expect(tagged("The new rape charge emerging from the review was dropped.", "emerging").pos).toBe("VERB");
  });

  it("a capitalised -ing word inside a sentence is a name", () => {
    expect(tagged("His lawyer, Kevin Downing, told reporters he would appeal.", "Downing").pos).toBe("PROPN");
    expect(tagged("Under cross-examination by Downing, he admitted the loans.", "Downing").pos).toBe("PROPN");
  });
});

describe("nlp: function words", () => {
  it("after and as opening a clause are subordinators, before a noun phrase prepositions", () => {
    expect(tagged("The case ended in a mistrial after jurors deadlocked.", "after").pos).toBe("SCONJ");
    expect(tagged("As the foreman read the verdicts, Varga wept.", "As").pos).toBe("SCONJ");
    expect(tagged("He was arrested after the incident.", "after").pos).toBe("ADP");
    expect(tagged("She met him as a fan who admired his films.", "as").pos).toBe("ADP");
    expect(tagged("She sought damages as well as the profits the studio made.", "as", 2).pos).toBe("ADP");
  });

  it("to before a gerund or a place a motion ends at is a preposition, before a verb a particle", () => {
    expect(tagged("He pleaded guilty to causing death by dangerous driving.", "to").pos).toBe("ADP");
    expect(tagged("Director Headed to Jail as Crew Member Gets Probation", "to").pos).toBe("ADP");
    expect(tagged("Director Headed to Jail as Crew Member Gets Probation", "Jail").pos).toBe("NOUN");
    expect(tagged("He agreed to pay the fine.", "to").pos).toBe("PART");
  });

  it("relative that and a demonstrative standing alone are pronouns", () => {
    expect(tagged("She was acquitted on the counts that concerned patients.", "that").pos).toBe("PRON");
    expect(tagged("The jury could not agree and the judge declared a mistrial on those.", "those").pos).toBe("PRON");
    expect(tagged("Prosecutors said that the counts would be retried.", "that").pos).toBe("SCONJ");
  });
});

describe("nlp: names, nationalities and titles", () => {
  it("a nationality before a lower-case word is an adjective, a title before a name part of it", () => {
    expect(tagged("The murder convictions of American actress Lena Ortiz were overturned.", "American").pos).toBe("ADJ");
    expect(tagged("The bribery case involved former President Ruiz.", "President").pos).toBe("PROPN");
    expect(tagged("Justice Ramesh Rao quashed the conviction.", "Justice").pos).toBe("PROPN");
    expect(tagged("The president said nothing.", "president").pos).toBe("NOUN");
    expect(tagged("The case involved former President Park Min-ji.", "Park").pos).toBe("PROPN");
    expect(tagged("The court cleared American Amanda Vale of murder.", "American").pos).toBe("ADJ");
    expect(tagged("The court cleared American Airlines of fraud.", "American").pos).toBe("PROPN");
  });
});

describe("nlp: verb lemmas", () => {
  it.for([
    ["The judge fined him $500.", "fined", "fine"],
    ["He raped a woman in 2019, the court found.", "raped", "rape"],
    ["Varga stared at the table.", "stared", "stare"],
    ["Jurors deadlocked on Friday.", "deadlocked", "deadlock"],
    ["The court, observing that the trial would be long, granted bail.", "observing", "observe"],
    ["The jury convicted him.", "convicted", "convict"],
    ["She opened the hearing.", "opened", "open"],
    ["They planned the robbery.", "planned", "plan"],
  ])("%s (%s -> %s)", ([text, w, lemma]) => {
    expect(tagged(text!, w!)).toMatchObject({ pos: "VERB", lemma });
  });
});

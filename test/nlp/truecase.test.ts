import { describe, expect, it } from "vitest";
import { read, tags, word } from "./helpers.ts";

describe("nlp: title-case headlines read by what their words are, not by their capitals", () => {
  it("common words of a headline are nouns and verbs, its names stay names", () => {
    const [h] = read("Jury Deadlocks in Trial of Former Nurse Delia Varga");
    expect(tags(h!)).toBe("Jury/NOUN Deadlocks/VERB in/ADP Trial/NOUN of/ADP Former/ADJ Nurse/NOUN Delia/PROPN Varga/PROPN");
    expect(word(h!, "Deadlocks").lemma).toBe("deadlock");
    expect(h!.map((t) => t.truecase).join(" ")).toBe("jury deadlocks in trial of former nurse Delia Varga");
    // the typographic capital is still there for whoever wants it
    expect(word(h!, "Jury").cap).toBe(true);
  });

  it("a headline clause left without a verb gets the one that agrees with its subject", () => {
    const [h] = read("Ex-Mayor Pleads Not Guilty in Fraud Case; Prosecutors Drop Two Counts");
    expect(word(h!, "Drop").pos).toBe("VERB");
    expect(word(h!, "Drop").lemma).toBe("drop");
    expect(word(h!, "Counts").pos).toBe("NOUN");
    expect(word(h!, "Prosecutors").pos).toBe("NOUN");
    expect(word(h!, "Ex-Mayor").pos).toBe("NOUN");
  });

  it("a title before a name stays part of it; the same word as the subject is a noun", () => {
    const [named, bare] = read("Judge Ann Vale Jails Fraudster\n\nJudge Sets Trial Date");
    expect(tags(named!)).toBe("Judge/PROPN Ann/PROPN Vale/PROPN Jails/VERB Fraudster/NOUN");
    expect(word(bare!, "Judge").pos).toBe("NOUN");
    expect(word(bare!, "Judge").truecase).toBe("judge");
  });

  it("a surname that is also a common noun stays a name after a given name", () => {
    const [h] = read("Dennis Baker Cleared of Theft Charges");
    expect(tags(h!)).toBe("Dennis/PROPN Baker/PROPN Cleared/VERB of/ADP Theft/NOUN Charges/NOUN");
  });

  it("the article decides: a word it capitalises mid-sentence is a name, one it writes in lower case is not", () => {
    const alone = read("Summit Pays Fine in Deepfake Case")[0]!;
    expect(word(alone, "Summit").pos).toBe("NOUN"); // a summit, for all wink's lexicon knows
    expect(word(alone, "Deepfake").pos).toBe("PROPN"); // a word wink does not know
    const [h] = read("Summit Pays Fine in Deepfake Case\n\nSummit, a freight company, agreed to pay. Lawyers for Summit said the deepfake videos were removed.");
    expect(word(h!, "Summit").pos).toBe("PROPN");
    expect(word(h!, "Summit").truecase).toBe("Summit");
    expect(word(h!, "Deepfake").pos).toBe("NOUN");
  });
});

describe("nlp: the capital of a sentence's first word", () => {
  it("a common word opening a sentence, or a dateline's story, is read in lower case", () => {
    const [a, b] = read("RIVERTON, Ore. (Wire) — Prosecutors on Monday dropped two counts. Jurors said they were tired.");
    expect(word(a!, "Prosecutors").pos).toBe("NOUN");
    expect(word(a!, "Prosecutors").truecase).toBe("prosecutors");
    expect(word(a!, "RIVERTON").pos).toBe("PROPN");
    expect(word(b!, "Jurors").pos).toBe("NOUN");
  });

  it("a name opening a sentence stays one, and so does the start of a longer name", () => {
    const [a, b] = read("Varga said nothing. Superior Court Judge Ann Vale said the jury had heard enough.");
    expect(word(a!, "Varga").pos).toBe("PROPN");
    expect(tags(b!.slice(0, 5))).toBe("Superior/PROPN Court/PROPN Judge/PROPN Ann/PROPN Vale/PROPN");
    expect(word(b!, "Superior").truecase).toBe("Superior");
    expect(word(read("State's Attorney Maria Lenz dropped the charges.")[0]!, "State").pos).toBe("PROPN");
  });

  it("a common word shouted in capitals, which the article also writes in lower case, is that word", () => {
    const [a, , c] = read("Dale Horne found GUILTY of arson. NOT GUILTY of manslaughter. The jury found Horne not guilty of manslaughter but guilty of arson.");
    expect(word(a!, "GUILTY").truecase).toBe("guilty");
    expect(word(a!, "GUILTY").pos).toBe("ADJ");
    expect(c).toBeDefined();
    // a dateline's capitals the article never writes in lower case stay a name
    const [d] = read("BRIGHTWATER, Ore. (Wire) — A jury found Dale Horne guilty.");
    expect(word(d!, "BRIGHTWATER").pos).toBe("PROPN");
  });

  it("body text in the middle of a sentence is left as wink reads it", () => {
    const text = "The court heard that Harbor Freight Lines paid the Summit fine in cash.";
    expect(tags(read(text)[0]!)).toBe(tags(read(text, false)[0]!));
  });
});

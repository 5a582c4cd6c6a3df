// Courts written several ways inside one article: named, described, placed, by their buildings;
// and the courts of one article kept apart where their places or levels differ.
import { describe, expect, it } from "vitest";
import { relationLines, story } from "./helpers.ts";
import { entityNamed, labels } from "./names-helpers.ts";

describe("courts", () => {
  it("a generic court name keeps the place that follows it", () => {
    const s = story(`A jury in Federal District Court in Brooklyn found the broker guilty on Friday. The verdict was read in U.S. District Court in Brooklyn, New York.`);
    expect(labels(s, "Court")).toHaveLength(1);
    expect(entityNamed(s, "U.S. District Court in Brooklyn")).toBe(entityNamed(s, "Federal District Court in Brooklyn"));
  });

  it("described courts in two cities, and appeals courts below a supreme court, stay apart", () => {
    const s = story(`Dana Larkbey was convicted in federal court in Alexandria. Months later she pleaded guilty in federal court in Washington.

The Court of Cassation in Rome annulled the verdicts handed down by an appeals court in Florence. In 2011 an appeals court in Perugia had overturned both convictions. "I am grateful for the decision of the Supreme Court of Italy," she said.`);
    expect(labels(s, "Court")).toEqual(["Court of Cassation in Rome", "appeals court in Florence", "appeals court in Perugia", "federal court in Alexandria", "federal court in Washington"]);
    expect(entityNamed(s, "Supreme Court of Italy").label).toBe("Court of Cassation in Rome");
  });

  it("a court's building is that court", () => {
    const s = story(`Ridgefield County Superior Court Judge Martin Gedge gave him ten years. The two-month trial unfolded in a downtown courtroom at the Harlan Pike Criminal Justice Center. Gedge said the crimes were grave.`);
    expect(labels(s, "Court")).toEqual(["Ridgefield County Superior Court"]);
    expect(entityNamed(s, "Harlan Pike Criminal Justice Center").label).toBe("Ridgefield County Superior Court");
    expect(labels(s, "Person")).toEqual(["Martin Gedge"]);
  });

  it("Pakistani titles: an additional sessions judge of a district and sessions court, a chief justice of a country", () => {
    const s = story(`On Aug 5, Additional District and Sessions Judge Kamran Belwick of the Lahore district and sessions court had found Mr Rana guilty. A bench headed by Chief Justice of Pakistan Aftab Riaz Chaudhry had observed flaws in the verdict. NRP Vice Chairman and former minister Javed Iqbal Rana is in custody.`);
    expect(labels(s, "Person")).toEqual(["Aftab Riaz Chaudhry", "Javed Iqbal Rana", "Kamran Belwick"]);
    expect(labels(s, "Court")).toEqual(["Lahore district and sessions court"]);
    const t = story(`A Special Court convicted him under the secrets law. Earlier the Lahore district and sessions court had found him guilty of corrupt practices.`);
    expect(labels(t, "Court")).toEqual(["Lahore district and sessions court", "Special Court"]);
  });

  it("a country's or a state's highest court keeps its place and joins that top court, not another the article names", () => {
    const s = story(`Borvia's highest court on Friday quashed the convictions of the two students. The Court of Cassation in Velna said the evidence was flawed. "I thank the Supreme Court of Borvia," one said.`);
    expect(labels(s, "Court")).toEqual(["Court of Cassation in Velna"]);
    const t = story(`Ohio's highest court threw out the actor's conviction on Tuesday. The Ohio Supreme Court said the deal bound later prosecutors. The Michigan Supreme Court had ruled the other way in 2019.`);
    expect(entityNamed(t, "Ohio's highest court").label).toBe("Ohio Supreme Court");
    expect(labels(t, "Court")).toEqual(["Michigan Supreme Court", "Ohio Supreme Court"]);
  });

  it("one court in two word orders: its place after its kind or before it, its country's adjective, 'Appeal Court'", () => {
    const s = story(`The High Court of Delhi on Monday refused bail to builder Vikrant Ravensholt. The Delhi High Court said the cheating charges were grave.`);
    expect(labels(s, "Court")).toEqual(["High Court of Delhi"]);
    const t = story(`The Kenyan High Court acquitted Odhran Harrowden of forgery. Prosecutors said they would appeal the ruling of the High Court of Kenya.`);
    expect(labels(t, "Court")).toHaveLength(1);
    const u = story(`The Court of Appeal in Wellington quashed the conviction of Teodor Ondrusek on Monday. A lawyer told the Appeal Court that the jury had been misdirected.`);
    expect(labels(u, "Court")).toEqual(["Court of Appeal in Wellington"]);
  });

  it("Philippine wire: a court known by a bare name is the court that convicts, and the trial was held there", () => {
    const s = story("MANILA - The Tanodbayan on Friday convicted former town mayor Rolan Capistrano of graft over a road contract.");
    expect(labels(s, "Court")).toEqual(["Tanodbayan"]);
    expect(relationLines(s)).toContain("Capistrano trial -HELD_AT-> Tanodbayan");
    expect(labels(s, "Person")).toEqual(["Rolan Capistrano"]);
  });
});

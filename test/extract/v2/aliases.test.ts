// One person known by several names (stage names, nicknames, real names), and the lines of an
// article that name nobody in it: headlines in title case, bylines, datelines, photo credits.
import { describe, expect, it } from "vitest";
import { story } from "./helpers.ts";
import { allNames, entityNamed, labels } from "./names-helpers.ts";

describe("one person, several names", () => {
  it("'known professionally as': the stage name is the same person, wherever it is used", () => {
    const s = story(`Actor known as Lil Brisk pleads guilty in nightclub assault

The rapper and actor Marcus Dell, known professionally as Lil Brisk, pleaded guilty on Monday to assault in Los Angeles Superior Court.

Dell, 29, admitted striking a bouncer last year. Lil Brisk also starred in the crime drama Southside Kings.

His attorney, Gloria Quarrie-Montoya, said Dell regretted the incident.`);
    expect(labels(s, "Person")).toEqual(["Gloria Quarrie-Montoya", "Marcus Dell"]);
    expect(entityNamed(s, "Lil Brisk").label).toBe("Marcus Dell");
    expect(labels(s, "Film")).toEqual(["Southside Kings"]);
  });

  it("'whose real name is': the real name joins the name the story uses", () => {
    const s = story(`Country singer Vance Hollis was found not guilty of wire fraud on Thursday.

Hollis, whose real name is Vernon Ibbott, wept as the verdict was read. His manager, Tammy Greer, was convicted of one count of conspiracy.`);
    expect(labels(s, "Person")).toEqual(["Tammy Greer", "Vance Hollis"]);
    expect(entityNamed(s, "Vernon Ibbott").label).toBe("Vance Hollis");
  });

  it("a quoted nickname inside a name, then the nickname alone", () => {
    const s = story(`Reality star "KK" Marlow convicted of fraud

Reality television star Kelsey "KK" Marlow was convicted on Wednesday of wire fraud in Manhattan federal court.

Marlow, 35, who rose to fame on the show Hampton Heat, was accused of defrauding fans through a fake charity, Bright Hands Foundation. Prosecutors said KK used the money to buy a yacht.`);
    expect(labels(s, "Person")).toEqual(["Kelsey Marlow"]);
    expect(entityNamed(s, "KK").label).toBe("Kelsey Marlow");
    expect(labels(s, "Organization")).toEqual(["Bright Hands Foundation"]);
    expect(labels(s, "Film")).toEqual(["Hampton Heat"]);
    expect(labels(s, "Court")).toEqual(["Manhattan federal court"]);
  });

  it("'who performs as', 'also known as', 'as he is known'", () => {
    const a = story(`Drill rapper Kayode Bankole, who performs as K-Rook, was convicted of possessing a firearm. K-Rook, 22, was remanded in custody.`);
    expect(labels(a, "Person")).toEqual(["Kayode Bankole"]);
    expect(entityNamed(a, "K-Rook").label).toBe("Kayode Bankole");
    const b = story(`Choi Seung-hyun, the founder of Hanbit Entertainment, was jailed. Choi, also known as Big Finch, denied wrongdoing.`);
    expect(labels(b, "Person")).toEqual(["Choi Seung-hyun"]);
    expect(entityNamed(b, "Big Finch").label).toBe("Choi Seung-hyun");
    const c = story(`The celebrity chef Oluwaseun "Seun" Adeyemi, 44, was jailed for 18 months at Kelmarsh Crown Court yesterday. Seun, as he is known to diners, wept in the dock. Mr Justice Ulworth said the fraud was "brazen".`);
    expect(labels(c, "Person")).toEqual(["Oluwaseun Adeyemi", "Ulworth"]);
    expect(entityNamed(c, "Seun").label).toBe("Oluwaseun Adeyemi");
  });

  it("'dubbed' and 'nicknamed' a quoted name: the nickname is the person's, not a film", () => {
    const s = story(`Prosecutors said Darnell Rowsell, dubbed "The Ghost" by detectives, ran the ring for a decade. Rowsell, nicknamed "Slim", denied the charges.`);
    expect(labels(s, "Person")).toEqual(["Darnell Rowsell"]);
    expect(allNames(s)).toContain("Person: Slim");
    expect(labels(s, "Film")).toEqual([]);
  });

  it("a name said not to be someone's is no alias", () => {
    const s = story(`Marta Quell, who is not known as Red Mara despite rumours, testified on Monday. Red Mara is a character in her play.`);
    expect(entityNamed(s, "Marta Quell").aliases).not.toContain("Red Mara");
  });

  it("an acronym is the organisation whose initials it spells", () => {
    const s = story(`The Crown Prosecution Service said the evidence was strong. A CPS lawyer, Hamid Rauf, said the case would go ahead.`);
    expect(labels(s, "Organization")).toEqual(["Crown Prosecution Service"]);
    expect(entityNamed(s, "CPS").label).toBe("Crown Prosecution Service");
  });
});

describe("short forms of a full name", () => {
  it("a Spanish double surname: the first surname alone, and the name without the second", () => {
    const s = story(`Tomás Rivas Arriaga, the cartel's accountant, testified on Monday. Rivas said the money went north. His cousin, Julio Rivas Arriaga, did not testify. Prosecutors said Tomás Rivas kept the ledgers.`);
    expect(labels(s, "Person")).toEqual(["Julio Rivas Arriaga", "Tomás Rivas Arriaga"]);
    expect(entityNamed(s, "Tomás Rivas").label).toBe("Tomás Rivas Arriaga");
  });

  it("a surname before a generational suffix", () => {
    const s = story(`U.S. District Judge R.J. Venford III sentenced the lobbyist after the jurors told him in a note that they could not agree.

Venford, who often scolded prosecutors, said the crimes were serious.`);
    expect(labels(s, "Person")).toEqual(["R.J. Venford III"]);
  });

  it("a pseudonym in court papers and the name beside it are one person", () => {
    const s = story(`The jury deadlocked on a count involving Jane Doe 3, the model Lena Mabery, and acquitted on a count involving Jane Doe 4.`);
    expect(entityNamed(s, "Lena Mabery").aliases).toContain("Jane Doe 3");
    expect(labels(s, "Person")).toEqual(["Jane Doe 4", "Lena Mabery"]);
  });

  it("'better known by her former name', 'the drug lord known as'", () => {
    const s = story(`Samsun paid bribes to Han Mi-rae, better known by her former name Han Soo-ah. Later Han was jailed.`);
    expect(labels(s, "Person")).toEqual(["Han Mi-rae"]);
    expect(entityNamed(s, "Han Soo-ah").label).toBe("Han Mi-rae");
    const t = story(`Ramón Ortega Salas, the Mexican drug lord known as El Toro, was convicted on Tuesday. El Toro showed little emotion.`);
    expect(labels(t, "Person")).toEqual(["Ramón Ortega Salas"]);
    expect(entityNamed(t, "El Toro").label).toBe("Ramón Ortega Salas");
  });
});

describe("lines that name nobody in the story", () => {
  it("a title-case headline confirms only the names the body uses; bylines and credits are nobody", () => {
    const s = story(`Crooner Vance Hollis Cleared Of Fraud In Nashville Trial As Fans Cheer

By Priya Penworth, Senior Legal Correspondent

NASHVILLE, Tenn. — Country singer Vance Hollis was found not guilty of wire fraud on Thursday.

(AP Photo/Derek Solano)

Hollis wept as the verdict was read in U.S. District Court in Nashville.

Photograph: Jill Moreno/Getty Images`);
    expect(labels(s, "Person")).toEqual(["Vance Hollis"]);
    const all = allNames(s).join("\n");
    for (const nobody of ["Crooner", "Priya Penworth", "Derek Solano", "Jill Moreno", "Getty", "Fans", "Cheer"]) expect(all).not.toContain(nobody);
  });

  it("a word that only opens sentences is no organisation, however often it does", () => {
    const s = story(`Reality bites for fallen star

Reality television made Dana Quist famous. Reality, her lawyer said, was harder.`);
    expect(labels(s, "Organization")).toEqual([]);
    expect(labels(s, "Person")).toEqual(["Dana Quist"]);
  });

  it("an Indian daily: a body's acronym in brackets after its lower-case name joins it, whatever its letters", () => {
    const s = story(`The special economic prosecutor's office (EOW) had sought seven years for the builder. On Monday the EOW said it would appeal against the acquittal.`);
    expect(labels(s, "Organization")).toEqual(["special economic prosecutor's office"]);
    expect(entityNamed(s, "EOW").label).toBe("special economic prosecutor's office");
  });

  it("a Mexican story in English: a nickname of two words inside the name, after 'or', in brackets or between dashes", () => {
    const forms = [
      `Ramón "El Toro" Ortega pleaded not guilty on Monday. El Toro, 76, appeared frail.`,
      `The co-founder of the cartel, Ramón Ortega Salas, or El Toro, was arrested in Texas. El Toro pleaded not guilty.`,
      `Ramón Ortega Salas (known as "El Toro") pleaded not guilty. El Toro appeared frail.`,
      `Ramón Ortega Salas — known as El Toro — pleaded not guilty. El Toro appeared frail.`,
    ];
    for (const text of forms) {
      const s = story(text);
      expect(labels(s, "Person"), text).toHaveLength(1);
      expect(entityNamed(s, "El Toro").label, text).toMatch(/^Ramón Ortega/);
      expect(labels(s, "Organization"), text).toEqual([]);
    }
  });
});

// Named shorthands for the questions analysts ask most: each expands to a path pattern.
// Written with "→"; "->" is accepted when they are looked up.

export const NAMED_QUERIES: Record<string, { description: string; pattern: string }> = {
  "judge→trial→verdict": {
    description: "which judge presided over which trial, and how it ended",
    pattern: "Person[role=judge] -PRESIDED_OVER-> Trial -RESULTED_IN-> Verdict",
  },
  "defendant→charge→verdict": {
    description: "each defendant's charges and the verdict on each",
    pattern: "Person -CHARGED_WITH-> Charge <-ON_CHARGE- Verdict",
  },
  "defendant→trial→verdict": {
    description: "who was tried in which trial, and its outcome",
    pattern: "Person -DEFENDANT_IN-> Trial -RESULTED_IN-> Verdict",
  },
  "trial→verdict→charge": {
    description: "what happened to each charge in each trial",
    pattern: "Trial -RESULTED_IN-> Verdict -ON_CHARGE-> Charge",
  },
  "trial→charge": {
    description: "the charges each trial heard",
    pattern: "Trial -TRIED_FOR-> Charge",
  },
  "trial→court": {
    description: "where each trial was held",
    pattern: "Trial -HELD_AT-> Court",
  },
  "prosecutor→trial": {
    description: "who prosecuted which trial",
    pattern: "* -PROSECUTED-> Trial",
  },
  "lawyer→client": {
    description: "who represents whom",
    pattern: "Person -REPRESENTS-> *",
  },
  "witness→trial": {
    description: "who testified in which trial",
    pattern: "Person -TESTIFIED_IN-> Trial",
  },
  "charge→victim": {
    description: "the alleged victim of each charge",
    pattern: "Charge -ALLEGED_VICTIM-> Person",
  },
  "accuser→accused": {
    description: "accusations outside a charge",
    pattern: "Person -ACCUSED-> Person",
  },
  "appeal→verdict": {
    description: "appeal rulings and the verdicts they ruled on",
    pattern: "Verdict -OVERTURNS-> Verdict",
  },
  "court→verdict": {
    description: "rulings by a court outside a trial",
    pattern: "Court -RULED-> Verdict",
  },
  "defendant→plea→charge": {
    description: "who pleaded how, to which charge",
    pattern: "* -ENTERED_PLEA-> Plea -ON_CHARGE-> Charge",
  },
  "plaintiff→suit→verdict": {
    description: "who sued whom, and how the suit ended",
    pattern: "* -PLAINTIFF_IN-> Trial[kind=civil] -RESULTED_IN-> Verdict",
  },
  "person→relative": {
    description: "family ties between the people of a case",
    pattern: "Person -RELATED_TO-> Person",
  },
  "person→role": {
    description: "every role each person holds",
    pattern: "Person -HOLDS_ROLE-> Role",
  },
  "person→film": {
    description: "who acted in, directed, produced or worked on which film",
    pattern: "Person -ACTED_IN|DIRECTED|PRODUCED|WORKED_ON-> Film",
  },
};

/** The named query `name` refers to, if any: "Judge -> Trial -> Verdict" finds "judge→trial→verdict". */
export function namedQuery(name: string): { name: string; pattern: string } | undefined {
  const normal = name.trim().toLowerCase().replace(/\s+/g, "").replace(/->/g, "→");
  const entry = NAMED_QUERIES[normal];
  return entry ? { name: normal, pattern: entry.pattern } : undefined;
}

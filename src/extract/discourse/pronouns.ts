// Pronouns: "he", "her", "his" stand for the nearest person before them in the sentence whose
// gender fits, else for the first such person (the subject) of the sentences before. Gender comes
// from names, titles and honorifics, kinship and gendered words beside a name, and the pronoun
// that follows a sentence's first person.
import type { Entity } from "../../types.ts";
import type { Doc } from "../document.ts";
import { GENDER_WORDS, KINSHIP, type Gender } from "../../lexicon/index.ts";

export interface PersonRef {
  sentence: number;
  /** Token indices. */
  first: number;
  last: number;
  entity: Entity;
  pronoun?: boolean;
}

const PRONOUNS: Record<string, Gender> = {
  he: "m", him: "m", his: "m", himself: "m",
  she: "f", her: "f", hers: "f", herself: "f",
};
const LOOK_BACK = 5;

/** More evidence of gender: words beside a name and the pronoun after a sentence's first person. */
export function inferGender(doc: Doc, refs: readonly PersonRef[], known: Map<Entity, Gender>): Map<Entity, Gender> {
  const votes = new Map<Entity, number>();
  const vote = (e: Entity, g: Gender | undefined, w: number) => { if (g) votes.set(e, (votes.get(e) ?? 0) + (g === "m" ? w : -w)); };
  for (const [e, g] of known) vote(e, g, 5);
  const bySentence = group(refs);
  for (const [s, list] of bySentence) {
    const ts = doc.sentences[s]!.tokens;
    for (const r of list) {
      // "his wife, Ana Ruiz", "actress Ana Ruiz", "Ana Ruiz, a 45-year-old woman"
      const before = ts[r.first - 1]?.lower === "," ? ts[r.first - 2] : ts[r.first - 1];
      if (before) vote(r.entity, KINSHIP.get(before.lower)?.gender ?? GENDER_WORDS.get(before.lower), 2);
      if (ts[r.last]?.lower === ",") for (let k = r.last + 1; k < Math.min(ts.length, r.last + 6) && ts[k]!.lower !== ","; k++) vote(r.entity, ts[k]!.pos === "NOUN" ? GENDER_WORDS.get(ts[k]!.lower) : undefined, 2);
    }
    const first = list[0]!;
    const next = list.find((r) => r.first > first.last);
    for (let k = first.last; k < (next?.first ?? ts.length); k++) {
      const g = PRONOUNS[ts[k]!.lower];
      if (g && (ts[k]!.lower === "he" || ts[k]!.lower === "she")) { vote(first.entity, g, 1); break; }
    }
  }
  const out = new Map<Entity, Gender>();
  for (const [e, v] of votes) if (v !== 0) out.set(e, v > 0 ? "m" : "f");
  return out;
}

/** The person each third-person singular pronoun stands for, where the text makes it clear. */
export function resolvePronouns(doc: Doc, names: readonly PersonRef[], gender: Map<Entity, Gender>): PersonRef[] {
  const out: PersonRef[] = [];
  const mentions = group(names); // grows with the pronouns resolved, which later pronouns may refer to
  for (let s = 0; s < doc.sentences.length; s++) {
    if (doc.headline[s]) continue;
    const ts = doc.sentences[s]!.tokens;
    for (let k = 0; k < ts.length; k++) {
      const g = PRONOUNS[ts[k]!.lower];
      if (!g || (k > 0 && ts[k - 1]!.text === "'")) continue;
      const fits = (e: Entity) => gender.get(e) === g;
      const open = (e: Entity) => !gender.has(e);
      const here = (mentions.get(s) ?? []).filter((r) => r.last <= k);
      let pick = [...here].reverse().find((r) => fits(r.entity))?.entity;
      for (let back = 1; !pick && back <= LOOK_BACK && s - back >= 0; back++) {
        const before = mentions.get(s - back) ?? [];
        pick = before.find((r) => fits(r.entity))?.entity;
      }
      // no one of that gender is known: a person of unknown gender, if there is only one nearby
      if (!pick) {
        const nearby = new Set([...here, ...(mentions.get(s - 1) ?? [])].map((r) => r.entity).filter(open));
        if (nearby.size === 1 && ![...here, ...(mentions.get(s - 1) ?? [])].some((r) => gender.has(r.entity))) pick = [...nearby][0];
      }
      if (!pick) continue;
      const ref: PersonRef = { sentence: s, first: k, last: k + 1, entity: pick, pronoun: true };
      out.push(ref);
      const list = mentions.get(s) ?? [];
      list.push(ref);
      list.sort((a, b) => a.first - b.first);
      mentions.set(s, list);
    }
  }
  return out;
}

function group(refs: readonly PersonRef[]): Map<number, PersonRef[]> {
  const out = new Map<number, PersonRef[]>();
  for (const r of refs) {
    const list = out.get(r.sentence) ?? [];
    list.push(r);
    out.set(r.sentence, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.first - b.first);
  return out;
}

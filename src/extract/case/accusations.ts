// Accusations outside any charge: "accused of rape by a former assistant", "is accused of fraud in a civil lawsuit",
// "X, accused by his former partner of assault, has not been charged". A private accuser's word, a lawsuit's claim or
// an accusation the sentence says led to no charge names no count (ONTOLOGY: ACCUSED is "outside a charge").
import type { Frame } from "../engine/rules.ts";
import type { SentenceLayers } from "../layers.ts";
import { PERSON_NOUNS } from "../../lexicon/index.ts";

const ACCUSING = /^(?:accused|alleged|accuses|accusing|suspected)$/;
/** The sentence says no one was charged ("will not face charges", "was released without charge"), or the accusation is a civil suit's. */
const OUTSIDE = /\b(?:not|never) (?:yet )?(?:been |be )?(?:charged|prosecuted)\b|\b(?:not|never) (?:face|faced|facing) (?:any )?(?:criminal )?(?:charges?|prosecution)\b|\b(?:released|freed|let go) without (?:being )?charged?\b|\bno further action\b|\b(?:civil|wrongful[- ]death) (?:lawsuit|suit|case|complaint|claim)\b|\bin (?:a|the|her|his|their) (?:lawsuit|suit|complaint)\b/i;
/** A charging verb of the sentence's own, after a suspicion. */
const CHARGED_AFTER = /\b(?:been|was|were|is|are) (?:formally |later |also |now |since )?(?:charged|indicted) (?:with|over)\b/;
/** Who may accuse in a charge's name ("accused by prosecutors of fraud"). */
const AUTHORITY = /^(?:police|prosecutors?|prosecution|authorities|investigators|officials|regulators|state|government|crown|department|agency|commission|fbi|sec|grand|jury|court|indictment)$/;
/** People told by a count or a kind: "by three women", "by several accusers". */
const PEOPLE = /^(?:women|woman|men|man|accusers?|girls?|boys?)$/;

export function accusedOutsideCharge(l: SentenceLayers, f: Frame): boolean {
  if (f.frame !== "charge" || f.anchor < 0 || !ACCUSING.test(l.tokens[f.anchor]?.lower ?? "")) return false;
  if (OUTSIDE.test(l.sentence.text)) return true;
  // ("A man suspected of burglary has been charged with theft": what was suspected gave way to what was charged)
  if (l.tokens[f.anchor]!.lower === "suspected" && CHARGED_AFTER.test(l.tokens.slice(f.anchor + 1).map((t) => t.lower).join(" "))) return true;
  const ends = [f.anchor + 1, ...(f.slots.get("charges") ?? []).map((c) => c.end)];
  return ends.some((k) => l.tokens[k]?.lower === "by" && privateAccuser(l, k + 1));
}

/** Whether the words after "by" name a person, never an authority that charges. */
function privateAccuser(l: SentenceLayers, k: number): boolean {
  for (let j = k; j < k + 5 && j < l.tokens.length; j++) {
    const t = l.tokens[j]!;
    if (AUTHORITY.test(t.lower) || l.spans.some((s) => s.start === j && (s.type === "Organization" || s.type === "Court"))) return false;
    if (PEOPLE.test(t.lower) || PERSON_NOUNS.has(t.lemma) || l.spans.some((s) => s.start === j && s.type === "Person")) return true;
    if (t.pos === "PUNCT" || t.pos === "VERB") return false;
  }
  return false;
}

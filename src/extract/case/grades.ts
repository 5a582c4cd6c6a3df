// The grades of an offence's names ("first-degree", "careless"): two charges of one kind graded apart on
// one scale are two charges, the one charged and the lesser one convicted.
import { OFFENCE_GRADES } from "../../lexicon/index.ts";

/** The grades an offence's names give it ("second-degree", "careless"), as scale:word. */
function gradesOf(keys: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const k of keys) for (const w of k.replace(/\b(first|second|third|fourth) degree\b/g, "$1-degree").split(" ")) {
    const scale = OFFENCE_GRADES.get(w);
    if (scale !== undefined) out.add(`${scale}:${w}`);
  }
  return out;
}

/**
 * Whether two offences of one kind are graded apart on one scale: "charged with first-degree murder" and
 * "convicted of second-degree murder", "dangerous driving" and "careless driving" are the charge and a lesser offence.
 */
export function gradedApart(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const ga = gradesOf(a), gb = gradesOf(b);
  for (const x of ga) {
    const scale = x.slice(0, x.indexOf(":"));
    const other = [...gb].filter((y) => y.startsWith(`${scale}:`));
    if (other.length && !other.includes(x) && ![...ga].some((y) => other.includes(y))) return true;
  }
  return false;
}

// One court named in two word orders: "the High Court of Ranipur" and "the Ranipur High Court", "the Court of Appeal in
// Wellington" and "the Wellington Court of Appeal", "the Supreme Court of Canada" and "the Canadian Supreme Court",
// "the Court of Appeal" and "the Appeal Court". courtKey gives them all one form: the place first, the kind after.
// nationals.json itself rather than lexicon/index.ts: resolution runs in the reduce, without the extractor's vocabularies.
import nationals from "../lexicon/nationals.json" with { type: "json" };
import { normalizeName } from "./names.ts";

/** "canadian" -> "canada": the country of a nationality's adjective (the first country that has it). */
const COUNTRY_OF = new Map<string, string>();
for (const [country, adjective] of Object.entries(nationals.countries)) if (!COUNTRY_OF.has(adjective)) COUNTRY_OF.set(adjective, country);

/** A court's kind, at the end of its name: "high court", "district court", "court of appeal", "court of appeals" (not "court" alone). */
const KIND_AT_END = /.\bcourts?$|\bcourts? of appeals?$/;
const PLACE = /^[a-z]+(?: [a-z]+){0,2}$/;

/** The form a court's name is compared in: normalised (normalizeName), its place first and its kind last. */
export function courtKey(name: string): string {
  const n = normalizeName(name).replace(/\bappeals court\b/, "court of appeals").replace(/\bappeal court\b/, "court of appeal");
  // "high court of delhi", "court of appeal in wellington": the place after the kind goes before it
  const at = Math.max(n.lastIndexOf(" of "), n.lastIndexOf(" in "));
  if (at > 0) {
    const kind = n.slice(0, at), place = n.slice(at + 4).replace(/^the /, "");
    if (KIND_AT_END.test(kind) && PLACE.test(place) && !/\b(?:of|in|and)\b/.test(place)) return `${place} ${kind}`;
  }
  // "canadian supreme court": the country of its adjective
  const [first, ...rest] = n.split(" ");
  const country = COUNTRY_OF.get(first!);
  return country && rest.length > 1 && KIND_AT_END.test(n) ? `${country} ${rest.join(" ")}` : n;
}

// Counsel for a side told by a plural that is no defendant: "X SC, appearing for the families, said", "Appearing
// for the victims' relatives, X told the inquest", "X, counsel for the bereaved,", "X, acting for the insurers,".
// The families are the relatives of the article's victims the rules have tied to them (RELATED_TO a person the
// case rules or a victim frame made a victim), none of them a defendant; the insurers are the article's
// insurance companies. With none of them named, the lawyer represents no one.
import type { Entity } from "../../types.ts";
import type { Facts } from "../facts.ts";
import type { Frame } from "../engine/rules.ts";
import type { EntityData, SentenceLayers } from "../layers.ts";

const VERBS = /^(?:appearing|appeared|appears|acting|acted|acts|counsel|lawyer|lawyers|solicitor|solicitors|barrister|advocate|attorney)$/;
const POSTNOMINALS = /^(?:sc|kc|qc|san)$/;
const OPENERS = /^(?:victims|victim|deceased|dead)$/;
const FAMILIES = /^(?:families|family|relatives|bereaved)$/;
const INSURERS = /^(?:insurers|underwriters)$/;
const INSURANCE_NAME = /\b(?:Insurance|Assurance|Insurers|Underwriters)\b/;
const SAYS = /^(?:said|says|told|argued|submitted|asked|urged|contended|added|insisted|described|questioned|suggested)$/;

/** Where "the families", "the victims' relatives", "the families of the victims", "the bereaved", "the insurers" ends
 * when it starts at token `i` ("the"), and which side it names. */
function sideAt(ts: SentenceLayers["tokens"], i: number): { end: number; side: "families" | "insurers" } | undefined {
  if (ts[i]?.lower !== "the") return undefined;
  let k = i + 1;
  // "the victims' families", "the victim's family", "the deceased's relatives"
  if (OPENERS.test(ts[k]?.lower ?? "") && /^(?:'s|')$/.test(ts[k + 1]?.lower ?? "")) k += 2;
  else if (ts[k]?.lower === "dead" && /^(?:man|woman|men|women)$/.test(ts[k + 1]?.lower ?? "") && /^(?:'s|')$/.test(ts[k + 2]?.lower ?? "")) k += 3;
  else if (/^(?:grieving|bereaved)$/.test(ts[k]?.lower ?? "") && FAMILIES.test(ts[k + 1]?.lower ?? "")) k++;
  if (INSURERS.test(ts[k]?.lower ?? "") && k === i + 1) return { end: k + 1, side: "insurers" };
  if (!FAMILIES.test(ts[k]?.lower ?? "")) return undefined;
  k++;
  // "the families of the victims", "the family of the deceased"
  if (ts[k]?.lower === "of" && ts[k + 1]?.lower === "the" && OPENERS.test(ts[k + 2]?.lower ?? "")) k += 3;
  return { end: k, side: "families" };
}

/** The lawyers a sentence ties to a side, with the side. */
function counselIn(l: SentenceLayers): { lawyer: Entity; side: "families" | "insurers" }[] {
  const ts = l.tokens;
  const person = (s: (typeof l.spans)[number]) => s.type === "Person" && !(s.data as EntityData).pronoun && !(s.data as EntityData).group && !(s.data as EntityData).description ? (s.data as EntityData).entity : undefined;
  const out: { lawyer: Entity; side: "families" | "insurers" }[] = [];
  for (let i = 0; i < ts.length; i++) {
    if (!VERBS.test(ts[i]!.lower)) continue;
    let k = i + 1;
    if (ts[k]?.lower === "for" || ts[k]?.lower === "to") k++;
    else if (ts[k]?.lower === "on" && ts[k + 1]?.lower === "behalf" && ts[k + 2]?.lower === "of") k += 3;
    else continue;
    const side = sideAt(ts, k);
    if (!side) continue;
    // "X SC, appearing for the families," / "X, who is appearing for the families,"
    let b = i - 1;
    if (/^(?:is|was)$/.test(ts[b]?.lower ?? "") && ts[b - 1]?.lower === "who") b -= 2;
    if (ts[b]?.lower === ",") {
      let e = b;
      if (POSTNOMINALS.test(ts[e - 1]?.lower ?? "")) e--;
      const span = l.spans.find((s) => s.end === e && person(s));
      if (span && /^[,.;]$|^(?:said|told)$/.test(ts[side.end]?.lower ?? "")) { out.push({ lawyer: person(span)!, side: side.side }); continue; }
    }
    // "Appearing for the families, X told the court"
    if (i === 0 || (i === 1 && /^(?:but|and)$/.test(ts[0]!.lower))) {
      if (ts[side.end]?.lower !== ",") continue;
      let a = side.end + 1;
      while (/^(?:mr|mrs|ms|miss|dr|advocate|barrister|counsel)\.?$/.test(ts[a]?.lower ?? "")) a++;
      // ("Advocate X": a title the name's span may hold)
      const span = l.spans.find((s) => s.start >= side.end + 1 && s.start <= a && s.end > a && person(s));
      if (!span) continue;
      let e = span.end;
      if (POSTNOMINALS.test(ts[e]?.lower ?? "")) e++;
      if (ts[e]?.lower === "," || SAYS.test(ts[e]?.lower ?? "")) out.push({ lawyer: person(span)!, side: side.side });
    }
  }
  return out;
}

export function familiesCounsel(layers: readonly SentenceLayers[], facts: Facts, frames: readonly Frame[]): void {
  const found = layers.flatMap((l) => counselIn(l).map((c) => ({ ...c, sentence: l.sentence.index })));
  if (!found.length) return;
  const victims = new Set(facts.relations.filter((r) => r.type === "ALLEGED_VICTIM").map((r) => r.target));
  for (const f of frames) for (const s of f.slots.get("victim") ?? []) {
    const e = (s.data as EntityData | undefined)?.entity;
    if (e && s.type === "Person") victims.add(e.id);
  }
  const defendants = new Set(facts.relations.filter((r) => r.type === "DEFENDANT_IN").map((r) => r.source));
  const byId = new Map(facts.entities.map((e) => [e.id, e]));
  for (const { lawyer, side, sentence } of found) {
    const clients = new Set<Entity>();
    if (side === "families") {
      for (const r of facts.relations) {
        if (r.type !== "RELATED_TO") continue;
        const kin = victims.has(r.target) && !victims.has(r.source) ? r.source : victims.has(r.source) && !victims.has(r.target) ? r.target : undefined;
        const e = kin ? byId.get(kin) : undefined;
        if (e && e.type === "Person") clients.add(e);
      }
    } else for (const e of facts.entities) if (e.type === "Organization" && INSURANCE_NAME.test(e.label)) clients.add(e);
    for (const c of clients) if (c !== lawyer && !defendants.has(c.id)) facts.relate("REPRESENTS", lawyer, c, sentence, 0.7, `counsel.for-the-${side}`);
  }
}

// Counsel for a side told by a plural that is no defendant: "X SC, appearing for the families, said", "Appearing
// for the victims' relatives, X told the inquest", "X, counsel for the bereaved,", "X, acting for the insurers,".
// The families are the relatives of the article's victims the rules have tied to them (RELATED_TO a person the
// case rules or a victim frame made a victim), none of them a defendant; the insurers are the article's
// insurance companies; "X, appearing for the companies," / "counsel for both firms" speaks for the article's
// companies told charged, pleading or tried (each Organization the case rules made a defendant). With none of them
// named, the lawyer represents no one. Any other plural ("appearing for the officers", "for the two doctors", "for the
// operators") speaks for the article's holders of the role it names (holdersOf) and for the names a sentence sets
// beside it ("the mine's operators, A and B,", besideNoun).
import type { Entity } from "../../types.ts";
import type { Facts } from "../facts.ts";
import type { Frame } from "../engine/rules.ts";
import type { EntityData, SentenceLayers } from "../layers.ts";
import type { Token } from "../../nlp/tokens.ts";
import { ROLE_FORMS, roleInfo } from "../../lexicon/index.ts";

const VERBS = /^(?:appearing|appeared|appears|acting|acted|acts|representing|represents|represented|counsel|lawyer|lawyers|solicitor|solicitors|barrister|advocate|attorney)$/;
const POSTNOMINALS = /^(?:sc|kc|qc|san|bl)$/;
const OPENERS = /^(?:victims|victim|deceased|dead)$/;
const FAMILIES = /^(?:families|family|relatives|bereaved)$/;
const INSURERS = /^(?:insurers|underwriters)$/;
const COMPANIES = /^(?:companies|firms|corporations|businesses)$/;
const FEW = /^(?:two|three|four|five|both)$/;
const INSURANCE_NAME = /\b(?:Insurance|Assurance|Insurers|Underwriters)\b/;
/** The relations that make a company one the case is against. */
const ACCUSED = new Set(["DEFENDANT_IN", "CHARGED_WITH", "ENTERED_PLEA"]);
const SAYS = /^(?:said|says|told|argued|submitted|asked|urged|contended|added|insisted|described|questioned|suggested)$/;

type Side = "families" | "insurers" | "companies" | { holders: string };
/** Plurals that name a party of the case, read by the rules (counsel-sides.yaml) or by no one: never a group of holders. */
const PARTY_PLURALS = /^(?:accused|defendants|appellants|respondents|applicants|petitioners|complainants|plaintiffs|claimants|convicts|victims|parties|interests|parents|children|men|women|people|persons|others|two|three|four)$/;

/** Where "the families", "the victims' relatives", "the families of the victims", "the bereaved", "the insurers" ends
 * when it starts at token `i` ("the"), and which side it names. */
function sideAt(ts: SentenceLayers["tokens"], i: number): { end: number; side: Side } | undefined {
  // "the companies", "the two firms", "both companies"
  const few = ts[i]?.lower === "both" ? i + 1 : ts[i]?.lower === "the" ? (FEW.test(ts[i + 1]?.lower ?? "") && ts[i + 1]?.lower !== "both" ? i + 2 : i + 1) : -1;
  if (few > 0 && COMPANIES.test(ts[few]?.lower ?? "")) return { end: few + 1, side: "companies" };
  // "the officers", "the two doctors", "the hospitals": the article's holders of that role, or its bodies of that kind
  // ("the two former directors", "the mine's operators": up to two lower-case words before the noun)
  let at = few;
  while (at > 0 && at < few + 2 && ts[at + 1] && /^[a-z-]+$/.test(ts[at]!.text) && (ts[at]!.pos === "ADJ" || ts[at]!.pos === "NUM")) at++;
  const w = at > 0 ? ts[at] : undefined;
  if (w && ts[i]?.lower === "the" && w.pos === "NOUN" && /^[a-z]+[^s]s$/.test(w.text) && !PARTY_PLURALS.test(w.lower) && !FAMILIES.test(w.lower) && !INSURERS.test(w.lower) && !OPENERS.test(w.lower)) return { end: at + 1, side: { holders: w.lemma !== w.lower ? w.lemma : w.lower.replace(/s$/, "") } };
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

/** The named person a mention is (no pronoun, group or description). Made once, not per sentence (tsx's esbuild names each closure made inside a function each time). */
const person = (s: SentenceLayers["spans"][number]) => s.type === "Person" && !(s.data as EntityData).pronoun && !(s.data as EntityData).group && !(s.data as EntityData).description ? (s.data as EntityData).entity : undefined;

/** The lawyers a sentence ties to a side, with the side ("bare": told by "for" alone, "X SC, for the publishers,", so
 * only a lawyer's). */
function counselIn(l: SentenceLayers): { lawyer: Entity; side: Side; bare?: boolean }[] {
  const ts = l.tokens;
  const out: { lawyer: Entity; side: Side; bare?: boolean }[] = [];
  for (let i = 0; i < ts.length; i++) {
    const bare = ts[i]!.lower === "for" && ts[i - 1]?.lower === ",";
    if (!VERBS.test(ts[i]!.lower) && !bare) continue;
    let k = i + 1;
    if (bare || /^represent/.test(ts[i]!.lower)) k = i + 1;
    else if (ts[k]?.lower === "for" || ts[k]?.lower === "to") k++;
    else if (ts[k]?.lower === "on" && ts[k + 1]?.lower === "behalf" && ts[k + 2]?.lower === "of") k += 3;
    else continue;
    const side = sideAt(ts, k);
    if (!side) continue;
    // "X SC, appearing for the families," / "X, who is appearing for the families," / "X SC appeared for the families"
    let b = i - 1;
    if (/^(?:is|was|has|had)$/.test(ts[b]?.lower ?? "") && ts[b - 1]?.lower === "who") b -= 2;
    else if (ts[b]?.lower === "who") b--;
    const verb = /^(?:appeared|appears|acted|acts|represented|represents)$/.test(ts[i]!.lower);
    if (bare) b = i - 1;
    if (ts[b]?.lower === "," || (verb && b === i - 1)) {
      const ends = bare ? /^,$/ : typeof side.side !== "string" ? /^(?:[,.;]|said|told|and|at|in|before|who|argued|submitted|with)$/ : /^(?:[,.;]|said|told)$/;
      if (!ends.test(ts[side.end]?.lower ?? "")) continue;
      // ("X KC and Y BL, appearing for the families,": each of the names listed before)
      const lawyers: Entity[] = [];
      for (let e = ts[b]?.lower === "," ? b : b + 1; ;) {
        if (POSTNOMINALS.test(ts[e - 1]?.lower ?? "")) e--;
        const span = l.spans.find((s) => s.end === e && person(s));
        if (!span) break;
        lawyers.push(person(span)!);
        e = span.start - (ts[span.start - 1]?.lower === "and" ? (ts[span.start - 2]?.lower === "," ? 2 : 1) : ts[span.start - 1]?.lower === "," ? 1 : 0);
        if (e === span.start) break;
      }
      for (const lawyer of lawyers) out.push({ lawyer, side: side.side, bare });
      if (lawyers.length) continue;
    }
    if (bare) continue;
    // "Appearing for the families, X told the court"
    if (i === 0 || (i === 1 && /^(?:but|and)$/.test(ts[0]!.lower))) {
      if (ts[side.end]?.lower !== ",") continue;
      let a = side.end + 1;
      while (/^(?:mr|mrs|ms|miss|dr|advocate|barrister|counsel|lawyer|attorney|solicitor)\.?$/.test(ts[a]?.lower ?? "")) a++;
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
  for (const { lawyer, side, sentence, bare } of found) {
    if (bare && !facts.rolesOf(lawyer).some((x) => roleInfo(x)?.legal)) continue;
    const clients = new Set<Entity>();
    const described = new Set<Entity>();
    if (side === "families") {
      for (const r of facts.relations) {
        if (r.type !== "RELATED_TO") continue;
        const kin = victims.has(r.target) && !victims.has(r.source) ? r.source : victims.has(r.source) && !victims.has(r.target) ? r.target : undefined;
        const e = kin ? byId.get(kin) : undefined;
        if (e && e.type === "Person") clients.add(e);
      }
    } else if (side === "insurers") {
      for (const e of facts.entities) if (e.type === "Organization" && INSURANCE_NAME.test(e.label)) clients.add(e);
    } else if (side === "companies") {
      for (const r of facts.relations) {
        const e = ACCUSED.has(r.type) ? byId.get(r.source) : undefined;
        if (e?.type === "Organization") clients.add(e);
      }
    } else {
      for (const c of holdersOf(facts, side.holders)) clients.add(c);
      // ("The operators, A Ltd and B Pty Ltd, ... X, appearing for the operators,": the names set beside the noun)
      for (const l of layers) if (l.sentence.index !== sentence) for (const e of besideNoun(l, side.holders)) described.add(e);
      // ("Climate protesters cleared ... X KC, appearing for the protesters,": the plural the headline or lede calls the
      // accused by, when no one holds that role by name, is each of them)
      if (!clients.size && !described.size && leadsWith(layers, side.holders)) {
        for (const r of facts.relations) {
          const e = ACCUSED.has(r.type) ? byId.get(r.source) : undefined;
          if (e && (e.type === "Person" || e.type === "Organization") && !facts.rolesOf(e).some((x) => roleInfo(x)?.legal)) clients.add(e);
        }
      }
    }
    for (const c of described) if (c !== lawyer && !clients.has(c)) facts.relate("REPRESENTS", lawyer, c, sentence, 0.7, "counsel.for-the-named-side");
    for (const c of clients) if (c !== lawyer && (side !== "families" && side !== "insurers" || !defendants.has(c.id))) facts.relate("REPRESENTS", lawyer, c, sentence, 0.7, `counsel.for-the-${typeof side === "string" ? side : "holders"}`);
  }
}

/** Whether the headline or the lede (the first three sentences) opens its subject with the plural of a noun: "Climate
 * protesters cleared over blockade", "Five climate protesters who glued themselves to a gantry have been cleared". */
function leadsWith(layers: readonly SentenceLayers[], lemma: string): boolean {
  return layers.slice(0, 3).some((l) => {
    const ts = l.tokens;
    const k = ts.findIndex((t) => t.lemma === lemma && /s$/.test(t.lower) && t.lower !== lemma);
    if (k < 0 || ts.slice(0, k).some((t) => t.pos === "VERB" || t.pos === "AUX" || t.text === ",") || /^(?:'s|')$/.test(ts[k + 1]?.lower ?? "")) return false;
    // (what the sentence says of them is an accused's lot, not harm done to them: "Protesters beaten by officers")
    return ts.some((t) => ACCUSED_WORDS.test(t.lower)) && !ts.some((t) => t.lower === "by");
  });
}
const ACCUSED_WORDS = /^(?:charged|cleared|acquitted|convicted|jailed|guilty|fined|sentenced|deny|denied|admit|admitted|accused|sued|trial|tried|face|facing|prosecuted|arraigned|indicted)$/;

/** The article's people who hold the role a noun names ("officer": the police officers, the constables and
 * sergeants of its group), none of them counsel or a judge, and its bodies whose name ends in it ("hospital"). */
function holdersOf(facts: Facts, noun: string): Entity[] {
  const group = ROLE_FORMS.longest([{ lower: noun } as Token], 0)?.value.label;
  const out: Entity[] = [];
  for (const e of facts.entities) {
    if (e.type === "Organization" && e.label.toLowerCase().split(/\s+/).pop() === noun) out.push(e);
    if (e.type !== "Person") continue;
    const roles = facts.relationsFrom(e, "HOLDS_ROLE").map((r) => facts.entity(r.target)!.label.toLowerCase());
    if (roles.some((l) => roleInfo(l)?.legal)) continue;
    if (roles.some((l) => l.split(/\s+/).pop() === noun || (!!group && (roleInfo(l)?.label ?? ROLE_FORMS.longest([{ lower: l } as Token], 0)?.value.label) === group))) out.push(e);
  }
  return out;
}

/** What may stand between a plural noun and the names it is told of. */
const AFTER_NOUN = /^(?:,|–|—|-|\(|:|including|namely|are|were)$/;

/** The names a sentence sets in apposition to a plural noun of the given lemma: "the operators, A and B,",
 * "operators A and B", "A and B, the mine's operators,". */
function besideNoun(l: SentenceLayers, lemma: string): Entity[] {
  const ts = l.tokens, out: Entity[] = [];
  const named = (at: number, end: boolean) => l.spans.find((s) => (end ? s.end === at : s.start === at) && (s.type === "Person" || s.type === "Organization") && !(s.data as EntityData).pronoun && !(s.data as EntityData).group && !(s.data as EntityData).description);
  for (let k = 0; k < ts.length; k++) {
    if (ts[k]!.lemma !== lemma || !/s$/.test(ts[k]!.lower)) continue;
    // after: "operators A and B", "the operators, A and B,", "the operators – A and B –", "operators including A and B",
    // "The operators are A and B."
    const told = AFTER_NOUN.test(ts[k + 1]?.lower ?? "") && (!/^(?:are|were)$/.test(ts[k + 1]!.lower) || /^(?:the|both|all|two|three|four|five|six)$/.test(ts[k - 1]?.lower ?? ""));
    let j = told ? k + 2 : k + 1;
    const after: Entity[] = [];
    for (let s = named(j, false); s; s = named(j, false)) {
      after.push((s.data as EntityData).entity);
      j = s.end;
      if (ts[j]?.lower === "," && ts[j + 1]?.lower === "and") j += 2;
      else if (ts[j]?.lower === "," || ts[j]?.lower === "and") j++;
      else break;
    }
    if (after.length >= 2 || (after.length === 1 && !told)) out.push(...after);
    // before: "A and B, the operators"
    let b = k - 1;
    while (b > 0 && /^[a-z0-9'-]+$/.test(ts[b]!.text) && ts[b]!.lower !== "and") b--;
    if (ts[b]?.lower !== "," || !/^(?:the|both|all)$/.test(ts[b + 1]?.lower ?? "")) continue;
    const before: Entity[] = [];
    for (let e = b, sp = named(e, true); sp; sp = named(e, true)) {
      before.push((sp.data as EntityData).entity);
      let p = sp.start - 1;
      if (ts[p]?.lower === "and") p -= ts[p - 1]?.lower === "," ? 2 : 1;
      else if (ts[p]?.lower === ",") p--;
      else break;
      e = p + 1;
    }
    if (before.length >= 2) out.push(...before);
  }
  return out;
}

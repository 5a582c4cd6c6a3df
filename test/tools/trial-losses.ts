// Where a gold corpus's trial relations are lost, as counts only (safe on a held-out set: it prints no name,
// label or sentence of its articles or its gold). For each missed triple of DEFENDANT_IN, TESTIFIED_IN,
// PROSECUTED, PRESIDED_OVER, PLAINTIFF_IN (a party to a trial), HELD_AT (a trial to a court), TRIED_FOR (to a
// charge), RESULTED_IN, RULED and OVERTURNS (to a verdict of an outcome and a date): whether its named end is in
// the graph at all, what else the graph links it to, whether its article has a trial, and for verdicts whether one
// of that outcome exists with the gold's date, another date or none.
// With --civil-joint, one line per missed civil defendant joins its counts into one category (the two parties' types,
// whether the plaintiff has a suit, whether one sentence names both and that sentence's suit words), still counts only (no order of words:
// that would be a sentence's skeleton).
// With --court-joint, one line per missed HELD_AT joins its court's counts into one category (in the graph, appellate
// name, courts in the article, named where its party's trial is told, that trial's status, its sentences' case words),
// still counts only.
// With --false, the shape of each false trial edge instead (counts by category only).
//   npx tsx test/tools/trial-losses.ts test/fixtures/eval/dev11 [--type HELD_AT] [--civil-joint] [--false]
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { roleInfo } from "../../src/lexicon/index.ts";
import { parseArticle } from "../../src/ingest/index.ts";
import { splitSentences } from "../../src/segment/index.ts";
import { readDocument } from "../../src/extract/document.ts";
import { extractFacts, findArticleNames } from "../../src/extract/article.ts";
import { resolveArticleNames } from "../../src/resolve/article.ts";
import type { EntityData } from "../../src/extract/layers.ts";
import { edgeIndex, goldNodes, normPersonName, parseToken, scoredBuild, type Attrs, type Edge } from "./scored-build.ts";
const dir = resolve(process.argv[2] ?? "../shared/eval/corpus/dev2");
const joint = process.argv.includes("--civil-joint") || process.argv.includes("--court-joint");
/** With --civil-joint: each missed civil defendant's joined category, with how many. */
const joints = new Map<string, number>();
const only = process.argv.includes("--type") ? process.argv[process.argv.indexOf("--type") + 1] : undefined;
const { graph, misses, gold } = scoredBuild(dir);
const goldById = new Map(gold.entities.map((e) => [e.id, e]));
const norm = normPersonName;

const nodes = new Map(graph.nodes.map((n) => [n.key, n.attributes]));
const { nodesOf, fits } = goldNodes(nodes, gold, misses, norm);
const { outOf, into } = edgeIndex(graph.edges);
const rel = (k: string, type: string) => (outOf.get(k) ?? []).filter((e) => e.attributes.type === type);
const relIn = (k: string, type: string) => (into.get(k) ?? []).filter((e) => e.attributes.type === type);
const articlesOf = (k: string) => new Set(rel(k, "MENTIONED_IN").map((e) => String(nodes.get(e.target)?.article)));
const mentionCount = (k: string) => rel(k, "MENTIONED_IN").length;
const ofType = (type: string) => [...nodes].filter(([, a]) => a.type === type).map(([k]) => k);
const trialsIn = (arts: Set<string>) => ofType("Trial").filter((t) => [...articlesOf(t)].some((a) => arts.has(a)));
const bucket = (n: number) => (n === 0 ? "0" : n === 1 ? "1" : n <= 3 ? "2-3" : "4+");

const tally = new Map<string, number>();
const count = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
/** A fact's steps, each as written forward: [subject, type, object, subject's index, object's index]. */
function stepsOf(f: string[]): [string, string, string, number, number][] {
  const out: [string, string, string, number, number][] = [];
  for (let i = 0; i + 2 < f.length; i += 2) {
    const back = f[i + 1]!.startsWith("<");
    out.push(back ? [f[i + 2]!, f[i + 1]!.slice(1), f[i]!, i + 2, i] : [f[i]!, f[i + 1]!, f[i + 2]!, i, i + 2]);
  }
  return out;
}
/** The other steps of the gold paths a missed triple is on, at either of its ends: [step, the index it shares]. */
function around(s: string, type: string, o: string): { step: [string, string, string, number, number]; at: number }[] {
  const out: { step: [string, string, string, number, number]; at: number }[] = [];
  for (const f of gold.facts) {
    const steps = stepsOf(f);
    for (const st of steps) {
      if (st[0] !== s || st[1] !== type || st[2] !== o) continue;
      for (const x of steps) if (x !== st) for (const at of [st[3], st[4]]) if (x[3] === at || x[4] === at) out.push({ step: x, at });
    }
  }
  return out;
}
const shape = (tok: string) => (goldById.has(tok) ? goldById.get(tok)!.type : tok.replace(/=[^,}]*/g, ""));
/** The gold facts' neighbours of a triple: which relation joins its ends to what else. */
function context(s: string, type: string, o: string): string[] {
  return [...new Set(around(s, type, o).map(({ step: [a, t, b, ia] , at }) => `${ia === at ? `${t} to ${shape(b)}` : `${shape(a)} ${t} to it`}`))];
}
/** The ids the gold's paths join by `want` to the pattern end (the trial) of a triple: its defendant, its plaintiff. */
function partners(s: string, type: string, o: string, want: string): string[] {
  return [...new Set(around(s, type, o).filter(({ step: [, t, , , io], at }) => t === want && io === at).map(({ step }) => step[0]))];
}
/** For each entity label (normalised), the case frames whose slots name it: "testify.witness by rule testify.x". */
const framesNaming = new Map<string, Set<string>>();
/** For each article key, the kinds of case frame read in it ("suit", "verdict", ...), with how many. */
const framesIn = new Map<string, Map<string, number>>();
/** For each sentence key ("article:x.txt#3"), its case frames as kind and filled slots ("verdict{defendant,plaintiff} liable"). */
const framesAt = new Map<string, string[]>();
for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
  const r = parseArticle(file, readFileSync(join(dir, file)));
  if (!r.ok) continue;
  const doc = readDocument(r.article, splitSentences(r.article.text, r.article.bodyStart));
  const { names, frames } = findArticleNames(doc);
  for (const f of extractFacts(doc, names, resolveArticleNames(names, doc)).frames) {
    if (/^[A-Z]/.test(f.frame)) continue;
    const kinds = framesIn.get(`article:${file}`) ?? framesIn.set(`article:${file}`, new Map()).get(`article:${file}`)!;
    kinds.set(f.frame, (kinds.get(f.frame) ?? 0) + 1);
    const at = `article:${file}#${f.sentence}`;
    (framesAt.get(at) ?? framesAt.set(at, []).get(at)!).push(`${f.frame}{${[...f.slots.keys()].sort().join(",")}}${f.set.outcome ? ` ${f.set.outcome}` : ""}`);
    for (const [slot, spans] of f.slots) for (const sp of spans) {
      const e = (sp.data as EntityData | undefined)?.entity;
      if (!e) continue;
      const k = norm(e.label);
      (framesNaming.get(k) ?? framesNaming.set(k, new Set()).get(k)!).add(`${f.frame}.${slot} (${f.rule})`);
    }
  }
}
const framesOf = (id: string) => [...new Set((goldById.get(id)?.names ?? []).flatMap((n) => [...(framesNaming.get(norm(n)) ?? [])]))];
const PARTY = new Set(["DEFENDANT_IN", "TESTIFIED_IN", "PROSECUTED", "PRESIDED_OVER", "PLAINTIFF_IN"]);
const legalOf = (k: string) => [...new Set(rel(k, "HOLDS_ROLE").map((e) => roleInfo(String(nodes.get(e.target)?.label))?.legal ?? "other"))].sort().join("+") || "none";

function party(s: string, type: string, o: string, p: string) {
  const ks = nodesOf(s);
  if (!ks.length) { count(`${p}: party not in graph (${goldById.get(s)?.type ?? "?"})`); return; }
  const k = ks.sort((a, b) => mentionCount(b) - mentionCount(a))[0]!;
  count(`${p}: party in graph, mentions ${bucket(mentionCount(k))}`);
  const same = ks.flatMap((x) => rel(x, type));
  if (same.length) count(`${p}:   has ${type} to a trial, gold wants ${o}`);
  for (const t of [...PARTY].filter((t) => t !== type)) if (ks.some((x) => rel(x, t).length)) count(`${p}:   has ${t} instead`);
  for (const t of ["CHARGED_WITH", "ENTERED_PLEA", "REPRESENTS", "WORKS_FOR", "RELATED_TO", "ACCUSED"]) if (ks.some((x) => rel(x, t).length)) count(`${p}:   has ${t}`);
  if (ks.some((x) => relIn(x, "ALLEGED_VICTIM").length)) count(`${p}:   is an ALLEGED_VICTIM`);
  count(`${p}:   legal role: ${legalOf(k)}`);
  const fs = framesOf(s);
  const wanted = { DEFENDANT_IN: /^(?:suit|trial|verdict|charge|plea)\.defendant/, TESTIFIED_IN: /^testify\./, PLAINTIFF_IN: /^suit\.plaintiff|^verdict\.plaintiff/, PROSECUTED: /^prosecute\./, PRESIDED_OVER: /^preside\.|\.judge/ }[type]!;
  const hit = fs.filter((x) => wanted.test(x));
  if (hit.length) for (const x of hit) count(`${p}:   a frame names it: ${x}`);
  else count(`${p}:   no frame names it so (frames: ${[...new Set(fs.map((x) => x.split(" ")[0]))].sort().join(", ") || "none"})`);
  if (type === "DEFENDANT_IN") {
    count(`${p}:   gold trial ${o === "Trial" ? "plain" : o.replace(/^Trial/, "")}, party a ${goldById.get(s)?.type}`);
    const plaintiffs = partners(s, type, o, "PLAINTIFF_IN").flatMap(nodesOf);
    if (/civil/.test(o)) count(`${p}:   its gold plaintiff: ${!partners(s, type, o, "PLAINTIFF_IN").length ? "none on the path" : !plaintiffs.length ? "not in graph" : plaintiffs.some((x) => rel(x, "PLAINTIFF_IN").length) ? "has a suit in the graph" : "in graph, no suit"}`);
    if (/civil/.test(o)) civilParty(s, o, k, ks, p);
    const goldHas = (t: string) => gold.facts.some((f) => f.some((x, i) => x === s && (f[i + 1] === t || f[i - 1] === `<${t}`)));
    count(`${p}:   gold gives it ${["CHARGED_WITH", "ENTERED_PLEA"].filter(goldHas).join("+") || "no charge or plea"}`);
    const caseEdges = ["CHARGED_WITH", "ENTERED_PLEA", ...PARTY].some((t) => ks.some((x) => rel(x, t).length));
    if (!caseEdges) count(`${p}:   no case relation at all in the graph`);
  }
  count(`${p}:   trials in its article: ${bucket(trialsIn(articlesOf(k)).length)}`);
  // the trial's defendant (for a witness, prosecutor, judge, plaintiff): in the graph, with a trial?
  if (type !== "DEFENDANT_IN") {
    const ds = partners(s, type, o, "DEFENDANT_IN").flatMap(nodesOf);
    const dTrials = ds.flatMap((d) => rel(d, "DEFENDANT_IN").map((e) => e.target));
    count(`${p}:   gold defendant: ${!partners(s, type, o, "DEFENDANT_IN").length ? "none on the path" : !ds.length ? "not in graph" : !dTrials.length ? "in graph, no trial" : `has ${dTrials.length > 1 ? "2+ trials" : "a trial"}`}`);
  }
  for (const c of context(s, type, o)) count(`${p}:   gold path ${c}`);
}

/** The words of a civil suit a sentence may tell it by (counted, never printed with the sentence). */
const SUIT_WORDS = /\b(sued|sues|suing|sue|lawsuits?|suits?|complaint|claims?|action|petition|named|defendants?|filed|against|settled|settlement|liable|damages|class|plaintiffs?|alleges?|alleging|accuses|accusing|case|compensation|judgment|awarded|ordered|tribunal)\b/gi;
/** Kin and estate words: a suit brought by the family of the dead ("X's family sued Y", "the estate of X"). */
const KIN_WORDS = /\b(family|families|estate|widow|widower|parents|relatives|heirs|mother|father|son|daughter|husband|wife)\b/gi;
/** How a civil suit's missed defendant is told: the suits its article reads, its sentences' suit words, who else they name. */
function civilParty(s: string, o: string, k: string, ks: string[], p: string) {
  const arts = articlesOf(k);
  const suits = [...arts].reduce((n, a) => n + (framesIn.get(a)?.get("suit") ?? 0), 0);
  count(`${p}:   civil: suit frames in its article: ${bucket(suits)}`);
  const sentences = new Set(ks.flatMap((x) => rel(x, "MENTIONED_IN").map((e) => e.target)));
  const words = new Set<string>();
  for (const t of sentences) for (const m of String(nodes.get(t)?.text ?? "").matchAll(SUIT_WORDS)) words.add(m[1]!.toLowerCase());
  count(`${p}:   civil: its sentences' suit words: ${[...words].sort().join(" ") || "none"}`);
  const kin = new Set<string>();
  for (const t of sentences) for (const m of String(nodes.get(t)?.text ?? "").matchAll(KIN_WORDS)) kin.add(m[1]!.toLowerCase());
  count(`${p}:   civil: its sentences' kin words: ${[...kin].sort().join(" ") || "none"}`);
  for (const x of partners(s, "DEFENDANT_IN", o, "PLAINTIFF_IN")) count(`${p}:   civil: its gold plaintiff a ${goldById.get(x)?.type ?? "?"}`);
  const plaintiffs = partners(s, "DEFENDANT_IN", o, "PLAINTIFF_IN").flatMap(nodesOf);
  const pSentences = new Set(plaintiffs.flatMap((x) => rel(x, "MENTIONED_IN").map((e) => e.target)));
  if (joint) {
    const shared = [...sentences].filter((t) => pSentences.has(t));
    const sharedWords = new Set<string>();
    for (const t of shared) for (const m of String(nodes.get(t)?.text ?? "").matchAll(SUIT_WORDS)) sharedWords.add(m[1]!.toLowerCase());
    const pTypes = partners(s, "DEFENDANT_IN", o, "PLAINTIFF_IN").map((x) => goldById.get(x)?.type ?? "?").sort().join("+") || "none";
    const pSuit = !plaintiffs.length ? "absent" : plaintiffs.some((x) => rel(x, "PLAINTIFF_IN").length) ? "suit" : "no suit";
    const own = ks.some((x) => rel(x, "DEFENDANT_IN").length || rel(x, "PLAINTIFF_IN").length) ? "party elsewhere" : "no party";
    const key = [goldById.get(s)?.type, `plaintiff ${pTypes} (${pSuit})`, own, `suit frames ${bucket(suits)}`, `shared sentences ${bucket(shared.length)}: ${[...sharedWords].sort().join(" ") || "-"}`].join(" | ");
    joints.set(key, (joints.get(key) ?? 0) + 1);
  }
  count(`${p}:   civil: a sentence names it and its gold plaintiff: ${[...sentences].some((t) => pSentences.has(t))}`);
  // (the case frames of its sentences, by kind and the slots they fill, none of them naming it; and of its plaintiff's)
  for (const t of sentences) for (const f of new Set(framesAt.get(t) ?? ["none"])) count(`${p}:   civil: a frame in its sentences: ${f}`);
  for (const t of pSentences) if (!sentences.has(t)) for (const f of new Set(framesAt.get(t) ?? ["none"])) count(`${p}:   civil: a frame in its plaintiff's other sentences: ${f}`);
  const pWords = new Set<string>();
  for (const t of pSentences) for (const m of String(nodes.get(t)?.text ?? "").matchAll(SUIT_WORDS)) pWords.add(m[1]!.toLowerCase());
  if (plaintiffs.length) count(`${p}:   civil: its plaintiff's sentences' suit words: ${[...pWords].sort().join(" ") || "none"}`);
  for (const x of plaintiffs) count(`${p}:   civil: its plaintiff: ${["ALLEGED_VICTIM", "TESTIFIED_IN", "DEFENDANT_IN", "CHARGED_WITH"].filter((t) => relIn(x, t).length || rel(x, t).length).join("+") || "no case relation"}, legal role ${legalOf(x)}, mentions ${bucket(mentionCount(x))}`);
  const crim = [...arts].reduce((n, a) => n + ["charge", "plea", "sentence"].reduce((m, k) => m + (framesIn.get(a)?.get(k) ?? 0), 0), 0);
  count(`${p}:   civil: charge, plea and sentence frames in its article: ${bucket(crim)}`);
  const others = [...sentences].map((t) => (into.get(t) ?? []).filter((e) => e.attributes.type === "MENTIONED_IN" && !ks.includes(e.source) && /^(?:Person|Organization|Studio)$/.test(String(nodes.get(e.source)?.type))).length);
  count(`${p}:   civil: most other people and companies in one of its sentences: ${bucket(Math.max(0, ...others))}`);
  const suitsOfPlaintiff = plaintiffs.flatMap((x) => rel(x, "PLAINTIFF_IN").map((e) => e.target));
  for (const t of suitsOfPlaintiff) count(`${p}:   civil: the plaintiff's suit has defendants: ${bucket(relIn(t, "DEFENDANT_IN").length)}, kind ${String(nodes.get(t)?.kind ?? "none")}`);
  const otherTrials = ks.flatMap((x) => [...rel(x, "DEFENDANT_IN"), ...rel(x, "PLAINTIFF_IN")].map((e) => e.target));
  for (const t of otherTrials) count(`${p}:   civil: it is a party to a trial of kind ${String(nodes.get(t)?.kind ?? "none")}, with a plaintiff: ${relIn(t, "PLAINTIFF_IN").length > 0}`);
}

/** The words of a case told where a court is named (counted, never printed with the sentence). */
const COURT_WORDS = /\b(trials?|tried|verdicts?|convicted|acquitted|sued|lawsuits?|appeals?|sentenced|hearings?|bail|charged|pleaded|testified|ruled|jury)\b/gi;
function court(s: string, o: string, p: string) {
  const ks = nodesOf(o);
  const parts: string[] = [];
  const join = () => { if (joint) { const key = parts.join("; "); joints.set(key, (joints.get(key) ?? 0) + 1); } };
  if (!ks.length) { count(`${p}: court not in graph`); parts.push("court not in graph"); join(); return; }
  const k = ks[0]!;
  count(`${p}: court in graph, mentions ${bucket(mentionCount(k))}`);
  const held = ks.flatMap((x) => relIn(x, "HELD_AT"));
  if (held.length) count(`${p}:   a trial of other attributes is held there, gold wants ${s}`);
  if (ks.some((x) => relIn(x, "RULED").length)) count(`${p}:   the court RULED a verdict`);
  if (ks.some((x) => relIn(x, "WORKS_FOR").length)) count(`${p}:   someone WORKS_FOR it`);
  const appellate = /\b(?:appeal|appeals|appellate|supreme|highest|cassation|high court|apex)\b/i.test(String(nodes.get(k)!.label));
  count(`${p}:   appellate name: ${appellate}`);
  parts.push(`mentions ${bucket(mentionCount(k))}`, appellate ? "appellate" : "trial court");
  const trials = trialsIn(articlesOf(k));
  count(`${p}:   trials in its article: ${bucket(trials.length)}; of those held elsewhere: ${bucket(trials.filter((t) => rel(t, "HELD_AT").length).length)}`);
  const ds = [...partners(s, "HELD_AT", o, "DEFENDANT_IN"), ...partners(s, "HELD_AT", o, "PLAINTIFF_IN")];
  const dks = ds.flatMap(nodesOf);
  const arts = articlesOf(k);
  const nCourts = bucket(ofType("Court").filter((c) => [...articlesOf(c)].some((a) => arts.has(a))).length);
  count(`${p}:   courts in its article: ${nCourts}`);
  parts.push(`courts ${nCourts}`, held.length ? "holds another trial" : "holds none");
  const sentencesOf = (x: string) => new Set(rel(x, "MENTIONED_IN").map((e) => e.target));
  const partyTrials = dks.flatMap((d) => [...rel(d, "DEFENDANT_IN"), ...rel(d, "PLAINTIFF_IN")].map((e) => e.target));
  if (partyTrials.length) {
    const told = new Set(partyTrials.flatMap((t) => [...sentencesOf(t)]));
    count(`${p}:   the court is named in a sentence its party's trial is told in: ${[...sentencesOf(k)].some((x) => told.has(x))}`);
    count(`${p}:   its party's trials: ${partyTrials.map((t) => String(nodes.get(t)!.status) + (rel(t, "HELD_AT").length ? " held elsewhere" : "")).sort().join(", ")}`);
    parts.push([...sentencesOf(k)].some((x) => told.has(x)) ? "named with the trial" : "not named with the trial", `party's trials ${partyTrials.map((t) => String(nodes.get(t)!.status) + (rel(t, "HELD_AT").length ? "+court" : "")).sort().join(",")}`);
  } else parts.push("party has no trial");
  const told = new Set<string>();
  for (const x of sentencesOf(k)) for (const m of String(nodes.get(x)?.text ?? "").matchAll(COURT_WORDS)) told.add(m[1]!.toLowerCase().replace(/s$/, ""));
  count(`${p}:   its sentences' case words: ${[...told].sort().join(" ") || "none"}`);
  parts.push(`words ${[...told].sort().join(" ") || "none"}`);
  join();
  if (ofType("Verdict").some((v) => /^(?:upheld|overturned)$/.test(String(nodes.get(v)!.outcome)) && [...articlesOf(v)].some((a) => arts.has(a)))) count(`${p}:   its article tells an appeal ruling`);
  count(`${p}:   gold party: ${!ds.length ? "none on the path" : !dks.length ? "not in graph" : !dks.some((d) => rel(d, "DEFENDANT_IN").length || rel(d, "PLAINTIFF_IN").length) ? "in graph, no trial" : "has a trial"}`);
  for (const c of context(s, "HELD_AT", o)) count(`${p}:   gold path ${c}`);
}

function charge(o: string, p: string) {
  const ks = nodesOf(o);
  if (!ks.length) { count(`${p}: charge not in graph`); return; }
  count(`${p}: charge in graph`);
  const verdicts = ks.flatMap((k) => relIn(k, "ON_CHARGE")).map((e) => e.source).filter((v) => nodes.get(v)!.type === "Verdict");
  const byTrial = verdicts.filter((v) => relIn(v, "RESULTED_IN").length);
  count(`${p}:   verdicts on it: ${bucket(verdicts.length)}, of a trial: ${bucket(byTrial.length)}, ruled by a court: ${bucket(verdicts.filter((v) => relIn(v, "RULED").length).length)}`);
  if (ks.some((k) => relIn(k, "ON_CHARGE").some((e) => nodes.get(e.source)!.type === "Plea"))) count(`${p}:   a plea is on it`);
  const ds = ks.flatMap((k) => relIn(k, "CHARGED_WITH")).map((e) => e.source);
  count(`${p}:   its defendant: ${!ds.length ? "none" : ds.some((d) => rel(d, "DEFENDANT_IN").length) ? "has a trial" : "no trial"}`);
}

function verdict(s: string, type: string, o: string, p: string) {
  const end = type === "RULED" || type === "RESULTED_IN" ? o : s;
  const pat = parseToken(end);
  const outcome = pat.tests.find(([x]) => x === "outcome")?.[1];
  const date = pat.tests.find(([x]) => x === "date")?.[1];
  const same = ofType("Verdict").filter((v) => fits(v, end));
  const sameOutcome = ofType("Verdict").filter((v) => String(nodes.get(v)!.outcome) === outcome);
  count(`${p}: gold verdict ${date ? `dated ${date.length === 4 ? "to a year" : date.length === 7 ? "to a month" : "to a day"}` : "undated"}`);
  if (same.length) {
    count(`${p}:   a verdict fits (outcome and date)`);
    const linked = type === "RESULTED_IN" ? same.filter((v) => relIn(v, "RESULTED_IN").length) : type === "RULED" ? same.filter((v) => relIn(v, "RULED").length) : same.filter((v) => rel(v, "OVERTURNS").length || relIn(v, "OVERTURNS").length);
    count(`${p}:     of those, with some ${type}: ${bucket(linked.length)}; ruled: ${bucket(same.filter((v) => relIn(v, "RULED").length).length)}; of a trial: ${bucket(same.filter((v) => relIn(v, "RESULTED_IN").length).length)}`);
    if (type === "RESULTED_IN") {
      // (a verdict of the outcome and date is there: on the party's own trial, split onto another, or on none)
      const ps = [...partners(s, type, o, "DEFENDANT_IN"), ...partners(s, type, o, "PLAINTIFF_IN")].flatMap(nodesOf);
      const own = new Set(ps.flatMap((d) => [...rel(d, "DEFENDANT_IN"), ...rel(d, "PLAINTIFF_IN")].map((e) => e.target)));
      const on = same.flatMap((v) => relIn(v, "RESULTED_IN").map((e) => e.source));
      count(`${p}:     the fitting verdict is on: ${!on.length ? "no trial" : on.some((t) => own.has(t)) ? "its party's trial (another trial node of it scored)" : own.size ? "another trial than its party's" : "a trial; its party has none"}`);
    }
  } else if (sameOutcome.length) {
    const dates = sameOutcome.map((v) => String(nodes.get(v)!.date ?? ""));
    // (how far the nearest date found is from the gold's, both read to the day where given)
    const days = (d: string) => Date.parse(d.length === 4 ? `${d}-07-01` : d.length === 7 ? `${d}-15` : d) / 864e5;
    const gaps = dates.filter((d) => d && date).map((d) => Math.abs(days(d) - days(date!))).sort((a, b) => a - b);
    if (gaps.length) count(`${p}:   nearest date found is off by ${gaps[0]! <= 1 ? "a day or less" : gaps[0]! <= 7 ? "2-7 days" : gaps[0]! <= 31 ? "8-31 days" : gaps[0]! <= 366 ? "a month to a year" : "over a year"}`);
    count(`${p}:   outcome found, ${!date ? "none undated" : dates.some((d) => d && (d.startsWith(date) || date.startsWith(d))) ? "date at another precision" : dates.some((d) => d.slice(0, 4) === date.slice(0, 4)) ? "another date, same year" : dates.every((d) => !d) ? "all undated" : "other dates"}`);
  } else count(`${p}:   no verdict of that outcome in the graph`);
  if (type === "RESULTED_IN") {
    const ps = [...partners(s, type, o, "DEFENDANT_IN"), ...partners(s, type, o, "PLAINTIFF_IN"), ...partners(s, type, o, "PRESIDED_OVER")];
    const pks = ps.flatMap(nodesOf);
    const trials = pks.flatMap((d) => [...rel(d, "DEFENDANT_IN"), ...rel(d, "PLAINTIFF_IN"), ...rel(d, "PRESIDED_OVER")].map((e) => e.target));
    const vs = trials.flatMap((t) => rel(t, "RESULTED_IN").map((e) => e.target));
    const mine = vs.filter((v) => String(nodes.get(v)!.outcome) === outcome);
    const ds = mine.map((v) => String(nodes.get(v)!.date ?? ""));
    // (the party's trial has the outcome undated: is a verdict of that outcome, dated, elsewhere in its article, a split twin?)
    if (mine.length && date && ds.every((d) => !d)) {
      const arts = new Set(trials.flatMap((t) => [...articlesOf(t)]));
      const twins = ofType("Verdict").filter((v) => !mine.includes(v) && String(nodes.get(v)!.outcome) === outcome && [...articlesOf(v)].some((a) => arts.has(a)));
      const tds = twins.map((v) => String(nodes.get(v)!.date ?? ""));
      count(`${p}:   undated on its trial; same-outcome twins in its article: ${!twins.length ? "none" : tds.some((d) => d === date) ? "one has the gold date" : tds.some((d) => d) ? "dated otherwise" : "undated"}${twins.some((v) => relIn(v, "RESULTED_IN").length) ? ", of another trial" : twins.length ? ", of no trial" : ""}`);
    }
    count(`${p}:   its party: ${!ps.length ? "none on the path" : !pks.length ? "not in graph" : !trials.length ? "no trial" : !vs.length ? "trial, no verdict" : !mine.length ? "verdicts of other outcomes only" : mine.some((v) => fits(v, o)) ? "a fitting verdict" : !date ? "the outcome, dated though gold is not" : ds.every((d) => !d) ? "the outcome, undated" : ds.some((d) => d.slice(0, 7) === date.slice(0, 7)) ? "the outcome, same month, other day or precision" : ds.some((d) => d.slice(0, 4) === date.slice(0, 4)) ? "the outcome, same year" : "the outcome, another year"}`);
  }
  if (type === "OVERTURNS") count(`${p}:   the other end fits some verdict: ${ofType("Verdict").some((v) => fits(v, o))}`);
  if (type === "RULED") count(`${p}:   court ${nodesOf(s).length ? "in graph" : "not in graph"}${nodesOf(s).some((k) => rel(k, "RULED").length) ? ", rules another verdict" : ""}`);
}

// (--false: each false trial edge's shape instead, counts only: its rules, its trial's kind and status, what the gold
// makes of its ends, and which words of another case its evidence sentences hold)
const OTHER_CASE = / (?:earlier|previous|previously|prior|separate|separately|unrelated|another|former|once|already|19\d\d|20[012]\d) /;
function falseEdge(line: string): void {
  const [, type] = line.match(/ -([A-Z_]+)-> /) ?? [];
  const edge = graph.edges.find((e) => `${nodes.get(e.source)?.type} "${nodes.get(e.source)?.label}" -${e.attributes.type}-> ${nodes.get(e.target)?.type} "${nodes.get(e.target)?.label}"` === line);
  const p = `false ${type}`;
  count(p);
  if (!edge) { count(`${p}:   (edge not found)`); return; }
  for (const r of (edge.attributes as { rule?: string[] }).rule ?? []) count(`${p}:   rule ${r}`);
  const trial = nodes.get(edge.source)?.type === "Trial" ? edge.source : edge.target;
  const t = nodes.get(trial)!;
  count(`${p}:   trial: ${String(t.kind ?? "criminal")}, ${String(t.status ?? "no status")}, ${t.date ? "dated" : "undated"}`);
  count(`${p}:   trial's defendants in the graph: ${bucket(relIn(trial, "DEFENDANT_IN").length)}; verdicts: ${bucket(rel(trial, "RESULTED_IN").length)}`);
  const other = edge.source === trial ? edge.target : edge.source;
  const ids = gold.entities.filter((g) => nodesOf(g.id).includes(other)).map((g) => g.id);
  const triples = gold.facts.flatMap((f) => stepsOf(f));
  const goldRole = !ids.length ? "not gold" : [...new Set(triples.filter(([a, , b]) => ids.includes(a) || ids.includes(b)).map(([a, r, b]) => `${ids.includes(a) ? "" : "<"}${r}`))].sort().join(" ") || "gold, in no fact";
  count(`${p}:   its other end (${nodes.get(other)?.type}): ${goldRole}`);
  const ev = ((edge.attributes as { evidence?: string[] }).evidence ?? []).map((k) => ` ${normPersonName(String(nodes.get(k)?.text ?? ""))} `);
  count(`${p}:   evidence holds another case's words: ${ev.some((x) => OTHER_CASE.test(x)) ? "yes" : "no"}`);
  const told = [...new Set([...rel(trial, "MENTIONED_IN"), ...(outOf.get(trial) ?? []), ...(into.get(trial) ?? [])].flatMap((e) => ((e.attributes as { evidence?: string[] }).evidence ?? [])))].map((k) => ` ${normPersonName(String(nodes.get(k)?.text ?? ""))} `);
  count(`${p}:   the trial's sentences hold another case's words: ${told.some((x) => OTHER_CASE.test(x)) ? "some" : "none"}`);
  if (type === "HELD_AT") count(`${p}:   the court is named in a sentence the trial is told in: ${rel(other, "MENTIONED_IN").some((m) => told.length && ((outOf.get(trial) ?? []).concat(into.get(trial) ?? [])).some((e) => ((e.attributes as { evidence?: string[] }).evidence ?? []).includes(m.target))) ? "yes" : "no"}`);
}
if (process.argv.includes("--false")) {
  for (const line of ((misses as { relationFP?: string[] }).relationFP ?? []).filter((l) => / -(?:HELD_AT|DEFENDANT_IN|TRIED_FOR|TESTIFIED_IN|PRESIDED_OVER|PROSECUTED|RESULTED_IN|PLAINTIFF_IN)-> /.test(l))) falseEdge(line);
  for (const [k, n] of [...tally].sort((a, b) => (a[0] < b[0] ? -1 : 1))) console.log(`${String(n).padStart(4)}  ${k}`);
  process.exit(0);
}

const missed = misses.relationFN.map((l) => l.split(" ")).filter(([, t]) => !only || t === only);
const totals = new Map<string, number>();
for (const [s, type, o] of missed) {
  if (!s || !type || !o) continue;
  const p = type;
  totals.set(type, (totals.get(type) ?? 0) + 1);
  if (PARTY.has(type)) party(s, type, o, p);
  else if (type === "HELD_AT") court(s, o, p);
  else if (type === "TRIED_FOR") charge(o, p);
  else if (type === "RESULTED_IN" || type === "RULED" || type === "OVERTURNS") verdict(s, type, o, p);
}
console.log(`${dir}: missed ${[...totals].map(([t, n]) => `${t} ${n}`).join(", ")}`);
// (grouped by relation type, each group's lines in the order first counted, so that indented lines follow their heading)
const typeOf = (k: string) => k.slice(0, k.indexOf(":"));
const order = [...tally.keys()];
for (const k of order.sort((a, b) => (typeOf(a) < typeOf(b) ? -1 : typeOf(a) > typeOf(b) ? 1 : 0))) console.log(`${String(tally.get(k)).padStart(4)}  ${k}`);
if (joint) for (const [k, n] of [...joints].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(4)}  ${process.argv.includes("--court-joint") ? "court" : "civil"} joint: ${k}`);

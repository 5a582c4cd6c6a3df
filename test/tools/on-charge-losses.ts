// Where a gold corpus's ON_CHARGE triples (a verdict or a plea on a charge) are lost, as counts only (safe on a
// held-out set: it prints no name, label or sentence of its articles or its gold). For each missed triple: whether
// the charge is in the graph, whether a verdict or plea of its outcome is (on the charge's defendant, in its
// article), whether they share a sentence, whether that verdict or plea is on other charges, whether the charge has
// another verdict or plea; and in the text, whether a sentence telling a verdict or plea of that kind names the
// charge, names another, or names none but "the charge", "both counts", "all charges".
// (--date-shapes and --owner-shapes print masked sentence skeletons, which is more than counts: on the readable
// corpora only, never on dev5, dev9, dev10 or dev11.)
//   npx tsx test/tools/on-charge-losses.ts test/fixtures/eval/dev11
import { resolve } from "node:path";
import { edgeIndex, goldNodes, normName, parseToken, scoredBuild, type Attrs, type Edge } from "./scored-build.ts";
import { dateLoss, maskShape } from "./verdict-dates.ts";
import { refuseHeldOut } from "./held-out.ts";
const dir = resolve(process.argv[2] ?? "../shared/eval/corpus/dev2");
refuseHeldOut(dir, "on-charge-losses", ["--owner-shapes", "--date-shapes"]);
const { graph, misses, gold } = scoredBuild(dir);
const goldById = new Map(gold.entities.map((e) => [e.id, e]));
const norm = normName;
const nodes = new Map(graph.nodes.map((n) => [n.key, n.attributes]));
const { nodesOf, fits } = goldNodes(nodes, gold, misses, norm);
const { outOf, into } = edgeIndex(graph.edges);
const rel = (k: string, type: string) => (outOf.get(k) ?? []).filter((e) => e.attributes.type === type).map((e) => e.target);
const relIn = (k: string, type: string) => (into.get(k) ?? []).filter((e) => e.attributes.type === type).map((e) => e.source);
const sentencesOf = (k: string) => new Set(rel(k, "MENTIONED_IN"));
const mentionsOf = (k: string) => (outOf.get(k) ?? []).filter((e) => e.attributes.type === "MENTIONED_IN").map((e) => {
  const a = e.attributes as Record<string, unknown>;
  return { sentence: e.target, start: Number(a.start), end: Number(a.end), surface: String(a.surface) };
});
const articleOf = (sentence: string) => String(nodes.get(sentence)?.article);
const articlesOf = (k: string) => new Set([...sentencesOf(k)].map(articleOf));
const kindFits = (k: string, tok: string) => { const p = parseToken(tok); const a = nodes.get(k)!; return a.type === p.type && p.tests.every(([x, v]) => x === "date" || String(a[x] ?? "").toLowerCase() === v.toLowerCase()); };

const tally = new Map<string, number>();
const count = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
const sentenceNodes = [...nodes].filter(([, a]) => a.type === "Sentence").map(([k, a]) => ({ k, article: String(a.article), text: ` ${norm(String(a.text ?? ""))} ` }));
const VERDICT_WORDS = / (?:guilty|convicted|convicts|convict|conviction|convictions|acquitted|acquits|acquittal|cleared|found|jury|verdict|verdicts) /;
const PLEA_WORDS = / (?:pleaded|pleads|plead|pled|plea|pleas|admitted|admits|denied|denies) /;
const ANAPHOR = / (?:the|both|all|those|these|that|each|remaining|lesser|same|two|three|four|five|six|seven|eight|nine|ten) (?:\w+ )?(?:charges?|counts?|offences?|offenses?) /;
const CHARGE_HINT = / (?:of|to|for|on) [a-z]+ (?:[a-z]+ )?(?:charges?|counts?) | counts? of | charges? of /;

const missed = misses.relationFN.map((l) => l.split(" ")).filter(([, t]) => t === "ON_CHARGE");
for (const [s, , o] of missed) {
  if (!s || !o) continue;
  const kind = parseToken(s).type;
  const p = kind;
  count(`${p}: missed`);
  const names = (goldById.get(o)?.names ?? []).map((n) => ` ${norm(n)} `);
  // the text: sentences naming the charge, and sentences telling a verdict or plea of its kind
  const naming = sentenceNodes.filter((x) => names.some((n) => x.text.includes(n)));
  const arts = new Set(naming.map((x) => x.article));
  const words = kind === "Plea" ? PLEA_WORDS : VERDICT_WORDS;
  const told = sentenceNodes.filter((x) => arts.has(x.article) && words.test(x.text));
  const both = told.filter((x) => names.some((n) => x.text.includes(n)));
  count(`${p}: text: charge named in ${naming.length ? "some sentence" : "no sentence"}`);
  if (naming.length) {
    if (both.length) count(`${p}: text:   a ${kind.toLowerCase()} sentence names it`);
    else if (told.some((x) => ANAPHOR.test(x.text))) count(`${p}: text:   no ${kind.toLowerCase()} sentence names it; one says "the/both/all ... charges"`);
    else if (told.some((x) => CHARGE_HINT.test(x.text))) count(`${p}: text:   no ${kind.toLowerCase()} sentence names it; one names another charge`);
    else count(`${p}: text:   no ${kind.toLowerCase()} sentence names it nor any charge (${told.length ? "bare verdict words" : "no verdict words"})`);
  }
  const cs = nodesOf(o);
  const fitting = [...nodes.keys()].filter((k) => fits(k, s));
  const ofKind = [...nodes.keys()].filter((k) => kindFits(k, s));
  const want = parseToken(s).tests.find(([x]) => x === "date")?.[1] ?? "";
  const dates = (vs: string[]) => dateLoss({ nodes, sentencesOf, mentionsOf }, kind, want, vs, count);
  if (!cs.length) {
    const there = ofKind.filter((k) => [...articlesOf(k)].some((a) => arts.has(a)));
    if (!fitting.some((k) => [...articlesOf(k)].some((a) => arts.has(a)))) dates(there);
    count(`${p}: graph: charge not in graph; a ${kind.toLowerCase()} of its outcome and date ${fitting.length ? "is" : ofKind.length ? "is, of another date" : "is not"}`);
    continue;
  }
  const cArts = new Set(cs.flatMap((c) => [...articlesOf(c)]));
  const ds = cs.flatMap((c) => relIn(c, "CHARGED_WITH"));
  count(`${p}: graph: charge in graph (${cs.length > 1 ? "2+ nodes of its name" : "one node"}), ${ds.length ? "with a defendant" : "no defendant"}`);
  const theirs = cs.flatMap((c) => relIn(c, "ON_CHARGE")).filter((x) => nodes.get(x)!.type === kind);
  count(`${p}: graph:   its ${kind.toLowerCase()}s: ${theirs.some((x) => fits(x, s)) ? "one fits (the scorer took another node)" : theirs.some((x) => kindFits(x, s)) ? "the outcome, another date" : theirs.length ? "other outcomes only" : "none"}`);
  const dated = theirs.filter((x) => kindFits(x, s) && !fits(x, s));
  if (dated.length && !theirs.some((x) => fits(x, s))) {
    dates(dated);
    const have = dated.map((x) => String(nodes.get(x)!.date ?? ""));
    count(`${p}: graph:     its date: ${have.some((d) => !d) ? "none" : have.some((d) => want.startsWith(d) || d.startsWith(want)) ? "coarser or finer" : have.some((d) => d.slice(0, 4) === want.slice(0, 4)) ? "same year" : have.some((d) => d.slice(0, 4) < want.slice(0, 4)) ? "an earlier year" : "a later year"}`);
  }
  const local = (k: string) => [...articlesOf(k)].some((a) => cArts.has(a));
  const fitHere = fitting.filter(local);
  const kindHere = ofKind.filter(local);
  const mine = (k: string) => kind === "Plea" ? ds.some((d) => rel(d, "ENTERED_PLEA").includes(k)) : ds.some((d) => rel(d, "DEFENDANT_IN").some((t) => rel(t, "RESULTED_IN").includes(k)));
  count(`${p}: graph:   a ${kind.toLowerCase()} of its outcome in its article: ${fitHere.length ? "same date" : kindHere.length ? "other date" : "none"}`);
  const vs = fitHere.length ? fitHere : kindHere;
  if (!vs.length) {
    const anyKind = [...nodes].filter(([k, a]) => a.type === kind && local(k));
    count(`${p}: graph:     ${kind.toLowerCase()}s of other outcomes there: ${anyKind.length ? "yes" : "none"}`);
    // (--owner-shapes: the masked shapes of the sentences that tell a finding or plea and name the charge)
    if (process.argv.includes("--owner-shapes")) for (const x of both) count(`${p}: graph:       none of its outcome; told: ${maskShape(x.text.trim())}`);
    continue;
  }
  count(`${p}: graph:     it is the defendant's: ${vs.some(mine) ? "yes" : "no"}`);
  // (--owner-shapes: where it is another's, the masked shapes of the sentences telling it and of those naming the charge)
  if (process.argv.includes("--owner-shapes") && !vs.some(mine)) {
    for (const v of vs) for (const x of sentencesOf(v)) count(`${p}: graph:       another's, told: ${maskShape(String(nodes.get(x)?.text ?? ""))}`);
    for (const c of cs) for (const x of sentencesOf(c)) count(`${p}: graph:       another's, the charge told: ${maskShape(String(nodes.get(x)?.text ?? ""))}`);
  }
  if (process.argv.includes("--owner-shapes") && !theirs.some((x) => kindFits(x, s)) && theirs.length) {
    for (const v of theirs) for (const x of sentencesOf(v)) count(`${p}: graph:       other outcome, told: ${maskShape(String(nodes.get(x)?.text ?? ""))}`);
  }
  const cSent = new Set(cs.flatMap((c) => [...sentencesOf(c)]));
  count(`${p}: graph:     shares a sentence with the charge: ${vs.some((v) => [...sentencesOf(v)].some((x) => cSent.has(x))) ? "yes" : "no"}`);
  count(`${p}: graph:     it is on other charges: ${vs.some((v) => rel(v, "ON_CHARGE").length) ? "yes" : "no"}`);
  count(`${p}: graph:     the charge has another ${kind.toLowerCase()}: ${cs.some((c) => relIn(c, "ON_CHARGE").some((x) => nodes.get(x)!.type === kind)) ? "yes" : "no"}`);
}
console.log(`${dir}: ${missed.length} ON_CHARGE missed`);
for (const [k, n] of [...tally].sort((a, b) => (a[0] < b[0] ? -1 : 1))) console.log(`${String(n).padStart(4)}  ${k}`);

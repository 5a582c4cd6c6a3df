// Where a gold corpus's charges are lost, as counts only (safe on a held-out set: it prints no text of
// its articles or its gold). For each gold charge the build misses: whether the charge layer finds a
// phrase with its name in a sentence that holds it (A), one that overlaps it under another label (B), or
// none (C); for A, whether a frame's slot holds it, how far the nearest charge predicate is before it, and
// which families of rules read the sentence. For each false Charge: how its label differs from the names
// of the charges missed (cut short, too long, unrelated), and the word the gold name goes on with. Also, for A: the
// two words before it and the words from the predicate to it, each a word of the tool's own list or "*", the word
// after it likewise, the verb classes of its sentence, whether a statute follows or a count is told by its number,
// and the case rules that read its sentence (rule ids, "(no charges)" where their frame holds none).
// (--shapes and --all-shapes print masked sentence skeletons, which is more than counts: on the readable corpora only;
// the tool refuses them on dev5, dev9, dev10 and dev11, held-out.ts.)
//   npx tsx test/tools/charge-losses.ts test/fixtures/eval/dev11
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArticle } from "../../src/ingest/index.ts";
import { splitSentences } from "../../src/segment/index.ts";
import { readDocument } from "../../src/extract/document.ts";
import { chargeSpans } from "../../src/extract/spans/charges.ts";
import { extractFacts, findArticleNames } from "../../src/extract/article.ts";
import { resolveArticleNames } from "../../src/resolve/article.ts";
import { refuseHeldOut } from "./held-out.ts";

const dir = resolve(process.argv[2] ?? "../shared/eval/corpus/dev2");
refuseHeldOut(dir, "charge-losses", ["--shapes", "--all-shapes"]);
const out = mkdtempSync(join(tmpdir(), "casegraph-charges-"));
let verbose: string;
try {
  execFileSync(process.execPath, ["src/bin.js", "build", dir, "--out", out, "--quiet"]);
  verbose = execFileSync(process.execPath, [resolve("../shared/eval/score.mjs"), join(out, "graph.json"), join(dir, "gold.json"), "--verbose"], { encoding: "utf8", maxBuffer: 1 << 28 });
} finally {
  rmSync(out, { recursive: true, force: true });
}
const section = (name: string) => (new RegExp(`${name}:\\n((?: {2}.*\\n)*)`).exec(verbose)?.[1] ?? "").split("\n").map((l) => l.trim()).filter(Boolean);
const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
const gold = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8")) as { entities: { id: string; type: string; names: string[] }[] };
const missedIds = new Set(section("entityFN").filter((l) => l.startsWith("Charge ")).map((l) => l.split(/\s+/)[1]));
const missed = gold.entities.filter((e) => e.type === "Charge" && missedIds.has(e.id)).map((e) => e.names.map(norm));

/** The words a sentence's shape (--shapes) keeps as themselves: the tool's own list, no article text. */
const SHAPE_WORDS = /^(?:charged|charges?|counts?|convicts?|convicted|convictions?|guilty|pleaded|pleads|accused|denied|denies|admitted|admits|faces?|facing|acquits?|acquitted|clears?|cleared|sentenced|sentences?|jails?|jailed|indicted|tried|trial|upheld|quashed|court|jury|judge|of|over|for|on|to|with|and|,|:|the|a|an|was|were|is|are|has|had|have|he|she|they|him|her|them|his|who|which|in|after|by)$/;
/** Each sentence of the corpus: its words, its charge phrases, the phrases its frames' slots hold, its rule families. */
const sentences: { text: string; index: number; spans: string[]; slots: string[]; families: string[]; shape: string[]; people: number; pronoun: boolean; frames: string[]; rules: string[]; ends: number[]; tokens: string[]; starts: { start: number; text: string }[]; holders: { labels: string[]; shape: string }[]; chargeSlots: { start: number; end: number }[] }[] = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
  const r = parseArticle(file, readFileSync(join(dir, file)));
  if (!r.ok) continue;
  const doc = readDocument(r.article, splitSentences(r.article.text, r.article.bodyStart));
  const { names, frames } = findArticleNames(doc);
  const all = [...frames, ...extractFacts(doc, names, resolveArticleNames(names, doc)).frames];
  for (const s of doc.sentences) {
    const words = (a: number, b: number) => norm(s.tokens.slice(a, b).map((t) => t.text).join(" "));
    const own = all.filter((f) => f.sentence === s.index);
    sentences.push({
      text: norm(s.text),
      index: s.index,
      // (each token's part of speech, a verb of the tool's list kept as itself: no article text)
      shape: s.tokens.map((t) => (SHAPE_WORDS.test(t.lower) ? t.lower : t.pos)),
      spans: chargeSpans(s.tokens).map((c) => words(c.start, c.end)),
      slots: own.flatMap((f) => [...f.slots.values()].flat().map((sp) => words(sp.start, sp.end))),
      families: [...new Set(own.filter((f) => f.frame !== "TYPE").map((f) => f.rule.split(".")[0]!))].sort(),
      people: names.filter((n) => n.sentence === s.index && n.type === "Person").length,
      pronoun: s.tokens.some((t) => /^(?:he|she|they|him|her|them)$/.test(t.lower)),
      frames: [...new Set(own.filter((f) => f.frame !== "TYPE").map((f) => f.frame))].sort(),
      // (the words from the end of a case frame's last slot before the charge: for the gap tally below)
      ends: own.filter((f) => ["verdict", "plea", "charge", "sentence"].includes(f.frame)).flatMap((f) => [...f.slots.values()].flat().map((sp) => sp.end)),
      tokens: s.tokens.map((t) => t.lower),
      starts: chargeSpans(s.tokens).map((c) => ({ start: c.start, text: words(c.start, c.end) })),
      rules: [...new Set(own.filter((f) => ["verdict", "plea", "charge", "sentence"].includes(f.frame)).map((f) => `${f.rule}${f.slots.get("charges")?.length ? "" : " (no charges)"}`))].sort(),
      // (for a charge a slot holds: the holding frames' rule ids, the names of their filled slots and the kind of
      // mention in the defendant slot: the tool's own categories, no article text)
      chargeSlots: own.flatMap((f) => (f.slots.get("charges") ?? []).map((sp) => ({ start: sp.start, end: sp.end }))),
      holders: own.filter((f) => f.slots.get("charges")?.length).map((f) => ({
        labels: f.slots.get("charges")!.map((sp) => words(sp.start, sp.end)),
        shape: `${f.rule} [${[...f.slots.keys()].filter((k) => f.slots.get(k)?.length).sort().join(",")}]${Object.keys(f.set ?? {}).length ? ` {${Object.entries(f.set ?? {}).map(([k, v]) => `${k}=${v}`).sort().join(",")}}` : ""} defendant: ${f.slots.get("defendant")?.map((sp) => (sp.implied ? "implied " : "") + sp.type).join("+") ?? "none"}`,
      })),
    });
  }
}

const FUNCTION_WORDS = new Set(["and", "or", "in", "of", "by", "with", "to", "on", "for", "under", "against", "from", "contrary", "the", "a", "an", "his", "her", "their"]);
const CUES = new Set(["indictment", "indicted", "accused", "accuses", "alleged", "allegedly", "alleges", "counts", "count", "charges", "charge", "charged", "faces", "facing", "faced", "including", "included", "include", "among", "ranging", "guilty", "convicted", "conviction", "acquitted", "cleared", "sentenced", "jailed", "jail", "prison", "years", "admitted", "denied", "denies", "pleaded", "plea", "arrested", "booked", "suspicion", "investigation", "trial", "tried", "prosecutors", "prosecution", "police", "court", "magistrate", "judge", "jury", "appeal", "quashed", "upheld", "overturned", "dropped", "withdrawn", "reduced", "amended", "added", "for", "over", "of", "with", "on", ":", "-", "under", "section", "act", "code", "offence", "offences", "crime", "crimes", "case", "verdict", "sentence", "term", "fined", "fine", "convict", "convicts", "found", "was", "were", "is", "are", "he", "she", "they", "who", "which"]);
const VERB_CLASSES: Record<string, RegExp> = {
  charge: / (?:charged|charges|charge|accused|indicted|booked|faces|facing|faced) /,
  verdict: / (?:convicted|convicts|convict|conviction|guilty|acquitted|acquits|cleared|found) /,
  plea: / (?:pleaded|pleads|plea|admitted|admits|denied|denies) /,
  sentence: / (?:sentenced|sentence|jailed|jail|prison|fined|years) /,
  counts: / (?:counts?) /,
};
const tally = new Map<string, number>();
const count = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
const PREDICATES = /\b(?:charged|charges?|convicted|convictions?|guilty|pleaded|pleads|accused|denied|denies|admitted|admits|faces?|facing|acquitted|cleared|sentenced|sentences?|jailed|indicted|tried|trial|counts?|upheld|quashed)\b/g;
for (const names of missed) {
  const holding = sentences.filter((s) => names.some((n) => s.text.includes(n)));
  const exact = holding.find((s) => s.spans.some((sp) => names.includes(sp)));
  if (!exact) {
    count(holding.some((s) => s.spans.some((sp) => names.some((n) => sp.includes(n) || n.includes(sp)))) ? "missed: B, a phrase overlaps it under another label" : "missed: C, no charge phrase overlaps it");
    continue;
  }
  count("missed: A, a charge phrase has its name");
  if (exact.slots.some((t) => names.includes(t))) {
    count("  A: a frame's slot holds it (lost in the case)");
    for (const h of exact.holders.filter((h) => h.labels.some((l) => names.includes(l)))) count(`  A:   held by: ${h.shape}`);
    count(`  A:   the sentence ${exact.index === 0 ? "is the headline" : exact.index <= 2 ? "opens the article (1-2)" : "is later"}; sentences holding its name: ${holding.length > 2 ? "3+" : holding.length}`);
    continue;
  }
  count(exact.slots.some((t) => names.some((n) => t.includes(n))) ? "  A: a slot holds a longer phrase" : "  A: no slot holds it");
  {
    // (counts by category: the words of the tool's own list, numbers as N, punctuation kept, others "*": no article text)
    const mask = (ws: string[]) => ws.map((w) => (CUES.has(w) || FUNCTION_WORDS.has(w) || /^\p{P}$/u.test(w) ? w : /^\d+$/.test(w) ? "N" : "*")).join(" ") || "nothing";
    const own = exact.starts.find((c) => names.includes(c.text));
    const len = own ? own.text.split(" ").length : 0;
    const wider = own && exact.chargeSlots.find((c) => c.start <= own.start && c.end >= own.start + len && c.end - c.start > len);
    if (own && wider) count(`  A:   the slot's phrase: ${mask(exact.tokens.slice(wider.start, own.start))} [it] ${mask(exact.tokens.slice(own.start + len, wider.end))}`);
    if (own && wider) for (const h of exact.holders.filter((h) => h.labels.some((l) => names.some((n) => l.includes(n))))) count(`  A:   the longer phrase held by: ${h.shape}`);
    const prior = own && exact.chargeSlots.filter((c) => c.end <= own.start).sort((a, b) => b.end - a.end)[0];
    if (own && !wider) count(`  A:   from the last slotted charge to it: ${prior ? mask(exact.tokens.slice(prior.end, own.start)) : "no slotted charge before it"}; after it: ${mask(exact.tokens.slice(own.start + len, own.start + len + 3))}`);
  }
  const at = exact.text.indexOf(names.find((n) => exact.text.includes(n))!);
  const before = [...exact.text.slice(0, at).matchAll(PREDICATES)].pop();
  const gap = before ? exact.text.slice(before.index! + before[0].length, at).split(" ").filter(Boolean).length : -1;
  count(`  A: nearest predicate before it: ${gap < 0 ? "none" : gap <= 3 ? "1-3 words" : gap <= 8 ? "4-8 words" : "9+ words"}`);
  // (which word of the tool's own list, and the word just before the charge where it is a function word: no article text)
  if (before && gap <= 8) count(`  A:   the predicate: ${before[0]}`);
  const prev = exact.text.slice(0, at).trim().split(" ").pop() ?? "";
  count(`  A:   the word before it: ${FUNCTION_WORDS.has(prev) || PREDICATES.test(prev) ? prev : prev ? "another word" : "none (opens the sentence)"}`);
  PREDICATES.lastIndex = 0;
  count(`  A: families in its sentence: ${exact.families.join("+") || "none"}`);
  // (the words of the tool's own list the sentence holds, where no family or only another reads it: no article text)
  // (counts only: how many people the sentence names, whether a pronoun stands in it, whether another of its charge
  // phrases is held by a slot, where the phrase stands among them, how many sentences hold the name, its frames' kinds)
  count(`  A:   people named in it: ${exact.people > 1 ? "2+" : exact.people}${exact.pronoun ? ", and a pronoun" : ""}`);
  const others = exact.spans.filter((sp) => !names.includes(sp));
  count(`  A:   another charge phrase of it in a slot: ${others.some((sp) => exact.slots.includes(sp)) ? "yes" : others.length ? "no" : "there is no other"}`);
  if (others.length) count(`  A:   the phrase stands ${names.includes(exact.spans[0]!) ? "first" : "after another"} among its ${exact.spans.length} charge phrases`);
  count(`  A:   sentences holding its name: ${holding.length > 2 ? "3+" : holding.length}${holding.some((h) => h !== exact && h.families.length) ? ", another read by a family" : ""}`);
  count(`  A:   frames in its sentence: ${exact.frames.join("+") || "none"}`);
  if (!exact.families.includes("charge")) for (const w of new Set(exact.text.split(" ").filter((w) => CUES.has(w)))) count(`  A:   a cue word in it: ${w}`);
  if (process.argv.includes("--shapes") && !exact.families.length) count(`  A:   shape: ${exact.shape.join(" ")}`);
  // (--all-shapes: every sentence that holds the phrase, read by a family or not, as shapes: no article text)
  if (process.argv.includes("--all-shapes")) for (const s of holding.filter((h) => h.spans.some((sp) => names.includes(sp)))) count(`  A:   any shape [${s.families.join("+") || "none"}]${s.index === 0 ? " (headline)" : ""}: ${s.shape.join(" ")}`);
  // (counts by category: the two words before it as words of the tool's own list or "*", the verb classes the
  // sentence holds, whether a statute follows it: no article text)
  const two = exact.text.slice(0, at).trim().split(" ").slice(-2).map((w) => (CUES.has(w) || FUNCTION_WORDS.has(w) ? w : "*"));
  count(`  A:   the two words before it: ${two.join(" ") || "none"}`);
  if (before && gap <= 8) {
    const between = exact.text.slice(before.index! + before[0].length, at).trim().split(" ").filter(Boolean);
    count(`  A:   from the predicate to it: ${between.map((w) => (CUES.has(w) || FUNCTION_WORDS.has(w) ? w : /^\d+$/.test(w) ? "N" : "*")).join(" ") || "nothing"}`);
  }
  const where = exact.starts.find((c) => names.includes(c.text))?.start ?? -1;
  const last = Math.max(-1, ...exact.ends.filter((e) => e <= where));
  if (where >= 0 && last >= 0) count(`  A:   from the last slot before it to it: ${exact.tokens.slice(last, where).map((w) => (CUES.has(w) || FUNCTION_WORDS.has(w) ? w : /^\d+$/.test(w) ? "N" : "*")).join(" ") || "nothing"}`);
  count(`  A:   case rules in its sentence: ${exact.rules.join(" + ") || "none"}`);
  count(`  A:   a count told by its number or order: ${/\b(?:count|counts) (?:one|two|three|four|five|\d+|[ivx]+)\b|\b(?:first|second|third|fourth|fifth|last|final|remaining|other|lesser|main|most serious) (?:count|charge)\b/.test(exact.text) ? "yes" : "no"}`);
  const after1 = exact.text.slice(at).split(" ").slice(names.find((n) => exact.text.includes(n))!.split(" ").length)[0] ?? "";
  count(`  A:   the word after it: ${CUES.has(after1) || FUNCTION_WORDS.has(after1) ? after1 : after1 ? "*" : "none (ends the sentence)"}`);
  const classes = Object.entries(VERB_CLASSES).filter(([, re]) => re.test(` ${exact.text} `)).map(([k]) => k);
  count(`  A:   verb classes in its sentence: ${classes.join("+") || "none"}`);
  const after = exact.text.slice(at).split(" ").slice(0, 14).join(" ");
  count(`  A:   a statute word after it: ${/\b(?:section|sections|act|code|ipc|law|statute)\b/.test(after) ? "yes" : "no"}`);
  if (!exact.families.includes("charge")) count(`  A:   sentence ${exact.index === 0 ? "is the headline" : exact.index <= 2 ? "opens the article (1-2)" : "later"}`);
}
const missedNames = missed.flat();
const allNames = gold.entities.filter((e) => e.type === "Charge").flatMap((e) => e.names.map(norm));
for (const line of section("entityFP").filter((l) => l.startsWith("Charge "))) {
  const label = norm(line.replace(/^Charge\s+"/, "").replace(/"$/, ""));
  const longer = missedNames.find((g) => g !== label && g.includes(label)) ?? allNames.find((g) => g !== label && g.includes(label));
  const shorter = missedNames.find((g) => g !== label && label.includes(g));
  if (allNames.includes(label)) count("false: equal to a gold name (a second node for it)");
  else if (longer) {
    // (only a function word is named: a content word of a held-out gold name is not printed)
    const next = longer.slice(longer.indexOf(label) + label.length).trim().split(" ")[0] ?? "";
    count(`false: cut short, the gold name goes on with ${FUNCTION_WORDS.has(next) ? `"${next}"` : next ? "another word" : "words before it"}`);
  }
  else if (shorter) count("false: longer than a gold name");
  else count("false: unrelated to any gold name");
}
console.log(`${dir}: ${missed.length} gold charges missed`);
for (const [k, n] of [...tally].sort((a, b) => (a[0] < b[0] ? -1 : 1))) console.log(`${String(n).padStart(4)}  ${k}`);

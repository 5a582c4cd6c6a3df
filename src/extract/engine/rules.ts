// Rules as named data: every file in ../rules/ is a list of records (id, pattern, frame,
// constants, confidence, modality, examples), checked when it loads, so that a typo is an error
// at start and not a rule that never fires. A stage runs its rules over a sentence once: the
// words a rule needs (from its pattern) pick the rules worth trying.
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { compilePattern, PatternError, type GroupCache, type Pattern } from "./pattern.ts";
import { matchAll, orderEnd, type Match, type MatchInput, type Positions, type Span } from "./match.ts";
import { FRAMES, SPAN_TYPES } from "./frames.ts";
import { modalityAllows, type Modality } from "./modality.ts";
import { cachedRead, rulesCacheFor, type SourceFile } from "./rule-cache.ts";

export const STAGES = ["names", "roles", "events"] as const;
export type Stage = (typeof STAGES)[number];

const Expectation = z.record(z.string(), z.union([z.string(), z.array(z.string())]));
const RuleRecord = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/, "an id is family.name, lower case: verdict.convicted-of"),
  pattern: z.string().min(1),
  frame: z.string(),
  set: z.record(z.string(), z.string()).optional(),
  priority: z.number().int().default(0),
  modality: z.enum(["factual", "planned", "noun", "any"]).default("factual"),
  confidence: z.number().min(0).max(1),
  note: z.string().optional(),
  examples: z.array(z.strictObject({
    text: z.string().min(1),
    /** The frames the rule emits on the text: slot -> the mention's text, constants as set. "none": it must not fire. */
    expect: z.union([z.literal("none"), Expectation, z.array(Expectation).min(1)]),
  })).min(1, "every rule has at least one example"),
});
const RuleFile = z.strictObject({ stage: z.enum(STAGES), rules: z.array(RuleRecord).min(1) });
/** Named pieces of patterns, written $NAME in a pattern: "$AUX" is "(was|were|is|...)". */
const MacroFile = z.strictObject({ macros: z.record(z.string().regex(/^[A-Z][A-Z0-9_]*$/), z.string().min(1)) });

export type RuleRecord = z.infer<typeof RuleRecord>;
export interface Rule extends RuleRecord {
  stage: Stage;
  file: string;
  compiled: Pattern;
}

export class RuleError extends Error {}

/** One frame a rule found: its slots filled with mentions. */
export interface Frame {
  rule: string;
  frame: string;
  sentence: number;
  slots: Map<string, Span[]>;
  set: Record<string, string>;
  confidence: number;
  /** Token indices of the match and its anchor. */
  start: number;
  end: number;
  anchor: number;
}

const RULES_DIR = join(fileURLToPath(new URL(".", import.meta.url)), "..", "rules");

/** The rules of a folder; its files as read and checked are kept in `cache` between runs (rule-cache.ts), if given. */
export function loadRules(dir = RULES_DIR, cache = dir === RULES_DIR ? rulesCacheFor(dir) : undefined): Rule[] {
  const files = readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort().map((file) => ({ file, text: readFileSync(join(dir, file), "utf8") }));
  const { macroList, ruleFiles } = cache ? cachedRead(cache, files, readRuleFiles) : readRuleFiles(files);
  const rules: Rule[] = [];
  const ids = new Set<string>();
  const macros = new Map<string, string>(macroList);
  const expand = (pattern: string, where: string, depth = 0): string => pattern.replace(/\$([A-Z][A-Z0-9_]*)/g, (_m, name: string) => {
    const body = macros.get(name);
    if (body === undefined) throw new RuleError(`${where}: unknown macro $${name} (known: ${[...macros.keys()].join(", ")})`);
    if (depth > 5) throw new RuleError(`${where}: macros nest too deep at $${name}`);
    return `(${expand(body, where, depth + 1)})`;
  });
  // (a macro's group is parsed once, where it is first used: pattern.ts GroupCache)
  const groups: GroupCache = new Map();
  for (const { file, stage, records } of ruleFiles) {
    for (const r of records) {
      const where = `casegraph/rules: ${file}: ${r.id}`;
      if (ids.has(r.id)) throw new RuleError(`${where}: the id is used twice`);
      ids.add(r.id);
      // (one literal, every key set in one order: a record's optional `set` and `note` made four hidden classes, and
      // RuleSet.run's reads of each candidate rule were megamorphic)
      const compiled = compileChecked({ ...r, pattern: expand(r.pattern, where) }, where, groups);
      rules.push({ id: r.id, pattern: r.pattern, frame: r.frame, set: r.set, priority: r.priority, modality: r.modality, confidence: r.confidence, note: r.note, examples: r.examples, stage, file, compiled });
    }
  }
  return rules;
}

/** The rule files parsed and checked (plain data: rule-cache.ts keeps it between runs). */
function readRuleFiles(files: readonly SourceFile[]): { macroList: [string, string][]; ruleFiles: { file: string; stage: Stage; records: RuleRecord[] }[] } {
  const macroList: [string, string][] = [];
  const ruleFiles: { file: string; stage: Stage; records: RuleRecord[] }[] = [];
  for (const { file, text } of files.filter((f) => f.file === "macros.yaml")) {
    const parsed = MacroFile.safeParse(parseYaml(text));
    if (!parsed.success) throw new RuleError(`casegraph/rules: ${file}: ${z.prettifyError(parsed.error)}`);
    macroList.push(...Object.entries(parsed.data.macros));
  }
  for (const { file, text } of files.filter((f) => f.file !== "macros.yaml")) {
    const parsed = RuleFile.safeParse(parseYaml(text));
    if (!parsed.success) throw new RuleError(`casegraph/rules: ${file}: ${z.prettifyError(parsed.error)}`);
    ruleFiles.push({ file, stage: parsed.data.stage, records: parsed.data.rules });
  }
  return { macroList, ruleFiles };
}

function compileChecked(r: RuleRecord, where: string, groups?: GroupCache): Pattern {
  const def = FRAMES[r.frame];
  if (!def) throw new RuleError(`${where}: unknown frame "${r.frame}" (known: ${Object.keys(FRAMES).join(", ")})`);
  let compiled: Pattern;
  try {
    compiled = compilePattern(r.pattern, SPAN_TYPES, groups);
  } catch (e) {
    if (e instanceof PatternError) throw new RuleError(`${where}: ${e.message}`);
    throw e;
  }
  for (const name of compiled.captures) if (!def.slots[name]) throw new RuleError(`${where}: frame ${r.frame} has no slot "${name}" (slots: ${Object.keys(def.slots).join(", ")})`);
  for (const [name, types] of compiled.captureTypes) {
    const wrong = types.filter((t) => !def.slots[name]!.includes(t));
    if (wrong.length) throw new RuleError(`${where}: slot "${name}" of ${r.frame} takes ${def.slots[name]!.join(", ")}, not ${wrong.join(", ")}`);
  }
  for (const slot of def.required) if (!compiled.captures.has(slot)) throw new RuleError(`${where}: frame ${r.frame} needs the slot "${slot}"`);
  for (const [k, v] of Object.entries(r.set ?? {})) {
    const allowed = def.constants?.[k];
    if (!allowed) throw new RuleError(`${where}: frame ${r.frame} has no constant "${k}"`);
    if (!allowed.includes(v)) throw new RuleError(`${where}: ${k} is one of ${allowed.join(", ")}, not "${v}"`);
  }
  for (const k of def.requiredConstants ?? []) if (!r.set?.[k]) throw new RuleError(`${where}: frame ${r.frame} needs set.${k}`);
  return compiled;
}

/**
 * Every set of words some rule requires, numbered once for all stages: a sentence marks the sets
 * its words are in once, and each rule then checks its sets by number.
 */
const NEED_SETS = new Map<string, number>();
/**
 * What a word is to the rules, found with one look-up per word of a sentence: the need sets it is
 * in, and the rules each rule set indexes by it (by the set's serial).
 */
interface WordInfo { sets: number[]; rules: (number[] | undefined)[] }
const WORDS = new Map<string, WordInfo>();
/** Changes as rule sets are made: a sentence's words read before are read again. */
let wordsVersion = 0;
const infoOf = (w: string): WordInfo => {
  let info = WORDS.get(w);
  if (!info) WORDS.set(w, (info = { sets: [], rules: [] }));
  return info;
};
const setKey = (set: ReadonlySet<string>) => [...set].sort().join("\u0000");
function needSetId(set: ReadonlySet<string>): number {
  const key = setKey(set);
  let id = NEED_SETS.get(key);
  if (id === undefined) {
    NEED_SETS.set(key, (id = NEED_SETS.size));
    wordsVersion++;
    for (const w of set) infoOf(w).sets.push(id);
  }
  return id;
}

/** What the rules check a sentence's words against, worked out once per sentence (its tokens), for every stage. */
interface SentenceWords {
  /** Where each word is (its keys: the sentence's words, in the order they first come). */
  positions: Map<string, number[]>;
  /** What each of those words is to the rules, in the same order (the words some rule knows only). */
  infos: WordInfo[];
  /** The need sets the sentence has a word of, as pairs: the set's id, the last token holding one of its words. */
  last: Int32Array;
  version: number;
}
const sentenceWords = new WeakMap<readonly unknown[], SentenceWords>();
/** The need sets a sentence has a word of, as wordsOf finds them: one array for every sentence (only its first ids are read). */
const TOUCHED: number[] = [];
function wordsOf(tokens: MatchInput["tokens"]): SentenceWords {
  let found = sentenceWords.get(tokens);
  if (!found || found.version !== wordsVersion) {
    const positions = found?.positions ?? new Map<string, number[]>();
    if (!found) for (let i = 0; i < tokens.length; i++) {
      const w = tokens[i]!.lower, ps = positions.get(w);
      if (ps) ps.push(i); else positions.set(w, [i]);
    }
    // (worked out in the one dense array all sentences share, and kept as pairs: a dense array per
    // sentence was some 6 kB, most of it -1, made for each of them)
    // (the sets touched are listed in one array kept for every sentence: a new one grew by copies to some
    // 300 ids, most of this function's garbage)
    const dense = lastByNeedSet(), touched = TOUCHED;
    let count = 0;
    const infos: WordInfo[] = [];
    for (const [w, ps] of positions) {
      const info = WORDS.get(w);
      if (!info) continue;
      infos.push(info);
      const ids = info.sets, at = ps[ps.length - 1]!;
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k]!, was = dense[id]!;
        if (was < 0) touched[count++] = id;
        if (at > was) dense[id] = at;
      }
    }
    const last = new Int32Array(2 * count);
    for (let k = 0; k < count; k++) { const id = touched[k]!; last[2 * k] = id; last[2 * k + 1] = dense[id]!; dense[id] = -1; }
    sentenceWords.set(tokens, (found = { positions, infos, last, version: wordsVersion }));
  }
  return found;
}

/**
 * The last token holding a word of each need set, by id, -1 where the sentence has none: one array
 * for every sentence, filled from a sentence's pairs while its rules run and emptied after (run is
 * never re-entered).
 */
let LAST = new Int32Array(0);
function lastByNeedSet(): Int32Array {
  if (LAST.length < NEED_SETS.size) LAST = new Int32Array(NEED_SETS.size).fill(-1);
  return LAST;
}

/**
 * The last token a match can start at, -1 where a need set has no word in the sentence: every match
 * holds a word of each set at or after its start (a loop: no closure per rule and sentence).
 */
function lastStart(ids: Uint32Array, last: Int32Array): number {
  let end = 0x7fffffff;
  for (let k = 0; k < ids.length; k++) { const at = last[ids[k]!]!; if (at < 0) return -1; if (at < end) end = at; }
  return end;
}

/**
 * Where each mention type starts in a sentence, ascending. Kept by the sentence's index of mentions: the
 * roles and the events stages mostly read one index (a sentence's layers make a new one only when
 * mentions are added), and an index is never changed once made.
 */
const spanPositionsByIndex = new WeakMap<MatchInput["spansAt"], Map<string, number[]>>();
function spanPositionsOf(input: MatchInput): Map<string, number[]> {
  let found = spanPositionsByIndex.get(input.spansAt);
  if (!found) spanPositionsByIndex.set(input.spansAt, (found = spanPositionsIn(input)));
  return found;
}
function spanPositionsIn(input: MatchInput): Map<string, number[]> {
  const spanPositions = new Map<string, number[]>();
  for (let i = 0; i < input.tokens.length; i++) {
    const list = input.spansAt.get(i);
    if (list) for (const s of list) {
      const ps = spanPositions.get(s.type);
      if (!ps) spanPositions.set(s.type, [i]); else if (ps[ps.length - 1] !== i) ps.push(i);
    }
  }
  return spanPositions;
}

let ruleSetCount = 0;

/** The rules of one stage, indexed by a word each needs. */
export class RuleSet {
  /** This set's place in each WordInfo's rules. */
  private readonly serial = ruleSetCount++;
  private readonly always: number[] = [];
  /** Each rule's need sets by id. */
  private readonly requires: Uint32Array[];
  /**
   * Each rule's needed mention types, read for every candidate rule of every sentence: from an array of
   * arrays, not from rules and patterns of many shapes (their optional fields), which V8 reads slowly.
   */
  private readonly needsSpans: (readonly string[])[];
  /**
   * Each rule's ordered elements (Pattern.order) by the need set of their words, -1 where they are no need
   * set: where the sentence holds one last is known before the rule is tried (orderEnd).
   */
  private readonly orderIds: Int32Array[];
  /** The last run each rule was a candidate in (a rule is tried once per run). */
  private readonly seen: Uint32Array;
  private runs = 0;
  /** A run's candidate rules (each at most once: `seen`). */
  private readonly candidates: Uint32Array;
  constructor(readonly rules: readonly Rule[]) {
    // (how many of the rules need a word: the more, the commoner the word is in a sentence, as "was" or "the")
    const users = new Map<string, number>();
    for (const rule of rules) for (const w of new Set(rule.compiled.requires.flatMap((set) => [...set]))) users.set(w, (users.get(w) ?? 0) + 1);
    const commonness = (set: ReadonlySet<string>) => { let n = 0; for (const w of set) n += users.get(w)!; return n; };
    rules.forEach((rule, r) => {
      if (!rule.compiled.needs.length) { this.always.push(r); return; }
      // indexed by the set of words it needs that sentences hold least often (any would do: every match holds one of each)
      const rarest = [...rule.compiled.requires].sort((a, b) => commonness(a) - commonness(b))[0]!;
      for (const w of rarest) {
        const info = infoOf(w);
        while (info.rules.length <= this.serial) info.rules.push(undefined);
        (info.rules[this.serial] ??= []).push(r);
      }
    });
    this.requires = rules.map((rule) => Uint32Array.from(rule.compiled.requires, needSetId));
    this.needsSpans = rules.map((rule) => rule.compiled.needsSpans);
    // (only sets some rule needs: a set made for an element alone would cost every sentence holding one of its words)
    this.orderIds = rules.map((rule) => Int32Array.from(rule.compiled.order, (o) => (o.words.size ? NEED_SETS.get(setKey(o.words)) ?? -1 : -1)));
    // (every word's list of rule lists as long as there are rule sets, undefined where a set indexes no
    // rule by the word: reading past an array's end or into a hole is a slow path in V8, and run reads
    // infos[k].rules[serial] for every word of every sentence)
    for (const info of WORDS.values()) while (info.rules.length < ruleSetCount) info.rules.push(undefined);
    wordsVersion++;
    this.seen = new Uint32Array(rules.length);
    this.candidates = new Uint32Array(rules.length);
  }

  /** The frames the rules find in one sentence, best first where two rules read one anchor the same way. */
  run(input: MatchInput, sentence: number, only?: (r: Rule) => boolean): Frame[] {
    const { positions, infos, last } = wordsOf(input.tokens);
    // where each mention type starts, ascending (found once a rule needs them: in most runs none does)
    let at: Positions | undefined;
    // the candidates in the order they were always tried: the rules that need no word, then by the sentence's words
    const stamp = ++this.runs;
    // (in the one array of this set, read up to `count`: run is never re-entered)
    const candidates = this.candidates;
    let count = 0;
    for (const r of this.always) if (this.seen[r] !== stamp) { this.seen[r] = stamp; candidates[count++] = r; }
    for (let k = 0; k < infos.length; k++) {
      const rules = infos[k]!.rules[this.serial];
      if (rules) for (const r of rules) if (this.seen[r] !== stamp) { this.seen[r] = stamp; candidates[count++] = r; }
    }
    const found: { rule: Rule; match: Match }[] = [];
    const lastOf = lastByNeedSet();
    for (let k = 0; k < last.length; k += 2) lastOf[last[k]!] = last[k + 1]!;
    try {
      for (let c = 0; c < count; c++) {
        const r = candidates[c]!;
        if (only && !only(this.rules[r]!)) continue;
        let end = lastStart(this.requires[r]!, lastOf);
        if (end < 0) continue;
        at ??= { words: positions, spans: spanPositionsOf(input) };
        // (and a mention of each type it needs)
        for (const type of this.needsSpans[r]!) { const ps = at.spans.get(type); end = Math.min(end, ps ? ps[ps.length - 1]! : -1); }
        if (end < 0) continue;
        const rule = this.rules[r]!;
        // (and its ordered elements one after another, the first no later than `end`)
        end = Math.min(end, orderEnd(rule.compiled.order, at, this.orderIds[r]!, lastOf) - 1);
        if (end < 0) continue;
        for (const match of matchAll(rule.compiled, input, at, end + 1, true)) {
          if (modalityAllows(input.tokens, match, rule.modality as Modality)) found.push({ rule, match });
        }
      }
    } finally {
      for (let k = 0; k < last.length; k += 2) lastOf[last[k]!] = -1;
    }
    if (!found.length) return [];
    if (found.some((x) => implied(x.match))) impliedYield(found);
    // where two rules say the same kind of thing about one anchor, the higher priority, then the longer match, then
    // the one that fills more slots wins ("and convicted of arson" read with the subject it shares, not without)
    found.sort((a, b) => b.rule.priority - a.rule.priority || (b.match.end - b.match.start) - (a.match.end - a.match.start) || b.match.captures.size - a.match.captures.size || (a.rule.id < b.rule.id ? -1 : 1));
    const taken = new Set<string>();
    const frames: Frame[] = [];
    for (const { rule, match } of found) {
      // a pattern of mentions only has no anchor token: its first token stands for it; a TYPE
      // frame is about its name ("playing Jamal Okoro on the sitcom 'Cold Harbour'" types both)
      const named = rule.frame === "TYPE" ? match.captures.get("name")?.[0] : undefined;
      const key = `${rule.frame}@${match.anchor >= 0 ? match.anchor : match.start}` + (named ? `:${"span" in named ? named.span.start : named.start}` : "");
      if (taken.has(key)) continue;
      taken.add(key);
      const slots = new Map<string, Span[]>();
      for (const [name, captures] of match.captures) {
        const spans: Span[] = [];
        for (const c of captures) spans.push("span" in c ? c.span : { type: "Tokens", start: c.start, end: c.end });
        slots.set(name, spans);
      }
      frames.push({ rule: rule.id, frame: rule.frame, sentence, slots, set: { ...rule.set }, confidence: rule.confidence, start: match.start, end: match.end, anchor: match.anchor });
    }
    return frames.sort((a, b) => a.start - b.start || (a.rule < b.rule ? -1 : 1));
  }
}

/** Whether a match reads a mention the text does not spell out (Span.implied). */
function implied(match: Match): boolean {
  for (const captures of match.captures.values()) for (const c of captures) if ("span" in c && c.span.implied) return true;
  return false;
}

/**
 * Drops each reading through an implied mention where a reading of the same anchor without one fills
 * every slot it fills: the subject in place is the surer reading ("X was charged with rape and pleaded
 * not guilty" is the rule's that reads it whole), the implied one is kept where it says more ("X was
 * tried and convicted of arson": who, where the rule for a joined "and convicted" says only of what).
 */
function impliedYield(found: { rule: Rule; match: Match }[]): void {
  const anchor = (m: Match) => (m.anchor >= 0 ? m.anchor : m.start);
  const drop = found.filter((x) => implied(x.match) && found.some((y) => !implied(y.match) && y.rule.frame === x.rule.frame
    && anchor(y.match) === anchor(x.match) && [...x.match.captures.keys()].every((k) => y.match.captures.has(k))));
  for (const x of drop) found.splice(found.indexOf(x), 1);
}

let cache: Map<Stage, RuleSet> | undefined;
/** The project's rules by stage, loaded once. */
export function ruleSets(): Map<Stage, RuleSet> {
  if (!cache) {
    const all = loadRules();
    cache = new Map(STAGES.map((s) => [s, new RuleSet(all.filter((r) => r.stage === s))]));
  }
  return cache;
}

/**
 * Lets the rule sets go (about 67 MB of heap: the compiled patterns and their indexes), for a
 * process that extracts nothing more for a while: a large build once its articles are mapped, so
 * the reduce does not carry them. ruleSets() makes them again when next asked.
 */
export function releaseRuleSets(): void { cache = undefined; }

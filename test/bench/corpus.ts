// A generated corpus for benchmarks and size tests: the seed and dev articles with people's
// names, numbers, years and places varied, so no two generated articles are the same text.
// Deterministic for a given seed. Names are invented from syllables, never real people.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { InputFile } from "../../src/pipeline.ts";

export interface Template {
  name: string;
  text: string;
  /** Capitalised words that look like parts of people's names, split by position. */
  firstNames: string[];
  lastNames: string[];
  places: string[];
}
export interface GeneratedArticle {
  path: string;
  text: string;
}

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const TEMPLATE_DIRS = [join(REPO, "seeds"), join(REPO, "../shared/eval/corpus/dev")];

/** Capitalised words that start a name pair but are not names: titles, institutions, openers. */
const NOT_NAMES = new Set(`The A An In On At After Before But And As If When While His Her Their Its This That These Those
He She It They We I Mr Ms Mrs Dr Judge Justice Prosecutor Prosecutors Attorney District County Court Courts Supreme Superior
Circuit Appeals Appellate Crown Common Pleas State States United New Los San Santa North South East West Northern Southern
Eastern Western Police Department Office University College Academy Award Awards Oscar Oscars Best Picture Film Films
Studio Studios Pictures Bros Church Act Case Trial Jury Grand Federal Government President Senator Governor Mayor Chief
January February March April May June July August September October November December Monday Tuesday Wednesday Thursday
Friday Saturday Sunday Street Journal Times News Press Associated Reuters Hills Correctional Institution Hospital Corporation
Inc Co Ltd Group Center Centre Declared Mistrial Verdict Guilty Appeal Scientology Hollywood Manhattan Irish British American`.split(/\s+/));

/** Places swapped for one another (generic geography, not tied to any case). */
const PLACES = ["New York", "Los Angeles", "Philadelphia", "Chicago", "Santa Fe", "Norristown", "Manhattan", "Brooklyn",
  "Pennsylvania", "New Mexico", "California", "Illinois", "London", "Paris", "Avignon", "Chester", "Manchester",
  "Boston", "Denver", "Phoenix", "Austin", "Seattle", "Atlanta", "Miami", "Portland", "Tucson", "Albany", "Trenton",
  "Hartford", "Richmond", "Sacramento", "Baltimore", "Cleveland", "Pittsburgh", "Nashville", "Omaha", "Leeds", "Lyon"];

const FIRST_A = ["Mar", "El", "Jo", "Ka", "Ro", "Li", "Da", "Ste", "An", "Bri", "Tho", "Is", "Ju", "Ca", "Ne", "Vi", "Lu", "Or", "Sa", "Te"];
const FIRST_B = ["ena", "ias", "anna", "ton", "vin", "ra", "niel", "lla", "drew", "anne", "mas", "obel", "lian", "mila", "rio", "ola", "cas", "son", "die", "ssa"];
const LAST_A = ["Hal", "Brom", "Cress", "Dal", "Fen", "Gar", "Hollis", "Kest", "Lind", "Mar", "Nor", "Penn", "Quin", "Rad", "Stan", "Thorn", "Wex", "Yar", "Ash", "Brad"];
const LAST_B = ["worth", "ley", "ford", "wick", "ton", "by", "more", "field", "stead", "ridge", "well", "holt", "combe", "hurst", "vale", "gate", "croft", "lowe", "den", "shaw"];

export type Random = () => number;
/** mulberry32: a small seeded generator, so every run generates the same corpus. */
export function random(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(rnd: Random, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

const NAME_WORD = String.raw`\p{Lu}(?:\p{Ll}+|'\p{Lu}\p{Ll}+)(?:-\p{Lu}\p{Ll}+)?`;
const NAME_PAIR = new RegExp(String.raw`(?<![\p{L}'])(?=(${NAME_WORD}) (${NAME_WORD})(?!\p{L}|'\p{L}{2}))`, "gu");
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function analyse(name: string, text: string): Template {
  const first = new Set<string>(), last = new Set<string>();
  for (const m of text.matchAll(NAME_PAIR)) {
    const [, a, b] = m as unknown as [string, string, string];
    if (NOT_NAMES.has(a) || NOT_NAMES.has(b)) continue;
    first.add(a);
    last.add(b);
  }
  for (const w of first) last.delete(w); // a word seen in both positions stays a first name
  return { name, text, firstNames: [...first], lastNames: [...last], places: PLACES.filter((p) => text.includes(p)) };
}

/** The seed articles and, when ../shared is there, the dev corpus. */
export function loadTemplates(dirs: readonly string[] = TEMPLATE_DIRS): Template[] {
  const templates: Template[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort())
      templates.push(analyse(file.replace(/\.\w+$/, ""), readFileSync(join(dir, file), "utf8")));
  }
  if (templates.length === 0) throw new Error(`no template articles in ${dirs.join(", ")}`);
  return templates;
}

/** One variant of a template: every name, place and number replaced consistently within the article. */
export function vary(template: Template, rnd: Random): string {
  const swaps = new Map<string, string>();
  for (const w of template.firstNames) swaps.set(w, pick(rnd, FIRST_A) + pick(rnd, FIRST_B));
  for (const w of template.lastNames) swaps.set(w, pick(rnd, LAST_A) + pick(rnd, LAST_B));
  for (const p of template.places) swaps.set(p, pick(rnd, PLACES));
  const yearShift = Math.floor(rnd() * 19) - 15;
  let text = template.text;
  if (swaps.size) {
    const keys = [...swaps.keys()].sort((a, b) => b.length - a.length).map(escape);
    const words = new RegExp(String.raw`(?<![\p{L}])(?:${keys.join("|")})(?![\p{L}])`, "gu");
    text = text.replace(words, (w) => swaps.get(w) ?? w);
  }
  return text.replace(/(?<![\d.,])\d+(?![\d.,]\d)/g, (digits) => {
    const n = Number(digits);
    if (n >= 1900 && n <= 2030) return String(Math.min(2030, n + yearShift));
    if (n <= 31) return String(1 + Math.floor(rnd() * 28));
    const lo = 10 ** (digits.length - 1);
    return String(lo + Math.floor(rnd() * 9 * lo));
  });
}

/**
 * Articles until their UTF-8 size reaches `bytes`. Every third article is Markdown with front
 * matter, so the ingest stage sees both shapes.
 */
export function* generateArticles(bytes: number, seed = 1, templates = loadTemplates()): Generator<GeneratedArticle> {
  const rnd = random(seed);
  const encoder = new TextEncoder();
  for (let i = 0, size = 0; size < bytes; i++) {
    const template = templates[i % templates.length]!;
    let text = vary(template, rnd);
    const id = String(i).padStart(6, "0");
    let path = `generated/${id.slice(0, 3)}/${id}-${template.name}.txt`;
    if (i % 3 === 2) {
      const [headline, ...body] = text.split("\n");
      const day = String(1 + Math.floor(rnd() * 28)).padStart(2, "0");
      text = `---\ntitle: "${headline!.replace(/"/g, "'")}"\nsource: Generated Wire\npublished: 20${10 + Math.floor(rnd() * 15)}-0${1 + Math.floor(rnd() * 9)}-${day}\nurl: https://example.com/${id}\n---\n${body.join("\n")}`;
      path = path.replace(/\.txt$/, ".md");
    }
    size += encoder.encode(text).length;
    yield { path, text };
  }
}

/** A corpus of at least `megabytes` MB as the pipeline's input. */
export function generateCorpus(megabytes: number, seed = 1): InputFile[] {
  const encoder = new TextEncoder();
  return [...generateArticles(megabytes * 1024 * 1024, seed)].map(({ path, text }) => ({ path, bytes: encoder.encode(text) }));
}

/** One long article of at least `bytes` bytes: a headline, then varied paragraphs of every template. */
export function generateLongArticle(bytes: number, seed = 1): string {
  const encoder = new TextEncoder();
  const parts = ["Court roundup: a year of verdicts, mistrials and appeals", ""];
  let size = parts[0]!.length;
  for (const { text } of generateArticles(Infinity, seed)) {
    if (size >= bytes) break;
    const body = text.replace(/^---[\s\S]*?\n---\n/, "").trim();
    parts.push(body, "");
    size += encoder.encode(body).length + 2;
  }
  return parts.join("\n");
}

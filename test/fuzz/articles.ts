// Hostile articles: the families a fuzz run found to break builds, made from invented names.
// Each generator is deterministic for a seed, so a failure can be run again exactly.
import { random, type Random } from "../bench/corpus.ts";

export interface HostileFile {
  /** Which family the case belongs to, for the report. */
  family: string;
  /** The file name inside the input folder. */
  name: string;
  bytes: Uint8Array;
}

const enc = new TextEncoder();
const utf8 = (s: string) => enc.encode(s);
const pick = <T>(rnd: Random, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

const FIRST = ["Mara", "Tobin", "Ilse", "Corwin", "Petra", "Anselm", "Liesl", "Quentin", "Orla", "Dacian"];
const LAST = ["Vellacott", "Brannigan", "Osterhout", "Kilbride", "Marzotti", "Thorsby", "Quenby", "Ashmead"];
const name = (rnd: Random) => `${pick(rnd, FIRST)} ${pick(rnd, LAST)}`;

/** A short ordinary story, the kind that must still build beside the hostile files. */
export function goodStory(rnd: Random, n = 0): string {
  const judge = name(rnd), defendant = name(rnd), lawyer = name(rnd);
  return `Jury convicts ${defendant.split(" ")[1]} in fraud case ${n}\n\n`
    + `A jury on Tuesday convicted ${defendant} of wire fraud. Judge ${judge} presided over the two-week trial. `
    + `${defendant.split(" ")[1]}'s lawyer, ${lawyer}, said he would appeal.\n`;
}

/** Names glued to titles with punctuation: the extractor once made empty mentions of these. */
function gluedTitles(rnd: Random): HostileFile[] {
  return ["+", "/", "_", "\\", "&", "|", "*", "(", "[", "$", "^", "?", "."].map((glue, i) => ({
    family: "glued title",
    name: `glued-${i}.txt`,
    bytes: utf8(`Court notes\n\nThe court heard Judge${glue}${pick(rnd, LAST)} say the trial of ${name(rnd)} would start. Judge${glue}${glue}${pick(rnd, LAST)} presided. Lawyer${glue}${name(rnd)} objected.\n`),
  }));
}

/** One line, no line break, `bytes` long: its first line is its whole text. */
export function oneLine(rnd: Random, bytes: number): string {
  let s = "";
  while (s.length < bytes) s += `Judge ${name(rnd)} told ${name(rnd)} the trial would resume on Monday; the jury was sent home. `;
  return s.slice(0, bytes);
}

/** Many short sentences. */
export function shortSentences(rnd: Random, count: number): string {
  const parts: string[] = ["Many short sentences"];
  for (let i = 0; i < count; i++) parts.push(pick(rnd, ["He sat.", "She left.", "It rained.", `${pick(rnd, LAST)} spoke.`, "No.", "The jury waited."]));
  return parts.join(" ");
}

/** One name written many ways, over and over. */
export function oneNameManyForms(rnd: Random, count: number): string {
  const [f, l] = [pick(rnd, FIRST), pick(rnd, LAST)];
  const forms = [`${f} ${l}`, l, `Mr. ${l}`, `Ms. ${l}`, `Judge ${l}`, `${f[0]}. ${l}`, `${l.toUpperCase()}`, `${f} ${l}'s`, `Dr. ${f} ${l}`, `${f} "${l}"`, `${l}, ${f}`, `${f}-${l}`];
  const parts = [`The ${l} case`, ""];
  for (let i = 0; i < count; i++) parts.push(`${forms[i % forms.length]} ${pick(rnd, ["testified", "was convicted of fraud", "appealed", "presided over the trial", "represented " + forms[(i * 7) % forms.length]])}.`);
  return parts.join(" ");
}

/** Text with control characters, mixed scripts and odd white space inside the sentences. */
function controlCharacters(rnd: Random): string {
  const odd = ["\u0000", "\u0001", "\u0007", "\u000b", "\u000c", "\u001b[31m", "\u007f", "\u0085", "\u00a0", "\u2028", "\u2029", "\u200b", "\u200e", "\u202e", "\ufeff", "\ufffd", "\ud83d\ude00"];
  let s = "Control characters\n\n";
  for (let i = 0; i < 40; i++) s += `Judge${pick(rnd, odd)} ${name(rnd)}${pick(rnd, odd)} presided over the trial of ${name(rnd)}${pick(rnd, odd)}. `;
  return s;
}

/** The hostile files of one fuzz round; `scale` 1 is CI-sized, bigger for `npm run fuzz`. */
export function hostileArticles(seed = 1, scale = 1): HostileFile[] {
  const rnd = random(seed);
  const files: HostileFile[] = [...gluedTitles(rnd)];
  const add = (family: string, fileName: string, content: string | Uint8Array) =>
    files.push({ family, name: fileName, bytes: typeof content === "string" ? utf8(content) : content });
  add("one line", "one-line.txt", oneLine(rnd, 135_000 * scale));
  add("short sentences", "short-sentences.txt", shortSentences(rnd, 100_000 * scale));
  add("one name, many forms", "one-name.txt", oneNameManyForms(rnd, 5_000 * scale));
  add("control characters", "control.txt", controlCharacters(rnd).replaceAll("\u0000", "")); // NUL makes a file binary
  add("control characters", "nul-inside.txt", `${goodStory(rnd)}\u0000 and a NUL byte.\n`);
  add("binary", "binary.txt", Uint8Array.from({ length: 4096 }, () => Math.floor(rnd() * 256)));
  add("binary", "png-named-txt.txt", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  add("encoding", "latin1.txt", Uint8Array.from([...utf8("Verdict in court\n\nThe judge said: "), 0xe9, 0xe8, ...utf8(" the trial ended.\n")]));
  add("encoding", "utf16.txt", Uint8Array.from([0xff, 0xfe, ...[..."Judge Mara Quenby presided."].flatMap((c) => [c.charCodeAt(0), 0])]));
  add("encoding", "mixed.txt", Uint8Array.from([...utf8(goodStory(rnd)), 0xc3, 0x28, ...utf8(" more text.\n")]));
  add("encoding", "bom-only.txt", Uint8Array.from([0xef, 0xbb, 0xbf]));
  add("encoding", "lone-surrogate.txt", Uint8Array.from([...utf8("Judge "), 0xed, 0xa0, 0x80, ...utf8(" Quenby presided.\n")]));
  add("empty", "empty.txt", new Uint8Array());
  add("empty", "blank.md", " \n\t\r\n");
  add("front matter", "front-only.md", "---\ntitle: Nothing below\n---\n");
  add("front matter", "front-unclosed.md", `---\ntitle: ${"x".repeat(5000)}\n${goodStory(rnd)}`);
  add("long title", "long-heading.md", `# ${"Very long heading ".repeat(2000)}\n\n${goodStory(rnd)}`);
  add("odd name", "name with spaces and ünïcödé.txt", goodStory(rnd, 1));
  add("odd name", "-starts-with-dash.txt", goodStory(rnd, 2));
  add("odd name", "quote'and\"double.md", goodStory(rnd, 3));
  add("odd name", "new\nline.txt", goodStory(rnd, 4));
  add("odd name", "<script>alert(1)<script>.txt", goodStory(rnd, 5));
  add("markup", "html-as-text.txt", `<!doctype html><html><head><title>x</title><style>.Court{}</style></head><body>${goodStory(rnd)}</body></html>`);
  add("long word", "long-word.txt", `Long word\n\n${"Judge".repeat(40_000)} presided.\n`);
  add("punctuation", "punctuation.txt", `Dots\n\n${".".repeat(50_000)} ${"?!".repeat(20_000)}\n`);
  add("names", "capitalised.txt", `Capitals\n\n${Array.from({ length: 20_000 }, () => pick(rnd, FIRST)).join(" ")}.\n`);
  return files;
}

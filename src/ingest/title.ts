// An article's title when its front matter gives none: the headline line at the top of the body.
// Browser-safe: the viewer's reader uses headlineLine to show that line as the heading.

/** A headline is one line, short, and not a paragraph of sentences. */
const MAX_HEADLINE = 150;
/** How far into an untitled text a headline may sit: a summary paragraph may come first. */
const HEADLINE_LINES = 3;
const SHORT_TITLE = 100;
/**
 * Lines longer than this are never a headline, and only their start is read for a title: markdown
 * marks cannot shorten a line five-fold, and stripping them is not linear on a hostile line.
 */
const MAX_LINE = 1000;

/** Markdown's marks at the start of a heading line ("## ") and around emphasis. */
export const stripMarkup = (line: string) => line.replace(/^[ \t]*#{1,6}[ \t]+/, "").replace(/[ \t]+#+[ \t]*$/, "").replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, "$2").trim();

/** The first non-empty lines of `text` from `from`, with their offsets. */
function lines(text: string, from: number, count: number): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  const re = /[^\r\n]+/g;
  re.lastIndex = from;
  for (let m; out.length < count && (m = re.exec(text)); ) if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

const short = (line: string) => line.length <= MAX_LINE && stripMarkup(line).length <= MAX_HEADLINE;
const looksLikeHeadline = (line: string) => short(line) && !/[.!?]["'”’)]?$/.test(stripMarkup(line));

/**
 * The line that is the article's headline, with its offsets: the first line when it is short, or a
 * short line without a full stop among the first few (after a summary paragraph). Undefined when
 * the text opens with paragraphs only.
 */
export function headlineLine(text: string, from = 0): { start: number; end: number; title: string } | undefined {
  const first = lines(text, from, HEADLINE_LINES);
  const pick = first[0] && short(first[0].text) ? first[0] : first.slice(1).find((l) => looksLikeHeadline(l.text));
  return pick && { start: pick.start, end: pick.end, title: stripMarkup(pick.text) };
}

/** The title of a text without front matter title: its headline, or its first sentence, shortened. */
export function titleFromText(text: string, from = 0): string | undefined {
  const headline = headlineLine(text, from);
  if (headline?.title) return headline.title;
  const first = lines(text, from, 1)[0];
  if (!first) return undefined;
  const line = stripMarkup(first.text.slice(0, MAX_LINE));
  const sentence = /^.*?[.!?](?=\s|$)/.exec(line)?.[0] ?? line;
  if (sentence.length <= SHORT_TITLE) return sentence;
  const cut = sentence.slice(0, SHORT_TITLE);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 60)).replace(/[\s,;:]+$/, "")}…`;
}

// Reading order for the text pieces of a PDF page: columns found by their gutter, lines top to
// bottom, paragraphs from the spacing and the font size, running heads and page numbers dropped.
// Pure: pieces in, lines and paragraphs out.

/** One piece of text as pdf.js places it: baseline at (x, y), y growing up the page. */
export interface Piece { text: string; x: number; y: number; width: number; size: number }
export interface Page { width: number; height: number; pieces: Piece[] }
export interface Line { text: string; x: number; y: number; right: number; size: number }

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[s.length >> 1]! : 0; };

/** Splits pieces at a vertical gutter (a band no narrower piece crosses), recursively: columns left to right. */
function columns(pieces: Piece[], size: number): { spanning: Piece[]; columns: Piece[][] } {
  const narrow = pieces.filter((p) => p.text.trim());
  if (narrow.length < 6) return { spanning: [], columns: [pieces] };
  const left = Math.min(...narrow.map((p) => p.x)), right = Math.max(...narrow.map((p) => p.x + p.width));
  const span = right - left;
  // pieces wider than half the text block (headlines across the columns) do not close a gutter
  const blocking = narrow.filter((p) => p.width < span * 0.5).map((p) => [p.x, p.x + p.width] as const).sort((a, b) => a[0] - b[0]);
  let reach = left, best: { at: number; gap: number } | null = null;
  for (const [from, to] of blocking) {
    const gap = from - reach;
    const at = (reach + from) / 2;
    if (gap > size * 1.2 && at > left + span * 0.2 && at < right - span * 0.2 && (!best || gap > best.gap)) best = { at, gap };
    reach = Math.max(reach, to);
  }
  if (!best) return { spanning: [], columns: [pieces] };
  const split = best.at;
  const spanning = pieces.filter((p) => p.x < split && p.x + p.width > split);
  const l = pieces.filter((p) => p.x + p.width <= split), r = pieces.filter((p) => p.x >= split);
  if (l.length < 3 || r.length < 3) return { spanning: [], columns: [pieces] };
  const inner = (ps: Piece[]) => { const c = columns(ps, size); return [...(c.spanning.length ? [c.spanning] : []), ...c.columns]; };
  return { spanning, columns: [...inner(l), ...inner(r)] };
}

/** Pieces on one baseline joined left to right, a space where the gap between them is wide. */
function toLines(pieces: Piece[]): Line[] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Piece[][] = [];
  for (const p of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last[0]!.y - p.y) < Math.max(last[0]!.size, p.size) * 0.4) last.push(p);
    else lines.push([p]);
  }
  return lines.flatMap((ps) => {
    ps.sort((a, b) => a.x - b.x);
    let text = "", end = -Infinity;
    for (const p of ps) {
      if (text && p.x - end > p.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(p.text)) text += " ";
      text += p.text;
      end = p.x + p.width;
    }
    text = text.replace(/\s+/g, " ").trim();
    return text ? [{ text, x: ps[0]!.x, y: ps[0]!.y, right: end, size: Math.max(...ps.map((p) => p.size)) }] : [];
  });
}

/** A page's lines in reading order: text across the columns above them, each column, then the rest. */
export function readingOrder(page: Page): Line[] {
  const pieces = page.pieces.filter((p) => p.text.trim());
  if (!pieces.length) return [];
  const size = median(pieces.map((p) => p.size));
  const { spanning, columns: cols } = columns(pieces, size);
  const colLines = cols.map(toLines);
  const top = Math.max(-Infinity, ...colLines.flat().map((l) => l.y));
  const head = toLines(spanning.filter((p) => p.y > top)), tail = toLines(spanning.filter((p) => p.y <= top));
  return [...head, ...colLines.flat(), ...tail];
}

const PAGE_NUMBER = /^(page\s*)?\d{1,4}(\s*(\/|of)\s*\d{1,4})?$/i;
/** A browser's print header: "3/5/24, 10:02 AM" before the page title. */
const PRINT_STAMP = /^\d{1,2}\/\d{1,2}\/\d{2,4},?\s+\d{1,2}:\d{2}(\s*[AP]M)?\b/i;
const URL_LINE = /^(https?:\/\/\S+)(\s+\d{1,4}\s*(\/|of)\s*\d{1,4})?$/i;

export interface Furniture { url?: string }

/**
 * Drops each page's running heads and feet: page numbers, a browser's print stamp, an address at
 * the foot (kept as the document's address), and any first or last line that repeats on other
 * pages once its digits are set aside.
 */
export function dropFurniture(pages: Line[][]): { pages: Line[][]; found: Furniture } {
  const found: Furniture = {};
  const shape = (l: Line) => l.text.replace(/\d+/g, "#").toLowerCase();
  const edges = new Map<string, number>();
  for (const lines of pages) for (const l of new Set([...lines.slice(0, 2), ...lines.slice(-2)].map(shape))) edges.set(l, (edges.get(l) ?? 0) + 1);
  const cleaned = pages.map((lines) => lines.filter((l, i) => {
    const edge = i < 2 || i >= lines.length - 2;
    if (!edge) return true;
    const url = URL_LINE.exec(l.text);
    if (url) { found.url ??= url[1]; return false; }
    if (PAGE_NUMBER.test(l.text) || PRINT_STAMP.test(l.text)) return false;
    return pages.length < 2 || (edges.get(shape(l)) ?? 0) < 2;
  }));
  return { pages: cleaned, found };
}

/**
 * Lines into paragraphs: a paragraph ends at a wider gap than the line spacing, at a change of font
 * size, or after a short line that ends a sentence. Hyphens at line ends are joined back.
 */
export function paragraphs(lines: Line[]): { text: string; size: number }[] {
  const out: { text: string; size: number }[] = [];
  const width = Math.max(0, ...lines.map((l) => l.right - l.x));
  let current: Line[] = [];
  const flush = () => {
    if (!current.length) return;
    let text = "";
    for (const l of current) text = !text ? l.text : /[a-z]-$/.test(text) && /^[a-z]/.test(l.text) ? text.slice(0, -1) + l.text : `${text} ${l.text}`;
    out.push({ text, size: Math.max(...current.map((l) => l.size)) });
    current = [];
  };
  for (const l of lines) {
    const prev = current[current.length - 1];
    if (prev) {
      const gap = prev.y - l.y;
      const newSize = Math.abs(l.size - prev.size) > Math.min(l.size, prev.size) * 0.15;
      const wide = gap > Math.max(l.size, prev.size) * 1.6 || gap < 0;
      const shortEnd = prev.right - prev.x < width * 0.8 && /[.!?:"”’)]$/.test(prev.text);
      if (newSize || wide || shortEnd) flush();
    }
    current.push(l);
  }
  flush();
  return out;
}

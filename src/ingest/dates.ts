// Dates written in running text ("March 5, 2024", "5 March 2024", "2024-03-05"), as ISO 8601.

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH = `(${MONTHS.map((m) => `${m.slice(0, 3)}${m.length > 3 ? `(?:${m.slice(3)})?` : ""}`).join("|")})\\.?`;
const PATTERNS: [RegExp, (m: RegExpExecArray) => [string, string, string]][] = [
  [/\b(\d{4})-(\d{2})-(\d{2})\b/, (m) => [m[1]!, m[2]!, m[3]!]],
  [new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i"), (m) => [m[3]!, month(m[1]!), m[2]!]],
  [new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s+(\\d{4})\\b`, "i"), (m) => [m[3]!, month(m[2]!), m[1]!]],
];

function month(name: string): string {
  const i = MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace(/\.$/, "").slice(0, 3)));
  return String(i + 1).padStart(2, "0");
}

/** The first date written in `text`, as YYYY-MM-DD; undefined when there is none or it is not a real day. */
export function findDate(text: string): string | undefined {
  let best: { at: number; iso: string } | undefined;
  for (const [pattern, parts] of PATTERNS) {
    const m = pattern.exec(text);
    if (!m || (best && best.at <= m.index)) continue;
    const [y, mo, d] = parts(m);
    const day = String(Number(d)).padStart(2, "0");
    const iso = `${y}-${mo}-${day}`;
    const check = new Date(`${iso}T00:00:00Z`);
    if (!Number.isNaN(check.getTime()) && check.toISOString().startsWith(iso)) best = { at: m.index, iso };
  }
  return best?.iso;
}

/** `text` with every written date taken out. */
export const withoutDates = (text: string): string =>
  PATTERNS.reduce((t, [pattern]) => t.replace(new RegExp(pattern.source, "gi"), " "), text);

// `---` fenced `key: value` lines at the very top of a text article. Browser-safe: the viewer's
// reader uses it too, to show the body without them.

export interface FrontMatter {
  /** Where the body starts: just after the closing `---` line, or 0 without front matter. */
  end: number;
  /** Keys in lower case; values trimmed, one pair of surrounding quotes removed. */
  fields: Partial<Record<string, string>>;
}

export function frontMatter(text: string): FrontMatter {
  const m = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return { end: 0, fields: {} };
  const fields: Record<string, string> = {};
  for (const line of (m[1] ?? "").split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (kv) fields[kv[1]!.toLowerCase()] = kv[2]!.trim().replace(/^(["'])(.*)\1$/, "$2");
  }
  return { end: m[0].length, fields };
}

/** Lower case with typographic apostrophes and dashes made plain: "attorney’s" compares as "attorney's". */
export const fold = (s: string): string => {
  // (most words are their own fold: a look at their characters costs less than a look-up of them)
  if (plain(s)) return s;
  // words are folded again and again (every token's form and lemma): remembered, which also hands every
  // later look-up the one string whose hash is already known
  if (s.length > 40) return foldNow(s);
  let f = folded.get(s);
  if (f === undefined) {
    if (folded.size >= 50_000) folded.clear();
    folded.set(s, (f = foldNow(s)));
  }
  return f;
};
const folded = new Map<string, string>();
const foldNow = (s: string) => s.toLowerCase().replace(/[‘’ʼ`]/g, "'").replace(/[‐‑]/g, "-");

/** ASCII with no capital and no backtick: nothing for foldNow to change. */
function plain(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c === 96 || c >= 128) return false;
  }
  return true;
}

/** Lower case with typographic apostrophes and dashes made plain: "attorney’s" compares as "attorney's". */
export const fold = (s: string) => s.toLowerCase().replace(/[‘’ʼ`]/g, "'").replace(/[‐‑]/g, "-");

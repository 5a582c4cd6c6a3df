// Name normalisation shared by the resolution stages.
// (regexes with \p{...}, which tsx's esbuild writes as `new RegExp(...)` made at every use, are made once here)
const NOT_WORD = /[^\p{L}\p{N}#]+/gu;

/** Lower case, no accents, no punctuation, no leading article: the form two names are compared in. */
export function normalizeName(name: string): string {
  return name
    .normalize("NFD").replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/'s\b/g, "")
    .replace(NOT_WORD, " ")
    .trim()
    .replace(/^(the|a|an) /, "");
}

/** A key fragment safe in any export format: lower case ASCII letters, digits and dashes. */
export function slug(name: string): string {
  return normalizeName(name).replace(/[^a-z0-9#]+/g, "-").replace(/#/g, "").replace(/^-|-$/g, "") || "x";
}

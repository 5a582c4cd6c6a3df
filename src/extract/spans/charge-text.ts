// The text of a charge phrase's tokens, and the listed offence each of its tails is, made once per sentence
// (the phrases from every start before one end share their tails).
import type { Token } from "../../nlp/tokens.ts";
import { OFFENCE_FORMS } from "../../lexicon/index.ts";

/** The text of tokens[a..b), spaced as written. */
export function text(ts: readonly Token[], a: number, b: number): string {
  let out = "";
  for (let k = a; k < b && k < ts.length; k++) out += (k > a && ts[k]!.space ? " " : "") + ts[k]!.text;
  return out;
}
export const lower = (s: string) => s.toLowerCase().replace(/[‘’]/g, "'");

/**
 * The lower-case text of tokens[k..b), spaced as written, and the listed offence it is: made once per
 * sentence for each (k, b), since the phrases from every start before one end share their tails.
 */
export class Tails {
  private readonly texts = new Map<number, string>();
  private readonly lowers = new Map<number, string>();
  private readonly forms = new Map<number, ReturnType<typeof OFFENCE_FORMS.get>>();
  constructor(private readonly ts: readonly Token[]) {}
  private text(k: number, b: number): string {
    const key = k * (this.ts.length + 1) + b;
    let t = this.texts.get(key);
    if (t === undefined) {
      t = k === b - 1 ? this.ts[k]!.text : this.ts[k]!.text + (this.ts[k + 1]!.space ? " " : "") + this.text(k + 1, b);
      this.texts.set(key, t);
    }
    return t;
  }
  lower(k: number, b: number): string {
    const key = k * (this.ts.length + 1) + b;
    let l = this.lowers.get(key);
    if (l === undefined) this.lowers.set(key, (l = lower(this.text(k, b))));
    return l;
  }
  /** OFFENCE_FORMS.get(lower(k, b)). */
  form(k: number, b: number): ReturnType<typeof OFFENCE_FORMS.get> {
    const key = k * (this.ts.length + 1) + b;
    if (this.forms.has(key)) return this.forms.get(key);
    // ("money-laundering": the listed form written with a space)
    const l = this.lower(k, b);
    const f = OFFENCE_FORMS.get(l) ?? (l.includes("-") ? OFFENCE_FORMS.get(l.replace(/-/g, " ")) : undefined);
    this.forms.set(key, f);
    return f;
  }
}

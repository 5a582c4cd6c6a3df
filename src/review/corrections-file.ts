// Reading and writing casegraph.corrections.json. Pure and browser-safe: the CLI, the local
// endpoint of `npm start` and the viewer's download share one form of the file.
import { z } from "zod";
import { CorrectionsFile } from "../schema.ts";

/** The file's name in the input folder. */
export const CORRECTIONS_FILE = "casegraph.corrections.json";

export type ParsedCorrections = { ok: true; entries: unknown[] } | { ok: false; problem: string };

/**
 * The entries of a corrections file's text. Only the file's outer shape is checked here: each entry
 * is checked as the build applies it, so one mistyped entry is reported and the others still apply.
 */
export function parseCorrections(text: string): ParsedCorrections {
  let data: unknown;
  try { data = JSON.parse(text); } catch (err) { return { ok: false, problem: `not JSON (${(err as Error).message})` }; }
  const outer = z.looseObject({ corrections: z.array(z.unknown()) }).safeParse(data);
  if (!outer.success) return { ok: false, problem: 'expected an object with a "corrections" list, as in {"corrections": []}' };
  return { ok: true, entries: outer.data.corrections };
}

/** The file's text: two-space JSON, one line per short entry would be harder to edit by hand. */
export function formatCorrections(entries: readonly unknown[]): string {
  return `${JSON.stringify({ corrections: entries }, null, 2)}\n`;
}

/** The JSON Schema of the file, from its zod schema (published as schema/corrections.schema.json). */
export function correctionsJSONSchema(): unknown {
  return z.toJSONSchema(CorrectionsFile, { target: "draft-2020-12" });
}

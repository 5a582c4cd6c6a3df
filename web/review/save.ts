// Where corrections made in the page go: to the input folder through the local endpoint of
// `npm start` (which then rebuilds the graph), or, on a static site, into a downloaded file.
import { CORRECTIONS_FILE, formatCorrections } from "../../src/review/corrections-file.ts";

/** The endpoint's address, beside the page. */
export const ENDPOINT = "api/corrections";

export interface Endpoint { file: string; folder: string }
export type SaveResult = { ok: true; file: string; stale: string[] } | { ok: false; message: string };

/** The endpoint, when the page is served by `npm start`; null on a static site. */
export async function probeEndpoint(): Promise<Endpoint | null> {
  try {
    const res = await fetch(ENDPOINT, { headers: { Accept: "application/json" } });
    if (!res.ok || !(res.headers.get("content-type") ?? "").includes("json")) return null;
    const body = (await res.json()) as Partial<Endpoint>;
    return typeof body.file === "string" && typeof body.folder === "string" ? { file: body.file, folder: body.folder } : null;
  } catch {
    return null;
  }
}

/** Adds corrections to the folder's file (after what it already holds) and rebuilds the graph. */
export async function saveToFolder(corrections: readonly unknown[]): Promise<SaveResult> {
  try {
    const res = await fetch(ENDPOINT, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ add: corrections }) });
    const body = (await res.json().catch(() => ({}))) as { file?: string; stale?: string[]; error?: string };
    if (!res.ok) return { ok: false, message: body.error ?? `the server answered ${res.status}` };
    return { ok: true, file: body.file ?? CORRECTIONS_FILE, stale: body.stale ?? [] };
  } catch (err) {
    return { ok: false, message: `the server could not be reached (${(err as Error).message})` };
  }
}

/** The whole corrections file (what the graph was built with, then the new ones), as a download. */
export function downloadCorrections(existing: readonly unknown[], added: readonly unknown[]): void {
  const blob = new Blob([formatCorrections([...existing, ...added])], { type: "application/json" });
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = CORRECTIONS_FILE;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

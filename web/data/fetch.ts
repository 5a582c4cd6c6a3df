// Fetching a graph file by its address (the worker's and the main thread's loader both use it), and
// saying what happened when that fails: a malformed address, a server that cannot be reached, a
// server on another site that does not let this page read its files (CORS), an HTTP error (404,
// ...), or a web page where a graph file was expected.

const STATUS: Record<number, string> = {
  401: "it needs you to sign in", 403: "it refuses to give it", 404: "there is no file at that address", 410: "the file is gone",
};

export type Fetched = { ok: true; response: Response } | { ok: false; message: string };

/** Fetches `address` (resolved against `base`, the page's address); a failure is a message for the user. */
export async function fetchGraph(address: string, base: string): Promise<Fetched> {
  let url: URL;
  try { url = new URL(address, base); } catch { return { ok: false, message: `“${address}” is not a valid address.` }; }
  if (!/^https?:$|^blob:$|^data:$/.test(url.protocol)) return { ok: false, message: `Cannot open ${address}: only http and https addresses can be fetched (${url.protocol} is not one).` };
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    const crossOrigin = url.origin !== new URL(base).origin;
    // A fetch that other sites may not read fails exactly like an unreachable server: ask again
    // without reading the answer, which succeeds when the server is there.
    const reachable = crossOrigin && (await fetch(url, { mode: "no-cors" }).then(() => true, () => false));
    return { ok: false, message: reachable
      ? `${address} is on another site (${url.origin}), which does not let this page read it: its server sends no Access-Control-Allow-Origin header. Download the file and open it with “Open graph…”, or serve it with that header.`
      : `Could not reach ${url.origin} to fetch ${address}: the network failed (offline, a wrong address, or the server is down).` };
  }
  if (!response.ok) {
    const why = STATUS[response.status] ?? (response.status >= 500 ? "the server failed" : "the request was refused");
    return { ok: false, message: `Could not fetch ${address}: the server answered ${response.status} ${response.statusText}`.trim() + ` (${why}).` };
  }
  return { ok: true, response };
}

/**
 * The message for a web page served where a graph file was expected (many servers answer a missing
 * file with their home page), given the answer's first characters; null for anything else.
 */
export function webPageInstead(address: string, response: Response, start: string): string | null {
  if (!/text\/html/i.test(response.headers.get("content-type") ?? "") || !/^\s*</.test(start)) return null;
  return `${address} answered with a web page, not a graph file: the address is probably wrong (many servers answer a missing file with their home page).`;
}

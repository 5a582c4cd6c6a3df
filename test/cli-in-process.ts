// Running the CLI in-process, as the query and export tests do: exit code and what it printed.
import { vi } from "vitest";
import { main } from "../src/cli.ts";

/** Runs `casegraph <argv>` in-process and captures what it prints. */
export async function runCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [], err: string[] = [];
  vi.spyOn(console, "log").mockImplementation((s) => { out.push(String(s)); });
  vi.spyOn(console, "error").mockImplementation((s) => { err.push(String(s)); });
  try {
    const code = await main(argv);
    return { code, out: out.join("\n"), err: err.join("\n") };
  } finally {
    vi.restoreAllMocks();
  }
}

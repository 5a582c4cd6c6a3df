// For `npm run fuzz`: runs several casegraph commands in one process (one start-up instead of one
// per command) and prints, per command, one JSON line: its arguments, exit code and stderr. An
// exception that escapes the CLI is printed with its stack, so the fuzz run counts it.
//   tsx cli-batch.ts '<JSON list of argument lists>'
import { main } from "../../src/cli.ts";

const commands = JSON.parse(process.argv[2]!) as string[][];
for (const args of commands) {
  const err: string[] = [];
  const log = console.log, error = console.error;
  console.log = () => {};
  console.error = (...parts: unknown[]) => { err.push(parts.map(String).join(" ")); };
  let code: number;
  try {
    code = await main(args);
  } catch (e) {
    code = -1;
    err.push(`escaped: ${(e as Error).stack ?? String(e)}`);
  } finally {
    console.log = log;
    console.error = error;
  }
  process.stdout.write(`${JSON.stringify({ args, code, stderr: err.join("\n") })}\n`);
}

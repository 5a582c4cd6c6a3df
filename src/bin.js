#!/usr/bin/env node
// The casegraph command. The CLI is TypeScript; tsx runs it without a build step.
import { register } from "tsx/esm/api";

register();
const { main } = await import("./cli.ts");
process.exitCode = await main(process.argv.slice(2));

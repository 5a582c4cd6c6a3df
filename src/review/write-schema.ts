// npm run schema: writes schema/corrections.schema.json from the zod schema of the corrections file.
import { writeFileSync } from "node:fs";
import { correctionsJSONSchema } from "./corrections-file.ts";

const out = new URL("../../schema/corrections.schema.json", import.meta.url);
writeFileSync(out, `${JSON.stringify(correctionsJSONSchema(), null, 2)}\n`);
console.log(`wrote ${out.pathname}`);

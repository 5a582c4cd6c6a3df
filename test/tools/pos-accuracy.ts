// Development tool: the token layer's part-of-speech accuracy on the hand-tagged samples
// (test/nlp/data), wink's tags as they are against the corrected ones, and the corrected layer's
// remaining errors grouped by (gold -> tag).
// npx tsx test/tools/pos-accuracy.ts [--errors]
import { CATEGORIES, SAMPLES, loadSample, percent, scoreSample, type Miss } from "../nlp/gold.ts";

const showErrors = process.argv.includes("--errors");
const cell = (s: string) => s.padStart(7);
console.log(`${"sample".padEnd(9)} ${"layer".padEnd(10)} ${CATEGORIES.map(cell).join("")}  (% right; n below)`);
for (const name of SAMPLES) {
  const sentences = loadSample(name);
  const wink = scoreSample(sentences, false), corrected = scoreSample(sentences, true);
  console.log(`${name.padEnd(9)} ${"n".padEnd(10)} ${CATEGORIES.map((c) => cell(String(wink.counts[c]![1]))).join("")}  (${wink.joined} tokens in hyphen-joined words not scored)`);
  for (const [layer, s] of [["wink", wink], ["corrected", corrected]] as const)
    console.log(`${"".padEnd(9)} ${layer.padEnd(10)} ${CATEGORIES.map((c) => cell(percent(s.counts[c]!).toFixed(1))).join("")}`);
  if (showErrors) {
    const groups = new Map<string, Miss[]>();
    for (const m of corrected.misses) groups.set(`${m.gold} -> ${m.got}`, [...(groups.get(`${m.gold} -> ${m.got}`) ?? []), m]);
    for (const [k, ms] of [...groups].sort((a, b) => b[1].length - a[1].length))
      console.log(`   ${String(ms.length).padStart(3)}  ${k}: ${ms.map((m) => `${m.id} ${m.context}`).join(" | ")}`);
    if (corrected.lemmaMisses.length) console.log(`   lemmas: ${corrected.lemmaMisses.map((m) => `${m.text}->${m.got} (${m.gold})`).join(", ")}`);
  }
}

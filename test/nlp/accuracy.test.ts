// The token layer's part-of-speech accuracy on three hand-tagged samples of court-news sentences
// (test/nlp/data; see test/tools/pos-accuracy.ts for the tables and the remaining errors). The
// floors sit a little under what the corrected layer measured when they were set; wink's own tags
// measured 91.0, 88.0 and 86.7% (all tokens) and 58.5, 41.9 and 48.4% (words of title-case headlines).
import { describe, expect, it } from "vitest";
import { loadSample, percent, scoreSample, type Sample } from "./gold.ts";

const FLOORS: { sample: Sample; all: number; title: number }[] = [
  { sample: "gold", all: 97, title: 91 },
  { sample: "heldout", all: 97.5, title: 97 },
  { sample: "fresh", all: 97, title: 95 },
];

describe("nlp: part-of-speech accuracy on hand-tagged court news", () => {
  it.for(FLOORS)("$sample sample: at least $all% of tokens, $title% of headline words", ({ sample, all, title }) => {
    const score = scoreSample(loadSample(sample));
    expect(percent(score.counts.all!)).toBeGreaterThanOrEqual(all);
    expect(percent(score.counts.title!)).toBeGreaterThanOrEqual(title);
  });

  it("the corrections gain on every sample, most on headlines", () => {
    for (const sample of ["gold", "heldout", "fresh"] as const) {
      const wink = scoreSample(loadSample(sample), false), corrected = scoreSample(loadSample(sample));
      expect(percent(corrected.counts.all!) - percent(wink.counts.all!)).toBeGreaterThan(3);
      expect(percent(corrected.counts.title!) - percent(wink.counts.title!)).toBeGreaterThan(25);
    }
  });
});

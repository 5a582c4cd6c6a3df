// An invented two-outlet corpus whose articles disagree on purpose: one says a jury convicted
// Tobias Wren of fraud and forgery (six years, aged 52), the other that it acquitted him of fraud
// and convicted him of forgery (two years, aged 49). Checked against the current extractor.
import type { InputFile } from "../../src/pipeline.ts";

export const GAZETTE = `---
title: Jury convicts Tobias Wren of fraud and forgery
source: Harbour Gazette
published: 2024-03-02
---
Jury convicts Tobias Wren of fraud and forgery

A jury in the Ashford County Court convicted Tobias Wren, 52, of fraud and forgery on Friday.

Judge Maria Okafor sentenced Wren to six years in prison.

Prosecutor Daniel Reyes said the verdict was fair, and defence lawyer H. Marsh said Wren would appeal.
`;

export const LEDGER = `---
title: Tobias Wren cleared of fraud
source: Valley Ledger
published: 2024-03-03
---
Tobias Wren cleared of fraud

A jury in the Ashford County Court acquitted Tobias Wren, 49, of fraud on Friday but convicted him of forgery.

Judge Maria Okafor sentenced Wren to two years in prison.

His lawyer, Helen Marsh, said he would appeal.
`;

/** A later article from a third outlet, added between two builds. */
export const COURIER = `---
title: Wren to appeal forgery conviction
source: Northern Courier
published: 2024-03-09
---
Wren to appeal forgery conviction

Tobias Wren will appeal his forgery conviction, his lawyer Helen Marsh said on Monday.

Judge Maria Okafor presided over the trial in the Ashford County Court.
`;

/** One verdict dated by one outlet: two of these with different days disagree on its date. */
export const datedVerdict = (outlet: string, published: string, day: string) => `---
title: Tobias Wren convicted of fraud
source: ${outlet}
published: ${published}
---
Tobias Wren convicted of fraud

Tobias Wren was convicted of fraud by a jury in the Ashford County Court.

The jury convicted Wren on ${day}, after days of deliberation.
`;
export const DATED = { "a.md": datedVerdict("Harbour Gazette", "2024-03-02", "March 1, 2024"), "b.md": datedVerdict("Valley Ledger", "2024-03-03", "February 23, 2024") };

export const files = (entries: Record<string, string>): InputFile[] =>
  Object.entries(entries).map(([path, text]) => ({ path, bytes: new TextEncoder().encode(text) }));

// An invented two-outlet corpus whose articles disagree on purpose: one says a jury convicted
// Tobias Wyke of fraud and forgery (six years, aged 52), the other that it acquitted him of fraud
// and convicted him of forgery (two years, aged 49). Checked against the current extractor.
import type { InputFile } from "../../src/pipeline.ts";

export const GAZETTE = `---
title: Jury convicts Tobias Wyke of fraud and forgery
source: Harbour Gazette
published: 2024-03-02
---
Jury convicts Tobias Wyke of fraud and forgery

A jury in the Ashford County Court convicted Tobias Wyke, 52, of fraud and forgery on Friday.

Judge Maria Okanta sentenced Wyke to six years in prison.

Prosecutor Daniel Reyes said the verdict was fair, and defence lawyer H. Marsk said Wyke would appeal.
`;

export const LEDGER = `---
title: Tobias Wyke cleared of fraud
source: Valley Ledger
published: 2024-03-03
---
Tobias Wyke cleared of fraud

A jury in the Ashford County Court acquitted Tobias Wyke, 49, of fraud on Friday but convicted him of forgery.

Judge Maria Okanta sentenced Wyke to two years in prison.

His lawyer, Helen Marsk, said he would appeal.
`;

/** A later article from a third outlet, added between two builds. */
export const COURIER = `---
title: Wyke to appeal forgery conviction
source: Northern Courier
published: 2024-03-09
---
Wyke to appeal forgery conviction

Tobias Wyke will appeal his forgery conviction, his lawyer Helen Marsk said on Monday.

Judge Maria Okanta presided over the trial in the Ashford County Court.
`;

/** One verdict dated by one outlet: two of these with different days disagree on its date. */
export const datedVerdict = (outlet: string, published: string, day: string) => `---
title: Tobias Wyke convicted of fraud
source: ${outlet}
published: ${published}
---
Tobias Wyke convicted of fraud

Tobias Wyke was convicted of fraud by a jury in the Ashford County Court.

The jury convicted Wyke on ${day}, after days of deliberation.
`;
export const DATED = { "a.md": datedVerdict("Harbour Gazette", "2024-03-02", "March 1, 2024"), "b.md": datedVerdict("Valley Ledger", "2024-03-03", "February 23, 2024") };

export const files = (entries: Record<string, string>): InputFile[] =>
  Object.entries(entries).map(([path, text]) => ({ path, bytes: new TextEncoder().encode(text) }));

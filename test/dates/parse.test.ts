// Date expressions on invented sentences, resolved against published dates across weekdays, month
// and year boundaries.
import { describe, expect, it } from "vitest";
import { findDates, parsePublished } from "../../src/dates/parse.ts";

/** [sentence, published, expected [text, value, role] of each expression]. */
const CASES: [string, string | undefined, [string, string | undefined, string][]][] = [
  // absolute dates need no published date
  ["The verdict came on June 11, 2025, after three days.", undefined, [["June 11, 2025", "2025-06-11", "at"]]],
  ["She was arrested on 3 March 2019 in Leeds.", undefined, [["3 March 2019", "2019-03-03", "at"]]],
  ["The trial began in January 2014 in Florence.", undefined, [["January 2014", "2014-01", "at"]]],
  ["The attack happened in 2013.", undefined, [["2013", "2013", "at"]]],
  ["a 2013 alleged attack on a cook", undefined, [["2013", "2013", "at"]]],
  ["On the afternoon of May 29, 1987, a clerk read the verdicts.", undefined, [["May 29, 1987", "1987-05-29", "at"]]],
  ["The firm collapsed in late 2022.", undefined, [["late 2022", "2022", "at"]]],
  // relative dates are left without a value when there is no published date
  ["The jury convicted him on Thursday.", undefined, [["Thursday", undefined, "at"]]],
  ["He was acquitted last year.", undefined, [["last year", undefined, "at"]]],
  // weekdays: the last one on or before the published day, or the next one in a future clause
  ["The jury convicted him on Thursday.", "2025-06-13", [["Thursday", "2025-06-12", "at"]]],
  // ("Judge Will Horton": a capitalised Will inside the clause is a name, not the future)
  ["Judge Will Horton delivered his verdict on Thursday.", "2016-03-24", [["Thursday", "2016-03-24", "at"]]],
  ["Will Horton will deliver his verdict on Thursday.", "2016-03-24", [["Thursday", "2016-03-31", "at"]]],
  ["The jury convicted him on Friday.", "2025-06-13", [["Friday", "2025-06-13", "at"]]],
  ["He was taken into custody Monday.", "2025-06-13", [["Monday", "2025-06-09", "at"]]],
  ["He will be sentenced on Tuesday.", "2025-06-13", [["Tuesday", "2025-06-17", "at"]]],
  ["He was sentenced on Tuesday.", "2025-03-02", [["Tuesday", "2025-02-25", "at"]]], // across a month boundary
  // a weekday before a date names that date's day: one expression, of the date's value, not the week's Tuesday
  ["A jury convicted him on Tuesday, March 14, 2023.", "2025-06-13", [["Tuesday, March 14, 2023", "2023-03-14", "at"]]],
  ["She was acquitted on Friday 7 February.", "2025-06-13", [["Friday 7 February", "2025-02-07", "at"]]],
  ["He was convicted on Monday and sentenced on March 14.", "2025-06-13", [["Monday", "2025-06-09", "at"], ["March 14", "2025-03-14", "at"]]],
  ["She pleaded guilty on Wednesday.", "2025-01-02", [["Wednesday", "2025-01-01", "at"]]],
  ["She pleaded guilty on Tuesday.", "2025-01-02", [["Tuesday", "2024-12-31", "at"]]], // across a year boundary
  ["He was convicted yesterday.", "2024-03-01", [["yesterday", "2024-02-29", "at"]]], // a leap day
  ["She was convicted of fraud this afternoon.", "2025-05-16", [["this afternoon", "2025-05-16", "at"]]], // a part of the published day
  // years and months
  ["He was acquitted last year.", "2025-01-04", [["last year", "2024", "at"]]],
  ["The court ruled earlier this month.", "2025-06-13", [["earlier this month", "2025-06", "at"]]],
  ["The verdict came last month.", "2025-01-20", [["last month", "2024-12", "at"]]],
  ["She pleaded guilty in February.", "2025-06-13", [["February", "2025-02", "at"]]],
  ["She pleaded guilty in November.", "2025-06-13", [["November", "2024-11", "at"]]], // a later month in a past clause is last year's
  ["The retrial will open in February.", "2025-11-20", [["February", "2026-02", "at"]]],
  ["The hearing came on Aug. 29.", "2025-06-13", [["Aug. 29", "2024-08-29", "at"]]],
  ["The hearing will be held on Aug. 29.", "2025-06-13", [["Aug. 29", "2025-08-29", "at"]]],
  ["He faces a second trial next month.", "2025-12-05", [["next month", "2026-01", "at"]]],
  ["The studio was founded two years ago.", "2025-06-13", [["two years ago", "2023", "at"]]],
  ["He was indicted last July.", "2015-03-10", [["last July", "2014-07", "at"]]],
  ["He was convicted in March last year.", "2026-10-16", [["March last year", "2025-03", "at"]]], // not this year's March
  ["She was charged in June of last year.", "2026-02-01", [["June of last year", "2025-06", "at"]]],
  ["The retrial opens in January next year.", "2026-10-16", [["January next year", "2027-01", "at"]]],
  ["The verdict came last week.", "2025-06-13", [["last week", "2025-06", "at"]]],
  ["The verdict came last week.", "2025-06-04", [["last week", "2025", "at"]]], // a week across two months
  // limits and spans are bounds, not times
  ["Prosecutors have until Aug. 29 to decide.", "2025-06-13", [["Aug. 29", "2024-08-29", "bound"]]],
  ["He served 25 years, from 1995 to 2020.", undefined, [["1995", "1995", "bound"], ["2020", "2020", "bound"]]],
  ["The assaults took place between 1968 and 1986.", undefined, [["1968", "1968", "bound"], ["1986", "1986", "bound"]]],
  // numbers that are not dates
  ["The jury heard 2013 people, $2015 in fees and 1,999 pages.", undefined, []],
  ["He may appeal; the 1990s were quiet.", undefined, []],
  ["No one was born on 30 February 2020.", undefined, []],
];

describe("findDates", () => {
  it.each(CASES)("%s (published %s)", (sentence, published, expected) => {
    const found = findDates(sentence, { published }).map((e) => [e.text, e.value, e.role]);
    expect(found).toEqual(expected);
  });

  it("gives offsets into the sentence", () => {
    const text = "He was convicted on June 11, 2025.";
    const [e] = findDates(text);
    expect(text.slice(e!.start, e!.end)).toBe("June 11, 2025");
    expect(e!.preposition).toBe("on");
  });
});

describe("parsePublished", () => {
  it.each([
    ["2025-06-13", "2025-06-13"], ["2025-06-13T09:30:00Z", "2025-06-13"], ["June 13, 2025", "2025-06-13"],
    ["13 June 2025", "2025-06-13"], ["2025-06", undefined], ["soon", undefined], ["2025-02-30", undefined],
  ])("%s -> %s", (value, day) => expect(parsePublished(value)).toBe(day));
});

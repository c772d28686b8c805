import { BatonError, isBatonError } from "../../../src/core/errors";
import { Cells } from "../../../src/core/result";
import { monthKey, readDates, seasonality, SEASONALITY_HEADER } from "../../../src/core/seasonality";
import { excelSerial, mulberry32, samplePrices } from "../../../src/sample";

const col = (xs: unknown[]): unknown[][] => xs.map((x) => [x]);
const show = (r: Cells | BatonError): unknown => {
  if (isBatonError(r)) return `${r.kind}:${r.message}`;
  return r.map((row) => row.map((c) => (isBatonError(c) ? `${c.kind}:${c.message}` : c)));
};
const na = (month: string): string => `na:no complete ${month} in the data`;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

// Hand computation. Month ends and prices (benchmark second):
//   2024-12-31 100/100 (first month: never counts)
//   2025-01-15 104/101 (not a month end), 2025-01-31 105/102 → January 2025: (105/100 − 1) − (102/100 − 1) = 0.03
//   2025-02-28 100/102 → February 2025: (100/105 − 1) − 0 = −1/21
//   (no March rows) 2025-04-30 110/104 → April 2025 does not count: March has no rows
//   2025-05-30 121/104 → May 2025: (121/110 − 1) − 0 = 0.1
//   2025-12-31 120/100 → December 2025 does not count: no November rows
//   2026-01-30 114/105 → January 2026: (114/120 − 1) − (105/100 − 1) = −0.1
//   2026-02-27 120/105 → the last month in the data: never counts
// January: 0.03, −0.1 → mean −0.035, median −0.035, win rate 1/2, 2 years; February −1/21, 0, 1; May 0.1, 1, 1.
const HAND = [
  ["2024-12-31", 100, 100],
  ["2025-01-15", 104, 101],
  ["2025-01-31", 105, 102],
  ["2025-02-28", 100, 102],
  ["2025-04-30", 110, 104],
  ["2025-05-30", 121, 104],
  ["2025-12-31", 120, 100],
  ["2026-01-30", 114, 105],
  ["2026-02-27", 120, 105],
] as const;
const hd = col(HAND.map((r) => r[0]));
const hs = col(HAND.map((r) => r[1]));
const hb = col(HAND.map((r) => r[2]));

describe("SEASONALITY against a hand computation", () => {
  test("the table: header, then months 1–12", () => {
    const t = show(seasonality(hd, hs, hb)) as unknown[][];
    expect(t[0]).toEqual([...SEASONALITY_HEADER]);
    expect(t[1]).toEqual([1, expect.closeTo(-0.035, 14), expect.closeTo(-0.035, 14), 0.5, 2]);
    expect(t[2]).toEqual([2, expect.closeTo(-1 / 21, 14), expect.closeTo(-1 / 21, 14), 0, 1]);
    expect(t[5]).toEqual([5, expect.closeTo(0.1, 14), expect.closeTo(0.1, 14), 1, 1]);
    for (const mo of [3, 4, 6, 7, 8, 9, 10, 11, 12]) {
      const name = MONTHS[mo - 1];
      expect(t[mo]).toEqual([mo, na(name), na(name), na(name), 0]);
    }
  });

  test("mean, median, win rate and count are 12×k, January first", () => {
    // A second sector, flat at 100: its excess is minus the benchmark's: January 2025 −0.02, 2026 −0.05.
    const two = HAND.map((r) => [r[1], 100]);
    const count = show(seasonality(hd, two, hb, "count")) as number[][];
    expect(count.map((r) => r[0])).toEqual([2, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
    expect(count.map((r) => r[1])).toEqual([2, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
    const mean = show(seasonality(hd, two, hb, "MEAN")) as unknown[][];
    expect(mean[0]).toEqual([expect.closeTo(-0.035, 14), expect.closeTo(-0.035, 14)]);
    expect(mean[1]).toEqual([expect.closeTo(-1 / 21, 14), 0]);
    expect(mean[2]).toEqual([na("March"), na("March")]);
    const win = show(seasonality(hd, two, hb, " win rate ")) as unknown[][];
    expect(win[0]).toEqual([0.5, 0]);
    expect(win[1]).toEqual([0, 0]); // a tie at 0 is not a win
    const median = show(seasonality(hd, two, hb, "median")) as unknown[][];
    expect(median[4]).toEqual([expect.closeTo(0.1, 14), 0]);
  });

  test("'table' with several sectors is a #VALUE!; so is an unknown output", () => {
    expect(show(seasonality(hd, HAND.map((r) => [r[1], 100]), hb))).toBe(
      'value:output "table" describes one sector, but sector has 2 columns; use "mean", "median", "win rate" or "count", or give one column',
    );
    expect(show(seasonality(hd, hs, hb, "winrate"))).toBe(
      'value:output must be one of "table", "mean", "median", "win rate", "count", not text "winrate"',
    );
  });

  test("a row series takes a row of dates", () => {
    const t = show(seasonality([HAND.map((r) => r[0])], [HAND.map((r) => r[1])], [HAND.map((r) => r[2])], "count")) as number[][];
    expect(t.map((r) => r[0])).toEqual([2, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe("dates: serials by integer arithmetic, ISO text, and the errors", () => {
  test("the 1900 leap-year quirk: 59 is 28 Feb, 60 Excel's 29 Feb, 61 is 1 March", () => {
    const d = readDates(col([31, 59, 60, 61]), "dates", 4, 4);
    if (isBatonError(d)) throw new Error(d.message);
    expect(Array.from(d.months)).toEqual([1900 * 12, 1900 * 12 + 1, 1900 * 12 + 1, 1900 * 12 + 2]);
    // Month ends: January 31, February 60 (the fictitious 29th), March 91, April 92 (last, not counted).
    // Sector doubles from each month end to the next, benchmark flat: February and March excess 1.
    const t = show(seasonality(col([31, 59, 60, 61, 91, 92]), col([1, 3, 2, 3, 4, 5]), col([1, 1, 1, 1, 1, 1]), "mean")) as unknown[][];
    expect(t[1][0]).toBe(1); // 2/1 − 1
    expect(t[2][0]).toBe(1); // 4/2 − 1
    expect(t[3][0]).toBe(na("April"));
  });

  test("month ends across years, leap days and the times of day", () => {
    expect([monthKey(46022), monthKey(46023)]).toEqual([2025 * 12 + 11, 2026 * 12]); // 2025-12-31, 2026-01-01
    expect([monthKey(45351), monthKey(45352)]).toEqual([2024 * 12 + 1, 2024 * 12 + 2]); // 2024-02-29, 2024-03-01
    expect(monthKey(45351.999)).toBe(2024 * 12 + 1); // a time of day is ignored
    // Serials, fractions and ISO text mixed; 23:00 on one day then 01:00 on the next is increasing.
    const d = readDates(col([46022.95, 46023.04, " 2026-01-30 "]), "dates", 3, 3);
    if (isBatonError(d)) throw new Error(d.message);
    expect(Array.from(d.serials)).toEqual([46022, 46023, 46052]);
  });

  test("a blank, other text, a number that is not a date, or a date out of order names the position", () => {
    const e = (dates: unknown[][]): string => show(seasonality(dates, col([1, 2, 3]), col([1, 1, 1]))) as string;
    expect(e(col([46022, null, 46024]))).toBe("value:dates row 2 is empty; dates must be Excel dates or ISO text such as 2026-04-24");
    expect(e(col([46022, "  ", 46024]))).toBe("value:dates row 2 is empty; dates must be Excel dates or ISO text such as 2026-04-24");
    expect(e(col([46022, "24/04/2026", 46024]))).toBe('value:dates row 2 is text "24/04/2026"; dates must be Excel dates or ISO text such as 2026-04-24');
    expect(e(col([46022, "2026-02-30", 46100]))).toBe('value:dates row 2 is text "2026-02-30"; dates must be Excel dates or ISO text such as 2026-04-24');
    expect(e(col([46022, 0.5, 46024]))).toBe("value:dates row 2 is 0.5; dates must be Excel dates or ISO text such as 2026-04-24");
    expect(e(col([46022, true, 46024]))).toBe("value:dates row 2 is TRUE; dates must be Excel dates or ISO text such as 2026-04-24");
    expect(e(col([46022, 46024, "2026-01-02"]))).toBe(
      "value:dates row 3 (2026-01-02) is not after row 2 (2026-01-02); dates must be strictly increasing",
    );
    expect(e(col([46022.2, 46022.7, 46030]))).toBe(
      "value:dates row 2 (2025-12-31) is not after row 1 (2025-12-31); dates must be strictly increasing",
    );
    expect(e(col(["Date", 46022, 46023]))).toMatch(/^value:dates row 1 is text "Date", a header\?/);
    expect(e([[46022, 46023, 46024]])).toBe("value:sector has 3 rows but dates has 3 columns");
    expect(e(col([46022, 46023]))).toBe("value:sector has 3 rows but dates has 2");
    expect(e([[46022, 1], [46023, 1], [46024, 1]])).toBe("value:dates has 2 columns; give one column (or one row) of dates");
    expect(show(seasonality([[46022, "x", 46024]], [[1, 2, 3]], [[1, 1, 1]]))).toBe(
      'value:dates column 2 is text "x"; dates must be Excel dates or ISO text such as 2026-04-24',
    );
  });
});

/**
 * The reference: the month-end table by another route. Dates as ISO strings
 * (made with JavaScript's Date in UTC, not src/core/dates.ts), grouped by
 * their "YYYY-MM" prefix; the last row of each group is its end; a month
 * counts when the group before it is the calendar month before (worked out
 * from the two prefixes) and it is not the last group.
 */
function referenceTable(iso: string[], S: number[], B: number[]): { mean: number[]; median: number[]; win: number[]; count: number[] } {
  const fill = (xs: number[]): number[] => {
    let last = NaN;
    return xs.map((x) => (x > 0 ? (last = x) : last));
  };
  const s = fill(S);
  const b = fill(B);
  const groups: { ym: string; end: number }[] = [];
  iso.forEach((d, i) => {
    const ym = d.slice(0, 7);
    if (groups.length && groups[groups.length - 1].ym === ym) groups[groups.length - 1].end = i;
    else groups.push({ ym, end: i });
  });
  const by: number[][] = Array.from({ length: 12 }, () => []);
  for (let g = 1; g < groups.length - 1; g++) {
    const [y, m] = groups[g].ym.split("-").map(Number);
    const [py, pm] = groups[g - 1].ym.split("-").map(Number);
    if (!(py * 12 + pm + 1 === y * 12 + m)) continue;
    const e = groups[g].end;
    const p = groups[g - 1].end;
    const x = s[e] / s[p] - 1 - (b[e] / b[p] - 1);
    if (Number.isFinite(x)) by[m - 1].push(x);
  }
  return {
    mean: by.map((xs) => (xs.length ? xs.reduce((a, c) => a + c, 0) / xs.length : NaN)),
    median: by.map((xs) => {
      const o = [...xs].sort((a, c) => a - c);
      const n = o.length;
      return n === 0 ? NaN : n % 2 ? o[(n - 1) / 2] : (o[n / 2 - 1] + o[n / 2]) / 2;
    }),
    win: by.map((xs) => (xs.length ? xs.filter((x) => x > 0).length / xs.length : NaN)),
    count: by.map((xs) => xs.length),
  };
}

function expectTableMatches(got: Cells | BatonError, want: ReturnType<typeof referenceTable>): void {
  const t = show(got) as unknown[][];
  expect(t[0]).toEqual([...SEASONALITY_HEADER]);
  for (let mo = 0; mo < 12; mo++) {
    const row = t[mo + 1];
    expect(row[0]).toBe(mo + 1);
    expect(row[4]).toBe(want.count[mo]);
    if (want.count[mo] === 0) {
      expect(row.slice(1, 4)).toEqual([na(MONTHS[mo]), na(MONTHS[mo]), na(MONTHS[mo])]);
    } else {
      expect(row[1]).toBeCloseTo(want.mean[mo], 12);
      expect(row[2]).toBeCloseTo(want.median[mo], 12);
      expect(row[3]).toBeCloseTo(want.win[mo], 12);
    }
  }
}

describe("SEASONALITY against the reference route", () => {
  test("random weekdays over 14 years with whole months missing, blanks in the prices, serials and ISO text mixed", () => {
    for (const seed of [1, 2, 3]) {
      const u = mulberry32(seed);
      const iso: string[] = [];
      const skipMonth = new Set<string>();
      for (let t = Date.UTC(2008, 0, 1); t < Date.UTC(2022, 0, 1); t += 86_400_000) {
        const d = new Date(t);
        const ym = d.toISOString().slice(0, 7);
        if (d.getUTCDate() === 1 && u() < 0.05) skipMonth.add(ym);
        if (d.getUTCDay() === 0 || d.getUTCDay() === 6 || skipMonth.has(ym) || u() < 0.1) continue;
        iso.push(d.toISOString().slice(0, 10));
      }
      const n = iso.length;
      const S: number[] = [];
      const B: number[] = [];
      let ps = 100;
      let pb = 3000;
      for (let i = 0; i < n; i++) {
        ps *= 1 + (u() - 0.49) * 0.04;
        pb *= 1 + (u() - 0.5) * 0.03;
        S.push(Math.round(ps * 100) / 100);
        B.push(Math.round(pb * 100) / 100);
      }
      const blanks = [null, "", 0, " "];
      const sCells: unknown[] = S.map((x, i) => (i > 0 && u() < 0.05 ? blanks[i % 4] : x));
      const bCells: unknown[] = B.map((x, i) => (i > 0 && u() < 0.05 ? blanks[(i + 1) % 4] : x));
      const dCells = iso.map((d) => (u() < 0.5 ? d : excelSerial(d) + (u() < 0.3 ? 0.5 : 0)));
      const want = referenceTable(iso, sCells.map((x) => (typeof x === "number" ? x : 0)), bCells.map((x) => (typeof x === "number" ? x : 0)));
      expect(want.count.reduce((a, c) => a + c, 0)).toBeGreaterThan(100); // the comparison covers many months
      expectTableMatches(seasonality(col(dCells), col(sCells), col(bCells)), want);
    }
  });

  test("spare rows after the data (1, 150, 10,000 of each blank kind) give the same table", () => {
    const iso = samplePrices.dates.slice(0, 400);
    const d = col([...iso]);
    const s = col(samplePrices.sector.slice(0, 400));
    const b = col(samplePrices.benchmark.slice(0, 400));
    const base = show(seasonality(d, s, b));
    for (const blank of [null, "", 0, "  "]) {
      for (const spare of [1, 150, 10_000]) {
        const pad = col(new Array(spare).fill(blank));
        // Blank dates there are not an error; neither are dates filled in ahead.
        expect(show(seasonality([...d, ...pad], [...s, ...pad], [...b, ...pad]))).toEqual(base);
        const ahead = col(Array.from({ length: spare }, (_, i) => excelSerial("2030-01-01") + i));
        expect(show(seasonality([...d, ...ahead], [...s, ...pad], [...b, ...pad]))).toEqual(base);
      }
    }
  });
});

describe("the report's question on the sample data: TMT against all A-shares in May and June", () => {
  // "May to June is the key window … historically when tech has higher win
  // rates". The sample (SYNTHETIC, 2020-04-27 to 2026-04-24) has May and June
  // of 2020–2025: six years each. The figures come from the reference route;
  // they are quoted in the issue note and README.
  const t = seasonality(col([...samplePrices.dates]), col([...samplePrices.sector]), col([...samplePrices.benchmark]));
  const want = referenceTable([...samplePrices.dates], [...samplePrices.sector], [...samplePrices.benchmark]);

  test("the whole table agrees with the reference route", () => {
    expectTableMatches(t, want);
  });

  test("May and June: six years each", () => {
    const rows = show(t) as unknown[][];
    expect(rows[5][4]).toBe(6);
    expect(rows[6][4]).toBe(6);
    // April 2020 has rows from the 27th, so May 2020 counts; April 2026 is the last month and does not.
    expect(rows[4][4]).toBe(5);
  });

  test("the figures quoted in the README (rounded; from the reference route above)", () => {
    const rows = show(t) as number[][];
    // May: TMT beat all-A in 2 of 6 Mays, mean −2.36%, median −3.46%; June: 2 of 6, mean −0.84%, median −2.03%.
    // The synthetic sample does not bear the report's claim out; the function answers the question either way.
    expect([rows[5][1], rows[5][2], rows[5][3]].map((x) => +x.toFixed(4))).toEqual([-0.0236, -0.0346, 0.3333]);
    expect([rows[6][1], rows[6][2], rows[6][3]].map((x) => +x.toFixed(4))).toEqual([-0.0084, -0.0203, 0.3333]);
  });
});

describe("robustness", () => {
  test("a sector with no price until late: months before its first price do not count", () => {
    const dates = col(["2025-01-31", "2025-02-28", "2025-03-31", "2025-04-30", "2025-05-30"]);
    const t = show(seasonality(dates, col([null, null, 100, 110, 120]), col([1, 1, 1, 1, 1]), "count")) as number[][];
    // Only April (previous end March has a price) counts; May is the last month.
    expect(t.map((r) => r[0])).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
  test("bad prices are the usual #VALUE!", () => {
    expect(show(seasonality(col(["2025-01-31", "2025-02-28"]), col([100, "n/a"]), col([1, 1])))).toBe(
      'value:sector row 2 is text "n/a"; prices must be positive numbers',
    );
  });
});

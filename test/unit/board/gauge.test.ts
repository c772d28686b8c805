import { dateLabel, gaugeFromTable, GaugeModel, guessPriceColumns } from "../../../src/core/board/gauge";
import type { CellValue, TableData } from "../../../src/workbook/port";

/** Deterministic prices: a wavy sector and a drifting benchmark (no randomness needed). */
function prices(n: number): { S: number[]; B: number[] } {
  const S: number[] = [];
  const B: number[] = [];
  for (let t = 0; t < n; t++) {
    S.push(100 * (1 + 0.002 * t) * (1 + 0.05 * Math.sin(t / 7)));
    B.push(200 * (1 + 0.001 * t) * (1 + 0.02 * Math.cos(t / 11)));
  }
  return { S, B };
}

/** Reference implementation written plainly from functions.md: simple excess, then PERCENTRANK.INC×100 over all rows so far. */
function reference(S: number[], B: number[], w: number) {
  const e: (number | null)[] = S.map((_, t) => (t < w ? null : S[t] / S[t - w] - 1 - (B[t] / B[t - w] - 1)));
  const H = e.filter((x): x is number => x !== null);
  const x = H[H.length - 1];
  const below = H.filter((h) => h < x).length;
  const score = H.length >= 20 ? (100 * below) / (H.length - 1) : null;
  const peak = Math.max(...H);
  return { e, x, score, peak, history: H.length };
}

const table = (rows: CellValue[][]): TableData => ({ name: "Prices", headers: ["Date", "TMT", "万得全A"], rows });

describe("gaugeFromTable", () => {
  const n = 120;
  const w = 20;
  const { S, B } = prices(n);
  const rows: CellValue[][] = S.map((s, t) => [46000 + t, s, B[t]]);

  test("today's excess, score, peak and headroom agree with a plain loop", () => {
    const g = gaugeFromTable(table(rows), 1, 2, 0, w, null) as GaugeModel;
    const r = reference(S, B, w);
    expect(g.dates[0]).toBe(46000);
    expect(g.excess.slice(0, w)).toEqual(new Array(w).fill(null));
    g.excess.forEach((x, t) => {
      if (t >= w) expect(x).toBeCloseTo(r.e[t] as number, 12);
    });
    expect(g.latest.excess).toBeCloseTo(r.x, 12);
    expect(g.latest.score).toBeCloseTo(r.score as number, 9);
    expect(g.latest.peak).toBeCloseTo(r.peak, 12);
    expect(g.latest.headroom).toBeCloseTo(r.peak - r.x, 12);
    expect(g.latest.history).toBe(r.history);
    const zone = (r.score as number) >= 95 ? "Extreme" : (r.score as number) >= 80 ? "Crowded" : (r.score as number) >= 50 ? "Elevated" : "Low";
    expect(g.latest.zone).toBe(zone);
  });

  test("blank prices are carried forward, as in the worksheet functions", () => {
    const holed = rows.map((r) => [...r]);
    holed[n - 1][1] = null; // last sector price missing: carried from row n-2
    const g = gaugeFromTable(table(holed), 1, 2, 0, w, null) as GaugeModel;
    const S2 = [...S];
    S2[n - 1] = S[n - 2];
    expect(g.latest.excess).toBeCloseTo(S2[n - 1] / S2[n - 1 - w] - B[n - 1] / B[n - 1 - w], 12);
  });

  test("without a date column the labels are row numbers", () => {
    const g = gaugeFromTable(table(rows), 1, 2, undefined, w, null) as GaugeModel;
    expect(g.dates.slice(0, 3)).toEqual([1, 2, 3]);
  });

  test("too little history leaves the score undefined with a reason", () => {
    const g = gaugeFromTable(table(rows.slice(0, 30)), 1, 2, 0, w, null) as GaugeModel;
    // 30 rows, window 20: 10 excess values, fewer than the 20 a percentile needs.
    expect(g.latest.score).toBeNull();
    expect(g.latest.zone).toBeNull();
    expect(g.latest.history).toBe(10);
    expect(typeof g.latest.reason).toBe("string");
  });

  test("a text price is an error naming the column header and row", () => {
    const bad = rows.map((r) => [...r]);
    bad[4][2] = "n/a";
    expect(gaugeFromTable(table(bad), 1, 2, 0, w, null)).toEqual({
      error: '万得全A row 5 is text "n/a"; prices must be positive numbers',
    });
  });

  test("a window as long as the table, or a column outside it, is an error", () => {
    expect("error" in gaugeFromTable(table(rows.slice(0, 10)), 1, 2, 0, 10, null)).toBe(true);
    expect("error" in gaugeFromTable(table(rows), 1, 5, 0, w, null)).toBe(true);
  });
});

describe("guessPriceColumns", () => {
  test.each<[string[], { date?: number; sector?: number; benchmark?: number }]>([
    [["Date", "Sector", "Benchmark", "Sector turnover", "Market turnover"], { date: 0, sector: 1, benchmark: 2 }],
    [["日期", "万得全A", "TMT", "TMT成交额"], { date: 0, sector: 2, benchmark: 1 }],
    [["Date", "TMT", "Semis"], { date: 0, sector: 1, benchmark: 2 }],
    [["TMT"], { sector: 0 }],
    [[], {}],
  ])("%p", (headers, expected) => {
    expect(guessPriceColumns(headers)).toEqual(expected);
  });
});

test("dateLabel writes Excel serials as ISO dates", () => {
  // 46136 is 2026-04-24 (Excel: =TEXT(46136,"yyyy-mm-dd")).
  expect(dateLabel(46136)).toBe("2026-04-24");
  expect(dateLabel("2026-04-24")).toBe("2026-04-24");
  expect(dateLabel(7)).toBe("7");
});

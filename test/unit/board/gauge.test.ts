import { dateLabel, gaugeFromTable, GaugeModel, guessPriceColumns } from "../../../src/core/board/gauge";
import type { CellValue, TableData } from "../../../src/core/table";
import { isBatonError, valueError } from "../../../src/core/errors";
import { crowdingScore } from "../../../src/core/crowding";

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

/** Reference implementation written plainly from docs/functions.md: simple excess, then PERCENTRANK.INC×100 over all rows so far. */
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
    // The reason in both languages, written out by hand.
    expect(g.latest.reason).toBe("excess needs 20 values of history to rank today, has 10");
    expect(g.latest.reasonZh).toBe("超额收益需要 20 个历史值才能给当日排位，现有 10 个");
  });

  test("a text price is an error naming the column header and row", () => {
    const bad = rows.map((r) => [...r]);
    bad[4][2] = "n/a";
    expect(gaugeFromTable(table(bad), 1, 2, 0, w, null)).toEqual(valueError('万得全A row 5 is text "n/a"; prices must be positive numbers'));
  });

  test("a window as long as the table, or a column outside it, is an error", () => {
    expect(isBatonError(gaugeFromTable(table(rows.slice(0, 10)), 1, 2, 0, 10, null))).toBe(true);
    expect(isBatonError(gaugeFromTable(table(rows), 1, 5, 0, w, null))).toBe(true);
  });
});

/**
 * Turnover: the test's own reference, written plainly from docs/functions.md
 * (CROWDING_SCORE with a turnover argument): the daily share is sector/market
 * after carrying each forward over blanks and 0; T is the percentile
 * 100·#{h < x}/(|H| − 1) of today's w-row moving average of the share in all
 * its values so far (naive rescan), and the score is the mean of E and T.
 */
describe("gaugeFromTable with turnover", () => {
  const n = 90;
  const w = 10;
  const { S, B } = prices(n);
  // Hand-made amounts: the market wobbles around 9000, the sector's share rises and falls with a slow cycle.
  const M: number[] = [];
  const A: number[] = [];
  for (let t = 0; t < n; t++) {
    M.push(9000 + 400 * Math.sin(t / 5) + 7 * (t % 4));
    A.push(M[t] * (0.12 + 0.03 * Math.sin(t / 9) + 0.001 * (t % 3)));
  }
  const headers = ["Date", "TMT", "万得全A", "TMT成交额", "全A成交额"];
  const rows: CellValue[][] = S.map((s, t) => [46000 + t, s, B[t], A[t], M[t]]);
  const tbl = (r: CellValue[][]): TableData => ({ name: "Prices", headers, rows: r });

  function fill(xs: (number | null)[]): number[] {
    const out: number[] = [];
    let last = NaN;
    for (const x of xs) {
      if (x !== null && x !== 0) last = x;
      out.push(last);
    }
    return out;
  }
  /** Naive T: moving average of the share, then rank today's among all defined values so far. */
  function turnoverPercentile(share: number[]): { x: number; tp: number | null } {
    const avg: number[] = [];
    for (let t = w - 1; t < share.length; t++) {
      let sum = 0;
      for (let i = t - w + 1; i <= t; i++) sum += share[i];
      avg.push(sum / w);
    }
    const x = avg[avg.length - 1];
    let below = 0;
    for (const h of avg) if (h < x) below++;
    return { x, tp: avg.length >= 20 ? (100 * below) / (avg.length - 1) : null };
  }

  test("with turnover amounts the score is the mean of the excess and turnover percentiles (naive loop)", () => {
    const g = gaugeFromTable(tbl(rows), 1, 2, 0, w, null, { sectorCol: 3, marketCol: 4 }) as GaugeModel;
    const e = reference(S, B, w);
    const share = A.map((a, t) => a / M[t]);
    const t = turnoverPercentile(share);
    expect(e.score).not.toBeNull();
    expect(t.tp).not.toBeNull();
    expect(g.latest.turnoverShare).toBeCloseTo(t.x, 12);
    expect(g.latest.turnoverPercentile).toBeCloseTo(t.tp as number, 9);
    expect(g.latest.score).toBeCloseTo(((e.score as number) + (t.tp as number)) / 2, 9);
    // Turnover changes the score here: without it the score is E alone.
    const plain = gaugeFromTable(tbl(rows), 1, 2, 0, w, null) as GaugeModel;
    expect(plain.latest.score).toBeCloseTo(e.score as number, 9);
    expect(Math.abs((g.latest.score as number) - (plain.latest.score as number))).toBeGreaterThan(1);
    expect(plain.latest.turnoverPercentile).toBeNull();
    expect(plain.turnover).toBeNull();
    expect(g.turnover).toEqual({ sectorColumn: "TMT成交额", marketColumn: "全A成交额" });
  });

  test("blank and 0 amounts are carried forward before the share is taken", () => {
    const holed = rows.map((r) => [...r]);
    holed[n - 1][3] = null; // sector amount missing on the last row
    holed[n - 2][4] = 0; // market amount 0 the row before
    holed[n - 5][4] = ""; // and a blank
    const g = gaugeFromTable(tbl(holed), 1, 2, 0, w, null, { sectorCol: 3, marketCol: 4 }) as GaugeModel;
    const a = fill(holed.map((r) => r[3] as number | null));
    const m = fill(holed.map((r) => (r[4] === "" ? null : (r[4] as number))));
    const t = turnoverPercentile(a.map((x, i) => x / m[i]));
    expect(g.latest.turnoverPercentile).toBeCloseTo(t.tp as number, 9);
  });

  test("a share column alone is ranked as it is", () => {
    const shareRows = rows.map((r, t) => [r[0], r[1], r[2], (100 * A[t]) / M[t]]); // a share in percent
    const g = gaugeFromTable({ name: "P", headers: ["Date", "TMT", "万得全A", "TMT成交额占比"], rows: shareRows }, 1, 2, 0, w, null, {
      sectorCol: 3,
    }) as GaugeModel;
    const e = reference(S, B, w);
    const t = turnoverPercentile(A.map((a, i) => (100 * a) / M[i]));
    expect(g.latest.turnoverShare).toBeCloseTo(t.x, 10);
    expect(g.latest.turnoverPercentile).toBeCloseTo(t.tp as number, 9);
    expect(g.latest.score).toBeCloseTo(((e.score as number) + (t.tp as number)) / 2, 9);
    expect(g.turnover).toEqual({ sectorColumn: "TMT成交额占比", marketColumn: null });
  });

  test("a bad turnover cell is an error naming its column header and row", () => {
    const bad = rows.map((r) => [...r]);
    bad[6][4] = "停牌";
    expect(gaugeFromTable(tbl(bad), 1, 2, 0, w, null, { sectorCol: 3, marketCol: 4 })).toEqual(valueError('全A成交额 row 7 is text "停牌"; turnover must be positive numbers'));
    bad[6][4] = M[6];
    bad[2][3] = -5;
    expect(gaugeFromTable(tbl(bad), 1, 2, 0, w, null, { sectorCol: 3 })).toEqual(valueError("TMT成交额 row 3 is -5; turnover must be positive numbers"));
  });

  test("a turnover column outside the table is an error", () => {
    expect(gaugeFromTable(tbl(rows), 1, 2, 0, w, null, { sectorCol: 3, marketCol: 9 })).toEqual(valueError('market turnover column "10" is not in the table'));
  });
});

describe("guessPriceColumns", () => {
  test.each<[string[], ReturnType<typeof guessPriceColumns>]>([
    [
      ["Date", "Sector", "Benchmark", "Sector turnover", "Market turnover"],
      { date: 0, sector: 1, benchmark: 2, sectorTurnover: 3, marketTurnover: 4 },
    ],
    [["日期", "万得全A", "TMT", "TMT成交额"], { date: 0, sector: 2, benchmark: 1, sectorTurnover: 3 }],
    [["日期", "TMT", "万得全A", "行业成交额", "全A成交额"], { date: 0, sector: 1, benchmark: 2, sectorTurnover: 3, marketTurnover: 4 }],
    [["日期", "电子", "沪深300", "市场成交额", "成交额"], { date: 0, sector: 1, benchmark: 2, sectorTurnover: 4, marketTurnover: 3 }],
    [["Date", "TMT", "CSI 300", "Turnover", "CSI 300 turnover"], { date: 0, sector: 1, benchmark: 2, sectorTurnover: 3, marketTurnover: 4 }],
    // A share column stands alone: no market column is paired with it.
    [["Date", "TMT", "Wind All A", "Turnover share", "Market turnover"], { date: 0, sector: 1, benchmark: 2, sectorTurnover: 3 }],
    // A market amount without a sector amount is no turnover; volume and 换手率 are not turnover amounts.
    [["Date", "TMT", "Wind All A", "Market turnover", "Volume", "换手率"], { date: 0, sector: 1, benchmark: 2 }],
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

describe("gaugeFromTable reads its settings as CROWDING_SCORE reads its arguments", () => {
  const { S, B } = prices(120);
  const rows: CellValue[][] = S.map((s, t) => [t + 1, s, B[t]]);
  const tbl: TableData = { name: "P", headers: ["Date", "TMT", "万得全A"], rows };

  test("a lookback of 5 is refused with the message =BATON.CROWDING_SCORE(…, 5) shows", () => {
    const fromGauge = gaugeFromTable(tbl, 1, 2, 0, 40, 5);
    const fromFunction = crowdingScore(S.map((x) => [x]), B.map((x) => [x]), null, 40, 5);
    expect(isBatonError(fromFunction)).toBe(true);
    expect(fromGauge).toEqual(fromFunction);
    // The message a user reads, written out (docs/functions.md: "a whole number ≥ 20").
    expect((fromGauge as { message: string }).message).toBe("lookback must be a whole number of rows of at least 20, not 5");
  });

  test("a lookback of 20 is accepted, as the function accepts it", () => {
    expect(isBatonError(gaugeFromTable(tbl, 1, 2, 0, 40, 20))).toBe(false);
    expect(isBatonError(crowdingScore(S.map((x) => [x]), B.map((x) => [x]), null, 40, 20))).toBe(false);
  });

  test("spare blank rows after the data change nothing (issue 15)", () => {
    const padded: TableData = { ...tbl, rows: [...rows, ...Array.from({ length: 30 }, (): CellValue[] => [null, null, ""])] };
    const a = gaugeFromTable(tbl, 1, 2, 0, 40, null) as GaugeModel;
    const b = gaugeFromTable(padded, 1, 2, 0, 40, null) as GaugeModel;
    expect(b.latest).toEqual(a.latest);
    expect(b.excess).toEqual(a.excess);
    expect(b.dates).toHaveLength(120);
  });
});

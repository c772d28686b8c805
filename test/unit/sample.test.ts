/**
 * The sample dataset. Expected values are computed here by plain loops from
 * the contract's definition (docs/functions.md: simple excess = S[t]/S[t-40] - 1 -
 * (B[t]/B[t-40] - 1)), never by src/core, and from the report's figures
 * (2.66% on April 24, tops near 10%, one of 20–25%).
 */
import {
  buildSamplePrices,
  excelSerial,
  mulberry32,
  SAMPLE_NOTICE,
  samplePrices,
  SEGMENT_HEADERS,
  sampleSegmentTable,
  sampleSegments,
} from "../../src/sample";

const W = 40;

function excessByLoop(S: readonly number[], B: readonly number[]): number[] {
  const e: number[] = [];
  for (let t = 0; t < S.length; t++) e.push(t < W ? NaN : S[t] / S[t - W] - 1 - (B[t] / B[t - W] - 1));
  return e;
}

/** Maximal runs of rows with excess above `level`; runs closer than `gap` rows are one episode. Returns each episode's top. */
function episodeTops(e: readonly number[], level: number, gap: number): number[] {
  const tops: number[] = [];
  let last = -Infinity;
  for (let t = 0; t < e.length; t++) {
    if (!(e[t] > level)) continue;
    if (t - last > gap) tops.push(e[t]);
    else tops[tops.length - 1] = Math.max(tops[tops.length - 1], e[t]);
    last = t;
  }
  return tops;
}

describe("samplePrices", () => {
  const p = samplePrices;
  const n = p.dates.length;
  const e = excessByLoop(p.sector, p.benchmark);

  test("ends on 2026-04-24 with a 40-day simple excess of exactly 0.0266", () => {
    expect(p.dates[n - 1]).toBe("2026-04-24");
    expect(Math.abs(e[n - 1] - 0.0266)).toBeLessThan(1e-12);
  });

  test("covers about six years of weekdays", () => {
    expect(p.dates[0]).toBe("2020-04-27");
    expect(n).toBeGreaterThan(6 * 250);
  });

  test("has several past tops near 10% and exactly one episode of 20-25%", () => {
    // Episodes: runs above 7% (gaps under 20 rows merged), each judged by its top.
    const tops = episodeTops(e, 0.07, 20);
    const nearTen = tops.filter((x) => x >= 0.09 && x <= 0.11);
    const big = tops.filter((x) => x >= 0.2 && x <= 0.25);
    expect(nearTen.length).toBeGreaterThanOrEqual(3);
    expect(big).toHaveLength(1);
    expect(nearTen.length + big.length).toBe(tops.length); // no top outside those two bands
    expect(Math.max(...e.slice(W))).toBeLessThanOrEqual(0.25);
  });

  test("dates are ascending ISO weekdays", () => {
    for (let i = 0; i < n; i++) {
      expect(p.dates[i]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const dow = new Date(`${p.dates[i]}T00:00:00Z`).getUTCDay();
      expect(dow === 0 || dow === 6).toBe(false);
      if (i > 0) expect(p.dates[i] > p.dates[i - 1]).toBe(true);
    }
    // No weekday skipped: consecutive rows are 1 day apart, or 3 over a weekend.
    for (let i = 1; i < n; i++) {
      const gap = excelSerial(p.dates[i]) - excelSerial(p.dates[i - 1]);
      expect(gap === 1 || gap === 3).toBe(true);
    }
  });

  test("all series have one finite positive value per date", () => {
    for (const s of [p.sector, p.benchmark, p.sectorTurnover, p.marketTurnover]) {
      expect(s).toHaveLength(n);
      for (const v of s) expect(Number.isFinite(v) && v > 0).toBe(true);
    }
    for (let i = 0; i < n; i++) expect(p.sectorTurnover[i]).toBeLessThan(p.marketTurnover[i]);
  });

  test("the sector's turnover share moves with the excess", () => {
    // Pearson correlation by hand of the excess and the daily share, over rows with an excess.
    const xs: number[] = [];
    const ys: number[] = [];
    for (let t = W; t < n; t++) {
      xs.push(e[t]);
      ys.push(p.sectorTurnover[t] / p.marketTurnover[t]);
    }
    const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
    const mx = mean(xs);
    const my = mean(ys);
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (let i = 0; i < xs.length; i++) {
      sxy += (xs[i] - mx) * (ys[i] - my);
      sxx += (xs[i] - mx) ** 2;
      syy += (ys[i] - my) ** 2;
    }
    expect(sxy / Math.sqrt(sxx * syy)).toBeGreaterThan(0.6);
  });

  test("is deterministic: a rebuild gives identical numbers", () => {
    const again = buildSamplePrices();
    expect(again).toEqual(p);
    const u = mulberry32(7);
    const v = mulberry32(7);
    expect([u(), u(), u()]).toEqual([v(), v(), v()]);
  });

  test("names itself synthetic", () => {
    expect(p.sectorName).toMatch(/synthetic/i);
    expect(SAMPLE_NOTICE.en).toMatch(/synthetic/i);
    expect(SAMPLE_NOTICE.zh).toContain("合成");
    expect(SAMPLE_NOTICE.en).toMatch(/illustrative/i);
    expect(SAMPLE_NOTICE.zh).toContain("示意");
  });
});

describe("sampleSegments", () => {
  const tier1 = [
    "Fiber optic cables",
    "Optical modules",
    "Switches",
    "High-speed copper cables",
    "PCB",
    "液冷",
    "Power equipment",
  ];
  const rows = sampleSegments.filter((s) => tier1.includes(s.segment));
  const median = (a: number[]) => {
    const s = [...a].sort((x, y) => x - y);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  };

  test("holds the report's tier-1 facts", () => {
    const by = (name: string) => sampleSegments.find((s) => s.segment === name)!;
    expect(by("Fiber optic cables").growth).toBeGreaterThan(1.3);
    expect(by("Optical modules").growth).toBeGreaterThan(1.2);
    expect(by("Optical modules").revision).toBeCloseTo(0.21, 10);
    for (const name of ["Switches", "High-speed copper cables", "PCB"]) {
      expect(by(name).growth).toBeGreaterThanOrEqual(0.6);
      expect(by(name).growth).toBeLessThanOrEqual(0.9);
      expect(by(name).revision).toBeGreaterThanOrEqual(0.1);
      expect(by(name).revision).toBeLessThanOrEqual(0.16);
    }
    const revisions = sampleSegments.map((s) => s.revision);
    expect(by("Fiber optic cables").revision).toBe(Math.max(...revisions));
  });

  test("the catch-up rule (hand-computed medians) picks fiber optic cables and switches; crowding >= 80 marks two", () => {
    expect(rows).toHaveLength(7);
    const mg = median(rows.map((r) => r.growth));
    const mr = median(rows.map((r) => r.revision));
    const ms = median(rows.map((r) => r.sinceRebound));
    const catchUp = rows.filter((r) => r.growth >= mg && r.revision >= mr && r.sinceRebound < ms).map((r) => r.segment);
    expect(catchUp).toEqual(expect.arrayContaining(["Fiber optic cables", "Switches"]));
    expect(rows.filter((r) => r.crowding >= 80).map((r) => r.segment)).toEqual(["Optical modules", "High-speed copper cables"]);
    // The report's laggards are the four lowest returns of the tier.
    const lowest = [...rows].sort((a, b) => a.sinceRebound - b.sinceRebound).slice(0, 4).map((r) => r.segment);
    expect(lowest.sort()).toEqual(["Fiber optic cables", "Power equipment", "Switches", "液冷"].sort());
  });

  test("includes Chinese names and one name no taxonomy knows", () => {
    expect(sampleSegments.some((s) => /[\u4e00-\u9fff]/.test(s.segment))).toBe(true);
    expect(sampleSegments.map((s) => s.segment)).toContain("量子计算");
  });

  test("the table form matches the headers", () => {
    expect(SEGMENT_HEADERS).toHaveLength(5);
    expect(sampleSegmentTable.rows).toHaveLength(sampleSegments.length);
    for (const r of sampleSegmentTable.rows) {
      expect(r).toHaveLength(SEGMENT_HEADERS.length);
      expect(typeof r[0]).toBe("string");
      for (const v of r.slice(1)) expect(Number.isFinite(v)).toBe(true);
    }
    for (const s of sampleSegments) {
      expect(s.crowding).toBeGreaterThanOrEqual(0);
      expect(s.crowding).toBeLessThanOrEqual(100);
    }
  });
});

describe("the sample reads as the report does on April 24", () => {
  // A shape check of the sample, not of the core: whatever the score's maths,
  // the sample must tell the report's story — TMT as a whole is not crowded
  // (2.66% excess, turnover share that has fallen lately), so its score with
  // turnover is in the Low zone, over all history and over the last 750 rows.
  test("TMT's crowding score with turnover is Low, both lookbacks", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { crowdingOfSeries } = require("../../src/core/crowding") as typeof import("../../src/core/crowding");
    const p = samplePrices;
    const share = Float64Array.from(p.sectorTurnover.map((x, i) => x / p.marketTurnover[i]));
    for (const lookback of [null, 750]) {
      const r = crowdingOfSeries({ sector: Float64Array.from(p.sector), benchmark: Float64Array.from(p.benchmark), turnoverShare: share, window: 40, lookback });
      expect(r.detail.zone).toBe("Low");
      expect(r.detail.excess).toBeCloseTo(0.0266, 12);
    }
  });
});

/**
 * The sample segment prices. Expected values come from plain loops written
 * here from the contract's definitions (simple 40-day excess; the crowding
 * percentile 100 × #{h < x} / (|H| − 1) over the expanding history; return
 * since the rebound S[T]/S[r] − 1), from the sample segments table's figures
 * the prices are shaped to, and from the report's story (tier 1 ran hardest
 * since the April 8 low; fiber optic cables, liquid cooling, power equipment
 * and switches lag inside it; tier 3 lags).
 */
import { classify } from "../../src/core/tiers";
import {
  ALL_A_HEADER,
  buildSegmentPrices,
  excelSerial,
  SAMPLE_REBOUND,
  sampleSegmentPrices,
  sampleSegments,
  samplePrices,
  segmentPriceTable,
} from "../../src/sample";

const p = sampleSegmentPrices;
const n = p.dates.length;
const T = n - 1;
const r = p.dates.indexOf(SAMPLE_REBOUND);
const W = 40;

function crowdingByLoop(S: readonly number[], B: readonly number[]): number {
  const e: number[] = [];
  for (let t = W; t < S.length; t++) e.push(S[t] / S[t - W] - 1 - (B[t] / B[t - W] - 1));
  const x = e[e.length - 1];
  return (100 * e.filter((h) => h < x).length) / (e.length - 1);
}

const since = (v: readonly number[]): number => v[T] / v[r] - 1;
const column = (segment: string): readonly number[] => p.columns.find((c) => c.segment === segment)!.values;
const tierOf = (segment: string): number => classify(segment)?.tier ?? 0;

describe("sample segment prices", () => {
  test("one column per sample segment on the sample's calendar, positive prices of two decimals", () => {
    expect(p.dates).toEqual(samplePrices.dates);
    expect(p.columns.map((c) => c.segment)).toEqual(sampleSegments.map((s) => s.segment));
    for (const c of [...p.columns.map((c) => c.values), p.allA]) {
      expect(c).toHaveLength(n);
      for (const v of c) {
        expect(v > 0 && Number.isFinite(v)).toBe(true);
        expect(Math.abs(v * 100 - Math.round(v * 100))).toBeLessThan(1e-6);
      }
    }
  });

  test("all-A is the sample benchmark but for the weeks around the rebound; its lowest close of the last 60 rows is April 8", () => {
    for (let t = 0; t < n - 65; t++) expect(p.allA[t]).toBe(samplePrices.benchmark[t]);
    expect(p.allA[r]).toBe(samplePrices.benchmark[r]);
    let low = T;
    for (let t = n - 60; t < n; t++) if (p.allA[t] < p.allA[low]) low = t;
    expect(p.dates[low]).toBe("2026-04-08");
  });

  test.each(sampleSegments.map((s) => [s.segment, s] as const))(
    "%s: return since the rebound and crowding near the segments table's figures",
    (name, s) => {
      const v = column(name);
      expect(Math.abs(since(v) - s.sinceRebound)).toBeLessThan(2e-3); // only the rounding to 2 decimals
      expect(Math.abs(crowdingByLoop(v, p.allA) - s.crowding)).toBeLessThan(2);
    },
  );

  test("the report's story: tier 1 ran hardest, its four laggards lag inside it, tier 3 lags", () => {
    const known = sampleSegments.filter((s) => tierOf(s.segment) > 0);
    const mean = (tier: number): number => {
      const xs = known.filter((s) => tierOf(s.segment) === tier).map((s) => since(column(s.segment)));
      return xs.reduce((a, b) => a + b, 0) / xs.length;
    };
    expect(mean(1)).toBeGreaterThan(mean(2));
    expect(mean(2)).toBeGreaterThan(mean(3));
    const tier1 = known.filter((s) => tierOf(s.segment) === 1).sort((a, b) => since(column(a.segment)) - since(column(b.segment)));
    expect(tier1.slice(0, 4).map((s) => s.segment).sort()).toEqual(["Fiber optic cables", "Power equipment", "Switches", "液冷"].sort());
    // Crowded (≥ 80) by the loop: exactly optical modules and high-speed copper cables.
    const crowded = sampleSegments.filter((s) => crowdingByLoop(column(s.segment), p.allA) >= 80).map((s) => s.segment);
    expect(crowded.sort()).toEqual(["High-speed copper cables", "Optical modules"]);
  });

  test("every header names the same segment as its segments-table row (identity, not text), but the unknown one", () => {
    for (const c of p.columns) {
      if (c.segment === "量子计算") expect(classify(c.header)).toBeUndefined();
      else expect(classify(c.header)?.name).toBe(classify(c.segment)?.name);
    }
    // Several headers are spelled differently from the segments table, on purpose.
    expect(p.columns.filter((c) => c.header !== c.segment).length).toBeGreaterThan(10);
  });

  test("as a table: Date serials, the segment columns, then All A", () => {
    const t = segmentPriceTable();
    expect(t.headers[0]).toBe("Date");
    expect(t.headers[t.headers.length - 1]).toBe(ALL_A_HEADER);
    expect(t.headers).toHaveLength(sampleSegments.length + 2);
    expect(t.rows).toHaveLength(n);
    expect(t.rows[T][0]).toBe(46136); // 2026-04-24, by hand
    expect(t.rows[r][0]).toBe(excelSerial("2026-04-08"));
    expect(t.rows[T][t.headers.length - 1]).toBe(p.allA[T]);
  });

  test("deterministic", () => {
    expect(buildSegmentPrices()).toEqual(p);
  });
});

import fc from "fast-check";
import { crowdingLatest, crowdingOfSeries, CrowdingInput, crowdingScore } from "../../../src/core/crowding";
import { movingAverage } from "../../../src/core/movingAverage";
import { ZONES, zoneOf } from "../../../src/core/zones";
import { BatonError, isBatonError } from "../../../src/core/errors";
import { Cells, cellAt, SeriesResult } from "../../../src/core/result";

// ---------------------------------------------------------------------------
// The naive reference: docs/functions.md's CROWDING_SCORE written out plainly, with
// an O(n²) rescan of each row's history. Nothing here calls the code under test.

function naiveCrowding(S: number[], B: number[], share: number[] | undefined, w: number, L: number | null) {
  const n = S.length;
  // E: simple rolling excess rs − rb, written as S[t]/S[t−w] − B[t]/B[t−w]
  // (the same number: the −1s cancel); NaN without w earlier prices.
  const excess = S.map((_, t) => (t < w ? NaN : S[t] / S[t - w] - B[t] / B[t - w]));
  // T: mean of the last w daily shares, summed left to right.
  const ma = share?.map((_, t) => {
    if (t < w - 1) return NaN;
    let s = 0;
    for (let i = t - w + 1; i <= t; i++) s += share[i];
    return s / w;
  });
  const historyOf = (xs: number[], t: number) =>
    xs.slice(L === null ? 0 : Math.max(0, t - L + 1), t + 1).filter((v) => !Number.isNaN(v));
  const pct = (xs: number[], t: number) => {
    const H = historyOf(xs, t);
    if (Number.isNaN(xs[t]) || H.length < 20) return NaN;
    return (100 * H.filter((h) => h < xs[t]).length) / (H.length - 1);
  };
  const ep = excess.map((_, t) => pct(excess, t));
  const tp = ma?.map((_, t) => pct(ma, t));
  const peak = excess.map((_, t) => {
    const H = historyOf(excess, t);
    return H.length ? Math.max(...H) : NaN;
  });
  const hist = excess.map((_, t) => historyOf(excess, t).length);
  const score = ep.map((e, t) => (tp ? (Number.isNaN(e) || Number.isNaN(tp[t]) ? NaN : (e + tp[t]) / 2) : e));
  return { excess, ma, ep, tp, peak, hist, score, n };
}

/** Filled price series with ties: few distinct levels, gaps carried forward, a missing head. */
const filledPrices = (n: number) =>
  fc.array(fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 1, max: 6 }) }, { weight: 1, arbitrary: fc.constant(NaN) }), {
    minLength: n,
    maxLength: n,
  }).map((xs) => {
    let last = NaN;
    return xs.map((x) => (Number.isNaN(x) ? last : (last = x)));
  });

const cases = fc
  .record({
    n: fc.integer({ min: 0, max: 120 }),
    w: fc.integer({ min: 1, max: 8 }),
    L: fc.oneof(fc.constant(null), fc.integer({ min: 20, max: 70 })),
    withTurnover: fc.boolean(),
  })
  .chain(({ n, w, L, withTurnover }) =>
    fc.record({
      S: filledPrices(n),
      B: fc.oneof(filledPrices(n), fc.constant(new Array<number>(n).fill(100))),
      share: (withTurnover ? filledPrices(n) : fc.constant(undefined)) as fc.Arbitrary<number[] | undefined>,
      w: fc.constant(w),
      L: fc.constant(L),
    }),
  );

function inputOf(c: { S: number[]; B: number[]; share?: number[]; w: number; L: number | null }): CrowdingInput {
  return {
    sector: Float64Array.from(c.S),
    benchmark: Float64Array.from(c.B),
    turnoverShare: c.share ? Float64Array.from(c.share) : undefined,
    window: c.w,
    lookback: c.L,
  };
}

const orNull = (x: number) => (Number.isNaN(x) ? null : x);

/** The zones of docs/functions.md written out: below 50 Low, from 50 Elevated, from 80 Crowded, from 95 Extreme. */
const naiveZone = (score: number): string => (score >= 95 ? "Extreme" : score >= 80 ? "Crowded" : score >= 50 ? "Elevated" : "Low");

describe("crowdingOfSeries against the naive reference", () => {
  test("every series and the detail, random data with ties and gaps, both lookbacks", () => {
    fc.assert(
      fc.property(cases, (c) => {
        const r = crowdingOfSeries(inputOf(c));
        const ref = naiveCrowding(c.S, c.B, c.share, c.w, c.L);
        expect(Array.from(r.excess)).toEqual(ref.excess);
        expect(Array.from(r.excessPercentile)).toEqual(ref.ep);
        expect(Array.from(r.excessPeak)).toEqual(ref.peak);
        expect(Array.from(r.excessHistory)).toEqual(ref.hist);
        expect(Array.from(r.score)).toEqual(ref.score);
        if (c.share) {
          expect(Array.from(r.turnoverShare!)).toEqual(ref.ma);
          expect(Array.from(r.turnoverPercentile!)).toEqual(ref.tp);
        } else {
          expect(r.turnoverShare).toBeUndefined();
        }
        const t = ref.n - 1;
        const d = r.detail;
        expect(d.score).toEqual(t < 0 ? null : orNull(ref.score[t]));
        expect(d.excess).toEqual(t < 0 ? null : orNull(ref.excess[t]));
        expect(d.excessPeak).toEqual(t < 0 ? null : orNull(ref.peak[t]));
        expect(d.headroom).toEqual(t < 0 ? null : orNull(ref.peak[t] - ref.excess[t]));
        expect(d.history).toBe(t < 0 ? 0 : ref.hist[t]);
        expect(d.zone).toBe(d.score === null ? null : naiveZone(d.score));
        expect(d.reason === null).toBe(d.score !== null);
        if (c.share) expect(d.turnoverShare).toEqual(t < 0 ? null : orNull(ref.ma![t]));
        // The one-row path gives the same detail.
        expect(crowdingLatest(inputOf(c))).toEqual(d);
      }),
      { numRuns: 400 },
    );
  });

  test("crowdingScore 'series', 'latest' and 'detail' agree with the naive reference", () => {
    fc.assert(
      fc.property(cases.filter((c) => c.S.length >= 2 && c.w < c.S.length && !Number.isNaN(c.S[0]) && !Number.isNaN(c.B[0]) && (!c.share || !Number.isNaN(c.share[0]))), (c) => {
        const ref = naiveCrowding(c.S, c.B, c.share, c.w, c.L);
        const S = c.S.map((x) => [x]);
        const B = c.B.map((x) => [x]);
        const T = c.share ? c.share.map((x) => [x]) : null;
        const series = crowdingScore(S, B, T, c.w, c.L, "series") as SeriesResult;
        const got = Array.from({ length: ref.n }, (_, t) => cellAt(series.columns[0], t));
        got.forEach((g, t) => {
          if (Number.isNaN(ref.score[t])) expect(isBatonError(g) && g.kind).toBe("na");
          else expect(g).toBe(ref.score[t]);
        });
        const latest = crowdingScore(S, B, T, c.w, c.L, "latest") as Cells;
        expect(latest).toHaveLength(1);
        expect(latest[0][0]).toEqual(got[ref.n - 1]);
        const detail = crowdingScore(S, B, T, c.w, c.L, "detail") as Cells;
        expect(detail.map((row) => row[0])).toEqual(
          c.share
            ? ["Score", "Zone", "Excess", "Excess percentile", "Excess peak", "Headroom", "Turnover share", "Turnover percentile", "History"]
            : ["Score", "Zone", "Excess", "Excess percentile", "Excess peak", "Headroom", "History"],
        );
        expect(detail[0][1]).toEqual(got[ref.n - 1]);
        expect(detail[detail.length - 1][1]).toBe(ref.hist[ref.n - 1]);
      }),
      { numRuns: 200 },
    );
  });
});

describe("hand-checked 25-row case", () => {
  // Benchmark flat at 100; the sector's price moves by a power of two each row,
  // so with window 1 the excess S[t]/S[t−1] − 1 is exact: d = log2 of the move,
  // excess = 2^d − 1 ∈ {−0.75, −0.5, 0, 1, 3, 7}. Ranks follow d. Percentiles
  // worked out by hand as COUNTIF(H, "<"&x)/(COUNT(H) − 1) over the d values.
  const d = [1, -1, 2, 0, -2, 1, 3, -1, 0, 2, 1, -2, 0, 3, -1, 1, 2, 0, -1, 1, 3, -2, 0, 2]; // rows 1..24
  const S = [1024];
  for (const k of d) S.push(S[S.length - 1] * 2 ** k);
  const B = new Array(25).fill(100);
  const input = (L: number | null): CrowdingInput => ({ sector: Float64Array.from(S), benchmark: Float64Array.from(B), window: 1, lookback: L });

  test("expanding: rows 20..24 score 100×10/19, 100×18/20, 0, 100×7/22, 100×17/23", () => {
    const r = crowdingOfSeries(input(null));
    expect(Array.from(r.score.slice(0, 20)).every(Number.isNaN)).toBe(true);
    expect(Array.from(r.score.slice(20))).toEqual([(100 * 10) / 19, (100 * 18) / 20, 0, (100 * 7) / 22, (100 * 17) / 23]);
    expect(r.detail).toEqual({
      score: (100 * 17) / 23,
      zone: "Elevated",
      excess: 3, // d = 2
      excessPercentile: (100 * 17) / 23,
      excessPeak: 7, // d = 3
      headroom: 4,
      history: 24,
      reason: null,
    });
    expect([r.score[20], r.score[21], r.score[22]].map(zoneOf)).toEqual(["Elevated", "Crowded", "Low"]);
  });

  test("lookback 20: row 21 scores 100×17/19 and row 24 100×14/19", () => {
    const r = crowdingOfSeries(input(20));
    expect(r.score[21]).toBe((100 * 17) / 19);
    expect(r.score[24]).toBe((100 * 14) / 19);
    expect(r.excessHistory[24]).toBe(20);
  });

  test("through the worksheet-shaped API: 'series' says why the head is #N/A", () => {
    const r = crowdingScore(S.map((x) => [x]), B.map((x) => [x]), null, 1, null, "series") as SeriesResult;
    const cell = (t: number) => cellAt(r.columns[0], t);
    expect(cell(0)).toEqual(new BatonError("na", "needs 1 earlier rows"));
    expect(cell(5)).toEqual(new BatonError("na", "excess needs 20 values of history to rank today, has 5"));
    expect(cell(20)).toBe((100 * 10) / 19);
  });
});

describe("the report's worked example", () => {
  // TMT vs all A-shares: 40-day rolling excess 2.66% against historical tops
  // near 10%. Construction (benchmark flat): log S(t) = 0.001·t + b·sin(2πt/200),
  // so the 40-row log excess is 0.04 + 0.055·cos(2π(t−20)/200) with
  // b = 0.055/(2·sin(π/5)): tops at e^0.095 − 1 ≈ 0.0997. The last row is set
  // to 1.0266 × the price 40 rows earlier: Excess 0.0266.
  // Expected, by hand: peak ≈ 0.0997, headroom ≈ 0.0997 − 0.0266 ≈ 0.073; the
  // 40-row log excess is a sampled cosine around 0.04 with amplitude 0.055, and
  // ln 1.0266 = 0.02625 sits at asin(−0.25)/π + 0.5 ≈ 42% of it: a Low score.
  const n = 1000;
  const b = 0.055 / (2 * Math.sin(Math.PI / 5));
  const S = Array.from({ length: n }, (_, t) => 100 * Math.exp(0.001 * t + b * Math.sin((2 * Math.PI * t) / 200)));
  S[n - 1] = S[n - 41] * 1.0266;
  const B = new Array(n).fill(100);

  test("detail: Excess 0.0266, peak near 0.10, headroom near 0.073, Low", () => {
    const d = crowdingLatest({ sector: Float64Array.from(S), benchmark: Float64Array.from(B), window: 40, lookback: null });
    expect(d.excess).toBeCloseTo(0.0266, 12);
    expect(d.excessPeak).toBeCloseTo(0.0997, 3);
    expect(d.headroom).toBeCloseTo(0.073, 3);
    // The exact rank by a naive rescan written here (PERCENTRANK.INC × 100 of the last 40-row
    // excess among all 960), which must sit near the hand estimate of about 42.
    const E = Array.from({ length: n - 40 }, (_, i) => S[i + 40] / S[i] - 1);
    const x = E[E.length - 1];
    const exact = (100 * E.filter((h) => h < x).length) / (E.length - 1);
    expect(d.excessPercentile).toBeCloseTo(exact, 10);
    expect(Math.abs(exact - 42)).toBeLessThan(5);
    expect(d.zone).toBe("Low");
    expect(d.history).toBe(n - 40);
  });

  test("the 'detail' table reads the same", () => {
    const t = crowdingScore(S.map((x) => [x]), B.map((x) => [x]), null, null, null, "detail") as Cells;
    const get = (label: string) => t.find((row) => row[0] === label)![1];
    expect(get("Excess")).toBeCloseTo(0.0266, 12);
    expect(get("Excess peak")).toBeCloseTo(0.0997, 3);
    expect(get("Headroom")).toBeCloseTo(0.073, 3);
    expect(get("Zone")).toBe("Low");
    expect(get("History")).toBe(960);
  });
});

describe("zones", () => {
  test("boundaries: below 50 Low, from 50 Elevated, from 80 Crowded, from 95 Extreme (docs/functions.md)", () => {
    expect([0, 49.999, 50, 79.999, 80, 94.999, 95, 100].map(zoneOf)).toEqual([
      "Low", "Low", "Elevated", "Elevated", "Crowded", "Crowded", "Extreme", "Extreme",
    ]);
    expect(ZONES.map((z) => [z.zone, z.from])).toEqual([["Low", 0], ["Elevated", 50], ["Crowded", 80], ["Extreme", 95]]);
  });
  test("an undefined score has no zone", () => {
    expect(() => zoneOf(NaN)).toThrow(RangeError);
  });
});

describe("movingAverage", () => {
  test("hand case, and a missing head", () => {
    expect(Array.from(movingAverage(Float64Array.of(1, 2, 3, 4), 2))).toEqual([NaN, 1.5, 2.5, 3.5]);
    expect(Array.from(movingAverage(Float64Array.of(NaN, 2, 4, 6), 2))).toEqual([NaN, NaN, 3, 5]);
  });
  test("a stale (repeated) share gives bit-identical averages, so it ranks as a tie", () => {
    const x = Float64Array.from({ length: 60 }, (_, i) => (i < 10 ? 0.1 * i : 0.1 + 0.2));
    const m = movingAverage(x, 7);
    expect(new Set(Array.from(m.slice(16))).size).toBe(1);
  });
});

describe("turnover", () => {
  const n = 80;
  const S = Array.from({ length: n }, (_, t) => [100 + ((t * 37) % 17)]);
  const B = Array.from({ length: n }, (_, t) => [100 + ((t * 11) % 7)]);
  const amounts = Array.from({ length: n }, (_, t) => [5 + ((t * 13) % 9), 100 + ((t * 7) % 5)]);

  test("n×2 amounts for one sector give the same result as their ratio as a share column", () => {
    const shares = amounts.map(([a, m]) => [a / m]);
    for (const out of ["series", "detail", "latest"]) {
      expect(crowdingScore(S, B, amounts, 10, null, out)).toEqual(crowdingScore(S, B, shares, 10, null, out));
    }
  });

  test("a blank amount is carried forward like a price", () => {
    const gappy = amounts.map((r, t) => (t === 50 ? [null, r[1]] : t === 60 ? [r[0], ""] : r));
    const filled = gappy.map((r) => [r[0] ?? amounts[49][0], r[1] === "" ? amounts[59][1] : r[1]]);
    expect(crowdingScore(S, B, gappy, 10, null, "series")).toEqual(crowdingScore(S, B, filled, 10, null, "series"));
  });

  test("two sectors with two turnover columns read them as one share column each, not as amounts", () => {
    const S2 = S.map((r, t) => [r[0], 50 + ((t * 5) % 13)]);
    const both = crowdingScore(S2, B, amounts, 10, null, "latest") as Cells;
    const first = crowdingScore(S, B, amounts.map((r) => [r[0]]), 10, null, "latest") as Cells;
    const second = crowdingScore(S2.map((r) => [r[1]]), B, amounts.map((r) => [r[1]]), 10, null, "latest") as Cells;
    expect(both).toEqual([[first[0][0], second[0][0]]]);
  });

  test("a score with turnover is the mean of the two percentiles", () => {
    const r = crowdingOfSeries({
      sector: Float64Array.from(S.map((x) => x[0])),
      benchmark: Float64Array.from(B.map((x) => x[0])),
      turnoverShare: Float64Array.from(amounts.map(([a, m]) => a / m)),
      window: 10,
      lookback: 30,
    });
    const t = n - 1;
    expect(r.score[t]).toBe((r.excessPercentile[t] + r.turnoverPercentile![t]) / 2);
    expect(r.detail.turnoverHistory).toBe(30);
  });
});

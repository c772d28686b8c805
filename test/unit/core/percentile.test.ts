import fc from "fast-check";
import {
  historyMaxAt,
  historyMaxSeries,
  MIN_HISTORY,
  percentileRankAt,
  percentileRankSeries,
  RankCounter,
  valueRanks,
} from "../../../src/core/percentile";

/**
 * The naive reference: the definition of docs/functions.md written out plainly, an
 * O(n²) rescan of each row's history. H = valid values in the last `lookback`
 * rows up to and including t (all rows so far when null); percentile =
 * 100 × #{h < x} / (|H| − 1); NaN when x is missing or |H| < min.
 */
function naivePercentiles(values: number[], lookback: number | null, min = 20): { percentile: number[]; history: number[] } {
  const percentile: number[] = [];
  const history: number[] = [];
  for (let t = 0; t < values.length; t++) {
    const start = lookback === null ? 0 : Math.max(0, t - lookback + 1);
    const H = values.slice(start, t + 1).filter((v) => !Number.isNaN(v));
    const x = values[t];
    history.push(H.length);
    if (Number.isNaN(x) || H.length < min) percentile.push(NaN);
    else percentile.push((100 * H.filter((h) => h < x).length) / (H.length - 1));
  }
  return { percentile, history };
}

function naiveMax(values: number[], lookback: number | null): number[] {
  return values.map((_, t) => {
    const start = lookback === null ? 0 : Math.max(0, t - lookback + 1);
    const H = values.slice(start, t + 1).filter((v) => !Number.isNaN(v));
    return H.length === 0 ? NaN : Math.max(...H);
  });
}

describe("valueRanks", () => {
  test("equal values share a rank, NaN gets -1, -0 and 0 are one value (hand-checked)", () => {
    const r = valueRanks(Float64Array.of(0.3, NaN, 0.1, 0.3, -0, 0, -2));
    expect(Array.from(r.ranks)).toEqual([3, -1, 2, 3, 1, 1, 0]);
    expect(r.distinct).toBe(4);
  });
  test("against a plain reference: rank = number of distinct valid values below, over the whole float range", () => {
    // Reference written plainly: sort the distinct valid values with a comparator, count those below.
    const anyDouble = fc.oneof(
      fc.double(),
      fc.constantFrom(0, -0, NaN, Infinity, -Infinity, Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE),
      fc.integer({ min: -3, max: 3 }),
    );
    fc.assert(
      fc.property(fc.array(anyDouble, { maxLength: 300, size: "max" }), (xs) => {
        const distinct = [...new Set(xs.filter((x) => !Number.isNaN(x)).map((x) => (x === 0 ? 0 : x)))].sort((a, b) => a - b);
        const expected = xs.map((x) => (Number.isNaN(x) ? -1 : distinct.filter((d) => d < x).length));
        const r = valueRanks(Float64Array.from(xs));
        expect(Array.from(r.ranks)).toEqual(expected);
        expect(r.distinct).toBe(distinct.length);
      }),
      { numRuns: 500 },
    );
  });
  test("values that share their high 32 bits (runs settled by value, short and long) rank like the plain reference", () => {
    // valueRanks sorts on sign, exponent and 20 mantissa bits only; values within ~1e-6 of each other
    // share that key and are ordered by comparing the values. 1 ± k·2^-45 and tiny values put up to
    // 300 values in one run (the native-sort path) or a few in many runs (the insertion path).
    // Reference: the distinct valid values sorted with a comparator, rank = how many are below.
    const crowded = fc.oneof(
      fc.integer({ min: 0, max: 1 << 20 }).map((k) => 1 + k * 2 ** -45),
      fc.integer({ min: 0, max: 1 << 20 }).map((k) => -1 - k * 2 ** -45),
      fc.integer({ min: 0, max: 40 }).map((k) => 1 + k * 2 ** -50),
      fc.constantFrom(0, -0, 1, -1, NaN),
    );
    fc.assert(
      fc.property(fc.array(crowded, { minLength: 1, maxLength: 300, size: "max" }), (xs) => {
        const distinct = [...new Set(xs.filter((x) => !Number.isNaN(x)).map((x) => (x === 0 ? 0 : x)))].sort((a, b) => a - b);
        const expected = xs.map((x) => (Number.isNaN(x) ? -1 : distinct.filter((d) => d < x).length));
        const r = valueRanks(Float64Array.from(xs));
        expect(Array.from(r.ranks)).toEqual(expected);
        expect(r.distinct).toBe(distinct.length);
      }),
      { numRuns: 300 },
    );
  });
  test("a long run whose values differ only in their last bits (one radix digit) ranks by value", () => {
    // 1 + k·2^-52 for k = 0 … 99 in a scrambled order: one high word, the low words differ in the lowest byte only.
    // Expected rank = k (the values are increasing in k), written out from the construction; negated, 99 − k.
    const ks = Array.from({ length: 100 }, (_, i) => (i * 37) % 100);
    expect(Array.from(valueRanks(Float64Array.from(ks, (k) => 1 + k * 2 ** -52)).ranks)).toEqual(ks);
    expect(Array.from(valueRanks(Float64Array.from(ks, (k) => -(1 + k * 2 ** -52))).ranks)).toEqual(ks.map((k) => 99 - k));
    // Two bytes differ (k·2^-44 for k < 2^16 moves bits 8 … 23): two passes.
    const wide = Array.from({ length: 100 }, (_, i) => (i * 7919) % 65536);
    const order = [...wide].sort((a, b) => a - b);
    expect(Array.from(valueRanks(Float64Array.from(wide, (k) => 1 + k * 2 ** -44)).ranks)).toEqual(wide.map((k) => order.indexOf(k)));
  });
  test("works on a view into a larger buffer", () => {
    const buf = Float64Array.of(9, 9, 2, 1, 2, 9);
    expect(Array.from(valueRanks(buf.subarray(2, 5)).ranks)).toEqual([1, 0, 1]);
  });
  test("an all-missing or empty series has no ranks", () => {
    expect(valueRanks(Float64Array.of(NaN, NaN)).distinct).toBe(0);
    expect(valueRanks(new Float64Array(0)).ranks.length).toBe(0);
  });
});

describe("RankCounter (Fenwick tree)", () => {
  test("counts members below a rank, with repeats and removals, like a plain list does", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 9 })), { maxLength: 200, size: "max" }), (ops) => {
        const f = new RankCounter(10);
        const list: number[] = [];
        for (const [add, r] of ops) {
          if (add || !list.includes(r)) {
            f.add(r);
            list.push(r);
          } else {
            f.remove(r);
            list.splice(list.indexOf(r), 1);
          }
          for (let q = 0; q <= 10; q++) expect(f.countBelow(q)).toBe(list.filter((x) => x < q).length);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe("percentileRankSeries: hand-checked 25-row case", () => {
  // Values in Excel column A, rows 1..25. The expected percentiles were worked
  // out by hand as =100*COUNTIF($A$1:A20,"<"&A20)/(COUNT($A$1:A20)-1) for the
  // expanding history, and with $A$1 replaced by the row 19 above for the
  // 20-row lookback, e.g. row 20 (t = 19): 11 of the 20 values are below 7 →
  // 100 × 11/19.
  const A = [5, 3, 8, 1, 9, 2, 7, 4, 6, 10, 3, 8, 5, 11, 0, 12, 6, 2, 9, 7, 13, 4, 8, 1, 10];
  const nan19 = new Array(19).fill(NaN);

  test("expanding history", () => {
    const r = percentileRankSeries(Float64Array.from(A), null);
    const expected = [...nan19, (100 * 11) / 19, (100 * 20) / 20, (100 * 6) / 21, (100 * 14) / 22, (100 * 1) / 23, (100 * 20) / 24];
    expect(Array.from(r.percentile)).toEqual(expected);
    expect(Array.from(r.history)).toEqual(A.map((_, t) => t + 1));
  });

  test("trailing lookback of 20 rows", () => {
    const r = percentileRankSeries(Float64Array.from(A), 20);
    const expected = [...nan19, (100 * 11) / 19, (100 * 19) / 19, (100 * 5) / 19, (100 * 12) / 19, (100 * 1) / 19, (100 * 15) / 19];
    expect(Array.from(r.percentile)).toEqual(expected);
    expect(Array.from(r.history).slice(19)).toEqual([20, 20, 20, 20, 20, 20]);
  });

  test("percentileRankAt agrees row by row", () => {
    const x = Float64Array.from(A);
    for (const L of [null, 20]) {
      const s = percentileRankSeries(x, L);
      for (let t = 0; t < A.length; t++) expect(percentileRankAt(x, t, L)).toEqual({ percentile: s.percentile[t], history: s.history[t] });
    }
  });
});

describe("percentileRankSeries: small hand cases", () => {
  test("ties are not below: a constant history ranks 0", () => {
    const r = percentileRankSeries(new Float64Array(25).fill(0.02), null);
    expect(r.percentile[24]).toBe(0);
  });
  test("a missing value is not in H and has no percentile; the minimum counts valid values only", () => {
    // 3 valid values needed (min 3): rows 0, 2, 3 valid; row 3 has H = {4, 2, 3} → 1 below 3 → 50.
    const r = percentileRankSeries(Float64Array.of(4, NaN, 2, 3, NaN), null, 3);
    expect(Array.from(r.percentile)).toEqual([NaN, NaN, NaN, 50, NaN]);
    expect(Array.from(r.history)).toEqual([1, 1, 2, 3, 3]);
  });
  test("a lookback longer than the series is the expanding history", () => {
    const x = Float64Array.from({ length: 30 }, (_, i) => (i * 7) % 11);
    expect(percentileRankSeries(x, 500)).toEqual(percentileRankSeries(x, null));
  });
  test("the default minimum is 20 values", () => {
    expect(MIN_HISTORY).toBe(20);
    const x = Float64Array.from({ length: 20 }, (_, i) => i);
    const r = percentileRankSeries(x, null);
    expect(Number.isNaN(r.percentile[18])).toBe(true);
    expect(r.percentile[19]).toBe(100);
  });
  test("a lookback that is not a whole number ≥ 1 is a programming error", () => {
    expect(() => percentileRankSeries(new Float64Array(3), 0)).toThrow(RangeError);
    expect(() => percentileRankSeries(new Float64Array(3), 2.5)).toThrow(RangeError);
  });
});

// Random data with many ties (a few distinct values) and gaps (NaN). With
// fast-check 4 an array without `size` stays at about 10 elements whatever
// its maxLength, which would never reach the 20 values of history a
// percentile needs: `size: "max"` and a minimum length make the properties
// run on series long enough to rank and to slide a trailing window.
const tiedWithGaps = fc.array(
  fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: -4, max: 4 }).map((i) => i / 4) },
    // -0 is folded to 0: Excel has one zero, and the max of {-0, 0} may be either.
    { weight: 2, arbitrary: fc.double({ min: -1, max: 1, noNaN: true }).map((x) => x + 0) },
    { weight: 2, arbitrary: fc.constant(NaN) },
  ),
  { minLength: 25, maxLength: 140, size: "max" },
);
const lookbacks = fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 80 }));

type SeriesRanker = typeof percentileRankSeries;
type PointRanker = typeof percentileRankAt;
type MaxSeries = typeof historyMaxSeries;

/** The series property: every row's percentile and history equal the naive rescan's. */
const seriesAgreesWithNaive = (impl: SeriesRanker) =>
  fc.property(tiedWithGaps, lookbacks, fc.constantFrom(2, 5, 20), (values, L, min) => {
    const r = impl(Float64Array.from(values), L, min);
    const ref = naivePercentiles(values, L, min);
    expect(Array.from(r.percentile)).toEqual(ref.percentile);
    expect(Array.from(r.history)).toEqual(ref.history);
  });

/** The point property: `percentileRankAt` at every row equals the naive value (default minimum history, 20). */
const pointAgreesWithNaive = (impl: PointRanker) =>
  fc.property(tiedWithGaps, lookbacks, (values, L) => {
    const x = Float64Array.from(values);
    const ref = naivePercentiles(values, L);
    for (let t = 0; t < values.length; t++) {
      const r = impl(x, t, L);
      expect(r.percentile).toEqual(ref.percentile[t]);
      expect(r.history).toBe(ref.history[t]);
    }
  });

/** The max property: the history maximum of every row equals the naive one. */
const maxAgreesWithNaive = (impl: MaxSeries) =>
  fc.property(tiedWithGaps, lookbacks, (values, L) => {
    expect(Array.from(impl(Float64Array.from(values), L))).toEqual(naiveMax(values, L));
  });

// Deliberate mistakes each property must catch (a property that passes them tests nothing).
/** Counts ties as "below" (h <= x): the classic PERCENTRANK slip. */
const countsTies: PointRanker = (values, t, lookback) => {
  const start = lookback === null ? 0 : Math.max(0, t - lookback + 1);
  const H = Array.from(values.subarray(start, t + 1)).filter((v) => !Number.isNaN(v));
  const x = values[t];
  if (Number.isNaN(x) || H.length < MIN_HISTORY) return { percentile: NaN, history: H.length };
  return { percentile: (100 * H.filter((h) => h <= x).length) / (H.length - 1), history: H.length };
};
/** Forgets to drop values leaving a trailing window (treats every lookback as expanding). */
const neverRemoves: SeriesRanker = (values, _lookback, min) => percentileRankSeries(values, null, min);
/** A trailing maximum that keeps values one row too long. */
const maxOneRowTooLong: MaxSeries = (values, lookback) => historyMaxSeries(values, lookback === null ? null : lookback + 1);

describe("percentileRankSeries against the naive O(n²) rescan", () => {
  test("random data with ties and gaps, expanding and trailing, several minimums", () => {
    fc.assert(seriesAgreesWithNaive(percentileRankSeries), { numRuns: 300 });
  });

  test("percentileRankAt equals the naive value at every row", () => {
    fc.assert(pointAgreesWithNaive(percentileRankAt), { numRuns: 150 });
  });

  test("the properties catch deliberate mistakes: ties counted as below, a trailing window that never slides", () => {
    expect(fc.check(pointAgreesWithNaive(countsTies), { numRuns: 150 }).failed).toBe(true);
    expect(fc.check(seriesAgreesWithNaive(neverRemoves), { numRuns: 300 }).failed).toBe(true);
  });

  test("the generated series are long enough to rank and to slide a window", () => {
    // Guards the generator itself: without size "max" fast-check 4 stays near 10 elements.
    const lengths = fc.sample(tiedWithGaps, 200).map((v) => v.length);
    expect(Math.max(...lengths)).toBeGreaterThan(100);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(25);
  });

  test("every percentile is in [0, 100] or NaN", () => {
    fc.assert(
      fc.property(tiedWithGaps, lookbacks, (values, L) => {
        for (const p of percentileRankSeries(Float64Array.from(values), L, 2).percentile) {
          expect(Number.isNaN(p) || (p >= 0 && p <= 100)).toBe(true);
        }
      }),
    );
  });
});

describe("historyMaxSeries / historyMaxAt", () => {
  test("hand case: trailing 2 rows skips gaps", () => {
    expect(Array.from(historyMaxSeries(Float64Array.of(1, 5, NaN, 2, 3), 2))).toEqual([1, 5, 5, 2, 3]);
    expect(Array.from(historyMaxSeries(Float64Array.of(NaN, 1, NaN, NaN, 0), 2))).toEqual([NaN, 1, 1, NaN, 0]);
    expect(Array.from(historyMaxSeries(Float64Array.of(NaN, 1, 3, 2), null))).toEqual([NaN, 1, 3, 3]);
  });
  test("against the naive maximum on random data", () => {
    fc.assert(maxAgreesWithNaive(historyMaxSeries), { numRuns: 300 });
    fc.assert(
      fc.property(tiedWithGaps, lookbacks, (values, L) => {
        const x = Float64Array.from(values);
        const ref = naiveMax(values, L);
        for (let t = 0; t < values.length; t++) expect(historyMaxAt(x, t, L)).toEqual(ref[t]);
      }),
      { numRuns: 100 },
    );
  });
  test("the max property catches a window one row too long", () => {
    expect(fc.check(maxAgreesWithNaive(maxOneRowTooLong), { numRuns: 300 }).failed).toBe(true);
  });
});

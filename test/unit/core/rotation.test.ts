import { BatonError, isBatonError } from "../../../src/core/errors";
import { cellAt, SeriesResult, WordSeriesResult } from "../../../src/core/result";
import {
  quadrantCode,
  QUADRANTS,
  ratioSeries,
  rollingNormalise,
  rotation,
  rotationSeries,
  rotationTrail,
} from "../../../src/core/rotation";
import { mulberry32 } from "../../../src/sample/random";

const col = (xs: unknown[]): unknown[][] => xs.map((x) => [x]);
const f64 = (xs: number[]): Float64Array => Float64Array.from(xs);
const cells = (r: SeriesResult | unknown, j = 0): unknown[] => {
  if (isBatonError(r) || Array.isArray(r)) throw new Error(`not a series: ${JSON.stringify(r)}`);
  const s = r as SeriesResult;
  return Array.from({ length: s.length }, (_, i) => {
    const c = cellAt(s.columns[j], i);
    return isBatonError(c) ? `${c.kind}:${c.message}` : c;
  });
};
const shownCells = (r: unknown): unknown => {
  if (isBatonError(r)) return `${r.kind}:${r.message}`;
  return (r as unknown[][]).map((row) => row.map((c) => (isBatonError(c) ? `${c.kind}:${c.message}` : c)));
};

/**
 * The naive reference: the contract's formulas, two passes per window
 * (mean, then the sum of squared deviations) for every row, written here
 * independently of src/core/rotation.ts.
 */
function naiveZ(x: number[], w: number): number[] {
  return x.map((_, t) => {
    if (t < w - 1) return NaN;
    const win = x.slice(t - w + 1, t + 1);
    if (win.some((v) => !Number.isFinite(v))) return NaN;
    // All equal is sd exactly 0 (a sum of equal numbers divided by w can miss the number by a bit).
    if (win.every((v) => v === win[0])) return 100;
    const mean = win.reduce((a, b) => a + b, 0) / w;
    const ss = win.reduce((a, b) => a + (b - mean) * (b - mean), 0);
    const sd = Math.sqrt(ss / (w - 1));
    return sd === 0 ? 100 : 100 + (x[t] - mean) / sd;
  });
}
function naiveRotation(S: number[], B: number[], w: number, m: number): { ratio: number[]; momentum: number[] } {
  const rs = S.map((s, t) => (100 * s) / B[t]);
  const ratio = naiveZ(rs, w);
  const roc = ratio.map((r, t) => (t < m ? NaN : 100 * (r / ratio[t - m] - 1)));
  return { ratio, momentum: naiveZ(roc, w) };
}

/** A seeded geometric random walk. */
function walk(n: number, seed: number, start = 100, step = 0.02): number[] {
  const u = mulberry32(seed);
  const out: number[] = new Array(n);
  let p = start;
  for (let i = 0; i < n; i++) {
    p *= 1 + (u() - 0.5) * step;
    out[i] = p;
  }
  return out;
}

/** Largest |a − b| where both are numbers; fails when one is NaN and the other is not. */
function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (Number.isNaN(x) || Number.isNaN(y)) {
      if (Number.isNaN(x) !== Number.isNaN(y)) throw new Error(`row ${i}: ${x} vs ${y}`);
      continue;
    }
    worst = Math.max(worst, Math.abs(x - y));
  }
  return worst;
}

// Hand computation, benchmark flat at 100 so RS = S; S = 100, 102, 101, 104, 103, 107; window 3, momentum 1.
//   Ratio[2]: window 100, 102, 101: mean 101, squared deviations 1 + 1 + 0 = 2, sd = √(2/2) = 1, z = 0 → 100
//   Ratio[3]: 102, 101, 104: mean 307/3, deviations −1/3, −4/3, 5/3: ss 42/9, sd √(7/3), z = (5/3)/√(7/3)
//   Ratio[4]: 101, 104, 103: mean 308/3, deviations −5/3, 4/3, 1/3: ss 42/9, sd √(7/3), z = (1/3)/√(7/3)
//   Ratio[5]: 104, 103, 107: mean 314/3, deviations −2/3, −5/3, 7/3: ss 78/9, sd √(13/3), z = (7/3)/√(13/3)
//   ROC[t] = 100 (Ratio[t]/Ratio[t−1] − 1) for t = 3, 4, 5; Momentum[5] = 100 + z of ROC[5] among ROC[3..5].
const S = [100, 102, 101, 104, 103, 107];
const B = [100, 100, 100, 100, 100, 100];
const r2 = 100;
const r3 = 100 + 5 / 3 / Math.sqrt(7 / 3);
const r4 = 100 + 1 / 3 / Math.sqrt(7 / 3);
const r5 = 100 + 7 / 3 / Math.sqrt(13 / 3);
const roc = [100 * (r3 / r2 - 1), 100 * (r4 / r3 - 1), 100 * (r5 / r4 - 1)];
const rocMean = (roc[0] + roc[1] + roc[2]) / 3;
const rocSd = Math.sqrt(roc.reduce((a, x) => a + (x - rocMean) ** 2, 0) / 2);
const m5 = 100 + (roc[2] - rocMean) / rocSd;

describe("ROTATION core against a hand computation", () => {
  test("Ratio and Momentum of a small case", () => {
    const r = rotationSeries(f64(S), f64(B), 3, 1);
    expect(Array.from(r.ratio.slice(0, 2)).every(Number.isNaN)).toBe(true);
    expect(r.ratio[2]).toBe(100);
    expect(r.ratio[3]).toBeCloseTo(r3, 12);
    expect(r.ratio[4]).toBeCloseTo(r4, 12);
    expect(r.ratio[5]).toBeCloseTo(r5, 12);
    // ROC exists from row 3; Momentum needs 3 ROCs: row 5 only.
    expect(Array.from(r.momentum.slice(0, 5)).every(Number.isNaN)).toBe(true);
    expect(r.momentum[5]).toBeCloseTo(m5, 12);
    // r5 > 100 and m5 = 100 + 0.41 > 100 (ROC rose on the last row): Leading.
    expect(m5).toBeGreaterThan(100);
    expect(r.quadrant[5]).toBe(1);
  });

  test("the worksheet form: latest 3×1, ratio and momentum series, quadrant words", () => {
    expect(shownCells(rotation(col(S), col(B), 3, 1))).toEqual([[expect.closeTo(r5, 12)], [expect.closeTo(m5, 12)], ["Leading"]]);
    const ratio = cells(rotation(col(S), col(B), 3, 1, "ratio"));
    expect(ratio.slice(0, 2)).toEqual(["na:Ratio needs 3 rows with both sector and benchmark prices (the window)", "na:Ratio needs 3 rows with both sector and benchmark prices (the window)"]);
    expect(ratio[2]).toBe(100);
    const mom = cells(rotation(col(S), col(B), 3, 1, "Momentum"));
    expect(mom[0]).toBe("na:Ratio needs 3 rows with both sector and benchmark prices (the window)");
    expect(mom[2]).toBe("na:Momentum needs a Ratio 1 rows earlier");
    expect(mom[3]).toBe("na:Momentum needs 3 rows of Ratio's rate of change (the window)");
    expect(mom[5]).toBeCloseTo(m5, 12);
    const q = rotation(col(S), col(B), 3, 1, "quadrant") as WordSeriesResult;
    expect(q.words).toEqual(QUADRANTS);
    expect(cells(q)[5]).toBe(0); // index 0 = "Leading"
    expect(cells(q)[4]).toBe("na:Momentum needs 3 rows of Ratio's rate of change (the window)");
  });

  test("quadrants by the contract's rule, ties at 100 counting as ≥", () => {
    expect([quadrantCode(101, 101), quadrantCode(101, 99), quadrantCode(99, 99), quadrantCode(99, 101)]).toEqual([1, 2, 3, 4]);
    expect([quadrantCode(100, 100), quadrantCode(100, 99.9), quadrantCode(99.9, 100)]).toEqual([1, 2, 4]);
    expect([quadrantCode(NaN, 100), quadrantCode(100, NaN)]).toEqual([0, 0]);
  });

  test("no price yet names the argument; latest says why Momentum is missing", () => {
    const r = cells(rotation(col([null, 100, 101, 102]), col([100, 100, 100, 100]), 2, 1, "ratio"));
    expect(r[0]).toBe("na:sector has no price yet at this row");
    expect(r[1]).toBe("na:Ratio needs 2 rows with both sector and benchmark prices (the window)");
    const b = cells(rotation(col([100, 100, 101, 102]), col(["", 100, 100, 100]), 2, 1, "ratio"));
    expect(b[0]).toBe("na:benchmark has no price yet at this row");
    expect(shownCells(rotation(col([100, 101, 103, 102]), col([100, 100, 100, 100]), 2, 2))).toEqual([
      [expect.closeTo(100 - Math.SQRT1_2, 12)],
      ["na:Momentum needs 2 rows of Ratio's rate of change (the window)"],
      ["na:Momentum needs 2 rows of Ratio's rate of change (the window)"],
    ]);
  });
});

describe("ROTATION core against the naive two-pass reference", () => {
  test("a 100,000-row random walk, window 40, momentum 10: within 1e-9", () => {
    const n = 100_000;
    const s = walk(n, 11);
    const b = walk(n, 12);
    const want = naiveRotation(s, b, 40, 10);
    const got = rotationSeries(f64(s), f64(b), 40, 10);
    expect(maxDiff(got.ratio, want.ratio)).toBeLessThan(1e-9);
    expect(maxDiff(got.momentum, want.momentum)).toBeLessThan(1e-9);
    // The quadrant follows the values (except exactly on a 1e-9 knife edge, which the seed does not hit).
    let same = 0;
    for (let t = 0; t < n; t++) if (got.quadrant[t] === quadrantCode(want.ratio[t], want.momentum[t])) same++;
    expect(same).toBe(n);
  });

  // (Window 2 makes Ratio 100 ± 1/√2 exactly, so ROC is 0 up to rounding and Momentum a coin toss on
  // rounding in both methods: it is covered by the hand computations, not here.)
  test("other windows, a late start and levels far from 100", () => {
    for (const [w, m, seed, start] of [[3, 1, 3, 5], [7, 3, 4, 1e6], [250, 60, 5, 0.01], [1000, 5, 6, 3000]] as const) {
      const n = 6000;
      const s = walk(n, seed, start, 0.05);
      const b = walk(n, seed + 100, 4000);
      for (let i = 0; i < 37; i++) s[i] = NaN; // the sector starts late: NaN before its first price
      const want = naiveRotation(s, b, w, m);
      const got = rotationSeries(f64(s), f64(b), w, m);
      expect(maxDiff(got.ratio, want.ratio)).toBeLessThan(1e-9);
      expect(maxDiff(got.momentum, want.momentum)).toBeLessThan(1e-9);
    }
  });

  test("a series flat for a long stretch: exactly 100 inside it, the reference elsewhere", () => {
    // Walk 3,000 rows, both prices frozen for 5,000 rows, then walk again.
    const s = [...walk(3000, 21), ...new Array(5000).fill(0), ...walk(3000, 22)];
    const b = [...walk(3000, 23), ...new Array(5000).fill(0), ...walk(3000, 24)];
    for (let i = 3000; i < 8000; i++) {
      s[i] = s[2999];
      b[i] = b[2999];
    }
    const w = 40;
    const m = 10;
    const want = naiveRotation(s, b, w, m);
    const got = rotationSeries(f64(s), f64(b), w, m);
    expect(maxDiff(got.ratio, want.ratio)).toBeLessThan(1e-9);
    expect(maxDiff(got.momentum, want.momentum)).toBeLessThan(1e-9);
    // RS is one number from row 2999 on: Ratio exactly 100 once the window holds only it…
    for (let t = 2999 + w - 1; t < 8000; t++) expect(got.ratio[t]).toBe(100);
    // …ROC exactly 0 once Ratio has been 100 for m rows, and Momentum exactly 100 w rows later.
    for (let t = 2999 + 2 * w - 2 + m; t < 8000; t++) expect(got.momentum[t]).toBe(100);
  });

  test("rollingNormalise: sd 0 is exactly 100, any non-finite value breaks the window", () => {
    const x = f64([5, 5, 5, 5, 7, Infinity, 1, 2, 3]);
    const out = Array.from(rollingNormalise(x, 3, new Float64Array(x.length)));
    // Hand: [5,5,5] → 100, 100; [5,5,7]: mean 17/3, ss 8/3, sd 2/√3, z = (4/3)/(2/√3) = 2/√3; Infinity blocks 3 rows.
    expect(out.slice(2, 5)).toEqual([100, 100, expect.closeTo(100 + 2 / Math.sqrt(3), 12)]);
    expect(out.slice(5, 8).every(Number.isNaN)).toBe(true);
    expect(out[8]).toBe(101); // [1, 2, 3]: mean 2, sd 1, z = 1
  });
});

describe("rotationTrail: the pane's API", () => {
  const n = 3000;
  const s1 = f64(walk(n, 31));
  const s2 = f64(walk(n, 32));
  const b = f64(walk(n, 33));
  const full1 = rotationSeries(s1, b, 40, 10);
  const full2 = rotationSeries(s2, b, 40, 10);

  test("k series at once, the last points `every` rows apart, equal to the full series", () => {
    const [t1, t2] = rotationTrail({ sectors: [s1, s2], benchmarks: [b, b], window: 40, momentum: 10 }, { points: 8, every: 5 });
    expect(Array.from(t1.rows)).toEqual([2964, 2969, 2974, 2979, 2984, 2989, 2994, 2999]);
    t1.rows.forEach((row, i) => {
      expect(t1.ratio[i]).toBeCloseTo(full1.ratio[row], 10);
      expect(t1.momentum[i]).toBeCloseTo(full1.momentum[row], 10);
      expect(t1.quadrant[i]).toBe(full1.quadrant[row]);
      expect(t2.ratio[i]).toBeCloseTo(full2.ratio[row], 10);
      expect(t2.momentum[i]).toBeCloseTo(full2.momentum[row], 10);
    });
  });

  test("short series give fewer points, undefined ones NaN with quadrant 0; bad options are clamped", () => {
    const s = f64([100, 101, 102, 103, 104]);
    const flat = f64([100, 100, 100, 100, 100]);
    const [t] = rotationTrail({ sectors: [s], benchmarks: [flat] }, { points: 10, every: 2 });
    expect(Array.from(t.rows)).toEqual([0, 2, 4]);
    expect(Array.from(t.quadrant)).toEqual([0, 0, 0]); // window 40 by default: nothing defined
    expect(Array.from(t.ratio).every(Number.isNaN)).toBe(true);
    const [u] = rotationTrail({ sectors: [s], benchmarks: [flat], window: 0, momentum: -3 }, { points: 0, every: 0.5 });
    expect(Array.from(u.rows)).toEqual([4]); // window 2, momentum 1, one point, every 1
    expect(u.ratio[0]).toBeCloseTo(100 + Math.SQRT1_2, 12);
    expect(rotationTrail({ sectors: [], benchmarks: [] }, { points: 3 })).toEqual([]);
  });

  test("ratioSeries shares a scratch array between series without changing the answer", () => {
    const scratch = new Float64Array(n);
    const a = ratioSeries(s1, b, 40, scratch);
    const c = ratioSeries(s2, b, 40, scratch);
    expect(maxDiff(a, full1.ratio)).toBe(0);
    expect(maxDiff(c, full2.ratio)).toBe(0);
  });
});

describe("ROTATION arguments", () => {
  const err = (r: unknown): string => (isBatonError(r) ? `${r.kind}:${(r as BatonError).message}` : "no error");
  test("window 2 ≤ w < rows, momentum 1 ≤ m < rows, output a listed word", () => {
    expect(err(rotation(col(S), col(B), 1, 1))).toBe("value:window must be a whole number of rows from 2 to 5, not 1");
    expect(err(rotation(col(S), col(B), 6, 1))).toBe("value:window must be a whole number of rows from 2 to 5, not 6");
    expect(err(rotation(col(S), col(B), 3, 0))).toBe("value:momentum must be a whole number of rows from 1 to 5, not 0");
    expect(err(rotation(col(S), col(B), 3, 2.5))).toBe("value:momentum must be a whole number of rows from 1 to 5, not 2.5");
    expect(err(rotation(col(S), col(B), 3, 1, "rrg"))).toBe('value:output must be one of "latest", "ratio", "momentum", "quadrant", not text "rrg"');
    // The defaults (40, 10) are held to the same range.
    expect(err(rotation(col(S), col(B)))).toBe("value:window must be a whole number of rows from 2 to 5, not 40");
  });
  test("spare rows after the data do not count as rows for the window", () => {
    expect(err(rotation(col([...S, null, null]), col([...B, null, null]), 6, 1))).toBe("value:window must be a whole number of rows from 2 to 5, not 6");
  });
});

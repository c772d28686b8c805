/**
 * The rotation map's model (issue 12). Expected values come from:
 * - a naive two-pass reference of ROTATION written here from the contract's
 *   formulas (RS = 100·S/B; Ratio = 100 + z of RS over w rows, sample sd;
 *   ROC = 100·(Ratio[t]/Ratio[t−m] − 1); Momentum = 100 + z of ROC over w rows);
 * - the worksheet function's core, `rotation(sector, benchmark)` "latest", on
 *   the same columns of the sample price table (what =BATON.ROTATION answers);
 * - means and quadrants worked out by hand in the comments.
 */
import { DEFAULT_TRAIL_EVERY, DEFAULT_TRAIL_POINTS, rotationMap } from "../../../src/core/board/rotationMap";
import { readSegmentTable, type SegmentSeries } from "../../../src/core/board/segmentSeries";
import type { Cells } from "../../../src/core/result";
import { rotation } from "../../../src/core/rotation";
import { columnGrid, type TableData } from "../../../src/core/table";
import { segmentPriceTable } from "../../../src/sample";

/** 100 + z-score over the trailing w values (two passes, sample sd; sd 0 reads 100). */
function naiveNormalise(x: number[], w: number): number[] {
  return x.map((_, t) => {
    if (t < w - 1) return NaN;
    const win = x.slice(t - w + 1, t + 1);
    if (win.some((v) => !Number.isFinite(v))) return NaN;
    const mean = win.reduce((a, b) => a + b, 0) / w;
    const sd = Math.sqrt(win.reduce((a, b) => a + (b - mean) ** 2, 0) / (w - 1));
    return sd === 0 ? 100 : 100 + (x[t] - mean) / sd;
  });
}
function naiveRotation(S: number[], B: number[], w: number, m: number): { ratio: number[]; momentum: number[] } {
  const ratio = naiveNormalise(S.map((s, t) => (100 * s) / B[t]), w);
  const roc = ratio.map((r, t) => (t >= m ? 100 * (r / ratio[t - m] - 1) : NaN));
  return { ratio, momentum: naiveNormalise(roc, w) };
}
function quadrant(r: number, m: number): string {
  return r >= 100 ? (m >= 100 ? "Leading" : "Weakening") : m >= 100 ? "Improving" : "Lagging";
}

/** A seeded random walk (LCG), so the test is the same on every run. */
function walk(n: number, seed: number, drift: number): Float64Array {
  let s = seed;
  const out = new Float64Array(n);
  let x = 100;
  for (let t = 0; t < n; t++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    x *= 1 + drift + 0.02 * (s / 2147483648 - 0.5);
    out[t] = x;
  }
  return out;
}

const seg = (name: string, tier: 1 | 2 | 3, sector: Float64Array, benchmark: Float64Array): SegmentSeries => ({
  header: name, name, tier, column: 0, sector, benchmark,
});

describe("rotationMap against a naive reference", () => {
  const n = 200;
  const B = walk(n, 7, 0);
  const series = [
    seg("a", 1, walk(n, 11, 0.002), B),
    seg("b", 1, walk(n, 12, -0.001), B),
    seg("c", 2, walk(n, 13, 0.001), B),
    seg("d", 3, walk(n, 14, 0), B),
  ];
  const w = 20;
  const m = 5;
  const map = rotationMap(series, { window: w, momentum: m, points: 8, every: 5 });
  const refs = series.map((s) => naiveRotation(Array.from(s.sector), Array.from(s.benchmark), w, m));

  test("each tail is the last 8 rows, 5 apart, oldest first, with the reference's values and quadrants", () => {
    map.segments.forEach((s, j) => {
      expect(s.trail.map((p) => p.row)).toEqual([164, 169, 174, 179, 184, 189, 194, 199]);
      s.trail.forEach((p) => {
        expect(p.ratio).toBeCloseTo(refs[j].ratio[p.row], 9);
        expect(p.momentum).toBeCloseTo(refs[j].momentum[p.row], 9);
        expect(p.quadrant).toBe(quadrant(refs[j].ratio[p.row], refs[j].momentum[p.row]));
      });
      expect(s.today).toBe(s.trail[7]);
    });
  });

  test("a centroid is the mean of its tier's segments at each position; a lone segment is its own centroid", () => {
    const [c1, c2, c3] = map.centroids;
    expect(c1.count).toBe(2);
    c1.trail.forEach((p, i) => {
      const row = map.segments[0].trail[i].row;
      expect(p.ratio).toBeCloseTo((refs[0].ratio[row] + refs[1].ratio[row]) / 2, 9);
      expect(p.momentum).toBeCloseTo((refs[0].momentum[row] + refs[1].momentum[row]) / 2, 9);
      expect(p.quadrant).toBe(quadrant(p.ratio, p.momentum));
    });
    expect(c2.today).toEqual(map.segments[2].today);
    expect(c3.today).toEqual(map.segments[3].today);
  });

  test("the extent covers every point, symmetric about 100", () => {
    for (const s of map.segments) for (const p of s.trail) {
      expect(Math.abs(p.ratio - 100)).toBeLessThanOrEqual(map.extent);
      expect(Math.abs(p.momentum - 100)).toBeLessThanOrEqual(map.extent);
    }
  });

  test("defaults: 8 points, one every 5 rows", () => {
    expect([DEFAULT_TRAIL_POINTS, DEFAULT_TRAIL_EVERY]).toEqual([8, 5]);
    expect(rotationMap(series, { window: w, momentum: m }).segments[0].trail.map((p) => p.row)).toEqual([164, 169, 174, 179, 184, 189, 194, 199]);
  });
});

describe("rotationMap at the edges", () => {
  test("too little history: undefined points leave the tail, today null; no NaN anywhere", () => {
    // 2w + m − 2 = 45 rows before the first Momentum (row 0-based 44 with w 20, m 5… by the reference).
    const n = 50;
    const B = new Float64Array(n).fill(100);
    const S = walk(n, 3, 0.001);
    const ref = naiveRotation(Array.from(S), Array.from(B), 20, 5);
    const firstDefined = ref.momentum.findIndex((x) => Number.isFinite(x));
    const map = rotationMap([seg("s", 2, S, B)], { window: 20, momentum: 5, points: 8, every: 5 });
    expect(map.segments[0].trail.map((p) => p.row)).toEqual([14, 19, 24, 29, 34, 39, 44, 49].filter((r) => r >= firstDefined));
    expect(JSON.stringify(map)).not.toMatch(/NaN|null,"momentum"/);
    const short = rotationMap([seg("s", 2, S.subarray(0, 30), B.subarray(0, 30))], { window: 20, momentum: 5 });
    expect(short.segments[0]).toMatchObject({ trail: [], today: null });
    expect(short.centroids[1]).toMatchObject({ count: 0, trail: [], today: null });
  });

  test("a tier without segments has an empty centroid; there are always three", () => {
    const map = rotationMap([], {});
    expect(map.centroids.map((c) => [c.tier, c.count, c.trail.length, c.today])).toEqual([
      [1, 0, 0, null],
      [2, 0, 0, null],
      [3, 0, 0, null],
    ]);
  });
});

describe("rotationMap from the sample price table equals =BATON.ROTATION on each column", () => {
  const table: TableData = { name: "SegmentPrices", ...segmentPriceTable() };
  const read = readSegmentTable(table);
  const map = rotationMap(read.segments);
  const bench = table.headers.indexOf("All A");

  test("every segment column is read (量子计算 is not a segment), and each has a point today", () => {
    expect(read.segments.length).toBe(table.headers.length - 3);
    expect(read.unreadable).toEqual([]);
    expect(map.segments.every((s) => s.today !== null)).toBe(true);
  });

  test.each(read.segments.map((s, j) => [s.header, j] as const))("%s", (header, j) => {
    const col = table.headers.indexOf(header);
    const latest = rotation(columnGrid(table.rows, col), columnGrid(table.rows, bench)) as Cells;
    const today = map.segments[j].today!;
    expect(today.ratio).toBeCloseTo(latest[0][0] as number, 9);
    expect(today.momentum).toBeCloseTo(latest[1][0] as number, 9);
    expect(today.quadrant).toBe(latest[2][0]);
  });
});

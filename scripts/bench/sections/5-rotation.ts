/**
 * ROTATION through its Excel-facing signature (2-D arrays in, 2-D array with
 * CustomFunctions.Error cells out) against the least any implementation must
 * do: one loop that reads the same 2-D input and writes a 2-D output grid of
 * the same shape (here 100·S/B, the relative strength, with no windows at
 * all). Goal (issue 10): the series outputs within 2× of that loop; 31
 * sectors × 2,500 rows under 50 ms. Also the pane's core call,
 * rotationTrail, on filled arrays.
 */
import { priceGrid, Row, time } from "../harness";
import { installBenchRuntime } from "../runtime";
import { rotationFn as declared } from "../../../src/functions/rotation";
import { rotationTrail } from "../../../src/core/rotation";
import { readPricePair, PricePair } from "../../../src/core/series";

// Excel passes an omitted argument as null, which the `any[][]` declaration does not admit.
const rotationFn = declared as (...args: unknown[]) => unknown[][];

export const title = "ROTATION (window 40, momentum 10), Excel signature vs minimal loop that reads the grid and writes one";

/** Reads every input cell once and writes an output grid of the sector's shape (n×k). */
function minimalSeries(s: number[][], b: number[][]): unknown[][] {
  const n = s.length;
  const k = s[0].length;
  const out: unknown[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const row: unknown[] = new Array(k);
    const si = s[i];
    const bi = b[i][0];
    for (let j = 0; j < k; j++) row[j] = (100 * si[j]) / bi;
    out[i] = row;
  }
  return out;
}

/** Reads every input cell once and writes the 3×k latest block. */
function minimalLatest(s: number[][], b: number[][]): unknown[][] {
  const n = s.length;
  const k = s[0].length;
  const acc = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const si = s[i];
    const bi = b[i][0];
    for (let j = 0; j < k; j++) acc[j] += si[j] / bi;
  }
  return [Array.from(acc), Array.from(acc), Array.from(acc, (x) => (x > 0 ? "Leading" : "Lagging"))];
}

export function run(): Row[] {
  installBenchRuntime();
  const rows: Row[] = [];
  for (const [n, k] of [
    [2_500, 31],
    [1_000_000, 1],
  ] as const) {
    const s = priceGrid(n, 1, k);
    const b = priceGrid(n, 2);
    const size = `${k} × ${n.toLocaleString("en-US")}`;
    const reps = n >= 1_000_000 ? 3 : 9;
    const baseSeries = time(() => minimalSeries(s, b), reps);
    for (const output of ["ratio", "momentum", "quadrant"]) {
      const ms = time(() => rotationFn(s, b, 40, 10, output), reps);
      rows.push({ case: `"${output}" series`, size, ms, baseline: "minimal loop, n×k grid out", baselineMs: baseSeries });
    }
    const baseLatest = time(() => minimalLatest(s, b), reps);
    rows.push({
      case: '"latest"',
      size,
      ms: time(() => rotationFn(s, b, 40, 10, "latest"), reps),
      baseline: "minimal loop, 3×k out",
      baselineMs: baseLatest,
      note: "the series computed from the first row (latest = the series' last row, to the bit), then 3 cells per sector",
    });
    if (k > 1) {
      const p = readPricePair(s, b) as PricePair;
      const input = { sectors: p.sectors, benchmarks: p.benchmarks, window: 40, momentum: 10 };
      rows.push({ case: "core rotationTrail (pane), 20 points every 5 rows", size, ms: time(() => rotationTrail(input, { points: 20, every: 5 }), reps) });
      rows.push({ case: "core rotationTrail (pane), whole trail", size, ms: time(() => rotationTrail(input, { points: n }), reps) });
    }
  }
  return rows;
}

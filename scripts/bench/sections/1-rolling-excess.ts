/**
 * ROLLING_EXCESS through its Excel-facing signature (2-D arrays in, 2-D
 * array with CustomFunctions.Error cells out) against the least any
 * implementation must do: one loop reading the same 2-D input and writing a
 * 2-D output of the simple excess. Goal (issue 2): ≤ 1.5× at 1M rows.
 */
import { priceGrid, Row, time } from "../harness";
import { installBenchRuntime } from "../runtime";
import { rollingExcessFn } from "../../../src/functions/rollingExcess";

export const title = "ROLLING_EXCESS (window 40, simple), Excel signature vs minimal loop";

function minimalLoop(s: number[][], b: number[][], w: number): unknown[][] {
  const n = s.length;
  const out: unknown[][] = new Array(n);
  const na = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, "needs 40 earlier rows");
  for (let t = 0; t < n; t++) {
    out[t] = t < w ? [na] : [s[t][0] / s[t - w][0] - b[t][0] / b[t - w][0]];
  }
  return out;
}

export function run(): Row[] {
  installBenchRuntime();
  const rows: Row[] = [];
  for (const n of [10_000, 100_000, 1_000_000]) {
    const s = priceGrid(n, 1);
    const b = priceGrid(n, 2);
    const ms = time(() => rollingExcessFn(s, b, 40, null), n >= 1_000_000 ? 5 : 7);
    const base = time(() => minimalLoop(s, b, 40), n >= 1_000_000 ? 5 : 7);
    rows.push({ case: "ROLLING_EXCESS", size: n.toLocaleString("en-US"), ms, baseline: "minimal 2-D loop", baselineMs: base });
  }
  return rows;
}

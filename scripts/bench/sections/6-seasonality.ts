/**
 * SEASONALITY through its Excel-facing signature against the least any
 * implementation must do: one loop reading the same dates, sector and
 * benchmark grids and writing the 12×k output grid. 31 sectors × 20 years
 * of weekday rows (issue 10).
 */
import { priceGrid, Row, time } from "../harness";
import { installBenchRuntime } from "../runtime";
import { seasonalityFn as declared } from "../../../src/functions/seasonality";
import { excelSerial, weekdays } from "../../../src/sample";

// Excel passes an omitted argument as null, which the `any[][]` declaration does not admit.
const seasonalityFn = declared as (...args: unknown[]) => unknown[][];

export const title = "SEASONALITY, Excel signature vs minimal loop that reads the grids and writes 12×k";

function minimal(d: unknown[][], s: number[][], b: number[][]): unknown[][] {
  const k = s[0].length;
  const acc = new Float64Array(k);
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const v = d[i][0] as number;
    if (v > last) last = v;
    const si = s[i];
    const bi = b[i][0];
    for (let j = 0; j < k; j++) acc[j] += si[j] / bi;
  }
  return Array.from({ length: 12 }, (_, mo) => Array.from(acc, (x) => x + mo + last));
}

export function run(): Row[] {
  installBenchRuntime();
  const rows: Row[] = [];
  const days = weekdays("2006-01-02", "2025-12-31");
  const n = days.length;
  const serials = days.map((x) => [excelSerial(x)]);
  const iso = days.map((x) => [x]);
  const k = 31;
  const s = priceGrid(n, 1, k);
  const b = priceGrid(n, 2);
  const size = `${k} × ${n.toLocaleString("en-US")} (20 years)`;
  const base = time(() => minimal(serials, s, b), 9);
  for (const output of ["mean", "median", "win rate", "count"]) {
    rows.push({ case: `"${output}", dates as serials`, size, ms: time(() => seasonalityFn(serials, s, b, output), 9), baseline: "minimal loop", baselineMs: base });
  }
  rows.push({ case: '"mean", dates as ISO text', size, ms: time(() => seasonalityFn(iso, s, b, "mean"), 9), baseline: "minimal loop", baselineMs: base });
  const one = s.map((r) => [r[0]]);
  rows.push({ case: '"table", one sector', size: `1 × ${n.toLocaleString("en-US")}`, ms: time(() => seasonalityFn(serials, one, b, "table"), 9) });
  return rows;
}

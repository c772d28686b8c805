/**
 * CROWDING_SCORE "series" through its Excel-facing signature (2-D arrays in,
 * 2-D array with CustomFunctions.Error cells out), and its core
 * (crowdingOfSeries: filled Float64Arrays in, ranking every row with the
 * Fenwick tree of src/core/percentile.ts) against a naive rescan over the same
 * filled arrays: the same excess column, each row's percentile counted by
 * scanning its whole history (O(n·lookback), O(n²) expanding). The naive rescan runs only where it
 * finishes in reasonable time. Goal (issue 3): 200k rows well under a second,
 * both lookbacks.
 */
import { priceGrid, rng, Row, time } from "../harness";
import { installBenchRuntime } from "../runtime";
import { crowdingScoreFn as declared } from "../../../src/functions/crowdingScore";
import { crowdingOfSeries } from "../../../src/core/crowding";
import { excessColumn } from "../../../src/core/excess";
import { fillForward, readSeriesBlock, SeriesBlock } from "../../../src/core/series";
import { pandasRankMs, pandasVersion } from "../pandas";

// Excel passes an omitted argument as null, which the `any[][]` declaration does not admit.
const crowdingScoreFn = declared as (...args: unknown[]) => unknown[][];

export const title =
  "CROWDING_SCORE \"series\" (window 40): the Excel signature against pandas' rolling rank of the same excess (goal: ≤ 0.5× at 200k, lookback 750), the core against a naive rescan";

/** The obvious implementation: for each row, count the history below today's value. */
function naiveSeries(S: Float64Array, B: Float64Array, w: number, lookback: number | null): Float64Array {
  const x = excessColumn(S, B, w, "simple").values;
  const n = x.length;
  const out = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    const start = lookback === null ? 0 : Math.max(0, t - lookback + 1);
    let count = 0;
    let below = 0;
    const v = x[t];
    for (let i = start; i <= t; i++) {
      const h = x[i];
      if (h === h) {
        count++;
        if (h < v) below++;
      }
    }
    out[t] = v === v && count >= 20 ? (100 * below) / (count - 1) : NaN;
  }
  return out;
}

/** A turnover-share column with ties (two decimals) and some blanks. */
function shareGrid(n: number, seed: number): (number | null)[][] {
  const next = rng(seed);
  const out: (number | null)[][] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = [next() < 0.02 ? null : Math.round((0.05 + next() * 0.1) * 100) / 100];
  return out;
}

// Naive work budget (history comparisons); beyond it the naive rescan is skipped.
const NAIVE_BUDGET = 1.2e9;

export function run(): Row[] {
  installBenchRuntime();
  const rows: Row[] = [];
  for (const n of [10_000, 100_000, 200_000, 1_000_000]) {
    const s = priceGrid(n, 1);
    const b = priceGrid(n, 2);
    const size = n.toLocaleString("en-US");
    // Best of 9 below a million rows: a call that builds a 200k-row grid pays for one or two young-generation
    // collections whose cost depends on where the previous call left the heap; the best of 5 swung by ±15 ms.
    const reps = n >= 1_000_000 ? 3 : 9;
    const S = fillForward((readSeriesBlock(s, "sector", "prices") as SeriesBlock).series[0]);
    const B = fillForward((readSeriesBlock(b, "benchmark", "prices") as SeriesBlock).series[0]);
    for (const lookback of [750, null]) {
      const lb = `lookback ${lookback ?? "expanding"}`;
      const excel = time(() => crowdingScoreFn(s, b, null, 40, lookback, "series"), reps);
      // pandas ranks the same excess (computed from the same prices) in the same run; expanding
      // rank in pandas is O(n²)-like, so it is measured only up to 200k rows.
      const pandas = n <= 200_000 || lookback !== null ? pandasRankMs(S, B, 40, lookback, n >= 1_000_000 ? 1 : 3) : undefined;
      rows.push({
        case: `series, ${lb}, Excel signature (grids in and out)`,
        size,
        ms: excel,
        ...(pandas !== undefined ? { baseline: `pandas ${pandasVersion()} ${lookback ? `rolling(${lookback})` : "expanding()"}.rank`, baselineMs: pandas } : {}),
        ...(pandas === undefined && !pandasVersion() ? { note: "no pandas (apt-get install python3-pandas)" } : {}),
      });
      const core = time(() => crowdingOfSeries({ sector: S, benchmark: B, window: 40, lookback }), reps);
      const work = lookback === null ? (n * n) / 2 : n * lookback;
      if (work <= NAIVE_BUDGET) {
        const base = time(() => naiveSeries(S, B, 40, lookback), 1);
        rows.push({ case: `series, ${lb}, core crowdingOfSeries`, size, ms: core, baseline: "naive rescan (core)", baselineMs: base });
      } else {
        const est = lookback === null ? "O(n²)" : "O(n·L)";
        rows.push({ case: `series, ${lb}, core crowdingOfSeries`, size, ms: core, note: `naive ${est} skipped: ~${(work / 1e9).toFixed(0)}e9 comparisons` });
      }
    }
  }
  // The other forms and turnover, at the sizes that matter.
  for (const n of [200_000, 1_000_000]) {
    const s = priceGrid(n, 1);
    const b = priceGrid(n, 2);
    const t = shareGrid(n, 3);
    const size = n.toLocaleString("en-US");
    rows.push({ case: "series + turnover share, expanding", size, ms: time(() => crowdingScoreFn(s, b, t, 40, null, "series"), 3) });
    rows.push({ case: "latest, expanding", size, ms: time(() => crowdingScoreFn(s, b, null, 40, null, "latest"), 3) });
    rows.push({ case: "detail + turnover share, lookback 750", size, ms: time(() => crowdingScoreFn(s, b, t, 40, 750, "detail"), 3) });
  }
  return rows;
}

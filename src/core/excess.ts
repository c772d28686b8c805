/**
 * ROLLING_EXCESS: a sector's N-row return minus its benchmark's.
 *
 * The report's gauge ("TMT's 40-day rolling excess over all A-shares is
 * 2.66%, against historical tops near 10%"). With filled prices S and B, a
 * window w and a row t ≥ w:
 *
 * - `rs = S[t]/S[t-w] - 1`, `rb = B[t]/B[t-w] - 1`
 * - simple: `rs - rb` (滚动超额收益, the figure the report quotes)
 * - geometric: `(1 + rs)/(1 + rb) - 1`
 * - log: `ln(1 + rs) - ln(1 + rb)`
 *
 * Returns are decimals (0.0266 is 2.66%). Row t is `#N/A` ("needs w earlier
 * rows") when t < w or when S[t-w] or B[t-w] has no price yet.
 */
import { readChoice, readWholeNumber } from "./args";
import { BatonError, isBatonError, messages, naError, valueError } from "./errors";
import { ResultColumn, SeriesResult } from "./result";
import { readPricePair } from "./series";

export const EXCESS_METHODS = ["simple", "geometric", "log"] as const;
export type ExcessMethod = (typeof EXCESS_METHODS)[number];
export const DEFAULT_WINDOW = 40;

/**
 * The rolling excess of one filled sector series over one filled benchmark.
 * A single pass: O(n) time, one `Float64Array` of output.
 *
 * @param S sector prices, missing values already carried forward (`NaN` before the first price)
 * @param B benchmark prices, same length, filled likewise
 * @param w window in rows, 1 ≤ w
 * @example excessColumn(Float64Array.of(100, 110), Float64Array.of(100, 105), 1, "simple").values
 * // => [NaN, 0.05] (row 0 is #N/A "needs 1 earlier rows")
 */
export function excessColumn(S: Float64Array, B: Float64Array, w: number, method: ExcessMethod): ResultColumn {
  const n = S.length;
  const out = new Float64Array(n);
  let reasons: Uint8Array | undefined;
  const head = Math.min(w, n);
  for (let t = 0; t < head; t++) out[t] = NaN;
  for (let t = w; t < n; t++) {
    // NaN in any price propagates to a NaN result: "needs w earlier rows".
    const gs = S[t] / S[t - w];
    const gb = B[t] / B[t - w];
    let x: number;
    if (method === "simple") x = gs - gb;
    else if (method === "geometric") x = gs / gb - 1;
    else x = Math.log(gs) - Math.log(gb);
    // ±Infinity, or NaN from Infinity − Infinity, where both earlier prices
    // exist: extreme prices overflowed. Never show it; say why.
    if (x - x !== 0 && (x === x || (S[t - w] === S[t - w] && B[t - w] === B[t - w]))) {
      reasons ??= new Uint8Array(n);
      reasons[t] = 1;
      x = NaN;
    }
    out[t] = x;
  }
  const errors = [naError(messages.needsRows(w)), valueError(messages.overflow())];
  return reasons ? { values: out, errors, reasons } : { values: out, errors };
}

/**
 * ROLLING_EXCESS over Excel-shaped arguments: reads and checks them through
 * the shared series converter, then runs {@link excessColumn} per sector.
 *
 * @returns the results in the sector's shape, or a `#VALUE!` for bad input
 */
export function rollingExcess(
  sector: unknown,
  benchmark: unknown,
  window?: unknown,
  method?: unknown,
): SeriesResult | BatonError {
  const p = readPricePair(sector, benchmark);
  if (isBatonError(p)) return p;
  const s = p.block;
  const w = readWholeNumber(window, "window", DEFAULT_WINDOW, 1, p.rows - 1);
  if (isBatonError(w)) return w;
  const m = readChoice(method, "method", EXCESS_METHODS, "simple");
  if (isBatonError(m)) return m;

  const columns = p.sectors.map((S, j) => excessColumn(S, p.benchmarks[j], w, m));
  return { orientation: s.orientation, length: s.length, columns };
}

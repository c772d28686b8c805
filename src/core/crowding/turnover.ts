/**
 * The turnover argument of CROWDING_SCORE (and the gauge's turnover columns):
 * share columns, or sector and market amounts whose ratio is the share.
 */
import { BatonError, isBatonError, messages, valueError } from "../errors";
import { fillForward, lengthUnit, readSeriesBlock, SeriesBlock } from "../series";

/**
 * Reads the turnover argument into one filled daily-share series per sector.
 *
 * - as many columns as sector columns: one share series per sector, in any
 *   unit. This includes two columns with two sectors (read as two share
 *   columns, never as amounts: amounts need one sector);
 * - two columns with one sector: sector turnover and market turnover amounts;
 *   each is carried forward over blanks, and the daily share is their ratio;
 * - anything else: `#VALUE!`.
 * Shares are carried forward over blanks like prices. Only the first `rows`
 * positions (the rows of price data) are read: turnover that runs on after
 * the prices does not extend the data.
 */
export function readTurnover(turnover: unknown, s: SeriesBlock, rows: number, arg = "turnover"): Float64Array[] | BatonError {
  const t = readSeriesBlock(turnover, arg, "turnover", rows);
  if (isBatonError(t)) return t;
  if (t.length !== s.length) {
    return valueError(messages.lengthMismatch("sector", s.length, lengthUnit(s), arg, t.length, lengthUnit(t)));
  }
  const k = s.series.length;
  if (t.series.length === k) return t.series.map(fillForward);
  if (k === 1 && t.series.length === 2) {
    return [shareOfAmounts(t.series[0], t.series[1])];
  }
  return valueError(messages.turnoverColumns(t.series.length, k));
}

/**
 * The daily turnover share from sector and market turnover amounts (as read,
 * blanks `NaN`): each is carried forward over blanks (in place), then the
 * share is their ratio. Cost: O(n).
 * @example shareOfAmounts(Float64Array.of(10, NaN, 30), Float64Array.of(100, 200, NaN)) // => [0.1, 0.05, 0.15]
 */
export function shareOfAmounts(sector: Float64Array, market: Float64Array): Float64Array {
  const a = fillForward(sector);
  const m = fillForward(market);
  const share = new Float64Array(a.length);
  for (let i = 0; i < share.length; i++) share[i] = a[i] / m[i];
  return share;
}

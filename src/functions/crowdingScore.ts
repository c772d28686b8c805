import { isBatonError } from "../core/errors";
import { crowdingScore } from "../core/crowding";
import { cellsToGrid, guard, seriesToGrid } from "./excel";

// Declarations use `any`: custom-functions-metadata requires the TypeScript
// types to match the JSDoc types exactly. Every value is checked by the core.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * How crowded a sector is, 0-100: where today's rolling excess (and turnover share) ranks in its own history (行业拥挤度). Zones: Low <50, Elevated 50+, Crowded 80+, Extreme 95+.
 * @customfunction CROWDING_SCORE
 * @param {any[][]} sector Sector prices, oldest first: one column or row, or several sector columns (one score each). Blanks and 0 carry the last price forward.
 * @param {any[][]} benchmark Benchmark prices: one series of the same length, or one column per sector column.
 * @param {any[][]} [turnover] Optional. The sector's share of market turnover (one column, or one per sector column, any unit); or, for one sector, two columns: sector turnover and market turnover.
 * @param {any} [window] Rows of the rolling excess and of the turnover moving average, a whole number from 1 to rows-1. Default 40.
 * @param {any} [lookback] Rows of history to rank today against, a whole number of at least 20. Default: all rows so far.
 * @param {any} [output] "latest" (default: today's score, one per sector), "series" (a score for every row) or "detail" (a table of Score, Zone, Excess, percentiles, peak, headroom, history).
 * @returns {any[][]} Scores from 0 to 100, or the "detail" table; #N/A while fewer than 20 values of history.
 */
export function crowdingScoreFn(sector: any[][], benchmark: any[][], turnover?: any[][], window?: any, lookback?: any, output?: any): any[][] {
  return guard("CROWDING_SCORE", () => {
    const r = crowdingScore(sector, benchmark, turnover, window, lookback, output);
    if (isBatonError(r)) return r;
    return Array.isArray(r) ? cellsToGrid(r) : seriesToGrid(r);
  });
}

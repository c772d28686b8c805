import { isBatonError } from "../core/errors";
import { seasonality } from "../core/seasonality";
import { cellsToGrid, guard } from "./excel";

// Declarations use `any`: custom-functions-metadata requires the TypeScript
// types to match the JSDoc types exactly. Every value is checked by the core.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * In which calendar months a sector has beaten its benchmark, and how often (季节性): month-end excess returns per calendar month over all years, with mean, median, win rate and number of years. Returns decimals: 0.0266 is 2.66%.
 * @customfunction SEASONALITY
 * @param {any[][]} dates One date per row of sector, oldest first: Excel dates (a time of day is ignored) or ISO text YYYY-MM-DD, strictly increasing.
 * @param {any[][]} sector Sector prices, same length as dates: one column or row, or several sector columns. Blanks and 0 carry the last price forward.
 * @param {any[][]} benchmark Benchmark prices: one series of the same length, or one column per sector column.
 * @param {any} [output] "table" (default, one sector: header and months 1-12 with Mean excess, Median excess, Win rate, Years), or "mean", "median", "win rate" or "count" (12 rows, one column per sector).
 * @returns {any[][]} The 13x5 table, or 12 rows (January first) by one column per sector; #N/A for a month with no complete year.
 */
export function seasonalityFn(dates: any[][], sector: any[][], benchmark: any[][], output?: any): any[][] {
  return guard("SEASONALITY", () => {
    const r = seasonality(dates, sector, benchmark, output);
    return isBatonError(r) ? r : cellsToGrid(r);
  });
}

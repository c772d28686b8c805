import { isBatonError } from "../core/errors";
import { rollingExcess } from "../core/excess";
import { guard, seriesToGrid } from "./excel";

// Declarations use `any`: custom-functions-metadata requires the TypeScript
// types to match the JSDoc types exactly. Every value is checked by the core.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * A sector's rolling N-day return minus its benchmark's (the report's 40-day excess; 滚动超额收益). Returns decimals: 0.0266 is 2.66%.
 * @customfunction ROLLING_EXCESS
 * @param {any[][]} sector Sector prices, oldest first: one column or row, or several sector columns. Blanks and 0 carry the last price forward.
 * @param {any[][]} benchmark Benchmark prices: one series of the same length, or one column per sector column.
 * @param {any} [window] Rows in the window, a whole number from 1 to rows-1. Default 40.
 * @param {any} [method] "simple" (default, rs - rb), "geometric" ((1+rs)/(1+rb) - 1) or "log" (ln(1+rs) - ln(1+rb)).
 * @returns {any[][]} The rolling excess in the sector's shape; #N/A for the first window rows.
 */
export function rollingExcessFn(sector: any[][], benchmark: any[][], window?: any, method?: any): any[][] {
  return guard("ROLLING_EXCESS", () => {
    const r = rollingExcess(sector, benchmark, window, method);
    return isBatonError(r) ? r : seriesToGrid(r);
  });
}

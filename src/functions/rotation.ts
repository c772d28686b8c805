import { isBatonError } from "../core/errors";
import { isWordSeries } from "../core/result";
import { rotation } from "../core/rotation";
import { cellsToGrid, guard, seriesToGrid, wordSeriesToGrid } from "./excel";

// Declarations use `any`: custom-functions-metadata requires the TypeScript
// types to match the JSDoc types exactly. Every value is checked by the core.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Where each sector sits in the rotation against its benchmark (行业轮动): Ratio (trend of relative strength) and Momentum (its rate of change), both centred on 100, and the quadrant Leading, Weakening, Lagging or Improving. An open normalisation in the spirit of a Relative Rotation Graph (RRG), not the proprietary JdK RS-Ratio/RS-Momentum formula.
 * @customfunction ROTATION
 * @param {any[][]} sector Sector prices, oldest first: one column or row, or several sector columns (one answer each). Blanks and 0 carry the last price forward.
 * @param {any[][]} benchmark Benchmark prices: one series of the same length, or one column per sector column.
 * @param {any} [window] Rows of the normalising window (z-score of relative strength, and of its rate of change), a whole number from 2 to rows-1. Default 40.
 * @param {any} [momentum] Rows over which Ratio's rate of change is taken, a whole number from 1 to rows-1. Default 10.
 * @param {any} [output] "latest" (default: Ratio, Momentum and Quadrant at the last row, one column per sector), "ratio" or "momentum" (a value for every row), or "quadrant" (a quadrant word for every row).
 * @returns {any[][]} The latest 3-row block, or a series in the sector's shape; #N/A while a value lacks history.
 */
export function rotationFn(sector: any[][], benchmark: any[][], window?: any, momentum?: any, output?: any): any[][] {
  return guard("ROTATION", () => {
    const r = rotation(sector, benchmark, window, momentum, output);
    if (isBatonError(r)) return r;
    if (Array.isArray(r)) return cellsToGrid(r);
    return isWordSeries(r) ? wordSeriesToGrid(r) : seriesToGrid(r);
  });
}

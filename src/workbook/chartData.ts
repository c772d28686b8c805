/**
 * The data block of a chart sheet, as pure functions: the category column
 * (ISO dates become Excel serials) and the grid written under the header.
 * Excel serials come from core/dates, A1 text from core/a1.
 */
import { isoToSerial, parseIsoDate } from "../core/dates";
import type { ChartRequest } from "./port";

/** Excel serials of 1990-01-01 and 2100-12-31: numbers between them in a category column are read as dates. */
const SERIAL_MIN = 32874;
const SERIAL_MAX = 73415;

/**
 * The chart's category column as cells, and whether it holds dates: ISO
 * `yyyy-mm-dd` texts become Excel date serials; whole numbers all between
 * 1990 and 2100 as serials are taken as dates already; anything else is
 * written as it is. O(n).
 *
 * @example categoryCells(["2026-04-24"]) // → { cells: [46136], dates: true }
 * @example categoryCells(["Q1", 2])      // → { cells: ["Q1", 2], dates: false }
 */
export function categoryCells(categories: readonly (string | number)[]): { cells: (string | number)[]; dates: boolean } {
  if (categories.length > 0 && categories.every((c) => typeof c === "string" && parseIsoDate(c) !== undefined)) {
    return { cells: categories.map((c) => isoToSerial(c as string) as number), dates: true };
  }
  const serials = categories.every((c) => typeof c === "number" && Number.isInteger(c) && c >= SERIAL_MIN && c <= SERIAL_MAX);
  return { cells: [...categories], dates: categories.length > 0 && serials };
}

/** The data block of a chart sheet: a header row, then one row per category. Gaps are blank cells. O(n·k). */
export function chartGrid(request: ChartRequest, cells: readonly (string | number)[]): (string | number)[][] {
  const out: (string | number)[][] = [[request.categoryHeader, ...request.series.map((s) => s.name)]];
  cells.forEach((c, i) => {
    out.push([c, ...request.series.map((s) => (s.values[i] === null || !Number.isFinite(s.values[i]) ? "" : (s.values[i] as number)))]);
  });
  return out;
}

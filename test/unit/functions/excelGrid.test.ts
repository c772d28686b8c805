/**
 * seriesToGrid / wordSeriesToGrid: the one-column path lets rows that hold
 * the same number share one array (src/functions/excel.ts, columnRows). What
 * matters to Excel is only what each cell reads, so every test compares each
 * cell with the input it came from (the expected grid is the input series
 * written out, not the code's own output), across the cases that exercise
 * the cache: many repeats, no repeats (sharing given up after the probe), two
 * numbers in one cache slot, errors between numbers, and words.
 */
import { installCustomFunctions, show } from "../../support/customFunctions";
import { BatonError, messages, naError } from "../../../src/core/errors";
import type { SeriesResult, WordSeriesResult } from "../../../src/core/result";

installCustomFunctions();
// Imported after the fake runtime is installed, as in Excel.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { seriesToGrid, wordSeriesToGrid } = require("../../../src/functions/excel") as typeof import("../../../src/functions/excel");

const column = (values: Float64Array, errors: BatonError[] = [naError(messages.needsRows(5))], length = values.length): SeriesResult => ({
  orientation: "column",
  length,
  columns: [{ values, errors }],
});

/** The grid Excel should see: each value as its cell, NaN as the column's (first) error, "" past the data. */
function expected(values: Float64Array, length: number): unknown[][] {
  return Array.from({ length }, (_, i) => [i >= values.length ? "" : Number.isNaN(values[i]) ? { code: "#N/A", message: "needs 5 earlier rows" } : values[i]]);
}

describe("seriesToGrid, one column", () => {
  test("a percentile-like series (few distinct numbers, 5,000 rows) reads cell for cell, and repeats share rows", () => {
    // 100·k/749 for k = i·37 mod 750: 750 distinct numbers, each repeated ~7 times.
    const v = Float64Array.from({ length: 5000 }, (_, i) => (i < 3 ? NaN : (100 * ((i * 37) % 750)) / 749));
    const grid = seriesToGrid(column(v, [naError(messages.needsRows(5))], 5010));
    expect(grid.map((r) => r.map(show))).toEqual(expected(v, 5010).map((r) => r.map(show)));
    expect(grid.every((r) => r.length === 1)).toBe(true);
    const rows = new Set(grid.slice(3, 5000));
    expect(rows.size).toBeLessThan(4997); // shared: fewer arrays than rows
    expect(rows.size).toBeGreaterThanOrEqual(750); // never fewer than the distinct numbers
  });

  test("a series with no repeats (a rolling excess) reads cell for cell, one array per row", () => {
    const v = Float64Array.from({ length: 5000 }, (_, i) => Math.sin(i) / 7 + i * 1e-9);
    const grid = seriesToGrid(column(v));
    expect(grid.map((r) => r[0])).toEqual(Array.from(v));
    expect(new Set(grid).size).toBe(5000);
  });

  test("numbers that meet in one cache slot never take each other's row", () => {
    // 40,000 random numbers drawn from 3,000 values: with 4,096 slots, many distinct numbers hash alike.
    let seed = 7;
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const pool = Array.from({ length: 3000 }, () => next() * 100 - 50);
    const v = Float64Array.from({ length: 40000 }, () => pool[Math.floor(next() * pool.length)]);
    const grid = seriesToGrid(column(v));
    const wrong = grid.filter((r, i) => r[0] !== v[i]).length;
    expect(wrong).toBe(0);
  });

  test("errors between numbers keep their own reasons; -0 and 0 both read as zero", () => {
    const errors = [naError(messages.needsRows(5)), naError(messages.noPrice("benchmark"))];
    const v = Float64Array.of(NaN, 0, -0, 1, NaN, 1, 0);
    const result: SeriesResult = { orientation: "column", length: 7, columns: [{ values: v, errors, reasons: Uint8Array.of(1, 0, 0, 0, 0, 0, 0) }] };
    const grid = seriesToGrid(result).map((r) => r.map(show));
    // Excel shows -0 as 0: either zero may come back (a shared row of 0 may serve -0), so zeros are compared as zeros.
    expect(grid.map((r) => (typeof r[0] === "object" ? (r[0] as { message: string }).message : r[0] === 0 ? 0 : r[0]))).toEqual([
      errors[1].message, 0, 0, 1, errors[0].message, 1, 0,
    ]);
  });
});

describe("wordSeriesToGrid over shared rows", () => {
  test("each row gets the word of its own index, however many rows share an array", () => {
    // Indexes cycle 0,1,2,3 over 3,000 rows (four numbers: nearly every row shares), NaN every 7th row.
    const words = ["Leading", "Weakening", "Lagging", "Improving"] as const;
    const v = Float64Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? NaN : i % 4));
    const result: WordSeriesResult = { ...column(v), words };
    const grid = wordSeriesToGrid(result);
    const cells = grid.map((r) => r[0]);
    const want = Array.from(v, (x) => (Number.isNaN(x) ? "#N/A" : words[x]));
    expect(cells.map((c) => (typeof c === "string" ? c : "#N/A"))).toEqual(want);
  });
});

import fc from "fast-check";
import { FakeCustomFunctionError, installCustomFunctions, isCleanGrid, show } from "../../support/customFunctions";

installCustomFunctions();
// Imported after the fake runtime is installed, as in Excel.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { seasonalityFn: declared } = require("../../../src/functions/seasonality") as typeof import("../../../src/functions/seasonality");
// Excel passes an omitted argument as null, which the `any[][]` declaration does not admit.
const seasonalityFn = declared as (...args: unknown[]) => unknown[][];

const col = (xs: unknown[]): unknown[][] => xs.map((x) => [x]);

// By hand: month ends 2025-12-31, 2026-01-30, 2026-02-27, 2026-03-31 (serials 46022, 46052, 46080, 46112).
// January: (110/100 − 1) − (101/100 − 1) = 0.09; February: (99/110 − 1) − (101/101 − 1) = −0.1;
// March is the last month (never counts); December the first.
const dates = col([46022, 46052, 46080, 46112]);
const S = col([100, 110, 99, 120]);
const B = col([100, 101, 101, 100]);

describe("SEASONALITY through its Excel signature", () => {
  test("'table' (the default) is 13×5 with #N/A for months without years", () => {
    const out = seasonalityFn(dates, S, B, null);
    expect(out).toHaveLength(13);
    expect(out.every((r) => r.length === 5)).toBe(true);
    expect(out[0]).toEqual(["Month", "Mean excess", "Median excess", "Win rate", "Years"]);
    expect(out[1][0]).toBe(1);
    expect(out[1][1]).toBeCloseTo(0.09, 14);
    expect(out[1].slice(3)).toEqual([1, 1]);
    expect(out[2][1]).toBeCloseTo(-0.1, 14);
    expect(out[2].slice(3)).toEqual([0, 1]);
    expect(show(out[3][1])).toEqual({ code: "#N/A", message: "no complete March in the data" });
    expect(out[3][4]).toBe(0);
    expect(isCleanGrid(out)).toBe(true);
  });

  test("'count' and friends are 12×k", () => {
    const two = S.map((r) => [r[0], 100]);
    const out = seasonalityFn(dates, two, B, "count");
    expect(out).toEqual([[1, 1], [1, 1], [0, 0], [0, 0], [0, 0], [0, 0], [0, 0], [0, 0], [0, 0], [0, 0], [0, 0], [0, 0]]);
    const win = seasonalityFn(dates, two, B, "win rate");
    expect(win[0]).toEqual([1, 0]); // flat sector: January excess −0.01
  });

  test("bad input is a #VALUE! naming the argument and position", () => {
    expect(seasonalityFn(col([46022, "", 46080, 46112]), S, B, null).map((r) => r.map(show))).toEqual([
      [{ code: "#VALUE!", message: "dates row 2 is empty; dates must be Excel dates or ISO text such as 2026-04-24" }],
    ]);
    expect(seasonalityFn(dates, S.map((r) => [r[0], 1]), B, "table").map((r) => r.map(show))).toEqual([
      [{ code: "#VALUE!", message: 'output "table" describes one sector, but sector has 2 columns; use "mean", "median", "win rate" or "count", or give one column' }],
    ]);
  });
});

describe("SEASONALITY properties (fast-check)", () => {
  const good = (c: unknown): boolean =>
    (typeof c === "number" && Number.isFinite(c)) ||
    typeof c === "string" ||
    (c instanceof FakeCustomFunctionError && typeof c.message === "string" && c.message.length > 0);

  test("never throws; every cell a finite number, a header word or an error with a message", () => {
    const price = fc.oneof(
      { weight: 10, arbitrary: fc.double({ min: 0.01, max: 1e6, noNaN: true }) },
      { weight: 1, arbitrary: fc.constantFrom(null, "", 0, "  ", 1e308, 5e-324) },
      { weight: 1, arbitrary: fc.oneof(fc.string(), fc.boolean(), fc.double()) },
    );
    const args = fc.tuple(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 2 })).chain(([n, k]) =>
      fc.tuple(
        // Increasing dates most of the time (steps of 1–40 days), sometimes anything.
        fc.oneof(
          fc.array(fc.integer({ min: 1, max: 40 }), { minLength: n, maxLength: n, size: "max" }).map((steps) => {
            let s = 40000;
            return steps.map((d) => [(s += d)]);
          }),
          fc.array(fc.array(fc.oneof(fc.integer({ min: -5, max: 3e6 }), fc.string(), fc.constant(null)), { minLength: 1, maxLength: 1 }), { minLength: n, maxLength: n }),
        ),
        fc.array(fc.array(price, { minLength: k, maxLength: k }), { minLength: n, maxLength: n, size: "max" }),
        fc.array(fc.array(price, { minLength: 1, maxLength: 1 }), { minLength: n, maxLength: n, size: "max" }),
        fc.oneof(fc.constant(null), fc.constantFrom("table", "mean", "median", "win rate", "count", "x", 2)),
      ),
    );
    fc.assert(
      fc.property(args, ([d, s, b, out]) => {
        const grid = seasonalityFn(d, s, b, out);
        expect(isCleanGrid(grid)).toBe(true);
        expect(grid.every((r) => r.every(good))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

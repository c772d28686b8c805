import fc from "fast-check";
import { installCustomFunctions, isCleanGrid, show } from "../../support/customFunctions";

installCustomFunctions();
// Imported after the fake runtime is installed, as in Excel.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rollingExcessFn } = require("../../../src/functions/rollingExcess") as typeof import("../../../src/functions/rollingExcess");

const col = (xs: unknown[]): unknown[][] => xs.map((x) => [x]);

describe("ROLLING_EXCESS through its Excel-facing signature", () => {
  test("a column in, a column out, #N/A with a message for the first rows", () => {
    // Hand computation: S 100 -> 110 over one row, B 100 -> 105: 0.10 - 0.05 = 0.05.
    const out = rollingExcessFn(col([100, 110]), col([100, 105]), 1, null);
    expect(out.map((r) => r.map(show))).toEqual([[{ code: "#N/A", message: "needs 1 earlier rows" }], [expect.closeTo(0.05, 12)]]);
  });

  test("a row in, a row out", () => {
    const out = rollingExcessFn([[100, 110, 121]], [[100, 100, 100]], 1, null);
    expect(out).toHaveLength(1);
    expect(out[0].slice(1)).toEqual([expect.closeTo(0.1, 12), expect.closeTo(0.1, 12)]);
  });

  test("bad input is a single #VALUE! cell with the message", () => {
    const out = rollingExcessFn(col([100, "n/a"]), col([1, 1]), 1, null);
    expect(out.map((r) => r.map(show))).toEqual([[{ code: "#VALUE!", message: 'sector row 2 is text "n/a"; prices must be positive numbers' }]]);
  });

  test("an unexpected failure inside is caught and shown, never thrown", () => {
    // A getter that throws stands in for a bug deep in the code.
    const evil = [[1], [2]];
    Object.defineProperty(evil, 1, { get: () => { throw new Error("boom"); } });
    const out = rollingExcessFn(evil, col([1, 2]), 1, null);
    expect(show(out[0][0])).toEqual({ code: "#VALUE!", message: "ROLLING_EXCESS failed unexpectedly: boom" });
  });
});

describe("properties over random grids", () => {
  // Cells an analyst's paste can hold: prices, blanks in their three forms, and junk.
  const cell = fc.oneof(
    { weight: 8, arbitrary: fc.double({ min: 0.01, max: 1e6, noNaN: true }) },
    { weight: 1, arbitrary: fc.constantFrom(null, "", 0) },
    { weight: 1, arbitrary: fc.oneof(fc.string(), fc.boolean(), fc.double(), fc.constantFrom(NaN, Infinity, -1)) },
  );
  const grid = (rows: number, cols: number) => fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });
  const args = fc
    .record({ n: fc.integer({ min: 1, max: 60 }), k: fc.integer({ min: 1, max: 3 }), bk: fc.constantFrom(1, 0) })
    .chain(({ n, k, bk }) =>
      fc.tuple(
        grid(n, k),
        grid(n, bk === 1 ? 1 : k),
        fc.oneof(fc.constant(null), fc.integer({ min: -2, max: 70 }), fc.double(), fc.string()),
        fc.oneof(fc.constant(null), fc.constantFrom("simple", "GEOMETRIC", "log", "bad", 3)),
      ),
    );

  test("never throws, and every cell is a finite number or an error value", () => {
    fc.assert(
      fc.property(args, ([s, b, w, m]) => {
        const out = rollingExcessFn(s, b, w, m);
        expect(isCleanGrid(out)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test("valid input keeps the sector's shape", () => {
    const valid = fc.integer({ min: 3, max: 50 }).chain((n) =>
      fc.tuple(
        fc.array(fc.array(fc.double({ min: 1, max: 1000, noNaN: true }), { minLength: 2, maxLength: 2 }), { minLength: n, maxLength: n }),
        fc.array(fc.array(fc.double({ min: 1, max: 1000, noNaN: true }), { minLength: 1, maxLength: 1 }), { minLength: n, maxLength: n }),
        fc.integer({ min: 1, max: n - 1 }),
      ),
    );
    fc.assert(
      fc.property(valid, ([s, b, w]) => {
        const out = rollingExcessFn(s, b, w, null);
        expect(out.length).toBe(s.length);
        expect(out.every((r) => r.length === 2)).toBe(true);
      }),
    );
  });
});

/**
 * Issue 15, "where the data ends": a range selected larger than the data
 * (spare rows, a whole column, a table with room to grow) gives the answers of
 * the same data selected exactly. Expected values come from the un-padded
 * call (the contract's promise is exactly that equality) and, for the
 * carry-forward edges, from hand computations written in the tests.
 */
import fc from "fast-check";
import { installCustomFunctions, isCleanGrid, show } from "../../support/customFunctions";

installCustomFunctions();
/* eslint-disable @typescript-eslint/no-require-imports */
const { rollingExcessFn } = require("../../../src/functions/rollingExcess") as typeof import("../../../src/functions/rollingExcess");
const { crowdingScoreFn } = require("../../../src/functions/crowdingScore") as typeof import("../../../src/functions/crowdingScore");
/* eslint-enable @typescript-eslint/no-require-imports */
const RE = rollingExcessFn as (...a: unknown[]) => unknown[][];
const CS = crowdingScoreFn as (...a: unknown[]) => unknown[][];

const shown = (g: unknown[][]) => g.map((r) => r.map(show));
const BLANKS: unknown[] = [null, "", 0, "   "];

/** A seeded wavy price path (no randomness in expectations: they come from the un-padded call). */
function path(n: number, seed: number): number[] {
  const out: number[] = [];
  let p = 100;
  for (let t = 0; t < n; t++) {
    p *= 1 + 0.01 * Math.sin((t + seed) / (5 + seed)) + 0.002 * Math.cos(t * seed);
    out.push(p);
  }
  return out;
}

const n = 300;
const S = path(n, 1);
const S2 = path(n, 2);
const B = path(n, 3);
const T = path(n, 4).map((x) => x * 10);
const M = path(n, 5).map((x) => x * 100);

/** Rows of cells, each row the given values, with `spare` rows of `blank` appended. */
function rows(cols: number[][], spare: number, blank: unknown): unknown[][] {
  const out: unknown[][] = cols[0].map((_, t) => cols.map((c) => c[t]));
  for (let i = 0; i < spare; i++) out.push(cols.map(() => blank));
  return out;
}

describe.each(BLANKS.map((b) => [JSON.stringify(b), b]))("spare rows of %s", (_label, blank) => {
  test.each([1, 150, 10_000])("ROLLING_EXCESS with %i spare rows: the same values, then \"\"", (spare) => {
    for (const method of ["simple", "geometric", "log"]) {
      const exact = RE(rows([S, S2], 0, blank), rows([B], 0, blank), 40, method);
      const padded = RE(rows([S, S2], spare, blank), rows([B], spare, blank), 40, method);
      expect(padded).toHaveLength(n + spare);
      expect(shown(padded.slice(0, n))).toEqual(shown(exact));
      expect(padded.slice(n).every((r) => r.length === 2 && r[0] === "" && r[1] === "")).toBe(true);
      expect(isCleanGrid(padded)).toBe(true);
    }
  });

  test.each([1, 150, 10_000])("CROWDING_SCORE with %i spare rows: latest, detail and series unchanged", (spare) => {
    const cases: [number[][], number[][] | null][] = [
      [[S], null],
      [[S], [T, M]], // sector and market turnover amounts
      [[S, S2], [T, M]], // two share columns for two sectors
    ];
    for (const [sectors, turnover] of cases) {
      const t0 = turnover ? rows(turnover, 0, blank) : null;
      const t1 = turnover ? rows(turnover, spare, blank) : null;
      for (const output of ["latest", "series", ...(sectors.length === 1 ? ["detail"] : [])]) {
        const exact = CS(rows(sectors, 0, blank), rows([B], 0, blank), t0, 40, 250, output);
        const padded = CS(rows(sectors, spare, blank), rows([B], spare, blank), t1, 40, 250, output);
        if (output === "series") {
          expect(shown(padded.slice(0, n))).toEqual(shown(exact));
          expect(padded.slice(n).every((r) => r.every((c) => c === ""))).toBe(true);
        } else {
          expect(shown(padded)).toEqual(shown(exact));
        }
      }
    }
  });
});

describe("where the data ends, by hand", () => {
  test("the issue's case: 300 rows inside a 400-row selection score as the 300 rows, not as a flat market", () => {
    const exact = CS(rows([S], 0, null), rows([B], 0, null));
    const padded = CS(rows([S], 100, null), rows([B], 100, null));
    expect(padded).toEqual(exact);
    // Before the fix the spare rows were carried forward: the 40-row excess decayed to 0 and that 0 was
    // ranked. Carrying forward by hand reproduces the old answer, which must differ from today's.
    const carried = rows([S], 0, null).concat(Array.from({ length: 100 }, () => [S[n - 1]]));
    const carriedB = rows([B], 0, null).concat(Array.from({ length: 100 }, () => [B[n - 1]]));
    expect(CS(carried, carriedB)).not.toEqual(exact);
  });

  test("a sector that ends 5 rows before its benchmark is carried forward for those 5 rows and no further", () => {
    // Sector 100, 110, 121 then blank; benchmark 100 for 5 rows then blank; window 1.
    // Rows 2, 3: 110/100 − 1 and 121/110 − 1 over a flat benchmark. Rows 4 and 5 carry the
    // sector's 121: excess (121/121 − 1) − 0 = 0. Rows 6 and 7 are after the data: "".
    const sector = [[100], [110], [121], [null], [""], [null], [null]];
    const bench = [[100], [100], [100], [100], [100], [""], [0]];
    expect(shown(RE(sector, bench, 1))).toEqual([
      [{ code: "#N/A", message: "needs 1 earlier rows" }],
      [110 / 100 - 1 - 0],
      [121 / 110 - 1 - 0],
      [0],
      [0],
      [""],
      [""],
    ]);
  });

  test("turnover that runs on after the prices does not extend the data", () => {
    const withMore = rows([T, M], 0, null).concat(Array.from({ length: 50 }, (_, i) => [1000 + i, 9999]));
    const exact = CS(rows([S], 0, null), rows([B], 0, null), rows([T, M], 0, null), 40, null, "detail");
    const runOn = CS(rows([S], 50, null), rows([B], 50, null), withMore, 40, null, "detail");
    expect(shown(runOn)).toEqual(shown(exact));
    // Even text there is not looked at: it is not data.
    const textAfter = rows([T, M], 0, null).concat(Array.from({ length: 50 }, () => ["n/a", "n/a"]));
    expect(shown(CS(rows([S], 50, null), rows([B], 50, null), textAfter, 40, null, "detail"))).toEqual(shown(exact));
  });

  test("a blank row inside the data is still carried forward", () => {
    // Sector 100, blank, 121 with benchmark flat, window 1: row 2 carries 100 (excess 0), row 3 is 121/100 − 1.
    expect(shown(RE([[100], [null], [121], [null]], [[100], [100], [100], [null]], 1))).toEqual([
      [{ code: "#N/A", message: "needs 1 earlier rows" }],
      [0],
      [121 / 100 - 1],
      [""],
    ]);
  });

  test("row series: spare columns to the right are blank too", () => {
    const exact = RE([S.slice(0, 60)], [B.slice(0, 60)], 10);
    const padded = RE([[...S.slice(0, 60), null, "", 0]], [[...B.slice(0, 60), null, null, null]], 10);
    expect(shown([padded[0].slice(0, 60)])).toEqual(shown(exact));
    expect(padded[0].slice(60)).toEqual(["", "", ""]);
  });

  test("window limits follow the rows of data: 250 on 300 rows inside 5,000 is fine, 300 is not", () => {
    const ok = RE(rows([S], 4700, null), rows([B], 4700, null), 250);
    expect(typeof ok[n - 1][0]).toBe("number");
    expect(shown(RE(rows([S], 4700, null), rows([B], 4700, null), 300))).toEqual([
      [{ code: "#VALUE!", message: "window must be a whole number of rows from 1 to 299, not 300" }],
    ]);
  });

  test("a selection with too few prices says how many it has and how many were selected", () => {
    expect(shown(RE([[100], [null], [null]], [[100], [null], [null]], 1))).toEqual([
      [{ code: "#VALUE!", message: "sector has prices in 1 row of the 3 selected; needs at least 2" }],
    ]);
  });

  test("a text first row is called a header", () => {
    expect(shown(CS([["TMT"], ...rows([S], 0, null)], [["All A"], ...rows([B], 0, null)]))).toEqual([
      [{ code: "#VALUE!", message: 'sector row 1 is text "TMT", a header? Leave headers out of the range, or use a table column such as Prices[TMT]' }],
    ]);
  });
});

describe("property: appending blank rows never changes latest", () => {
  test("any data, any number of blanks of any kind, any turnover form", () => {
    const price = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 9 }) }, { weight: 1, arbitrary: fc.constantFrom(...BLANKS) });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(price, price, price), { minLength: 25, maxLength: 120, size: "max" }),
        fc.array(fc.constantFrom(...BLANKS), { minLength: 1, maxLength: 200, size: "max" }),
        fc.integer({ min: 1, max: 10 }),
        fc.boolean(),
        (data, spare, w, withTurnover) => {
          const s = data.map((r) => [r[0]]);
          const b = data.map((r) => [r[1]]);
          const t = data.map((r) => [r[2]]);
          const pad = (g: unknown[][]) => g.concat(spare.map((x) => [x]));
          const exact = CS(s, b, withTurnover ? t : null, w, null, "latest");
          const padded = CS(pad(s), pad(b), withTurnover ? pad(t) : null, w, null, "latest");
          expect(shown(padded)).toEqual(shown(exact));
          expect(shown(RE(pad(s), pad(b), w).slice(0, s.length))).toEqual(shown(RE(s, b, w)));
        },
      ),
      { numRuns: 200 },
    );
  });
});

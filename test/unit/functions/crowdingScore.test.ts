import fc from "fast-check";
import { installCustomFunctions, isCleanGrid, show } from "../../support/customFunctions";

installCustomFunctions();
// Imported after the fake runtime is installed, as in Excel.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { crowdingScoreFn: declared } = require("../../../src/functions/crowdingScore") as typeof import("../../../src/functions/crowdingScore");
// Excel passes an omitted argument as null, which the `any[][]` declaration does not admit.
const crowdingScoreFn = declared as (...args: unknown[]) => unknown[][];

const col = (xs: unknown[]): unknown[][] => xs.map((x) => [x]);
const shown = (grid: unknown[][]) => grid.map((r) => r.map(show));
const valueErr = (message: string) => [[{ code: "#VALUE!", message }]];

// 60 rows, benchmark flat, window 5: the excess has values on rows 5..59, 55
// in all. Sector S[t] = 100 + t²: its 5-row return (10t − 25)/(100 + (t − 5)²)
// is 0.25 at t = 5, peaks near t = 13 (0.64) and then falls to 0.187 at
// t = 59, the smallest of all 55 values (worked out by hand), so the last row
// ranks 0.
const n = 60;
const S = Array.from({ length: n }, (_, t) => 100 + t * t);
const B = new Array(n).fill(100);

describe("CROWDING_SCORE output forms", () => {
  test("'latest' gives one score per sector column as a 1×k row", () => {
    // Three sectors, by hand: S (see above) scores 0. An accelerating sector
    // 100·e^(0.0001·t²) has 5-row return e^(0.0001·(10t − 25)) − 1, rising
    // every row, so the last value is above all 54 others: 100 × 54/54 = 100.
    // A flat sector has excess 0 on every row: all ties, 0 below, score 0.
    const rising = Array.from({ length: n }, (_, t) => 100 * Math.exp(0.0001 * t * t));
    const grid = S.map((s, t) => [s, rising[t], 100]);
    const out = crowdingScoreFn(grid, col(B), null, 5, null, null);
    expect(out).toEqual([[0, 100, 0]]);
  });

  test("'series' keeps the sector's shape, #N/A with a reason where undefined", () => {
    const out = crowdingScoreFn(col(S), col(B), null, 5, null, "Series");
    expect(out).toHaveLength(n);
    expect(shown(out)[0][0]).toEqual({ code: "#N/A", message: "needs 5 earlier rows" });
    expect(shown(out)[10][0]).toEqual({ code: "#N/A", message: "excess needs 20 values of history to rank today, has 6" });
    expect(out[59][0]).toBe(0);
    expect(isCleanGrid(out)).toBe(true);
    const row = crowdingScoreFn([S], [B], null, 5, null, "series");
    expect(row).toHaveLength(1);
    expect(row[0]).toHaveLength(n);
    expect(row[0][59]).toBe(0);
  });

  test("'detail' is the labelled two-column table, Zone as its word", () => {
    const out = crowdingScoreFn(col(S), col(B), null, 5, null, "detail");
    const last = S[59] / S[54] - 1;
    // The peak is the largest 5-row excess: a naive scan written here.
    let peak = -Infinity;
    for (let t = 5; t < n; t++) peak = Math.max(peak, S[t] / S[t - 5] - B[t] / B[t - 5]);
    expect(shown(out)).toEqual([
      ["Score", 0],
      ["Zone", "Low"],
      ["Excess", last],
      ["Excess percentile", 0],
      ["Excess peak", peak],
      ["Headroom", peak - last],
      ["History", 55],
    ]);
  });

  test("'detail' with turnover adds the two turnover rows; #N/A cells carry reasons", () => {
    const shares = Array.from({ length: n }, (_, t) => [t < 30 ? "" : 0.05 + (t % 3) / 100]);
    const out = shown(crowdingScoreFn(col(S), col(B), shares, 5, 25, "detail"));
    expect(out.map((r) => r[0])).toEqual([
      "Score", "Zone", "Excess", "Excess percentile", "Excess peak", "Headroom", "Turnover share", "Turnover percentile", "History",
    ]);
    // Shares start at row 30, their 5-row average at row 34: 26 values by row 59, 25 inside the lookback.
    // The score, by a naive rescan written here: PERCENTRANK.INC×100 of the last 5-row excess among
    // rows 35..59, and of the last 5-row average share among its values in the same rows, averaged.
    const rank = (H: number[], x: number) => (100 * H.filter((h) => h < x).length) / (H.length - 1);
    const rows = Array.from({ length: 25 }, (_, i) => 35 + i);
    const ex = rows.map((t) => S[t] / S[t - 5] - 1);
    const share = (t: number) => shares[t][0] as number;
    const ma = rows.map((t) => (share(t) + share(t - 1) + share(t - 2) + share(t - 3) + share(t - 4)) / 5);
    expect(out[0][1]).toBeCloseTo((rank(ex, ex[24]) + rank(ma, ma[24])) / 2, 10);
    // Rows 55..59 have t % 3 = 1, 2, 0, 1, 2: shares 0.06, 0.07, 0.05, 0.06, 0.07.
    expect(out[6][1]).toBeCloseTo(0.062, 12);
    expect(out[8][1]).toBe(25);
  });

  test("'detail' with too little turnover history says so", () => {
    const shares = Array.from({ length: n }, (_, t) => [t < 50 ? null : 0.05]);
    const out = shown(crowdingScoreFn(col(S), col(B), shares, 5, null, "detail"));
    expect(out[0][1]).toEqual({ code: "#N/A", message: "turnover share needs 20 values of history to rank today, has 6" });
    expect(out[7][1]).toEqual({ code: "#N/A", message: "turnover share needs 20 values of history to rank today, has 6" });
  });
});

describe("CROWDING_SCORE bad input: #VALUE! naming argument and cell", () => {
  test.each([
    ["text in sector", [col([...S.slice(0, 16), "n/a", ...S.slice(17)]), col(B)], 'sector row 17 is text "n/a"; prices must be positive numbers'],
    ["a boolean in benchmark", [col(S), col([...B.slice(0, 2), true, ...B.slice(3)])], "benchmark row 3 is TRUE; prices must be positive numbers"],
    ["a negative price", [col(S), col([-1, ...B.slice(1)])], "benchmark row 1 is -1; prices must be positive numbers"],
    ["lengths that differ", [col(S), col(B.slice(2))], "sector has 60 rows but benchmark has 58"],
    ["negative turnover", [col(S), col(B), col([...B.slice(0, 9), -5, ...B.slice(10)])], "turnover row 10 is -5; turnover must be positive numbers"],
    ["text in turnover amounts", [col(S), col(B), B.map((b, t) => (t === 3 ? [1, "x"] : [1, b]))], 'turnover row 4, column 2 is text "x"; turnover must be positive numbers'],
    ["turnover of another length", [col(S), col(B), col(B.slice(1))], "sector has 60 rows but turnover has 59"],
    ["turnover three columns wide", [col(S), col(B), B.map(() => [1, 2, 3])], "turnover has 3 columns but sector has 1; give one share column per sector column, or two columns (sector and market turnover) for one sector"],
    ["one turnover column for two sectors", [S.map((s) => [s, s]), col(B), col(B)], "turnover has 1 column but sector has 2; give one share column per sector column, or two columns (sector and market turnover) for one sector"],
    ["a lookback below 20", [col(S), col(B), null, 5, 10], "lookback must be a whole number of rows of at least 20, not 10"],
    ["a lookback not whole", [col(S), col(B), null, 5, 30.5], "lookback must be a whole number of rows of at least 20, not 30.5"],
    ["a lookback as text", [col(S), col(B), null, 5, "750"], 'lookback must be a whole number of rows of at least 20, not text "750"'],
    ["a lookback range", [col(S), col(B), null, 5, [[20], [30]]], "lookback must be a whole number of rows of at least 20, not a range of several cells"],
    ["a window too long", [col(S), col(B), null, 60], "window must be a whole number of rows from 1 to 59, not 60"],
    ["a window range", [col(S), col(B), null, [[5, 6]]], "window must be a whole number of rows from 1 to 59, not a range of several cells"],
    ["an unknown output", [col(S), col(B), null, 5, null, "all"], 'output must be one of "latest", "series", "detail", not text "all"'],
    ["detail of two sectors", [S.map((s) => [s, s]), col(B), null, 5, null, "detail"], 'output "detail" describes one sector, but sector has 2 columns; use "latest" or "series", or give one column'],
    ["one row", [[[1]], [[1]]], "sector has 1 row; needs at least 2"],
  ])("%s", (_name, args, message) => {
    const [s, b, t, w, l, o] = args as unknown[];
    expect(shown(crowdingScoreFn(s as unknown[][], b as unknown[][], t as unknown[][], w, l, o))).toEqual(valueErr(message));
  });

  test("an omitted turnover arrives as null, undefined or an empty single cell", () => {
    const base = crowdingScoreFn(col(S), col(B), null, 5, null, "detail");
    expect(crowdingScoreFn(col(S), col(B), undefined, 5, null, "detail")).toEqual(base);
    expect(crowdingScoreFn(col(S), col(B), [[null]], 5, null, "detail")).toEqual(base);
    expect(crowdingScoreFn(col(S), col(B), [[""]], 5, null, "detail")).toEqual(base);
    expect(base).toHaveLength(7);
  });

  test("an unexpected failure is caught and shown, never thrown", () => {
    const evil = [[1], [2]];
    Object.defineProperty(evil, 1, { get: () => { throw new Error("boom"); } });
    expect(shown(crowdingScoreFn(evil, col([1, 2])))).toEqual(valueErr("CROWDING_SCORE failed unexpectedly: boom"));
  });
});

describe("properties over random grids", () => {
  // Cells an analyst's paste can hold: prices (few levels, so ties), extreme
  // prices, blanks in their three forms, and (when `junk`) bad cells.
  const cell = (junk: boolean) =>
    fc.oneof(
      { weight: 12, arbitrary: fc.integer({ min: 1, max: 8 }) },
      { weight: 4, arbitrary: fc.double({ min: 1e-300, max: 1e300, noNaN: true }) },
      { weight: 2, arbitrary: fc.constantFrom(null, "", 0) },
      { weight: junk ? 1 : 0, arbitrary: fc.oneof(fc.string(), fc.boolean(), fc.constantFrom(NaN, Infinity, -1)) },
    );
  const grid = (rows: number, cols: number, junk: boolean) =>
    fc.array(fc.array(cell(junk), { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });
  const args = (junk: boolean) =>
    fc
      .record({ n: fc.integer({ min: 1, max: 90 }), k: fc.integer({ min: 1, max: 3 }), oneBench: fc.boolean(), tk: fc.constantFrom(0, 1, 2, 3) })
      .chain(({ n, k, oneBench, tk }) =>
        fc.tuple(
          grid(n, k, junk),
          grid(n, oneBench ? 1 : k, junk),
          tk === 0 ? fc.constant(null) : grid(n, tk, junk),
          junk ? fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 12 }), fc.double(), fc.string()) : fc.integer({ min: 1, max: 6 }),
          junk ? fc.oneof(fc.constant(null), fc.integer({ min: 15, max: 60 }), fc.double()) : fc.oneof(fc.constant(null), fc.integer({ min: 20, max: 60 })),
          junk ? fc.oneof(fc.constant(null), fc.constantFrom("latest", "SERIES", " detail ", "bad", 7)) : fc.constantFrom("latest", "series", "detail"),
        ),
      );

  test.each([
    ["any cells and arguments", true],
    ["valid cells and arguments (numbers come out)", false],
  ])("%s: never throws; every cell is a finite number, a word or an error; scores are within [0, 100]", (_name, junk) => {
    fc.assert(
      fc.property(args(junk as boolean), ([s, b, t, w, l, o]) => {
        const out = crowdingScoreFn(s, b, t as unknown[][], w, l, o);
        expect(isCleanGrid(out)).toBe(true);
        const isDetail = out.length > 1 && out[0][0] === "Score";
        const scores = isDetail ? [out[0][1]] : out.flat();
        for (const c of scores) if (typeof c === "number") expect(c >= 0 && c <= 100).toBe(true);
        if (isDetail) {
          const zone = out[1][1];
          expect(typeof zone === "string" ? ["Low", "Elevated", "Crowded", "Extreme"].includes(zone) : true).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});

import { loadFunctionsBundle, readFunctionsJson } from "../support/bundle";
import { isCleanGrid, show } from "../support/customFunctions";

// CROWDING_SCORE as the built dist/functions.js registers it (run
// `npx webpack --mode production` first), in a plain JavaScript context.

const col = (xs: unknown[]): unknown[][] => xs.map((x) => [x]);

describe("functions.json declares CROWDING_SCORE", () => {
  test("six parameters, the last four optional, ranges as matrices", () => {
    const f = readFunctionsJson().functions.find((x) => x.id === "CROWDING_SCORE");
    expect(f).toBeDefined();
    expect(f!.parameters.map((p) => [p.name, Boolean(p.optional), p.dimensionality ?? "scalar"])).toEqual([
      ["sector", false, "matrix"],
      ["benchmark", false, "matrix"],
      ["turnover", true, "matrix"],
      ["window", true, "scalar"],
      ["lookback", true, "scalar"],
      ["output", true, "scalar"],
    ]);
    expect(f!.result.dimensionality).toBe("matrix");
  });
});

describe("the bundle's CROWDING_SCORE", () => {
  const fn = loadFunctionsBundle().fn("CROWDING_SCORE") as (...args: unknown[]) => unknown[][];

  // The hand-checked case of test/unit/core/crowding.test.ts: benchmark flat,
  // the sector moves by 2^d a row, window 1, so the excess is 2^d − 1 exactly
  // and ranks follow d. By hand (COUNTIF over d): the last row (d = 2) has 17 of
  // its 24 history values below it → 100 × 17/23; peak 7 (d = 3); headroom 4.
  const d = [1, -1, 2, 0, -2, 1, 3, -1, 0, 2, 1, -2, 0, 3, -1, 1, 2, 0, -1, 1, 3, -2, 0, 2];
  const S = [1024];
  for (const k of d) S.push(S[S.length - 1] * 2 ** k);
  const B = new Array(25).fill(100);

  test("'latest' (the default) gives the last score", () => {
    expect(fn(col(S), col(B), null, 1, null, null)).toEqual([[(100 * 17) / 23]]);
    // Two sectors: a 1×2 row; the second (flat) has all-zero excess: ties, 0.
    expect(fn(S.map((s) => [s, 100]), col(B), null, 1, null, "latest")).toEqual([[(100 * 17) / 23, 0]]);
  });

  test("'series' gives a score for every row, #N/A with a reason before 20 values", () => {
    const out = fn(col(S), col(B), null, 1, null, "series");
    expect(isCleanGrid(out)).toBe(true);
    expect(out).toHaveLength(25);
    expect(show(out[0][0])).toEqual({ code: "#N/A", message: "needs 1 earlier rows" });
    expect(show(out[19][0])).toEqual({ code: "#N/A", message: "excess needs 20 values of history to rank today, has 19" });
    expect(out.slice(20).map((r) => r[0])).toEqual([(100 * 10) / 19, (100 * 18) / 20, 0, (100 * 7) / 22, (100 * 17) / 23]);
  });

  test("'detail' gives the labelled table", () => {
    expect(fn(col(S), col(B), null, 1, 20, "detail").map((r) => r.map(show))).toEqual([
      ["Score", (100 * 14) / 19],
      ["Zone", "Elevated"],
      ["Excess", 3],
      ["Excess percentile", (100 * 14) / 19],
      ["Excess peak", 7],
      ["Headroom", 4],
      ["History", 20],
    ]);
  });

  test("turnover as two columns of amounts adds the turnover rows", () => {
    const amounts = S.map((_, t) => [10 + (t % 4), 100]);
    const out = fn(col(S), col(B), amounts, 1, null, "detail");
    expect(out.map((r) => r[0])).toContain("Turnover percentile");
    // With window 1 the average is today's share: row 24 has 24 % 4 = 0, so (10 + 0)/100.
    expect(out[6][1]).toBeCloseTo(0.1, 12);
    expect(isCleanGrid(out)).toBe(true);
  });

  test("bad input is a #VALUE! naming argument and cell", () => {
    expect(fn(col(S), col(B), null, 1, 19, null).map((r) => r.map(show))).toEqual([
      [{ code: "#VALUE!", message: "lookback must be a whole number of rows of at least 20, not 19" }],
    ]);
    expect(fn(col([...S.slice(0, 4), true, ...S.slice(5)]), col(B)).map((r) => r.map(show))).toEqual([
      [{ code: "#VALUE!", message: "sector row 5 is TRUE; prices must be positive numbers" }],
    ]);
  });
});

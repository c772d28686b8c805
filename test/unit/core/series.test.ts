import { isBatonError } from "../../../src/core/errors";
import { fillForward, pairWith, readSeriesBlock, SeriesBlock } from "../../../src/core/series";

// Expected values are written out by hand from the contract (docs/functions.md, "Rules every function follows").
describe("readSeriesBlock", () => {
  test("reads an n×1 column, marking null, empty text, spaces and 0 as missing", () => {
    const r = readSeriesBlock([[100], [null], [""], ["  "], [0], [101.5]], "sector", "prices") as SeriesBlock;
    expect(r.orientation).toBe("column");
    expect(r.length).toBe(6);
    expect(Array.from(r.series[0])).toEqual([100, NaN, NaN, NaN, NaN, 101.5]);
  });

  test("reads a 1×n row as one series in row orientation", () => {
    const r = readSeriesBlock([[1, 2, 3]], "sector", "prices") as SeriesBlock;
    expect(r.orientation).toBe("row");
    expect(r.series).toHaveLength(1);
    expect(Array.from(r.series[0])).toEqual([1, 2, 3]);
  });

  test("reads an n×k block as k column series", () => {
    const r = readSeriesBlock([[1, 10], [2, 20]], "sector", "prices") as SeriesBlock;
    expect(r.series.map((s) => Array.from(s))).toEqual([[1, 2], [10, 20]]);
  });

  test.each([
    [[[1], ["n/a"]], "sector row 2 is text \"n/a\"; prices must be positive numbers"],
    [[[1], [true]], "sector row 2 is TRUE; prices must be positive numbers"],
    [[[1], [-3]], "sector row 2 is -3; prices must be positive numbers"],
    [[[1], [Infinity]], "sector row 2 is not a finite number; prices must be positive numbers"],
    [[[1], [NaN]], "sector row 2 is not a number; prices must be positive numbers"],
    [[[1, 2, "x"]], "sector column 3 is text \"x\"; prices must be positive numbers"],
    [[[1, 2], [3, false]], "sector row 2, column 2 is FALSE; prices must be positive numbers"],
    [[[1], [{ type: "Error" }]], "sector row 2 is an error value; prices must be positive numbers"],
  ])("a bad cell is #VALUE! naming argument and position: %j", (grid, message) => {
    const r = readSeriesBlock(grid, "sector", "prices");
    expect(isBatonError(r) && r.kind).toBe("value");
    expect(isBatonError(r) && r.message).toBe(message);
  });

  test("an empty grid is #VALUE!", () => {
    const r = readSeriesBlock([], "benchmark", "prices");
    expect(isBatonError(r) && r.message).toBe("benchmark is empty; give a range of values");
  });
});

describe("fillForward", () => {
  test("carries the last price forward and leaves the head missing", () => {
    expect(Array.from(fillForward(Float64Array.of(NaN, 5, NaN, NaN, 6, NaN)))).toEqual([NaN, 5, 5, 5, 6, 6]);
  });
});

describe("pairWith", () => {
  const block = (k: number, n: number): SeriesBlock => ({
    orientation: "column",
    length: n,
    series: Array.from({ length: k }, () => new Float64Array(n)),
  });
  test("one benchmark serves every sector column", () => {
    const b = block(1, 3);
    const r = pairWith(block(3, 3), "sector", b, "benchmark") as Float64Array[];
    expect(r).toHaveLength(3);
    expect(r.every((x) => x === b.series[0])).toBe(true);
  });
  test("lengths that differ give both sizes", () => {
    const r = pairWith(block(1, 250), "sector", block(1, 248), "benchmark");
    expect(isBatonError(r) && r.message).toBe("sector has 250 rows but benchmark has 248");
  });
  test("column counts that differ are #VALUE!", () => {
    const r = pairWith(block(3, 5), "sector", block(2, 5), "benchmark");
    expect(isBatonError(r) && r.kind).toBe("value");
  });
});

import { BatonError, isBatonError } from "../../../src/core/errors";
import { excessColumn, rollingExcess } from "../../../src/core/excess";
import { cellAt, SeriesResult } from "../../../src/core/result";

const col = (xs: unknown[]): unknown[][] => xs.map((x) => [x]);
const cells = (r: SeriesResult | BatonError, j = 0): unknown[] => {
  if (isBatonError(r)) throw new Error(`unexpected error: ${r.message}`);
  return Array.from({ length: r.length }, (_, i) => {
    const c = cellAt(r.columns[j], i);
    return isBatonError(c) ? `${c.kind}:${c.message}` : c;
  });
};
const err = (r: SeriesResult | BatonError): string => (isBatonError(r) ? `${r.kind}:${r.message}` : "no error");

// Hand computation (checked with a calculator and with the spreadsheet formula
// =(S4/S2-1)-(B4/B2-1) etc.): S = 100, 102, 101, 105, 110; B = 200, 201, 203, 202, 204; window 2.
//   t=2: rs = 101/100-1 = 0.01,       rb = 203/200-1 = 0.015       -> simple -0.005
//   t=3: rs = 105/102-1 = 0.0294118, rb = 202/201-1 = 0.0049751    -> simple  0.0244366
//   t=4: rs = 110/101-1 = 0.0891089, rb = 204/203-1 = 0.0049261    -> simple  0.0841828
// geometric (1+rs)/(1+rb)-1 and log ln(1+rs)-ln(1+rb) from the same ratios.
const S = [100, 102, 101, 105, 110];
const B = [200, 201, 203, 202, 204];
const NA2 = "na:needs 2 earlier rows";

describe("ROLLING_EXCESS core: the three methods against a hand computation", () => {
  test("simple is rs - rb", () => {
    const got = cells(rollingExcess(col(S), col(B), 2, "simple"));
    expect(got.slice(0, 2)).toEqual([NA2, NA2]);
    expect(got[2]).toBeCloseTo(-0.005, 12);
    expect(got[3]).toBeCloseTo(0.024436640327772707, 12);
    expect(got[4]).toBeCloseTo(0.08418280251670485, 12);
  });
  test("geometric is (1+rs)/(1+rb) - 1", () => {
    const got = cells(rollingExcess(col(S), col(B), 2, "geometric"));
    expect(got[2]).toBeCloseTo(-0.004926108374384119, 12);
    expect(got[3]).toBeCloseTo(0.024315666860803553, 12);
    expect(got[4]).toBeCloseTo(0.08377014172005426, 12);
  });
  test("log is ln(1+rs) - ln(1+rb)", () => {
    const got = cells(rollingExcess(col(S), col(B), 2, "log"));
    expect(got[2]).toBeCloseTo(-0.0049382816405824665, 12);
    expect(got[3]).toBeCloseTo(0.02402474753112309, 12);
    expect(got[4]).toBeCloseTo(0.08044583414872769, 12);
  });
  test("method is read in any case and with spaces; omitted is simple", () => {
    const a = cells(rollingExcess(col(S), col(B), 2, " GEOMETRIC "));
    expect(a[4]).toBeCloseTo(0.08377014172005426, 12);
    const b = cells(rollingExcess(col(S), col(B), 2, null));
    expect(b[4]).toBeCloseTo(0.08418280251670485, 12);
  });
  test("window defaults to 40", () => {
    const s = Array.from({ length: 41 }, (_, i) => 100 + i);
    const b = Array.from({ length: 41 }, () => 50);
    const got = cells(rollingExcess(col(s), col(b), null, null));
    expect(got[39]).toBe("na:needs 40 earlier rows");
    expect(got[40]).toBeCloseTo(140 / 100 - 1, 12); // benchmark flat: rb = 0
  });
});

describe("blanks are carried forward", () => {
  test("null, empty text and 0 take the last price", () => {
    // Filled S = 100, 100, 100, 100, 110; B flat -> excess at t = 4 (w = 1) is 110/100 - 1 = 0.1
    const got = cells(rollingExcess(col([100, null, "", 0, 110]), col([50, 50, 50, 50, 50]), 1));
    expect(got).toEqual([ "na:needs 1 earlier rows", 0, 0, 0, expect.closeTo(0.1, 12)]);
  });
  test("rows before the first price have no price: #N/A until S[t-w] exists", () => {
    const got = cells(rollingExcess(col([null, null, 100, 101]), col([10, 10, 10, 10]), 1));
    expect(got.slice(0, 3)).toEqual(["na:needs 1 earlier rows", "na:needs 1 earlier rows", "na:needs 1 earlier rows"]);
    expect(got[3]).toBeCloseTo(0.01, 12);
  });
  test("a benchmark gap is filled too", () => {
    const got = cells(rollingExcess(col([100, 110, 121]), col([100, 0, 100]), 1));
    expect(got[1]).toBeCloseTo(0.1, 12);
    expect(got[2]).toBeCloseTo(0.1, 12);
  });
});

describe("shapes", () => {
  test("a row stays a row", () => {
    const r = rollingExcess([S], [B], 2);
    expect(!isBatonError(r) && r.orientation).toBe("row");
    expect(cells(r)[4]).toBeCloseTo(0.08418280251670485, 12);
  });
  test("k sector columns against one benchmark give k columns", () => {
    const grid = S.map((s, i) => [s, B[i]]);
    const r = rollingExcess(grid, col(B), 2);
    expect(!isBatonError(r) && r.columns.length).toBe(2);
    expect(cells(r, 0)[4]).toBeCloseTo(0.08418280251670485, 12);
    expect(cells(r, 1)[4]).toBeCloseTo(0, 12); // B against itself
  });
  test("paired benchmark columns line up column by column", () => {
    const grid = S.map((s, i) => [s, B[i]]);
    const bench = B.map((b, i) => [b, S[i]]);
    const r = rollingExcess(grid, bench, 2);
    expect(cells(r, 0)[4]).toBeCloseTo(0.08418280251670485, 12);
    expect(cells(r, 1)[4]).toBeCloseTo(-0.08418280251670485, 12);
  });
  test("a row sector with a column benchmark of the same length is accepted", () => {
    expect(cells(rollingExcess([S], col(B), 2))[4]).toBeCloseTo(0.08418280251670485, 12);
  });
});

describe("bad input is #VALUE! with a message naming argument and cell", () => {
  test.each([
    ["text in sector", col([100, "n/a", 102]), col([1, 1, 1]), 1, null, 'value:sector row 2 is text "n/a"; prices must be positive numbers'],
    ["boolean in benchmark", col([100, 101, 102]), col([1, true, 1]), 1, null, "value:benchmark row 2 is TRUE; prices must be positive numbers"],
    ["negative price", col([100, -101, 102]), col([1, 1, 1]), 1, null, "value:sector row 2 is -101; prices must be positive numbers"],
    ["lengths differ", col([1, 2, 3]), col([1, 2]), 1, null, "value:sector has 3 rows but benchmark has 2"],
    ["window 0", col([1, 2, 3]), col([1, 2, 3]), 0, null, "value:window must be a whole number of rows from 1 to 2, not 0"],
    ["window = n", col([1, 2, 3]), col([1, 2, 3]), 3, null, "value:window must be a whole number of rows from 1 to 2, not 3"],
    ["window 1.5", col([1, 2, 3]), col([1, 2, 3]), 1.5, null, "value:window must be a whole number of rows from 1 to 2, not 1.5"],
    ["window as text", col([1, 2, 3]), col([1, 2, 3]), "2", null, 'value:window must be a whole number of rows from 1 to 2, not text "2"'],
    ["default window too long", col([1, 2, 3]), col([1, 2, 3]), null, null, "value:window must be a whole number of rows from 1 to 2, not 40"],
    ["unknown method", col([1, 2, 3]), col([1, 2, 3]), 1, "arith", 'value:method must be one of "simple", "geometric", "log", not text "arith"'],
    ["window given as a range of cells", col([1, 2, 3]), col([1, 2, 3]), [[1], [2]], null, "value:window must be a whole number of rows from 1 to 2, not a range of several cells"],
    ["method given as a range of cells", col([1, 2, 3]), col([1, 2, 3]), 1, [["simple", "log"]], 'value:method must be one of "simple", "geometric", "log", not a range of several cells'],
    ["a row sector against a shorter column benchmark says each unit", [[1, 2, 3]], col([1, 2]), 1, null, "value:sector has 3 columns but benchmark has 2 rows"],
    ["one column is singular", [[1], [2]], [[1, 1], [2, 2]], 1, null, "value:sector has 1 column but benchmark has 2; give one benchmark series or one per sector column"],
    ["one row only", [[5]], [[5]], 1, null, "value:sector has 1 row; needs at least 2"],
    ["three sectors, two benchmarks", [[1, 1, 1], [2, 2, 2]], [[1, 1], [2, 2]], 1, null, "value:sector has 3 columns but benchmark has 2; give one benchmark series or one per sector column"],
  ])("%s", (_name, s, b, w, m, message) => {
    expect(err(rollingExcess(s, b, w, m))).toBe(message);
  });
});

describe("excessColumn edge cases", () => {
  test("overflow on both sides (Infinity − Infinity) is the overflow #VALUE!, not a missing-history #N/A", () => {
    // S and B both jump by 1e600 over one row: each ratio overflows to Infinity, the difference is NaN.
    const p = Float64Array.of(1e-300, 1e300, 1e-300);
    const r = excessColumn(p, Float64Array.from(p), 1, "simple");
    expect(cellAt(r, 1)).toEqual(expect.objectContaining({ kind: "value", message: "result is too large to show; check the prices' units" }));
    expect(cellAt(r, 0)).toEqual(expect.objectContaining({ kind: "na" }));
  });
  test("extreme prices never produce Infinity: the cell is #VALUE! saying why", () => {
    const r = excessColumn(Float64Array.of(1e-300, 1e300), Float64Array.of(1, 1), 1, "simple");
    expect(cellAt(r, 1)).toEqual(expect.objectContaining({ kind: "value" }));
  });
});

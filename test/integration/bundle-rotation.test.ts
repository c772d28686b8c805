import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { distDir, loadFunctionsBundle, readFunctionsJson } from "../support/bundle";
import { isCleanGrid, makeCustomFunctions, show } from "../support/customFunctions";

// ROTATION and SEASONALITY as the built dist/functions.js registers them (run
// `npm run build` first), in a plain JavaScript context.

const col = (xs: unknown[]): unknown[][] => xs.map((x) => [x]);
const shown = (grid: unknown[][]) => grid.map((r) => r.map(show));

describe("functions.json declares ROTATION and SEASONALITY", () => {
  const all = readFunctionsJson().functions;

  test("ROTATION: five parameters, the last three optional, help for each", () => {
    const f = all.find((x) => x.id === "ROTATION");
    expect(f).toBeDefined();
    expect(f!.parameters.map((p) => [p.name, Boolean(p.optional), p.dimensionality ?? "scalar"])).toEqual([
      ["sector", false, "matrix"],
      ["benchmark", false, "matrix"],
      ["window", true, "scalar"],
      ["momentum", true, "scalar"],
      ["output", true, "scalar"],
    ]);
    expect(f!.parameters.every((p) => (p.description ?? "").length > 20)).toBe(true);
    expect(f!.result.dimensionality).toBe("matrix");
    // The help says plainly that this is not the proprietary formula.
    expect(f!.description).toMatch(/not the proprietary JdK/);
  });

  test("SEASONALITY: four parameters, output optional, help for each", () => {
    const f = all.find((x) => x.id === "SEASONALITY");
    expect(f).toBeDefined();
    expect(f!.parameters.map((p) => [p.name, Boolean(p.optional), p.dimensionality ?? "scalar"])).toEqual([
      ["dates", false, "matrix"],
      ["sector", false, "matrix"],
      ["benchmark", false, "matrix"],
      ["output", true, "scalar"],
    ]);
    expect(f!.parameters.every((p) => (p.description ?? "").length > 20)).toBe(true);
  });
});

describe("the bundle's ROTATION", () => {
  const fn = loadFunctionsBundle().fn("ROTATION") as (...args: unknown[]) => unknown[][];
  // Hand case (test/unit/core/rotation.test.ts): benchmark flat, S = 100, 102, 101, 104, 103, 107, window 3,
  // momentum 1: the last Ratio is 100 + (7/3)/√(13/3); the quadrant Leading.
  const S = [100, 102, 101, 104, 103, 107];
  const B = [100, 100, 100, 100, 100, 100];

  test("'latest' is Ratio, Momentum, Quadrant", () => {
    const out = fn(col(S), col(B), 3, 1, null);
    expect(out).toHaveLength(3);
    expect(out[0][0]).toBeCloseTo(100 + 7 / 3 / Math.sqrt(13 / 3), 12);
    expect(out[2][0]).toBe("Leading");
    expect(isCleanGrid(out)).toBe(true);
  });

  test("series outputs keep the shape; spare rows give \"\"", () => {
    const out = fn(col([...S, null, ""]), col([...B, null, ""]), 3, 1, "quadrant");
    expect(out.map((r) => show(r[0]))).toEqual([
      { code: "#N/A", message: "Ratio needs 3 rows with both sector and benchmark prices (the window)" },
      { code: "#N/A", message: "Ratio needs 3 rows with both sector and benchmark prices (the window)" },
      { code: "#N/A", message: "Momentum needs a Ratio 1 rows earlier" },
      { code: "#N/A", message: "Momentum needs 3 rows of Ratio's rate of change (the window)" },
      { code: "#N/A", message: "Momentum needs 3 rows of Ratio's rate of change (the window)" },
      "Leading",
      "",
      "",
    ]);
  });

  test("bad input is a #VALUE! naming argument and cell", () => {
    expect(shown(fn(col(S), col(B), 1, 1, null))).toEqual([[{ code: "#VALUE!", message: "window must be a whole number of rows from 2 to 5, not 1" }]]);
    expect(shown(fn(col(S), col(B), 3, 6, null))).toEqual([[{ code: "#VALUE!", message: "momentum must be a whole number of rows from 1 to 5, not 6" }]]);
    expect(shown(fn(col(S), col(B), 3, 1, "rrg"))).toEqual([
      [{ code: "#VALUE!", message: 'output must be one of "latest", "ratio", "momentum", "quadrant", not text "rrg"' }],
    ]);
    expect(shown(fn(col([100, -1, 101]), col([1, 1, 1]), 2, 1, null))).toEqual([
      [{ code: "#VALUE!", message: "sector row 2 is -1; prices must be positive numbers" }],
    ]);
  });
});

describe("the bundle's SEASONALITY", () => {
  const fn = loadFunctionsBundle().fn("SEASONALITY") as (...args: unknown[]) => unknown[][];
  // By hand: month ends 2025-12-31, 2026-01-30, 2026-02-27, 2026-03-31. January: 0.10 − 0.01 = 0.09;
  // February: (99/110 − 1) − 0 = −0.1; March is the last month (not counted).
  const dates = col(["2025-12-31", 46052, "2026-02-27", 46112.5]);
  const S = col([100, 110, 99, 120]);
  const B = col([100, 101, 101, 100]);

  test("'table' is 13×5", () => {
    const out = fn(dates, S, B, null);
    expect(out[0]).toEqual(["Month", "Mean excess", "Median excess", "Win rate", "Years"]);
    expect(out[1][1]).toBeCloseTo(0.09, 14);
    expect(out[2][1]).toBeCloseTo(-0.1, 14);
    expect(show(out[3][1])).toEqual({ code: "#N/A", message: "no complete March in the data" });
    expect(out.map((r) => r[4])).toEqual(["Years", 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(isCleanGrid(out)).toBe(true);
  });

  test("bad dates are a #VALUE! naming the position", () => {
    expect(shown(fn(col(["2025-12-31", 46052, 46052, 46112]), S, B, null))).toEqual([
      [{ code: "#VALUE!", message: "dates row 3 (2026-01-30) is not after row 2 (2026-01-30); dates must be strictly increasing" }],
    ]);
    expect(shown(fn(col(["2025-12-31", "n/a", 46080, 46112]), S, B, "count"))).toEqual([
      [{ code: "#VALUE!", message: 'dates row 2 is text "n/a"; dates must be Excel dates or ISO text such as 2026-04-24' }],
    ]);
  });
});

describe("under a Chinese display language", () => {
  // The bundle in a plain JS context whose Office object says zh-CN, as the shared runtime has it.
  function load(displayLanguage: string) {
    const runtime = makeCustomFunctions();
    const ctx = vm.createContext({ CustomFunctions: runtime, console, Office: { context: { displayLanguage } } });
    vm.runInContext(fs.readFileSync(path.join(distDir, "functions.js"), "utf8"), ctx);
    return (id: string) => runtime.registered[id] as (...a: unknown[]) => unknown[][];
  }

  test("messages are Chinese (written here by hand); quadrant words and table headers stay English", () => {
    const zh = load("zh-CN");
    const en = load("en-US");
    const S = col([100, 102, 101, 104, 103, 107]);
    const B = col([100, 100, 100, 100, 100, 100]);
    expect(zh("ROTATION")(S, B, 3, 1, "quadrant").slice(5).map((r) => r[0])).toEqual(["Leading"]);
    expect(show(zh("ROTATION")(S, B, 3, 1, "ratio")[0][0])).toEqual({
      code: "#N/A",
      message: "Ratio 需要 3 行 sector 与 benchmark 都有价格的数据（窗口）",
    });
    const dates = col(["2025-12-31", "2026-01-30", "2026-02-27", "2026-03-31"]);
    const P = col([100, 110, 99, 120]);
    const Q = col([100, 101, 101, 100]);
    const t = zh("SEASONALITY")(dates, P, Q, null);
    expect(t[0]).toEqual(en("SEASONALITY")(dates, P, Q, null)[0]);
    expect(show(t[5][1])).toEqual({ code: "#N/A", message: "数据中没有完整的 5 月" });
    expect(show(zh("SEASONALITY")(col(["2025-12-31", "2025-12-31", "2026-02-27", "2026-03-31"]), P, Q, null)[0][0])).toEqual({
      code: "#VALUE!",
      message: "dates 第 2 行（2025-12-31）不晚于第 1 行（2025-12-31）；日期须严格递增",
    });
  });
});

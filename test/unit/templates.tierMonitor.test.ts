/**
 * The tier-monitor template (issue 11): formulas as stored, and cached values
 * against sources other than the code under test:
 * - the sample segments table's "return since rebound" (the report's shape the
 *   prices were built to; prices are rounded to 2 decimals, hence 1e-4);
 * - plain loops written here for the 40-day excess and its percentile
 *   (docs/functions.md's definitions), and a naive two-pass Ratio/Momentum
 *   (docs/functions.md, ROTATION) with the quadrant rule;
 * - taxonomy.md for tiers (光纤光缆 and CPO tier 1, 算力租赁 tier 2, 游戏 tier 3;
 *   量子计算 unknown) and the hand count of Excel serials (2026-04-24 is 46136).
 */
import { sampleSegmentPrices, sampleSegments } from "../../src/sample";
import { buildTierMonitor, columnRef, storedFormula, tierMonitorFormulas, tierMonitorRows } from "../../src/templates";
import { openXlsx, readSheet } from "../../src/templates/ooxml";
import { MONITOR_LAYOUT } from "../../src/templates/tierMonitor";
import { writeWorkbook } from "../../src/templates/write";

const rows = tierMonitorRows();
const P = sampleSegmentPrices;
const T = P.dates.length - 1;
const B = P.allA;

/** Sample mean and standard deviation (divisor n − 1) of xs[from..to], two passes. */
function meanSd(xs: readonly number[], from: number, to: number): [number, number] {
  let s = 0;
  for (let i = from; i <= to; i++) s += xs[i];
  const mean = s / (to - from + 1);
  let q = 0;
  for (let i = from; i <= to; i++) q += (xs[i] - mean) ** 2;
  return [mean, Math.sqrt(q / (to - from))];
}

/** Ratio and Momentum at the last row, naively (window 40, momentum 10), as docs/functions.md writes them. */
function naiveRotation(S: readonly number[]): [number, number] {
  const w = 40;
  const m = 10;
  const rs = S.map((x, i) => (100 * x) / B[i]);
  const ratio = (t: number) => {
    const [mean, sd] = meanSd(rs, t - w + 1, t);
    return sd === 0 ? 100 : 100 + (rs[t] - mean) / sd;
  };
  const roc: number[] = [];
  for (let t = T - w + 1; t <= T; t++) roc.push(100 * (ratio(t) / ratio(t - m) - 1));
  const [mean, sd] = meanSd(roc, 0, roc.length - 1);
  return [ratio(T), sd === 0 ? 100 : 100 + (roc[roc.length - 1] - mean) / sd];
}

describe("tier-monitor cached values", () => {
  test("one row per sample segment, in the segments table's order", () => {
    expect(rows.map((r) => r.header)).toEqual(P.columns.map((c) => c.header));
    expect(rows.length).toBe(sampleSegments.length);
  });

  test("return since the rebound is the segments table's figure; excess since the rebound subtracts the all-A return", () => {
    const r = P.dates.indexOf("2026-04-08");
    const benchSince = B[T] / B[r] - 1;
    rows.forEach((row, j) => {
      expect(row.sinceRebound as number).toBeCloseTo(sampleSegments[j].sinceRebound, 4);
      expect(row.excessSinceRebound as number).toBeCloseTo((row.sinceRebound as number) - benchSince, 12);
    });
  });

  test("40-day excess and crowding score by plain loops", () => {
    rows.forEach((row, j) => {
      const S = P.columns[j].values;
      const ex = (t: number) => S[t] / S[t - 40] - 1 - (B[t] / B[t - 40] - 1);
      expect(row.excess as number).toBeCloseTo(ex(T), 12);
      let below = 0;
      for (let t = 40; t <= T; t++) if (ex(t) < ex(T)) below++;
      const history = T - 40 + 1;
      expect(row.crowding as number).toBeCloseTo((100 * below) / (history - 1), 9);
      const score = row.crowding as number;
      expect(row.zone).toBe(score >= 95 ? "Extreme" : score >= 80 ? "Crowded" : score >= 50 ? "Elevated" : "Low");
    });
    // The sample's story: optical modules and high-speed copper cables are Crowded, fiber optic cables Low.
    expect(rows[1].zone).toBe("Crowded");
    expect(rows[3].zone).toBe("Crowded");
    expect(rows[0].zone).toBe("Low");
  });

  test("Ratio, Momentum and Quadrant equal a naive two-pass computation and the quadrant rule", () => {
    rows.forEach((row, j) => {
      const [ratio, momentum] = naiveRotation(P.columns[j].values);
      expect(row.ratio as number).toBeCloseTo(ratio, 9);
      expect(row.momentum as number).toBeCloseTo(momentum, 9);
      const q = ratio >= 100 ? (momentum >= 100 ? "Leading" : "Weakening") : momentum >= 100 ? "Improving" : "Lagging";
      expect(row.quadrant).toBe(q);
    });
  });

  test("tiers from the vendor headers, as taxonomy.md places the segments", () => {
    const tier = (h: string) => rows.find((r) => r.header === h)!.tier;
    expect(tier("光纤光缆")).toBe(1);
    expect(tier("光模块(CPO)指数")).toBe(1);
    expect(tier("算力租赁指数")).toBe(2);
    expect(tier("申万游戏Ⅱ")).toBe(3);
    expect(tier("量子计算")).toEqual({ error: "#N/A" });
  });
});

describe("tier-monitor as written", () => {
  test("column references escape what Excel escapes", () => {
    // Excel's rule: [ ] # and ' in a header are escaped with ' inside a structured reference.
    expect(columnRef("T", "a[b]#c'd")).toBe("T[a'[b']'#c''d]");
    expect(columnRef("SegmentPrices", "光模块(CPO)指数")).toBe("SegmentPrices[光模块(CPO)指数]");
  });

  test.each([
    ["en", "Monitor", "All A"],
    ["zh-CN", "监测", "万得全A"],
  ] as const)("%s: the Monitor's BATON formulas read the SegmentPrices columns by header and spill where they should", async (lang, sheet, bench) => {
    // The English package is read back as written; the zh-CN model's formulas in their stored form
    // (templates.test.ts reads every package back and checks the stored forms of all BATON cells).
    const spec = buildTierMonitor(undefined, lang);
    const cells =
      lang === "en"
        ? await readSheet(await openXlsx(await writeWorkbook(spec)), sheet)
        : new Map(
            [...spec.sheets[2].cells].map(([a, c]) => [
              a,
              { ...c, formula: c.formula === undefined ? undefined : storedFormula(c.formula), ref: c.spill, cm: c.spill ? "1" : undefined },
            ]),
          );
    expect(spec.sheets[2].name).toBe(sheet);
    const r = MONITOR_LAYOUT.firstRow;
    expect(cells.get(`A${r}`)!.value).toBe("光纤光缆");
    expect(cells.get(`B${r}`)!.formula).toBe(`_xldudf_BATON_DIFFUSION_TIER(A${r})`);
    expect(cells.get(`C${r}`)!.formula).toBe(
      `LOOKUP(9.99E+307,_xldudf_BATON_ROLLING_EXCESS(SegmentPrices[光纤光缆],SegmentPrices[${bench}]))`,
    );
    expect(cells.get(`D${r}`)!.formula).toBe(`_xldudf_BATON_CROWDING_SCORE(SegmentPrices[光纤光缆],SegmentPrices[${bench}])`);
    const rot = cells.get(`F${r}`)!;
    expect(rot.formula).toBe(`TRANSPOSE(_xldudf_BATON_ROTATION(SegmentPrices[光纤光缆],SegmentPrices[${bench}]))`);
    expect(rot.ref).toBe(`F${r}:H${r}`);
    expect(rot.cm).toBe("1");
    expect(cells.get(`H${r}`)!.value).toBe(rows[0].quadrant);
    // The rebound date: 2026-04-08, sixteen days before 2026-04-24 (46136).
    expect(cells.get("B1")!.value).toBe(46120);
    expect(tierMonitorFormulas("光纤光缆", r, lang).sinceRebound).toContain("MATCH($B$1,");
  });
});

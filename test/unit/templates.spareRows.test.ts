/**
 * Spare rows in a template's tables (issue 15): an analyst leaves blank rows
 * at the end of a table so that tomorrow's prices fit. The Monitor formulas
 * read table columns (`Prices[Sector]`…), so Excel passes those blank rows
 * too, as `null`, `""` or `0` depending on platform (or spaces someone typed).
 * The latest numbers must not move.
 *
 * Through the core's public functions on the very grids the template's
 * formulas pass (monitorInputs builds them from the Prices table's columns),
 * padded with blank rows. Expected values: the same call without spare rows
 * (the values the template caches), the report's 2.66% (the sample is
 * solved for it), and the contract's rule that series cells past the data are "".
 */
import { crowdingScore } from "../../src/core/crowding";
import { rollingExcess } from "../../src/core/excess";
import { isBatonError } from "../../src/core/errors";
import { cellAt, SeriesResult } from "../../src/core/result";
import { rotation } from "../../src/core/rotation";
import { diffusionTier } from "../../src/core/tiers";
import { samplePrices, sampleSegmentPrices, sampleSegments } from "../../src/sample";
import { MONITOR_LOOKBACK, monitorInputs } from "../../src/templates";
import { taxonomyGrid } from "../../src/templates/diffusionTiers";

const n = samplePrices.dates.length;
const base = monitorInputs(samplePrices);

function series(r: unknown): SeriesResult {
  if (isBatonError(r) || Array.isArray(r)) throw new Error(`expected a series, got ${JSON.stringify(r)}`);
  return r as SeriesResult;
}

/** Every cell of a one-column series result, as Excel would show it. */
function cells(r: SeriesResult): (number | string)[] {
  return Array.from({ length: r.length }, (_, i) => {
    const c = cellAt(r.columns[0], i);
    return isBatonError(c) ? `#${c.kind}` : c;
  });
}

describe.each([1, 150, 5000])("crowding-monitor's Prices table with %i spare rows", (spare) => {
  describe.each([
    ["null", null],
    ['""', ""],
    ["0", 0],
    ["spaces", "   "],
  ])("blank as %s", (_name, blank) => {
    const padded = monitorInputs(samplePrices, spare, blank);

    test("the latest readings (Monitor G2 and J2, and the default output) are the same as without spare rows", () => {
      expect(padded.sector.length).toBe(n + spare);
      for (const lookback of [null, MONITOR_LOOKBACK]) {
        const want = crowdingScore(base.sector, base.benchmark, base.turnover, null, lookback, "detail");
        const got = crowdingScore(padded.sector, padded.benchmark, padded.turnover, null, lookback, "detail");
        expect(isBatonError(want)).toBe(false);
        expect(got).toEqual(want);
      }
      expect(crowdingScore(padded.sector, padded.benchmark, padded.turnover)).toEqual(
        crowdingScore(base.sector, base.benchmark, base.turnover),
      );
    });

    test("the series (Monitor B2, C2, D2) keep their values and give \"\" in the spare rows", () => {
      const pairs = [
        [rollingExcess(base.sector, base.benchmark), rollingExcess(padded.sector, padded.benchmark)],
        [
          crowdingScore(base.sector, base.benchmark, null, null, null, "series"),
          crowdingScore(padded.sector, padded.benchmark, null, null, null, "series"),
        ],
        [
          crowdingScore(base.sector, base.benchmark, base.turnover, null, null, "series"),
          crowdingScore(padded.sector, padded.benchmark, padded.turnover, null, null, "series"),
        ],
      ];
      for (const [w, g] of pairs) {
        const want = cells(series(w));
        const got = cells(series(g));
        expect(got.length).toBe(n + spare);
        expect(got.slice(0, n)).toEqual(want);
        expect(got.slice(n)).toEqual(Array(spare).fill(""));
      }
      // The report's reading on the last row with data, whatever follows it.
      expect(cells(series(pairs[0][1]))[n - 1]).toBeCloseTo(0.0266, 12);
    });
  });
});

describe("diffusion-tiers' tables with spare rows", () => {
  test("blank Segments rows give \"\" and blank Taxonomy rows change no tier", () => {
    const tax = taxonomyGrid();
    const names = sampleSegments.map((s) => [s.segment]);
    const want = diffusionTier(names, tax);
    for (const blank of [null, "", 0, "  "]) {
      const paddedTax = [...tax, ...Array.from({ length: 20 }, () => Array(tax[0].length).fill(blank))];
      const paddedNames = [...names, ...Array.from({ length: 20 }, () => [blank])];
      const got = diffusionTier(paddedNames, paddedTax);
      expect(isBatonError(got)).toBe(false);
      const rows = got as unknown[][];
      expect(rows.slice(0, names.length)).toEqual(want);
      expect(rows.slice(names.length)).toEqual(Array.from({ length: 20 }, () => [""]));
    }
  });
});

describe("tier-monitor's SegmentPrices table with spare rows", () => {
  const P = sampleSegmentPrices;
  const col = (xs: readonly number[], spare: number, blank: unknown) => [...xs.map((x) => [x]), ...Array.from({ length: spare }, () => [blank])];
  /** The last number of a series result, as the Monitor's LOOKUP(9.99E+307, …) takes it. */
  const lastNumber = (r: SeriesResult) => cells(r).filter((c): c is number => typeof c === "number").pop();

  test.each([
    [1, null],
    [150, ""],
    [150, 0],
    [5000, "  "],
  ])("%i spare rows of %p: every segment's excess, crowding score and rotation are unchanged", (spare, blank) => {
    for (const c of P.columns) {
      const S0 = col(c.values, 0, blank);
      const B0 = col(P.allA, 0, blank);
      const S = col(c.values, spare, blank);
      const B = col(P.allA, spare, blank);
      expect(lastNumber(series(rollingExcess(S, B)))).toBe(lastNumber(series(rollingExcess(S0, B0))));
      expect(crowdingScore(S, B)).toEqual(crowdingScore(S0, B0));
      expect(rotation(S, B)).toEqual(rotation(S0, B0));
    }
  });
});

/**
 * Excel's 5 MB limit on a custom function's payload (arguments and result
 * travel together between Excel and the add-in's runtime), made explicit: for
 * each function and output, the largest number of rows whose Excel-shaped
 * arguments and result, serialised as JSON (UTF-8, errors as
 * {"errorCode","message"}), fit in 5,000,000 bytes (5 MB counted the
 * conservative way).
 *
 * The functions are the built ones (dist/functions.js in a plain JavaScript
 * context, as Excel's runtime loads them), so run `npm run build` first.
 * The measurement is the expected value: each row count N below is checked
 * by calling the function at N rows and at 1% more (the payload must fit
 * at N and not at 1.01 N); the README's table must state at most N and at
 * least 85% of it ("up to about …"). Data: the sample prices tiled, rounded
 * to 2 decimals as index levels come from Wind/Choice; segment names from
 * the sample segments.
 */
import fs from "node:fs";
import path from "node:path";
import { loadFunctionsBundle } from "../support/bundle";
import { FakeCustomFunctionError } from "../support/customFunctions";
import { samplePrices, sampleSegments } from "../../src/sample";

const bundle = loadFunctionsBundle();
const rollingExcessFn = bundle.fn("ROLLING_EXCESS");
const crowdingScoreFn = bundle.fn("CROWDING_SCORE");
const diffusionTierFn = bundle.fn("DIFFUSION_TIER");
const taxonomyFn = bundle.fn("TAXONOMY");
const rotationFn = bundle.fn("ROTATION");
const seasonalityFn = bundle.fn("SEASONALITY");

const LIMIT = 5_000_000;

const L = samplePrices.sector.length;
/** Column j of n rows: the sample series tiled, each copy and column scaled a little, 2 decimals. */
function series(src: readonly number[], n: number, j: number): number[] {
  return Array.from({ length: n }, (_, i) => Math.round(src[i % L] * (1 + 0.01 * Math.floor(i / L) + 0.05 * j) * 100) / 100);
}
const grid = (cols: number[][]): number[][] => cols[0].map((_, i) => cols.map((c) => c[i]));

/** Bytes of the payload: arguments and result as JSON, errors as Excel's error objects. */
function payloadBytes(args: unknown[], result: unknown): number {
  const json = JSON.stringify({ args, result }, (_k, v) => (v instanceof FakeCustomFunctionError ? { errorCode: v.code, message: v.message } : v));
  return Buffer.byteLength(json, "utf8");
}

interface Case {
  /** The README's label. */
  readonly label: string;
  /** Payload bytes at n rows (calls the function). */
  readonly bytes: (n: number) => number;
}

const call = (fn: (...a: unknown[]) => unknown, args: unknown[]) => payloadBytes(args, fn(...args));
const sectors = (n: number, k: number) => grid(Array.from({ length: k }, (_, j) => series(samplePrices.sector, n, j)));
const bench = (n: number) => grid([series(samplePrices.benchmark, n, 0)]);
const turnover2 = (n: number) => grid([series(samplePrices.sectorTurnover, n, 0), series(samplePrices.marketTurnover, n, 0)]);
const shares = (n: number, k: number) =>
  grid(Array.from({ length: k }, (_, j) => series(samplePrices.sectorTurnover, n, j).map((t, i) => Math.round((t / samplePrices.marketTurnover[i % L]) * 1e4) / 1e4)));
/** Excel date serials of n weekdays from 2000-01-03 (serial 36528, a Monday). */
const dates = (n: number) => Array.from({ length: n }, (_, i) => [36528 + Math.floor(i / 5) * 7 + (i % 5)]);
const names = (n: number) => Array.from({ length: n }, (_, i) => [sampleSegments[i % sampleSegments.length].segment]);

const CASES: readonly Case[] = [
  { label: "ROLLING_EXCESS, 1 sector", bytes: (n) => call(rollingExcessFn, [sectors(n, 1), bench(n), 40, "simple"]) },
  { label: "ROLLING_EXCESS, 5 sectors", bytes: (n) => call(rollingExcessFn, [sectors(n, 5), bench(n), 40, "simple"]) },
  { label: "CROWDING_SCORE latest or detail, 1 sector + 2 turnover columns", bytes: (n) => call(crowdingScoreFn, [sectors(n, 1), bench(n), turnover2(n), 40, null, "detail"]) },
  { label: "CROWDING_SCORE latest, 5 sectors + 5 turnover shares", bytes: (n) => call(crowdingScoreFn, [sectors(n, 5), bench(n), shares(n, 5), 40, null, "latest"]) },
  { label: "CROWDING_SCORE series, 1 sector + 2 turnover columns", bytes: (n) => call(crowdingScoreFn, [sectors(n, 1), bench(n), turnover2(n), 40, null, "series"]) },
  { label: "CROWDING_SCORE series, 5 sectors", bytes: (n) => call(crowdingScoreFn, [sectors(n, 5), bench(n), null, 40, null, "series"]) },
  { label: "ROTATION latest, 10 sectors", bytes: (n) => call(rotationFn, [sectors(n, 10), bench(n), 40, 10, "latest"]) },
  { label: "ROTATION ratio or momentum, 1 sector", bytes: (n) => call(rotationFn, [sectors(n, 1), bench(n), 40, 10, "ratio"]) },
  { label: "ROTATION quadrant, 1 sector", bytes: (n) => call(rotationFn, [sectors(n, 1), bench(n), 40, 10, "quadrant"]) },
  { label: "SEASONALITY table, 1 sector", bytes: (n) => call(seasonalityFn, [dates(n), sectors(n, 1), bench(n), "table"]) },
  { label: "SEASONALITY mean, 10 sectors", bytes: (n) => call(seasonalityFn, [dates(n), sectors(n, 10), bench(n), "mean"]) },
  { label: "DIFFUSION_TIER, names → numbers", bytes: (n) => call(diffusionTierFn, [names(n), null, "number"]) },
  { label: "DIFFUSION_TIER, names → label-zh", bytes: (n) => call(diffusionTierFn, [names(n), null, "label-zh"]) },
];

/** The largest n with bytes(n) ≤ LIMIT, to 1%, and its size: linear from two small probes, corrected by the measured size. */
function largestRows(c: Case): { n: number; size: number } {
  const a = 2000;
  const b = 4000;
  const [sa, sb] = [c.bytes(a), c.bytes(b)];
  let n = Math.floor(a + (LIMIT - sa) / ((sb - sa) / (b - a)));
  let size = c.bytes(n);
  while (size > LIMIT) {
    n = Math.floor((n * LIMIT) / size) - 1;
    size = c.bytes(n);
  }
  return { n, size };
}

/** README lines: "| ROLLING_EXCESS, 1 sector | about 120,000 rows |" */
function readmeRows(): Map<string, number> {
  const text = fs.readFileSync(path.join(__dirname, "..", "..", "README.md"), "utf8");
  const out = new Map<string, number>();
  for (const m of text.matchAll(/^\| `?([A-Z_]+[^|`]*)`? \| up to about ([\d,]+) rows/gm)) out.set(m[1].trim(), Number(m[2].replace(/,/g, "")));
  return out;
}

describe("Excel's 5 MB payload: the largest ranges that fit", () => {
  const readme = readmeRows();
  test.each(CASES.map((c) => [c.label, c] as const))("%s", (label, c) => {
    const { n, size } = largestRows(c);
    expect(size).toBeLessThanOrEqual(LIMIT);
    expect(c.bytes(Math.ceil(n * 1.01))).toBeGreaterThan(LIMIT);
    const stated = readme.get(label);
    expect({ label, stated: stated !== undefined }).toEqual({ label, stated: true });
    expect(stated!).toBeLessThanOrEqual(n);
    expect(stated!).toBeGreaterThanOrEqual(0.85 * n);
  });

  test("TAXONOMY's table is far below the limit whatever the format", () => {
    for (const f of ["number", "key", "label", "label-zh"]) expect(payloadBytes([f], taxonomyFn(f))).toBeLessThan(LIMIT / 50);
  });
});

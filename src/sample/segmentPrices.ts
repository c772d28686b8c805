/**
 * The sample segment prices: one daily index per sample segment, and the
 * all-A index, on the sample's calendar (weekdays 2020-04-27 to 2026-04-24).
 * The tier monitor (the pane's board computed from prices) and the
 * tier-monitor template read them.
 *
 * SYNTHETIC. Generated here from fixed seeds; not market data. Shaped to the
 * report as of 2026-04-24:
 *
 * - the all-A index is the sample benchmark ({@link samplePrices}) with the
 *   weeks around April 8 lifted just above the April 8 close, so that its
 *   lowest close of the last 60 rows is the report's April 8 low (the TMT
 *   sample keeps its own benchmark, unchanged);
 * - each segment's return since the April 8 close is the figure of the
 *   sample segments table (`sinceRebound`, before prices are rounded to two
 *   decimals): tier 1 ran hardest (optical modules +31%, high-speed copper
 *   cables +24%) while fiber optic cables, liquid cooling, power equipment and
 *   switches lag inside it; tier 2 is turning up; tier 3 lags;
 * - each segment's 40-day excess over all-A on the last row is placed where
 *   its crowding score (the table's `crowding`) says: at that percentile of
 *   its own expanding history, so a board computed from these prices shows
 *   close to the table's scores (optical modules and high-speed copper
 *   cables Crowded, the rest below 80).
 *
 * How it is built, per segment (seed {@link SEGMENT_SEED} + its position):
 * segment = allA × level × exp(noise + shape). The noise is a mean-reverting
 * random walk (the segment's own wiggle around the market); the shape is zero
 * until the last 40 rows, then two straight ramps: one to the rebound row
 * (its height sets the 40-day excess) and one from there to the last row (its
 * height sets the return since the rebound). Both heights are solved, the
 * first by a short fixed-point loop because the ramp rows join the history.
 *
 * Headers are written the ways analysts get them from vendors (English or
 * Chinese names, `光模块(CPO)指数`, `申万游戏Ⅱ`, `IDC`), deliberately not
 * always as the segments table spells the segment, to show matching by
 * segment identity. `量子计算` (quantum computing) is a segment no taxonomy
 * knows: the board lists its column as not used.
 *
 * Units: index points, rounded to 2 decimals.
 */
import { excelSerial } from "./dates";
import { samplePrices } from "./prices";
import { mulberry32, normals } from "./random";
import { sampleSegments } from "./segments";

/** Seed of the segment noise; segment i draws from `SEGMENT_SEED + i`. */
export const SEGMENT_SEED = 20260408;
/** The report's rebound: the all-A low the rally started from. */
export const SAMPLE_REBOUND = "2026-04-08";
/** Header of the all-A column (a header the board recognises as the benchmark). */
export const ALL_A_HEADER = "All A";
/** Rows the automatic rebound rule looks back over (the lowest close of the last 60 rows). */
const REBOUND_LOOKBACK = 60;
const WINDOW = 40;

/**
 * The price column header of each sample segment, keyed by the name the
 * segments table uses. Vendor spellings on purpose (see the module comment).
 */
export const SEGMENT_PRICE_HEADER: Readonly<Record<string, string>> = {
  "Fiber optic cables": "光纤光缆",
  "Optical modules": "光模块(CPO)指数",
  Switches: "Switches",
  "High-speed copper cables": "高速铜缆",
  PCB: "PCB",
  液冷: "Liquid cooling",
  "Power equipment": "Power equipment",
  "Domestic CPUs": "国产CPU",
  国产GPU: "Domestic GPUs",
  存储芯片: "Memory chips",
  "Semiconductor materials": "半导体材料",
  "Semiconductor equipment": "Semiconductor equipment",
  "Wafer fabs": "Wafer fabs",
  "Packaging and testing": "封测",
  "EDA tools": "EDA",
  "Power grid": "Power grid",
  算力租赁: "算力租赁指数",
  "Data centers": "IDC",
  "Consumer electronics": "Consumer electronics",
  人形机器人: "Humanoid robots",
  "Satellite communications": "Satellite communications",
  "IT services": "IT服务Ⅱ",
  "Cloud vendors": "Cloud vendors",
  Computers: "Computers",
  Media: "Media",
  Games: "申万游戏Ⅱ",
  "Film and animation": "Film and animation",
  "Digital media": "Digital media",
  量子计算: "量子计算",
};

/** One segment's price column. */
export interface SegmentPriceColumn {
  /** The column header (vendor spelling). */
  readonly header: string;
  /** The segment as the sample segments table names it. */
  readonly segment: string;
  /** Index level per date, points. */
  readonly values: readonly number[];
}

/** The sample segment prices, oldest row first. */
export interface SampleSegmentPrices {
  /** ISO `yyyy-mm-dd`, the sample's calendar. */
  readonly dates: readonly string[];
  /** The all-A index, points. */
  readonly allA: readonly number[];
  /** One column per sample segment, in the segments table's order. */
  readonly columns: readonly SegmentPriceColumn[];
  /** The rebound date the prices are shaped around (ISO). */
  readonly rebound: string;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** The all-A index: the sample benchmark, the weeks before the rebound lifted above the rebound's close. */
function allAIndex(dates: readonly string[], bench: readonly number[]): number[] {
  const n = dates.length;
  const r = dates.indexOf(SAMPLE_REBOUND);
  const out = [...bench];
  // Every close of the look-back window before the rebound sits at least 0.3% a
  // day above the rebound's close, counted back from it: a slide into April 8.
  // The first days after it climb out the same way (April 9 closed a touch below April 8).
  for (let t = Math.max(0, n - REBOUND_LOOKBACK - 5); t < n; t++) {
    if (t !== r) out[t] = round2(Math.max(bench[t], bench[r] * (1 + 0.003 * Math.abs(r - t))));
  }
  return out;
}

/** Share of a sorted history strictly below x, as the crowding percentile counts it (0–100). */
function percentileOf(history: Float64Array, x: number): number {
  let below = 0;
  for (const h of history) if (h < x) below++;
  return (100 * below) / Math.max(1, history.length - 1);
}

/** The value at percentile p (0–100) of a history, by rank. */
function valueAtPercentile(history: Float64Array, p: number): number {
  const s = Float64Array.from(history).sort();
  const k = Math.min(s.length - 1, Math.max(0, Math.round((p / 100) * (s.length - 1))));
  return s[k];
}

/** Simple w-row excess at every row from w on (a plain loop, as in the contract). */
function excessHistory(S: Float64Array, A: readonly number[], w: number): Float64Array {
  const out = new Float64Array(S.length - w);
  for (let t = w; t < S.length; t++) out[t - w] = S[t] / S[t - w] - A[t] / A[t - w];
  return out;
}

/** Builds the sample segment prices. Pure and deterministic. Cost: O(n) per segment per pass, 12 passes. */
export function buildSegmentPrices(): SampleSegmentPrices {
  const dates = samplePrices.dates;
  const n = dates.length;
  const T = n - 1;
  const A = allAIndex(dates, samplePrices.benchmark);
  const r = dates.indexOf(SAMPLE_REBOUND);
  const f = T - WINDOW;

  const columns = sampleSegments.map((seg, i): SegmentPriceColumn => {
    const z = normals(mulberry32(SEGMENT_SEED + i));
    const tier = i < 7 ? 1 : i < 18 ? 2 : 3;
    const vol = tier === 1 ? 0.0065 : tier === 2 ? 0.0055 : 0.0045;
    const level = 0.2 + 0.6 * (0.5 + 0.5 * Math.sin(i * 2.1)); // 0.2–0.8 × all-A: index levels 1,000–4,500
    const noise = new Float64Array(n);
    let x = 0;
    for (let t = 1; t < n; t++) {
      x = 0.985 * x + vol * z();
      noise[t] = x;
    }
    // Height after the rebound: the return since the rebound, exactly (before rounding).
    const b = Math.log(((1 + seg.sinceRebound) * A[r]) / A[T]) - (noise[T] - noise[r]);
    let a = 0;
    const build = (): Float64Array => {
      const S = new Float64Array(n);
      for (let t = 0; t < n; t++) {
        let shape = 0;
        if (t > f && t <= r) shape = (a * (t - f)) / (r - f);
        else if (t > r) shape = a + (b * (t - r)) / (T - r);
        S[t] = A[t] * level * Math.exp(noise[t] + shape);
      }
      return S;
    };
    // Height before the rebound: today's 40-day excess at the crowding percentile of its history.
    for (let pass = 0; pass < 12; pass++) {
      const S = build();
      const h = excessHistory(S, A, WINDOW);
      const target = valueAtPercentile(h.subarray(0, h.length - 1), seg.crowding);
      const rb = A[T] / A[f];
      // S[T]/S[f] = rb · exp(noise[T] − noise[f] + a + b); solve it for rb + target.
      a = Math.log((rb + target) / rb) - (noise[T] - noise[f]) - b;
      if (Math.abs(percentileOf(h, h[h.length - 1]) - seg.crowding) < 0.5 && pass > 2) break;
    }
    return { header: SEGMENT_PRICE_HEADER[seg.segment] ?? seg.segment, segment: seg.segment, values: Array.from(build(), round2) };
  });
  return { dates, allA: A, columns, rebound: SAMPLE_REBOUND };
}

/** The sample segment prices, built once at import (deterministic). */
export const sampleSegmentPrices: SampleSegmentPrices = buildSegmentPrices();

/** Name of the sample's segment price table (in the preview workbook and the tier-monitor template). */
export const SEGMENT_PRICES_TABLE = "SegmentPrices";

/**
 * The segment prices as a table: headers `Date`, one per segment column (in
 * the segments table's order), then `All A`; one row per date with the date
 * as an Excel serial (as a pasted Wind export holds it). Cost: O(n·k).
 */
export function segmentPriceTable(): { readonly headers: string[]; readonly rows: number[][] } {
  const p = sampleSegmentPrices;
  return {
    headers: ["Date", ...p.columns.map((c) => c.header), ALL_A_HEADER],
    rows: p.dates.map((d, t) => [excelSerial(d), ...p.columns.map((c) => c.values[t]), p.allA[t]]),
  };
}

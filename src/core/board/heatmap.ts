/**
 * The crowding heatmap's model (issue 12): segments × the last weeks, each
 * cell the segment's crowding score on the last data row of that week (the
 * CROWDING_SCORE core's series, excess only, the pane's window and lookback:
 * the numbers `=BATON.CROWDING_SCORE(sector, benchmark, window, , lookback, "series")`
 * gives on those rows) and its zone.
 *
 * Weeks run Monday to Sunday (dates through core/dates); without a date
 * column a "week" is 5 rows, counted back from the last row.
 *
 * Pure: series in, plain data out (no NaN: an undefined score is null).
 */
import { crowdingLatest } from "../crowding";
import { isDateSerial, isoToSerial, serialToIso, weekdayOf } from "../dates";
import type { CellValue } from "../table";
import type { TierNumber } from "../tiers";
import { type Zone, zoneOf } from "../zones";
import type { SegmentSeries } from "./segmentSeries";

/** Default weeks shown. */
export const HEATMAP_WEEKS = 12;
/** Rows of a "week" when the table has no dates. */
export const ROWS_PER_WEEK = 5;

/** One column of the heatmap: the last data row of a week. */
export interface HeatmapWeek {
  /** 0-based data row. */
  readonly row: number;
  /** Its date (ISO), or null without dates. */
  readonly date: string | null;
}

export interface HeatmapCell {
  /** 0–100, or null where the score is undefined (too little history). */
  readonly score: number | null;
  readonly zone: Zone | null;
}

export interface HeatmapRow {
  readonly name: string;
  readonly nameZh?: string;
  readonly header: string;
  readonly tier: TierNumber;
  /** One per week, oldest first. */
  readonly cells: readonly HeatmapCell[];
}

export interface Heatmap {
  /** Oldest first; the last is the last data row. */
  readonly weeks: readonly HeatmapWeek[];
  /** In the order given (see {@link sortHeatmap}). */
  readonly rows: readonly HeatmapRow[];
}

export interface HeatmapOptions {
  /** Rows of the rolling excess (default 40). */
  readonly window?: number;
  /** Rows of history each score ranks against, or null for all rows (default). */
  readonly lookback?: number | null;
  /** Weeks to show (default 12). */
  readonly weeks?: number;
}

/** A date cell as an Excel serial (whole day), or NaN. */
function serialOf(v: CellValue | undefined): number {
  if (typeof v === "number" && isDateSerial(v)) return Math.floor(v);
  if (typeof v === "string") return isoToSerial(v.trim()) ?? NaN;
  return NaN;
}

/**
 * The last data row of each of the last `weeks` weeks, oldest first.
 *
 * With dates (`dates[t]` a serial or ISO text per data row), rows are grouped
 * by their Monday-to-Sunday week and the last row of each week is taken; a
 * row without a readable date belongs to the week before it. Without dates
 * (`dates` undefined or none readable), weeks are the rows `n−1, n−6, …`.
 * Cost: O(n).
 *
 * @example weekEnds(["2026-04-09", "2026-04-10", "2026-04-13", "2026-04-14"], 4, 12) // => [{ row: 1, date: "2026-04-10" }, { row: 3, date: "2026-04-14" }]
 * @example weekEnds(undefined, 12, 2) // => [{ row: 6, date: null }, { row: 11, date: null }]
 */
export function weekEnds(dates: readonly CellValue[] | undefined, rows: number, weeks: number = HEATMAP_WEEKS): HeatmapWeek[] {
  const serials = dates ? Array.from({ length: rows }, (_, t) => serialOf(dates[t])) : [];
  if (serials.some((s) => s === s)) {
    const ends: number[] = [];
    let week = NaN;
    for (let t = 0; t < rows; t++) {
      const s = serials[t];
      if (s === s) {
        const monday = s - ((weekdayOf(s) + 6) % 7);
        if (monday !== week) {
          ends.push(t);
          week = monday;
        } else ends[ends.length - 1] = t;
      } else if (ends.length > 0) ends[ends.length - 1] = t;
    }
    return ends.slice(-weeks).map((row) => ({ row, date: serials[row] === serials[row] ? serialToIso(serials[row]) : null }));
  }
  const out: HeatmapWeek[] = [];
  for (let row = rows - 1, i = 0; row >= 0 && i < weeks; row -= ROWS_PER_WEEK, i++) out.unshift({ row, date: null });
  return out;
}

/**
 * Builds the heatmap: for each segment its crowding score (the CROWDING_SCORE
 * core) on each week-end row, the value its "series" output has on that row.
 *
 * Edge cases: a week-end row beyond a segment's data, or a score not yet
 * defined there, gives a null cell. Cost: O(k·weeks·n) (the core's last-row
 * reading of each prefix; no sort), about 30× less than ranking every row.
 *
 * @example
 * // 61 rows; the segment gains 1% a row for 30 rows, then flat; benchmark flat: today's 10-row excess is 0, the lowest of its history.
 * const S = Float64Array.from({ length: 61 }, (_, t) => 100 * 1.01 ** Math.min(t, 30));
 * const h = heatmap([{ header: "S", name: "S", tier: 1, column: 1, sector: S, benchmark: new Float64Array(61).fill(100) }], undefined, { window: 10, weeks: 1 });
 * h.rows[0].cells // => [{ score: 0, zone: "Low" }]
 */
export function heatmap(series: readonly SegmentSeries[], dates: readonly CellValue[] | undefined, options: HeatmapOptions = {}): Heatmap {
  const window = options.window ?? 40;
  const lookback = options.lookback ?? null;
  const rows = series.reduce((m, s) => Math.max(m, s.sector.length), 0);
  const weeks = weekEnds(dates, rows, options.weeks ?? HEATMAP_WEEKS);
  return {
    weeks,
    rows: series.map((s): HeatmapRow => {
      // A score at row t depends on rows 0…t only: the last row's reading of that prefix is the series' value
      // at t (crowdingLatest: O(n) per week, not a rank of every row).
      const cells = weeks.map(({ row }): HeatmapCell => {
        if (row >= s.sector.length) return { score: null, zone: null };
        const { score } = crowdingLatest({ sector: s.sector.subarray(0, row + 1), benchmark: s.benchmark.subarray(0, row + 1), window, lookback });
        return score !== null && Number.isFinite(score) ? { score, zone: zoneOf(score) } : { score: null, zone: null };
      });
      return { name: s.name, ...(s.nameZh ? { nameZh: s.nameZh } : {}), header: s.header, tier: s.tier, cells };
    }),
  };
}

/** How the heatmap's rows are ordered. */
export type HeatmapSort = "tier" | "today";

/**
 * The rows in a display order: `"tier"` groups them tier 1 → 3, in `order`
 * (segment names, the board's order) within a tier and then as given;
 * `"today"` puts the highest score of the last week first (undefined last),
 * ties by tier then as given. Returns a new array. Cost: O(k log k).
 *
 * @example sortHeatmap([{ name: "b", header: "b", tier: 2, cells: [{ score: 90, zone: "Crowded" }] }, { name: "a", header: "a", tier: 1, cells: [{ score: 10, zone: "Low" }] }], "tier").map((r) => r.name) // => ["a", "b"]
 */
export function sortHeatmap(rows: readonly HeatmapRow[], by: HeatmapSort, order: readonly string[] = []): HeatmapRow[] {
  const rank = new Map(order.map((name, i) => [name, i]));
  const pos = new Map(rows.map((r, i) => [r, i]));
  const within = (a: HeatmapRow, b: HeatmapRow): number =>
    (rank.get(a.name) ?? order.length) - (rank.get(b.name) ?? order.length) || (pos.get(a) as number) - (pos.get(b) as number);
  const today = (r: HeatmapRow): number => r.cells[r.cells.length - 1]?.score ?? -1;
  return [...rows].sort((a, b) => (by === "today" ? today(b) - today(a) : 0) || a.tier - b.tier || within(a, b));
}

/**
 * The crowding gauge of the task pane: one sector against its benchmark, from
 * two price columns of a table the analyst picks. Everything is computed by
 * the core that CROWDING_SCORE uses (the shared series converter, then
 * {@link crowdingOfSeries}), so the pane and a worksheet formula over the same
 * cells agree.
 */
import { crowdingOfSeries } from "../crowding";
import { isBatonError, messages } from "../errors";
import { fillForward, readSeriesBlock } from "../series";
import type { CellValue, TableData } from "../../workbook/port";
import { normaliseHeader } from "./columns";
import type { ZoneWord } from "./types";

/** What the gauge shows: the rolling excess over time and today's readings. */
export interface GaugeModel {
  /** One label per row, oldest first: the date column's values (Excel date serials or text), else row numbers 1…n. */
  readonly dates: (string | number)[];
  /** The simple `window`-row rolling excess per row, a decimal (0.0266 is 2.66%); null where undefined (the first rows). */
  readonly excess: (number | null)[];
  readonly latest: {
    /** Today's rolling excess, a decimal. */
    readonly excess: number | null;
    /** Crowding score 0–100 (excess component only: the gauge reads two price columns). */
    readonly score: number | null;
    readonly zone: ZoneWord | null;
    /** Largest rolling excess in the history, a decimal. */
    readonly peak: number | null;
    /** Peak minus today's excess, a decimal. */
    readonly headroom: number | null;
    /** Values of excess history today is ranked against. */
    readonly history: number;
    /** Why the score is undefined (e.g. not enough history), when it is. */
    readonly reason?: string;
  };
}

/** A column of a table as a one-column grid, the shape the series converter reads. */
function columnGrid(rows: readonly (readonly CellValue[])[], col: number): CellValue[][] {
  return rows.map((r) => [r[col] ?? null]);
}

/**
 * The crowding gauge from two price columns of a table.
 *
 * The sector and benchmark columns are read by the shared converter (blanks
 * and 0 carried forward, text or negative prices an error naming the row),
 * then {@link crowdingOfSeries} gives the simple rolling excess per row and
 * the last row's score, zone, peak and headroom, with `lookback` rows of
 * history (`null`: all rows so far).
 *
 * Errors (returned, never thrown): a bad price cell, a column index outside
 * the table, or a window of rows ≥ the table's rows: `{ error }` with the
 * message a cell would show.
 *
 * Cost: O(n) for the excess plus the percentile ranks of crowdingOfSeries
 * (O(n log n)).
 *
 * @param table the table holding the prices, oldest row first
 * @param sectorCol 0-based column of the sector's prices
 * @param benchmarkCol 0-based column of the benchmark's prices
 * @param dateCol 0-based column of the dates, or undefined for row numbers
 * @param window rows of the rolling excess (whole, 1 ≤ window < rows)
 * @param lookback rows of history the score ranks against, or null for all rows
 * @example gaugeFromTable({ name: "P", headers: ["S", "B"], rows: [[100, 100], [110, 105]] }, 0, 1, undefined, 1, null)
 * // => { dates: [1, 2], excess: [null, 0.05], latest: { excess: 0.05, score: null, zone: null, … } }
 */
export function gaugeFromTable(
  table: TableData,
  sectorCol: number,
  benchmarkCol: number,
  dateCol: number | undefined,
  window: number,
  lookback: number | null,
): GaugeModel | { error: string } {
  const width = table.headers.length;
  for (const [label, c] of [["sector", sectorCol], ["benchmark", benchmarkCol]] as const) {
    if (!Number.isInteger(c) || c < 0 || c >= width) return { error: messages.gaugeColumn(label, String(c + 1)) };
  }
  const sHeader = table.headers[sectorCol] || "sector";
  const bHeader = table.headers[benchmarkCol] || "benchmark";
  const s = readSeriesBlock(columnGrid(table.rows, sectorCol), sHeader, "prices");
  if (isBatonError(s)) return { error: s.message };
  const b = readSeriesBlock(columnGrid(table.rows, benchmarkCol), bHeader, "prices");
  if (isBatonError(b)) return { error: b.message };
  const n = table.rows.length;
  if (!Number.isInteger(window) || window < 1 || window >= n) {
    return { error: messages.notWhole("window", window, 1, Math.max(1, n - 1)) };
  }
  if (lookback !== null && (!Number.isInteger(lookback) || lookback < 1)) {
    return { error: messages.notWhole("lookback", lookback, 20) };
  }

  const c = crowdingOfSeries({
    sector: fillForward(s.series[0]),
    benchmark: fillForward(b.series[0]),
    window,
    lookback,
  });
  const dates: (string | number)[] = table.rows.map((r, i) => {
    const v = dateCol === undefined ? undefined : r[dateCol];
    return typeof v === "number" || (typeof v === "string" && v.trim() !== "") ? v : i + 1;
  });
  const excess = Array.from(c.excess, (x) => (Number.isFinite(x) ? x : null));
  const d = c.detail;
  return {
    dates,
    excess,
    latest: {
      excess: d.excess,
      score: d.score,
      zone: d.zone,
      peak: d.excessPeak,
      headroom: d.headroom,
      history: d.history,
      ...(d.reason !== null ? { reason: d.reason } : {}),
    },
  };
}

const DATE_NAMES = ["date", "dates", "trade date", "trading date", "day", "time", "日期", "交易日期", "交易日", "时间"];
const BENCHMARK_NAMES = [
  "benchmark", "market", "all a", "all a shares", "all-share", "wind all a", "csi 300", "csi300", "hs300",
  "csi all share", "msci china", "基准", "市场", "全a", "万得全a", "wind全a", "沪深300", "中证全指", "上证指数", "上证综指",
];
const NOT_PRICE = ["turnover", "amount", "volume", "value traded", "share", "成交额", "成交量", "换手", "占比", "金额"];

/**
 * Guesses the gauge's columns from a header row: the date column by name
 * (`Date`, `日期`…), the benchmark by name (`Benchmark`, `Wind All A`, `万得全A`,
 * `沪深300`… or a header containing "benchmark"/"基准"), and the sector as the
 * first other column that is not turnover (`turnover`, `成交额`… are skipped).
 * Without a benchmark by name, the second such column is the benchmark. The
 * analyst can change every pick; this only saves clicks.
 *
 * Cost: O(h) for h headers.
 *
 * @example guessPriceColumns(["Date", "TMT", "Wind All A", "TMT turnover"])
 * // => { date: 0, sector: 1, benchmark: 2 }
 */
export function guessPriceColumns(headers: readonly string[]): { date?: number; sector?: number; benchmark?: number } {
  const keys = headers.map((h) => (typeof h === "string" ? normaliseHeader(h) : ""));
  const has = (list: readonly string[], k: string): boolean => list.some((n) => normaliseHeader(n) === k);
  const out: { date?: number; sector?: number; benchmark?: number } = {};
  const date = keys.findIndex((k) => has(DATE_NAMES, k));
  if (date >= 0) out.date = date;
  const priceLike = keys
    .map((k, i) => ({ k, i }))
    .filter(({ k, i }) => i !== date && k !== "" && !NOT_PRICE.some((w) => k.includes(normaliseHeader(w))));
  const bench = priceLike.find(({ k }) => has(BENCHMARK_NAMES, k) || k.includes("benchmark") || k.includes("基准"));
  if (bench) out.benchmark = bench.i;
  const rest = priceLike.filter(({ i }) => i !== out.benchmark);
  if (rest.length > 0) out.sector = rest[0].i;
  if (out.benchmark === undefined && rest.length > 1) out.benchmark = rest[1].i;
  return out;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * A gauge date as text: an Excel date serial (1900 system, as a date column
 * holds it) becomes ISO `yyyy-mm-dd`; text is kept; other numbers (row
 * numbers, serials outside Excel's range 1–2958465) are written as they are.
 * Cost: O(1).
 * @example dateLabel(46136) // => "2026-04-24"
 */
export function dateLabel(v: string | number): string {
  if (typeof v === "string") return v;
  if (Number.isFinite(v) && v >= 61 && v <= 2958465) {
    return new Date(EXCEL_EPOCH_MS + Math.floor(v) * 86_400_000).toISOString().slice(0, 10);
  }
  return String(v);
}

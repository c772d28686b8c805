/**
 * The crowding gauge of the task pane: one sector against its benchmark, from
 * two price columns of a table the analyst picks, and optionally turnover (a
 * share column, or sector and market turnover amounts) as CROWDING_SCORE's
 * turnover argument takes it. Everything is computed by
 * the core that CROWDING_SCORE uses (the shared series converter, then
 * {@link crowdingOfSeries}), so the pane and a worksheet formula over the same
 * cells agree.
 */
import { isDateSerial, serialToIso } from "../dates";
import { DEFAULT_WINDOW } from "../excess";
import { readWholeNumber } from "../args";
import { crowdingOfSeries, readLookback, shareOfAmounts } from "../crowding";
import { BatonError, isBatonError, messages, valueError } from "../errors";
import { fillForward, readPricePair, readSeriesBlock } from "../series";
import { columnGrid, type TableData } from "../table";
import type { Zone } from "../zones";
import { normaliseHeader } from "./columns";

/** What the gauge shows: the rolling excess over time and today's readings. */
export interface GaugeModel {
  /**
   * One label per row of data, oldest first: the date column's values (Excel
   * date serials or text), else row numbers 1…n. Spare rows after the last
   * price are not data and are left out.
   */
  readonly dates: (string | number)[];
  /** The simple `window`-row rolling excess per row, a decimal (0.0266 is 2.66%); null where undefined (the first rows). */
  readonly excess: (number | null)[];
  /** The header texts of the turnover columns read (market: null for a share column alone); null without turnover. */
  readonly turnover: { readonly sectorColumn: string; readonly marketColumn: string | null } | null;
  readonly latest: {
    /** Today's rolling excess, a decimal. */
    readonly excess: number | null;
    /** Crowding score 0–100: the excess percentile, or the mean of it and the turnover percentile when turnover is given. */
    readonly score: number | null;
    readonly zone: Zone | null;
    /** Largest rolling excess in the history, a decimal. */
    readonly peak: number | null;
    /** Peak minus today's excess, a decimal. */
    readonly headroom: number | null;
    /** Values of excess history today is ranked against. */
    readonly history: number;
    /** Today's `window`-row moving average of the daily turnover share (the share's own unit); null without turnover or while undefined. */
    readonly turnoverShare: number | null;
    /** 0–100: where today's turnover average ranks in its history; null without turnover or while undefined. */
    readonly turnoverPercentile: number | null;
    /** Why the score is undefined (e.g. not enough history), when it is. */
    readonly reason?: string;
    /** The same reason in Chinese. */
    readonly reasonZh?: string;
  };
}

/** The turnover columns of the gauge: a share column alone, or sector and market turnover amounts. */
export interface GaugeTurnover {
  /** 0-based column of the sector's turnover share, or of its turnover amount when `marketCol` is given. */
  readonly sectorCol: number;
  /** 0-based column of the whole market's turnover amount; omit when `sectorCol` is already a share. */
  readonly marketCol?: number;
}

/**
 * The crowding gauge from two price columns of a table, and optionally turnover.
 *
 * Read exactly as `=BATON.CROWDING_SCORE(sector, benchmark, turnover, window,
 * lookback, "detail")` reads its arguments, through the same readers
 * (`readPricePair`, `readLookback`, the turnover share of `shareOfAmounts`):
 * blanks and 0 carried forward, text or negative prices an error naming the
 * column header and row, spare rows after the last price left out, a window
 * from 1 to the rows of data − 1, a lookback of at least 20 rows or `null`
 * for all rows so far. Then {@link crowdingOfSeries} gives the simple rolling
 * excess per row and the last row's score, zone, peak and headroom.
 *
 * Turnover, as CROWDING_SCORE's `turnover` argument: one column is the daily
 * turnover share (any unit: ranks ignore units); two columns are the sector's
 * and the market's turnover amounts, and the daily share is their ratio. The
 * score is then the mean of the excess percentile and the percentile of the
 * `window`-row moving average of the share.
 *
 * Errors (returned as a {@link BatonError}, never thrown): a bad price or
 * turnover cell, a column index outside the table, a window or lookback out
 * of range: the message a cell would show.
 *
 * Cost: O(n) for the excess plus the percentile ranks of crowdingOfSeries
 * (O(n log n)); O(n·window) more for the turnover average.
 *
 * @param table the table holding the prices, oldest row first
 * @param sectorCol 0-based column of the sector's prices
 * @param benchmarkCol 0-based column of the benchmark's prices
 * @param dateCol 0-based column of the dates, or undefined for row numbers
 * @param window rows of the rolling excess and of the turnover average (whole, 1 ≤ window < rows)
 * @param lookback rows of history the score ranks against (whole, ≥ 20), or null for all rows
 * @param turnover the turnover columns, or undefined for an excess-only score
 * @example gaugeFromTable({ name: "P", headers: ["S", "B"], rows: [[100, 100], [110, 105]] }, 0, 1, undefined, 1, null).excess
 * // => [null, 0.05]
 * @example (gaugeFromTable({ name: "P", headers: ["S", "B"], rows: [[100, 100], [110, 105]] }, 0, 1, undefined, 1, 5) as BatonError).message
 * // => "lookback must be a whole number of rows of at least 20, not 5"
 */
export function gaugeFromTable(
  table: TableData,
  sectorCol: number,
  benchmarkCol: number,
  dateCol: number | undefined,
  window: number,
  lookback: number | null,
  turnover?: GaugeTurnover,
): GaugeModel | BatonError {
  const width = table.headers.length;
  const cols: [string, number][] = [["sector", sectorCol], ["benchmark", benchmarkCol]];
  if (turnover) {
    cols.push(["turnover", turnover.sectorCol]);
    if (turnover.marketCol !== undefined) cols.push(["market turnover", turnover.marketCol]);
  }
  for (const [label, c] of cols) {
    if (!Number.isInteger(c) || c < 0 || c >= width) return valueError(messages.gaugeColumn(label, String(c + 1)));
  }
  const header = (c: number, fallback: string): string => table.headers[c] || fallback;
  const p = readPricePair(columnGrid(table.rows, sectorCol), columnGrid(table.rows, benchmarkCol), {
    sector: header(sectorCol, "sector"),
    benchmark: header(benchmarkCol, "benchmark"),
  });
  if (isBatonError(p)) return p;
  const w = readWholeNumber(window, "window", DEFAULT_WINDOW, 1, p.rows - 1);
  if (isBatonError(w)) return w;
  const L = readLookback(lookback);
  if (isBatonError(L)) return L;
  const share = turnover ? readShare(table, turnover, p.rows) : undefined;
  if (isBatonError(share)) return share;

  const c = crowdingOfSeries({ sector: p.sectors[0], benchmark: p.benchmarks[0], turnoverShare: share, window: w, lookback: L });
  const dates: (string | number)[] = table.rows.slice(0, p.rows).map((r, i) => {
    const v = dateCol === undefined ? undefined : r[dateCol];
    return typeof v === "number" || (typeof v === "string" && v.trim() !== "") ? v : i + 1;
  });
  const excess = Array.from(c.excess, (x) => (Number.isFinite(x) ? x : null));
  const d = c.detail;
  return {
    dates,
    excess,
    turnover: turnover
      ? {
          sectorColumn: table.headers[turnover.sectorCol] ?? "",
          marketColumn: turnover.marketCol !== undefined ? (table.headers[turnover.marketCol] ?? "") : null,
        }
      : null,
    latest: {
      excess: d.excess,
      score: d.score,
      zone: d.zone,
      peak: d.excessPeak,
      headroom: d.headroom,
      history: d.history,
      turnoverShare: d.turnoverShare ?? null,
      turnoverPercentile: d.turnoverPercentile ?? null,
      ...(d.reason !== null ? { reason: d.reason, reasonZh: d.reasonZh } : {}),
    },
  };
}

/**
 * The filled daily turnover share from the gauge's turnover columns, over the
 * `rows` rows of price data: a share column carried forward, or the ratio of
 * the sector and market amounts ({@link shareOfAmounts}, as CROWDING_SCORE
 * reads a two-column turnover range). Messages name the column headers.
 */
function readShare(table: TableData, turnover: GaugeTurnover, rows: number): Float64Array | BatonError {
  const read = (c: number, fallback: string): Float64Array | BatonError => {
    const t = readSeriesBlock(columnGrid(table.rows, c), table.headers[c] || fallback, "turnover", rows);
    return isBatonError(t) ? t : t.series[0];
  };
  const a = read(turnover.sectorCol, "turnover");
  if (isBatonError(a) || turnover.marketCol === undefined) return isBatonError(a) ? a : fillForward(a);
  const m = read(turnover.marketCol, "market turnover");
  return isBatonError(m) ? m : shareOfAmounts(a, m);
}

/** Headers of a date column (compared normalised). */
export const DATE_NAMES = ["date", "dates", "trade date", "trading date", "day", "time", "日期", "交易日期", "交易日", "时间"];
/** Headers of a benchmark column (compared normalised). */
export const BENCHMARK_NAMES = [
  "benchmark", "market", "all a", "all a shares", "all-share", "wind all a", "csi 300", "csi300", "hs300",
  "csi all share", "msci china", "基准", "市场", "全a", "万得全a", "wind全a", "沪深300", "中证全指", "上证指数", "上证综指",
];
const NOT_PRICE = ["turnover", "amount", "volume", "value traded", "share", "成交额", "成交量", "换手", "占比", "金额"];
/** Words of a turnover-amount (or turnover-share) header; volume and 换手 (turnover rate) are not turnover amounts. */
const TURNOVER_WORDS = ["turnover", "amount", "value traded", "traded value", "成交额", "成交金额", "金额"];
/** Words that make a turnover header the whole market's. */
const MARKET_WORDS = ["market", "all a", "all share", "total", "全a", "市场", "两市", "沪深", "全部a股"];
/** Words that make a turnover header a share already (then no market column is guessed). */
const SHARE_WORDS = ["share", "ratio", "pct", "占比", "比例", "份额"];

/** What {@link guessPriceColumns} finds: 0-based columns, absent when not found. */
export interface GuessedColumns {
  date?: number;
  sector?: number;
  benchmark?: number;
  /** The sector's turnover: an amount, or a share column when no market turnover is found. */
  sectorTurnover?: number;
  /** The whole market's turnover amount (only with a sector turnover amount). */
  marketTurnover?: number;
}

/**
 * Guesses the gauge's columns from a header row: the date column by name
 * (`Date`, `日期`…), the benchmark by name (`Benchmark`, `Wind All A`, `万得全A`,
 * `沪深300`… or a header containing "benchmark"/"基准"), and the sector as the
 * first other column that is not turnover (`turnover`, `成交额`… are skipped).
 * Without a benchmark by name, the second such column is the benchmark.
 *
 * Turnover: a header with a turnover word (`turnover`, `amount`, `成交额`,
 * `成交金额`…; not volume or 换手率) is the market's when it also names the
 * market (`Market turnover`, `全A成交额`, `市场成交额`, `两市成交额`…) or the
 * benchmark column, else the sector's (`Sector turnover`, `Turnover`,
 * `行业成交额`, `TMT成交额`…; the first such). The market's is guessed only
 * with a sector amount (a sector share column, `Turnover share`/`成交额占比`,
 * stands alone). Headers are compared normalised (case, spaces, punctuation,
 * full-width forms ignored). The analyst can change every pick; this only
 * saves clicks.
 *
 * Cost: O(h) for h headers.
 *
 * @example guessPriceColumns(["Date", "TMT", "Wind All A", "TMT turnover"])
 * // => { date: 0, sector: 1, benchmark: 2, sectorTurnover: 3 }
 * @example guessPriceColumns(["日期", "TMT", "万得全A", "行业成交额", "全A成交额"])
 * // => { date: 0, sector: 1, benchmark: 2, sectorTurnover: 3, marketTurnover: 4 }
 */
export function guessPriceColumns(headers: readonly string[]): GuessedColumns {
  const keys = headers.map((h) => (typeof h === "string" ? normaliseHeader(h) : ""));
  const has = (list: readonly string[], k: string): boolean => list.some((n) => normaliseHeader(n) === k);
  const contains = (list: readonly string[], k: string): boolean => list.some((w) => k.includes(normaliseHeader(w)));
  const out: GuessedColumns = {};
  const date = keys.findIndex((k) => has(DATE_NAMES, k));
  if (date >= 0) out.date = date;
  const priceLike = keys
    .map((k, i) => ({ k, i }))
    .filter(({ k, i }) => i !== date && k !== "" && !contains(NOT_PRICE, k));
  const bench = priceLike.find(({ k }) => has(BENCHMARK_NAMES, k) || k.includes("benchmark") || k.includes("基准"));
  if (bench) out.benchmark = bench.i;
  const rest = priceLike.filter(({ i }) => i !== out.benchmark);
  if (rest.length > 0) out.sector = rest[0].i;
  if (out.benchmark === undefined && rest.length > 1) out.benchmark = rest[1].i;

  const benchKey = out.benchmark !== undefined ? keys[out.benchmark] : "";
  const turnoverLike = keys.map((k, i) => ({ k, i })).filter(({ k, i }) => i !== date && k !== "" && contains(TURNOVER_WORDS, k));
  const isMarket = (k: string): boolean => contains(MARKET_WORDS, k) || (benchKey !== "" && k.includes(benchKey));
  const sectorT = turnoverLike.find(({ k }) => !isMarket(k));
  const marketT = turnoverLike.find(({ k }) => isMarket(k) && !contains(SHARE_WORDS, k));
  if (sectorT) {
    out.sectorTurnover = sectorT.i;
    if (marketT && !contains(SHARE_WORDS, sectorT.k)) out.marketTurnover = marketT.i;
  }
  return out;
}

/**
 * A gauge date as text: an Excel date serial (1900 system, as a date column
 * holds it) from 1900-03-01 on becomes ISO `yyyy-mm-dd` (src/core/dates);
 * text is kept; other numbers (row numbers, serials outside Excel's range)
 * are written as they are. Cost: O(1).
 * @example dateLabel(46136) // => "2026-04-24"
 * @example dateLabel(12.5) // => "12.5"
 */
export function dateLabel(v: string | number): string {
  if (typeof v === "string") return v;
  return isDateSerial(v) && v >= 61 ? serialToIso(v) : String(v);
}

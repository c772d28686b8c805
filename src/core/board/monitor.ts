/**
 * The tier monitor: the board computed from the analyst's own prices
 * (issue 11). A price table holds a date column, one column per segment index
 * (headers as vendors write them: `光模块(CPO)指数`, `申万游戏Ⅱ`, `884xxx.WI`…)
 * and a benchmark column (All A, 万得全A, 881001, 沪深300…). For each
 * segment the monitor computes, with the cores the worksheet functions use:
 *
 * - today's `window`-day simple excess, crowding score and zone (CROWDING_SCORE
 *   "latest", excess only, the lookback from settings);
 * - the return and the excess return since the rebound (the benchmark's lowest
 *   close of the last 60 rows, or a typed date);
 * - today's rotation Ratio, Momentum and quadrant (ROTATION "latest").
 *
 * {@link monitorBoard} then lays these over the segments table (growth and
 * revision stay typed there), matching rows by segment identity through
 * {@link buildBoard}.
 *
 * Pure: tables in, plain data out; never throws for anything in a table.
 */
import { MIN_HISTORY } from "../percentile";
import { crowdingLatest } from "../crowding";
import { isDateSerial, isoToSerial, serialToIso } from "../dates";
import { type BatonError, isBatonError, messages, type Text } from "../errors";
import { DEFAULT_ROTATION_MOMENTUM, DEFAULT_ROTATION_WINDOW, QUADRANTS, rotationTrail } from "../rotation";
import { dataEnd, fillForward, readPricePair, readSeriesBlock } from "../series";
import { columnGrid, type CellValue, type TableData } from "../table";
import { BUILT_IN_TAXONOMY, classify, decorationCandidates, normaliseName, type SegmentMatch, type Taxonomy } from "../tiers";
import { buildBoard, segmentIdentity, type BoardOptions, type PriceFigures } from "./board";
import { normaliseHeader } from "./columns";
import { BENCHMARK_NAMES, DATE_NAMES } from "./gauge";
import type { Board, MetricKey } from "./types";

/** Rows the automatic rebound looks back over: the benchmark's lowest close of the last 60 rows. */
export const REBOUND_LOOKBACK = 60;

/** How the monitor reads a price table. Every field is optional. */
export interface MonitorOptions {
  /** Rows of the rolling excess (default 40); whole, ≥ 1. */
  readonly window?: number;
  /** Rows of history the crowding score ranks against (whole, ≥ 20), or null for all rows (default). */
  readonly lookback?: number | null;
  /** The rebound: null, undefined or "" for automatic; an ISO date (`2026-04-08`) or an Excel date serial for a typed one. */
  readonly rebound?: string | number | null;
  /** The benchmark column's header, picked by hand; by default a column with a benchmark header. */
  readonly benchmark?: string | null;
  /** The taxonomy segment headers are classified with (default: the built-in one). */
  readonly taxonomy?: Taxonomy;
  /** ROTATION's window and momentum (defaults 40 and 10). */
  readonly rotationWindow?: number;
  readonly rotationMomentum?: number;
}

/** The rebound the returns are counted from. */
export interface Rebound {
  /** 0-based data row of the rebound close. */
  readonly row: number;
  /** Its date as ISO text (or the date cell's text), or null without a date column. */
  readonly date: string | null;
  readonly how: "automatic" | "typed";
}

/** A column the monitor does not use, and how to make it count. */
export interface NotUsedColumn {
  readonly column: number;
  readonly header: string;
  /** How to make it count, in English and Chinese. */
  readonly hint: Text;
}

/** One segment column and what was computed from it. */
export interface MonitorSegment extends PriceFigures {
  readonly column: number;
}

/** The price table as the monitor read it. */
export interface Monitor {
  /** Rows of data: up to the benchmark's last price (spare rows after it are not data). */
  readonly rows: number;
  /** Header of the date column, or null (then rows are numbered). */
  readonly dateColumn: string | null;
  readonly benchmark: { readonly column: number; readonly header: string; readonly how: "recognised" | "picked" } | null;
  readonly rebound: Rebound | null;
  /** The last row's date (ISO), or null without dates. */
  readonly lastDate: string | null;
  readonly segments: readonly MonitorSegment[];
  readonly notUsed: readonly NotUsedColumn[];
  /** What keeps the whole table from being read, or a fallback it took (a typed rebound it could not place), in English and Chinese. */
  readonly problems: readonly Text[];
  readonly window: number;
}

const DATE_KEYS = new Set(DATE_NAMES.map(normaliseHeader));
const BENCHMARK_KEYS = new Set(
  [...BENCHMARK_NAMES, "All A", "Wind All A", "万得全A", "全A", "881001", "881001.WI", "Benchmark", "基准", "CSI 300", "沪深300", "000300.SH", "中证全指"].map(
    normaliseHeader,
  ),
);

/** "prices unreadable: row 17 is text "n/a"…" from a reader's error about an unnamed argument, in both languages. */
function unreadable(e: BatonError): Text {
  return {
    en: messages.pricesUnreadable(e.message.trim()).en,
    zh: messages.pricesUnreadable(e.messageIn("zh").trim()).zh,
  };
}

/** True when a header names a benchmark, decorations looked through (`万得全A指数`, `881001.WI`). */
export function isBenchmarkHeader(header: string): boolean {
  if (BENCHMARK_KEYS.has(normaliseHeader(header))) return true;
  return decorationCandidates(normaliseName(header)).some((k) => BENCHMARK_KEYS.has(normaliseHeader(k)));
}

/** A date cell as text: an Excel serial as ISO, text as it is; null for anything else. */
function dateText(v: CellValue | undefined): string | null {
  if (typeof v === "number" && isDateSerial(v) && v >= 61) return serialToIso(v);
  if (typeof v === "string" && v.trim() !== "") return v.trim();
  return null;
}

/** A cell that looks like a date: a serial of 1901 or later, or ISO text. */
function looksLikeDate(v: CellValue | undefined): boolean {
  if (typeof v === "number") return isDateSerial(v) && v >= 367;
  return typeof v === "string" && isoToSerial(v) !== undefined;
}

/** The date column: a date header, else a first column whose first filled cell is a date. */
function findDateColumn(table: TableData): number | undefined {
  const byName = table.headers.findIndex((h) => typeof h === "string" && DATE_KEYS.has(normaliseHeader(h)));
  if (byName >= 0) return byName;
  const first = table.rows.find((r) => r[0] !== null && r[0] !== "");
  return first !== undefined && looksLikeDate(first[0]) ? 0 : undefined;
}

const whole = (v: number | undefined, fallback: number, min: number): number =>
  v !== undefined && Number.isInteger(v) && v >= min ? v : fallback;

/** The serial of a typed rebound: an Excel serial, or ISO text; undefined when it is neither. */
function reboundSerial(v: string | number): number | undefined {
  if (typeof v === "number") return isDateSerial(v) ? Math.floor(v) : undefined;
  return isoToSerial(v);
}

/**
 * The automatic rebound: the row of the lowest close within the last
 * `lookback` rows of a filled benchmark (the earliest of equal lows, so a
 * blank carried forward never moves it). Rows before the first price are
 * skipped. Cost: O(lookback).
 * @param benchmark filled benchmark prices (`NaN` before the first)
 * @returns the 0-based row, or -1 for a benchmark without prices
 * @example automaticRebound(Float64Array.of(10, 8, 9, 7, 7, 8), 4) // => 3
 */
export function automaticRebound(benchmark: Float64Array, lookback: number = REBOUND_LOOKBACK): number {
  let at = -1;
  for (let t = Math.max(0, benchmark.length - lookback); t < benchmark.length; t++) {
    const v = benchmark[t];
    if (v === v && (at < 0 || v < benchmark[at])) at = t;
  }
  return at;
}

/**
 * Reads a price table and computes every segment's figures.
 *
 * - **Date column:** a header Date, 日期, 交易日期… (see the gauge's names), else
 *   a first column whose first filled cell is a date (an Excel serial or ISO text).
 * - **Benchmark:** `options.benchmark` when given (a header, compared like
 *   headers), else the first column whose header names a benchmark (All A,
 *   Wind All A, 万得全A, 全A, 881001, Benchmark, 基准, CSI 300, 沪深300 …,
 *   decorations such as `指数` or `.WI` looked through).
 * - **Segments:** every other column whose header {@link classify} places
 *   (vendor decorations looked through). A second column of the same segment,
 *   and columns no taxonomy knows, are listed in `notUsed` with a hint.
 * - Each segment column is read with its benchmark through `readPricePair`,
 *   exactly as the worksheet functions read a sector and a benchmark: blanks
 *   and 0 carried forward, spare rows after the last price not data. A bad
 *   cell marks only that segment: its `card.error` says
 *   `prices unreadable: row 17 is text "n/a"; …`.
 * - Crowding: `crowdingLatest` (CROWDING_SCORE "latest" without turnover);
 *   rotation: `rotationTrail` with one point (ROTATION "latest").
 * - Return since the rebound: `S[T]/S[r] − 1`, and its excess over the
 *   benchmark's `B[T]/B[r] − 1` (simple, like ROLLING_EXCESS's default),
 *   where T is the last row of data and r the rebound row: automatic
 *   ({@link automaticRebound}), or the typed date's row (the last row on or
 *   before it). A typed date that cannot be placed falls back to automatic and
 *   says why in `problems`.
 *
 * Errors are values: problems of the whole table (no benchmark, no segment
 * columns, too few rows for the window and 20 rows of history, an unreadable
 * benchmark) are in `problems`; nothing throws.
 *
 * Cost: O(k·n) for k segment columns of n rows (each read and ranked once;
 * the crowding rank of the last row is a scan, not a sort).
 *
 * @param table the price table, oldest row first
 * @param options window, lookback, rebound, benchmark pick, taxonomy
 * @example readMonitor({ name: "P", headers: ["Date", "光模块(CPO)指数", "All A"], rows: [[46120, 100, 100], [46121, 110, 105]] }).segments[0].card.excess
 * // => null (a 40-day excess needs 41 rows)
 * @example readMonitor({ name: "P", headers: ["Date", "光模块(CPO)指数", "All A"], rows: [[46120, 100, 100], [46121, 110, 105]] }).segments[0].metrics.sinceRebound
 * // => 0.10000000000000009 (the rebound is the lowest close, row 1)
 */
export function readMonitor(table: TableData, options: MonitorOptions = {}): Monitor {
  const window = whole(options.window, 40, 1);
  const lookback = options.lookback === null || options.lookback === undefined ? null : whole(options.lookback, 0, MIN_HISTORY) || null;
  const taxonomy = options.taxonomy ?? BUILT_IN_TAXONOMY;
  const problems: Text[] = [];
  const headers = table.headers.map((h) => (typeof h === "string" ? h : String(h ?? "")));
  const empty = (rows: number, benchmark: Monitor["benchmark"], dateColumn: string | null): Monitor => ({
    rows, dateColumn, benchmark, rebound: null, lastDate: null, segments: [], notUsed: [], problems, window,
  });

  const dateCol = findDateColumn(table);
  const dateColumn = dateCol === undefined ? null : headers[dateCol];

  // The benchmark: picked by hand, else recognised by its header.
  let benchCol: number | undefined;
  let how: "recognised" | "picked" = "recognised";
  const picked = options.benchmark?.trim();
  if (picked) {
    const i = headers.findIndex((h) => h.trim() === picked || normaliseHeader(h) === normaliseHeader(picked));
    if (i < 0) problems.push(messages.monitorBenchmarkMissing(picked));
    else [benchCol, how] = [i, "picked"];
  }
  if (benchCol === undefined) {
    const i = headers.findIndex((h, j) => j !== dateCol && isBenchmarkHeader(h));
    if (i >= 0) benchCol = i;
  }
  if (benchCol === undefined) {
    if (!picked) problems.push(messages.monitorNoBenchmark());
    return empty(0, null, dateColumn);
  }
  const benchHeader = headers[benchCol];
  const benchmark = { column: benchCol, header: benchHeader, how };
  const benchGrid = columnGrid(table.rows, benchCol);
  const bench = readSeriesBlock(benchGrid, "", "prices");
  if (isBatonError(bench)) {
    const t = unreadable(bench);
    problems.push({ en: `${benchHeader}: ${t.en}`, zh: `${benchHeader}：${t.zh}` });
    return empty(0, benchmark, dateColumn);
  }
  const rows = dataEnd(bench.series);
  const B = fillForward(bench.series[0].subarray(0, rows));
  if (rows < window + MIN_HISTORY) problems.push(messages.monitorTooShort(rows, window, MIN_HISTORY));

  // Columns: segments by identity, the rest not used.
  const notUsed: NotUsedColumn[] = [];
  const seen = new Map<string, string>();
  const columns: { column: number; header: string; match: SegmentMatch }[] = [];
  headers.forEach((header, j) => {
    if (j === dateCol || j === benchCol) return;
    const match = header.trim() ? classify(header, taxonomy) : undefined;
    if (match === undefined) {
      notUsed.push({ column: j, header, hint: messages.notUsedColumn(header) });
      return;
    }
    const id = segmentIdentity(match);
    const first = seen.get(id);
    if (first !== undefined) {
      notUsed.push({ column: j, header, hint: messages.notUsedDuplicate(header, first) });
      return;
    }
    seen.set(id, header);
    columns.push({ column: j, header, match });
  });
  if (columns.length === 0) problems.push(messages.monitorNoSegments());

  // The rebound: typed (placed on the last row on or before its date) or automatic.
  const dateAt = (t: number): string | null => (dateCol === undefined ? null : dateText(table.rows[t][dateCol]));
  let rebound: Rebound | null = null;
  const typed = options.rebound;
  if (typed !== null && typed !== undefined && !(typeof typed === "string" && typed.trim() === "")) {
    const serial = reboundSerial(typeof typed === "string" ? typed.trim() : typed);
    if (serial === undefined) problems.push(messages.monitorReboundBad(String(typed)));
    else if (dateCol === undefined) problems.push(messages.monitorReboundNoDates());
    else {
      const serials = table.rows.slice(0, rows).map((r) => {
        const v = r[dateCol];
        return typeof v === "number" && isDateSerial(v) ? Math.floor(v) : typeof v === "string" ? (isoToSerial(v) ?? NaN) : NaN;
      });
      let at = -1;
      for (let t = 0; t < rows; t++) if (serials[t] <= serial) at = t;
      const first = serials.find((x) => x === x);
      const last = [...serials].reverse().find((x) => x === x);
      if (at < 0 || first === undefined || last === undefined || serial > last) {
        const iso = isDateSerial(serial) ? serialToIso(serial) : String(typed);
        problems.push(
          messages.monitorReboundOutside(iso, first !== undefined ? serialToIso(first) : "?", last !== undefined ? serialToIso(last) : "?"),
        );
      } else rebound = { row: at, date: dateAt(at), how: "typed" };
    }
  }
  if (rebound === null) {
    const at = automaticRebound(B);
    if (at >= 0) rebound = { row: at, date: dateAt(at), how: "automatic" };
  }

  const rw = whole(options.rotationWindow, DEFAULT_ROTATION_WINDOW, 2);
  const rm = whole(options.rotationMomentum, DEFAULT_ROTATION_MOMENTUM, 1);
  const figures = (header: string, S: Float64Array, Bs: Float64Array, T: number): Pick<MonitorSegment, "metrics" | "card"> => {
    const d = crowdingLatest({ sector: S, benchmark: Bs, window, lookback });
    const r = rebound !== null && rebound.row <= T ? rebound.row : -1;
    const since = r >= 0 && S[r] === S[r] ? S[T] / S[r] - 1 : NaN;
    const benchSince = r >= 0 ? Bs[T] / Bs[r] - 1 : NaN;
    const [trail] = rotationTrail({ sectors: [S], benchmarks: [Bs], window: rw, momentum: rm }, { points: 1 });
    const q = trail.quadrant[0];
    const metrics: Partial<Record<MetricKey, number>> = {};
    if (d.score !== null) metrics.crowding = d.score;
    if (Number.isFinite(since)) metrics.sinceRebound = since;
    const num = (x: number): number | null => (Number.isFinite(x) ? x : null);
    return {
      metrics,
      card: {
        header,
        window,
        excess: d.excess,
        excessSinceRebound: num(since - benchSince),
        ratio: num(trail.ratio[0]),
        momentum: num(trail.momentum[0]),
        quadrant: q > 0 ? QUADRANTS[q - 1] : null,
        ...(d.reason !== null ? { reason: d.reason } : {}),
      },
    };
  };
  // Every segment column at once through readPricePair (one grid, one benchmark
  // read): the same series as reading each column alone whenever no column
  // runs past the benchmark and no cell is bad. Otherwise each column is read
  // on its own, so that a bad cell marks only its segment.
  const all =
    columns.length > 0
      ? readPricePair(
          table.rows.map((row) => columns.map((c) => row[c.column] ?? null)),
          benchGrid,
          { sector: "", benchmark: benchHeader },
        )
      : undefined;
  const together = all !== undefined && !isBatonError(all) && all.rows === rows ? all : undefined;
  const segments = columns.map(({ column, header, match }, j): MonitorSegment => {
    const pair = together ?? readPricePair(columnGrid(table.rows, column), benchGrid, { sector: "", benchmark: benchHeader });
    if (isBatonError(pair)) {
      return {
        column, match, metrics: {},
        card: { header, window, excess: null, excessSinceRebound: null, ratio: null, momentum: null, quadrant: null, error: unreadable(pair) },
      };
    }
    const k = together ? j : 0;
    return { column, match, ...figures(header, pair.sectors[k], pair.benchmarks[k], pair.rows - 1) };
  });

  return {
    rows,
    dateColumn,
    benchmark,
    rebound,
    lastDate: rows > 0 ? dateAt(rows - 1) : null,
    segments,
    notUsed,
    problems,
    window,
  };
}

/**
 * The board computed from a price table: {@link readMonitor}'s figures laid
 * over the segments table by {@link buildBoard} (fundamentals from the
 * segments table, matched by segment identity; a typed crowding score or
 * return since the rebound there wins over the computed one, and each card
 * marks where each figure came from). Without a segments table the board
 * has the price table's segments alone (no growth or revision, so no
 * catch-up badges until the segments table gives them).
 *
 * Cost: {@link readMonitor}'s O(k·n) plus buildBoard's O(r log r).
 *
 * @param prices the price table
 * @param segments the segments table (growth, revision…), or undefined
 * @param options the board's rule and taxonomy, and the monitor's options
 * @example monitorBoard({ name: "P", headers: ["Date", "Switches", "All A"], rows: [[46120, 100, 100], [46121, 110, 105]] }, undefined, { rule: DEFAULT_RULE }).board.lanes[0].cards[0].sources
 * // => { sinceRebound: "prices" }
 */
export function monitorBoard(
  prices: TableData,
  segments: TableData | undefined,
  options: MonitorOptions & BoardOptions,
): { readonly board: Board; readonly monitor: Monitor } {
  const monitor = readMonitor(prices, options);
  const table: TableData = segments ?? { name: "", headers: [], rows: [] };
  const board = buildBoard(table, { rule: options.rule, taxonomy: options.taxonomy, prices: monitor.segments });
  return { board, monitor };
}

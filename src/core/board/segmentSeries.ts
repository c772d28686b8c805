/**
 * The price series of every segment of a price table, for the pane's
 * pictures (the rotation map, the crowding heatmap): which columns are
 * segments and which is the benchmark is the tier monitor's decision
 * ({@link readMonitor}); each segment column is then read with its benchmark
 * the way a worksheet function reads `(sector, benchmark)` ({@link readPricePair}),
 * so the pictures show exactly the numbers `=BATON.ROTATION(Prices[X], Prices[All A])`
 * and `=BATON.CROWDING_SCORE(…)` give for that column.
 *
 * Pure: a table in, plain data out; never throws for anything in a table.
 */
import { isBatonError } from "../errors";
import { readPricePair } from "../series";
import { columnGrid, type TableData } from "../table";
import type { TierNumber } from "../tiers";
import { readMonitor, type Monitor, type MonitorOptions } from "./monitor";

/** One segment column, read and filled. */
export interface SegmentSeries {
  /** The price table's header of the column (`光模块(CPO)指数`). */
  readonly header: string;
  /** The segment's taxonomy names (English, Chinese when known). */
  readonly name: string;
  readonly nameZh?: string;
  readonly tier: TierNumber;
  /** 0-based column in the table. */
  readonly column: number;
  /** Filled prices, `NaN` before the first one; as long as the data (`PricePair.rows`). */
  readonly sector: Float64Array;
  /** The benchmark, filled, the same length. */
  readonly benchmark: Float64Array;
}

/** The segments of a price table with their series, and the monitor's reading of the table. */
export interface SegmentTable {
  /** Readable segment columns, in the table's column order. */
  readonly segments: readonly SegmentSeries[];
  /** Segment columns left out because a cell is unreadable (the board's card says why). */
  readonly unreadable: readonly string[];
  /** The date column's index, or undefined. */
  readonly dateColumn?: number;
  readonly monitor: Monitor;
}

/**
 * Reads every segment column of a price table with the benchmark the tier
 * monitor recognises (or the one picked in `options.benchmark`).
 *
 * Edge cases: no benchmark or no segment column gives no segments (the
 * monitor's `problems` say why); a column with a bad cell is listed in
 * `unreadable` and left out, the others are unaffected.
 * Cost: the monitor's O(k·n) plus O(k·n) to read the columns again.
 *
 * @example readSegmentTable({ name: "P", headers: ["Date", "Switches", "All A"], rows: [[46120, 100, 100], [46121, 110, 105]] }).segments.map((s) => [s.name, s.tier, Array.from(s.sector)])
 * // => [["Switches", 1, [100, 110]]]
 */
export function readSegmentTable(table: TableData, options: MonitorOptions = {}): SegmentTable {
  const monitor = readMonitor(table, options);
  const dateIndex = monitor.dateColumn === null ? -1 : table.headers.indexOf(monitor.dateColumn);
  const dateColumn = dateIndex >= 0 ? dateIndex : undefined;
  const segments: SegmentSeries[] = [];
  const unreadable: string[] = [];
  if (!monitor.benchmark) return { segments, unreadable, dateColumn, monitor };
  const benchGrid = columnGrid(table.rows, monitor.benchmark.column);
  for (const s of monitor.segments) {
    const header = s.card.header;
    const pair = s.card.error ? undefined : readPricePair(columnGrid(table.rows, s.column), benchGrid, { sector: header, benchmark: monitor.benchmark.header });
    if (!pair || isBatonError(pair)) {
      unreadable.push(header);
      continue;
    }
    segments.push({
      header,
      name: s.match.name,
      ...(s.match.nameZh ? { nameZh: s.match.nameZh } : {}),
      tier: s.match.tier,
      column: s.column,
      sector: pair.sectors[0],
      benchmark: pair.benchmarks[0],
    });
  }
  return { segments, unreadable, dateColumn, monitor };
}

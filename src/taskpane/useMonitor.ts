/**
 * The tier monitor in the pane (issue 11): the board computed from the
 * analyst's segment price table.
 *
 * A hook of its own beside usePane: it finds the price table (the one chosen
 * in Settings, else {@link findPriceTable}), reads it with the segments and
 * taxonomy tables the board already uses through the workbook port, re-reads
 * them debounced when any of them changes (typing in the price table never
 * recomputes per keystroke), and computes the board with the core's
 * `monitorBoard`. Main thread, by measurement (`npm run bench -- monitor`):
 * the whole board for 60 segments × 2,500 rows takes about 9 ms best-of-9,
 * and 26–53 ms on a 2-core machine with a load average of 9, under the 50 ms
 * line that would move it to a worker (reading the table through the
 * in-memory adapter: 0.5 ms). Reads, and so computes, are debounced 400 ms.
 */
import { useEffect, useMemo, useState } from "react";
import { taxonomyFromTable } from "../core/board/board";
import { hasSegmentColumn } from "../core/board/columns";
import { isBenchmarkHeader, monitorBoard, type Monitor } from "../core/board/monitor";
import type { Board } from "../core/board/types";
import { isBatonError } from "../core/errors";
import { classify, type Taxonomy } from "../core/tiers";
import type { TableData, TableInfo, WorkbookPort } from "../workbook/port";
import type { Settings } from "../workbook/settings";

/** How long after the last change event the monitor re-reads its tables (as the board does). */
export const MONITOR_DEBOUNCE_MS = 400;

/**
 * The default price table: the first table that is not a segments table, has
 * a column whose header names a benchmark and at least one column whose
 * header names a segment (vendor decorations looked through). Cost: O(headers).
 */
export function findPriceTable(tables: readonly TableInfo[], taxonomy?: Taxonomy): TableInfo | undefined {
  return tables.find(
    (t) =>
      !hasSegmentColumn(t.headers) &&
      t.headers.some((h) => typeof h === "string" && isBenchmarkHeader(h)) &&
      t.headers.some((h) => typeof h === "string" && !isBenchmarkHeader(h) && classify(h, taxonomy) !== undefined),
  );
}

/**
 * Which price table the monitor reads: `settings.monitor.table` when the
 * workbook has it (case-insensitive, like the other table settings), else the
 * guess; none when the analyst chose none (stored as `null`).
 */
export function resolvePriceTable(settings: Settings, tables: readonly TableInfo[], taxonomy?: Taxonomy): string | undefined {
  const chosen = settings.monitor?.table;
  if (chosen === null) return undefined;
  if (chosen) return tables.find((t) => t.name.toLowerCase() === chosen.toLowerCase())?.name;
  return findPriceTable(tables, taxonomy)?.name;
}

export interface MonitorState {
  /** The price table read, when there is one. */
  readonly priceTable?: string;
  readonly monitor?: Monitor;
  /** The board computed from prices, laid over the segments table; undefined without a price table. */
  readonly board?: Board;
  /** A read failure, in the port's words. */
  readonly error?: string;
}

/**
 * @param port the workbook port (undefined until it is known)
 * @param tables the workbook's tables (usePane lists them)
 * @param settings the pane's settings (window, lookback, rule, monitor)
 * @param segmentsTable the segments table the board shows (fundamentals), if any
 * @param taxonomyTable the taxonomy table chosen in Settings, if any
 * @param tick changes when the pane refreshes (Refresh button, its own reads), to read again
 */
export function useMonitor(
  port: WorkbookPort | undefined,
  tables: readonly TableInfo[],
  settings: Settings,
  segmentsTable: string | undefined,
  taxonomyTable: string | undefined,
  tick: unknown,
): MonitorState {
  const [data, setData] = useState<ReadonlyMap<string, TableData>>(new Map());
  const [error, setError] = useState<string>();
  const [readTick, setReadTick] = useState(0);

  // The taxonomy decides which headers are segments, so it is read first.
  const taxonomyData = taxonomyTable ? data.get(taxonomyTable) : undefined;
  const taxonomy = useMemo(() => {
    if (!taxonomyData) return undefined;
    const t = taxonomyFromTable(taxonomyData);
    return isBatonError(t) ? undefined : t;
  }, [taxonomyData]);
  const priceTable = resolvePriceTable(settings, tables, taxonomy);
  const wanted = [priceTable, segmentsTable, taxonomyTable].filter((n): n is string => !!n);
  const wantedKey = wanted.join("\u0000");

  useEffect(() => {
    if (!port || !priceTable) return;
    let cancelled = false;
    Promise.all(wanted.map(async (n) => [n, await port.readTable(n)] as const)).then(
      (pairs) => {
        if (cancelled) return;
        setData(new Map(pairs));
        setError(undefined);
      },
      (e: unknown) => {
        if (!cancelled) setError(e instanceof Error ? e.message : String(e));
      },
    );
    return () => {
      cancelled = true;
    };
    // `wanted` is tracked through wantedKey.
  }, [port, priceTable, wantedKey, readTick, tick]);

  // Change events on any of the tables: read again, debounced.
  useEffect(() => {
    if (!port || !priceTable || !port.capabilities().changeEvents) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChange = (): void => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => setReadTick((n) => n + 1), MONITOR_DEBOUNCE_MS);
    };
    const offs = wanted.map((n) => port.onTableChanged(n, onChange).catch(() => undefined));
    return () => {
      if (timer) clearTimeout(timer);
      offs.forEach((p) => p.then((off) => off?.()));
    };
  }, [port, priceTable, wantedKey]);

  const prices = priceTable ? data.get(priceTable) : undefined;
  const segments = segmentsTable ? data.get(segmentsTable) : undefined;
  const m = settings.monitor;
  const computed = useMemo(
    () =>
      prices
        ? monitorBoard(prices, segments, {
            rule: settings.rule,
            taxonomy,
            window: settings.window,
            lookback: settings.lookback,
            benchmark: m?.benchmarkColumn,
            rebound: m?.rebound,
          })
        : undefined,
    [prices, segments, taxonomy, settings.rule, settings.window, settings.lookback, m?.benchmarkColumn, m?.rebound],
  );
  return { priceTable, monitor: computed?.monitor, board: computed?.board, error };
}

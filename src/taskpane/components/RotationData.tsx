/**
 * The price table the rotation map and the crowding heatmap draw from, and
 * their models (issue 12). The table is the one the analyst picks in the tab,
 * else the tier monitor's (Settings, else its guess: {@link resolvePriceTable}),
 * with the monitor's benchmark column; it is read through the workbook port,
 * again on Refresh and (debounced) when it changes. The models come from the core:
 * {@link readSegmentTable}, {@link rotationMap}, {@link heatmap}.
 */
import { useEffect, useMemo, useState } from "react";
import { heatmap, type Heatmap } from "../../core/board/heatmap";
import { rotationMap, type RotationMap } from "../../core/board/rotationMap";
import { readSegmentTable, type SegmentTable } from "../../core/board/segmentSeries";
import { columnGrid } from "../../core/table";
import type { TableData, TableInfo, WorkbookPort } from "../../workbook/port";
import type { Settings } from "../../workbook/settings";
import { findPriceTable, resolvePriceTable } from "../useMonitor";

/** Debounce of re-reads on change events, as the pane's other tables. */
const DEBOUNCE_MS = 400;

/** Tables that look like segment prices (the monitor's guess, table by table), the monitor's own first. */
export function priceTableCandidates(tables: readonly TableInfo[], settings: Settings): TableInfo[] {
  const first = resolvePriceTable(settings, tables);
  const ok = tables.filter((x) => x.name === first || findPriceTable([x]) !== undefined);
  return [...ok.filter((x) => x.name === first), ...ok.filter((x) => x.name !== first)];
}

export interface VizData {
  readonly candidates: readonly TableInfo[];
  readonly table?: string;
  readonly read?: SegmentTable;
  readonly map?: RotationMap;
  readonly heat?: Heatmap;
  /** The last data row's date (ISO), when the table has dates. */
  readonly lastDate?: string;
  readonly error?: string;
  readonly loading: boolean;
}

export function useVizData(
  port: WorkbookPort | undefined,
  tables: readonly TableInfo[],
  settings: Settings,
  picked: string | undefined,
  tick: unknown,
): VizData {
  const candidates = useMemo(() => priceTableCandidates(tables, settings), [tables, settings]);
  const name = picked && candidates.some((c) => c.name === picked) ? picked : candidates[0]?.name;
  const [data, setData] = useState<TableData>();
  const [error, setError] = useState<string>();
  const [loading, setLoading] = useState(false);
  const [changed, setChanged] = useState(0);

  useEffect(() => {
    if (!port || !name) {
      setData(undefined);
      return;
    }
    let cancelled = false;
    setLoading(true);
    port.readTable(name).then(
      (t) => {
        if (cancelled) return;
        setData(t);
        setError(undefined);
        setLoading(false);
      },
      (e: unknown) => {
        if (cancelled) return;
        setError(e instanceof Error ? e.message : String(e));
        setLoading(false);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [port, name, tick, changed]);

  useEffect(() => {
    if (!port || !name || !port.capabilities().changeEvents) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = port
      .onTableChanged(name, () => {
        clearTimeout(timer);
        timer = setTimeout(() => setChanged((n) => n + 1), DEBOUNCE_MS);
      })
      .catch(() => undefined);
    return () => {
      clearTimeout(timer);
      void off.then((f) => f?.());
    };
  }, [port, name]);

  const read = useMemo(
    () =>
      data
        ? readSegmentTable(data, {
            window: settings.window,
            lookback: settings.lookback,
            ...(settings.monitor?.benchmarkColumn ? { benchmark: settings.monitor.benchmarkColumn } : {}),
          })
        : undefined,
    [data, settings.window, settings.lookback, settings.monitor?.benchmarkColumn],
  );
  const map = useMemo(
    () => (read ? rotationMap(read.segments, { points: settings.trailPoints, every: settings.trailEvery }) : undefined),
    [read, settings.trailPoints, settings.trailEvery],
  );
  const heat = useMemo(() => {
    if (!read || !data) return undefined;
    const dates = read.dateColumn !== undefined ? columnGrid(data.rows, read.dateColumn).map((r) => r[0]) : undefined;
    return heatmap(read.segments, dates, { window: settings.window, lookback: settings.lookback });
  }, [read, data, settings.window, settings.lookback]);

  return { candidates, table: name, read, map, heat, lastDate: read?.monitor.lastDate ?? undefined, error, loading };
}

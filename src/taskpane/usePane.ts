/**
 * The pane's state, in two hooks:
 *
 * - {@link useWorkbookPort} owns the port: the Excel adapter when
 *   `Office.onReady` reports Excel, else the in-memory sample workbook (the
 *   preview; also when office.js is not loaded at all).
 * - {@link usePane} reads settings (validated, with a notice when they fell
 *   back to defaults), lists the tables, reads the ones the pane shows, and
 *   computes the board and the gauge with the core. It re-reads a table,
 *   debounced, when the workbook says it changed.
 *
 * Only plain data crosses the port; nothing here knows Office.js.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Board } from "../core/board/types";
import { buildBoard } from "../core/board/board";
import { hasSegmentColumn } from "../core/board/columns";
import { gaugeFromTable, guessPriceColumns, type GaugeModel } from "../core/board/gauge";
import { buildTaxonomy } from "../core/tiers";
import { isBatonError } from "../core/errors";
import type { TableData, TableInfo, WorkbookPort } from "../workbook/port";
import { WorkbookError } from "../workbook/port";
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_VERSION, SettingsSchema, type Settings, type SettingsNotice } from "../workbook/settings";
import { createSampleWorkbook, type MemoryWorkbook } from "../workbook/memory";
import { createExcelWorkbook } from "../workbook/excel";

/** How long after the last change event the board re-reads its table. */
export const REFRESH_DEBOUNCE_MS = 400;

export interface PortState {
  readonly port: WorkbookPort;
  /** True on the in-memory sample workbook (say so: the prices are synthetic). */
  readonly sample: boolean;
  /**
   * True once `Office.onReady` has resolved: from then on `Office.context`
   * (display language, theme, document events) may be read. False when
   * office.js is not loaded or onReady failed. Before the port state exists
   * at all, Office is not ready yet either.
   */
  readonly officeReady: boolean;
  /** `Office.onReady`'s host ("Excel", …); undefined outside Office. */
  readonly host?: string;
}

function browserStorage(): Storage | undefined {
  try {
    return typeof window !== "undefined" && window.localStorage ? window.localStorage : undefined;
  } catch {
    return undefined; // storage blocked (privacy settings): settings live for the session only
  }
}

/**
 * In the browser preview only (the sample workbook), the workbook is reachable
 * as `window.batonPreview.workbook`, so that a newcomer (and the end-to-end
 * test) can change a cell from the console and watch the board refresh:
 * `batonPreview.workbook.updateCell("Segments", 6, 3, 0.5)`. Never set in Excel.
 */
export interface PreviewHandle {
  readonly workbook: MemoryWorkbook;
}

/** The port, once the host is known. */
export function useWorkbookPort(): PortState | undefined {
  const [state, setState] = useState<PortState>();
  useEffect(() => {
    let cancelled = false;
    const choose = (officeReady: boolean, host: string | undefined) => {
      if (cancelled) return;
      if (host === "Excel") {
        setState({ port: createExcelWorkbook(), sample: false, officeReady, host });
        return;
      }
      const workbook = createSampleWorkbook({ storage: browserStorage() });
      if (typeof window !== "undefined") (window as unknown as { batonPreview?: PreviewHandle }).batonPreview = { workbook };
      setState({ port: workbook, sample: true, officeReady, host });
    };
    if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
      Office.onReady()
        .then((info) => choose(true, info?.host ? String(info.host) : undefined))
        .catch(() => choose(false, undefined));
    } else {
      choose(false, undefined);
    }
    return () => {
      cancelled = true;
    };
  }, []);
  return state;
}

/** Which tables and columns the pane shows, resolved against what the workbook has. */
export interface Resolved {
  readonly boardTable?: string;
  readonly taxonomyTable?: string;
  readonly gaugeTable?: string;
  readonly sectorCol?: number;
  readonly benchmarkCol?: number;
  readonly dateCol?: number;
  /** The sector's turnover column (an amount with `marketTurnoverCol`, else a share); undefined: none. */
  readonly turnoverCol?: number;
  /** The market's turnover amount column; used only with `turnoverCol`. */
  readonly marketTurnoverCol?: number;
}

/**
 * The settings' choices where the workbook still has them, else the
 * defaults: the first table with a segment column; the first table whose
 * columns give a sector and a benchmark; the guessed price and turnover
 * columns. A turnover column stored as `null` is "none" (no guess); a stored
 * header the table no longer has falls back to the guess, like the prices.
 */
export function resolve(settings: Settings, tables: readonly TableInfo[]): Resolved {
  const byName = (n?: string) => (n ? tables.find((t) => t.name.toLowerCase() === n.toLowerCase()) : undefined);
  const board = byName(settings.table) ?? tables.find((t) => hasSegmentColumn(t.headers));
  const taxonomy = byName(settings.taxonomyTable);
  // Default price table: one that is not a segments table and has two price columns, one with a date column first.
  const priceLike = tables.filter((t) => {
    const g = guessPriceColumns(t.headers);
    return !hasSegmentColumn(t.headers) && g.sector !== undefined && g.benchmark !== undefined;
  });
  const gauge = byName(settings.gauge.table) ?? priceLike.find((t) => guessPriceColumns(t.headers).date !== undefined) ?? priceLike[0];
  if (!gauge) return { boardTable: board?.name, taxonomyTable: taxonomy?.name };
  const guess = guessPriceColumns(gauge.headers);
  const col = (h?: string) => (h ? gauge.headers.findIndex((x) => x === h) : -1);
  const sector = col(settings.gauge.sectorColumn);
  const bench = col(settings.gauge.benchmarkColumn);
  const optional = (h: string | null | undefined, guessed?: number): number | undefined => {
    if (h === null) return undefined;
    const i = col(h);
    return i >= 0 ? i : guessed;
  };
  const turnover = optional(settings.gauge.turnoverColumn, guess.sectorTurnover);
  const market = turnover === undefined ? undefined : optional(settings.gauge.marketTurnoverColumn, guess.marketTurnover);
  return {
    boardTable: board?.name,
    taxonomyTable: taxonomy?.name,
    gaugeTable: gauge.name,
    sectorCol: sector >= 0 ? sector : guess.sector,
    benchmarkCol: bench >= 0 ? bench : guess.benchmark,
    dateCol: guess.date,
    turnoverCol: turnover,
    marketTurnoverCol: market,
  };
}

/** A failure's text: the port's code in the pane's words is added by the caller. */
export function errorText(e: unknown): { code?: WorkbookError["code"]; message: string } {
  if (e instanceof WorkbookError) return { code: e.code, message: e.message };
  return { message: e instanceof Error ? e.message : String(e) };
}

/**
 * The settings after a change from the pane: `patch` over `current`,
 * validated by the schema that reads them back; undefined when not valid.
 * Keys absent from the patch keep their current values.
 */
export function patchSettings(current: Settings, patch: Partial<Settings>): Settings | undefined {
  const parsed = SettingsSchema.safeParse({ ...current, ...patch });
  return parsed.success ? parsed.data : undefined;
}

/**
 * The settings "Reset to defaults" stores: exactly the defaults, whatever the
 * current ones are. Nothing is carried over (not the board's table, the
 * taxonomy table, the gauge's table and columns, nor the language): with no
 * choice stored, the pane falls back to its automatic picks (first table with
 * a segment column, guessed price columns, Office's language). A fresh copy,
 * so that the stored value is never the frozen constant.
 */
export function resetSettings(): Settings {
  return SettingsSchema.parse({ version: SETTINGS_VERSION });
}

/**
 * Whether the settings reached the workbook: `idle` (nothing written this
 * session), `saving`, `saved` (the last write succeeded) or `failed` (the
 * last write failed; the settings apply for this session only).
 */
export type SaveState = { readonly kind: "idle" | "saving" | "saved" } | { readonly kind: "failed"; readonly error: unknown };

export interface PaneState {
  readonly ready: boolean;
  readonly settings: Settings;
  readonly settingsNotice?: SettingsNotice;
  readonly tables: readonly TableInfo[];
  readonly resolved: Resolved;
  readonly board?: Board;
  readonly taxonomyProblem?: string;
  readonly gauge?: GaugeModel;
  readonly gaugeError?: string;
  readonly readError?: string;
  readonly refreshing: boolean;
  readonly saveState: SaveState;
  readonly updatedAt?: Date;
  /** Data of the price table the gauge reads (for the chart's category header). */
  readonly priceTable?: TableData;
}

export interface PaneActions {
  refresh(): void;
  /** Validates and stores new settings; returns false (and changes nothing) when they are not valid. */
  updateSettings(next: Partial<Settings>): boolean;
  /** Replaces the settings by exactly the defaults ({@link resetSettings}) and stores them. */
  resetSettings(): void;
  dismissSettingsNotice(): void;
}

/** Reads each named table; a table that fails to read is reported, the others still load. */
async function readAll(port: WorkbookPort, names: readonly string[]): Promise<{ data: Map<string, TableData>; error?: string }> {
  const data = new Map<string, TableData>();
  let error: string | undefined;
  await Promise.all(
    names.map(async (n) => {
      try {
        data.set(n, await port.readTable(n));
      } catch (e) {
        error = `${n}: ${errorText(e).message}`;
      }
    }),
  );
  return { data, error };
}

export function usePane(portState: PortState | undefined): PaneState & PaneActions {
  const port = portState?.port;
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [settingsNotice, setSettingsNotice] = useState<SettingsNotice>();
  const [settingsLoaded, setSettingsLoaded] = useState(false);
  const [tables, setTables] = useState<readonly TableInfo[]>([]);
  const [tablesLoaded, setTablesLoaded] = useState(false);
  const [data, setData] = useState<ReadonlyMap<string, TableData>>(new Map());
  const [readError, setReadError] = useState<string>();
  const [refreshing, setRefreshing] = useState(false);
  const [updatedAt, setUpdatedAt] = useState<Date>();
  const [saveState, setSaveState] = useState<SaveState>({ kind: "idle" });
  /** Bumped to list the tables again (Refresh). */
  const [listTick, setListTick] = useState(0);
  /** Bumped to re-read the shown tables (Refresh, change events). */
  const [readTick, setReadTick] = useState(0);

  // Settings: read once per port, validated; bad or old ones fall back to defaults with a notice.
  useEffect(() => {
    if (!port) return;
    let cancelled = false;
    port
      .readSettings()
      .then((raw) => {
        if (cancelled) return;
        const parsed = parseSettings(raw);
        setSettings(parsed.settings);
        setSettingsNotice(parsed.notice);
      })
      .catch(() => {
        if (!cancelled) setSettingsNotice("invalid");
      })
      .finally(() => {
        if (!cancelled) setSettingsLoaded(true);
      });
    return () => {
      cancelled = true;
    };
  }, [port]);

  // The list of tables: on start and on Refresh.
  useEffect(() => {
    if (!port) return;
    let cancelled = false;
    setRefreshing(true);
    port
      .listTables()
      .then((list) => {
        if (cancelled) return;
        setTables(list);
        setReadError(undefined);
      })
      .catch((e) => {
        if (!cancelled) setReadError(errorText(e).message);
      })
      .finally(() => {
        if (!cancelled) setTablesLoaded(true);
      });
    return () => {
      cancelled = true;
    };
  }, [port, listTick]);

  const resolved = useMemo(() => resolve(settings, tables), [settings, tables]);
  const wanted = useMemo(
    () => [...new Set([resolved.boardTable, resolved.taxonomyTable, resolved.gaugeTable].filter((n): n is string => !!n))],
    [resolved.boardTable, resolved.taxonomyTable, resolved.gaugeTable],
  );
  const wantedKey = wanted.join("\u0000");

  // The tables the pane shows: read when the choice changes, on Refresh and on change events.
  useEffect(() => {
    if (!port || !tablesLoaded || !settingsLoaded) return;
    let cancelled = false;
    setRefreshing(true);
    readAll(port, wanted).then(({ data: next, error }) => {
      if (cancelled) return;
      setData(next);
      if (error) setReadError(error);
      setRefreshing(false);
      setUpdatedAt(new Date());
    });
    return () => {
      cancelled = true;
    };
    // `wanted` is tracked through wantedKey, so that an equal list does not re-read.
  }, [port, tablesLoaded, settingsLoaded, wantedKey, readTick]);

  // Change events: re-read, debounced, when a shown table changes.
  useEffect(() => {
    if (!port || !portState || wanted.length === 0) return;
    if (!port.capabilities().changeEvents) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChange = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => setReadTick((n) => n + 1), REFRESH_DEBOUNCE_MS);
    };
    const offs: Promise<(() => void) | undefined>[] = wanted.map((n) => port.onTableChanged(n, onChange).catch(() => undefined));
    return () => {
      if (timer) clearTimeout(timer);
      offs.forEach((p) => p.then((off) => off?.()));
    };
  }, [port, wantedKey]);

  // The taxonomy table, read as DIFFUSION_TIER's taxonomy argument (header row first).
  const taxonomy = useMemo(() => {
    const table = resolved.taxonomyTable ? data.get(resolved.taxonomyTable) : undefined;
    if (!table) return { value: undefined, problem: undefined };
    const built = buildTaxonomy([table.headers as readonly unknown[], ...table.rows]);
    return isBatonError(built) ? { value: undefined, problem: built.message } : { value: built, problem: undefined };
  }, [data, resolved.taxonomyTable]);

  const board = useMemo(() => {
    const table = resolved.boardTable ? data.get(resolved.boardTable) : undefined;
    return table ? buildBoard(table, { rule: settings.rule, taxonomy: taxonomy.value }) : undefined;
  }, [data, resolved.boardTable, settings.rule, taxonomy.value]);

  const priceTable = resolved.gaugeTable ? data.get(resolved.gaugeTable) : undefined;
  const gaugeResult = useMemo(() => {
    if (!priceTable || resolved.sectorCol === undefined || resolved.benchmarkCol === undefined) return undefined;
    if (resolved.sectorCol === resolved.benchmarkCol) return undefined;
    const { turnoverCol, marketTurnoverCol } = resolved;
    const turnover =
      turnoverCol === undefined
        ? undefined
        : { sectorCol: turnoverCol, ...(marketTurnoverCol !== undefined && marketTurnoverCol !== turnoverCol ? { marketCol: marketTurnoverCol } : {}) };
    return gaugeFromTable(priceTable, resolved.sectorCol, resolved.benchmarkCol, resolved.dateCol, settings.window, settings.lookback, turnover);
  }, [
    priceTable,
    resolved.sectorCol,
    resolved.benchmarkCol,
    resolved.dateCol,
    resolved.turnoverCol,
    resolved.marketTurnoverCol,
    settings.window,
    settings.lookback,
  ]);

  const refresh = useCallback(() => {
    setListTick((n) => n + 1);
    setReadTick((n) => n + 1);
  }, []);

  const settingsRef = useRef(settings);
  settingsRef.current = settings;

  /** Numbers the writes, so that only the latest one's outcome is shown. */
  const writeSeq = useRef(0);

  const store = useCallback(
    (next: Settings) => {
      settingsRef.current = next;
      setSettings(next);
      setSettingsNotice(undefined);
      if (!port || !port.capabilities().settings) return;
      const seq = ++writeSeq.current;
      setSaveState({ kind: "saving" });
      port.writeSettings(next).then(
        () => {
          if (seq === writeSeq.current) setSaveState({ kind: "saved" });
        },
        (e: unknown) => {
          if (seq === writeSeq.current) setSaveState({ kind: "failed", error: e });
        },
      );
    },
    [port],
  );

  const updateSettings = useCallback(
    (patch: Partial<Settings>) => {
      const next = patchSettings(settingsRef.current, patch);
      if (!next) return false;
      store(next);
      return true;
    },
    [store],
  );

  const reset = useCallback(() => store(resetSettings()), [store]);

  return {
    ready: !!port && settingsLoaded && tablesLoaded,
    settings,
    settingsNotice,
    tables,
    resolved,
    board,
    taxonomyProblem: taxonomy.problem,
    gauge: gaugeResult && !isBatonError(gaugeResult) ? gaugeResult : undefined,
    gaugeError: gaugeResult && isBatonError(gaugeResult) ? gaugeResult.message : undefined,
    readError,
    refreshing,
    saveState,
    updatedAt,
    priceTable,
    refresh,
    updateSettings,
    resetSettings: reset,
    dismissSettingsNotice: () => setSettingsNotice(undefined),
  };
}

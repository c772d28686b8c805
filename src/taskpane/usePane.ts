/**
 * The pane's state: {@link usePane} reads settings (validated, with a notice
 * when they fell back to defaults), lists the tables, reads the ones the pane
 * shows, and computes the board and the gauge with the core. It re-reads a
 * table, debounced, when the workbook says it changed.
 *
 * The pure parts live beside it, one idea per file: usePort.ts (which
 * workbook), resolve.ts (which tables and columns), settingsActions.ts,
 * tableReads.ts, paneErrors.ts. They are re-exported here, so the hook's
 * public shape is unchanged.
 *
 * Only plain data crosses the port; nothing here knows Office.js.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Board } from "../core/board/types";
import { buildBoard } from "../core/board/board";
import { gaugeFromTable, type GaugeModel } from "../core/board/gauge";
import { buildTaxonomy } from "../core/tiers";
import { type BatonError, isBatonError } from "../core/errors";
import type { TableData, TableInfo } from "../workbook/port";
import { DEFAULT_SETTINGS, parseSettings, type Settings, type SettingsNotice } from "../workbook/settings";
import type { PortState } from "./usePort";
import { resolve, type Resolved } from "./resolve";
import { errorText } from "./paneErrors";
import { patchSettings, resetSettings, type SaveState } from "./settingsActions";
import { mergeReads, readAll } from "./tableReads";
import { usePaneVisible } from "./visibility";

export { useWorkbookPort, type PortState, type PreviewHandle } from "./usePort";
export { resolve, type Resolved } from "./resolve";
export { errorText } from "./paneErrors";
export { patchSettings, resetSettings, type SaveState } from "./settingsActions";

/** How long after the last change event the board re-reads its table. */
export const REFRESH_DEBOUNCE_MS = 400;
/** How long the pane waits before reading again when Excel was in cell-edit mode (hosts without delayForCellEdit). */
export const BUSY_RETRY_MS = 1500;

export interface PaneState {
  readonly ready: boolean;
  readonly settings: Settings;
  readonly settingsNotice?: SettingsNotice;
  readonly tables: readonly TableInfo[];
  readonly resolved: Resolved;
  readonly board?: Board;
  /** Why the taxonomy table cannot be read: the core's error, worded by the pane in its language. */
  readonly taxonomyProblem?: BatonError;
  readonly gauge?: GaugeModel;
  /** Why the gauge cannot be computed: the core's error, worded by the pane in its language. */
  readonly gaugeError?: BatonError;
  readonly readError?: string;
  /** A read found Excel in cell-edit mode: the pane shows its last good data and reads again when the edit ends. */
  readonly waitingForEdit: boolean;
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

export function usePane(portState: PortState | undefined): PaneState & PaneActions {
  const port = portState?.port;
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [settingsNotice, setSettingsNotice] = useState<SettingsNotice>();
  const [settingsLoaded, setSettingsLoaded] = useState(false);
  const [tables, setTables] = useState<readonly TableInfo[]>([]);
  const [tablesLoaded, setTablesLoaded] = useState(false);
  const [data, setData] = useState<ReadonlyMap<string, TableData>>(new Map());
  const [readError, setReadError] = useState<string>();
  const [waitingForEdit, setWaitingForEdit] = useState(false);
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

  /** The pending re-read after Excel was found in cell-edit mode. */
  const retryTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(retryTimer.current), []);

  // Visible or hidden (shared runtime): while hidden, change events are only noted; shown again, the pane
  // lists and reads again if anything was missed.
  const visible = usePaneVisible(portState?.officeReady ?? false);
  const visibleRef = useRef(visible);
  visibleRef.current = visible;
  const missed = useRef(false);
  useEffect(() => {
    if (visible && missed.current) {
      missed.current = false;
      setListTick((n) => n + 1);
      setReadTick((n) => n + 1);
    }
  }, [visible]);
  /** Bumps a tick after the debounce, or notes it for when the pane is shown again. */
  const later = useCallback((bump: () => void): (() => void) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const fire = () => {
      if (!visibleRef.current) {
        missed.current = true;
        return;
      }
      if (timer) clearTimeout(timer);
      timer = setTimeout(bump, REFRESH_DEBOUNCE_MS);
    };
    (fire as { cancel?: () => void }).cancel = () => timer && clearTimeout(timer);
    return fire;
  }, []);

  // The list of tables: on start, on Refresh, when tables come or go, when a shown one is gone.
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
        setWaitingForEdit(false);
      })
      .catch((e) => {
        if (cancelled) return;
        if (errorText(e).code === "busy") {
          setWaitingForEdit(true);
          retryTimer.current = setTimeout(() => setListTick((n) => n + 1), BUSY_RETRY_MS);
        } else setReadError(errorText(e).message);
      })
      .finally(() => {
        if (!cancelled) setTablesLoaded(true);
      });
    return () => {
      cancelled = true;
    };
  }, [port, listTick]);

  // Tables added or deleted (ExcelApi 1.9): list them again, so the pickers are never stale.
  useEffect(() => {
    if (!port) return;
    const onChange = later(() => setListTick((n) => n + 1));
    const off = port.onTablesChanged(onChange).catch(() => undefined);
    return () => {
      (onChange as { cancel?: () => void }).cancel?.();
      void off.then((f) => f?.());
    };
  }, [port, later]);

  const resolved = useMemo(() => resolve(settings, tables), [settings, tables]);
  const wanted = useMemo(
    () => [...new Set([resolved.boardTable, resolved.taxonomyTable, resolved.gaugeTable].filter((n): n is string => !!n))],
    [resolved.boardTable, resolved.taxonomyTable, resolved.gaugeTable],
  );
  const wantedKey = wanted.join("\u0000");

  const dataRef = useRef(data);
  dataRef.current = data;

  // The tables the pane shows: read when the choice changes, on Refresh and on change events. A failed
  // re-read keeps the last good data (mergeReads); in cell-edit mode the pane says it is waiting and
  // tries again; a good read clears the error.
  useEffect(() => {
    if (!port || !tablesLoaded || !settingsLoaded) return;
    let cancelled = false;
    setRefreshing(true);
    readAll(port, wanted).then((results) => {
      if (cancelled) return;
      const merged = mergeReads(dataRef.current, wanted, results);
      setData(merged.data);
      setReadError(merged.error);
      setWaitingForEdit(merged.waiting);
      setRefreshing(false);
      if (!merged.error && !merged.waiting) setUpdatedAt(new Date());
      if (merged.waiting) {
        clearTimeout(retryTimer.current);
        retryTimer.current = setTimeout(() => setReadTick((n) => n + 1), BUSY_RETRY_MS);
      }
      if (merged.missing) setListTick((n) => n + 1);
    });
    return () => {
      cancelled = true;
    };
    // `wanted` is tracked through wantedKey, so that an equal list does not re-read.
  }, [port, tablesLoaded, settingsLoaded, wantedKey, readTick]);

  // Change events: re-read, debounced, when a shown table changes or its sheet recalculates.
  useEffect(() => {
    if (!port || !portState || wanted.length === 0) return;
    if (!port.capabilities().changeEvents) return;
    const onChange = later(() => setReadTick((n) => n + 1));
    const offs: Promise<(() => void) | undefined>[] = wanted.map((n) => port.onTableChanged(n, onChange).catch(() => undefined));
    return () => {
      (onChange as { cancel?: () => void }).cancel?.();
      offs.forEach((p) => p.then((off) => off?.()));
    };
  }, [port, wantedKey, later]);

  // The taxonomy table, read as DIFFUSION_TIER's taxonomy argument (header row first).
  const taxonomy = useMemo(() => {
    const table = resolved.taxonomyTable ? data.get(resolved.taxonomyTable) : undefined;
    if (!table) return { value: undefined, problem: undefined };
    const built = buildTaxonomy([table.headers as readonly unknown[], ...table.rows]);
    return isBatonError(built) ? { value: undefined, problem: built } : { value: built, problem: undefined };
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
    gaugeError: gaugeResult && isBatonError(gaugeResult) ? gaugeResult : undefined,
    readError,
    waitingForEdit,
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

/**
 * The in-memory workbook: the port's second adapter, for the browser preview
 * (`npm run preview`, seeded with the sample data) and for tests.
 *
 * It behaves like the Excel adapter where the pane can tell: table names are
 * unique (case-insensitive, like Excel), a new chart goes on a new uniquely
 * named sheet and never over an existing one, settings round-trip as JSON (so
 * what the pane stores must survive `JSON.stringify`, as in Excel), and
 * change events fire when a cell of a table changes ({@link MemoryWorkbook.updateCell}).
 * Inserting a template is not possible here: the preview offers a download.
 */
import { SEGMENT_HEADERS, PRICE_HEADERS, excelSerial, samplePrices, sampleSegments } from "../sample";
import { SEGMENT_PRICES_TABLE, segmentPriceTable } from "../sample";
import { taxonomyTable } from "../core/tiers";
import {
  type Capabilities,
  type CellValue,
  type ChartRequest,
  type TableData,
  type TableInfo,
  type WorkbookPort,
  WorkbookError,
  checkChart,
  SETTINGS_KEY,
  uniqueSheetName,
} from "./port";

export { SETTINGS_KEY };

/** A table as the in-memory workbook is seeded with it: its contents and the sheet it sits on. */
export interface MemoryTable extends TableData {
  readonly sheet: string;
}

/** Where settings persist between page loads (the browser's localStorage, or a stand-in in tests). */
export interface SettingsStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface MemoryWorkbookInit {
  readonly tables?: readonly MemoryTable[];
  /** Extra sheets without tables (their names are taken). */
  readonly sheets?: readonly string[];
  /** Settings as stored (any value: the pane validates them), to test bad or old settings. */
  readonly settings?: unknown;
  /** Keep settings here too (the preview passes localStorage); memory only when absent. */
  readonly storage?: SettingsStorage;
}

/** The port plus what tests and the preview use to look inside and to simulate edits. */
export interface MemoryWorkbook extends WorkbookPort {
  /** Sheet names in workbook order. */
  sheets(): string[];
  /** Every chart inserted so far, in order, with its data. */
  charts(): ChartRequest[];
  /** Sets one cell of a table's data body (0-based row and column) and fires its change listeners. */
  updateCell(table: string, row: number, col: number, value: CellValue): void;
}


interface Stored {
  name: string;
  sheet: string;
  headers: string[];
  rows: CellValue[][];
}

/**
 * Creates an in-memory workbook holding `init.tables` (each on its sheet).
 * Throws a {@link WorkbookError} (`invalid`) when two tables share a name
 * (Excel forbids it) or a row is not as long as its header.
 */
export function createMemoryWorkbook(init: MemoryWorkbookInit = {}): MemoryWorkbook {
  const tables: Stored[] = [];
  const sheets: string[] = [];
  const charts: ChartRequest[] = [];
  const listeners = new Map<string, Set<() => void>>();
  const storage = init.storage;
  let settingsJson: string | undefined = init.settings === undefined ? undefined : JSON.stringify(init.settings);
  if (storage && init.settings === undefined) settingsJson = storage.getItem(SETTINGS_KEY) ?? undefined;

  const addSheet = (name: string): void => {
    if (!sheets.some((s) => s.toLowerCase() === name.toLowerCase())) sheets.push(name);
  };
  for (const s of init.sheets ?? []) addSheet(s);
  for (const t of init.tables ?? []) {
    if (tables.some((x) => x.name.toLowerCase() === t.name.toLowerCase())) {
      throw new WorkbookError("invalid", `two tables are named "${t.name}"`);
    }
    t.rows.forEach((r, i) => {
      if (r.length !== t.headers.length) {
        throw new WorkbookError("invalid", `table "${t.name}" row ${i + 1} has ${r.length} cells for ${t.headers.length} headers`);
      }
    });
    addSheet(t.sheet);
    tables.push({ name: t.name, sheet: t.sheet, headers: [...t.headers], rows: t.rows.map((r) => [...r]) });
  }

  const find = (name: string): Stored => {
    const t = tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!t) throw new WorkbookError("notFound", `there is no table named "${name}"`);
    return t;
  };

  const capabilities: Capabilities = {
    inExcel: false,
    charts: true,
    insertTemplate: false,
    settings: true,
    changeEvents: true,
  };

  return {
    capabilities: () => capabilities,

    async listTables(): Promise<TableInfo[]> {
      return tables.map((t) => ({ name: t.name, sheet: t.sheet, headers: [...t.headers], rowCount: t.rows.length }));
    },

    async readTable(name: string): Promise<TableData> {
      const t = find(name);
      return { name: t.name, headers: [...t.headers], rows: t.rows.map((r) => [...r]) };
    },

    async readSettings(): Promise<unknown> {
      if (settingsJson === undefined) return undefined;
      try {
        return JSON.parse(settingsJson) as unknown;
      } catch {
        return settingsJson; // unreadable: the pane's parseSettings reports it
      }
    },

    async writeSettings(settings: unknown): Promise<void> {
      settingsJson = JSON.stringify(settings);
      storage?.setItem(SETTINGS_KEY, settingsJson);
    },

    async insertChart(request: ChartRequest): Promise<{ sheet: string }> {
      checkChart(request);
      const sheet = uniqueSheetName(request.title, sheets);
      sheets.push(sheet);
      charts.push({
        ...request,
        categories: [...request.categories],
        series: request.series.map((s) => ({ ...s, values: [...s.values] })),
      });
      return { sheet };
    },

    async insertTemplate(): Promise<{ sheets: string[] }> {
      throw new WorkbookError(
        "notSupported",
        "inserting a template is not supported in the preview; download the template and open it in Excel",
      );
    },

    async onTableChanged(name: string, listener: () => void): Promise<() => void> {
      const key = find(name).name.toLowerCase();
      let set = listeners.get(key);
      if (!set) listeners.set(key, (set = new Set()));
      const mine = (): void => listener();
      set.add(mine);
      return () => {
        set.delete(mine);
      };
    },

    sheets: () => [...sheets],
    charts: () => charts.map((c) => ({ ...c })),

    updateCell(table: string, row: number, col: number, value: CellValue): void {
      const t = find(table);
      if (!(row >= 0 && row < t.rows.length && col >= 0 && col < t.headers.length)) {
        throw new WorkbookError("invalid", `table "${t.name}" has no cell at row ${row + 1}, column ${col + 1}`);
      }
      t.rows[row][col] = value;
      for (const l of [...(listeners.get(t.name.toLowerCase()) ?? [])]) l();
    },
  };
}

/**
 * The built-in taxonomy as a table the analyst can edit and point the pane
 * at: TAXONOMY()'s own table (tier, group, segment, 中文, aliases), which the
 * DIFFUSION_TIER taxonomy argument reads back unchanged.
 */
function taxonomyGrid(): { headers: string[]; rows: CellValue[][] } {
  const [header, ...rows] = taxonomyTable("number");
  return { headers: header.map(String), rows };
}

/** The sample tables: names, sheets and contents (shared by the preview and tests). */
export function sampleTables(): MemoryTable[] {
  const p = samplePrices;
  return [
    {
      name: "Segments",
      sheet: "Segments",
      headers: [...SEGMENT_HEADERS],
      rows: sampleSegments.map((s) => [s.segment, s.growth, s.revision, s.sinceRebound, s.crowding]),
    },
    {
      name: "Prices",
      sheet: "Prices",
      headers: [...PRICE_HEADERS],
      rows: p.dates.map((d, i) => [excelSerial(d), p.sector[i], p.benchmark[i], p.sectorTurnover[i], p.marketTurnover[i]]),
    },
    { name: "Taxonomy", sheet: "Taxonomy", ...taxonomyGrid() },
    { name: SEGMENT_PRICES_TABLE, sheet: SEGMENT_PRICES_TABLE, ...segmentPriceTable() }, // the tier monitor's prices (issue 11)
  ];
}

/**
 * The preview's workbook: the sample's "Segments", "Prices" (dates as Excel
 * serials, like a pasted Wind export) and "Taxonomy" tables. Settings persist
 * in `storage` when given (the preview passes `window.localStorage`).
 */
export function createSampleWorkbook(options: { storage?: SettingsStorage; settings?: unknown } = {}): MemoryWorkbook {
  return createMemoryWorkbook({ tables: sampleTables(), ...options });
}

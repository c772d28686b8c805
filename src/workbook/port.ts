/**
 * The workbook port: every operation the task pane needs from a workbook, in
 * plain data. The pane never sees Office.js; it talks to one of two adapters:
 *
 * - `excel.ts`: Office.js (`Excel.run`), feature-detected with `isSetSupported`;
 * - `memory.ts`: an in-memory workbook holding the sample data (the browser
 *   preview and tests).
 *
 * Writes happen only where the analyst asked, and never over existing cells or
 * sheets: new sheets get a unique name (a clash gets a suffix: "Baton chart (2)").
 */

import type { CellValue, TableData } from "../core/table";
import { uniqueSheetName } from "./names";

export type { CellValue, TableData };
/** Re-exported from names.ts, where the naming rules live. */
export { uniqueSheetName };

/** An Excel table (ListObject) as the pane lists it. */
export interface TableInfo {
  /** The table's name, unique in the workbook (`Segments`). */
  readonly name: string;
  /** The worksheet it sits on. */
  readonly sheet: string;
  /** Header row texts, as in the workbook. */
  readonly headers: readonly string[];
  /** Data rows (without header and totals). */
  readonly rowCount: number;
}


/** A line chart the pane asks the workbook to create, with its data. */
export interface ChartRequest {
  /** Chart title and base name of the new sheet that holds the data and chart. */
  readonly title: string;
  /** X axis labels or Excel date serials, oldest first. */
  readonly categories: readonly (string | number)[];
  readonly categoryHeader: string;
  /** One or more series of the same length as `categories`; null is a gap. */
  readonly series: readonly { readonly name: string; readonly values: readonly (number | null)[]; readonly format?: string }[];
}

/**
 * An XY scatter the pane asks the workbook to create on a new sheet (the
 * rotation map, issue 12): one marker series per group (a tier), and straight
 * lines (the 100/100 cross), with the data on that sheet.
 */
export interface ScatterRequest {
  /** Chart title and base name of the new sheet. */
  readonly title: string;
  readonly xTitle: string;
  readonly yTitle: string;
  /** Header of the label column (segment names), written beside the data, not plotted. */
  readonly labelHeader: string;
  /** Marker series: a name and labelled points. */
  readonly series: readonly { readonly name: string; readonly points: readonly { readonly label: string; readonly x: number; readonly y: number }[] }[];
  /**
   * Paths: marker series drawn with lines through their points in order (the
   * tier centroids' tails, today's point last), after the marker series.
   */
  readonly paths?: readonly { readonly name: string; readonly points: readonly { readonly label: string; readonly x: number; readonly y: number }[] }[];
  /** Line series, each through its points in order (two points: a straight line). */
  readonly lines: readonly { readonly name: string; readonly points: readonly { readonly x: number; readonly y: number }[] }[];
  /** Axis bounds, when set: both axes run from `min` to `max`. */
  readonly bounds?: { readonly min: number; readonly max: number };
}

/**
 * A table of numbers the pane asks the workbook to write on a new sheet with a
 * colour scale over its scores (the crowding heatmap, issue 12).
 */
export interface HeatmapRequest {
  /** Base name of the new sheet. */
  readonly title: string;
  readonly headers: readonly string[];
  /** Rows as long as `headers`; null is a blank cell. */
  readonly rows: readonly (readonly (string | number | null)[])[];
  /** Columns `scoreFrom…` hold the scores (0–100) the colour scale colours. */
  readonly scoreFrom: number;
  /** Colours of the scale at 0, 50 and 100 ("#RRGGBB"). */
  readonly colors: readonly [string, string, string];
}

/** What the adapter can do in this host; the pane hides or explains what it cannot. */
export interface Capabilities {
  /** Excel (true) or the in-memory preview workbook (false). */
  readonly inExcel: boolean;
  readonly charts: boolean;
  /** `insertWorksheetsFromBase64` (ExcelApi 1.13). */
  readonly insertTemplate: boolean;
  readonly settings: boolean;
  readonly changeEvents: boolean;
}

/** What a template insert did: the sheets' final names, the template tables renamed, formulas repaired. */
export interface InsertedTemplate {
  sheets: string[];
  tables?: { from: string; to: string }[];
  /**
   * Formulas Excel (on the web) had turned into links to an external workbook (office-js #5911), re-entered
   * from the template's own text: sheet (final name) and address.
   */
  repaired?: { sheet: string; address: string }[];
  /** The formulas could not be checked after the insert (Excel's message). */
  unchecked?: string;
}

/** A cell or block of a sheet: the sheet's name and an A1 address (no "$", no sheet). */
export interface CellRef {
  readonly sheet: string;
  readonly address: string;
}

/** What "Repair Baton formulas" did. */
export interface RepairReport {
  /** Cells whose BATON formula showed an error and was re-entered exactly as it was (spill anchors only). */
  readonly repaired: readonly CellRef[];
  /** Protected sheets left alone, with how many such cells each holds. */
  readonly protectedSheets: readonly { readonly sheet: string; readonly cells: number }[];
}

/** What "Copy for sharing" did. */
export interface ShareReport {
  /** Each copy made: the original sheet, the copy's name, and the blocks whose BATON formulas became values. */
  readonly copies: readonly { readonly from: string; readonly to: string; readonly frozen: readonly string[]; readonly cells: number }[];
  /** Sheets not copied: protected (their copy could not be written) or no longer in the workbook. */
  readonly skipped: readonly { readonly sheet: string; readonly reason: "protected" | "missing" }[];
}

/** The workbook actions of the Share section this host can carry out. */
export interface WorkbookActions {
  readonly repairFormulas: boolean;
  readonly copyForSharing: boolean;
}

export interface WorkbookPort {
  capabilities(): Capabilities;
  /** Which of the Share section's actions this host supports. */
  actions(): WorkbookActions;
  /** Worksheet names in workbook order. */
  listSheets(): Promise<string[]>;
  /**
   * Re-enters, exactly as it is, every formula that calls a BATON function
   * and shows an error (office-js #4185, #4487, #6395, #6611: such formulas
   * can stay #NAME? after the add-in loads until re-entered). Never changes a
   * formula's text or any other cell; a spilled range is re-entered at its
   * anchor only; protected sheets are skipped and reported.
   */
  repairFormulas(): Promise<RepairReport>;
  /**
   * Copies each named sheet to a new sheet at the end (the originals are
   * never touched) and replaces every BATON formula in the copies by its
   * current values, spilled results included, so the copy can be moved to a
   * new workbook and mailed to someone without Baton.
   */
  copyForSharing(sheets: readonly string[]): Promise<ShareReport>;
  listTables(): Promise<TableInfo[]>;
  readTable(name: string): Promise<TableData>;
  /** The raw stored settings object (validated by the pane), or undefined when none are stored. */
  readSettings(): Promise<unknown>;
  writeSettings(settings: unknown): Promise<void>;
  /** Adds a new sheet with the chart's data and a native line chart; returns the sheet's name. */
  insertChart(request: ChartRequest): Promise<{ sheet: string }>;
  /** Adds a new sheet with the scatter's data and a native XY scatter; returns the sheet's name. Never writes over a sheet. */
  insertScatter(request: ScatterRequest): Promise<{ sheet: string }>;
  /**
   * Adds a new sheet with the table and a 3-colour scale on its score cells; returns the sheet's name and
   * whether the scale was added (conditional formats need ExcelApi 1.6). Never writes over a sheet.
   */
  insertHeatmap(request: HeatmapRequest): Promise<{ sheet: string; colorScale: boolean }>;
  /**
   * Inserts a template's sheets (an .xlsx as base64; `sheetNames` = the
   * template's sheets, all of which are inserted) at the end of the workbook
   * without overwriting any existing sheet: a template sheet whose name is
   * taken (ignoring case) is inserted under `uniqueSheetName` ("Prices" →
   * "Prices (2)"), and the existing sheet keeps its name, content and the
   * formulas that refer to it. Returns the names the sheets were inserted under.
   *
   * Table names are unique across a workbook, so the same holds for the
   * template's Excel tables: `tableNames` lists the tables the template
   * creates (the catalog's `tables`). An existing table of such a name
   * (ignoring case) keeps its name and the formulas that refer to it; the
   * template's table is renamed ("Prices" → "Prices2", see `uniqueTableName`
   * in excel.ts) and the template's own structured references
   * (`Prices[Sector]`) follow it. `tables` in the result lists each such
   * rename (absent when there was none). When `tableNames` is omitted, the
   * Excel adapter treats every existing table as a possible clash.
   *
   * The Excel adapter gets there by renaming the clashing existing sheets and
   * tables to temporary names around the insert and always renaming them back
   * (see excel.ts); if that restore fails, the error names each temporary
   * name. A failure once something was written is never retried (a retry
   * could insert the template twice); the error says what was added.
   *
   * Excel on the web rewrites a template formula's reference to a table on
   * another inserted sheet into an external-workbook link (office-js #5911);
   * the Excel adapter reads the template's formulas from the file and
   * re-enters each one so mangled (`repaired` in the result).
   */
  insertTemplate(
    base64: string,
    sheetNames: readonly string[],
    tableNames?: readonly string[],
  ): Promise<InsertedTemplate>;
  /**
   * Calls `listener` (debounced by the caller) when the named table's data changes, or when the sheet it
   * sits on recalculates (a formula-driven table: Table.onChanged does not fire for formula results,
   * office-js #3899); returns an unsubscribe.
   */
  onTableChanged(name: string, listener: () => void): Promise<() => void>;
  /**
   * Calls `listener` when a table is added to or deleted from the workbook (so the pane lists them
   * again); resolves to an unsubscribe, or to undefined where the host has no such events.
   */
  onTablesChanged(listener: () => void): Promise<(() => void) | undefined>;
}

/**
 * Why a port operation failed, for the pane to say so in the analyst's
 * language (`code`) with the English detail (`message`):
 * `notFound` (no such table), `notSupported` (this host cannot do it),
 * `clash` (a name is taken and nothing was written), `invalid` (a request the
 * adapter refuses), `failed` (the host reported an error), `busy` (Excel is
 * in cell-edit mode: nothing was done; the pane waits for the edit to end).
 */
export type WorkbookErrorCode = "notFound" | "notSupported" | "clash" | "invalid" | "failed" | "busy";

export class WorkbookError extends Error {
  constructor(
    readonly code: WorkbookErrorCode,
    message: string,
    /** The names involved (the clashing sheets of a template), when there are any. */
    readonly names: readonly string[] = [],
  ) {
    super(message);
    this.name = "WorkbookError";
  }
}

/** The key the pane's settings are stored under (Excel document settings; the preview's localStorage). */
export const SETTINGS_KEY = "baton.settings";

/** A chart request the adapters accept: every series as long as the categories. Throws a {@link WorkbookError}. */
export function checkChart(request: ChartRequest): void {
  if (request.series.length === 0) throw new WorkbookError("invalid", "a chart needs at least one series");
  for (const s of request.series) {
    if (s.values.length !== request.categories.length) {
      throw new WorkbookError(
        "invalid",
        `series "${s.name}" has ${s.values.length} values for ${request.categories.length} categories`,
      );
    }
  }
}

/** A scatter request the adapters accept: at least one point, every value finite. Throws a {@link WorkbookError}. */
export function checkScatter(request: ScatterRequest): void {
  const all = [...request.series.flatMap((s) => s.points), ...(request.paths ?? []).flatMap((p) => p.points), ...request.lines.flatMap((l) => l.points)];
  if (request.series.every((s) => s.points.length === 0)) throw new WorkbookError("invalid", "a scatter needs at least one point");
  if (all.some((p) => !Number.isFinite(p.x) || !Number.isFinite(p.y))) throw new WorkbookError("invalid", "a scatter point is not a finite number");
}

/** A heatmap request the adapters accept: rows as wide as the headers, scores inside them. Throws a {@link WorkbookError}. */
export function checkHeatmap(request: HeatmapRequest): void {
  const k = request.headers.length;
  if (request.scoreFrom < 0 || request.scoreFrom >= k) throw new WorkbookError("invalid", `score columns start at ${request.scoreFrom} of ${k}`);
  request.rows.forEach((r, i) => {
    if (r.length !== k) throw new WorkbookError("invalid", `heatmap row ${i + 1} has ${r.length} cells for ${k} headers`);
  });
}


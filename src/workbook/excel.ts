/**
 * The Excel adapter of the workbook port: the ONLY module of Baton that calls
 * `Excel.run` (through officeRun.ts). Everything it hands the pane is plain
 * data. Its parts, one idea per file:
 *
 * - officeRun.ts: `Excel.run`, cell-edit mode, errors, API-set detection;
 * - names.ts: free sheet and table names; templatePlan.ts and
 *   templateInsert.ts: template insertion (the plan and the batch);
 * - chartData.ts: a chart sheet's data block.
 *
 * - Features are detected with `Office.context.requirements.isSetSupported`:
 *   reading tables and charts need ExcelApi 1.1, change events 1.7
 *   (`Table.onChanged`), template insertion 1.13 (`insertWorksheetsFromBase64`).
 * - A batch that fails because Excel is in cell-edit mode (the analyst is
 *   typing in a cell: `InvalidOperationInCellEditMode`) is retried once after
 *   a short pause, the way Script Lab does.
 * - Writes go only where the analyst asked: a chart on a NEW sheet (a unique
 *   name, see `uniqueSheetName`), a template's sheets as new sheets at the end
 *   (a taken name gets a suffix, see templateInsert.ts). Nothing is ever
 *   written over existing cells or sheets.
 * - A chart's header row and text categories come from the workbook; they are
 *   formatted as Text ("@") before the values are written, so a text such as
 *   "=1+1" stays text instead of becoming a formula (dates stay dates).
 * - Settings live in the document's settings (`Office.context.document.settings`)
 *   under one key, `baton.settings` (SETTINGS_KEY in port.ts), as JSON; they travel with the file.
 */
import { address as cellAddress, rangeText } from "../core/a1";
import {
  type Capabilities,
  type CellValue,
  type ChartRequest,
  type TableData,
  type TableInfo,
  type RepairReport,
  type ShareReport,
  type WorkbookActions,
  type WorkbookPort,
  WorkbookError,
  checkChart,
  SETTINGS_KEY,
} from "./port";
import { uniqueSheetName } from "./names";
import { createRunner, errorCode, supported } from "./officeRun";
import { categoryCells, chartGrid } from "./chartData";
import { checkTemplateRequest, insertTemplateBatch, type InsertedTemplate } from "./templateInsert";
import { templateFormulas } from "./templateFormulas";
import { chunkRows, ESTIMATED_CELL_BYTES, jsonBytes } from "./chunks";
import { repairBatch, shareBatch } from "./shareActions";

export interface ExcelWorkbookOptions {
  /** Pause before the one retry in cell-edit mode, in ms (default 600; tests pass 0). */
  readonly retryDelayMs?: number;
}

/** How many names a new chart sheet tries when Excel refuses them (held by chart sheets it does not list). */
const MAX_NAME_ATTEMPTS = 10;

/** A block's A1 text from its 0-based top-left cell: `block(0, 0, 3, 2)` → `A1:B3`. */
const block = (row: number, col: number, rows: number, cols: number): string => rangeText(row + 1, col + 1, rows, cols);

/** A blank cell as Excel's `values` gives it (`""`) becomes null, as the port promises. */
function cellValue(v: unknown): CellValue {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}

/**
 * Creates the Excel adapter. Call it after `Office.onReady` in Excel.
 * Errors reach the pane as {@link WorkbookError}s: `notFound` (no such
 * table), `notSupported` (an API set this Excel lacks), `invalid`, or
 * `failed` (Excel's message; for a template, also whether the analyst's
 * sheets have their names again).
 */
export function createExcelWorkbook(options: ExcelWorkbookOptions = {}): WorkbookPort {
  const run = createRunner(options.retryDelayMs ?? 600);

  const documentSettings = (): Office.Settings | undefined => {
    try {
      return typeof Office !== "undefined" ? Office.context?.document?.settings : undefined;
    } catch {
      return undefined;
    }
  };

  return {
    capabilities(): Capabilities {
      return {
        inExcel: true,
        charts: supported("ExcelApi", "1.1"),
        insertTemplate: supported("ExcelApi", "1.13"),
        settings: documentSettings() !== undefined,
        changeEvents: supported("ExcelApi", "1.7"),
      };
    },

    listTables(): Promise<TableInfo[]> {
      return run(async (context) => {
        const tables = context.workbook.tables;
        tables.load("items/name");
        await context.sync();
        const parts = tables.items.map((table) => {
          const sheet = table.worksheet;
          sheet.load("name");
          const header = table.getHeaderRowRange();
          header.load("values");
          const body = table.getDataBodyRange();
          body.load("rowCount");
          return { table, sheet, header, body };
        });
        await context.sync();
        return parts.map(({ table, sheet, header, body }) => ({
          name: table.name,
          sheet: sheet.name,
          headers: (header.values[0] ?? []).map((h) => String(h ?? "")),
          rowCount: body.rowCount,
        }));
      });
    },

    readTable(name: string): Promise<TableData> {
      return run(async (context) => {
        const table = context.workbook.tables.getItem(name);
        table.load("name");
        const header = table.getHeaderRowRange();
        header.load("values");
        const body = table.getDataBodyRange();
        body.load("rowCount");
        await context.sync();
        const headers = (header.values[0] ?? []).map((h) => String(h ?? ""));
        // Row chunks of about 1 MB each (chunks.ts): the first sized by an estimate, the next by what the
        // last one weighed. getRow + getBoundingRect are ExcelApi 1.1, like the rest of the read.
        const rows: CellValue[][] = [];
        let perRow = Math.max(1, headers.length) * ESTIMATED_CELL_BYTES;
        for (let r = 0; r < body.rowCount; ) {
          const n = chunkRows(perRow, body.rowCount - r);
          const part = n === body.rowCount ? body : body.getRow(r).getBoundingRect(body.getRow(r + n - 1));
          part.load("values");
          await context.sync();
          for (const row of part.values) rows.push(headers.map((_, j) => cellValue(row[j])));
          perRow = Math.max(1, jsonBytes(part.values) / n);
          r += n;
        }
        return { name: table.name, headers, rows };
      });
    },

    actions(): WorkbookActions {
      return {
        // Range.formulas and valueTypes (1.1), Worksheet.protection (1.2), getUsedRangeOrNullObject (1.4).
        repairFormulas: supported("ExcelApi", "1.4"),
        // Worksheet.copy: ExcelApi 1.10.
        copyForSharing: supported("ExcelApi", "1.10"),
      };
    },

    listSheets(): Promise<string[]> {
      return run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        return sheets.items.map((s) => s.name);
      });
    },

    async repairFormulas(): Promise<RepairReport> {
      if (!supported("ExcelApi", "1.4")) throw new WorkbookError("notSupported", "this Excel cannot read formulas from an add-in (ExcelApi 1.4)");
      return run((context) => repairBatch(context));
    },

    async copyForSharing(names: readonly string[]): Promise<ShareReport> {
      if (!supported("ExcelApi", "1.10")) throw new WorkbookError("notSupported", "this Excel cannot copy sheets from an add-in (ExcelApi 1.10)");
      if (names.length === 0) throw new WorkbookError("invalid", "pick at least one sheet to copy");
      return run((context) => shareBatch(context, names));
    },

    async readSettings(): Promise<unknown> {
      const s = documentSettings();
      if (!s) return undefined;
      const raw: unknown = s.get(SETTINGS_KEY);
      if (raw === null || raw === undefined) return undefined;
      if (typeof raw !== "string") return raw;
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        return raw; // unreadable: parseSettings says so and uses the defaults
      }
    },

    writeSettings(settings: unknown): Promise<void> {
      const s = documentSettings();
      if (!s) return Promise.reject(new WorkbookError("notSupported", "this host keeps no document settings"));
      s.set(SETTINGS_KEY, JSON.stringify(settings));
      return new Promise((resolve, reject) => {
        s.saveAsync((result) => {
          if (result.status === Office.AsyncResultStatus.Failed) {
            reject(new WorkbookError("failed", result.error?.message ?? "saving the settings failed"));
          } else resolve();
        });
      });
    },

    async insertChart(request: ChartRequest): Promise<{ sheet: string }> {
      checkChart(request);
      if (!supported("ExcelApi", "1.1")) throw new WorkbookError("notSupported", "this Excel cannot add charts (ExcelApi 1.1)");
      const { cells, dates } = categoryCells(request.categories);
      const grid = chartGrid(request, cells);
      return run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        // Chart sheets are not in `worksheets` (Office.js does not list them) but hold their names: an add
        // refused as ItemAlreadyExists takes the next free name. The sheet is added in a sync of its own so
        // that a refusal drops nothing else.
        const taken = sheets.items.map((s) => s.name);
        let name = uniqueSheetName(request.title, taken);
        let sheet = sheets.add(name);
        for (let attempt = 1; ; attempt++) {
          try {
            await context.sync();
            break;
          } catch (e) {
            if (errorCode(e) !== "ItemAlreadyExists" || attempt >= MAX_NAME_ATTEMPTS) throw e;
            taken.push(name);
            name = uniqueSheetName(request.title, taken);
            sheet = sheets.add(name);
          }
        }
        const n = grid.length - 1;
        const k = request.series.length;
        const data = sheet.getRange(block(0, 0, n + 1, k + 1));
        // Texts from the workbook (the header row, text categories) are formatted as Text first, so that
        // Excel keeps "=1+1" or "1/2" as typed instead of reading a formula or a date into it.
        sheet.getRange(block(0, 0, 1, k + 1)).numberFormat = [grid[0].map(() => "@")];
        if (!dates && n > 0 && cells.some((c) => typeof c === "string")) {
          sheet.getRange(block(1, 0, n, 1)).numberFormat = cells.map((c) => [typeof c === "string" ? "@" : "General"]);
        }
        data.values = grid;
        if (dates && n > 0) sheet.getRange(block(1, 0, n, 1)).numberFormat = cells.map(() => ["yyyy-mm-dd"]);
        request.series.forEach((s, j) => {
          if (s.format && n > 0) sheet.getRange(block(1, j + 1, n, 1)).numberFormat = cells.map(() => [s.format as string]);
        });
        data.format.autofitColumns();
        // Without dates, numeric categories under a text header would be plotted as one more series: the
        // chart takes the series columns only and each series its X values explicitly (ExcelApi 1.7).
        const explicitX = !dates && n > 0 && supported("ExcelApi", "1.7");
        const source = explicitX ? sheet.getRange(block(0, 1, n + 1, k)) : data;
        const chart = sheet.charts.add(Excel.ChartType.line, source, Excel.ChartSeriesBy.columns);
        if (explicitX) for (let j = 0; j < k; j++) chart.series.getItemAt(j).setXAxisValues(sheet.getRange(block(1, 0, n, 1)));
        chart.title.text = request.title;
        chart.setPosition(cellAddress(2, k + 3), cellAddress(21, k + 11));
        sheet.activate();
        await context.sync();
        return { sheet: name };
      });
    },

    async insertTemplate(base64: string, sheetNames: readonly string[], tableNames?: readonly string[]): Promise<InsertedTemplate> {
      if (!supported("ExcelApi", "1.13")) {
        throw new WorkbookError(
          "notSupported",
          "this Excel cannot insert sheets from a file (ExcelApi 1.13); download the template and open it instead",
        );
      }
      checkTemplateRequest(sheetNames);
      // The template's own formulas, to repair what Excel on the web mangles (templateFormulas.ts); a file
      // that cannot be read is inserted without the check.
      const formulas = await templateFormulas(base64).catch(() => []);
      return run((context) => insertTemplateBatch(context, base64, sheetNames, tableNames, formulas));
    },

    async onTableChanged(name: string, listener: () => void): Promise<() => void> {
      if (!supported("ExcelApi", "1.7")) throw new WorkbookError("notSupported", "this Excel has no change events (ExcelApi 1.7)");
      const calculated = supported("ExcelApi", "1.8");
      const handlers = await run(async (context) => {
        const table = context.workbook.tables.getItem(name);
        const fire = async (): Promise<void> => listener();
        const hs: OfficeExtension.EventHandlerResult<unknown>[] = [table.onChanged.add(fire)];
        // Formula results change without Table.onChanged (office-js #3899): the table's sheet recalculating
        // (Worksheet.onCalculated, ExcelApi 1.8) is the signal that they may have.
        if (calculated) hs.push(table.worksheet.onCalculated.add(fire));
        await context.sync();
        return hs;
      });
      return removeHandlers(handlers);
    },

    async onTablesChanged(listener: () => void): Promise<(() => void) | undefined> {
      // TableCollection.onAdded / onDeleted: ExcelApi 1.9. Excel has no event for a table's rename.
      if (!supported("ExcelApi", "1.9")) return undefined;
      const handlers = await run(async (context) => {
        const tables = context.workbook.tables;
        const fire = async (): Promise<void> => listener();
        const hs: OfficeExtension.EventHandlerResult<unknown>[] = [tables.onAdded.add(fire), tables.onDeleted.add(fire)];
        await context.sync();
        return hs;
      });
      return removeHandlers(handlers);
    },
  };
}

/** The unsubscribe for event handlers: each is removed in the context it was added in; once only; never throws. */
function removeHandlers(handlers: readonly OfficeExtension.EventHandlerResult<unknown>[]): () => void {
  let removed = false;
  return () => {
    if (removed || handlers.length === 0) return;
    removed = true;
    void Excel.run(handlers[0].context, async (context) => {
      for (const h of handlers) h.remove();
      await context.sync();
    }).catch(() => undefined);
  };
}

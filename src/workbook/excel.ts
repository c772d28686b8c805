/**
 * The Excel adapter of the workbook port: the ONLY module of Baton that calls
 * `Excel.run`. Everything it hands the pane is plain data.
 *
 * - Features are detected with `Office.context.requirements.isSetSupported`:
 *   reading tables and charts need ExcelApi 1.1, change events 1.7
 *   (`Table.onChanged`), template insertion 1.13 (`insertWorksheetsFromBase64`).
 * - A batch that fails because Excel is in cell-edit mode (the analyst is
 *   typing in a cell: `InvalidOperationInCellEditMode`) is retried once after
 *   a short pause, the way Script Lab does.
 * - Writes go only where the analyst asked: a chart on a NEW sheet (a unique
 *   name, see `uniqueSheetName`), a template's sheets as new sheets at the end
 *   (a taken name gets a suffix, see below). Nothing is ever written over
 *   existing cells or sheets.
 * - Template insertion and name clashes. `insertWorksheetsFromBase64` has no
 *   rename option, and Office does not document what it does when a sheet of
 *   the same name exists (replace? rename? fail? which sheet do the template's
 *   formulas then point at?). So Baton never lets it meet a clash. Within one
 *   `Excel.run`:
 *   1. each of the analyst's sheets whose name a template sheet also has
 *      (case-insensitive: "prices" clashes with "Prices") is renamed to a free
 *      temporary name (`~baton tmp 1`, `~baton tmp 2`…). Excel rewrites the
 *      formulas, names and charts that refer to it, and renaming it back
 *      rewrites them back, so they end exactly as they were;
 *   2. the template's sheets are inserted at the end under their own names,
 *      now free, so formulas inside the template bind to the template's sheets;
 *   3. each inserted sheet that clashed is renamed to
 *      `uniqueSheetName(name, every name in play)`: "Prices" → "Prices (2)",
 *      or "Prices (3)" when "Prices (2)" is taken, cut to Excel's 31
 *      characters before the suffix (the template's formulas follow);
 *   4. in a `finally`, the analyst's sheets get their names back in a sync of
 *      their own, after re-reading the current names by sheet id (a failed
 *      batch may have applied some renames and not others). If an inserted
 *      sheet holds one of those names (step 3 failed), it is moved out of the
 *      way first. When the insert fails the error says the analyst's sheets
 *      have their names again (and names any template sheets already added);
 *      when the restore itself fails the error names each temporary name and
 *      the name to give it back, so nothing is silently left renamed.
 *   Only the first, read-only sync of the batch is retried in cell-edit mode:
 *   once a write has been sent (a rename or the insert), a failure is a
 *   `failed` error saying what was added, never a retry (a retry could insert
 *   the template twice, or treat the temporary names as the analyst's). While
 *   the batch runs, text references (INDIRECT("Prices!A1"), HYPERLINK targets,
 *   VBA) see the temporary names; they are right again once it ends.
 * - Table-name clashes are handled the same way, since a table name is unique
 *   across the workbook and Office does not document what the insert does with
 *   a taken one (refuse, or rename the incoming table so that the template's
 *   `Prices[Sector]` would bind to the analyst's table). The caller passes the
 *   template's table names (the catalog's `tables`; when it passes none, every
 *   existing table counts as a possible clash). In the same steps: each of the
 *   analyst's tables of such a name is renamed to `batonTmp1`, `batonTmp2`…
 *   (Excel rewrites the structured references to it, and back on the way
 *   back); after the insert, each inserted table (found through the inserted
 *   sheets' `tables`) whose name is an analyst's gets `uniqueTableName`
 *   ("Prices" → "Prices2"), which the template's own structured references
 *   follow; in the `finally`, the analyst's tables get their names back
 *   (re-read by id) together with the sheets. The result's `tables` lists the
 *   renamed template tables.
 * - A chart's header row and text categories come from the workbook; they are
 *   formatted as Text ("@") before the values are written, so a text such as
 *   "=1+1" stays text instead of becoming a formula (dates stay dates).
 * - Settings live in the document's settings (`Office.context.document.settings`)
 *   under one key, `baton.settings` (SETTINGS_KEY in port.ts), as JSON; they travel with the file.
 */
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

/** Excel's error code while a cell is being edited. */
const CELL_EDIT_MODE = "InvalidOperationInCellEditMode";
const CELL_EDIT_ADVICE = "Excel is editing a cell; finish editing (Enter or Esc) and try again";

/** Prefix of the temporary names the analyst's clashing sheets carry during a template insert. */
export const PARKING_PREFIX = "~baton tmp ";
/** Prefix of the temporary names the analyst's clashing tables carry during a template insert. */
export const TABLE_PARKING_PREFIX = "batonTmp";

/** Whether Excel would read a name as a cell reference (A1 or R1C1 style), which a table name must not be. */
function looksLikeCell(name: string): boolean {
  return /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]?\d*$/.test(name) || /^[Cc]\d*$/.test(name);
}

/**
 * Picks a free table name Excel accepts: `base`, else `base2`, `base3`…
 * (`base_2` when `base2` would read as a cell reference, e.g. "AB" → "AB_2").
 * Characters a table name cannot hold (anything but letters, digits, `_`,
 * `.`, `\`) become `_`; a name not starting with a letter, `_` or `\` gets a
 * leading `_`; the result stays within 255 characters. Names compare ignoring
 * case, as Excel's do. O(n + k) for n existing names and k suffixes tried.
 *
 * @example
 * uniqueTableName("Prices", ["prices", "Prices2"]) // → "Prices3"
 * uniqueTableName("AB", ["AB"])                    // → "AB_2"
 */
export function uniqueTableName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  let clean = base.replace(/[^\p{L}\p{N}_.\\]/gu, "_");
  if (!/^[\p{L}_\\]/u.test(clean)) clean = `_${clean}`;
  const free = (n: string): boolean => !taken.has(n.toLowerCase()) && !looksLikeCell(n);
  if (clean.length <= 255 && free(clean)) return clean;
  for (let i = 2; ; i++) {
    const stem = clean.slice(0, 254 - String(i).length);
    const name = looksLikeCell(`${stem}${i}`) ? `${stem}_${i}` : `${stem}${i}`;
    if (free(name)) return name;
  }
}

/**
 * The analyst's tables to rename out of the way for a template bringing
 * tables `template` (ignoring case; `undefined` = unknown, so every existing
 * table), each with a temporary name `batonTmpN`, the lowest N free among the
 * existing and template names and those chosen so far. O(e·t).
 *
 * @example
 * planTables(["Prices", "Notes", "batonTmp1"], ["prices", "Monitor"])
 * // → [{ name: "Prices", temp: "batonTmp2" }]
 */
export function planTables(
  existing: readonly string[],
  template: readonly string[] | undefined,
): { name: string; temp: string }[] {
  const wanted = template && new Set(template.map((n) => n.toLowerCase()));
  const taken = new Set([...existing, ...(template ?? [])].map((n) => n.toLowerCase()));
  const parked: { name: string; temp: string }[] = [];
  let i = 1;
  for (const name of existing) {
    if (wanted && !wanted.has(name.toLowerCase())) continue;
    while (taken.has(`${TABLE_PARKING_PREFIX}${i}`.toLowerCase())) i++;
    parked.push({ name, temp: `${TABLE_PARKING_PREFIX}${i}` });
    taken.add(`${TABLE_PARKING_PREFIX}${i}`.toLowerCase());
  }
  return parked;
}

/** How a template insert avoids clashes: see the module comment. */
export interface TemplatePlan {
  /** The analyst's sheets to rename out of the way: original name and temporary name. */
  readonly parked: readonly { readonly name: string; readonly temp: string }[];
  /** The final name of each template sheet, in the template's order (its own name when free). */
  readonly finals: readonly string[];
}

/**
 * Plans a template insert into a workbook with sheets `existing`. A template
 * sheet clashes when an existing sheet has its name ignoring case; that
 * existing sheet gets a temporary name `~baton tmp N` (the lowest N free among
 * all names in play), and the template sheet the name
 * `uniqueSheetName(name, existing + template names + temporary names + finals so far)`.
 * O(s·t) for s existing and t template sheets (both a handful).
 *
 * @example
 * planTemplate(["Notes", "prices"], ["Prices", "Crowding"])
 * // → { parked: [{ name: "prices", temp: "~baton tmp 1" }], finals: ["Prices (2)", "Crowding"] }
 */
export function planTemplate(existing: readonly string[], template: readonly string[]): TemplatePlan {
  const lower = (s: string): string => s.toLowerCase();
  const byLower = new Map(existing.map((n) => [lower(n), n]));
  const inPlay = [...existing, ...template];
  const parked: { name: string; temp: string }[] = [];
  for (const t of template) {
    const own = byLower.get(lower(t));
    if (own === undefined) continue;
    const taken = new Set(inPlay.map(lower));
    let i = 1;
    while (taken.has(lower(PARKING_PREFIX + i))) i++;
    parked.push({ name: own, temp: PARKING_PREFIX + i });
    inPlay.push(PARKING_PREFIX + i);
  }
  const finals = template.map((t) => {
    if (!byLower.has(lower(t))) return t;
    const f = uniqueSheetName(t, inPlay);
    inPlay.push(f);
    return f;
  });
  return { parked, finals };
}

const quoted = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(", ");

export interface ExcelWorkbookOptions {
  /** Pause before the one retry in cell-edit mode, in ms (default 600; tests pass 0). */
  readonly retryDelayMs?: number;
}

/** The `code` of an Office.js error (`OfficeExtension.Error`), if it has one. */
function errorCode(e: unknown): string | undefined {
  if (typeof e === "object" && e !== null && "code" in e) {
    const c = (e as { code: unknown }).code;
    return typeof c === "string" ? c : undefined;
  }
  return undefined;
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function supported(set: string, version: string): boolean {
  try {
    return typeof Office !== "undefined" && !!Office.context?.requirements?.isSetSupported(set, version);
  } catch {
    return false;
  }
}

/** Column letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A1 address of a block: `address(0, 0, 3, 2)` → `A1:B3`. */
export function address(row: number, col: number, rows: number, cols: number): string {
  return `${columnLetters(col)}${row + 1}:${columnLetters(col + cols - 1)}${row + rows}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Excel serials of 1990-01-01 and 2100-12-31: numbers between them in a category column are read as dates. */
const SERIAL_MIN = 32874;
const SERIAL_MAX = 73415;

/** Excel serial of an ISO date (1900 date system). */
function isoToSerial(s: string): number {
  const m = ISO_DATE.exec(s) as RegExpExecArray;
  return Math.round((Date.UTC(+m[1], +m[2] - 1, +m[3]) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/**
 * The chart's category column as cells, and whether it holds dates: ISO
 * `yyyy-mm-dd` texts become Excel date serials; whole numbers all between
 * 1990 and 2100 as serials are taken as dates already; anything else is
 * written as it is.
 */
export function categoryCells(categories: readonly (string | number)[]): { cells: (string | number)[]; dates: boolean } {
  if (categories.length > 0 && categories.every((c) => typeof c === "string" && ISO_DATE.test(c))) {
    return { cells: categories.map((c) => isoToSerial(c as string)), dates: true };
  }
  const serials = categories.every((c) => typeof c === "number" && Number.isInteger(c) && c >= SERIAL_MIN && c <= SERIAL_MAX);
  return { cells: [...categories], dates: categories.length > 0 && serials };
}

/** The data block of a chart sheet: a header row, then one row per category. Gaps are blank cells. */
export function chartGrid(request: ChartRequest, cells: readonly (string | number)[]): (string | number)[][] {
  const out: (string | number)[][] = [[request.categoryHeader, ...request.series.map((s) => s.name)]];
  cells.forEach((c, i) => {
    out.push([c, ...request.series.map((s) => (s.values[i] === null || !Number.isFinite(s.values[i]) ? "" : (s.values[i] as number)))]);
  });
  return out;
}

/** A blank cell as Excel's `values` gives it (`""`) becomes null, as the port promises. */
function cellValue(v: unknown): CellValue {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}

/** An analyst's sheet or table renamed out of the way: its id, own name and temporary name. */
interface Parked {
  readonly id: string;
  readonly name: string;
  readonly temp: string;
}

/**
 * Step 4 of a template insert: gives the parked sheets and tables (found by
 * id) their original names back, in a sync of its own. Reads the current
 * names first, since a failed batch may have applied some renames; a sheet or
 * table added since `before` (the template's) that holds one of the names is
 * first renamed to a free suffixed name. Never throws: reports `ok: false`
 * with Excel's message, or the names of the sheets added since `before`.
 */
async function restoreParked(
  context: Excel.RequestContext,
  parked: { readonly sheets: readonly Parked[]; readonly tables: readonly Parked[] },
  before: { readonly sheets: readonly { readonly id: string }[]; readonly tables: readonly { readonly id: string }[] },
): Promise<{ ok: true; added: string[] } | { ok: false; message: string }> {
  try {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/id");
    const tables = context.workbook.tables;
    if (parked.tables.length > 0) tables.load("items/name,items/id");
    await context.sync();
    let renames = 0;
    /** Current names by id, as they will be after this sync. */
    const nameOf = new Map<string, string>();
    const restore = <T extends { name: string }>(
      kind: string,
      items: readonly T[],
      id: (item: T) => string,
      list: readonly Parked[],
      old: ReadonlySet<string>,
      unique: (base: string, taken: readonly string[]) => string,
    ): string | undefined => {
      const current = items.map((item) => ({ item, id: id(item), name: item.name }));
      const inPlay = [...current.map((c) => c.name), ...list.map((p) => p.name)];
      for (const p of list) {
        const own = current.find((c) => c.id === p.id);
        if (!own) return `the ${kind} once named "${p.name}" is gone`;
        if (own.name === p.name) continue;
        const holder = current.find((c) => c.id !== p.id && c.name.toLowerCase() === p.name.toLowerCase());
        if (holder) {
          if (old.has(holder.id)) return `another ${kind} is named "${holder.name}"`;
          holder.name = unique(p.name, inPlay);
          inPlay.push(holder.name);
          holder.item.name = holder.name;
        }
        own.item.name = p.name;
        own.name = p.name;
        renames++;
      }
      for (const c of current) nameOf.set(c.id, c.name);
      return undefined;
    };
    const oldSheets = new Set(before.sheets.map((s) => s.id));
    const problem =
      restore("sheet", sheets.items, (s) => s.id, parked.sheets, oldSheets, uniqueSheetName) ??
      (parked.tables.length > 0
        ? restore("table", tables.items, (t) => t.id, parked.tables, new Set(before.tables.map((t) => t.id)), uniqueTableName)
        : undefined);
    if (problem !== undefined) return { ok: false, message: problem };
    // An inserted sheet moved aside is reported under its new name.
    const added = sheets.items.filter((s) => !oldSheets.has(s.id)).map((s) => nameOf.get(s.id) ?? s.name);
    if (renames > 0) await context.sync();
    return { ok: true, added };
  } catch (e) {
    return { ok: false, message: errorMessage(e) };
  }
}

/**
 * Creates the Excel adapter. Call it after `Office.onReady` in Excel.
 * Errors reach the pane as {@link WorkbookError}s: `notFound` (no such
 * table), `notSupported` (an API set this Excel lacks), `invalid`, or
 * `failed` (Excel's message; for a template, also whether the analyst's
 * sheets have their names again).
 */
export function createExcelWorkbook(options: ExcelWorkbookOptions = {}): WorkbookPort {
  const retryDelay = options.retryDelayMs ?? 600;

  /** Excel.run with one retry in cell-edit mode; Office errors become WorkbookErrors. */
  async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      try {
        return await Excel.run(batch);
      } catch (e) {
        if (errorCode(e) !== CELL_EDIT_MODE) throw e;
        await delay(retryDelay);
        return await Excel.run(batch);
      }
    } catch (e) {
      if (e instanceof WorkbookError) throw e;
      const code = errorCode(e);
      if (code === CELL_EDIT_MODE) {
        throw new WorkbookError("failed", "Excel is editing a cell; finish editing (Enter or Esc) and try again");
      }
      throw new WorkbookError(code === "ItemNotFound" ? "notFound" : "failed", errorMessage(e));
    }
  }

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
        body.load("values");
        await context.sync();
        const headers = (header.values[0] ?? []).map((h) => String(h ?? ""));
        const rows = body.values.map((r) => headers.map((_, j) => cellValue(r[j])));
        return { name: table.name, headers, rows };
      });
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
        const name = uniqueSheetName(request.title, sheets.items.map((s) => s.name));
        const sheet = sheets.add(name);
        const n = grid.length - 1;
        const k = request.series.length;
        const data = sheet.getRange(address(0, 0, n + 1, k + 1));
        // Texts from the workbook (the header row, text categories) are formatted as Text first, so that
        // Excel keeps "=1+1" or "1/2" as typed instead of reading a formula or a date into it.
        sheet.getRange(address(0, 0, 1, k + 1)).numberFormat = [grid[0].map(() => "@")];
        if (!dates && n > 0 && cells.some((c) => typeof c === "string")) {
          sheet.getRange(address(1, 0, n, 1)).numberFormat = cells.map((c) => [typeof c === "string" ? "@" : "General"]);
        }
        data.values = grid;
        if (dates && n > 0) sheet.getRange(address(1, 0, n, 1)).numberFormat = cells.map(() => ["yyyy-mm-dd"]);
        request.series.forEach((s, j) => {
          if (s.format && n > 0) sheet.getRange(address(1, j + 1, n, 1)).numberFormat = cells.map(() => [s.format as string]);
        });
        data.format.autofitColumns();
        const chart = sheet.charts.add(Excel.ChartType.line, data, Excel.ChartSeriesBy.columns);
        chart.title.text = request.title;
        chart.setPosition(address(1, k + 2, 1, 1).split(":")[0], address(20, k + 10, 1, 1).split(":")[0]);
        sheet.activate();
        await context.sync();
        return { sheet: name };
      });
    },

    async insertTemplate(
      base64: string,
      sheetNames: readonly string[],
      tableNames?: readonly string[],
    ): Promise<{ sheets: string[]; tables?: { from: string; to: string }[] }> {
      if (!supported("ExcelApi", "1.13")) {
        throw new WorkbookError(
          "notSupported",
          "this Excel cannot insert sheets from a file (ExcelApi 1.13); download the template and open it instead",
        );
      }
      if (sheetNames.length === 0) throw new WorkbookError("invalid", "name the template's sheets to insert");
      const seen = new Set<string>();
      for (const n of sheetNames) {
        if (seen.has(n.toLowerCase())) throw new WorkbookError("invalid", `the template names sheet "${n}" twice`);
        seen.add(n.toLowerCase());
      }
      return run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name,items/id");
        const tables = context.workbook.tables;
        tables.load("items/name,items/id");
        // The only sync that may be retried (by `run`, in cell-edit mode): it reads and writes nothing.
        await context.sync();
        const before = {
          sheets: sheets.items.map((s) => ({ id: s.id, name: s.name })),
          tables: tables.items.map((t) => ({ id: t.id, name: t.name })),
        };
        const plan = planTemplate(
          before.sheets.map((s) => s.name),
          sheetNames,
        );
        const parked = {
          sheets: plan.parked.map((p) => ({ ...p, id: before.sheets.find((s) => s.name === p.name)!.id })),
          tables: planTables(
            before.tables.map((t) => t.name),
            tableNames,
          ).map((p) => ({ ...p, id: before.tables.find((t) => t.name === p.name)!.id })),
        };
        const anyParked = parked.sheets.length + parked.tables.length > 0;

        // From here on every failure becomes a WorkbookError "failed", which `run` does not retry: once a
        // rename or the insert has been sent, a retry could insert the template twice or take the
        // temporary names for the analyst's.
        const finalOf = new Map(sheetNames.map((n, i) => [n.toLowerCase(), plan.finals[i]]));
        let done: { sheets: string[]; tables?: { from: string; to: string }[] } | undefined;
        let failed = false;
        let failure: unknown;
        let step = "renaming your sheets out of the way";
        let restored: Awaited<ReturnType<typeof restoreParked>> = { ok: true, added: [] };
        try {
          // (1) the analyst's clashing sheets and tables take temporary names.
          if (anyParked) {
            for (const p of parked.sheets) sheets.getItem(p.id).name = p.temp;
            for (const p of parked.tables) tables.getItem(p.id).name = p.temp;
            await context.sync();
          }
          // (2) the template's sheets (and tables) go in under their own names, now free.
          step = "inserting the template's sheets";
          const ids = context.workbook.insertWorksheetsFromBase64(base64, { sheetNamesToInsert: [...sheetNames], positionType: "End" });
          await context.sync();
          step = "reading the inserted sheets";
          const inserted = ids.value.map((id) => {
            const sheet = sheets.getItem(id);
            sheet.load("name");
            sheet.tables.load("items/name,items/id");
            return sheet;
          });
          await context.sync();
          // (3) the inserted sheets and tables that clashed take their suffixed names.
          step = "renaming the template's sheets";
          let renames = 0;
          const names = inserted.map((s) => {
            const final = finalOf.get(s.name.toLowerCase()) ?? s.name;
            if (final !== s.name) {
              s.name = final;
              renames++;
            }
            return final;
          });
          const originals = new Set(parked.tables.map((p) => p.name.toLowerCase()));
          const insertedTables = inserted.flatMap((s) => s.tables.items);
          const inPlay = [...before.tables.map((t) => t.name), ...parked.tables.map((p) => p.temp), ...insertedTables.map((t) => t.name)];
          const renamedTables: { from: string; to: string }[] = [];
          for (const t of insertedTables) {
            if (!originals.has(t.name.toLowerCase())) continue;
            const to = uniqueTableName(t.name, inPlay);
            inPlay.push(to);
            renamedTables.push({ from: t.name, to });
            t.name = to;
            renames++;
          }
          if (renamedTables.length > 0) step = "renaming the template's sheets and tables";
          if (renames > 0) await context.sync();
          done = renamedTables.length > 0 ? { sheets: names, tables: renamedTables } : { sheets: names };
        } catch (e) {
          // Not rethrown as it is: the error below says what became of the analyst's sheets and tables.
          failed = true;
          failure = e;
        } finally {
          // (4) the analyst's sheets and tables get their names back, whatever happened above (never
          // throws); after a failure with nothing parked, this only reads which sheets were added.
          if (anyParked || failed) restored = await restoreParked(context, parked, before);
        }
        const yours = [
          parked.sheets.length > 0 ? `sheets ${quoted(parked.sheets.map((p) => p.name))}` : "",
          parked.tables.length > 0 ? `tables ${quoted(parked.tables.map((p) => p.name))}` : "",
        ]
          .filter((x) => x !== "")
          .join(" and ");
        const parkedAll = [...parked.sheets, ...parked.tables];
        if (!restored.ok && anyParked) {
          const pairs = parkedAll.map((p) => `"${p.temp}" → "${p.name}"`).join(", ");
          throw new WorkbookError(
            "failed",
            (failed ? `${step} failed (${errorMessage(failure)}), and ` : "the template was inserted, but ") +
              `Baton could not give your ${yours} their names back (${restored.message}). ` +
              `If one still has its temporary name, rename it by hand: ${pairs}.`,
            parkedAll.map((p) => p.temp),
          );
        }
        if (failed || done === undefined) {
          const extra = !restored.ok
            ? ` Baton could not check which of the template's sheets were added (${restored.message}); look at the end of the workbook before trying again.`
            : restored.added.length > 0
              ? ` The template's sheets already added: ${quoted(restored.added)}.`
              : " Nothing was inserted.";
          const again = anyParked ? ` Your ${yours} have their own names again.` : "";
          throw new WorkbookError(
            "failed",
            `${step} failed: ${errorCode(failure) === CELL_EDIT_MODE ? CELL_EDIT_ADVICE : errorMessage(failure)}.${again}${extra}`,
            parkedAll.map((p) => p.name),
          );
        }
        return done;
      });
    },

    async onTableChanged(name: string, listener: () => void): Promise<() => void> {
      if (!supported("ExcelApi", "1.7")) throw new WorkbookError("notSupported", "this Excel has no change events (ExcelApi 1.7)");
      const handler = await run(async (context) => {
        const table = context.workbook.tables.getItem(name);
        const h = table.onChanged.add(async () => {
          listener();
        });
        await context.sync();
        return h;
      });
      let removed = false;
      return () => {
        if (removed) return;
        removed = true;
        // An event handler is removed in the context it was added in.
        void Excel.run(handler.context, async (context) => {
          handler.remove();
          await context.sync();
        }).catch(() => undefined);
      };
    },
  };
}

/**
 * A small Excel object model for the Excel adapter's tests, built from
 * office-addin-mock's `OfficeMockObject`s so that Office.js's load/sync rule
 * holds: a property read before it was loaded AND synced gives the mock's
 * error text instead of its value, and the tests' expected values then fail.
 *
 * office-addin-mock cannot load `items/name` on a collection (its items are a
 * plain array) nor sync objects that live only in such arrays, so collections
 * here get a `load` that also loads the named properties on each item, and the
 * context's `sync` syncs every mock this model created. Ranges written to and
 * charts are plain recorders (writes need no load), as are the `Excel` and
 * `Office` namespaces (enums and functions).
 *
 * Worksheets behave like Office.js batches: setting `sheet.name` and calling
 * `workbook.insertWorksheetsFromBase64` only queue a command; `context.sync()`
 * runs the queue in order, and the first command that fails (a taken or invalid
 * name, or a failure the test asked for) rejects the sync and drops the
 * commands after it (those before it stay done). The insert's result `value`
 * throws until the sync that ran it. A renamed sheet's `name` must be loaded
 * again before it is read. Inserting a sheet whose name is taken is refused,
 * because Office documents no behaviour for it: an adapter that relied on one
 * fails here. Each sheet has a stable `id` and an `origin` ("workbook", "added"
 * or "template <name>"), so tests can tell the analyst's sheets from inserted
 * ones whatever they are called.
 *
 * Tables work the same way: each has an `id`, sits on a sheet (`sheet.tables`,
 * `workbook.tables`, both loadable as `items/name,items/id`), and `table.name = …`
 * is queued and checked at sync against Excel's rules for table names (letters,
 * digits, `_`, `.`, `\`; no cell-reference look-alike; ≤ 255) and
 * case-insensitive uniqueness across the workbook. What a template sheet brings
 * (tables, formulas) is set in `templateSheets`; the insert is refused when one
 * of its tables' names is taken (again undocumented in Office). Formulas
 * (`setFormula`, or a template's) bind each structured reference `Name[` to the
 * table of that name when they are written, and `formula()` shows them with the
 * tables' current names, as Excel rewrites references on a rename.
 *
 * Written cells are also kept per cell (`cell()`): a text starting with "="
 * written through `values` becomes a formula unless the cell's number format
 * is already "@" (Text), as in Excel.
 */
import { OfficeMockObject } from "office-addin-mock";
import { address, parseAddress, rangeText } from "../../src/core/a1";

type Cell = string | number | boolean;

export interface MockTable {
  name: string;
  /** The sheet it sits on (created when missing). */
  sheet: string;
  headers: string[];
  rows: Cell[][];
}

export interface RecordedChart {
  sheet: string;
  type: unknown;
  seriesBy: unknown;
  source: string;
  title: string;
  position: unknown[];
  /** ChartSeries.setXAxisValues calls, as "series index:address". */
  xAxis?: string[];
  /** ChartSeries.chartType set per series index (ExcelApi 1.7). */
  seriesTypes?: Record<number, unknown>;
  /** Axis titles and bounds set, by axis ("category" is x in a scatter). */
  axes?: Record<string, { title?: string; minimum?: number; maximum?: number }>;
}

/** A conditional format added to a range (ExcelApi 1.6). */
export interface RecordedConditionalFormat {
  sheet: string;
  address: string;
  type: unknown;
  /** colorScale.criteria as set. */
  criteria?: unknown;
}

/** Plain-object view of a mock, for calling its methods without `any`. */
type Obj = Record<string, unknown> & { load(p?: unknown): unknown; sync(): Promise<void> };

/** The office-addin-mock internals the model reads and resets (a scalar property's state). */
interface MockScalar {
  _value: unknown;
  _valueBeforeLoaded: unknown;
  resetValue(v: unknown): void;
}
const scalar = (m: Obj, prop: string): MockScalar =>
  (m as unknown as { _properties: Map<string, MockScalar> })._properties.get(prop) as MockScalar;

/** A sheet as the model sees it. */
export interface ModelSheet {
  readonly id: string;
  readonly name: string;
  /** "workbook" (there from the start), "added" (worksheets.add) or "template <its name in the template>". */
  readonly origin: string;
}

type Writes = Map<string, { values?: unknown; numberFormat?: unknown }>;

/** A table as the model sees it. */
export interface ModelTable {
  readonly id: string;
  readonly name: string;
  /** Current name of its sheet. */
  readonly sheet: string;
  /** "workbook" or "template <its name in the template>". */
  readonly origin: string;
}

/** One written cell: what Excel would hold after the writes. */
export interface ModelCell {
  value?: unknown;
  /** A dynamic-array anchor: the block its result spills into ("B2:B5", the anchor included). */
  spillTo?: string;
  /** A cell inside another cell's spill: the anchor's address. */
  spillParent?: string;
  /** Set when the written text became a formula (it started with "=" in a cell not formatted as Text). */
  formula?: string;
  numberFormat?: unknown;
}

/** What a template sheet brings when inserted: its tables and formulas (A1 address → text with "="). */
export interface TemplateSheet {
  tables?: string[];
  formulas?: Record<string, string>;
}

export interface ExcelModel {
  /** Installs `Excel` and `Office` on globalThis. */
  install(): void;
  uninstall(): void;
  /** Sheet names in order, including added ones. */
  sheetNames(): string[];
  /** Sheets in order with their id and origin. */
  sheets(): ModelSheet[];
  /** Values written to a sheet's ranges, by A1 address (the sheet by its current name; it follows renames). */
  writes(sheet: string): Writes;
  charts: RecordedChart[];
  conditionalFormats: RecordedConditionalFormat[];
  /** Document settings as stored. */
  settings: Map<string, unknown>;
  /** Calls to insertWorksheetsFromBase64. */
  inserted: { base64: string; options: unknown }[];
  /** Fires the onChanged handlers of a table. */
  fireChanged(table: string): Promise<void>;
  /** Fires Worksheet.onCalculated of a sheet (by its name at creation). */
  fireCalculated(sheet: string): Promise<void>;
  /** Fires TableCollection.onAdded (or onDeleted). */
  fireTablesChanged(kind: "added" | "deleted"): Promise<void>;
  /** onCalculated handlers registered on a sheet. */
  calculatedCount(sheet: string): number;
  /** Each block of table values loaded (one response each): its table, rows and JSON size in bytes. */
  responses: { table: string; rows: number; bytes: number }[];
  /** Handlers currently registered per table. */
  handlerCount(table: string): number;
  /** Number of Excel.run calls so far. */
  runs: number;
  /**
   * The analyst is typing in a cell (Excel's cell-edit mode): an Excel.run without
   * `delayForCellEdit` fails with InvalidOperationInCellEditMode, as in Excel; one with it waits
   * until {@link ExcelModel.endCellEdit} (Excel.RunOptions docs), unless `oldHost` (a host that
   * ignores the option: it fails like one without).
   */
  startCellEdit(): void;
  endCellEdit(): void;
  /** A host too old for RunOptions.delayForCellEdit. */
  oldHost: boolean;
  /** Excel.run calls waiting for the cell edit to end. */
  waiting(): number;
  /** The options each Excel.run was called with (undefined: none). */
  runOptions: unknown[];
  /** Make the next n Excel.run calls fail with this error code. */
  failNextRuns(n: number, code: string): void;
  /** API sets reported as supported, e.g. "ExcelApi 1.13". */
  supported: Set<string>;
  /** Make saveAsync fail. */
  failSave: boolean;
  /** Make the next insertWorksheetsFromBase64 fail at sync with this error (inserting nothing). */
  failInsert?: { code: string; message: string };
  /** Make the next `times` renames TO this name (case-insensitive) fail at sync (sheets and tables). */
  failRename(to: string, times?: number): void;
  /** Make the first sync after a successful insert fail with this error code (dropping its commands). */
  failSyncAfterInsert?: string;
  /** What each template sheet (by its name in the template) brings; sheets not listed bring nothing. */
  templateSheets: Record<string, TemplateSheet>;
  /** Sets a cell as Excel would hold it (a formula with its value; an error value is text such as "#NAME?"). */
  setCell(sheet: string, address: string, cell: ModelCell): void;
  /** Protects a sheet: Range.formulas writes on it fail (AccessDenied). */
  protect(sheet: string): void;
  /** Every formula written through Range.formulas, in order. */
  formulaWrites: { sheet: string; address: string; formula: string }[];
  /** Chart sheets: Office.js does not list them in `worksheets`, but their names are taken (add, rename, insert fail). */
  chartSheets: string[];
  /** Workbook-scoped defined names (`workbook.names`): a table cannot take one of these names. */
  definedNames: string[];
  /**
   * Excel on the web (office-js #5911): an inserted formula's reference to a table on ANOTHER inserted
   * sheet becomes a link to an external workbook on the analyst's OneDrive.
   */
  webMangles: boolean;
  /** Tables in creation order, with their sheet's current name. */
  tables(): ModelTable[];
  /** Writes a formula on a sheet, binding its structured references to the tables named now. */
  setFormula(sheet: string, address: string, text: string): void;
  /** A formula as Excel would now show it (table names as they are now), or undefined. */
  formula(sheet: string, address: string): string | undefined;
  /** A written cell ("A1") of a sheet, as Excel would hold it. */
  cell(sheet: string, address: string): ModelCell | undefined;
}

/** Excel's rules for a sheet name: 1–31 characters, none of \ / ? * [ ] :, no apostrophe at either end. */
function validSheetName(name: string): boolean {
  return name.length >= 1 && name.length <= 31 && !/[\\/?*[\]:]/.test(name) && !name.startsWith("'") && !name.endsWith("'");
}

/** Excel's rules for a table name: letters, digits, _ . \, not starting with a digit or ".", ≤ 255, not like a cell reference. */
export function validTableName(name: string): boolean {
  if (name.length < 1 || name.length > 255) return false;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return false;
  if (/^[A-Za-z]{1,3}\d+$/.test(name)) return false; // A1, XFD1048576 (conservatively: any 1–3 letters + digits)
  if (/^[Rr]\d*[Cc]?\d*$/.test(name) || /^[Cc]\d*$/.test(name)) return false; // R, C, R1C1, RC, R2
  return true;
}

/** Cells of an A1 block: "A1:B2" → [["A1","B1"],["A2","B2"]] (addresses from core/a1). */
function cellsOf(block: string): string[][] {
  const [a, b = a] = block.split(":");
  const p = parseAddress(a);
  const q = parseAddress(b);
  const rows: string[][] = [];
  for (let r = p.row; r <= q.row; r++) {
    const row: string[] = [];
    for (let c = p.col; c <= q.col; c++) row.push(address(r, c));
    rows.push(row);
  }
  return rows;
}

export function createExcelModel(tables: MockTable[], extraSheets: string[] = []): ExcelModel {
  const all: OfficeMockObject[] = [];
  const track = <T extends OfficeMockObject>(m: T): T => {
    all.push(m);
    return m;
  };
  const mock = (data: object): Obj => track(new OfficeMockObject(data)) as unknown as Obj;

  let pendingError: { code: string; message: string } | undefined;
  const writes = new Map<Obj, Writes>();
  const info = new Map<Obj, { id: string; origin: string }>();
  /** Commands queued since the last sync, run in order by the next one. */
  const queue: (() => void)[] = [];
  const renameFailures = new Map<string, number>();
  let nextId = 1;
  const charts: RecordedChart[] = [];
  const conditionalFormats: RecordedConditionalFormat[] = [];
  const handlers = new Map<string, Set<() => Promise<void>>>();
  /** Worksheet.onCalculated handlers by sheet name (lower case). */
  const calculated = new Map<string, Set<() => Promise<void>>>();
  const tablesAdded = new Set<() => Promise<void>>();
  const tablesDeleted = new Set<() => Promise<void>>();
  const settings = new Map<string, unknown>();
  const inserted: { base64: string; options: unknown }[] = [];
  let failRuns = 0;
  let failCode = "";
  let editing = false;
  const editWaiters: (() => void)[] = [];

  /** A collection of the items `items()` gives at each load; `load("items/a,items/b")` also loads a, b on each item. */
  function collection(items: () => Obj[], methods: Record<string, unknown>): Obj {
    const c = mock({ items: items(), ...methods });
    const base = OfficeMockObject.prototype.load;
    c.load = function (this: OfficeMockObject, p?: unknown) {
      const now = items();
      (this as unknown as { setValue(k: string, v: unknown): void }).setValue("items", now);
      const props = typeof p === "string" ? p.replace(/\s/g, "").split(",") : [];
      const itemProps = props.filter((x) => x.startsWith("items/")).map((x) => x.slice("items/".length));
      for (const it of now) if (itemProps.length) it.load(itemProps.join(","));
      return base.call(this, "items");
    };
    return c;
  }

  /**
   * `name` of a sheet or table mock: reads give the mock's loaded value; a write queues `rename` for the
   * next sync. The mock itself writes the loaded value back on load/sync: that is not a rename.
   */
  function renamable(m: Obj, rename: (to: string) => void): void {
    const nameState = scalar(m, "name");
    Object.defineProperty(m, "name", {
      configurable: true,
      enumerable: true,
      get: () => nameState._value,
      set: (to: unknown) => {
        if (to === nameState._value) return;
        queue.push(() => rename(String(to)));
      },
    });
  }
  const currentName = (m: Obj): string => scalar(m, "name")._valueBeforeLoaded as string;

  // Tables: id, sheet, origin; formulas hold "\uE000<table id>\uE000" where they refer to a table.
  const tableRecs: { mock: Obj; id: string; sheet: Obj; origin: string }[] = [];
  const formulas = new Map<Obj, Map<string, string>>();
  const tableHolding = (name: string, except?: Obj): Obj | undefined =>
    tableRecs.find((t) => t.mock !== except && currentName(t.mock).toLowerCase() === name.toLowerCase())?.mock;
  /** Binds outside string literals only, as Excel does (a "Prices[x]" text is no reference). */
  function bind(text: string): string {
    return text
      .split('"')
      .map((part, i) => (i % 2 === 1 ? part : bindCode(part)))
      .join('"');
  }
  function bindCode(text: string): string {
    return text.replace(/(?<![\p{L}\p{N}_.\\])([\p{L}_\\][\p{L}\p{N}_.\\]*)\[/gu, (all, name: string) => {
      const t = tableRecs.find((r) => currentName(r.mock).toLowerCase() === name.toLowerCase());
      return t ? `\uE000${t.id}\uE000[` : all;
    });
  }
  function render(text: string): string {
    return text.replace(/\uE000([^\uE000]+)\uE000/g, (_, id: string) => currentName(tableRecs.find((t) => t.id === id)!.mock));
  }
  function addTable(name: string, sheet: Obj, origin: string, extra: Record<string, unknown> = {}): Obj {
    const id = `{table-${nextId++}}`;
    const table = mock({ id, name, ...extra });
    renamable(table, (to) => {
      checkRenameFailure(currentName(table), to);
      if (!validTableName(to)) fail("InvalidArgument", `not a valid table name: ${to}`);
      if (tableHolding(to, table)) fail("ItemAlreadyExists", `a table named ${to} exists`);
      if (model.definedNames.some((n) => n.toLowerCase() === to.toLowerCase())) fail("InvalidArgument", `${to} is a defined name`);
      scalar(table, "name").resetValue(to);
    });
    tableRecs.push({ mock: table, id, sheet, origin });
    return table;
  }

  const sheetMocks: Obj[] = [];
  const cells = new Map<Obj, Map<string, ModelCell>>();
  function addSheet(name: string, origin = "added"): Obj {
    const w: Writes = new Map();
    const c = new Map<string, ModelCell>();
    const id = `{sheet-${nextId++}}`;
    const cellAt = (a: string): ModelCell => {
      const x = c.get(a) ?? {};
      c.set(a, x);
      return x;
    };
    const sheet = mock({
      id,
      name,
      activate: () => undefined,
      getRange: (addr: string) => {
        const entry = w.get(addr) ?? {};
        w.set(addr, entry);
        const block = cellsOf(addr);
        const range = {
          address: addr,
          format: { autofitColumns: () => undefined },
          /** Range.formulas: queued; refused on a protected sheet (Excel: AccessDenied). */
          set formulas(v: unknown) {
            queue.push(() => {
              if (isProtected(sheet)) fail("AccessDenied", `the sheet ${sheetName(sheet)} is protected`);
              block.forEach((row, i) =>
                row.forEach((a, j) => {
                  const text = String((v as unknown[][])[i][j]);
                  formulaWrites.push({ sheet: sheetName(sheet), address: a, formula: text });
                  formulas.get(sheet)!.set(a, bind(text));
                }),
              );
            });
          },
          getSpillParentOrNullObject: () => {
            const x = c.get(addr);
            return nullable(mock({ address: `${sheetName(sheet)}!${x?.spillParent ?? addr}` }), !x?.spillParent && !x?.spillTo);
          },
          getSpillingToRangeOrNullObject: () => {
            const x = c.get(addr);
            return nullable(mock({ address: `${sheetName(sheet)}!${x?.spillTo ?? addr}` }), !x?.spillTo);
          },
          set values(v: unknown) {
            entry.values = v;
            block.forEach((row, i) =>
              row.forEach((a, j) => {
                const x = cellAt(a);
                const value = (v as unknown[][])[i][j];
                formulas.get(sheet)!.delete(a);
                delete x.formula;
                delete x.value;
                delete x.spillTo;
                delete x.spillParent;
                if (typeof value === "string" && value.startsWith("=") && x.numberFormat !== "@") x.formula = value;
                else x.value = value;
              }),
            );
          },
          conditionalFormats: {
            add: (type: unknown) => {
              const rec: RecordedConditionalFormat = { sheet: sheetName(sheet), address: addr, type };
              conditionalFormats.push(rec);
              return {
                colorScale: {
                  set criteria(c: unknown) {
                    rec.criteria = c;
                  },
                },
              };
            },
          },
          set numberFormat(v: unknown) {
            entry.numberFormat = v;
            block.forEach((row, i) => row.forEach((a, j) => (cellAt(a).numberFormat = (v as unknown[][])[i][j])));
          },
        };
        return range;
      },
    });
    cells.set(sheet, c);
    formulas.set(sheet, new Map());
    (sheet as Record<string, unknown>).protection = mock({ protected: false });
    (sheet as Record<string, unknown>).getUsedRangeOrNullObject = () => usedRange(sheet);
    // Worksheet.copy (ExcelApi 1.10): a new sheet after the others with the same cells, named like Excel's "Prices (2)".
    (sheet as Record<string, unknown>).copy = () => {
      const copy = addSheet(freeName(`${sheetName(sheet)} (2)`), `copy of ${sheetName(sheet)}`);
      for (const [a, x] of c) cells.get(copy)!.set(a, structuredClone(x));
      for (const [a, f] of formulas.get(sheet)!) formulas.get(copy)!.set(a, f);
      if (isProtected(sheet)) scalar((copy as Record<string, unknown>).protection as Obj, "protected").resetValue(true);
      return copy;
    };
    (sheet as Record<string, unknown>).tables = collection(() => tableRecs.filter((t) => t.sheet === sheet).map((t) => t.mock), {});
    const chartsColl = mock({
      add: (type: unknown, source: { address: string }, seriesBy: unknown) => {
        const rec: RecordedChart = { sheet: name, type, seriesBy, source: source.address, title: "", position: [] };
        charts.push(rec);
        const axis = (key: string) => {
          const a = (): { title?: string; minimum?: number; maximum?: number } => {
            rec.axes ??= {};
            return (rec.axes[key] ??= {});
          };
          return {
            title: {
              set text(t: string) {
                a().title = t;
              },
            },
            set minimum(v: number) {
              a().minimum = v;
            },
            set maximum(v: number) {
              a().maximum = v;
            },
          };
        };
        return {
          axes: { categoryAxis: axis("category"), valueAxis: axis("value") },
          series: {
            getItemAt: (j: number) => ({
              setXAxisValues: (r: { address: string }) => {
                rec.xAxis = [...(rec.xAxis ?? []), `${j}:${r.address}`];
              },
              set chartType(t: unknown) {
                rec.seriesTypes = { ...(rec.seriesTypes ?? {}), [j]: t };
              },
            }),
          },
          title: {
            set text(t: string) {
              rec.title = t;
            },
          },
          setPosition: (...args: unknown[]) => {
            rec.position = args;
          },
        };
      },
    });
    (sheet as Record<string, unknown>).charts = chartsColl;
    renamable(sheet, (to) => rename(sheet, to));
    writes.set(sheet, w);
    info.set(sheet, { id, origin });
    sheetMocks.push(sheet);
    return sheet;
  }
  const sheetName = currentName;
  const holding = (name: string, except?: Obj): Obj | undefined =>
    sheetMocks.find((m) => m !== except && sheetName(m).toLowerCase() === name.toLowerCase());
  function fail(code: string, message: string): never {
    throw Object.assign(new Error(message), { code });
  }
  const isProtected = (sheet: Obj): boolean =>
    scalar((sheet as Record<string, unknown>).protection as Obj, "protected")._valueBeforeLoaded === true;
  const chartSheetHolding = (name: string): boolean => model.chartSheets.some((n) => n.toLowerCase() === name.toLowerCase());
  function freeName(base: string): string {
    const stem = base.replace(/ \(\d+\)$/, "");
    for (let i = 2; ; i++) {
      const n = `${stem} (${i})`;
      if (!holding(n) && !chartSheetHolding(n)) return n;
    }
  }
  const ERRORS = /^#(N\/A|NAME\?|VALUE!|REF!|DIV\/0!|NUM!|NULL!|SPILL!|CALC!|BUSY!)$/;
  const valueType = (v: unknown): string =>
    v === "" || v === undefined || v === null
      ? "Empty"
      : typeof v === "number"
        ? "Double"
        : typeof v === "boolean"
          ? "Boolean"
          : ERRORS.test(String(v))
            ? "Error"
            : "String";
  /** Worksheet.getUsedRangeOrNullObject: the block of every cell holding a value or formula, as Excel reports it. */
  function usedRange(sheet: Obj): Obj {
    const c = cells.get(sheet)!;
    const f = formulas.get(sheet)!;
    const formulaOf = (a: string): string | undefined => {
      const bound = f.get(a);
      return bound !== undefined ? render(bound) : c.get(a)?.formula;
    };
    const used = [...new Set([...c.keys(), ...f.keys()])].filter((a) => {
      const x = c.get(a);
      return formulaOf(a) !== undefined || (x?.value !== undefined && x.value !== "");
    });
    if (used.length === 0) return nullable(mock({ address: "", formulas: [], values: [], valueTypes: [], rowIndex: 0, columnIndex: 0 }), true);
    const at = used.map(parseAddress);
    const r0 = Math.min(...at.map((p) => p.row));
    const r1 = Math.max(...at.map((p) => p.row));
    const c0 = Math.min(...at.map((p) => p.col));
    const c1 = Math.max(...at.map((p) => p.col));
    const fs: unknown[][] = [];
    const vs: unknown[][] = [];
    const ts: string[][] = [];
    for (let r = r0; r <= r1; r++) {
      const fr: unknown[] = [];
      const vr: unknown[] = [];
      const tr: string[] = [];
      for (let k = c0; k <= c1; k++) {
        const a = address(r, k);
        const x = c.get(a);
        // A spilled cell shows its anchor's formula here (the worst case an adapter must handle).
        const formula = formulaOf(a) ?? (x?.spillParent ? formulaOf(x.spillParent) : undefined);
        const value = x?.value ?? (formula !== undefined ? 0 : "");
        fr.push(formula ?? value);
        vr.push(value);
        tr.push(valueType(value));
      }
      fs.push(fr);
      vs.push(vr);
      ts.push(tr);
    }
    return nullable(mock({
      address: `${sheetName(sheet)}!${rangeText(r0, c0, r1 - r0 + 1, c1 - c0 + 1)}`,
      formulas: fs,
      values: vs,
      valueTypes: ts,
      rowIndex: r0 - 1,
      columnIndex: c0 - 1,
    }), false);
  }
  const formulaWrites: { sheet: string; address: string; formula: string }[] = [];
  const responses: { table: string; rows: number; bytes: number }[] = [];
  /** `isNullObject` of an *OrNullObject result: readable without a load, as in Office.js. */
  function nullable(m: Obj, isNull: boolean): Obj {
    Object.defineProperty(m, "isNullObject", { value: isNull, enumerable: false });
    return m;
  }
  function checkRenameFailure(from: string, to: string): void {
    const left = renameFailures.get(to.toLowerCase()) ?? 0;
    if (left > 0) {
      renameFailures.set(to.toLowerCase(), left - 1);
      fail("GeneralException", `renaming ${from} to ${to} failed (test)`);
    }
  }
  function rename(sheet: Obj, to: string): void {
    checkRenameFailure(sheetName(sheet), to);
    if (!validSheetName(to)) fail("InvalidArgument", `not a valid sheet name: ${to}`);
    if (holding(to, sheet) || chartSheetHolding(to)) fail("ItemAlreadyExists", `a sheet named ${to} exists`);
    scalar(sheet, "name").resetValue(to); // must be loaded again before it is read
  }
  for (const s of [...extraSheets, ...tables.map((t) => t.sheet)]) {
    if (!sheetMocks.some((m) => sheetName(m) === s)) addSheet(s, "workbook");
  }

  tables.forEach((t) => {
    const header = mock({ values: [t.headers] });
    // Range.getRow(i).getBoundingRect(getRow(j)) gives rows i…j; each block's values that are loaded and synced
    // are one response, recorded in `responses` with their JSON size.
    const record = (values: Cell[][]): Cell[][] => {
      responses.push({ table: t.name, rows: values.length, bytes: new TextEncoder().encode(JSON.stringify(values)).length });
      return values;
    };
    const rowsBlock = (i: number, j: number): Obj => {
      const m = mock({ values: t.rows.slice(i, j + 1) });
      const load = m.load.bind(m);
      m.load = (p?: unknown) => {
        record(t.rows.slice(i, j + 1));
        return load(p);
      };
      return m;
    };
    const body = mock({
      values: t.rows,
      rowCount: t.rows.length,
      getRow: (i: number) => ({ index: i, getBoundingRect: (other: { index: number }) => rowsBlock(Math.min(i, other.index), Math.max(i, other.index)) }),
    });
    const bodyLoad = body.load.bind(body);
    body.load = (p?: unknown) => {
      if (typeof p === "string" && p.split(",").includes("values")) record(t.rows);
      return bodyLoad(p);
    };
    const set = new Set<() => Promise<void>>();
    handlers.set(t.name.toLowerCase(), set);
    let calc = calculated.get(t.sheet.toLowerCase());
    if (!calc) calculated.set(t.sheet.toLowerCase(), (calc = new Set()));
    const calcSet = calc;
    addTable(t.name, holding(t.sheet)!, "workbook", {
      worksheet: {
        name: t.sheet,
        // Worksheet.onCalculated (ExcelApi 1.8): fires when the sheet recalculates, e.g. formula results.
        onCalculated: {
          add: (h: () => Promise<void>) => {
            calcSet.add(h);
            return { context: ctx, remove: () => calcSet.delete(h) };
          },
        },
      },
      getHeaderRowRange: () => header,
      getDataBodyRange: () => body,
      onChanged: {
        add: (h: () => Promise<void>) => {
          set.add(h);
          return { context: ctx, remove: () => set.delete(h) };
        },
      },
    });
  });

  const unknownTable = (name: string): Obj => {
    pendingError = { code: "ItemNotFound", message: `The requested resource doesn't exist: ${name}` };
    return mock({ name, getHeaderRowRange: () => mock({ values: [] }), getDataBodyRange: () => mock({ values: [], rowCount: 0 }) });
  };

  const tableEvents = (set: Set<() => Promise<void>>) => ({
    add: (h: () => Promise<void>) => {
      set.add(h);
      return { context: ctx, remove: () => set.delete(h) };
    },
  });
  const tablesColl = collection(() => tableRecs.map((t) => t.mock), {
    // TableCollection.onAdded / onDeleted (ExcelApi 1.9).
    onAdded: tableEvents(tablesAdded),
    onDeleted: tableEvents(tablesDeleted),
    // Excel's getItem takes a name (case-insensitive) or an id.
    getItem: (key: string) => tableRecs.find((t) => t.id === key)?.mock ?? tableHolding(key) ?? unknownTable(key),
  });

  // Worksheets: items are re-read from sheetMocks on every load, so added sheets show up.
  const sheetsColl = collection(() => [...sheetMocks], {
    add: (name: string) => {
      if (sheetMocks.some((m) => sheetName(m).toLowerCase() === name.toLowerCase()) || chartSheetHolding(name)) {
        pendingError = { code: "ItemAlreadyExists", message: `sheet ${name} exists` };
      }
      return addSheet(name);
    },
    // Excel's getItem takes an id or a name (case-insensitive).
    getItem: (key: string) => {
      const found = sheetMocks.find((m) => info.get(m)?.id === key) ?? holding(key);
      if (found) return found;
      pendingError = { code: "ItemNotFound", message: `The requested resource doesn't exist: ${key}` };
      return mock({ id: key, name: key });
    },
  });

  const ctx = mock({
    workbook: {
      insertWorksheetsFromBase64: (base64: string, options: { sheetNamesToInsert: string[] }) => {
        inserted.push({ base64, options: structuredClone(options) });
        let ids: string[] | undefined;
        queue.push(() => {
          const failure = model.failInsert;
          if (failure) {
            model.failInsert = undefined;
            fail(failure.code, failure.message);
          }
          const taken = options.sheetNamesToInsert.filter((n) => holding(n) || chartSheetHolding(n));
          if (taken.length > 0) fail("GeneralException", `undocumented: inserting over existing sheets ${taken.join(", ")}`);
          const brought = options.sheetNamesToInsert.flatMap((n) => model.templateSheets[n]?.tables ?? []);
          const takenTables = brought.filter((n) => tableHolding(n) || model.definedNames.some((d) => d.toLowerCase() === n.toLowerCase()));
          if (takenTables.length > 0) fail("GeneralException", `undocumented: inserting over existing tables ${takenTables.join(", ")}`);
          const added = options.sheetNamesToInsert.map((n) => addSheet(n, `template ${n}`));
          added.forEach((sheet, i) => {
            for (const t of model.templateSheets[options.sheetNamesToInsert[i]]?.tables ?? []) addTable(t, sheet, `template ${t}`);
          });
          // The template's formulas bind once its tables exist (their names are unique at this point).
          added.forEach((sheet, i) => {
            const f = model.templateSheets[options.sheetNamesToInsert[i]]?.formulas ?? {};
            for (const [a, text] of Object.entries(f)) {
              let bound = bind(text);
              if (model.webMangles) {
                // A table on another inserted sheet becomes an external-workbook link (unbound text).
                bound = bound.replace(/\uE000([^\uE000]+)\uE000\[/g, (all, id: string) => {
                  const t = tableRecs.find((r) => r.id === id)!;
                  if (t.sheet === sheet || !added.includes(t.sheet)) return all;
                  return `'https://d.docs.live.net/5f3a/Documents/[Book1.xlsx]${sheetName(t.sheet)}'!${currentName(t.mock)}[`;
                });
              }
              formulas.get(sheet)!.set(a, bound);
            }
          });
          ids = added.map((m) => info.get(m)!.id);
          insertedNow = true;
        });
        return {
          get value(): string[] {
            if (!ids) throw new Error("PropertyNotLoaded: the result of insertWorksheetsFromBase64 was read before sync");
            return ids;
          },
        };
      },
    },
  });
  const workbook = ctx.workbook as Obj;
  workbook.tables = tablesColl;
  const definedNames: string[] = [];
  workbook.names = collection(() => definedNames.map((n) => mock({ name: n })), {});
  workbook.worksheets = sheetsColl;
  let insertedNow = false;
  ctx.sync = async () => {
    let err: { code: string; message: string } | undefined = pendingError;
    pendingError = undefined;
    if (insertedNow && model.failSyncAfterInsert) {
      err = { code: model.failSyncAfterInsert, message: `${model.failSyncAfterInsert} (test)` };
      model.failSyncAfterInsert = undefined;
    }
    for (const command of queue.splice(0)) {
      if (err) break; // a failed command drops the rest of the batch
      try {
        command();
      } catch (e) {
        err = e as { code: string; message: string };
      }
    }
    // The prototype's sync: this override must not call itself through `ctx`.
    for (const m of [...all]) await OfficeMockObject.prototype.sync.call(m);
    await new Promise((r) => setImmediate(r));
    if (err) throw Object.assign(new Error(err.message), err);
  };

  const model: ExcelModel = {
    runs: 0,
    supported: new Set(["ExcelApi 1.1", "ExcelApi 1.6", "ExcelApi 1.7", "ExcelApi 1.8", "ExcelApi 1.9", "ExcelApi 1.13"]),
    failSave: false,
    templateSheets: {},
    formulaWrites,
    responses,
    chartSheets: [],
    definedNames,
    webMangles: false,
    setCell(sheet, address, cell) {
      const m = holding(sheet)!;
      cells.get(m)!.set(address, { ...cell });
    },
    protect(sheet) {
      scalar((holding(sheet) as Record<string, unknown>).protection as Obj, "protected").resetValue(true);
    },
    charts,
    conditionalFormats,
    settings,
    inserted,
    install() {
      // The Office and Excel namespaces hold enums and functions that need no load: plain objects.
      const excel = {
        ChartType: { line: "Line", xyscatter: "XYScatter", xyscatterLines: "XYScatterLines", xyscatterLinesNoMarkers: "XYScatterLinesNoMarkers" },
        ConditionalFormatType: { colorScale: "ColorScale" },
        ConditionalFormatColorCriterionType: { number: "Number" },
        ChartSeriesBy: { columns: "Columns" },
        run: async (a: unknown, b?: unknown) => {
          model.runs++;
          const options = typeof a === "function" ? undefined : a;
          model.runOptions.push(options);
          if (failRuns > 0) {
            failRuns--;
            throw Object.assign(new Error(failCode), { code: failCode });
          }
          if (editing) {
            const delayed = !model.oldHost && !!(options as { delayForCellEdit?: boolean } | undefined)?.delayForCellEdit;
            if (!delayed) throw Object.assign(new Error("cell edit (test)"), { code: "InvalidOperationInCellEditMode" });
            await new Promise<void>((resolve) => editWaiters.push(resolve));
          }
          const batch = (typeof a === "function" ? a : b) as (c: unknown) => Promise<unknown>;
          return batch(ctx);
        },
      };
      const office = {
        AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
        context: {
          requirements: { isSetSupported: (set: string, v: string) => model.supported.has(`${set} ${v}`) },
          document: {
            settings: {
              get: (k: string) => (settings.has(k) ? settings.get(k) : null),
              set: (k: string, v: unknown) => void settings.set(k, v),
              saveAsync: (cb: (r: { status: string; error?: { message: string } }) => void) =>
                cb(model.failSave ? { status: "failed", error: { message: "disk full" } } : { status: "succeeded" }),
            },
          },
        },
      };
      Object.assign(globalThis, { Excel: excel, Office: office });
    },
    uninstall() {
      delete (globalThis as Record<string, unknown>).Excel;
      delete (globalThis as Record<string, unknown>).Office;
    },
    sheetNames: () => sheetMocks.map(sheetName),
    sheets: () => sheetMocks.map((m) => ({ id: info.get(m)!.id, name: sheetName(m), origin: info.get(m)!.origin })),
    writes: (sheet) => {
      const m = holding(sheet);
      return (m && writes.get(m)) ?? new Map();
    },
    tables: () =>
      tableRecs.map((t) => ({ id: t.id, name: currentName(t.mock), sheet: sheetName(t.sheet), origin: t.origin })),
    setFormula(sheet, address, text) {
      formulas.get(holding(sheet)!)!.set(address, bind(text));
    },
    formula(sheet, address) {
      const m = holding(sheet);
      const f = m && formulas.get(m)!.get(address);
      return f === undefined ? undefined : render(f);
    },
    cell(sheet, address) {
      const m = holding(sheet);
      return m && cells.get(m)!.get(address);
    },
    failRename(to, times = 1) {
      renameFailures.set(to.toLowerCase(), times);
    },
    async fireChanged(table) {
      for (const h of [...(handlers.get(table.toLowerCase()) ?? [])]) await h();
    },
    async fireCalculated(sheet) {
      for (const h of [...(calculated.get(sheet.toLowerCase()) ?? [])]) await h();
    },
    async fireTablesChanged(kind) {
      for (const h of [...(kind === "added" ? tablesAdded : tablesDeleted)]) await h();
    },
    calculatedCount: (sheet) => calculated.get(sheet.toLowerCase())?.size ?? 0,
    handlerCount: (table) => handlers.get(table.toLowerCase())?.size ?? 0,
    startCellEdit() {
      editing = true;
    },
    endCellEdit() {
      editing = false;
      for (const w of editWaiters.splice(0)) w();
    },
    oldHost: false,
    waiting: () => editWaiters.length,
    runOptions: [],
    failNextRuns(n, code) {
      failRuns = n;
      failCode = code;
    },
  };
  return model;
}


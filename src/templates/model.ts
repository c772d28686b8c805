/**
 * The workbook model the template builders produce: plain data, no Excel or
 * file-format types. {@link ./write} turns it into an .xlsx; tests read it
 * directly. Formulas are kept in their DISPLAY form (`BATON.ROLLING_EXCESS(…)`,
 * as an analyst types them); the writer stores them the way Excel saves them.
 */
import { address, rangeText } from "../core/a1";


/** An Excel error value a cell can hold. */
export interface ErrorValue {
  readonly error: "#N/A" | "#VALUE!";
}

/** What a cell shows: a number, text, a boolean, an error, or nothing. */
export type CellValue = number | string | boolean | ErrorValue | null;

export function isErrorValue(v: unknown): v is ErrorValue {
  return typeof v === "object" && v !== null && "error" in v;
}

/** Cell look, kept small on purpose. */
export interface CellStyle {
  /** Excel number format: `0.00%`, `0.0`, `yyyy-mm-dd`… */
  readonly numFmt?: string;
  readonly bold?: boolean;
  readonly wrap?: boolean;
  /** Font size in points (default 11). */
  readonly size?: number;
  readonly italic?: boolean;
}

/** One cell. A formula cell's `value` is its cached result (what viewers show before any recalculation). */
export interface Cell {
  readonly value: CellValue;
  /** Formula without the leading `=`, in display form (`BATON.ROLLING_EXCESS(Prices[Sector],Prices[Benchmark])`). */
  readonly formula?: string;
  /**
   * For a dynamic-array formula (every BATON formula, and native spills): the
   * range its result covers, anchor first (`B2:B1566`). The other cells of
   * the range hold the cached values as plain cells, as Excel saves a spill.
   */
  readonly spill?: string;
  readonly style?: CellStyle;
}

/** An Excel table (ListObject). */
export interface TableSpec {
  /** Table name, used in structured references (`Prices[Sector]`). */
  readonly name: string;
  /** Top-left cell of the header row (`A1`). */
  readonly topLeft: string;
  /** Header texts, in column order. */
  readonly columns: readonly string[];
  /** Number of data rows below the header. */
  readonly rows: number;
}

export interface ColumnSpec {
  /** Width in Excel's character units. */
  readonly width: number;
  /** Default style of the column's cells (cells may override). */
  readonly style?: CellStyle;
}

export interface SheetSpec {
  readonly name: string;
  /** Column specs from column A on. */
  readonly columns: readonly ColumnSpec[];
  /** Rows frozen at the top (1: the header row). */
  readonly frozenRows: number;
  /** Cells by A1 address. */
  readonly cells: ReadonlyMap<string, Cell>;
  readonly tables: readonly TableSpec[];
  /** Tab colour, ARGB hex (`FF1F6FEB`). */
  readonly tabColor?: string;
}

export interface WorkbookSpec {
  /** File name, `crowding-monitor.xlsx`. */
  readonly file: string;
  readonly title: string;
  readonly sheets: readonly SheetSpec[];
}

// ---------------------------------------------------------------------------
// A mutable sheet under construction

/** Collects cells for one sheet; `done()` freezes it into a {@link SheetSpec}. */
export class SheetBuilder {
  private readonly cells = new Map<string, Cell>();
  private readonly tables: TableSpec[] = [];
  private columns: ColumnSpec[] = [];
  private frozenRows = 0;
  private tabColor?: string;

  constructor(readonly name: string) {}

  set(row: number, col: number, cell: Cell): this {
    this.cells.set(address(row, col), cell);
    return this;
  }

  /** A plain value. */
  value(row: number, col: number, value: CellValue, style?: CellStyle): this {
    return this.set(row, col, style ? { value, style } : { value });
  }

  /** A formula that gives one value (not a spill). */
  formula(row: number, col: number, formula: string, cached: CellValue, style?: CellStyle): this {
    return this.set(row, col, { value: cached, formula, style });
  }

  /**
   * A dynamic-array formula at (row, col) whose cached result is `grid`: the
   * anchor holds the formula and `grid[0][0]`, the rest of the range the
   * other cached values as plain cells. `styleAt` styles each cell of the range.
   */
  spill(
    row: number,
    col: number,
    formula: string,
    grid: readonly (readonly CellValue[])[],
    styleAt?: (i: number, j: number) => CellStyle | undefined,
  ): this {
    const rows = grid.length;
    const cols = rows > 0 ? grid[0].length : 0;
    if (rows === 0 || cols === 0) throw new RangeError(`empty spill for ${formula}`);
    const ref = rangeText(row, col, rows, cols);
    for (let i = 0; i < rows; i++) {
      if (grid[i].length !== cols) throw new RangeError(`ragged spill for ${formula}`);
      for (let j = 0; j < cols; j++) {
        const style = styleAt?.(i, j);
        const v = grid[i][j];
        if (i === 0 && j === 0) this.set(row, col, { value: v, formula, spill: ref, style });
        else this.set(row + i, col + j, style ? { value: v, style } : { value: v });
      }
    }
    return this;
  }

  /** Header texts in a row, bold. */
  header(row: number, col: number, texts: readonly string[]): this {
    texts.forEach((t, j) => this.value(row, col + j, t, { bold: true }));
    return this;
  }

  table(spec: TableSpec): this {
    this.tables.push(spec);
    return this;
  }

  setColumns(columns: ColumnSpec[]): this {
    this.columns = columns;
    return this;
  }

  freeze(rows: number): this {
    this.frozenRows = rows;
    return this;
  }

  tab(color: string): this {
    this.tabColor = color;
    return this;
  }

  done(): SheetSpec {
    return {
      name: this.name,
      columns: this.columns,
      frozenRows: this.frozenRows,
      cells: new Map(this.cells),
      tables: this.tables.slice(),
      tabColor: this.tabColor,
    };
  }
}

/**
 * The plain data a table arrives in, owned by the core: the workbook port
 * hands tables over in this shape, and the board, gauge and monitor models
 * read them. Nothing here knows about Excel or Office.js.
 */

/** A cell value as read from a table: what Excel's `values` gives, with blanks as null. */
export type CellValue = string | number | boolean | null;

/** A table's contents. */
export interface TableData {
  readonly name: string;
  readonly headers: readonly string[];
  /** Data rows, each as long as `headers`. */
  readonly rows: readonly (readonly CellValue[])[];
}

/** A column of a table as a one-column grid, the shape the series converter reads. O(rows). */
export function columnGrid(rows: readonly (readonly CellValue[])[], col: number): CellValue[][] {
  return rows.map((r) => [r[col] ?? null]);
}

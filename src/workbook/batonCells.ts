/**
 * Finding the cells that hold BATON formulas in a block read from a sheet
 * (`Range.formulas`, `valueTypes`), for the pane's two workbook actions:
 * "Repair Baton formulas" (re-enter the ones showing an error) and "Copy for
 * sharing" (freeze them as values in a copy). Pure; O(cells).
 */
import { address, parseAddress, rangeText } from "../core/a1";

/** A cell or block of a sheet: its sheet's name and A1 address (no "$", no sheet). */
export interface CellRef {
  readonly sheet: string;
  readonly address: string;
}

/** Code outside string literals (`""` inside a literal splits harmlessly). */
const code = (formula: string): string => formula.split('"').filter((_, i) => i % 2 === 0).join('"');

/**
 * True when a formula calls a BATON function: `BATON.NAME(` as Excel shows it,
 * or `_xldudf_BATON_NAME(` as a file that lost the add-in stores it (office-js
 * #4185, #4487), outside string literals, any case.
 *
 * @example usesBaton("=BATON.ROLLING_EXCESS(A2:A99,B2:B99)") // → true
 * @example usesBaton('=IFERROR(_xldudf_BATON_TAXONOMY(),"")') // → true
 * @example usesBaton('="BATON.X("&A1')                      // → false
 */
export function usesBaton(formula: unknown): formula is string {
  return typeof formula === "string" && formula.startsWith("=") && /(?<![\p{L}\p{N}_.])(?:BATON\.|_xldudf_BATON_)[\p{L}_]/iu.test(code(formula));
}

/** A BATON formula cell found in a block: 1-based row and column, A1 address, the formula. */
export interface FormulaCell {
  readonly row: number;
  readonly col: number;
  readonly address: string;
  readonly formula: string;
}

/**
 * The BATON formula cells of a block whose top-left cell is at 0-based
 * (`rowIndex`, `columnIndex`) — Excel's `Range.rowIndex`/`columnIndex` — and,
 * when `valueTypes` is given, only those whose value is an error.
 *
 * @example batonCells([["=BATON.TAXONOMY()", 1]], 1, 0, [["Error", "Double"]])
 * // → [{ row: 2, col: 1, address: "A2", formula: "=BATON.TAXONOMY()" }]
 */
export function batonCells(
  formulas: readonly (readonly unknown[])[],
  rowIndex: number,
  columnIndex: number,
  valueTypes?: readonly (readonly unknown[])[],
): FormulaCell[] {
  const out: FormulaCell[] = [];
  formulas.forEach((row, i) =>
    row.forEach((f, j) => {
      if (!usesBaton(f)) return;
      if (valueTypes && valueTypes[i]?.[j] !== "Error") return;
      const r = rowIndex + i + 1;
      const c = columnIndex + j + 1;
      out.push({ row: r, col: c, address: address(r, c), formula: f });
    }),
  );
  return out;
}

/** The A1 address part of an Excel address ("'My sheet'!$B$2:$C$9" → "B2:C9"). */
export function localAddress(full: string): string {
  return full.slice(full.lastIndexOf("!") + 1).replace(/\$/g, "");
}

/**
 * The values of a sub-block (A1 `block`) of a grid read at 0-based
 * (`rowIndex`, `columnIndex`); cells outside the grid are "".
 *
 * @example subGrid([[1, 2], [3, 4]], 0, 0, "B1:B2") // → [[2], [4]]
 */
export function subGrid(values: readonly (readonly unknown[])[], rowIndex: number, columnIndex: number, block: string): unknown[][] {
  const [a, b = a] = block.split(":");
  const p = parseAddress(a);
  const q = parseAddress(b);
  const out: unknown[][] = [];
  for (let r = p.row; r <= q.row; r++) {
    const line: unknown[] = [];
    for (let c = p.col; c <= q.col; c++) line.push(values[r - 1 - rowIndex]?.[c - 1 - columnIndex] ?? "");
    out.push(line);
  }
  return out;
}

/** A block's A1 text from its 1-based corner and size (re-exported for the adapters). */
export { rangeText };

/**
 * "Monitor!B2, Monitor!C5 and 3 more": where cells are, shortened to `max`
 * places for a status line. O(n).
 *
 * @example describeCells([{ sheet: "M", address: "B2" }, { sheet: "M", address: "C5" }]) // → "M!B2, M!C5"
 */
export function describeCells(refs: readonly CellRef[], max = 6): string {
  const quote = (s: string): string => (/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(s) ? s : `'${s.replace(/'/g, "''")}'`);
  const shown = refs.slice(0, max).map((r) => `${quote(r.sheet)}!${r.address}`);
  return refs.length > max ? `${shown.join(", ")} (+${refs.length - max})` : shown.join(", ");
}

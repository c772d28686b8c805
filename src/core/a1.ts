/**
 * A1 addresses, once for the project: the templates writer and the Excel
 * adapter both name cells this way. Rows and columns here are 1-based, as in
 * the address itself (`B2` is row 2, column 2).
 */

/**
 * Column letters of a 1-based column number. Cost: O(log₍₂₆₎ col).
 * @example columnLetters(1) // => "A"
 * @example columnLetters(27) // => "AA"
 */
export function columnLetters(col: number): string {
  let s = "";
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/**
 * A1 address of a 1-based row and column.
 * @example address(2, 3) // => "C2"
 */
export function address(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/**
 * 1-based row and column of an A1 address (no `$`); throws a `RangeError` on anything else.
 * @example parseAddress("AB12") // => { row: 12, col: 28 }
 */
export function parseAddress(a: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a);
  if (!m) throw new RangeError(`not an A1 address: ${a}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/**
 * A1 text of a block from its 1-based top-left cell: `B2:C12`, or `B2` for one cell.
 * @example rangeText(2, 2, 11, 2) // => "B2:C12"
 * @example rangeText(1, 1, 1, 1) // => "A1"
 */
export function rangeText(row: number, col: number, rows: number, cols: number): string {
  const a = address(row, col);
  return rows === 1 && cols === 1 ? a : `${a}:${address(row + rows - 1, col + cols - 1)}`;
}
